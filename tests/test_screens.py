"""The denial rules' pre-tests (``extractors/screens.py``) find what a full regex scan finds.

The predicate, "calling" and negation patterns of the denial extractor are
tried only where the words they need are in the text.  These tests draw texts
from those words, their neighbours in other cases, the three characters that
``re.IGNORECASE`` folds differently from ``str.lower`` (İ, ı, ſ), quotes,
underscores and punctuation, and compare with the plain ``finditer`` scans.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.extractors import denials
from newsmodel.extractors.screens import folded, has_word, matches_from

PIECES = [
    "called", "Calls", "CALLING", "label", "labelled", "branded", "describes", "recall", "called_", "_called",
    "the", "claims", "report", "it", "this", "as", "a", "an", "utterly", "baseless", "False", "fake", "lies",
    "allies", "lie", "hoax", "smear", "is", "are", "was", "been", "’s", "'s", "not", "true", "untrue", "no",
    "had", "been", "were", "never", "happened", "did", "take", "place", "nothing", "to", "do", "with",
    "evidence", "role", "in", "Fİction", "lıes", "now", "know", "nobody", "2", "x1",
]
#: Words of the negation cues ("no ... had been", "never happened", "played no role"), and near misses.
NEGATION_PIECES = [
    "no", "No", "NO", "had", "been", "was", "were", "never", "Never", "happened", "took", "place", "did", "not",
    "happen", "occur", "nothing", "to", "do", "with", "played", "role", "in", "evidence", "link", "connection",
    "knowledge", "of", "at", "time", "wrongdoing", "responsible", "involved", "document", "now", "known", "nos", "ſaid", "ıt",
]
SEPARATORS = [" ", "  ", "\n", ", ", ". ", " “", "” ", " '", "' ", " \"", "-", ""]



def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(pieces), st.sampled_from(SEPARATORS)), min_size=1, max_size=14).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


texts = _texts(PIECES)
negation_texts = _texts(NEGATION_PIECES)


def _spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


@settings(max_examples=500, deadline=None)
@given(texts)
def test_calling_and_predicate_matches_equal_full_scans(text):
    low = folded(text)
    assert _spans(denials._calling_matches(text, low)) == _spans(denials._calling_pattern().finditer(text))
    assert _spans(denials._predicate_matches(text, low)) == _spans(denials._predicate_pattern().finditer(text))


@settings(max_examples=500, deadline=None)
@given(negation_texts, st.integers(0, 40), st.integers(0, 200))
def test_negation_screen_never_hides_a_match(text, lo, length):
    hi = min(len(text), lo + length)
    lo = min(lo, hi)
    low = folded(text)
    if low is None or denials._may_hold_negation(text, low, lo, hi):
        return
    assert all(p.search(text, lo, hi) is None for p in denials._negation_patterns())


def test_folded_declines_the_characters_ignorecase_folds_apart():
    assert folded("The Report Is False") == "the report is false"
    for ch in ("İ", "ı", "ſ"):
        assert folded(f"a {ch} b") is None


def test_has_word_reads_word_boundaries_like_the_regex():
    text = "Allies said lies, not_lies; (LIES)"
    low = folded(text)
    assert low is not None
    found = [k for k in range(len(text)) if has_word(text, low, "lies", k, k + 4)]
    import re

    assert found == [m.start() for m in re.finditer(r"\blies\b", text, re.IGNORECASE)]


def test_matches_from_resumes_after_each_match():
    import re

    pattern = re.compile(r"\bab(?:\s+ab)*", re.IGNORECASE)
    text = "ab AB ab xab ab"
    low = folded(text)
    assert low is not None
    assert _spans(matches_from(pattern, text, low, ("ab",))) == _spans(pattern.finditer(text))
