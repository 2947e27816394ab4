"""States, schedules and time markers told with event words (stop 35, e32; dev batch 67): a
state held "under" an event noun, an event noun used as a date, a force's posting in the present,
an event's schedule, a duty, a career step, a standing population or relation, a disaster's
damage in the passive, a post once held and a lasting captivity are no event; the same words with
a party acting stay events.

Our own sentences, in the style of international wire news."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The former prime minister has been under house arrest since 2018.",
        "The coastal town remains under a blockade imposed by the navy.",
        "Fishing catches have halved since the 2009 invasion of the bay.",
        "Since the withdrawal of the peacekeepers in 2016, the road has been unsafe at night.",
        "Roughly 900 Dutch soldiers are stationed at the air base in the north.",
        "The regional summit will take place in Accra in late June.",
        "The ministers' meeting has been postponed until next month.",
        "The mediator, whose job is to negotiate between the factions, has little leverage.",
        "He joined the diplomatic corps in 1988 after studying in Vienna.",
        "Lebanon hosts more than one million refugees from Syria.",
        "About 300 homes were destroyed by the floods in the valley.",
        "The admiral previously commanded the country's submarine fleet.",
        "The family of an engineer held hostage in the desert since 2017 lives in Lyon.",
        "The former guerrilla leader, who fought the army in the 1970s, now runs a farm.",
    ],
)
def test_states_schedules_and_dates_are_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police placed the former prime minister under house arrest on Monday.", "COERCE"),
        ("Latvia deployed 300 soldiers to the air base in the north on Friday.", "MOBILIZE"),
        ("Rebels destroyed a bridge on the main road to the capital.", "ASSAULT"),
        ("Gunmen took an engineer hostage in the desert on Saturday.", "ASSAULT"),
        ("The navy blockaded the coastal town on Tuesday.", "COERCE"),
        ("The Ghanaian president hosted his Togolese counterpart in Accra on Friday.", "CONSULT"),
    ],
)
def test_the_same_words_with_a_party_acting_stay_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["invasion", "coup", "withdrawal", "uprising", "blockade", "ceasefire"]),
    st.sampled_from(["2001", "2014", "1991"]),
    st.sampled_from(["exports have doubled", "the town has grown quickly", "few tourists have come"]),
)
def test_an_event_noun_after_since_is_a_date(noun: str, year: str, clause: str) -> None:
    """"since the <year> <event>" dates the clause: whatever the event and the clause, no event."""
    text = f"Since the {year} {noun}, {clause}."
    assert types(text, "rules") == set()
