"""Conversion of spaCy docs: offsets, whitespace, sentences, entities, UD relations."""

from __future__ import annotations

import pytest
from helpers import assert_invariants

spacy = pytest.importorskip("spacy")

from newsmodel_spacy import DEP_MAP, doc_to_annotated, map_dep  # noqa: E402

NEWS = [
    # curly quotes, possessive with a curly apostrophe, a double space, paragraph breaks
    "“We will not back down,” Prime Minister Benjamin Netanyahu said on Sunday, a day after US "
    "strikes on Iran’s nuclear sites.  Tehran denied the report.\n\nOfficials in Washington declined to comment.",
    # non-ASCII names and currency, em dashes, a trailing newline
    "São Paulo — Brazil’s central bank raised rates to 14.25%, said Gabriel Galípolo, "
    "while Zürich-based UBS cut its forecast by €5bn.\n",
    # leading whitespace, tabs, CRLF, a bullet list
    "\n\n   BERLIN (Reuters) -\tGerman Chancellor Friedrich Merz said on Tuesday that Germany would "
    "increase defence spending.\r\n\r\n• NATO allies welcomed the move.\r\n• Russia condemned it.  ",
    # quotes inside quotes, ellipsis, brackets, numbers, an emoji, non-Latin scripts
    "The minister told reporters: ‘I said “never”… and I meant it [sic].’ 😀 "
    "Москва и Киев не прокомментировали. 北京 declined to comment (see p. 3).",
    # a headline without a verb and a dateline sentence
    "In Paris.\nKYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy was criticized by Putin "
    "after meeting European leaders in Brussels.",
]


@pytest.mark.parametrize("text", NEWS)
def test_news_paragraphs_pass_check(annotate, text):
    doc = annotate(text)
    assert doc.tokens and doc.sentences
    assert doc.has_parse
    assert_invariants(doc)


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\r\n  \u00a0 ", "\u2003\u3000"])
def test_empty_and_whitespace_only(annotate, text):
    doc = annotate(text)
    assert doc.text == text
    assert doc.tokens == [] and doc.sentences == [] and doc.entities == []
    assert doc.engine == "spacy"


def test_provenance(engine, annotate):
    doc = annotate("Smith said it.")
    assert doc.engine == "spacy"
    assert doc.engine_version == engine.version
    assert doc.engine_version.startswith(spacy.__version__ + "/")
    assert "en_core_web_sm" in doc.engine_version


def test_whitespace_tokens_dropped_and_indices_contiguous(annotate):
    text = "He left.\n\nShe  stayed.\n"
    doc = annotate(text)
    assert [t.text for t in doc.tokens] == ["He", "left", ".", "She", "stayed", "."]
    assert [t.i for t in doc.tokens] == list(range(6))
    assert [t.space_after for t in doc.tokens] == [True, False, True, True, False, True]
    assert [(s.token_start, s.token_end) for s in doc.sentences] == [(0, 3), (3, 6)]
    assert [doc.span_text(s.start, s.end) for s in doc.sentences] == ["He left.", "She  stayed."]
    stayed = doc.tokens[4]
    assert stayed.dep == "root" and stayed.head is None
    assert doc.tokens[3].head == 4 and doc.tokens[3].dep == "nsubj"


def test_token_fields(annotate):
    doc = annotate("The protesters were arrested by Putin’s police.")
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["The"].lemma == "the"  # lower-cased lemma for non-proper nouns
    assert by_text["were"].lemma == "be"
    assert by_text["arrested"].lemma == "arrest"
    assert by_text["Putin"].lemma == "Putin" and by_text["Putin"].pos == "PROPN"
    assert by_text["protesters"].pos == "NOUN" and by_text["protesters"].tag == "NNS"
    assert by_text["were"].dep == "aux:pass"
    assert by_text["protesters"].dep == "nsubj:pass"


# -- UD restructuring --------------------------------------------------------


def _tok(doc, text, nth=0):
    return [t for t in doc.tokens if t.text == text][nth]


