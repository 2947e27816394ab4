"""Agents named by a trade, a role, a singular collective or an organisation the NER misses
(issue 14, dev batch 11). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES
from ._engines import agent_events as _events


def _actor(text: str, engine: str, name: str):  # type: ignore[no-untyped-def]
    art = newsmodel.extract(text, engine=engine)
    hits = [a for a in art.actors if a.name.lower() == name.lower()]
    assert hits, [a.name for a in art.actors]
    return hits[0]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category", "agent", "code"),
    [
        # a trade the Phoenix agents dictionary lacks (agents_extra.tsv: docker LAB)
        ("Dockworkers refused to handle cargo bound for the warship.", "REJECT", "dockworkers", "LAB"),
        # an organisation named by a lowercase head (agents_extra.tsv: broadcaster MED)
        ("The state broadcaster accused the opposition of spreading lies.", "ACCUSE", "broadcaster", "MED"),
        # singular collectives the dictionary codes, now typed as organisations (org_words.tsv)
        ("The ruling coalition rejected the budget proposal.", "REJECT", "ruling coalition", "GOV"),
        ("The cartel threatened the mayor of the town.", "THREATEN", "cartel", "CRM"),
    ],
)
def test_generic_agents_act(engine, text, category, agent, code):
    events = _events(text, engine)
    assert (category, [(agent, "group" if agent.endswith("s") else "organization", code)]) in events, events


@pytest.mark.parametrize("engine", ENGINES)
def test_singular_collective_is_an_organisation(engine):
    mob = _actor("A mob stoned the convoy of the governor.", engine, "mob")
    assert (mob.kind, mob.code) == ("organization", "CVL")


@pytest.mark.parametrize("engine", ENGINES)
def test_acronym_the_gazetteer_knows_is_an_organisation(engine):
    # the small spaCy model tags "ECOWAS" a common noun with no entity
    ecowas = _actor("ECOWAS suspended Guinea after the coup.", engine, "ECOWAS")
    assert ecowas.kind == "organization"
    assert ecowas.code is not None and ecowas.code.startswith("IGO")


@pytest.mark.parametrize("engine", ENGINES)
def test_gazetteer_organisation_tagged_as_a_person_is_an_organisation(engine):
    houthis = _actor("The Houthis attacked a tanker in the Gulf of Aden.", engine, "Houthis")
    assert houthis.kind == "organization"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        # agentive-looking subjects that are things, not people (PLOVER needs an actor)
        "A meteor struck a farmhouse in the Urals.",
        "The tractor crushed a fence near the barn.",
    ],
)
def test_things_are_not_agents(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_institution_head_known_only_in_longer_phrases_acts(engine):
    # "party" is an organisation head (org_words.tsv); Phoenix codes "ruling party" GOV
    events = _events("The ruling party rejected the opposition's demands.", engine)
    assert ("REJECT", [("ruling party", "organization", "GOV")]) in events, events


@pytest.mark.parametrize("engine", ENGINES)
def test_possessor_across_adjectives_is_the_agents_country(engine):
    # "Germany's domestic intelligence service": the adjective does not hide whose service it is
    events = _events("Germany's domestic intelligence service accused Moscow of recruiting spies.", engine)
    agents = [a for category, agents in events if category == "ACCUSE" for a in agents]
    assert agents and agents[0][1:] == ("organization", "DEUSPY"), events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        # a hazard or disease the NER may tag a person or an organisation (org_words.tsv hazard)
        "Measles killed scores of infants in the refugee settlement.",
        "Cyclone Idai destroyed most of the port city.",
        "Wildfires destroyed hundreds of homes in the hills.",
    ],
)
def test_hazards_and_diseases_are_not_agents(engine, text):
    art = newsmodel.extract(text, engine=engine)
    assert art.events == [] or all(e.agents == [] for e in art.events), art.events
    assert not [a for a in art.actors if a.name.split()[0].lower() in ("measles", "cyclone", "wildfires")]


@pytest.mark.parametrize("engine", ENGINES)
def test_people_in_a_plight_are_targets(engine):
    # "hostages", "oligarchs" (agents_extra.tsv): the people an event is done to
    events = newsmodel.extract("The militia freed four hostages after a week of talks.", engine=engine).events
    assert any(e.type == "RETREAT" and e.targets for e in events), events
