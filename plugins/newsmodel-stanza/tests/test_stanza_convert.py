"""The converter on stanza Documents built offline with stanza's own classes."""

from __future__ import annotations

import pytest

pytest.importorskip("stanza", reason="stanza is not installed: pip install -e 'plugins/newsmodel-stanza[test]'")

from stanza.models.common.doc import Document  # noqa: E402
from stanza.models.coref.coref_chain import CorefChain, CorefMention  # noqa: E402
from stanza_helpers import assert_invariants, read_fixture, stanza_doc_from_conllu  # noqa: E402

import newsmodel  # noqa: E402
from newsmodel_stanza import ConversionError, decode_bioes, doc_to_annotated  # noqa: E402


def w(i, text, start=None, end=None, *, lemma=None, upos="X", head=None, deprel=None, ner=None, xpos=None):
    """One CoNLL-U style word dict (``i`` a tuple for an MWT range)."""
    d = {"id": i, "text": text}
    if lemma is not None:
        d["lemma"] = lemma
    if not isinstance(i, tuple):
        d["upos"] = upos
    if xpos is not None:
        d["xpos"] = xpos
    if head is not None:
        d["head"], d["deprel"] = head, deprel
    if start is not None:
        d["start_char"], d["end_char"] = start, end
    if ner is not None:
        d["ner"] = ner
    return d


@pytest.fixture(scope="module")
def news():
    return doc_to_annotated(stanza_doc_from_conllu(read_fixture("news.conllu")), engine_version="test")


def test_news_fixture_converts_to_a_valid_document(news):
    assert_invariants(news)
    assert news.engine == "stanza" and news.engine_version == "test" and news.has_parse
    assert len(news.sentences) == 7
    assert [news.text[s.start : s.end][:12] for s in news.sentences[:3]] == ["Russian Pres", "“This is a g", "According to"]


def test_heads_are_document_indices_and_relations_lower_case_ud(news):
    by_text = {}
    for t in news.tokens:
        by_text.setdefault(t.text, t)
    putin, vladimir, condemned = by_text["Putin"], by_text["Vladimir"], by_text["condemned"]
    assert (putin.head, putin.dep) == (vladimir.i, "flat")
    assert (vladimir.head, vladimir.dep) == (condemned.i, "nsubj")
    assert (condemned.head, condemned.dep) == (None, "root")
    # second sentence: stanza's 1-based head 13 ("told") is a document index here
    told = by_text["told"]
    mistake = by_text["mistake"]
    assert told.sent == 1 and mistake.head == told.i and mistake.dep == "ccomp"
    tehran_s = [t for t in news.tokens if t.text == "’s"][0]
    assert tehran_s.dep == "case" and news.tokens[tehran_s.head].text == "Tehran"
    poss = news.tokens[tehran_s.head]
    assert poss.dep == "nmod:poss"


def test_tokens_carry_upos_ptb_tags_and_lemmas(news):
    told = next(t for t in news.tokens if t.text == "told")
    assert (told.pos, told.tag, told.lemma) == ("VERB", "VBD", "tell")
    this = next(t for t in news.tokens if t.text == "This")
    assert this.lemma == "this"
    iran = next(t for t in news.tokens if t.text == "Iran")
    assert iran.lemma == "Iran", "proper nouns keep their case"


def test_bioes_entities_become_spans_with_ontonotes_labels(news):
    got = [(news.text[e.start : e.end], e.label) for e in news.entities]
    assert ("Vladimir Putin", "PERSON") in got
    assert ("Iranian Foreign Ministry", "ORG") in got
    assert ("Russian", "NORP") == got[0], "an entity on the first token of the document"
    assert got.count(("Tehran", "GPE")) == 2
    for e in news.entities:
        toks = news.tokens[e.token_start : e.token_end]
        assert " ".join(t.text for t in toks).replace(" ’s", "’s") == news.text[e.start : e.end]


