"""Issue 14, helper a14 at stop 40: precision of speech cues on the rules engine (no parse).

* A word in -s after a plural quantifier or a number ("few states", "nine other states") is a
  plural noun, and a speech verb that news mostly uses as a plural noun ("states", "remarks")
  after a noun is a verb only when its complement opens right after it.
* A cue verb with a common non-speech sense (continue, add, charge, call, claim) and a bare
  noun-phrase content keeps it only where its frames take an object, the object is itself a
  speech act, or (call) a predicate follows the object.
* "As X <cue> to <verb>, ..." is a time clause, not the "as X said" attribution.
* "X, the mayor of <city>, <state>, said": the comma inside "<city>, <state>" opens no
  apposition, so the source is X with its apposition, not the state.

Sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel


def _cues(text: str) -> list[str]:
    return [s.cue.text for s in newsmodel.extract(text, engine="rules").statements if s.cue is not None]


@pytest.mark.parametrize(
    "text",
    [
        "A few states have yet to count their ballots.",
        "Oregon and nine other states sued the agency on Friday.",
        "The senator campaigned in swing states like Nevada this week.",
        "The governor toured farm states that have lost jobs to drought.",
        "Court documents and bank records were handed to the panel.",
        "Her opening remarks drew little applause from the hall.",
    ],
)
def test_plural_noun_states_is_no_cue(text: str) -> None:
    assert not [c for c in _cues(text) if c.lower().endswith(("states", "documents", "remarks"))]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The charter states that the council must meet twice a year.", "states"),
        ('"Nobody pays twice," the leaflet states.', "states"),
    ],
)
def test_states_as_a_speech_verb_stays(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Lin Ostrow continued her tour of the flooded districts on Sunday.",
        "The club charged a $900 entry fee to every new member.",
        "The retailer added 300 seasonal workers across its depots.",
        "Late on Tuesday, Senator Ivo Brandt called Ana Ruiz.",
        "Runner Tessa Gall claimed the title in the final lap.",
        "The senator collected large speaking fees from two banks.",
    ],
)
def test_non_speech_sense_of_a_cue_verb_is_no_statement(text: str) -> None:
    assert _cues(text) == []


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Senator Ivo Brandt called the merger reckless.", "called"),
        ("Senator Ivo Brandt called them cowards in a radio interview.", "called"),
        ("Governor Hale continued his attacks on the water board.", "continued"),
        ("The mayor added that the bridge would reopen in May.", "added"),
    ],
)
def test_speech_sense_of_the_same_verbs_stays(text: str, cue: str) -> None:
    assert cue in _cues(text)


def test_as_clause_with_its_own_infinitive_is_no_attribution() -> None:
    text = "As farmers continue to leave the valley, officials in the capital are worried."
    assert "continue" not in _cues(text)


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["few", "many", "several", "other", "two", "nine", "various"]),
    st.sampled_from(["states", "remarks", "documents", "estimates"]),
    st.sampled_from(["were discussed at the meeting.", "have been cited by the panel.", "stayed out of the race."]),
)
def test_quantified_plural_noun_is_never_a_cue(quantifier: str, noun: str, rest: str) -> None:
    text = f"Officials said {quantifier} {noun} {rest}"
    assert noun not in _cues(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Rita Holm, the mayor of Dayton, Ohio, said the bridge would reopen in May.", "Rita Holm"),
        ("Carl Benn, a farmer from Tulsa, Oklahoma, said the new levy was unfair.", "Carl Benn"),
        ("Lena Fry, who runs a diner in Macon, Georgia, said prices were rising.", "Lena Fry"),
    ],
)
def test_city_and_state_in_an_apposition_is_not_the_source(text: str, speaker: str) -> None:
    article = newsmodel.extract(text, engine="rules")
    said = [s for s in article.statements if s.cue is not None and s.cue.text == "said"]
    assert said and said[0].source is not None and said[0].source.text.startswith(speaker), said
    assert said[0].speaker is not None and article.actor(said[0].speaker).name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Former Idaho state senator Paul Dunn endorsed the governor on Friday.",
        "Turnout in Maine state elections fell sharply this year.",
    ],
)
def test_state_after_a_singular_name_is_a_noun(text: str) -> None:
    assert "state" not in _cues(text)
