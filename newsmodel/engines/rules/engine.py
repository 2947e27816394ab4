"""The ``rules`` engine: pure Python, no model download, works everywhere."""

from __future__ import annotations

from ...document import AnnotatedDocument, Entity, Sentence, Token
from ..base import Engine
from .ner import find_entities
from .sentences import split_sentences
from .tagger import lemmatize, tag
from .tokenizer import tokenize

__all__ = ["RulesEngine"]


class RulesEngine(Engine):
    """Tokens, sentences, heuristic tags, lemmas and entities; no parse.

    ``has_parse`` is False, so the extractors use their surface rules.
    """

    name = "rules"

    def __init__(self) -> None:
        from ... import __version__

        self.version = __version__

    def annotate(self, text: str) -> AnnotatedDocument:
        spans = list(tokenize(text))
        words = [text[a:b] for a, b in spans]
        bounds = split_sentences(text, spans)
        initial = [False] * len(words)
        sent_of = [0] * len(words)
        for k, (a, b) in enumerate(bounds):
            # the first word of a sentence, skipping opening quotes/brackets
            m = a
            while m < b and not words[m][:1].isalnum():
                m += 1
            if m < b:
                initial[m] = True
            for t in range(a, b):
                sent_of[t] = k
        pos = tag(words, initial)
        tokens = [
            Token(
                i=i,
                text=w,
                start=spans[i][0],
                end=spans[i][1],
                lemma=lemmatize(w, pos[i]),
                pos=pos[i],
                sent=sent_of[i],
                space_after=i + 1 < len(spans) and spans[i + 1][0] > spans[i][1],
            )
            for i, w in enumerate(words)
        ]
        sentences = [Sentence(spans[a][0], spans[b - 1][1], a, b) for a, b in bounds]
        entities = [
            Entity(spans[a][0], spans[b - 1][1], label, a, b) for a, b, label in find_entities(words, bounds, pos)
        ]
        return AnnotatedDocument(
            text=text,
            tokens=tokens,
            sentences=sentences,
            entities=entities,
            engine=self.name,
            engine_version=self.version,
            has_parse=False,
        )
