"""The rules engine's per-word caches and C-level column passes give what the per-word
expressions they replaced gave (issue 13, helper s25 at stop 43: output-identical speed work)."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.engines.rules import ner, opening_words
from newsmodel.engines.rules.tagger import function_word

# words like a news text's: names, common words, function words, marks, odd letters
_WORD = st.one_of(
    st.sampled_from(["The", "the", "Rice", "Susan", "said", "AM", "a.m.", "P.M", "EST", "US", "Of", "“", "'s", "", "Ⓐb", "İstanbul", "ǅemal"]),
    st.text(min_size=0, max_size=6),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, max_size=30))
def test_name_words_as_the_per_word_test(words: list[str]) -> None:
    flags = [w[:1].isupper() and w[1:].islower() and len(w) > 1 and not function_word(w) for w in words]
    assert opening_words.name_words(words) == opening_words.paired_words(words, flags)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, max_size=30))
def test_name_pair_words_as_the_per_word_test(words: list[str]) -> None:
    flags = [ner._is_cap(w) and w[1:].islower() and len(w) > 1 for w in words]
    assert ner._name_pair_words(words) == opening_words.paired_words(words, flags)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, max_size=30))
def test_lower_case_words_as_the_per_word_test(words: list[str]) -> None:
    assert ner._lower_case_words(words) == frozenset(w for w in words if w[:1].islower())


def test_clock_suffix_spellings_are_exactly_the_lower_case_matches() -> None:
    # no character outside "aAmMpP." lowers to "a", "m", "p" or ".", so the spellings listed are all
    # the words whose lower case is a clock suffix
    odd = [c for c in range(sys.maxunicode + 1) if chr(c).lower() in ("a", "m", "p", ".") and chr(c) not in "aAmMpP."]
    assert odd == []
    assert {w.lower() for w in ner._CLOCK_SUFFIX_CASES} == ner._CLOCK_SUFFIXES
    assert all(w in ner._CLOCK_SUFFIX_CASES for w in ("AM", "p.M.", "A.m", "pm"))


# -- the three wire_senses checks that declare sentence words (s25 at stop 43) --------------------

import pytest  # noqa: E402

import newsmodel  # noqa: E402
from newsmodel.extractors.events import non_event_senses  # noqa: E402


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Perhaps the rebels would attack the garrison before dawn.", []),  # a guess: no event
        ("The rebels would attack the garrison before dawn.", ["ASSAULT"]),
        ("Maybe the army will invade the province next week.", []),
        ("The army will invade the province next week.", ["ASSAULT"]),
        ("Each time the council meets the mayor criticizes the governor.", []),  # a habit
        ("The mayor criticized the governor on Tuesday.", ["ACCUSE"]),
        ("The union pressed the senator to reject the treaty.", ["REQUEST"]),  # only the pressing
        ("The senator rejected the treaty on Friday.", ["REJECT"]),
    ],
)
def test_gated_wire_checks_keep_their_answers(text: str, types: list[str]) -> None:
    assert [e.type for e in newsmodel.extract(text, engine="rules").events] == types


def test_wire_checks_declare_the_words_they_read() -> None:
    declared = {c.name: c.sentence_words for c in non_event_senses.sense_checks() if c.sentence_words is not None}
    assert {"perhaps", "maybe"} <= declared["an act guessed after perhaps / maybe + a modal"]
    assert declared["an act inside an each-time clause: a habit"] == {"whenever", "time"}
    assert {"push", "press"} <= declared["an act asked of a party by a verb of pushing"]
