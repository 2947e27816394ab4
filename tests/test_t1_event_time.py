"""Event time and date on both engines: relative time expressions of news (issue 14, helper t1 at
stop 46).

``tests/data/events_dev.tsv`` has no time column, so these cases are tests: each names a sentence
(my own, in the shape of news reports), the event's trigger, the expected ``Event.time`` text (the
article slice, ``None`` = no time) and ``Event.date`` resolved against a publication date of
Thursday 12 March 2026.  Traps put a time on another clause or use numbers that name no date.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmodel
from tests._engines import ENGINES

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

D = dt.date
#: (sentence, trigger, time text or None, date or None)
CASES = [
    # deictic days and parts of a day
    ("Police arrested two men yesterday.", "arrested", "yesterday", D(2026, 3, 11)),
    ("Police arrested two smugglers yesterday morning.", "arrested", "yesterday morning", D(2026, 3, 11)),
    ("Police detained the protest leaders today.", "detained", "today", D(2026, 3, 12)),
    ("Militants attacked a checkpoint this morning.", "attacked", "this morning", D(2026, 3, 12)),
    ("The president met the opposition leader this afternoon.", "met", "this afternoon", D(2026, 3, 12)),
    ("Soldiers fired on protesters overnight.", "fired", "overnight", D(2026, 3, 11)),
    # "ago": counted back from publication
    ("The army shelled the town two weeks ago.", "shelled", "two weeks ago", D(2026, 2, 26)),
    ("Rebels seized the airport three days ago.", "seized", "three days ago", D(2026, 3, 9)),
    ("Police arrested the mayor of Lima 10 days ago.", "arrested", "10 days ago", D(2026, 3, 2)),
    ("Two weeks ago, the junta expelled the French ambassador.", "expelled", "Two weeks ago", D(2026, 2, 26)),
    ("Militants kidnapped an engineer a month ago.", "kidnapped", "a month ago", D(2026, 2, 12)),
    # "later/earlier" after a count: relative to the story's own time, not to publication
    ("Troops withdrew from the valley three days later.", "withdrew", "three days later", None),
    ("Two days earlier, the militia had ambushed a patrol.", "ambushed", "Two days earlier", None),
    ("The guerrillas released the hostages five days later.", "released", "five days later", None),
    # weekday and part of the day
    ("Rebels attacked the convoy on Friday night.", "attacked", "on Friday night", D(2026, 3, 6)),
    ("Gunmen abducted a priest on Sunday evening.", "abducted", "on Sunday evening", D(2026, 3, 8)),
    ("The ministers met on Wednesday afternoon.", "met", "on Wednesday afternoon", D(2026, 3, 11)),
    ("The army bombed the bridge on Saturday morning.", "bombed", "on Saturday morning", D(2026, 3, 7)),
    ("Police arrested a protester on Sunday afternoon.", "arrested", "on Sunday afternoon", D(2026, 3, 8)),
    ("The ministers met in Geneva on Thursday evening.", "met", "on Thursday evening", D(2026, 3, 12)),
    ("Gunmen killed four villagers in the early hours of Tuesday.", "killed", "the early hours of Tuesday", D(2026, 3, 10)),
    ("Turkey recalled its ambassador from Vienna in the early hours of Wednesday.", "recalled", "the early hours of Wednesday", D(2026, 3, 11)),
    ("Fighters shelled the port late on Sunday.", "shelled", "on Sunday", D(2026, 3, 8)),
    ("Rebels shot down a helicopter late on Monday.", "shot", "on Monday", D(2026, 3, 9)),
    # weekends, weeks, months, years
    ("Protesters clashed with police over the weekend.", "clashed", "the weekend", D(2026, 3, 7)),
    ("The government imposed a curfew over the weekend.", "imposed", "the weekend", D(2026, 3, 7)),
    ("Earlier this month, the government expelled the ambassador.", "expelled", "Earlier this month", D(2026, 3, 1)),
    ("Earlier this year, the army seized the port.", "seized", "Earlier this year", D(2026, 1, 1)),
    ("Later this week, the foreign minister will visit Cairo.", "visit", "Later this week", D(2026, 3, 9)),
    ("The president visited Kenya last Friday.", "visited", "last Friday", D(2026, 3, 6)),
    ("The army will withdraw its troops next month.", "withdraw", "next month", D(2026, 4, 1)),
    ("The rebels have occupied the mine since May.", "occupied", "since May", D(2025, 5, 1)),
    ("The two sides signed a truce in January.", "signed", "in January", D(2026, 1, 1)),
    # absolute dates
    ("The police raided the office on March 3.", "raided", "on March 3", D(2026, 3, 3)),
    ("The court sentenced the activist on 4 February 2025.", "sentenced", "on 4 February 2025", D(2025, 2, 4)),
    ("Prosecutors charged the senator on 2 March.", "charged", "on 2 March", D(2026, 3, 2)),
    ("Soldiers arrested the journalist on January 12, 2026.", "arrested", "on January 12, 2026", D(2026, 1, 12)),
    # traps: the time belongs to another clause
    ("The minister, who took office in March, met the envoy on Monday.", "met", "on Monday", D(2026, 3, 9)),
    ("The envoy, who arrived two days ago, met the president on Friday.", "met", "on Friday", D(2026, 3, 6)),
    ("The spokesman said on Tuesday that police had arrested the suspect.", "arrested", None, None),
    ("Police said yesterday that they had arrested three men.", "arrested", None, None),
    ("Troops shelled the village that rebels had seized last year.", "shelled", None, None),
    ("The minister who resigned last week criticized the army on Monday.", "criticized", "on Monday", D(2026, 3, 9)),
    # traps: counts of days, weeks or months that name a length, not a date
    ("After two weeks of talks, the parties signed a deal.", "signed", None, None),
    ("The mayor resigned after three months of protests.", "resigned", None, None),
]


def _event(text: str, engine: str, trigger: str):
    art = newsmodel.extract(text, engine=engine, published=PUBLISHED)
    found = [e for e in art.events if e.trigger.text.split()[0] == trigger]
    assert found, f"no event on {trigger!r}: {[e.trigger.text for e in art.events]}"
    return art, found[0]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text,trigger,time,date", CASES, ids=[c[0][:40] for c in CASES])
def test_event_time_and_date(engine: str, text: str, trigger: str, time: str | None, date: dt.date | None) -> None:
    art, ev = _event(text, engine, trigger)
    got = ev.time.text if ev.time is not None else None
    assert (got, ev.date) == (time, date)
    if ev.time is not None:
        assert text[ev.time.start : ev.time.end] == ev.time.text  # the article's own slice


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", ["Police arrested two men yesterday.", "Rebels seized the airport three days ago.", "Rebels attacked the convoy on Friday night."])
def test_dates_are_no_speakers_or_actors(engine: str, text: str) -> None:
    """A time expression is an entity of its own: never an actor."""
    art = newsmodel.extract(text, engine=engine, published=PUBLISHED)
    names = {a.name.lower() for a in art.actors}
    assert not names & {"yesterday", "three days ago", "friday night", "friday", "days", "three days"}


@pytest.mark.parametrize("engine", ENGINES)
def test_possessive_date_dates_its_noun_only(engine: str) -> None:
    """ "today's pensioners" names no time of the verb's act; "Friday's vote" dates the vote."""
    _art, ev = _event("The senator condemned today's pensioners as a burden.", engine, "condemned")
    assert ev.time is None
