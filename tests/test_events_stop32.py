"""The lead's rules of stop 32, from the hand-judged samples (our own sentences, dev batch 58)."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Few families in the district manage to lift themselves out of poverty.",
        "Millions of farmers have pulled themselves out of debt since the reform.",
        "The town's young people lifted themselves up through night classes.",
        "She dragged herself out of the river and called for help.",
    ],
)
def test_raising_oneself_is_no_event(engine: str, text: str) -> None:
    """A verb of raising with a reflexive object and "out" or "up" tells of self-help."""
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The United States lifted sanctions on the country's state airline.", "RETREAT"),
        ("The government lifted the curfew in the capital on Sunday.", "CONCEDE"),
        ("The army pulled its troops out of the northern province.", "RETREAT"),
    ],
)
def test_the_same_verbs_with_a_party_object_stay_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)
