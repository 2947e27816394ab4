"""Stop 48, helper e93 (issue 14, dev batch 156): event leftovers of stop 47.

Checks: "pull endorsement/support/backing" triggers (SANCTION, beside a lever pulled and a race
pulled out of); :mod:`newsmodel.extractors.legislative_deputies` (deputies of a legislature are
LEG, a sheriff's deputies COP); :mod:`newsmodel.extractors.events.game_spectators` (the crowd at
a game striking a person is ASSAULT, its cheering no SUPPORT); fans, pastors and troopers as
generic agents and a convict as a person; :mod:`.visit_nouns` (the visitor, not its nationality,
and the host after "to"); the possessor of an act noun on the parse engine; :mod:`.backing_objects`
(the party a declared support is for).  The sentences are the project's own.
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
def test_pulled_endorsement_is_sanction_on_the_endorsed(engine: str) -> None:
    found = events("The dockworkers' union pulled its endorsement of the mayor on Friday.", engine)
    assert [t for t, _a, _r in found] == ["SANCTION"]
    _t, agents, targets = found[0]
    assert any("union" in a for a in agents)
    assert any("mayor" in r for r in targets)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "The driver pulled the handle and the door opened.",
    "The governor pulled out of the race in May, her staff said.",
    "The striker pulled a hamstring in training.",
])
def test_other_pulls_are_no_sanction(engine: str, text: str) -> None:
    assert "SANCTION" not in types(text, engine)


def _codes(text: str, engine: str, name: str) -> list[str | None]:
    art = newsmodel.extract(text, engine=engine)
    return [a.code for a in art.actors if a.name.lower().endswith(name)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "Opposition deputies walked out of the session on Monday.",
    "Deputies of the governing party voted against the budget.",
    "Deputies in the national assembly debated the bill for hours.",
])
def test_legislators_called_deputies_are_leg(engine: str, text: str) -> None:
    assert _codes(text, engine, "deputies") == ["LEG"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "Sheriff's deputies searched the farmhouse on Tuesday.",
    "Deputies stopped the van on the interstate.",
])
def test_police_deputies_stay_cop(engine: str, text: str) -> None:
    assert _codes(text, engine, "deputies") == ["COP"]


@pytest.mark.parametrize("engine", ENGINES)
def test_opposition_deputies_taking_the_rostrum_is_protest(engine: str) -> None:
    assert types("Opposition deputies seized the rostrum of the parliament on Tuesday.", engine) == {"PROTEST"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "Fans attacked a linesman after the derby.",
    "Drunken fans beat a steward outside the arena after the game.",
])
def test_fans_striking_a_person_at_a_game_is_assault(engine: str, text: str) -> None:
    found = events(text, engine)
    assert [t for t, _a, _r in found] == ["ASSAULT"]
    assert any("fans" in a for a in found[0][1])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "The home side beat the visitors 3-0 in the derby.",
    "Fans praised the keeper's saves after the derby.",
    "Fans packed the arena for the derby.",
])
def test_game_and_cheering_are_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_pastors_are_an_agent(engine: str) -> None:
    found = events("Dozens of pastors denounced the governor on Sunday.", engine)
    assert [t for t, _a, _r in found] == ["ACCUSE"]
    assert any("pastors" in a for a in found[0][1])


@pytest.mark.parametrize("engine", ENGINES)
def test_caught_convict_is_the_target(engine: str) -> None:
    found = events("Troopers caught the escaped convict at a rest stop.", engine)
    assert [t for t, _a, _r in found] == ["COERCE"]
    _t, agents, targets = found[0]
    assert any("troopers" in a for a in agents)
    assert any("convict" in r for r in targets)


@pytest.mark.parametrize("engine", ENGINES)
def test_visit_noun_takes_the_visitor_and_the_host(engine: str) -> None:
    found = events("The visit of the Brazilian president to Lisbon ended on Tuesday.", engine)
    assert [t for t, _a, _r in found] == ["CONSULT"]
    _t, agents, targets = found[0]
    assert agents == ["Brazilian president"]
    assert targets == ["Lisbon"]


@pytest.mark.parametrize("engine", ENGINES)
def test_possessor_rejects(engine: str) -> None:
    found = events("The board's rejection of the merger ended the talks.", engine)
    rejects = [f for f in found if f[0] == "REJECT"]
    assert rejects and any("board" in a for a in rejects[0][1])


@pytest.mark.parametrize("engine", ENGINES)
def test_declared_support_is_for_the_named_party(engine: str) -> None:
    found = events("Delegates declaring support for Senator Ibarra gathered in the square.", engine)
    supports = [f for f in found if f[0] == "SUPPORT"]
    assert supports and any("Ibarra" in r for r in supports[0][2])
