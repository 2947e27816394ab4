"""Events whose participants are generic or organisational, nominal events, and the debug log
that says why a trigger gave no event (issue 14, dev batch 9). Sentences written for these tests."""

from __future__ import annotations

import logging

import pytest

import newsmodel

from ._engines import ENGINES


def _drops(caplog, text: str, engine: str) -> list[str]:
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="newsmodel.events"):
        newsmodel.extract(text, engine=engine)
    return [r.getMessage() for r in caplog.records if r.name == "newsmodel.events"]


@pytest.mark.parametrize("engine", ENGINES)
def test_debug_log_says_why_a_trigger_gave_no_event(caplog, engine):
    # a refusal to speak is filtered; the log names the word and the reason
    drops = _drops(caplog, "The union declined to comment on the talks.", engine)
    assert any("'declined'" in d and "refusal" in d for d in drops), drops


@pytest.mark.parametrize("engine", ENGINES)
def test_debug_log_is_silent_when_debug_is_off(caplog, engine):
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="newsmodel.events"):
        newsmodel.extract("The union declined to comment on the talks.", engine=engine)
    assert not [r for r in caplog.records if r.name == "newsmodel.events"]


@pytest.mark.parametrize("engine", ENGINES)
def test_struck_targets_is_an_attack_not_a_drill(engine):
    # CAMEO's "{MOCK TARGET}" (a drill) no longer stands for every "target" once cut to its head
    art = newsmodel.extract("Fighter jets struck targets across the valley overnight.", engine=engine)
    assert [e.type for e in art.events if e.trigger.text == "struck"] == ["ASSAULT"]


def _events(text: str, engine: str):
    art = newsmodel.extract(text, engine=engine)
    name = {a.id: a.name.lower() for a in art.actors}
    return art, [(e.trigger.text, e.type, e.mode, [name[i] for i in e.agents], [name[i] for i in e.targets]) for e in art.events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, agent",
    [
        # organisations and groups named by a common noun take part in events
        ("The bank apologised to its customers for the outage.", "apologised", "CONCEDE", "bank"),
        ("Lenders demanded early repayment from the shipping group.", "demanded", "REQUEST", "lenders"),
        ("Hackers threatened to leak the files of the tax office.", "threatened", "THREATEN", "hackers"),
        ("The charity donated medicine to the clinics in the camps.", "donated", "AID", "charity"),
        # the possessor of an event noun is its agent, also with a plural's bare apostrophe
        ("The insurgents' withdrawal from the valley ended on Sunday.", "withdrawal", "RETREAT", "insurgents"),
    ],
)
def test_organisational_agents(engine, text, trigger, category, agent):
    _art, events = _events(text, engine)
    hits = [e for e in events if e[0] == trigger and e[1] == category]
    assert hits, events
    assert any(agent in a for a in hits[0][3]), events


@pytest.mark.parametrize("engine", ENGINES)
def test_attack_on_computer_systems_is_cyber_coercion(engine):
    # PLOVER COERCE mode cyber: hacking and attacks on systems, not armed assault
    _art, events = _events("Hackers attacked the computer network of the city council.", engine)
    assert [(e[1], e[2]) for e in events if e[0] == "attacked"] == [("COERCE", "cyber")], events
    _art, events = _events("Rebels attacked the army base near the border.", engine)
    assert [e[1] for e in events if e[0] == "attacked"] == ["ASSAULT"], events


@pytest.mark.parametrize("engine", ENGINES)
def test_forces_sent_to_a_place_are_mobilised(engine):
    _art, events = _events("The army sent three battalions to the northern border.", engine)
    assert [e[1] for e in events if e[0] == "sent"] == ["MOBILIZE"], events


@pytest.mark.parametrize("engine", ENGINES)
def test_organisation_named_after_a_country_is_not_the_country(engine):
    art = newsmodel.extract("Air India suspended its flights to Dubai after the storm.", engine=engine)
    assert ("Air India", "organization") in {(a.name, a.kind) for a in art.actors}
    assert "India" not in {a.name for a in art.actors}


@pytest.mark.parametrize("engine", ENGINES)
def test_words_in_two_cue_classes_count_in_both(engine):
    # "give" is a light verb (its subject backs) and a no-comment complement (no refusal)
    _art, events = _events("The union gave its full support to the nurses.", engine)
    assert any(e[1] == "SUPPORT" and "union" in e[3] for e in events), events
    _art, events = _events("The union declined to give details of the talks.", engine)
    assert not [e for e in events if e[1] == "REJECT"], events


@pytest.mark.parametrize("engine", ENGINES)
def test_a_company_rule_is_no_coercion_but_a_state_ban_is(engine):
    _art, events = _events("The carmaker banned its staff from using personal phones at work.", engine)
    assert not [e for e in events if e[1] == "COERCE"], events
    _art, events = _events("The ministry banned the opposition weekly from printing.", engine)
    assert [e[1] for e in events if e[0] == "banned"] == ["COERCE"], events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, mode, target",
    [
        ("The Commonwealth suspended Fiji's membership over the delayed election.", "suspended", "expel", "fiji"),
        ("Two of the lenders froze new loans to the port authority.", "froze", "discontinue", None),
    ],
)
def test_suspended_membership_and_stopped_loans_are_sanctions(engine, text, trigger, mode, target):
    _art, events = _events(text, engine)
    hits = [e for e in events if e[0] == trigger and e[1] == "SANCTION"]
    assert hits and hits[0][2] == mode, events
    assert target is None or target in hits[0][4], events
