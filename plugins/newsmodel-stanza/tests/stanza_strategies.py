"""Hypothesis strategies that build stanza ``Document`` objects with stanza's own classes.

Text is drawn first and every offset is derived from it (hypothesis' advice
for dependent fields): random non-whitespace token forms, random whitespace
between them (none, spaces, tabs, newlines, paragraph breaks), some
multi-word tokens (split into substrings or, like French "du" -> "de le",
not), a random dependency tree per sentence, random and possibly
inconsistent BIOES tags, and random coreference chains.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

FORM = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")).filter(lambda c: not c.isspace()),
    min_size=1,
    max_size=6,
)
GAP = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", "  ", "\t", " \n"])
TAG = st.sampled_from(["O", "O", "O", None, "B-PERSON", "I-PERSON", "E-PERSON", "S-PERSON", "S-GPE", "B-ORG", "E-ORG", "S-PER"])
DEPREL = st.sampled_from(["nsubj", "obj", "obl", "nmod:poss", "punct", "case", "det", "compound", "flat", "ccomp", "ADVMOD"])


@dataclass
class Drawn:
    """A generated stanza Document plus what the converter should make of it."""

    doc: Any
    #: per sentence, per word: (sentence-level 1-based head or 0, deprel) or None without a parse
    heads: list[list[tuple[int, str] | None]] = field(default_factory=list)
    words_per_sentence: list[int] = field(default_factory=list)
    has_parse: bool = True


@st.composite
def stanza_documents(draw: st.DrawFn, max_sentences: int = 4, max_tokens: int = 7) -> Drawn:
    from stanza.models.common.doc import Document
    from stanza.models.coref.coref_chain import CorefChain, CorefMention

    has_parse = draw(st.booleans())
    text = draw(st.sampled_from(["", " ", "\n"]))
    sentences: list[list[dict[str, Any]]] = []
    heads: list[list[tuple[int, str] | None]] = []
    n_sentences = draw(st.integers(0, max_sentences))
    for s in range(n_sentences):
        entries: list[dict[str, Any]] = []
        word_id = 0
        for t in range(draw(st.integers(1, max_tokens))):
            form = draw(FORM)
            start = len(text)
            text += form
            token = {"text": form, "start_char": start, "end_char": len(text)}
            tag = draw(TAG)
            if tag is not None:
                token["ner"] = tag
            n_words = draw(st.sampled_from([1, 1, 1, 1, 2, 3])) if len(form) >= 2 else 1
            if n_words == 1:
                word_id += 1
                entries.append({"id": word_id, **token})
            else:
                offsets: list[dict[str, int]] = []
                if draw(st.booleans()):  # a real split of the token text ("cannot" -> "can" "not")
                    cuts = sorted(draw(st.sets(st.integers(1, len(form) - 1), min_size=1, max_size=min(n_words - 1, len(form) - 1))))
                    bounds = list(zip([0, *cuts], [*cuts, len(form)]))
                    pieces = [form[a:b] for a, b in bounds]
                    if draw(st.booleans()):  # offsets on the words, as stanza's MWT processor sets them
                        offsets = [{"start_char": start + a, "end_char": start + b} for a, b in bounds]
                else:  # words that are not substrings ("du" -> "de" "le")
                    pieces = [draw(FORM) for _ in range(n_words)]
                entries.append({"id": (word_id + 1, word_id + len(pieces)), **token})
                for k, piece in enumerate(pieces):
                    word_id += 1
                    entries.append({"id": word_id, "text": piece, **(offsets[k] if offsets else {})})
            text += draw(GAP)
        words = [e for e in entries if not isinstance(e["id"], tuple)]
        order = draw(st.permutations(range(len(words))))
        sentence_heads: list[tuple[int, str] | None] = [None] * len(words)
        for k, w in enumerate(order):
            head = 0 if k == 0 else order[draw(st.integers(0, k - 1))] + 1
            rel = "root" if head == 0 else draw(DEPREL)
            sentence_heads[w] = (head, rel) if has_parse else None
        for w, h in zip(words, sentence_heads):
            w["lemma"] = w["text"].lower()
            w["upos"] = draw(st.sampled_from(["NOUN", "PROPN", "VERB", "PUNCT", "PRON", "ADP"]))
            if h is not None:
                w["head"], w["deprel"] = h
        sentences.append(entries)
        heads.append(sentence_heads)
    doc = Document(sentences, text=text)
    if sentences and draw(st.booleans()):
        chains = []
        for index in range(draw(st.integers(1, 3))):
            mentions = []
            for _ in range(draw(st.integers(1, 3))):
                s = draw(st.integers(0, len(sentences) - 1))
                n = len(heads[s])
                a = draw(st.integers(0, n - 1))
                b = draw(st.integers(a + 1, n))
                mentions.append(CorefMention(s, a, b))
            rep = draw(st.one_of(st.none(), st.integers(0, len(mentions) - 1)))
            chains.append(CorefChain(index, mentions, "", rep))
        doc.coref = chains
    return Drawn(doc=doc, heads=heads, words_per_sentence=[len(h) for h in heads], has_parse=has_parse)
