"""Stop 42 (helper s24, issue 13): output-identical cuts of the statement and denial passes.

* :func:`screens.holds_any` answers a content span's word pre-test from the text's one folded
  copy; it must answer what lowering the span answers, whatever the characters.
* The predicate verdict pattern is tried only where one of its opening verbs starts a word; the
  matches must be the full scan's (texts drawn from the openers, their negated and "have" forms,
  verdicts and near misses).
* :func:`verdict_fragment` sorts its verdicts once a distinct tuple: the answer does not depend
  on the order or the container the verdicts come in.
* The public behaviour the cuts touch (a bare verdict quote, a corrected report, a possessed cue
  noun, reported speech) still comes out of ``newsmodel.extract``; sentences written for this test.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.extractors import denials
from newsmodel.extractors.denial_fragments import verdict_fragment
from newsmodel.extractors.screens import folded, holds_any

from ._engines import ENGINES

#: Characters whose lower case is special: İ (two characters), ı and ſ (folded apart by ``re``),
#: the Kelvin sign (lowers to ASCII "k"), a final sigma (context-dependent lower case).
_ODD = ["İ", "ı", "ſ", "\u212a", "Σ", "ΟΔΟΣ", "É"]
_WORDS = ["Wrong", "wrong", "MISTAKEN", "mis", "distort", "Twist", "anyone", "WHO", "those", "some", "People", "x", "k"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS + _ODD + [" ", ".", "’"]), max_size=12).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
    # ASCII needles, as the callers' (a final sigma's lower case depends on what follows it, so a
    # span and the whole text may lower a "Σ" apart; no ASCII letter is affected)
    st.lists(st.sampled_from(["wrong", "mistaken", "mis", "distort", "twist", "any", "who", "k", "i", "s"]), min_size=1, max_size=3),
)
def test_holds_any_answers_as_the_lowered_span(text, start, length, needles):
    end = min(len(text), start + length)
    start = min(start, end)
    assert holds_any(text, start, end, needles) == any(w in text[start:end].lower() for w in needles)


_PREDICATE_PIECES = [
    "is", "IS", "isn't", "Wasn’t", "weren't", "aren’t", "are", "was", "were", "be", "been", "being", "'s", "’s",
    "has", "Have", "had", "hadn't", "no", "basis", "foundation", "merit", "not", "true", "simply", "a", "lie",
    "baseless", "based", "on", "in", "grounded", "facts", "fact", "hard", "“", "\"", "this", "island", "beer",
    "Hassle", "claims", "İs", "ſo",
]
_SEPARATORS = [" ", " ", "  ", ", ", ". ", "\n", "'", ""]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PREDICATE_PIECES), st.sampled_from(_SEPARATORS)), min_size=1, max_size=16))
def test_predicate_matches_tried_at_openers_equal_the_full_scan(parts):
    text = "".join(w + s for w, s in parts)
    found = [(m.start(), m.end(), m.group()) for m in denials._predicate_matches(text, folded(text))]
    assert found == [(m.start(), m.end(), m.group()) for m in denials._predicate_pattern().finditer(text)]


def test_predicate_openers_cover_every_alternative_of_the_pattern():
    """Each opener form the pattern is built from is found by some opener tried (a prefix of it)."""
    for form in denials._OPENER_FORMS:
        assert any(form.startswith(o) for o in denials._PREDICATE_OPENERS)
    pattern = denials._predicate_pattern().pattern
    for forms in (denials._COPULAS, denials._NEGATED_COPULAS, denials._HAVE_FORMS):
        assert "(?:" + "|".join(forms) in pattern  # the pattern is built from the same tuples


@pytest.mark.parametrize("quote", ['"Totally false," ', '"Complete nonsense." ', '"False hopes help nobody," ', '"Untrue. We paid nobody," '])
def test_verdict_fragment_does_not_depend_on_how_verdicts_come(quote):
    verdicts = ["false", "nonsense", "untrue", "not true", "false"]
    shuffled = verdicts[:]
    random.Random(7).shuffle(shuffled)
    answers = {verdict_fragment(quote, 0, len(quote), v) for v in (verdicts, tuple(verdicts), tuple(shuffled), iter(shuffled))}
    assert len(answers) == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_bare_verdict_said_of_a_report_is_a_denial(engine):
    art = newsmodel.extract('"Completely untrue," the harbour master said of the reports that the pier had closed.', engine=engine)
    assert [d.cue.text for d in art.denials] == ["Completely untrue"]


def test_corrected_report_is_a_denial_on_the_rules_engine():
    art = newsmodel.extract("The water board corrected the report, saying the reservoir was half full.", engine="rules")
    assert any(d.cue.text.startswith("corrected") for d in art.denials)


def test_possessed_cue_noun_and_reported_speech_on_the_rules_engine():
    art = newsmodel.extract(
        "Mayor Tilda Grove said the bridge would reopen in May. Grove's pledge to repave the harbour road won praise from traders.",
        engine="rules",
    )
    assert [(s.cue.text, art.speaker_name(s)) for s in art.statements] == [("said", "Tilda Grove"), ("pledge", "Tilda Grove")]