def test_pp_under_noun_is_nmod_with_case(annotate):
    doc = annotate("US strikes on Iran's nuclear sites drew condemnation.")
    strikes, on, sites = _tok(doc, "strikes"), _tok(doc, "on"), _tok(doc, "sites")
    assert sites.head == strikes.i and sites.dep == "nmod"
    assert on.head == sites.i and on.dep == "case"
    iran = _tok(doc, "Iran")
    assert iran.head == sites.i and iran.dep == "nmod:poss"
    assert _tok(doc, "'s").dep == "case" and _tok(doc, "'s").head == iran.i


def test_passive_agent_is_obl_agent(annotate):
    doc = annotate("He was criticized by Putin.")
    criticized, by, putin = _tok(doc, "criticized"), _tok(doc, "by"), _tok(doc, "Putin")
    assert putin.head == criticized.i and putin.dep == "obl:agent"
    assert by.head == putin.i and by.dep == "case"
    assert _tok(doc, "He").dep == "nsubj:pass"


def test_pp_under_verb_is_obl(annotate):
    doc = annotate("Protesters gathered in the capital.")
    capital = _tok(doc, "capital")
    assert capital.dep == "obl" and capital.head == _tok(doc, "gathered").i
    assert _tok(doc, "in").dep == "case" and _tok(doc, "in").head == capital.i


def test_prepositional_dative_is_obl(annotate):
    doc = annotate("He gave the book to Mary.")
    mary, gave = _tok(doc, "Mary"), _tok(doc, "gave")
    assert mary.head == gave.i and mary.dep == "obl"
    assert _tok(doc, "book").dep == "obj"


def test_clausal_pcomp_becomes_advcl_with_mark(annotate):
    doc = annotate("After meeting Putin, Trump said that talks went well.")
    meeting, after, said = _tok(doc, "meeting"), _tok(doc, "After"), _tok(doc, "said")
    assert meeting.head == said.i and meeting.dep == "advcl"
    assert after.head == meeting.i and after.dep == "mark"


def test_coordinated_pps(annotate):
    doc = annotate("He was killed by a bomb and by gunfire.")
    bomb, gunfire, and_ = _tok(doc, "bomb"), _tok(doc, "gunfire"), _tok(doc, "and")
    assert bomb.dep == "obl:agent"
    assert gunfire.head == bomb.i and gunfire.dep == "conj"
    assert _tok(doc, "by", 1).head == gunfire.i and _tok(doc, "by", 1).dep == "case"
    assert and_.head == gunfire.i and and_.dep == "cc"


def test_conj_chain_flattened_and_cc_on_following_conjunct(annotate):
    doc = annotate("He met leaders of France, Germany and Italy.")
    france, germany, italy = _tok(doc, "France"), _tok(doc, "Germany"), _tok(doc, "Italy")
    assert germany.head == france.i and germany.dep == "conj"
    assert italy.head == france.i and italy.dep == "conj"
    assert _tok(doc, "and").head == italy.i


def test_compound_preposition(annotate):
    doc = annotate("She ran out of the room.")
    room = _tok(doc, "room")
    assert room.dep == "obl" and room.head == _tok(doc, "ran").i
    assert {_tok(doc, "out").head, _tok(doc, "of").head} == {room.i}


def test_function_words_take_no_dependents_and_no_clearnlp_labels_remain(annotate):
    doc = annotate("Officials in Washington said that strikes on Iran by US forces, after talks with allies, would continue.")
    for t in doc.tokens:
        if t.dep in ("case", "mark"):
            assert not doc.children(t.i) or all(c.dep in ("fixed", "case") for c in doc.children(t.i)), t
    labels = {t.dep for t in doc.tokens}
    assert not labels & {"prep", "pobj", "dobj", "nsubjpass", "auxpass", "poss", "relcl", "ROOT"}


