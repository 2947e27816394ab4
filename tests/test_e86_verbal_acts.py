"""Verbal acts on news text (issue 14, helper e86 at stop 47, dev batch 149): admissions of fault
with a bare clause, "final" before a noun of politics, verbal attacks in the passive, and a party
named by a noun with a participle after it -- each beside its trap. All sentences are written for
this test."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, has_event, trigger_events_lower, types


# -- 1. an admission of one's own fault, "that" or none, is a concession (admitted_faults) -------


@pytest.mark.parametrize("engine", ENGINES)
def test_admitted_mistake_without_that_is_concede(engine: str) -> None:
    assert has_event("The water board admitted it had made mistakes in billing its customers.", engine, "CONCEDE", agent="board")


@pytest.mark.parametrize("engine", ENGINES)
def test_admitted_fact_is_no_concession(engine: str) -> None:
    assert "CONCEDE" not in types("The water board admitted it had been a wet spring.", engine)
    assert "CONCEDE" not in types("The council admitted the error rate of the new meters was a worry.", engine)


# -- 2. "final" on a noun of politics is no game (sport_adjectives) ------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_final_vote_is_no_sport(engine: str) -> None:
    assert has_event("The union urged the council to delay the final vote on the plan.", engine, "REQUEST", agent="union", target="council")
    assert has_event("The senator accused the chair of rushing the final debate on the bill.", engine, "ACCUSE", agent="senator", target="chair")


@pytest.mark.parametrize("engine", ENGINES)
def test_final_climb_stays_sport(engine: str) -> None:
    assert types("The cyclist attacked on the final climb of the stage.", engine) == set()


# -- 3. a verbal attack in the passive, by an arguing party, over a grievance (passive_attacks) --


@pytest.mark.parametrize("engine", ENGINES)
def test_passive_verbal_attack_is_accuse(engine: str) -> None:
    text = "The finance minister was attacked over the pension cuts by the opposition leader."
    assert has_event(text, engine, "ACCUSE", agent="opposition leader", target="minister")
    assert "ASSAULT" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_armed_passive_over_the_weekend_stays_assault(engine: str) -> None:
    got = types("The checkpoint was attacked by gunmen over the weekend.", engine)
    assert "ASSAULT" in got and "ACCUSE" not in got


# -- 4. a noun with a participle after it names the participle's doer --------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_participle_after_noun_names_its_doer(engine: str) -> None:
    assert has_event("A group of senators backing the trade pact issued a statement.", engine, "SUPPORT", agent="senators")


def test_participle_meeting_takes_its_verb_lemma_rules() -> None:
    # the rules tagger read "meeting" after a noun as the noun, so no trigger matched it
    assert ("meeting", "CONSULT", ["envoy"], ["rebel commanders", "goma"]) in trigger_events_lower("Reporters saw the envoy meeting with rebel commanders in Goma.", "rules")


@pytest.mark.parametrize("engine", ENGINES)
def test_participle_meeting_no_party_is_no_meeting(engine: str) -> None:
    assert "CONSULT" not in types("A crowd meeting the band at the airport cheered loudly.", engine)
    assert "CONSULT" not in types("A woman meeting the description of the missing hiker was found near the lake.", engine)
