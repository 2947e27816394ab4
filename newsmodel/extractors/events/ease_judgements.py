"""An act named by the infinitive of an adjective of ease or difficulty is judged, not done
(issue 14, stop 43, helper e65; dev batch 116).

"It is easy to blame the ministry for the shortage", "for a small state it is hard to reject an
offer from Berlin", "the senator found it easy to criticize the governor", "it would be difficult
to condemn the strike": the infinitive says how easy, costly or likely the act would be -- a
judgement about an act in general -- and reports no act of a party at a time, so PLOVER has no
event in it.  Found judging every spaCy event of PolNeAR train texts by hand, where such a clause
was coded ACCUSE with an agent taken from a nearby name.

By construction the check reads three things: the candidate is a verb whose infinitive "to"
(adverbs passed) follows an ``ease-adjective`` of ``sense_words.tsv`` (easy, hard, difficult,
tempting, ...), directly or past a "for" + party ("hard for a small state to reject"); before
that adjective, degree adverbs and "not" passed, stands an ``ease-frame`` word -- a copula or a
verb like it, by its lemma ("is", "would be", "seems", "proved"), or "it"
("found it easy") -- so the adjective is a predicate and the infinitive its complement, not a
purpose ("fought hard to defend the tax" stays, the adverb "hard" after a verb of effort).
Adjectives of readiness ("was quick / eager / ready to condemn") are not in the class: they
report the act.  With a parse, a verb joined by "and" to such an infinitive ("easy to shrug off
the merger and call the firm greedy") is read through its head.  The check can only remove an
event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck, infinitive_to

__all__ = ["checks", "judged_act"]

#: Parts of speech passed between the ease adjective and its frame: degree adverbs ("so", "too",
#: "very", "relatively") and the negation ("not", "n't", which a tagger may call a particle).
_DEGREE_POS = frozenset({"ADV", "PART"})
#: A party between the adjective and "to" ("easy *for the senator* to"): its parts of speech and
#: its longest reading.
_PARTY_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"})
_MAX_PARTY = 5
#: The most "and"-joined verbs walked back to the infinitive that carries the "to".
_MAX_CONJUNCTS = 3


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any verb can be the infinitive, so it is asked
    of every candidate whose sentence holds an ease adjective."""
    return (SenseCheck(
        "an act judged easy or hard, not done: it is easy to blame the ministry", judged_act,
        any_word=True, sentence_words=_words("ease-adjective"),
    ),)


def judged_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` -- or, with a parse, the infinitive it is joined to by "and" --
    is the infinitive of an ease adjective that a copula or "it" makes a predicate."""
    if t.pos != "VERB":
        return False
    verb = t
    for _ in range(_MAX_CONJUNCTS + 1):
        if _ease_infinitive(doc, verb):
            return True
        if verb.dep != "conj" or verb.head is None or verb.head >= verb.i:
            return False
        verb = doc.tokens[verb.head]
        if verb.pos not in ("VERB", "AUX"):
            return False
    return False


def _before_party(doc: AnnotatedDocument, j: int, lo: int) -> int:
    """The index before a "for" + party that ends at ``j`` ("hard *for a small state* to"), or
    ``j`` itself when no such phrase ends there."""
    lows = doc.lowered_texts()
    k = j
    while k > lo and j - k < _MAX_PARTY and doc.tokens[k].pos in _PARTY_POS and lows[k] != "for":
        k -= 1
    return k - 1 if k < j and lows[k] == "for" else j


def _ease_infinitive(doc: AnnotatedDocument, verb: Token) -> bool:
    """``verb``'s "to" stands right after an ease adjective (adverbs passed) that follows a frame
    word: "is easy to", "found it hard to", "would not be so simple to"."""
    k = infinitive_to(doc, verb)
    if k is None:
        return False
    lows = doc.lowered_texts()
    lo = doc.sentences[verb.sent].token_start
    j = _before_party(doc, k - 1, lo)
    if j <= lo or lows[j] not in _words("ease-adjective"):
        return False
    j -= 1
    while j > lo and doc.tokens[j].pos in _DEGREE_POS:
        j -= 1
    frame = _words("ease-frame")
    return lows[j] in frame or doc.tokens[j].lemma.lower() in frame
