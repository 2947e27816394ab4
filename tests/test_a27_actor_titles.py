"""Actors on news text (issue 14, helper a27 at stop 48): a title of several words after a
possessive organisation, buildings named after people, numbered headline lines in capitals -- each
with its traps. All sentences are written for this test."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


def _actors(text: str, engine: str) -> dict[str, tuple[str, str | None]]:
    """Actor name -> (kind, code)."""
    art = newsmodel.extract(text, engine=engine)
    return {a.name: (a.kind, a.code) for a in art.actors}


def _speakers(text: str, engine: str) -> list[str]:
    art = newsmodel.extract(text, engine=engine)
    return [art.actor(s.speaker).name for s in art.statements if s.speaker]


# -- 1. a title of several words names its holder, coded by the organisation that owns it --

_OWNED_TITLES = [
    ("The bank's chief executive said the merger would go ahead.", "BUS"),
    ("The airline's chief executive met the transport minister on Monday.", "BUS"),
    ("The insurer's chief executive accused the regulator of bias.", None),
    ("The bank's chief executive praised the central bank governor.", "BUS"),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text,code", _OWNED_TITLES)
def test_title_after_a_possessive_organisation_names_the_holder(engine: str, text: str, code: str | None) -> None:
    actors = _actors(text, engine)
    assert "chief" not in actors
    assert actors.get("chief executive") == ("person", code)


@pytest.mark.parametrize("engine", ENGINES)
def test_the_title_speaks(engine: str) -> None:
    assert _speakers("The bank's chief executive said the merger would go ahead.", engine) == ["chief executive"]


@pytest.mark.parametrize("engine", ENGINES)
def test_title_without_owner_keeps_the_whole_title(engine: str) -> None:
    actors = _actors("The chief executive met the minister.", engine)
    assert "chief" not in actors
    assert actors["chief executive"][0] == "person"


@pytest.mark.parametrize("engine", ENGINES)
def test_event_agent_is_the_title_holder(engine: str) -> None:
    art = newsmodel.extract("The airline's chief executive met the transport minister on Monday.", engine=engine)
    agents = [art.actor(a).name for e in art.events for a in e.agents]
    assert agents == ["chief executive"]


# traps: a one-word title stays as it is; a name apposed to the title is the participant; a
# country's office keeps the country's code
@pytest.mark.parametrize("engine", ENGINES)
def test_trap_one_word_title(engine: str) -> None:
    assert _speakers("The chief said the plan was sound.", engine) == ["chief"]


@pytest.mark.parametrize("engine", ENGINES)
def test_trap_named_holder(engine: str) -> None:
    text = "The carmaker's chief executive, Lena Ortmann, met the trade minister."
    art = newsmodel.extract(text, engine=engine)
    agents = [art.actor(a).name for e in art.events for a in e.agents]
    assert agents == ["Lena Ortmann"]


@pytest.mark.parametrize("engine", ENGINES)
def test_trap_country_office_keeps_the_country_code(engine: str) -> None:
    actors = _actors("Germany's chancellor met the minister.", engine)
    assert actors["Germany's chancellor"] == ("person", "DEUGOV")


def test_rules_title_then_noun_is_no_holder() -> None:
    actors = _actors("The chief executive pay rose sharply.", "rules")
    assert "chief executive" not in actors and "chief" not in actors


# -- 2. a building named after a person is a place; a surname alone stays a person --

_BUILDINGS = [
    ("Fans filled Carnegie Hall for the spring concert.", "Carnegie Hall"),
    ("Demonstrators rallied outside Brandt Tower to protest the tax plan.", "Brandt Tower"),
    ("The debate was held in Pellham Hall on the campus.", "Pellham Hall"),
    ("Crowds waited outside Corvin Tower on Sunday.", "Corvin Tower"),
]


@pytest.mark.parametrize("text,name", _BUILDINGS)
def test_rules_building_named_after_a_person_is_no_person(text: str, name: str) -> None:
    actors = _actors(text, "rules")
    assert actors[name][0] == "location"


def test_rules_surname_beside_a_building_stays_its_own() -> None:
    text = "Protesters gathered outside Corvin Tower on Sunday. Corvin said nothing."
    actors = _actors(text, "rules")
    assert actors["Corvin Tower"][0] == "location"
    assert actors["Corvin"][0] == "person"


# traps: a surname "Hall" that speaks; a given name before "Hall"
def test_rules_trap_surname_hall_speaks() -> None:
    assert _speakers("Hall said the vote would be close.", "rules") == ["Hall"]
    assert _actors("Hall praised the mayor for her work.", "rules")["Hall"][0] == "person"


@pytest.mark.parametrize("engine", ENGINES)
def test_trap_given_name_before_hall(engine: str) -> None:
    assert _actors("Senator Ruth Hall met the Kenyan ambassador on Tuesday.", engine)["Ruth Hall"][0] == "person"


# -- 3. a numbered headline line in capitals is no organisation's name --

@pytest.mark.parametrize("engine", ENGINES)
def test_capitals_headline_line_is_no_organisation(engine: str) -> None:
    text = "9. GRAIN PRICES JUMP AFTER DROUGHT.\nFarmers said prices rose on Monday."
    actors = _actors(text, engine)
    assert not any(name.isupper() and len(name) > 4 for name in actors)


@pytest.mark.parametrize("engine", ENGINES)
def test_capitals_headline_line_keeps_its_country(engine: str) -> None:
    actors = _actors("3. FLOODS HIT PERU AGAIN.\nRescuers searched the valley on Monday.", engine)
    assert actors["Peru"] == ("country", "PER")


def test_rules_capitals_headline_line_person_name() -> None:
    actors = _actors("7. TESSA MALLORY IN TROUBLE IN PERU.\nThe swimmer apologised on Friday.", "rules")
    assert actors["TESSA MALLORY"][0] == "person"
    assert "TESSA MALLORY IN TROUBLE" not in actors


def test_rules_trap_capitals_running_text_line_is_not_recased() -> None:
    # a line in capitals with two sentences is no headline: left as written
    from newsmodel.engines.headline_case import normalise_headlines

    line = "RAIN FELL ALL DAY. ROADS CLOSED AT NOON.\n"
    assert normalise_headlines(line) == line
