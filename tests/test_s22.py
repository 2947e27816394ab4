"""s22 (issue 13, speed, output-identical): the document helpers made cheaper answer as before.

``AnnotatedDocument.token_at`` tests its offset index inline; whatever the text, it must give the
token a plain scan gives: the last token starting at or before the offset, if it covers it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import AnnotatedDocument, Token


def _scanned(doc: AnnotatedDocument, offset: int) -> Token | None:
    found = None
    for t in doc.tokens:
        if t.start <= offset:
            found = t
    return found if found is not None and found.start <= offset < found.end else None


def _assert_token_at_is_the_scan(doc: AnnotatedDocument) -> None:
    for offset in range(-2, len(doc.text) + 3):
        assert doc.token_at(offset) is _scanned(doc, offset), offset


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("aBc Ö.,'\"-–DEF gh\n\t1"), max_size=80))
def test_token_at_is_the_token_a_scan_finds(text: str) -> None:
    _assert_token_at_is_the_scan(newsmodel.annotate(text, engine="rules"))


def test_token_at_after_the_token_list_is_cut_and_grown() -> None:
    doc = newsmodel.annotate("The envoy from Lisbon met the ferry workers' union on Friday.", engine="rules")
    _assert_token_at_is_the_scan(doc)
    whole = doc.tokens
    doc.tokens = whole[4:]  # replaced: the index is made again
    _assert_token_at_is_the_scan(doc)
    doc.tokens.extend([])  # same list, same length: the index stands
    _assert_token_at_is_the_scan(doc)
    doc.tokens[:0] = whole[:4]  # grown in place: made again
    _assert_token_at_is_the_scan(doc)


def test_extract_finds_actors_through_token_at() -> None:
    article = newsmodel.extract("Mayor Ana Ruiz of Porto said the bridge will reopen in May.", engine="rules")
    assert any("Ana Ruiz" in a.name for a in article.actors)
