"""``specific_verb_code`` answers as ``verb_code`` does whenever a pattern with arguments matches.

The event senses ask only whether a specific CAMEO pattern matched.  The quick
path rules a verb out when no word it could read as an argument is one its
patterns need.  These tests build documents, with and without a parse, that
spell out one of a verb's own patterns (its subject, particle, object,
preposition and prepositional object) among filler words, at varying
distances, with the words written in various cases or inflections or given
only as lemmas, and compare the two answers on every token.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.document import AnnotatedDocument, Sentence, Token
from newsmodel.extractors import cameo



def _patterns_by_kind() -> list[list[tuple[str, tuple]]]:
    """(verb, pattern) pairs, one list per kind of argument a pattern is filed under (see ``cameo._needed_words``)."""
    verb_of = {}
    for verb in sorted(cameo._needs()[2]):
        for _particle, block, *_code in cameo._entries()[verb]:
            verb_of.setdefault(block, verb)
    kinds: dict[str, list[tuple[str, tuple]]] = {}
    for block, pats in sorted(cameo._patterns().items()):
        for p in pats:
            subject, particle, obj, prep, pobj = p[:5]
            kind = "object" if obj else "prep+pobj" if prep and pobj else "prep" if prep else "particle" if particle else "subject"
            if block in verb_of and any(p[:5]):
                kinds.setdefault(kind, []).append((verb_of[block], p))
    return [kinds[k] for k in sorted(kinds)]


KINDS = _patterns_by_kind()
FILLER = [("the", "DET"), ("very", "ADV"), ("new", "ADJ"), ("talks", "NOUN"), ("Paris", "PROPN"), (",", "PUNCT"), ("said", "VERB"), ("of", "ADP")]
QUIET = [("the", "DET"), ("very", "ADV")]  # filler the surface reading walks past


@st.composite
def spelled(draw, word: str) -> tuple[str, str]:
    """(text, lemma) of a token that stands for ``word``: as written, capitalised, plural, or only in its lemma."""
    how = draw(st.integers(0, 4))
    if how == 0:
        return word, word
    if how == 1:
        return word.upper(), word.capitalize()
    if how == 2:
        return word + "s", word + "s"  # read as ``word`` less its final "s"
    if how == 3:
        return "Zq" + word, word.capitalize()  # only the lemma says it
    return "zq", "zq"  # a near miss: the pattern's word is absent


@st.composite
def realised(draw) -> AnnotatedDocument:
    """One of a verb's patterns written out around it, with filler, as one or two sentences."""
    verb, (subject, particle, obj, prep, pobj, *_code) = draw(st.sampled_from(draw(st.sampled_from(KINDS))))
    filler = lambda most=4, words=FILLER: draw(st.lists(st.sampled_from(words), min_size=draw(st.integers(0, most)), max_size=most))  # noqa: E731
    words: list[tuple[str, str, str, str, int | None]] = []  # (text, lemma, pos, dep, head offset from the verb)

    def add(word: str, pos: str, dep: str, to: int = 0) -> None:
        text, lemma = draw(spelled(word))
        words.append((text, lemma, pos, dep, to))

    words += [(t, t, p, "det", 0) for t, p in filler()]
    if subject:
        add(draw(st.sampled_from(subject)), "NOUN", "nsubj")
    words += [(t, t, p, "advmod", 0) for t, p in filler()[:2]]
    v = len(words)
    words.append((verb, verb, "VERB", "root", None))
    if particle:
        add(particle, "ADP", "compound:prt")
    words += [(t, t, p, "det", 0) for t, p in filler(8, draw(st.sampled_from([FILLER, QUIET])))]
    if obj:
        if draw(st.booleans()):
            words.append(("war", "war", "NOUN", "obj", 0))
            add(draw(st.sampled_from(obj)), "ADJ", draw(st.sampled_from(["compound", "amod", "conj"])), to=len(words) - 1 - v)
        else:
            add(draw(st.sampled_from(obj)), "NOUN", draw(st.sampled_from(["obj", "dobj", "nsubj:pass"])))
    words += [(t, t, p, "det", 0) for t, p in filler()]
    if prep:
        k = len(words)
        add(prep, "ADP", draw(st.sampled_from(["case", "mark"])), to=k + 1 - v)
        add(draw(st.sampled_from(pobj)) if pobj else "town", "NOUN", draw(st.sampled_from(["obl", "nmod", "advcl"])))
    words += [(t, t, p, "det", 0) for t, p in filler()]
    has_parse = draw(st.booleans())
    cut = draw(st.integers(1, len(words)))  # a second sentence from here on (none when at the end)
    tokens, start = [], 0
    for k, (text, lemma, pos, dep, to) in enumerate(words):
        head = None if to is None or not has_parse else v + to
        tokens.append(Token(k, text, start, start + len(text), lemma, pos, int(k >= cut), head, dep if has_parse else ""))
        start += len(text) + 1
    bounds = [0, cut, len(words)] if cut < len(words) else [0, len(words)]
    sentences = [Sentence(tokens[a].start, tokens[b - 1].end, a, b) for a, b in zip(bounds, bounds[1:])]
    return AnnotatedDocument(" ".join(w[0] for w in words), tokens, sentences, has_parse=has_parse)


@settings(max_examples=400, deadline=None)
@given(realised())
def test_quick_answer_equals_the_full_one(doc):
    for t in doc.tokens:
        full = cameo.verb_code(doc, t)
        assert cameo.specific_verb_code(doc, t) == (full if full is not None and full.specific else None)


def test_a_matching_pattern_is_found_on_the_quick_path():
    """A real sentence whose verb matches a specific pattern ("struck a deal") gets its code."""
    doc = newsmodel.annotate("The two parties struck a deal on Monday.", engine="rules")
    verb = next(t for t in doc.tokens if t.text == "struck")
    full = cameo.verb_code(doc, verb)
    assert full is not None and full.specific
    assert cameo.specific_verb_code(doc, verb) == full
