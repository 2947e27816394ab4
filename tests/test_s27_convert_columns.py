"""The spaCy conversion reads only the columns it needs (helper s27, stop 44, issue 13).

``columns_to_annotated`` makes Python lists of the kept tokens' string columns
only, after finding whitespace tokens from the ORTH column, and resolves string
keys in two calls of the shared key -> string cache.  These tests check the
document against spaCy's own token attributes, and that a cache cleared between
(or inside) those calls changes nothing.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._engines import SPACY_ONLY

pytestmark = SPACY_ONLY

#: Word pieces of my own, with whitespace runs (dropped tokens), quotes and names.
PIECES = st.lists(
    st.sampled_from([
        "Ministers", "of", "Norway", "met", "the", "mayor", "in", "Lagos", "\n\n", " ", "  ", "\t\n",
        "said", "“", "”", "’s", ".", ",", "Helga Brun", "protested", "on", "Monday", "\u00a0", "5 million",
    ]),
    max_size=40,
).map(" ".join)

TEXTS = [
    "The envoy of Chile criticised the plan.\n\nOfficials in Oslo said on Friday they would reply.",
    "Farmers  blocked   roads near Lyon .\n\n\n“We will stay,” said Paulo Reis.",
    "  \n Leading space and a trailing one \n",
    "No whitespace runs here: the council voted and the mayor resigned.",
]


def _engine():
    import newsmodel

    return newsmodel.get_engine("spacy")


def _check_against_spacy(text: str) -> None:
    """Every kept token's text, offsets, tags and trailing space as spaCy's tokens hold them."""
    from newsmodel_spacy.normalize import plain_text

    engine = _engine()
    doc = engine.nlp(plain_text(text))
    annotated = engine.annotate(text)
    words = [t for t in doc if not t.text.isspace()]
    assert [t.text for t in annotated.tokens] == [text[t.idx : t.idx + len(t)] for t in words]
    assert [(t.start, t.end) for t in annotated.tokens] == [(t.idx, t.idx + len(t)) for t in words]
    assert [t.pos for t in annotated.tokens] == [t.pos_ for t in words]
    assert [t.tag for t in annotated.tokens] == [t.tag_ for t in words]
    follows = [t.i + 1 < len(doc) and doc[t.i + 1].text.isspace() or bool(t.whitespace_) for t in words]
    assert [t.space_after for t in annotated.tokens] == follows


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_match_spacy_columns(text):
    _check_against_spacy(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PIECES)
def test_tokens_match_spacy_columns_on_varied_texts(text):
    _check_against_spacy(text)


@pytest.mark.parametrize("text", TEXTS)
def test_string_cache_cleared_between_lookups_changes_nothing(text, monkeypatch):
    """With a cache so small that every lookup clears it, the document is the same as with a warm one."""
    from newsmodel_spacy import convert

    engine = _engine()
    warm = engine.annotate(text)
    monkeypatch.setattr(convert, "_MAX_STRINGS", 1)
    cold = engine.annotate(text)
    assert cold == warm
    assert [t.lemma for t in cold.tokens] == [t.lemma for t in warm.tokens]


#: Entity tags of a hand-built doc: begin, inside, outside, missing ("" is IOB 0) and a bare "I" run.
TAGS = st.lists(st.sampled_from(["B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "O", "", "B-GPE"]), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(TAGS)
def test_entity_spans_from_columns_equal_doc_ents(tags):
    """The entities read from the IOB and type columns are ``doc.ents``, spans and labels, on any tag sequence."""
    import spacy
    from spacy.tokens import Doc

    from newsmodel_spacy.convert import _entity_spans

    vocab = spacy.blank("en").vocab
    words = [f"w{k}" for k in range(len(tags))]
    try:
        doc = Doc(vocab, words=words, ents=[t or None for t in tags])
    except ValueError:
        return  # a tag sequence spaCy refuses to build ("I" after "O")
    try:
        expected = [(e.start, e.end, e.label_) for e in doc.ents]
    except ValueError:
        with pytest.raises(ValueError):
            _entity_spans(doc)
        return
    assert _entity_spans(doc) == expected


def test_entity_spans_of_adjacent_and_final_entities():
    import spacy
    from spacy.tokens import Doc

    from newsmodel_spacy.convert import _entity_spans

    doc = Doc(spacy.blank("en").vocab, words=["Ana", "Lopez", "Acme", "Corp", "in", "Peru"],
              ents=["B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "O", "B-GPE"])
    assert _entity_spans(doc) == [(0, 2, "PERSON"), (2, 4, "ORG"), (5, 6, "GPE")]
