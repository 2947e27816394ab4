"""The ``rules`` engine: pure Python, no model download, works everywhere."""

from __future__ import annotations

from ...document import AnnotatedDocument, Entity, Sentence, new_token
from ..base import Engine
from ..headline_case import normalise_headlines
from .ner import find_entities
from .sentences import split_sentences
from .tagger import lemmatize, tag
from .tokenizer import token_spans

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
        spans = token_spans(text)
        words = [text[a:b] for a, b in spans]
        # title-case headlines: tag a case-normalised copy (same offsets); tokens keep the original text
        norm = normalise_headlines(text)
        tagged = words if norm == text else [norm[a:b] for a, b in spans]
        bounds = split_sentences(text, spans, words)
        n = len(words)
        initial = [False] * n
        sent_of = [0] * n
        for k, (a, b) in enumerate(bounds):
            # the first word of a sentence, skipping opening quotes/brackets
            m = a
            while m < b and not words[m][:1].isalnum():
                m += 1
            if m < b:
                initial[m] = True
            sent_of[a:b] = [k] * (b - a)
        pos = tag(tagged, initial)
        # a space after a token: the next one starts later (none after the last)
        space_after = [spans[i + 1][0] > spans[i][1] for i in range(n - 1)] + [False] * (n > 0)
        tokens = [
            new_token(i, w, span[0], span[1], lemmatize(t, p), p, s, None, "", "", sp)
            for i, (w, t, span, p, s, sp) in enumerate(zip(words, tagged, spans, pos, sent_of, space_after))
        ]
        sentences = [Sentence(spans[a][0], spans[b - 1][1], a, b) for a, b in bounds]
        entities = [
            Entity(spans[a][0], spans[b - 1][1], label, a, b) for a, b, label in find_entities(tagged, bounds, pos)
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
