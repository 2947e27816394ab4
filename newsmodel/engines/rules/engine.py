"""The ``rules`` engine: pure Python, no model download, works everywhere."""

from __future__ import annotations

from itertools import chain, compress, islice, repeat
from operator import gt, is_not, ne

from ...document import AnnotatedDocument, new_entities, new_sentences, new_unparsed_tokens
from ..base import Engine
from ..headline_case import normalise_headlines
from ..headline_clauses import may_be_headline
from .headline_verbs import retag_headline_verbs
from .ner import find_entities
from .sentences import sentence_bounds
from .tagger import tag_columns
from .tokenizer import split_tokens

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
        words, starts, ends = split_tokens(text)
        # title-case headlines: tag a case-normalised copy (same offsets); tokens keep the original text
        norm = normalise_headlines(text)
        tagged = words if norm == text else list(map(norm.__getitem__, map(slice, starts, ends)))
        bounds = sentence_bounds(text, words, starts, ends)
        n = len(words)
        initial = [False] * n
        for a, b in bounds:
            # the first word of a sentence, skipping opening quotes/brackets
            m = a
            while m < b and not words[m][:1].isalnum():
                m += 1
            if m < b:
                initial[m] = True
        sent_of = list(chain.from_iterable(repeat(k, b - a) for k, (a, b) in enumerate(bounds)))
        pos, lemmas, lowered, lowered_lemmas = tag_columns(tagged, initial)
        if norm is not text or any(may_be_headline(words, a, b) for a, b in bounds):
            before = lemmas.copy()
            # "Police Arrest ...", "police fire tear gas at ...": the verb of a headline
            retag_headline_verbs(text, tagged, starts, bounds, pos, lemmas, title_case=norm is not text)
            for k in compress(range(n), map(is_not, lemmas, before)):
                lowered_lemmas[k] = lemmas[k].lower()  # a lemma the headline's verb reading changed
        # a space after a token: the next one starts later (none after the last)
        space_after = list(map(gt, islice(starts, 1, None), ends))
        space_after += [False] * (n > 0)
        tokens = new_unparsed_tokens(words, starts, ends, lemmas, pos, sent_of, space_after)
        sentences = new_sentences(bounds, starts, ends)
        # the tokens a headline's recasing changed, found in C (one comparison a token), and the
        # first tokens of their sentences
        changed = list(compress(range(n), map(ne, tagged, words))) if tagged is not words else []
        recased = frozenset(bounds[sent_of[k]][0] for k in changed)
        entities = new_entities(find_entities(tagged, bounds, pos, recased=recased), starts, ends)
        doc = AnnotatedDocument(
            text=text,
            tokens=tokens,
            sentences=sentences,
            entities=entities,
            engine=self.name,
            engine_version=self.version,
            has_parse=False,
        )._valid_as_built()
        doc._set_token_starts(starts)  # token_at's index: the tokenizer's offsets
        # a headline was tagged from a recased copy: its words (the only ones that differ from the
        # copy's) are lower-cased from the tokens' own text
        for k in changed:
            lowered[k] = words[k].lower()
        doc._set_lowered_texts(lowered)  # the tagger's lower-case words are the tokens'
        doc._set_lowered_lemmas(lowered_lemmas)
        return doc
