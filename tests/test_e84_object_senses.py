"""Word sense by the object and two role slips (issue 14 batch 147, helper e84 at stop 46): what
police caught, grabbed or took decides between an arrest, a seizure and no event; officials who
argue or differ accuse only a party they oppose; a city's name before a pact noun is no party;
"welcomed X to visit" is an invitation (AGREE). All sentences are written for this test."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, events, types


def _modes(text: str, engine: str) -> set[tuple[str, str | None]]:
    """(type, mode) of each event of ``text``."""
    import newsmodel

    return {(e.type, e.mode) for e in newsmodel.extract(text, engine=engine).events}


# -- held_objects: the object of a police catch ----------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Police caught the last ferry to the harbour town.",
        "Police grabbed sandwiches at a stall before the rally.",
        "Police caught a glimpse of the van on a traffic camera.",
        "Police took the injured hiker to a hospital in the valley.",
        "Police caught a cold during the night shifts.",
    ],
)
def test_police_catch_of_no_one_is_no_event(engine: str, text: str) -> None:
    assert "COERCE" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Police caught the runaway convict at a farm.",
        "Police grabbed the robber outside the jewellery shop.",
        "Police caught four poachers in the reserve.",
    ],
)
def test_police_catch_of_people_is_an_arrest(engine: str, text: str) -> None:
    assert ("COERCE", "arrest") in _modes(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_police_catch_of_contraband_is_a_seizure(engine: str) -> None:
    assert ("COERCE", "seize") in _modes("Police grabbed a cache of pistols from the garage.", engine)


# -- disputes: officials who argue with nobody opposed ----------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Officials argued about the colour of the new uniforms.",
        "Officials disagreed on the length of the holiday.",
        "Officials competed in a charity quiz night.",
        "Officials differed over the price of the tickets.",
    ],
)
def test_officials_arguing_with_nobody_accuse_nobody(engine: str, text: str) -> None:
    assert "ACCUSE" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_officials_arguing_with_a_party_accuse(engine: str) -> None:
    found = events("Officials disagreed with the mayor over the parking fees.", engine)
    assert any(t == "ACCUSE" and any("mayor" in x.lower() for x in targets) for t, _a, targets in found)


# -- pact_names: a city's name before a pact noun -----------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The Geneva accord with the militias fell apart in the spring.",
        "The Lausanne agreement with Tehran stalled.",
    ],
)
def test_a_pact_named_after_a_city_has_no_city_party(engine: str, text: str) -> None:
    assert "AGREE" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_state_pact_with_a_party_stays_agree(engine: str) -> None:
    found = events("Sudan's accord with the rebels ended the siege.", engine)
    assert any(t == "AGREE" and any("Sudan" in a for a in agents) for t, agents, _r in found)


# -- visit_invitations: "welcomed X to visit" -----------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_welcome_to_visit_is_an_invitation(engine: str) -> None:
    found = types("Chile welcomed the Peruvian president to visit Santiago.", engine)
    assert "AGREE" in found and "CONSULT" not in found


@pytest.mark.parametrize("engine", ENGINES)
def test_welcome_to_a_city_is_a_visit_hosted(engine: str) -> None:
    assert "CONSULT" in types("Chile welcomed the Peruvian president to Santiago on Friday.", engine)
