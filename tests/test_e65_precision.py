"""Acts judged easy or hard, acts at any place, talks given as speeches, languages spoken, the
means to act, and things made public read as captives name no event (issue 14, stop 43, helper
e65; dev batch 116).  Sentences are the project's own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES, SPACY_ONLY


def _typed(text: str, engine: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in newsmodel.extract(text, engine=engine).events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "The senator found it easy to criticize the governor from the safety of Washington.",
    "For a small state it is hard to reject an offer of credit from Berlin.",
    "It would be difficult to condemn the strike without angering the unions.",
])
def test_act_judged_easy_or_hard_is_no_event(engine: str, text: str) -> None:
    assert not _typed(text, engine)


@SPACY_ONLY
def test_act_joined_to_judged_infinitive_is_no_event() -> None:
    """With a parse, a second infinitive joined by "and" is read through the first."""
    assert not _typed("It was tempting for Senator Obi to shrug off the merger and call Siemens greedy.", "spacy")


@pytest.mark.parametrize("engine", ENGINES)
def test_readiness_and_effort_keep_the_act(engine: str) -> None:
    assert ("ACCUSE", "condemn") in _typed("Iran was quick to condemn the raid on its consulate in Basra.", engine)
    assert ("ACCUSE", "criticize") in _typed("The senator was eager to criticize Governor Holt over the road tolls.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_act_at_any_place_is_no_event(engine: str) -> None:
    assert not _typed("The governor stirs up angry crowds wherever he visits.", engine)
    assert not [t for t in _typed("Senator Ruiz draws hecklers everywhere she visits.", engine) if t[1] == "visits"]
    assert ("CONSULT", "visited") in _typed("The governor visited Ghana last week to open a clinic.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_talk_given_is_no_meeting(engine: str) -> None:
    assert not _typed("The senator's talk at the law school ran for more than an hour.", engine)
    assert not _typed("The governor's talk opens with a joke about the weather.", engine)
    assert "CONSULT" in {t for t, _ in _typed("The foreign ministers of Peru and Chile held talks in Lima on Monday.", engine)}


@SPACY_ONLY
def test_talk_with_a_party_is_a_meeting() -> None:
    assert ("CONSULT", "talk") in _typed("Macron had a long talk with Chancellor Scholz about the budget.", "spacy")


@pytest.mark.parametrize("engine", ENGINES)
def test_language_spoken_is_no_talks(engine: str) -> None:
    assert not _typed("Ankara and Tehran may speak the language of friendship, but trust between them is thin.", engine)
    assert ("CONSULT", "spoke") in _typed("Erdogan spoke with Rouhani by telephone on Monday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_means_to_act_is_no_act(engine: str) -> None:
    assert not _typed("Hungary lacked the resources to give Serbia the aid it had asked for.", engine)
    assert not _typed("Estonia had neither the capacity nor the will to send troops to Mali.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_things_made_public_are_no_captives(engine: str) -> None:
    assert not _typed("The embassy cables were later released by Greenpeace.", engine)
    assert not _typed("Mr. Vance leads the race with 31 percent, according to a Marist College Poll released Tuesday.", engine)
    assert ("RETREAT", "released") in _typed("The rebels released two captured soldiers to the Red Cross on Sunday.", engine)


@SPACY_ONLY
def test_released_through_relative_and_control() -> None:
    assert not _typed("The documentary about the senator is due to be released on Netflix in May.", "spacy")
    assert not [t for t in _typed(
        "Foreign Office cables from that year that were later released by Greenpeace describe the envoy as tired.", "spacy")
        if t[0] == "RETREAT"]
    assert ("RETREAT", "released") in _typed("The two hostages are expected to be released by the rebels on Friday.", "spacy")
    assert ("RETREAT", "released") in _typed("The soldiers that were later released by the rebels described their captivity.", "spacy")


@settings(max_examples=15, deadline=None)
@given(adjective=st.sampled_from(["easy", "hard", "difficult", "tempting", "impossible"]),
       frame=st.sampled_from(["It is", "It was", "It would be", "It is not"]),
       act=st.sampled_from(["blame Chile for the shortage", "criticize Governor Holt", "reject the offer from Berlin"]))
def test_judged_act_never_an_event_rules(adjective: str, frame: str, act: str) -> None:
    """Invariant: "<it is> <ease adjective> to <act>." reports no event, whatever the adjective."""
    assert not _typed(f"{frame} {adjective} to {act}.", "rules")


@pytest.mark.parametrize("engine", ENGINES)
def test_agreeing_with_a_party_on_a_topic_is_a_view(engine: str) -> None:
    assert not _typed("Many voters at the fair agreed with Governor Marsh on the issue.", engine)
    assert not _typed("Senator Dole agreed with the mayor on that point, but not on the budget.", engine)
    assert ("AGREE", "agreed") in _typed("Peru agreed with Chile on a joint patrol of the border.", engine)