def test_paragraph_breaks_are_whitespace_after_the_last_token(news):
    dot = news.tokens[news.sentences[1].token_end - 1]
    assert dot.text == "." and dot.space_after
    assert news.text[dot.end : dot.end + 2] == "\n\n"
    assert not news.tokens[-1].space_after


def test_mwt_words_with_their_own_offsets_keep_them(news):
    can, neg = [t for t in news.tokens if t.text in ("can", "not")]
    assert (can.lemma, neg.lemma) == ("can", "not")
    assert news.text[can.start : neg.end] == "cannot" and can.end == neg.start
    assert not can.space_after and neg.space_after
    assert neg.head == can.head and news.tokens[can.head].text == "confirm"


def test_mwt_words_without_offsets_take_the_parent_token_offsets():
    text = "We cannot go"
    doc = Document(
        [[
            w(1, "We", 0, 2, lemma="we", upos="PRON", head=4, deprel="nsubj", ner="O"),
            w((2, 3), "cannot", 3, 9, ner="O"),
            w(2, "can", lemma="can", upos="AUX", head=4, deprel="aux"),
            w(3, "not", lemma="not", upos="PART", head=4, deprel="advmod"),
            w(4, "go", 10, 12, lemma="go", upos="VERB", head=0, deprel="root", ner="O"),
        ]],
        text=text,
    )
    ann = doc_to_annotated(doc)
    assert_invariants(ann)
    assert [(t.text, t.start, t.end, t.lemma, t.pos) for t in ann.tokens] == [
        ("We", 0, 2, "we", "PRON"),
        ("cannot", 3, 9, "can", "AUX"),
        ("cannot", 3, 9, "not", "PART"),
        ("go", 10, 12, "go", "VERB"),
    ]
    assert [t.head for t in ann.tokens] == [3, 3, 3, None]
    assert ann.token_at(5).text == "cannot"


def test_mwt_that_is_not_a_split_of_its_token_uses_the_parent_offsets():
    # French "du" = "de" + "le": the words are not substrings of the token
    conllu = (
        "1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\tner=O\n"
        "2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\tner=O\n"
        "3-4\tdu\t_\t_\t_\t_\t_\t_\t_\tner=O\n"
        "3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_\n"
        "4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\n"
        "5\tPrésident\tprésident\tNOUN\t_\t_\t2\tobl\t_\tner=O|SpaceAfter=No\n"
        "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tner=O\n\n"
    )
    ann = doc_to_annotated(stanza_doc_from_conllu(conllu))
    assert_invariants(ann)
    assert ann.text == "Il parle du Président."
    de, le = ann.tokens[2], ann.tokens[3]
    assert (de.text, de.start, de.end, de.lemma) == ("du", 9, 11, "de")
    assert (le.text, le.start, le.end, le.lemma) == ("du", 9, 11, "le")
    assert ann.tokens[4].text == "Président" and ann.tokens[4].end == 21


def test_entities_at_sentence_edges_and_over_an_mwt():
    # no final punctuation: the entity is the last token of the sentence and of the text
    text = "Putin met Netanyahu\nJosé Müller cannot stay"
    doc = Document(
        [
            [
                w(1, "Putin", 0, 5, upos="PROPN", head=2, deprel="nsubj", ner="S-PER"),
                w(2, "met", 6, 9, upos="VERB", head=0, deprel="root", ner="O"),
                w(3, "Netanyahu", 10, 19, upos="PROPN", head=2, deprel="obj", ner="S-PERSON"),
            ],
            [
                w(1, "José", 20, 24, upos="PROPN", head=4, deprel="nsubj", ner="B-PERSON"),
                w(2, "Müller", 25, 31, upos="PROPN", head=1, deprel="flat", ner="E-PERSON"),
                w((3, 4), "cannot", 32, 38, ner="S-MISC"),
                w(3, "can", upos="AUX", head=5, deprel="aux"),
                w(4, "not", upos="PART", head=5, deprel="advmod"),
                w(5, "stay", 39, 43, upos="VERB", head=0, deprel="root", ner="O"),
            ],
        ],
        text=text,
    )
    ann = doc_to_annotated(doc)
    assert_invariants(ann)
    got = [(text[e.start : e.end], e.label, e.token_start, e.token_end) for e in ann.entities]
    assert got == [
        ("Putin", "PERSON", 0, 1),  # CoNLL-03 PER renamed
        ("Netanyahu", "PERSON", 2, 3),
        ("José Müller", "PERSON", 3, 5),
        ("cannot", "MISC", 5, 7),  # both words of the multi-word token
    ]
    assert ann.sentences[1].start == 20 and ann.tokens[2].space_after  # the newline counts as whitespace


