"""MOBILIZE, CONCEDE and AGREE wordings the coder missed (issue 14, stop 45, helper e75; dev batch 133).

Own sentences, through the public API, on both engines: readiness set by a verb ("placed ... on
standby", "raised the combat readiness"), forces named by the of-phrase of a move noun, an armed
party mobilizing its own people, mobilizing marchers (PROTEST), a party to a war calling for its end
(AGREE, manual sec. REQUEST), intransitive "massed", and new CONCEDE phrases.
"""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, events, types


def _agents_of(text: str, engine: str, kind: str) -> list[str]:
    return [a.lower() for t, agents, _r in events(text, engine) if t == kind for a in agents]


@pytest.mark.parametrize("engine", ENGINES)
def test_readiness_noun_takes_the_setter_as_agent(engine: str) -> None:
    assert any("ministry" in a for a in _agents_of("The ministry placed two army divisions on standby.", engine, "MOBILIZE"))
    assert any("poland" in a for a in _agents_of("Poland raised the combat readiness of its border units.", engine, "MOBILIZE"))


@pytest.mark.parametrize("engine", ENGINES)
def test_move_noun_with_forces_in_its_of_phrase(engine: str) -> None:
    agents = _agents_of("A buildup of Iranian troops near the frontier worried Baku.", engine, "MOBILIZE")
    assert any("iranian troops" in a for a in agents)


@pytest.mark.parametrize("engine", ENGINES)
def test_armed_party_mobilizes_its_people(engine: str) -> None:
    assert "MOBILIZE" in types("The militia mobilised its members across the valley.", engine)
    assert "MOBILIZE" in types("The police commander mobilised 400 officers for the match.", engine)
    assert types("Police deployed a new app to track stolen bikes.", engine) == set()
    assert types("The campaign mobilised students to knock on doors.", engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_mobilizing_marchers_is_protest(engine: str) -> None:
    found = types("Opposition leaders mobilised farmers for a march on parliament.", engine)
    assert "PROTEST" in found and "MOBILIZE" not in found


@pytest.mark.parametrize("engine", ENGINES)
def test_party_to_a_war_calling_for_its_end_is_agree(engine: str) -> None:
    assert types("The rebel leader called for an end to the war with the army.", engine) == {"AGREE"}
    assert types("The warring factions called for a halt to the fighting.", engine) == {"AGREE"}
    assert types("The UN envoy called for an end to the fighting.", engine) == {"REQUEST"}


@pytest.mark.parametrize("engine", ENGINES)
def test_troops_massed(engine: str) -> None:
    assert "MOBILIZE" in types("Troops massed along the northern frontier.", engine)
    assert types("Fans massed outside the arena.", engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_new_concede_phrases(engine: str) -> None:
    assert "CONCEDE" in types("Strikers called off the rally after talks with the ministry.", engine)
    assert "CONCEDE" in types("The cabinet scrapped the fare hike after a week of protests.", engine)
    assert "CONCEDE" in types("Parliament repealed the emergency law on Monday.", engine)
