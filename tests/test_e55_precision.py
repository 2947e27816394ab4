"""Event precision on real political news, rules-weighted, round 2 (stop 41, e55; dev batch 105):
the doer of a gerund adjunct of time or manner ("before", "after", "while", "without") is the main
clause's subject; a gerund after "without" names an act not done (factuality ``negated``); a
participle joined by a hyphen to a dotted abbreviation ("U.N.-backed") is a compound adjective and
no event -- each beside real events of the same words.

Our own sentences, of the shapes found in a hand judgment of every rules event on PolNeAR train
(random.Random(520).sample(train, 40)[:10])."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, trigger_events, types


def _agents_of(text: str, trigger: str, engine: str = "rules") -> list[str]:
    found = [e for e in trigger_events(text, engine) if e[0] == trigger]
    assert found, f"no event on {trigger!r}"
    return [a.lower() for a in found[0][2]]


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "not_doer"),
    [
        ("The senator spent the morning with farmers in Iowa before blasting the governor over the budget.", "blasting", "senator", "farmers"),
        ("The prime minister thanked the nurses at the hospital while criticizing the health ministry.", "criticizing", "prime minister", "nurses"),
        ("The mayor praised the firefighters before condemning the arsonists who started the blaze.", "condemning", "mayor", "firefighters"),
        ("The governor signed the budget on Friday after vetoing two earlier drafts of the bill.", "vetoing", "governor", "budget"),
    ],
)
def test_rules_the_doer_of_an_adjunct_gerund_is_the_main_subject(text: str, trigger: str, doer: str, not_doer: str) -> None:
    agents = _agents_of(text, trigger)
    assert any(doer in a for a in agents)
    assert not any(not_doer in a for a in agents)


def test_rules_a_passive_main_clause_keeps_its_subject_as_the_doer() -> None:
    """"was recalled ... after criticizing": the passive's subject, as before (adjunct_gerunds)."""
    agents = _agents_of("The envoy was recalled to Ankara after criticizing the Greek government.", "criticizing")
    assert any("envoy" in a for a in agents)


def test_rules_a_gerund_after_without_is_negated() -> None:
    import newsmodel

    art = newsmodel.extract("The general briefed reporters for an hour without criticizing the president once.", engine="rules")
    criticizing = [e for e in art.events if e.trigger.text == "criticizing"]
    assert criticizing and criticizing[0].factuality == "negated"


def test_a_gerund_after_before_is_not_negated() -> None:
    """Only "without" negates: "before condemning" reports a condemnation made."""
    import newsmodel

    art = newsmodel.extract("The mayor praised the firefighters before condemning the arsonists.", engine="rules")
    condemning = [e for e in art.events if e.trigger.text == "condemning"]
    assert condemning and condemning[0].factuality != "negated"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The U.N.-backed tribunal held its first hearing without a quorum.",
        "Ships of an E.U.-led naval mission patrol the coast.",
    ],
)
def test_no_event_on_a_hyphenated_participle(engine: str, text: str) -> None:
    assert not [e for e in trigger_events(text, engine) if e[0] in ("backed", "led")]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Washington backed the opposition candidate in the runoff.", "SUPPORT"),
        ("The rebels, who are Iran-backed, attacked a convoy near the border.", "ASSAULT"),
    ],
)
def test_the_same_words_in_real_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


_ABBREVIATIONS = ["U.S.", "U.N.", "E.U.", "C.I.A."]
_NOUNS = ["coalition", "militia", "tribunal", "mission", "rebels"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_ABBREVIATIONS), st.sampled_from(["backed", "led", "funded"]), st.sampled_from(_NOUNS))
def test_rules_a_hyphenated_participle_never_makes_an_event(abbr: str, participle: str, noun: str) -> None:
    """Whatever the abbreviation, participle and noun: the compound adjective is no trigger."""
    text = f"Members of the {abbr}-{participle} {noun} met in a hotel."
    assert not [e for e in trigger_events(text, "rules") if e[0] == participle]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The Greens’ support is weakest among voters over sixty.",
        "Each governor's support came mostly from mining towns.",
        "The rival ate into the senator's support across the western valleys.",
        "The affair narrowed the mayor's support from union members.",
    ],
)
def test_a_possessed_support_as_a_standing_is_no_event(engine: str, text: str) -> None:
    assert "SUPPORT" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_support_given_for_a_party_stays(engine: str) -> None:
    assert "SUPPORT" in types("The dockers' union voiced its support for the premier on Friday.", engine)


@pytest.mark.parametrize(
    ("text", "trigger", "target", "not_target"),
    [
        ("The senator criticized the governor at a town hall in Dayton.", "criticized", "governor", "dayton"),
        ("The regulator fined the airline at a hearing in Lagos.", "fined", "airline", "lagos"),
        ("The union sued the ministry in the Supreme Court on Monday.", "sued", "ministry", "court"),
    ],
)
def test_rules_a_place_after_the_object_is_no_target(text: str, trigger: str, target: str, not_target: str) -> None:
    found = [e for e in trigger_events(text, "rules") if e[0] == trigger]
    assert found
    targets = [x.lower() for x in found[0][3]]
    assert any(target in x for x in targets)
    assert not any(not_target in x for x in targets)


def test_rules_a_phrase_after_a_verb_with_no_object_stays_its_target() -> None:
    """"fired at the protesters": no direct object, the at-phrase is whom the shots were aimed at."""
    found = [e for e in trigger_events("Soldiers fired at the protesters in the main square.", "rules") if e[1] == "ASSAULT"]
    assert found and any("protesters" in x.lower() for x in found[0][3])


def test_rules_the_at_phrase_of_a_verb_of_aiming_stays_its_target() -> None:
    """"hurled stones at police": the one aimed at (``aimed-at-verb``), not a place."""
    found = [e for e in trigger_events("Protesters hurled stones at police near the parliament.", "rules") if e[1] == "ASSAULT"]
    assert found and any("police" in x.lower() for x in found[0][3])