def test_non_ascii_offsets_are_python_string_offsets():
    text = "«Nein», sagte Ćorić 😀 in Zürich."
    words = text.replace("«", "« ").replace("»", " »").replace(",", " ,").replace(".", " .").split()
    sent, pos = [], 0
    for k, form in enumerate(words, start=1):
        start = text.index(form, pos)
        pos = start + len(form)
        sent.append(w(k, form, start, pos, head=0 if k == 3 else 3, deprel="root" if k == 3 else "dep",
                      ner="S-GPE" if form == "Zürich" else ("S-PERSON" if form == "Ćorić" else "O")))
    ann = doc_to_annotated(Document([sent], text=text))
    assert_invariants(ann)
    assert [t.text for t in ann.tokens] == words
    assert [text[e.start : e.end] for e in ann.entities] == ["Ćorić", "Zürich"]


def _chain(index, mentions, rep):
    return CorefChain(index, [CorefMention(*m) for m in mentions], "", rep)


def test_coref_chains_become_character_spans(news):
    doc = stanza_doc_from_conllu(read_fixture("news.conllu"))
    # sentence 5 is "He said Russia ...", sentence 0 "... Vladimir Putin ...", sentence 4 "Peskov denied ..."
    doc.coref = [
        _chain(0, [(5, 0, 1), (0, 2, 4)], 1),  # He, Vladimir Putin
        _chain(1, [(4, 0, 1), (4, 0, 1)], 0),  # a duplicated mention
        _chain(2, [(2, 10, 12), (3, 4, 7)], 0),  # "12 people", "cannot confirm" over the MWT words
    ]
    ann = doc_to_annotated(doc)
    assert_invariants(ann)
    spans = [[ann.text[a:b] for a, b in c.mentions] for c in ann.chains]
    assert spans == [["Vladimir Putin", "He"], ["Peskov"], ["12 people", "cannot confirm"]]
    assert [c.representative for c in ann.chains] == [0, 0, 0]
    # the representative follows its mention when the mentions are re-sorted
    doc.coref = [_chain(0, [(5, 0, 1), (0, 2, 4)], 0)]
    only = doc_to_annotated(doc).chains[0]
    assert ann.text[slice(*only.mentions[only.representative])] == "He"


def test_zero_anaphora_mentions_are_dropped():
    from stanza.utils.conll import CoNLL

    conllu = (
        "1\tShe\tshe\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tlikes\tlike\tVERB\t_\t_\t0\troot\t_\t_\n"
        "3\ttea\ttea\tNOUN\t_\t_\t2\tobj\t_\t_\n"
        "4\tand\tand\tCCONJ\t_\t_\t5\tcc\t_\t_\n"
        "5\the\the\tPRON\t_\t_\t2\tconj\t_\t_\n"
        "5.1\tlikes\tlike\tVERB\t_\t_\t_\t_\t2:conj\t_\n"
        "6\tcoffee\tcoffee\tNOUN\t_\t_\t5\torphan\t_\tSpaceAfter=No\n\n"
    )
    doc = CoNLL.conll2doc(input_str=conllu, reconstruct_text=True, ignore_gapping=False)
    doc.coref = [
        _chain(0, [(0, (5, 1), (5, 1)), (0, 1, 2)], 0),  # the elided "likes" (an empty node) and "likes"
        _chain(1, [(0, (5, 1), (5, 1))], 0),  # only the empty node: nothing left, chain dropped
    ]
    ann = doc_to_annotated(doc)
    assert_invariants(ann)
    assert len(ann.tokens) == 6, "empty nodes are not tokens"
    assert [[ann.text[a:b] for a, b in c.mentions] for c in ann.chains] == [["likes"]]
    assert ann.chains[0].representative == 0