def test_said_sentence_has_ccomp(annotate):
    doc = annotate("The minister said the talks had failed.")
    said, failed = _tok(doc, "said"), _tok(doc, "failed")
    assert failed.head == said.i and failed.dep == "ccomp"
    assert _tok(doc, "minister").dep == "nsubj" and _tok(doc, "minister").head == said.i


def test_negation_is_advmod(annotate):
    doc = annotate("Iran did not confirm the attack.")
    assert _tok(doc, "not").dep == "advmod" and _tok(doc, "not").lemma == "not"


# -- entities ----------------------------------------------------------------


def test_entities_with_ontonotes_labels(annotate):
    text = "Vladimir Putin met Emmanuel Macron in Moscow on Tuesday, the Kremlin said."
    doc = annotate(text)
    got = {(doc.span_text(e.start, e.end), e.label) for e in doc.entities}
    assert ("Vladimir Putin", "PERSON") in got
    assert ("Moscow", "GPE") in got
    assert ("Tuesday", "DATE") in got
    putin = next(e for e in doc.entities if e.label == "PERSON")
    assert [t.text for t in doc.tokens[putin.token_start : putin.token_end]] == ["Vladimir", "Putin"]


def test_entity_token_ranges_use_new_indices(annotate):
    doc = annotate("Talks ended.\n\n\nAngela Merkel arrived in Berlin.")
    merkel = next(e for e in doc.entities if e.label == "PERSON")
    assert doc.span_text(merkel.start, merkel.end) == "Angela Merkel"
    assert (merkel.token_start, merkel.token_end) == (3, 5)


# -- hand-built docs (no model needed) ---------------------------------------


def test_unparsed_doc():
    nlp = spacy.blank("en")
    doc = doc_to_annotated(nlp("Hello  world.\n\nBye"))
    assert_invariants(doc)
    assert not doc.has_parse
    assert [t.text for t in doc.tokens] == ["Hello", "world", ".", "Bye"]
    assert all(t.head is None and t.dep == "" for t in doc.tokens)
    assert len(doc.sentences) == 1 and doc.sentences[0].token_end == 4
    assert doc.engine == "spacy"


def test_head_on_skipped_token_is_remapped():
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    words = ["A", "\n\n", "B", "C"]
    # A -> "\n\n" -> C (root); B -> C
    doc = Doc(vocab, words=words, spaces=[False, False, True, False], heads=[1, 3, 3, 3], deps=["amod", "dep", "nsubj", "ROOT"])
    out = doc_to_annotated(doc)
    assert_invariants(out)
    assert [t.text for t in out.tokens] == ["A", "B", "C"]
    assert [t.head for t in out.tokens] == [2, 2, None]
    assert [t.dep for t in out.tokens] == ["amod", "nsubj", "root"]
    # a whitespace root: its dependents become roots
    doc = Doc(vocab, words=["Hi", "\n", "there"], spaces=[False, False, False], heads=[1, 1, 1], deps=["dep", "ROOT", "dep"])
    out = doc_to_annotated(doc)
    assert_invariants(out)
    assert [(t.head, t.dep) for t in out.tokens] == [(None, "root"), (None, "root")]


def test_entities_trimmed_and_whitespace_only_dropped():
    from spacy.tokens import Doc, Span

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["\n", "Paris", "\n\n", "x"], spaces=[False, False, False, False])
    doc.ents = [Span(doc, 0, 3, label="GPE")]
    out = doc_to_annotated(doc)
    assert_invariants(out)
    assert [(out.span_text(e.start, e.end), e.label, e.token_start, e.token_end) for e in out.entities] == [("Paris", "GPE", 0, 1)]
    doc = Doc(vocab, words=["x", "\n\n", "y"], spaces=[False, False, False])
    doc.ents = [Span(doc, 1, 2, label="GPE")]
    assert doc_to_annotated(doc).entities == []


