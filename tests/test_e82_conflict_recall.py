"""Helper e82's rules at stop 46 (issue 14, dev batch 142: recall of material conflict), through the
public API, with sentences written for this file: attackers named by nouns the actor lexicons
lacked, blows by hand, shots fired into a crowd, protesters gathering, and vehicles driven into
crowds -- each beside the same words in a sense that is no event."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, SPACY_ONLY, events


def _of(text: str, engine: str, kind: str) -> list[tuple[str, list[str], list[str]]]:
    return [e for e in events(text, engine) if e[0] == kind]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A ranger was shot dead by a sniper near the dam at Kariba.", "sniper"),
        ("A jeweller was stabbed by an intruder in Ghent on Sunday.", "intruder"),
    ],
)
def test_an_attacker_noun_is_the_agent_of_a_passive(engine: str, text: str, agent: str) -> None:
    got = _of(text, engine, "ASSAULT")
    assert got and any(agent in a for a in got[0][1]), got


@pytest.mark.parametrize("engine", ENGINES)
def test_captors_free_their_hostages(engine: str) -> None:
    got = _of("Three engineers were freed by their captors in southern Libya.", engine, "RETREAT")
    assert got and any("captors" in a for a in got[0][1]), got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Stewards shoved a cameraman to the ground outside the town hall.",
        "A bodyguard slapped a journalist at the gate of the palace.",
        "Fans of the governor kicked a heckler in the car park.",
        "The prisoner headbutted a guard during the transfer.",
        "Bouncers manhandled the union leader as he left the meeting.",
    ],
)
def test_a_blow_to_a_person_is_an_assault(engine: str, text: str) -> None:
    assert _of(text, engine, "ASSAULT"), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The winger kicked the ball over the bar.",
        "The mayor kicked off his campaign in Toledo.",
        "The florist slapped a new sign on her van.",
        "Senators shoved the bill through before the recess.",
        "The new fees kicked in on Monday.",
    ],
)
def test_a_thing_kicked_or_shoved_is_no_assault(engine: str, text: str) -> None:
    assert not _of(text, engine, "ASSAULT"), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_shots_fired_into_a_crowd_are_an_assault(engine: str) -> None:
    got = _of("Troops fired into a crowd of strikers outside the mine.", engine, "ASSAULT")
    assert got and any("troops" in a.lower() for a in got[0][1]), got
    assert _of("Shots were fired into a crowd of mourners in Quetta.", engine, "ASSAULT")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Police fired into the air to warn the crowd.",
        "The striker fired the ball into the crowd after the goal.",
    ],
)
def test_firing_into_the_air_or_a_ball_into_a_crowd_is_no_assault(engine: str, text: str) -> None:
    assert not _of(text, engine, "ASSAULT"), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Hundreds of protesters gathered outside the embassy in Vilnius.", "protesters"),
        ("Demonstrators massed in front of the town hall in Ghent.", "demonstrators"),
        ("Thousands of demonstrators filled the central square of Skopje.", "demonstrators"),
    ],
)
def test_protesters_gathering_is_a_protest(engine: str, text: str, agent: str) -> None:
    got = _of(text, engine, "PROTEST")
    assert got and any(agent in a.lower() for a in got[0][1]), got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fans gathered outside the arena to greet the band.",
        "The protesters' lawyers gathered statements for the hearing.",
        "The protesters filled out forms at the front desk.",
    ],
)
def test_other_gatherings_are_no_protest(engine: str, text: str) -> None:
    assert not _of(text, engine, "PROTEST"), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_troops_massing_stay_a_mobilisation(engine: str) -> None:
    text = "Troops massed along the frontier with Georgia."
    assert _of(text, engine, "MOBILIZE") and not _of(text, engine, "PROTEST"), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "A van rammed into pedestrians on the promenade in Nice.",
        "A car ploughed into a crowd of marchers in Leipzig.",
        "The attacker drove a lorry into a crowd at the fair.",
    ],
)
def test_a_vehicle_driven_into_people_is_an_assault(engine: str, text: str) -> None:
    assert _of(text, engine, "ASSAULT"), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "A coach ploughed into a ditch on the pass.",
        "The firm ploughed its savings into new warehouses.",
        "The driver slammed into a lamp post on the ring road.",
    ],
)
def test_a_vehicle_driven_into_a_thing_is_no_assault(engine: str, text: str) -> None:
    assert not _of(text, engine, "ASSAULT"), events(text, engine)


@SPACY_ONLY
def test_a_shooting_that_killed_people_is_an_assault() -> None:
    text = "The mass shooting at a bar in Ohio killed nine people."
    assert _of(text, "spacy", "ASSAULT"), events(text, "spacy")
