"""AnnotatedDocument.lowered_texts and lowered_lemmas: one lower-case list each per document, shared by the extractors."""

from __future__ import annotations

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