def test_dep_map_table():
    assert DEP_MAP["ROOT"] == "root"
    expected = {
        "nsubjpass": "nsubj:pass",
        "csubjpass": "csubj:pass",
        "dobj": "obj",
        "auxpass": "aux:pass",
        "poss": "nmod:poss",
        "relcl": "acl:relcl",
        "prt": "compound:prt",
        "npadvmod": "obl:npmod",
        "neg": "advmod",
        "quantmod": "advmod",
        "oprd": "xcomp",
        "acomp": "xcomp",
        "intj": "discourse",
        "predet": "det:predet",
        "preconj": "cc:preconj",
        "dative": "iobj",
        "meta": "dep",
        "attr": "attr",
    }
    for label, ud in expected.items():
        assert map_dep(label) == ud
    assert all(v == v.lower() for v in DEP_MAP.values())
    assert map_dep("pobj", "NOUN") == "nmod" and map_dep("pobj", "VERB") == "obl"
    assert map_dep("obl:arg") == "obl:arg"  # already-UD labels pass through
    assert map_dep("SB") == "sb"


def test_every_parser_label_is_mapped(engine):
    labels = engine.nlp.get_pipe("parser").labels
    missing = [label for label in labels if label not in DEP_MAP]
    assert not missing


def test_parse_of_a_plain_copy_keeps_the_original_text():
    from newsmodel_spacy.normalize import plain_text

    original = "“It’s over,” said Ana\u00a0Lopez ― the mayor."
    plain = plain_text(original)
    assert len(plain) == len(original) and "“" not in plain and "\u00a0" not in plain
    doc = doc_to_annotated(spacy.blank("en")(plain), text=original)
    assert_invariants(doc)
    assert doc.text == original
    assert all(t.text == original[t.start : t.end] for t in doc.tokens)
    assert doc.tokens[0].text == "“"


def test_original_text_must_match_the_parsed_length():
    with pytest.raises(ValueError, match="same length"):
        doc_to_annotated(spacy.blank("en")("plain"), text="longer text")


@pytest.mark.parametrize("text", NEWS)
def test_engine_parses_curly_quotes_as_straight_ones(engine, text):
    from newsmodel_spacy.normalize import plain_text

    doc = engine.annotate(text)
    assert_invariants(doc)
    straight = engine.annotate(plain_text(text))
    # same tokens, heads and labels; only the token texts differ
    assert [(t.start, t.end, t.head, t.dep) for t in doc.tokens] == [(t.start, t.end, t.head, t.dep) for t in straight.tokens]


@pytest.mark.parametrize(
    "text, sentences",
    [
        # a blank line always ends a sentence
        ('"It is over," said Ana Lopez of the Virgin Islands\n\nDemocrats noted that the vote failed.',
         ['"It is over," said Ana Lopez of the Virgin Islands', "Democrats noted that the vote failed."]),
        # a single newline after a full stop, or before an opening quote, ends one too
        ("Getty/Instagram.\n“She speaks for none of us.” ― Marta Quiroga\n“I cannot believe it.”",
         ["Getty/Instagram.", "“She speaks for none of us.”", "― Marta Quiroga", "“I cannot believe it.”"]),
        # a hard-wrapped line does not
        ("The council regularly\nignores\nlocal residents and is a poor listener.",
         ["The council regularly\nignores\nlocal residents and is a poor listener."]),
        # nor does a word and a space inside a line (the small parser alone splits before "Rush"
        # and before "Amendment")
        ("At Friday's hearing, Mendez cited disparaging remarks Rush had made about Ortiz as examples. Rush replied.",
         ["At Friday's hearing, Mendez cited disparaging remarks Rush had made about Ortiz as examples.", "Rush replied."]),
        ("Okafor said she felt the 13th Amendment needed a fresh look. She did.",
         ["Okafor said she felt the 13th Amendment needed a fresh look.", "She did."]),
    ],
)
def test_engine_sentences_follow_paragraph_breaks(engine, text, sentences):
    doc = engine.annotate(text)
    assert [text[s.start : s.end] for s in doc.sentences] == sentences
