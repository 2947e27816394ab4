"""Events in headlines and wire-copy ledes (issue 14, dev batch 10): a headline's "X to do Y"
future and the dateline before a lede's subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


def _events(text: str, engine: str) -> list[tuple[str, str, list[str], str]]:
    art = newsmodel.extract(text, engine=engine)
    name = {a.id: a.name for a in art.actors}
    return [(e.trigger.text, e.type, [name[i] for i in e.agents], e.factuality) for e in art.events]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_headline_future_of_cooperation_is_a_promise(engine):
    # PLOVER manual (AGREE): cooperative actions reported in the future tense are coded AGREE;
    # "X to Sign Y" is a headline's "X will sign Y".
    events = _events("Chile and Peru to Sign Fishing Accord", engine)
    assert [(t, c) for t, c, _a, _f in events] == [("Sign", "AGREE")], events
    assert {"Chile", "Peru"} <= set(events[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_signing_in_the_past_stays_support(engine):
    events = _events("Chile and Peru signed a fishing accord on Monday.", engine)
    assert ("signed", "SUPPORT") in [(t, c) for t, c, _a, _f in events], events


@pytest.mark.parametrize("engine", ENGINES)
def test_a_headline_future_of_conflict_is_hypothetical(engine):
    events = _events("Israel to Strike Iran Nuclear Sites", engine)
    assert [(t, c, f) for t, c, _a, f in events] == [("Strike", "ASSAULT", "hypothetical")], events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, agents",
    [
        ("MOSCOW (AP) -- Russian Foreign Minister Ivan Petrov held talks with his Iranian counterpart in Sochi on Monday.", {"Ivan Petrov"}),
        ("KYIV, Ukraine (AP) -- Ukraine and Moldova agreed on Tuesday to build a new bridge.", {"Ukraine", "Moldova"}),
    ],
)
def test_the_dateline_is_not_the_agent(engine, text, agents):
    events = _events(text, engine)
    assert events, text
    assert agents <= set(events[0][2]), events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, category",
    [
        ("Peru and Bolivia shared drought data under a new accord.", "COOPERATE"),
        ("Armenia, Azerbaijan Swap Dozens of Prisoners", "RETREAT"),
        ("Drone Strike Kills Two Rebel Commanders", "ASSAULT"),
        ("Rockets slammed into a market in the border town, killing four people.", "ASSAULT"),
    ],
)
def test_headline_and_lede_wordings(engine, text, category):
    assert category in {c for _t, c, _a, _f in _events(text, engine)}, _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Her late strike killed off the game.",
        "A delivery van slammed into a lamp post on the high street.",
    ],
)
def test_no_attack_without_arms_or_victims(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, category, agent",
    [
        ("Macron Thanks Senegal for Help in Rescue", "SUPPORT", "Macron"),
        ("Thai Premier Apologises for Police Shooting", "CONCEDE", "Thai"),
    ],
)
def test_a_headline_verb_the_tagger_reads_as_a_noun(engine, text, category, agent):
    hits = [(c, a) for _t, c, a, _f in _events(text, engine) if c == category]
    assert hits and any(agent in name for _c, a in hits for name in a), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES[1:])  # the noun-tagged headline verb is read for spaCy parses only
@pytest.mark.parametrize("text", ["Nissan Shares Plunge After Profit Warning", "Toyota Recalls 90,000 Cars Over Brake Fault", "Tesla Thanks Fans for Record Quarter"])
def test_headline_nouns_stay_nouns(engine, text):
    assert _events(text, engine) == []
