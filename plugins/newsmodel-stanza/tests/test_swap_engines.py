"""Engines are swappable: one parse, written once as CoNLL-U, read as a stanza
``Document`` and as a spaCy ``Doc``, gives the same Article through the two
adapters and the unchanged extractors.  The rules engine, which has no parse,
runs on the same text and produces an Article of the same, validated schema.

The fixture (``fixtures/news.conllu``) is four short news paragraphs with a
direct quote, an "according to" attribution, a denial and events, a
multi-word token ("cannot"), a typographic apostrophe and quotes, and
paragraph breaks.  The spaCy side needs spaCy and the newsmodel-spacy plugin,
but no spaCy model: the Doc is built from the CoNLL-U directly.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

pytest.importorskip("stanza", reason="stanza is not installed: pip install -e 'plugins/newsmodel-stanza[test]'")
spacy = pytest.importorskip("spacy", reason="spaCy is not installed (needed for the spaCy side of the swap)")
newsmodel_spacy = pytest.importorskip("newsmodel_spacy", reason="the newsmodel-spacy plugin is not installed")

from stanza.models.coref.coref_chain import CorefChain, CorefMention  # noqa: E402
from stanza_helpers import read_fixture, spacy_doc_from_conllu, stanza_doc_from_conllu, ud_to_clearnlp  # noqa: E402

import newsmodel  # noqa: E402
from newsmodel_stanza import StanzaEngine, doc_to_annotated  # noqa: E402

CONLLU = read_fixture("news.conllu")


def without_parse(conllu: str) -> str:
    """The same CoNLL-U with the HEAD and DEPREL columns emptied."""
    out = []
    for line in conllu.splitlines():
        cols = line.split("\t")
        if len(cols) == 10:
            cols[6] = cols[7] = "_"
        out.append("\t".join(cols))
    return "\n".join(out) + "\n"


def both(conllu: str, *, parse: bool = True):
    """(stanza document, spaCy document) for the same CoNLL-U, through each plugin's converter."""
    vocab = spacy.blank("en").vocab  # no model: the annotation comes from the CoNLL-U
    from_stanza = doc_to_annotated(stanza_doc_from_conllu(conllu if parse else without_parse(conllu)), engine_version="fixture")
    from_spacy = newsmodel_spacy.doc_to_annotated(spacy_doc_from_conllu(conllu, vocab, parse=parse), engine_version="fixture")
    return from_stanza, from_spacy


def dump(article) -> dict:
    data = article.model_dump()
    data.pop("provenance")
    return data


@pytest.fixture(scope="module")
def docs():
    return both(CONLLU)


def test_the_two_adapters_give_the_same_document(docs):
    from_stanza, from_spacy = docs
    assert from_stanza.text == from_spacy.text
    assert from_stanza.has_parse and from_spacy.has_parse
    assert from_stanza.tokens == from_spacy.tokens
    assert from_stanza.sentences == from_spacy.sentences
    assert from_stanza.entities == from_spacy.entities
    assert (from_stanza.engine, from_spacy.engine) == ("stanza", "spacy")


def test_the_two_adapters_give_the_same_article(docs):
    a, b = (newsmodel.run_extractors(d) for d in docs)
    assert dump(a) == dump(b)
    assert (a.provenance.engine, b.provenance.engine) == ("stanza", "spacy")
    assert a.provenance.extractors == b.provenance.extractors
    # the article is not trivially empty: the fixture's attributions are found
    assert any(s.kind == "direct" and a.speaker_name(s) == "Dmitry Peskov" for s in a.statements)
    assert any(s.cue is not None and s.cue.text.startswith("According") for s in a.statements)
    assert a.denials and a.events


def test_spacy_native_labels_give_the_same_article_as_stanza():
    """The parse as spaCy's own parser writes it (ClearNLP labels, prepositions and copulas
    as heads, names as compound chains) goes through newsmodel-spacy's label mapping and
    re-heading, and still gives stanza's Article.

    The documents themselves differ where the two schemes disagree and the converter
    deliberately does not re-head (copulas; "flat" names become "compound"), which is
    why the Articles, not the documents, are compared.
    """
    vocab = spacy.blank("en").vocab
    native = ud_to_clearnlp(CONLLU)
    assert "dobj" in native and "pobj" in native and "attr" in native  # really spaCy's scheme
    from_spacy = newsmodel_spacy.doc_to_annotated(spacy_doc_from_conllu(native, vocab), engine_version="fixture")
    from_stanza = doc_to_annotated(stanza_doc_from_conllu(CONLLU), engine_version="fixture")
    assert [t.text for t in from_spacy.tokens] == [t.text for t in from_stanza.tokens]
    # prepositional phrases are re-headed to UD by the converter
    on = next(t for t in from_spacy.tokens if t.text == "on")
    assert (on.dep, from_spacy.tokens[on.head].text) == ("case", "Iran")
    a, b = newsmodel.run_extractors(from_stanza), newsmodel.run_extractors(from_spacy)
    assert dump(a) == dump(b)
    assert a.statements and a.denials and a.events


