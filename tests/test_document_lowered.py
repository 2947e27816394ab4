"""AnnotatedDocument.lowered_texts, lowered_lemmas and token_at: indexes made once per document, shared by the extractors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import AnnotatedDocument


def _engine_doc(text: str) -> AnnotatedDocument:
    return newsmodel.annotate(text, engine="rules")


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from("aBcÄöß İ.,'\"DEF gh\n"), max_size=60))
def test_lowered_texts_are_the_tokens_in_lower_case(text: str) -> None:
    doc = _engine_doc(text)
    assert doc.lowered_texts() == [t.text.lower() for t in doc.tokens]


def test_lowered_texts_follow_a_replaced_token_list() -> None:
    doc = _engine_doc("The Kremlin DENIED the report. Officials said nothing.")
    first = doc.lowered_texts()
    assert "denied" in first and doc.lowered_texts() is first  # made once
    doc.tokens = doc.tokens[:3]
    assert doc.lowered_texts() == [t.text.lower() for t in doc.tokens[:3]]


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from("aBcÄöß İ.,'\"DEF gh\n"), max_size=60))
def test_lowered_lemmas_are_the_lemmas_in_lower_case(text: str) -> None:
    doc = _engine_doc(text)
    assert doc.lowered_lemmas() == [t.lemma.lower() for t in doc.tokens]


def test_lowered_lemmas_follow_a_replaced_token_list() -> None:
    doc = _engine_doc("Officials in Moscow DENIED the report on Tuesday.")
    first = doc.lowered_lemmas()
    assert "moscow" in first and doc.lowered_lemmas() is first  # made once
    doc.tokens = doc.tokens[:3]
    assert doc.lowered_lemmas() == [t.lemma.lower() for t in doc.tokens]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters in Kyiv ACCUSED the government of stealing 1,000 votes; officials denied it.\n"
        "U.S. Officials Deny Report\n“We’re leaving,” said Mr. O’Neil, whose Party lost.",
        "ΣΟΦΙΑ said İstanbul’s mayor was arrested. Straße closures followed in München.",
    ],
)
def test_the_rules_engines_lower_case_lemmas_are_the_lemmas_lower_cased(text: str) -> None:
    # the rules engine hands over the tagger's lower-case lemmas (one per distinct word) when no
    # headline was tagged again; either way the list is the lemmas, lower-cased
    doc = _engine_doc(text)
    assert doc.lowered_lemmas() == [t.lemma.lower() for t in doc.tokens]
    assert doc.lowered_texts() == [t.text.lower() for t in doc.tokens]


def test_token_at_follows_a_replaced_token_list() -> None:
    doc = _engine_doc("Officials in Moscow denied the report.")
    assert [doc.token_at(t.start) for t in doc.tokens] == doc.tokens  # the engine's own index
    assert doc.token_starts() == [t.start for t in doc.tokens]
    assert doc.token_at(doc.tokens[0].end) is None  # the space after "Officials"
    doc.tokens = doc.tokens[3:]
    assert doc.token_at(0) is None and doc.token_at(doc.tokens[0].start) is doc.tokens[0]
    assert doc.token_starts() == [t.start for t in doc.tokens]
