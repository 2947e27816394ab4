"""Verbal and cooperative acts in shapes the dev rows lacked (issue 14 batch 143, helper e83 at
stop 46): an -ing clause after a preposition or a time spent, a gerund after a name's possessive,
a plain verb after "help", "in talks with", and pact nouns with their parties -- each with its
traps. All sentences are written for this test."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, events


def _has(text: str, engine: str, kind: str, agent: str, target: str | None = None) -> bool:
    """An event of type ``kind`` whose agents name ``agent`` (and whose targets name ``target``)."""
    for typ, agents, targets in events(text, engine):
        if typ == kind and any(agent in a for a in agents) and (target is None or any(target in x for x in targets)):
            return True
    return False


# -- an -ing clause after a preposition or a time spent (rules tagger; adjunct_gerunds) ----------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, agent, target",
    [
        ("Senator Gomez changed his vote after meeting the union leaders.", "Gomez", None),
        ("The foreign minister left Cairo on Sunday after meeting his Egyptian counterpart.", "minister", "Egypt"),
        ("The prime minister was criticized for meeting the rebel commander in secret.", "minister", "commander"),
        ("After meeting the Kenyan president, the envoy flew on to Addis Ababa.", "envoy", "president"),
        ("Since meeting the Saudi crown prince in May, the senator has softened his tone.", "senator", "prince"),
    ],
)
def test_meeting_in_a_gerund_clause_is_consult(engine: str, text: str, agent: str, target: str | None) -> None:
    assert _has(text, engine, "CONSULT", agent, target)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "After meeting its sales targets for the year, the carmaker raised its dividend.",
        "She spent the morning meeting deadlines for the quarterly report.",
        "By meeting the emissions standards early, the utility avoided a fine.",
    ],
)
def test_meeting_a_target_is_no_meeting(engine: str, text: str) -> None:
    assert not [e for e in events(text, engine) if e[0] == "CONSULT"]


# -- a gerund after a name's possessive; a plain verb after "help" (rules tagger) ------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_possessor_of_a_meeting_meets(engine: str) -> None:
    assert _has("The envoy's meeting with the rebel leaders lasted three hours.", engine, "CONSULT", "envoy")
    assert _has("The bishop described the mayor's meeting with the strikers as cordial.", engine, "CONSULT", "mayor")


@pytest.mark.parametrize("engine", ENGINES)
def test_meeting_room_of_a_club_is_no_meeting(engine: str) -> None:
    assert not [e for e in events("The club's meeting room was flooded after the storm.", engine) if e[0] == "CONSULT"]


@pytest.mark.parametrize("engine", ENGINES)
def test_helped_broker_is_mediation(engine: str) -> None:
    assert _has("Norway helped broker a ceasefire between the army and the rebels.", engine, "CONSULT", "Norway")
    assert _has("Egypt helped mediate an end to the fighting in Gaza.", engine, "CONSULT", "Egypt")


@pytest.mark.parametrize("engine", ENGINES)
def test_rain_that_helped_end_a_drought_is_no_event(engine: str) -> None:
    assert events("The rain helped end a long drought in the region.", engine) == []


# -- "in talks with" (surface_roles) ---------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, agent, target",
    [
        ("The government has been in talks with the rebels since March.", "government", "rebels"),
        ("Ethiopia remains in negotiations with Egypt over the dam.", "Ethiopia", "Egypt"),
    ],
)
def test_in_talks_with_is_consult_by_the_subject(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "CONSULT", agent, target)


@pytest.mark.parametrize("engine", ENGINES)
def test_in_secret_talks_with_is_consult(engine: str) -> None:
    # "quiet talks" after "in": the rules tagger read "talks" as the verb of "quiet"
    assert _has("Chile was in quiet talks with Bolivia for a year.", engine, "CONSULT", "Chile", "Bolivia")


@pytest.mark.parametrize("engine", ENGINES)
def test_plural_possessor_of_a_meeting_meets(engine: str) -> None:
    assert _has("The rebels' meeting with the Qatari envoy ended without a deal.", engine, "CONSULT", "rebels")


@pytest.mark.parametrize("engine", ENGINES)
def test_in_talks_to_buy_is_no_consultation(engine: str) -> None:
    assert events("The chip maker is in talks to buy a smaller rival.", engine) == []


# -- pact nouns with their parties (party_pacts) -----------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, agent",
    [
        ("The accord between Ghana and Togo on fishing rights was published on Tuesday.", "Ghana"),
        ("Under the deal between Albania and Italy, migrants will be processed offshore.", "Albania"),
        ("Mali's agreement with the Tuareg rebels allows aid convoys into the north.", "Mali"),
        ("A provisional agreement between the airline and the pilots' union ends a month-long dispute.", "airline"),
    ],
)
def test_pact_with_its_parties_is_agree(engine: str, text: str, agent: str) -> None:
    assert _has(text, engine, "AGREE", agent)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "There is broad agreement among economists that inflation will ease.",
        "Under the agreement, the minimum wage will rise to fifteen dollars over six years.",
        "That was a big deal for the shipyard workers.",
        "The senator was in agreement with the governor on taxes.",
    ],
)
def test_pact_noun_without_parties_is_no_agreement(engine: str, text: str) -> None:
    assert not [e for e in events(text, engine) if e[0] == "AGREE"]