def test_the_actor_extractor_follows_injected_chains():
    doc = stanza_doc_from_conllu(read_fixture("news.conllu"))
    plain = newsmodel.run_extractors(doc_to_annotated(doc))
    he = plain.text.index("He said")

    def owner(article):
        return next(a.name for a in article.actors for m in a.mentions if m.start == he)

    assert owner(plain) == "Dmitry Peskov"  # without chains: the nearest person before the pronoun
    doc.coref = [_chain(0, [(0, 2, 4), (5, 0, 1)], 0)]  # the chain says "He" is Putin
    chained = newsmodel.run_extractors(doc_to_annotated(doc))
    assert owner(chained) == "Vladimir Putin"
    assert chained.statements and any(chained.speaker_name(s) == "Vladimir Putin" for s in chained.statements)


def test_document_without_parse_has_no_heads():
    text = "Putin spoke."
    doc = Document([[w(1, "Putin", 0, 5, upos="PROPN", ner="S-PERSON"), w(2, "spoke", 6, 11, upos="VERB"), w(3, ".", 11, 12, upos="PUNCT")]], text=text)
    ann = doc_to_annotated(doc)
    assert_invariants(ann)
    assert not ann.has_parse and all(t.head is None and t.dep == "" for t in ann.tokens)
    assert [e.label for e in ann.entities] == ["PERSON"]


def test_empty_document():
    ann = doc_to_annotated(Document([], text=""))
    assert ann.text == "" and ann.tokens == [] and ann.sentences == [] and ann.check() is ann


def test_document_without_text_or_offsets_is_a_clear_error():
    sent = [[w(1, "Hello", upos="INTJ", head=0, deprel="root")]]
    with pytest.raises(ConversionError, match="no text"):
        doc_to_annotated(Document(sent))
    with pytest.raises(ConversionError, match="no character offsets"):
        doc_to_annotated(Document(sent, text="Hello"))
    with pytest.raises(ConversionError, match="outside the text"):
        doc_to_annotated(Document([[w(1, "Hello", 0, 9, head=0, deprel="root")]], text="Hello"))


@pytest.mark.parametrize(
    "tags, spans",
    [
        (["S-PERSON", "O", "B-ORG", "I-ORG", "E-ORG"], [(0, 1, "PERSON"), (2, 5, "ORG")]),
        (["B-GPE", "E-GPE", "S-GPE"], [(0, 2, "GPE"), (2, 3, "GPE")]),
        (["I-ORG", "E-ORG", None, "E-LOC"], [(0, 2, "ORG"), (3, 4, "LOC")]),  # no B-: still an entity
        (["B-ORG", "I-GPE", "E-GPE"], [(0, 1, "ORG"), (1, 3, "GPE")]),  # type change starts a new one
        (["B-ORG", "I-ORG"], [(0, 2, "ORG")]),  # unterminated at the end (BIO)
        (["B-ORG", "B-ORG", "O", "O"], [(0, 1, "ORG"), (1, 2, "ORG")]),
        (["PERSON", "O"], [(0, 1, "PERSON")]),  # a bare label
        ([], []),
    ],
)
def test_decode_bioes(tags, spans):
    assert decode_bioes(tags) == spans
