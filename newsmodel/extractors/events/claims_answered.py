"""Words answered are no act towards a party (issue 14 batch 79, e39: PolNeAR train, the events the
recall rules of stop 37 added, judged by hand).

"Rebutted the senator's proposal" is criticism of the senator (``criticism-verb``), but "rebutted
the ministry's accusation", "rebuts the foreign criticism", "will rebut the mayor's claims" answer
a claim: a denial's business (the denial rules read denial verbs), no ACCUSE.  "Acquiesced in the
board's decision" or "to the union's demand" yields to a party (CONCEDE); "acquiesced to the
theory that ..." accepts an idea and yields to no one.  The claim nouns are ``claim-lemma`` of
``denial_words.tsv`` (report, claim, accusation, criticism, narrative, idea, ...).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..mentions import POSSESSIVES
from .sense_checks import SenseCheck

__all__ = ["checks", "claim_answered"]

#: Verbs whose object or phrase, when it is a claim, is words answered: the verb and the
#: prepositions that introduce what it takes (none: its direct object).
_ANSWERING = {"rebut": (), "acquiesce": ("to", "in")}


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: its first guard reads the lemma."""
    return (SenseCheck("a claim rebutted or an idea acquiesced in", claim_answered, lemmas=frozenset(_ANSWERING)),)


def claim_answered(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is "rebut" with a claim noun as its object, or "acquiesce" with a claim noun
    in its to/in-phrase."""
    lemma = t.lemma.lower()
    if t.pos == "VERB" and lemma in _ANSWERING:
        head = _taken(doc, t, _ANSWERING[lemma])
        return head is not None and head.lemma.lower() in word_class("denial_words.tsv", "claim-lemma")
    return False


def _taken(doc: AnnotatedDocument, t: Token, preps: tuple[str, ...]) -> Token | None:
    """What the verb takes: with a parse its object (``preps`` empty) or the head of its phrase
    introduced by one of ``preps``; without one the last noun of the noun phrase right after the
    verb (past one of ``preps``), within seven words."""
    if doc.has_parse:
        for c in doc.children(t.i):
            if not preps and c.dep in ("obj", "dobj") and c.i > t.i:
                return c
            if preps and c.dep in ("obl", "obl:arg") and any(m.dep == "case" and m.text.lower() in preps for m in doc.children(c.i)):
                return c
        return None
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if preps:
        if k >= sent.token_end or doc.tokens[k].text.lower() not in preps:
            return None
        k += 1
    head = None
    for j in range(k, min(sent.token_end, k + 7)):
        w = doc.tokens[j]
        if w.pos in ("NOUN", "PROPN"):
            head = w
            continue
        if w.text in ("'s", "’s") or head is None and (w.pos in ("DET", "ADJ", "NUM") or w.text.lower() in POSSESSIVES):
            continue  # (a determiner after the head opens a clause: "the narrative *that* ...")
        break
    return head
