"""Property test: every generated stanza Document converts to a valid annotated document."""

from __future__ import annotations

import pytest

pytest.importorskip("stanza", reason="stanza is not installed: pip install -e 'plugins/newsmodel-stanza[test]'")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from stanza_helpers import assert_invariants  # noqa: E402
from stanza_strategies import stanza_documents  # noqa: E402

import newsmodel  # noqa: E402
from newsmodel_stanza import decode_bioes, doc_to_annotated  # noqa: E402


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stanza_documents())
def test_conversion_always_gives_a_valid_document(drawn):
    ann = doc_to_annotated(drawn.doc)
    assert_invariants(ann)
    assert ann.has_parse == (drawn.has_parse and sum(drawn.words_per_sentence) > 0)
    assert [s.token_end - s.token_start for s in ann.sentences] == drawn.words_per_sentence
    # heads: stanza's 1-based sentence heads, as document indices
    for sent, heads in zip(ann.sentences, drawn.heads):
        for k, h in enumerate(heads):
            tok = ann.tokens[sent.token_start + k]
            if h is None or h[0] == 0:
                assert tok.head is None
            else:
                assert tok.head == sent.token_start + h[0] - 1 and tok.dep == h[1].lower()
    # entities: one per decoded tag span, never across a sentence
    expected = sum(len(decode_bioes([t.ner for t in s.tokens])) for s in drawn.doc.sentences)
    assert len(ann.entities) == expected
    assert all(e.label != "PER" for e in ann.entities)
    # chains: one per stanza chain (no zero anaphora generated), mentions inside the text
    assert len(ann.chains) == len(drawn.doc.coref)
    # multi-word tokens: every word inside its token; words with offsets of their own keep them
    k = 0
    for sent in drawn.doc.sentences:
        for token in sent.tokens:
            for word in token.words:
                tok = ann.tokens[k]
                assert token.start_char <= tok.start < tok.end <= token.end_char
                if word.start_char is not None and len(token.words) > 1:
                    assert (tok.start, tok.end, tok.text) == (word.start_char, word.end_char, word.text)
                k += 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stanza_documents(max_sentences=3))
def test_extractors_accept_every_converted_document(drawn):
    article = newsmodel.run_extractors(doc_to_annotated(drawn.doc))
    assert article.text == drawn.doc.text
    type(article).model_validate(article.model_dump())
