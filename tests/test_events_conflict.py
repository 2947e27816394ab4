"""Conflict PLOVER categories on news wording (issue 14, dev batch 13): casualty ledes whose
attacker is unnamed, instruments, word-sense traps of violent verbs. Sentences are written for
these tests; the dev cases live in ``tests/data/events_dev.tsv``."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


def events(text: str, engine: str) -> list[tuple[str, list[str], list[str]]]:
    art = newsmodel.extract(text, engine=engine)
    return [(e.type, [art.actor(a).name for a in e.agents], [art.actor(a).name for a in e.targets]) for e in art.events]


def types(text: str, engine: str) -> set[str]:
    return {t for t, _a, _r in events(text, engine)}


@pytest.mark.parametrize("engine", ENGINES)
def test_beating_with_an_instrument_is_assault_not_a_threat(engine):
    # CAMEO's DESTROY block carries "(WITH) -> 130 threaten", written for "break with"
    got = types("Police beat the students with clubs outside the university.", engine)
    assert "ASSAULT" in got and "THREATEN" not in got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed by a landmine near the border on Monday.",
        "Four passengers were wounded by a grenade at the bus station.",
    ],
)
def test_weapon_in_a_by_phrase_codes_the_attack_without_an_actor(engine, text):
    # PLOVER sector UNK: "two civilians were killed by a bomb"
    assert "ASSAULT" in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "A missile strike on a school killed eleven children, the health ministry said.",
        "An artillery attack hit a hospital in the northern city.",
    ],
)
def test_armed_attack_noun_as_subject_is_an_assault(engine, text):
    assert "ASSAULT" in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed when a truck collided with a minibus near the capital.",
        "Her late strike killed off the contest in the final minute.",
        "A heart attack killed the former champion at the age of 70.",
    ],
)
def test_accidents_and_sport_are_no_assault(engine, text):
    assert "ASSAULT" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_casualties_when_gunmen_open_fire_stay_an_assault(engine):
    assert "ASSAULT" in types("Six people were killed when gunmen opened fire on a bus in the north.", engine)
