"""Verbal and diplomatic event categories on news wording (issue 14, batch 4 of the dev cases).

Each case pairs a wording that codes an event with one of the same surface shape that does
not: a warning of harm against a weather forecast, an agreement against an opinion, support
against a reversing car. The sentences are written for these tests, not taken from the dev
file (``tests/data/events_dev.tsv``), which ``scripts/dev_events.py`` scores.
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


def _types(text: str, engine: str) -> list[str]:
    return [e.type for e in newsmodel.extract(text, engine=engine).events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, category",
    [
        ("Tokyo warned of serious consequences if the vessels entered its waters.", "THREATEN"),
        ("Meteorologists warned of strong winds along the coast.", None),
        ("The junta promised swift punishment for deserters.", "THREATEN"),
        ("Ghana and Togo agreed to reopen their consulates.", "AGREE"),
        ("Economists agreed that prices would keep rising.", None),
        ("Poland backed the Baltic states' bid for more troops.", "SUPPORT"),
        ("The delivery van backed into a lamp post.", None),
        ("The foreign ministers conferred for two hours in Vienna.", "CONSULT"),
        ("The defendant pleaded guilty to two counts of fraud.", None),
    ],
)
def test_verbal_triggers_need_their_sense(engine, text, category):
    types = _types(text, engine)
    assert (category in types) if category else types == [], types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The manual calls for a torque of 40 newton metres.",
        "The bakery offered free coffee to early customers.",
        "The drought threatens the wheat harvest.",
    ],
)
def test_things_are_no_agents_of_verbal_events(engine, text):
    """A noun no lexicon types as people or an organisation does not call for, offer or threaten."""
    assert _types(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, category",
    [
        ("The rebels spurned the president's offer of a unity government.", "REJECT"),
        ("Tehran snubbed an invitation to the conference.", "REJECT"),
        ("The regulator faulted the airline for poor maintenance.", "ACCUSE"),
        ("Chile volunteered to mediate between the two factions.", "AGREE"),
        ("Farmers picketed the regional parliament over milk prices.", "PROTEST"),
    ],
)
def test_more_verbal_triggers(engine, text, category):
    assert category in _types(text, engine)
