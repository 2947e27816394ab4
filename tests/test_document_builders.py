"""The column builders of newsmodel.document (new_tokens, new_sentences, new_entities) make ordinary,
frozen objects: equal to and hashing like the ones the dataclass constructors make."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.document import Entity, Sentence, Token, new_entities, new_sentences, new_tokens, new_unparsed_tokens


@st.composite
def _token_columns(draw):  # type: ignore[no-untyped-def]
    """Offsets of n tokens in order, and token ranges (sentence bounds, entity spans) over them."""
    lengths = draw(st.lists(st.integers(1, 5), min_size=1, max_size=12))
    gaps = draw(st.lists(st.integers(0, 2), min_size=len(lengths), max_size=len(lengths)))
    starts, ends, at = [], [], 0
    for gap, length in zip(gaps, lengths):
        at += gap
        starts.append(at)
        at += length
        ends.append(at)
    n = len(starts)
    cuts = sorted(draw(st.sets(st.integers(1, n - 1), max_size=n - 1)) if n > 1 else set())
    edges = [0, *cuts, n]
    bounds = list(zip(edges, edges[1:]))
    labels = st.sampled_from(["PERSON", "ORG", "GPE", "DATE"])
    spans = [(a, b, draw(labels)) for a, b in bounds if draw(st.booleans())]
    return starts, ends, bounds, spans


@settings(max_examples=40, deadline=None)
@given(_token_columns())
def test_sentences_and_entities_are_the_constructors_objects(columns) -> None:  # type: ignore[no-untyped-def]
    starts, ends, bounds, spans = columns
    sentences = new_sentences(bounds, starts, ends)
    entities = new_entities(spans, starts, ends)
    expected_sentences = [Sentence(starts[a], ends[b - 1], a, b) for a, b in bounds]
    expected_entities = [Entity(starts[a], ends[b - 1], label, a, b) for a, b, label in spans]
    assert sentences == expected_sentences and entities == expected_entities
    assert [type(s) for s in sentences] == [Sentence] * len(bounds)
    assert [type(e) for e in entities] == [Entity] * len(spans)
    assert list(map(hash, sentences)) == list(map(hash, expected_sentences))
    assert list(map(hash, entities)) == list(map(hash, expected_entities))


@settings(max_examples=40, deadline=None)
@given(_token_columns())
def test_tokens_are_the_constructors_objects(columns) -> None:  # type: ignore[no-untyped-def]
    starts, ends, bounds, _ = columns
    n = len(starts)
    texts = ["x" * (b - a) for a, b in zip(starts, ends)]
    sents = [k for k, (a, b) in enumerate(bounds) for _ in range(a, b)]
    heads = [None if k % 2 else 0 for k in range(n)]
    deps = ["" if k % 2 else "nsubj" for k in range(n)]
    spaces = [k % 3 == 0 for k in range(n)]
    tokens = new_tokens(texts, starts, ends, texts, ["NOUN"] * n, sents, heads, deps, ["NN"] * n, spaces)
    expected = [
        Token(k, texts[k], starts[k], ends[k], texts[k], "NOUN", sents[k], heads[k], deps[k], "NN", spaces[k])
        for k in range(n)
    ]
    assert tokens == expected and [type(t) for t in tokens] == [Token] * n
    assert list(map(hash, tokens)) == list(map(hash, expected))


def test_built_objects_stay_frozen() -> None:
    sentence = new_sentences([(0, 1)], [0], [3])[0]
    entity = new_entities([(0, 1, "ORG")], [0], [3])[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        sentence.start = 1  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        entity.label = "PERSON"  # type: ignore[misc]
    assert dataclasses.replace(entity, label="PERSON") == Entity(0, 3, "PERSON", 0, 1)


@settings(max_examples=40, deadline=None)
@given(_token_columns())
def test_unparsed_tokens_are_tokens_without_a_parse(columns) -> None:  # type: ignore[no-untyped-def]
    starts, ends, bounds, _ = columns
    n = len(starts)
    texts = ["y" * (b - a) for a, b in zip(starts, ends)]
    sents = [k for k, (a, b) in enumerate(bounds) for _ in range(a, b)]
    spaces = [k % 2 == 0 for k in range(n)]
    tokens = new_unparsed_tokens(texts, starts, ends, texts, ["VERB"] * n, sents, spaces)
    assert tokens == new_tokens(texts, starts, ends, texts, ["VERB"] * n, sents, [None] * n, [""] * n, [""] * n, spaces)
    assert tokens == [Token(k, texts[k], starts[k], ends[k], texts[k], "VERB", sents[k], space_after=spaces[k]) for k in range(n)]
