"""An -ing form standing as an adjective before its noun ("a widely appealing campaign", "a trend
of declining crime rates") names no event (issue 14, stop 44, helper e69; dev batch 123 A).

Some -ing forms are adjectives in their own right: WordNet lists "appealing", "promising",
"threatening", "demanding" as adjectives (``common_words_wordnet.tsv``, pos ``a``).  After a
determiner or a possessive, with an adverb or a list of adjectives between ("his bold and broadly
appealing campaign"), and before a noun, such a word describes the noun: nobody appeals, promises
or threatens.  The -ing form of a verb of changing figures (``figure-verb`` of
``actor_words.tsv``: decline, rise, fall) before a noun says a quantity changes ("declining
deficits"), also after "of" ("a trend of declining deficits"): no refusal.  The spaCy
engine tags both ``amod`` and made no event; the rules engine read a verb with an object and made
a REQUEST or a REJECT (found in a hand judgment of every rules event of 30 PolNeAR train texts).

:mod:`.attributive_participles` is the same reading for past participles ("the slain activist").
A verb after a preposition keeps its event when it is no figure verb ("accused of threatening
witnesses") or the preposition is not "of" ("ideas for easing the curbs"), and so does a verb after
an auxiliary, a subject or a contracted "is" ("kept appealing to residents", "is declining
invitations", "he's praising the governor").  The check can only remove an event.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .attributive_participles import _DEGREE_WORDS, _OPENERS, noun_follows
from .sense_checks import SenseCheck

__all__ = ["adjective_gerund", "checks"]


@lru_cache(maxsize=1)
def _wordnet_adjectives() -> frozenset[str]:
    """The words WordNet lists as adjectives ("appealing", "unorthodox"), read from
    ``common_words_wordnet.tsv`` (only these rows are kept)."""
    from importlib import resources

    text = resources.files("newsmodel.lexicons").joinpath("common_words_wordnet.tsv").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        if line and line[0] != "#":
            word, pos = line.split("\t", 2)[:2]
            if "a" in pos and pos != "name":
                out.add(word)
    return frozenset(out)


def _figure_verbs() -> frozenset[str]:
    """Verbs of changing figures (``figure-verb`` of ``actor_words.tsv``: decline, rise, fall)."""
    return word_class("actor_words.tsv", "figure-verb")


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it may fire for any trigger (it opens with a
    test of the word's form)."""
    return (SenseCheck("an -ing adjective before its noun: no event", adjective_gerund, any_word=True),)


def adjective_gerund(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is an -ing word standing as an adjective before its noun: a WordNet
    adjective in -ing after a determiner or a possessive (an adverb or adjectives joined by "and"
    or commas may stand between), or a figure verb's -ing form after those or "of"; a
    noun follows, with at most two adjectives between.  With a parse, only where the parse says
    ``amod``."""
    low = t.text.lower()
    if not low.endswith("ing") or t.pos not in ("VERB", "ADJ", "NOUN"):
        return False
    figure = t.lemma.lower() in _figure_verbs() or low[:-3] in _figure_verbs() or low[:-3] + "e" in _figure_verbs()
    if not figure and low not in _wordnet_adjectives():
        return False
    if doc.has_parse and t.dep != "amod":
        return False
    sent = doc.sentences[t.sent]
    if not noun_follows(doc, t):
        return False
    k = t.i - 1
    if k > sent.token_start and (doc.tokens[k].pos == "ADV" or doc.tokens[k].text.lower() in _DEGREE_WORDS):
        k -= 1  # "a widely appealing campaign"
    if k > sent.token_start and doc.tokens[k].text.lower() == "and" and _adjective(doc.tokens[k - 1]):
        # "his bold, unorthodox and broadly appealing campaign": a list of adjectives, its last one
        # joined by "and" (a comma alone opens a participle clause: "his successes, taking shots at");
        # back past the list to the opener, which is still required
        k -= 2
        while k > sent.token_start and (doc.tokens[k].pos == "ADJ" or doc.tokens[k].text == "," and _adjective(doc.tokens[k - 1])):
            k -= 1 if doc.tokens[k].pos == "ADJ" else 2
    if k < sent.token_start:
        return False
    before = doc.tokens[k]
    if before.text.lower() in ("'s", "’s"):
        return k > sent.token_start and doc.tokens[k - 1].pos in ("NOUN", "PROPN")  # "Iran's improving ties"; "he's praising" is a verb
    if before.text.lower() in _OPENERS:
        return True
    return figure and before.text.lower() == "of"  # "a trend of declining deficits"; "for easing curbs" is a verb


def _adjective(w: Token) -> bool:
    """An adjective by the tagger, or a word WordNet lists as one (a tagger without a parse calls a
    rare adjective a noun: "unorthodox"), or a hyphenated compound ending in -ing ("rule-breaking")."""
    low = w.text.lower()
    return w.pos == "ADJ" or low in _wordnet_adjectives() or "-" in low and low.endswith("ing")
