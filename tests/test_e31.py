"""Event precision on real news, spaCy (stop 34, e31; dev batch 63): a promise made to no party, a
campaign or charity post left, money or a gift accepted, a position on a bare issue told as a noun
and a march toward a race goal are no event; the same words with a party, an office, a deal or a
place stay events.

Our own sentences, of the shapes in a hand-judged sample of spaCy events on PolNeAR train."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The candidate pledged to cut waiting times for surgery.",
        "Her aides have been promising a stronger online operation since January.",
        "The mayor vowed to keep campaigning until every vote is counted.",
        "The fundraiser resigned as treasurer of the governor's campaign on Tuesday.",
        "The former senator stepped down from the family charity last year.",
        "The university has accepted millions of dollars from a hedge fund manager.",
        "The senator's long opposition to capital gains taxes is no secret.",
        "Her march toward the party's nomination stalled in the spring.",
    ],
)
def test_no_party_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada pledged to send 300 medics to the refugee camps in Jordan.", "AGREE"),
        ("The militia leader promised to release the kidnapped engineers.", "CONCEDE"),  # a promised retreat (e50, stop 40)
        ("The president promised Warsaw two more air defence batteries.", "AGREE"),
        ("The two prime ministers promised to work together on border security.", "AGREE"),
        ("The interior minister resigned on Monday after the riots.", "RETREAT"),
        ("Ukraine accepted the terms of a new $15 billion loan from the IMF.", "AGREE"),
        ("Thousands of nurses marched toward parliament to demand higher pay.", "PROTEST"),
    ],
)
def test_the_same_words_with_a_party_stay_events(engine: str, text: str, expected: str) -> None:
    assert expected in types(text, engine)


_STATES = ["Jordan", "Kenya", "Peru", "Vietnam", "Poland", "Ghana", "Chile", "Nepal"]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(_STATES), st.sampled_from(["promised", "pledged", "vowed"]))
def test_a_state_in_the_promised_clause_keeps_the_promise(state: str, verb: str) -> None:
    """Whoever promises, a state named in what is promised makes it a commitment about a party."""
    assert "AGREE" in types(f"The senator {verb} to send food and medicine to {state}.", "rules")
