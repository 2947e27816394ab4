"""Invariants every converted document must satisfy, beyond ``check()``."""

from __future__ import annotations


def assert_invariants(doc) -> None:
    doc.check()
    text = doc.text
    n = len(doc.tokens)
    for t in doc.tokens:
        assert t.text and not t.text.isspace(), f"whitespace token kept: {t!r}"
        assert t.end == t.start + len(t.text)
        assert t.space_after == (t.end < len(text) and text[t.end].isspace()), t
        if doc.has_parse:
            assert t.dep, t
            assert (t.head is None) == (t.dep == "root"), t
            assert t.dep == t.dep.lower()
        else:
            assert t.head is None and t.dep == ""
    # heads form a forest within each sentence
    for t in doc.tokens:
        seen = set()
        k = t.i
        while doc.tokens[k].head is not None:
            assert k not in seen, f"cycle through token {k}"
            seen.add(k)
            h = doc.tokens[k].head
            assert doc.tokens[h].sent == doc.tokens[k].sent, f"head of {k} crosses a sentence"
            k = h
        assert len(seen) <= n
    for s in doc.sentences:
        assert s.token_end > s.token_start
        assert s.start == doc.tokens[s.token_start].start
        assert s.end == doc.tokens[s.token_end - 1].end
    for e in doc.entities:
        span = text[e.start : e.end]
        assert span and span == span.strip(), e
        assert e.start == doc.tokens[e.token_start].start
        assert e.end == doc.tokens[e.token_end - 1].end
        assert e.label
