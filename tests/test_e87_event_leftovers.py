"""Stop 46's event leftovers (issue 14 batch 150, helper e87 at stop 47): ground taken by force,
catches read by their object, bare phone calls, campaigns started, a possessed noun before "to",
headline passives of violence, city-named pacts and the of-phrase of an act noun.  All sentences
are written for this test."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, events, types


def _modes(text: str, engine: str) -> set[tuple[str, str | None]]:
    """(type, mode) of each event of ``text``."""
    import newsmodel

    return {(e.type, e.mode) for e in newsmodel.extract(text, engine=engine).events}


def _event(text: str, engine: str, kind: str) -> tuple[list[str], list[str]]:
    """Lower-cased (agents, targets) of the first event of type ``kind``; AssertionError if none."""
    for t, agents, targets in events(text, engine):
        if t == kind:
            return [a.lower() for a in agents], [g.lower() for g in targets]
    raise AssertionError(f"no {kind} event in {text!r}: {events(text, engine)}")


# -- taken_ground ------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Militants took the police post on Sunday.",
        "Rebels took the river crossing after a brief fight.",
        "The militia captured the fishing port at dawn.",
        "Government troops retook the airfield from the insurgents.",
    ],
)
def test_ground_taken_by_armed_party_is_seizure(engine: str, text: str) -> None:
    assert ("COERCE", "seize") in _modes(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The guards took their posts before sunrise.",
        "The colonel took the post of army chief in June.",
        "Militants took a taxi to the border crossing.",
        "The ruling party took the city in the municipal elections.",
    ],
)
def test_no_seizure_of_own_post_office_trip_or_vote(engine: str, text: str) -> None:
    assert "COERCE" not in types(text, engine)


# -- held_objects: soldiers' catches and escapees -------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers caught the night train to the capital.",
        "Soldiers caught the flu in the camp.",
        "The troops caught a ferry across the lake.",
    ],
)
def test_soldiers_catching_things_is_no_event(engine: str, text: str) -> None:
    assert "COERCE" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers caught three deserters near the river.",
        "Police caught the escaped prisoner at a bus station.",
        "Guards caught the runaway inmate near the wall.",
    ],
)
def test_catching_people_is_an_arrest(engine: str, text: str) -> None:
    assert ("COERCE", "arrest") in _modes(text, engine)
    assert "ASSAULT" not in types(text, engine)


# -- phone_calls.bare_call ---------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["Obama called Netanyahu on Thursday.", "The Indian prime minister called the Japanese premier on Sunday."],
)
def test_bare_phone_call_is_consult(engine: str, text: str) -> None:
    assert ("CONSULT", "phone") in _modes(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["The governor called a news conference on Friday.", "The coach called the players back to the pitch."],
)
def test_calls_without_a_party_are_no_consult(engine: str, text: str) -> None:
    assert "CONSULT" not in types(text, engine)


def test_bare_call_names_the_called_party_on_rules() -> None:
    agents, targets = _event("Obama called Netanyahu on Thursday.", "rules", "CONSULT")
    assert agents == ["obama"] and targets == ["netanyahu"]


# -- campaign_starts ---------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["The mayor kicked off her re-election campaign in Toledo.", "The senator kicked off his campaign on Tuesday."],
)
def test_campaign_kicked_off_is_no_request(engine: str, text: str) -> None:
    assert "REQUEST" not in types(text, engine)


# -- rules tagger: a possessed noun before "to" --------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["Demonstrators attacked the mayor's plan to close the library.", "Farmers attacked the council's plan to sell the land."],
)
def test_attack_on_a_plan_is_criticism(engine: str, text: str) -> None:
    assert ("ACCUSE", "disapprove") in _modes(text, engine)
    assert "ASSAULT" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_attack_with_stones_on_a_car_is_assault(engine: str) -> None:
    assert "ASSAULT" in types("Demonstrators attacked the governor's car with stones.", engine)


# -- headline_passives: violence -----------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_headline_passive_victim_is_target(engine: str) -> None:
    agents, targets = _event("Two Students Shot Dead In Kano", engine, "ASSAULT")
    assert agents == [] and "students" in targets


@pytest.mark.parametrize("engine", ENGINES)
def test_headline_passive_by_phrase_is_agent(engine: str) -> None:
    agents, targets = _event("Photographer Beaten By Police In Goma", engine, "ASSAULT")
    assert agents == ["police"] and "photographer" in targets


# -- pact_names on both engines' roles -----------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_city_before_pact_is_no_party(engine: str) -> None:
    agents, _targets = _event("The Nairobi accord between Uganda and the rebels held for months.", engine, "AGREE")
    assert "nairobi" not in agents and "uganda" in agents


# -- patient_of_phrases ----------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_of_phrase_is_patient_and_by_phrase_agent(engine: str) -> None:
    agents, targets = _event("The rejection of the envoy by the junta worried diplomats.", engine, "REJECT")
    assert agents == ["junta"] and targets == ["envoy"]


@pytest.mark.parametrize("engine", ENGINES)
def test_of_phrase_alone_is_no_agent(engine: str) -> None:
    assert all("militia" not in [a.lower() for a in ags] for t, ags, _ in events("The rejection of the militia came quickly.", engine))


@pytest.mark.parametrize("engine", ENGINES)
def test_endorsement_of_phrase_keeps_its_giver(engine: str) -> None:
    agents, _targets = _event("Garcia won the endorsement of a former mayor of Dallas.", engine, "SUPPORT")
    assert "mayor" in agents
