"""Stop 41, e52: event recall on real political news (issue 14, dev batch 102).

Causes of missed events found in a hand-made gold of PolNeAR train articles, each checked through
the public API with our own sentences, beside traps of the same words that name no event:
information handed to a state or to a state's body is COOPERATE (``shared_information``), while
names or details given to reporters, players, families or no one stay none; a conversation held by
a subject of two parties ("X and Y had several conversations", also opened by a pronoun) is
CONSULT with no with-phrase (``mutual_talks.held_by_two_parties``), a private relation in the
subject keeps it none; and on the rules engine an auxiliary-tagged "had" before a noun phrase
lends its subject to the talk noun; "final" as an adjective on a noun ("a final demand", "the
final offer") makes no sport sentence, "in the final" stays sport; a counted audience ("with
dozens of viewers") is no partner in talks.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, has_event, trigger_events

_RECIPIENTS = st.sampled_from(["the border police", "the Interior Ministry", "the Thai police", "Interpol"])
_INFORMATION = st.sampled_from(["the names of the smugglers", "the records of the suspects", "data on the convoy", "a list of the recruits"])


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(recipient=_RECIPIENTS, information=_INFORMATION)
@pytest.mark.parametrize("engine", ENGINES)
def test_information_passed_to_a_state_body_is_cooperation(engine: str, recipient: str, information: str) -> None:
    text = f"The Austrian government passed {information} to {recipient}."
    assert has_event(text, engine, "COOPERATE", "austria")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "agent", "target"),
    [
        ("The ministry gave the border police the names and home addresses of the smugglers.", "ministry", "police"),
        ("Norway provided the Lithuanian intelligence service with data on the hijacked tanker.", "norway", "service"),
    ],
)
def test_information_given_to_a_state_body_is_cooperation(engine: str, sentence: str, agent: str, target: str) -> None:
    assert has_event(sentence, engine, "COOPERATE", agent, target)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry gave reporters the names of the new ambassadors.",  # the press
        "The embassy website provides information on visas and work permits.",  # no recipient
        "The spokesman provided details of the budget on Monday.",  # no recipient
        "The coach gave the players the names of the starting eleven.",  # no party
        "The coast guard provided the families with information about the missing trawler.",  # no state body
    ],
)
def test_information_to_no_state_body_is_no_cooperation(engine: str, sentence: str) -> None:
    assert not any(kind == "COOPERATE" for _t, kind, _a, _g in trigger_events(sentence, engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        ("Senator Ana Ruiz and Governor Tom Heller had several conversations on Friday.", ""),
        ("The Kenyan president and the Ugandan foreign minister had a long conversation in Kampala on Sunday.", ""),
        ("Governor Lisa Marsh said she and CBS News had multiple conversations on Tuesday.", ""),
        ("The mayor had two short conversations with Governor Ellis on Friday.", "mayor"),
    ],
)
def test_conversations_of_two_parties_are_consultations(engine: str, sentence: str, agent: str) -> None:
    assert has_event(sentence, engine, "CONSULT", agent)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The senator and her husband had a quiet conversation over dinner.",  # private life
        "The singer said she and her sister had a long conversation about their late mother.",
        "The mayor had two children with her first husband.",  # no talk noun
    ],
)
def test_private_conversations_are_no_consultation(engine: str, sentence: str) -> None:
    assert not any(kind == "CONSULT" for _t, kind, _a, _g in trigger_events(sentence, engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "kind", "agent"),
    [
        ("The governor made a final demand to the union before the vote.", "REQUEST", "governor"),
        ("The army issued a final warning to the rebels holding the bridge.", "THREATEN", "army"),
        ("The dockers' union rejected the final offer from the transport ministry on Monday.", "REJECT", "union"),
    ],
)
def test_final_as_an_adjective_makes_no_sport_sentence(engine: str, sentence: str, kind: str, agent: str) -> None:
    assert has_event(sentence, engine, kind, agent)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil beat Argentina in the final on Sunday.",  # the sport noun
        "The captain protested the referee's decision in the cup final.",
    ],
)
def test_the_final_of_a_game_stays_sport(engine: str, sentence: str) -> None:
    assert not trigger_events(sentence, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_counted_audience_is_no_partner(engine: str) -> None:
    assert not any(kind == "CONSULT" for _t, kind, _a, _g in trigger_events("The talk show host had conversations with dozens of viewers.", engine))