def test_same_parse_without_dependencies_gives_the_same_article():
    # the surface path of the extractors (has_parse False), the one the rules engine feeds
    from_stanza, from_spacy = both(CONLLU, parse=False)
    assert not from_stanza.has_parse and not from_spacy.has_parse
    assert from_stanza.tokens == from_spacy.tokens
    assert dump(newsmodel.run_extractors(from_stanza)) == dump(newsmodel.run_extractors(from_spacy))


def test_same_coreference_chains_give_the_same_article(docs):
    stanza_doc = stanza_doc_from_conllu(CONLLU)
    # "He" (sentence 5) is Vladimir Putin (sentence 0, words 2-3), against the nearest-person rule
    stanza_doc.coref = [CorefChain(0, [CorefMention(0, 2, 4), CorefMention(5, 0, 1)], "Vladimir Putin", 0)]
    from_stanza = doc_to_annotated(stanza_doc, engine_version="fixture")
    from_spacy = dataclasses.replace(docs[1], chains=list(from_stanza.chains))  # spaCy has no coref: hand it the same chains
    a, b = newsmodel.run_extractors(from_stanza), newsmodel.run_extractors(from_spacy)
    assert dump(a) == dump(b)
    he = a.text.index("He said")
    putin = next(x for x in a.actors if x.name == "Vladimir Putin")
    assert any(m.start == he for m in putin.mentions)


class FixturePipeline:
    """Stands in for stanza.Pipeline: returns the fixture parse for the fixture text."""

    processors = {"tokenize": None, "mwt": None, "pos": None, "lemma": None, "depparse": None, "ner": None}

    def __call__(self, text):
        doc = stanza_doc_from_conllu(CONLLU)
        assert doc.text == text
        return doc

    def bulk_process(self, texts):
        return [self(t) for t in texts]


def test_engines_swapped_through_extract(docs):
    """``newsmodel.extract`` with engine="stanza"-like and engine="rules": only the engine name changes."""
    text = docs[0].text

    class Plugin:
        @newsmodel.hookimpl
        def register_engines(self, register):  # noqa: ANN001
            register("stanza-fixture", lambda: StanzaEngine.from_pipeline(FixturePipeline(), version="fixture"))

    with newsmodel.registered_plugin(Plugin(), name="stanza-fixture-plugin"):
        via_stanza = newsmodel.extract(text, engine="stanza-fixture", id="news")
        batch = list(newsmodel.extract_many([{"text": text, "id": "news"}], engine="stanza-fixture"))
    via_rules = newsmodel.extract(text, engine="rules", id="news")
    assert dump(batch[0]) == dump(via_stanza)
    assert dump(via_stanza) == dump(newsmodel.run_extractors(docs[1], id="news"))  # = the spaCy adapter's article

    # the rules engine has no parse, so its Article may differ in content, never in kind
    for article in (via_stanza, via_rules):
        assert type(article) is newsmodel.Article
        assert newsmodel.Article.model_validate(article.model_dump()) == article
        assert article.text == text
    assert via_rules.provenance.extractors == via_stanza.provenance.extractors
    assert (via_rules.provenance.engine, via_stanza.provenance.engine) == ("rules", "stanza")

    # where the rules engine applies (a direct quote and a denial need no parse) it agrees
    def quotes(article):
        return {(c.start, c.end, article.speaker_name(s)) for s in article.statements if s.kind == "direct" for c in s.content}

    def denials(article):
        return {(d.cue.start, d.denied.start if d.denied else None, article.actor(d.denier).name) for d in article.denials}

    assert quotes(via_rules) == quotes(via_stanza) != set()
    assert denials(via_rules) == denials(via_stanza) != set()


def test_fixture_text_is_what_the_conllu_says():
    # guard against the fixture and its `# text` comments drifting apart
    texts = re.findall(r"^# text = (.*)$", CONLLU, flags=re.M)
    doc_text = stanza_doc_from_conllu(CONLLU).text
    assert [s for s in re.split(r"(?<=[.])\s+", doc_text)] == texts
