"""Invariants over arbitrary input (hypothesis)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel

QUOTES = "\"“”‘’«»„'"
news_alphabet = st.sampled_from(list(QUOTES) + list(" \n.,:;?!—–-") + list("abcXYZ") + ["Putin", "said", "denied", "according to", "strikes", "Iran", "he", " ", "é", "日本", "🙂", "\u0301", "\x00"])
newsish = st.lists(news_alphabet, max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=300), newsish)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_any_text_gives_a_valid_article_that_round_trips(text):
    art = newsmodel.extract(text)
    # every span equals its slice (the Article validated it, but check directly too)
    for a in art.actors:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text
    for s in art.statements:
        for c in s.content:
            assert text[c.start : c.end] == c.text
    assert newsmodel.Article.model_validate_json(art.model_dump_json()) == art


@settings(max_examples=50, deadline=None)
@given(newsish)
def test_extraction_is_deterministic(text):
    assert newsmodel.extract(text) == newsmodel.extract(text)


#: Pieces that meet the tokenizer's special cases: abbreviations, initials, contractions, ellipses.
tokenizer_pieces = st.sampled_from(["Mr.", "Sept", ".", "...", "…", "U.S.", "n't", "’s", "'", "e-mr", "a@b.co", "http://x.org/a", "5", "\n", " ", "Jan", "co"])
tokenizer_text = st.lists(tokenizer_pieces, max_size=40).map("".join)


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(max_size=200), tokenizer_text))
def test_rules_engine_document_is_consistent(text):
    doc = newsmodel.annotate(text)
    doc.check()
    # the engine vouches for its own documents, so check() does not re-read them;
    # a copy carries no vouching and gets the full check
    dataclasses.replace(doc).check()
    covered = set()
    for t in doc.tokens:
        covered.update(range(t.start, t.end))
    # every non-space character is in some token
    assert all(k in covered for k, ch in enumerate(text) if not ch.isspace() and not _dropped_period(text, k))
    # and in one only: tokens do not overlap
    assert all(a.end <= b.start for a, b in zip(doc.tokens, doc.tokens[1:]))


def _dropped_period(text: str, k: int) -> bool:
    """A period the tokenizer leaves out: right after letters of an abbreviation inside a longer word ("e-mr.")."""
    from newsmodel.engines.rules.tokenizer import ABBREVIATIONS

    j = k
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[k] == "." and j < k and text[j:k].lower() in ABBREVIATIONS


def test_a_vouched_document_changed_after_it_was_built_is_checked_again():
    doc = newsmodel.annotate("Mr. Smith said hello. Then he left.")
    doc.check()
    doc.tokens.pop()
    with pytest.raises(newsmodel.DocumentError):
        doc.check()
