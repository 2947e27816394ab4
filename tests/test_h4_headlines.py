"""Title-case headlines (issue 14, stop 44, helper h4): a private subject reports no political
event, a group's name takes a plural headline verb on the rules engine, "crush" an uprising is
an event. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Economists Urge Caution on Bank Stocks",
        "Chipmaker Lifts Sales Forecast on Strong Demand",
        "Rapper Vows to Sue Gossip Site Over Video",
        "Scientists Urge Action on Coral Loss",
    ],
)
def test_a_headline_with_a_private_subject_reports_no_event(engine: str, text: str) -> None:
    assert events(text, engine) == [], text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kremlin Threatens to Cut Oil Exports", "THREATEN"),
        ("Rebel Leader Vows Revenge for Airstrike", "THREATEN"),
        ("UN Urges Sudan to Release Detained Activists", "REQUEST"),
    ],
)
def test_a_headline_with_a_party_as_subject_keeps_its_event(engine: str, text: str, category: str) -> None:
    assert category in types(text, engine), text


@pytest.mark.parametrize("engine", ENGINES)
def test_a_private_subject_beside_a_party_keeps_the_event(engine: str) -> None:
    # the check drops an event only when no party of politics is in the line
    assert "ACCUSE" in types("Economists Slam Senator Over Budget Claims", engine)


@pytest.mark.parametrize("engine", ["rules"])  # spaCy's parse reads some of these as a noun compound (left alone)
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Taliban Ban Girls From Parks", "Taliban"),
        ("Houthis Ban Fishing Boats From Port", "Houthis"),
    ],
)
def test_a_groups_name_takes_the_plural_headline_verb(engine: str, text: str, doer: str) -> None:
    got = [e for e in events(text, engine) if e[0] == "COERCE"]
    assert got and doer in got[0][1], (text, events(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The regime crushed the revolt in the eastern provinces.", "ASSAULT"),
        ("Troops Crush Rebellion in Mountain Region", "ASSAULT"),
    ],
)
def test_crushing_an_uprising_is_an_event(engine: str, text: str, category: str) -> None:
    assert category in types(text, engine), (text, events(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["The bouncer barred two guests from the club.", "The pitcher crushed the hopes of the visitors."],
)
def test_other_bars_and_crushes_are_no_events(engine: str, text: str) -> None:
    assert "COERCE" not in types(text, engine) and "ASSAULT" not in types(text, engine), (text, events(text, engine))
