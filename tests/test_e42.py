"""Stop 38, e42: event recall on real political news (issue 14, dev batch 83).

The causes of missed events found in a hand-made gold of PolNeAR train articles, each checked
through the public API with our own sentences, beside traps of the same words that name no
event: name-calling with the term in doubled apostrophes, after a name in apposition, and with
terms the lexicon lacked; support told as standing by or sticking with a party; the rules
engine's progressive of a verb whose -ing form is also an event noun; criticism "for what /
how ...".
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES


def _events(text: str, engine: str, trigger: str) -> list[tuple[str, set[str]]]:
    article = newsmodel.extract(text, engine=engine)
    return [(e.type, {article.actor(a).name for a in e.targets}) for e in article.events if e.trigger.text.split()[0] == trigger]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The council member called the bank ''greedy'' at the hearing.",
        "The union leader called the chief executive, Mr. Brandt, ''dishonest'' at the rally.",
        "The candidate called the hedge fund managers \"fat cats\" in his speech.",
        "The mayor called the landlords ''vultures'' on the radio.",
    ],
)
def test_name_calling_read_past_quotes_and_apposition(engine: str, sentence: str) -> None:
    assert [t for t, _ in _events(sentence, engine, "called")] == ["ACCUSE"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The council member called the budget ''greedy'' at the hearing.",
        "The mayor called the landlords ''partners'' on the radio.",
        "A fat cat sat on the steps of the town hall.",
    ],
)
def test_name_calling_traps(engine: str, sentence: str) -> None:
    assert all(t != "ACCUSE" for t, _ in _events(sentence, engine, "called"))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("The party's donors have stuck by the governor through the inquiry.", "stuck", "governor"),
        ("Several mayors stood by the senator after the vote.", "stood", "senator"),
        ("The coalition partners stuck with the chancellor in the budget fight.", "stuck", "chancellor"),
    ],
)
def test_loyalty_to_a_party_is_support(engine: str, sentence: str, trigger: str, target: str) -> None:
    found = _events(sentence, engine, trigger)
    assert [t for t, _ in found] == ["SUPPORT"]
    assert any(target in name for name in found[0][1])


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["stood by", "stuck by", "stuck with"]),
    st.sampled_from(["the door", "the old timetable", "the rules", "the window", "its forecast", "her comments"]),
)
def test_loyalty_to_a_thing_is_never_support(phrase: str, thing: str) -> None:
    # a place, a plan, a rule or one's own words kept to is no support of a party, whatever it is
    # (subject no coded body: CAMEO's own "stand by" pattern with a coded party, as at BASE for
    # "the delegates stood by the door", is the precision work's, not this rule's)
    text = f"The volunteers {phrase} {thing} for the whole evening."
    assert all(e.type != "SUPPORT" for e in newsmodel.extract(text, engine="rules").events)


@pytest.mark.parametrize("engine", ENGINES)
def test_stuck_with_a_burden_is_no_event(engine: str) -> None:
    assert not newsmodel.extract("Residents were stuck with the bill for the new bridge.", engine=engine).events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "trigger", "category"),
    [
        ("Gunmen were killing shopkeepers in the market, residents said.", "killing", "ASSAULT"),
        ("Artillery units have been shelling the port since Sunday.", "shelling", "ASSAULT"),
        ("President Varga is meeting the Austrian chancellor in Vienna today.", "meeting", "CONSULT"),
    ],
)
def test_progressive_of_an_event_verb(engine: str, sentence: str, trigger: str, category: str) -> None:
    assert category in [t for t, _ in _events(sentence, engine, trigger)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Old theories about the 1998 bombing in the capital spread again online.",
        "Another ten delegates will be chosen at a party committee meeting next week.",
        "Killing time before the debate, the reporters played chess.",
    ],
)
def test_ing_nouns_stay_nouns(sentence: str) -> None:
    # the rules tagger tags these -ing nouns verbs; only after "be" does the verb's stem come in
    article = newsmodel.extract(sentence, engine="rules")
    assert all(e.type not in ("ASSAULT", "CONSULT") for e in article.events)


@pytest.mark.parametrize("engine", ENGINES)
def test_attacked_for_what_was_said_is_criticism(engine: str) -> None:
    found = _events("The governor attacked the mayor for what he wrote about the budget.", engine, "attacked")
    assert [t for t, _ in found] == ["ACCUSE"]


@pytest.mark.parametrize("engine", ENGINES)
def test_stuck_with_a_scene_is_no_support(engine: str) -> None:
    # the party is the subject of a gerund after it: what is kept to is the scene, not the party
    text = "The radio stations stuck with the governor speaking for an hour about taxes."
    assert all(t != "SUPPORT" for t, _ in _events(text, engine, "stuck"))
