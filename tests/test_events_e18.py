"""Event words whose other side is no party (stop 30, helper e18,
``extractors/events/party_senses.py``): a weapon dropped, a recording released, ideas praised, a
comparison, an offer of nothing, a plan or law as the one that rejects or denies, a split with a
party, guests welcomed, a campaign's appeal to voters, a plea to a relative -- each beside an event
of the same words. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES, SPACY


def _events(text: str, engine: str) -> list[tuple[str, str, list[str], list[str]]]:
    art = newsmodel.extract(text, engine=engine)
    name = {a.id: a.name for a in art.actors}
    return [(e.trigger.text, e.type, [name[i] for i in e.agents], [name[i] for i in e.targets]) for e in art.events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The trooper screamed at the suspect to drop the pistol.",
        "The county released only some of the dashboard camera video.",
        "The campaign released his tax returns on Friday.",
        "Many economists praise the principle of free trade.",
        "In the speech she went on to contrast her record with his.",
        "The governor has offered nothing to fix the roads.",
        "The mayor's plan rejects the notion of a new stadium tax.",
        "Nothing in the law denies the city the power to tax hotels.",
        "Conservative judges would deny any right to assisted suicide under the Constitution.",
        "The congressman breaks with his party on immigration.",
        "The senator welcomed hundreds of guests to her farm.",
        "The candidate made direct appeals to independent voters in Ohio.",
        "The mother urged her daughter to call the police.",
        "The victory shows he has widened his appeal among older voters.",
        "The embassy will invite twice as many guests to the reception.",
        "The senate race was turned upside down by the scandal.",
        "The numbers come from records the agency released last week.",
        "A new TV ad released Thursday features the candidate's mother.",
        "The mayor struck a defiant tone at the rally.",
        "The governor is fighting for every vote in the county.",
        "Two Republicans broke ranks with the leadership on the vote.",
        "The court ordered the release of the footage from the jail.",
        "A ruling that threatened to upend the program was overturned.",
        "Pollsters say the governor appeals to voters who feel left behind.",
        "The White House did not return calls on Sunday.",
        "A retired Navy admiral now runs the foundation.",
        "He will fight for the American people every day.",
        "The letter was signed by the committee's chairman.",
        "The verdict effectively destroyed the mayor's plan for a new tax.",
    ],
)
def test_no_party_no_event(text: str, engine: str) -> None:
    assert _events(text, engine) == [], text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype", "trigger"),
    [
        ("Warplanes dropped bombs on the rebel-held town.", "ASSAULT", "dropped"),
        ("The junta released 40 political prisoners on Monday.", "RETREAT", "released"),
        ("The Vatican praised the ceasefire agreement.", "SUPPORT", "praised"),
        ("The council rejected the mayor's plan for a new stadium.", "REJECT", "rejected"),
        ("The UN appealed to donors for $2 billion in aid.", "REQUEST", "appealed"),
        ("The foreign minister urged Israel to halt settlement construction.", "REQUEST", "urged"),
        ("The junta denied the rebels the right to a fair trial.", "REJECT", "denied"),
        ("The detainees released on Friday crossed into Jordan.", "RETREAT", "released"),
        ("Russia threatened Ukraine with new strikes.", "THREATEN", "threatened"),
        ("The Red Cross appeals to donors for blood.", "REQUEST", "appeals"),
        ("Government troops destroyed a rebel camp near the border.", "ASSAULT", "destroyed"),
        ("Colombia broke off diplomatic relations with Israel.", "SANCTION", "broke"),
    ],
)
def test_same_words_events_stay(text: str, etype: str, trigger: str, engine: str) -> None:
    assert (trigger, etype) in [(e[0], e[1]) for e in _events(text, engine)], (text, _events(text, engine))


@pytest.mark.skipif(not SPACY, reason="spaCy model not installed")
def test_passive_keeps_the_party() -> None:
    """A plan as the passive subject is the thing rejected; the council's act stays (the rules
    engine codes no passive "rejected" here, with or without this check)."""
    assert ("rejected", "REJECT") in [(e[0], e[1]) for e in _events("The plan was rejected by the council on Tuesday.", "spacy")]
