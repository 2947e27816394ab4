"""Accepting a measure of something is putting up with it, no agreement (issue 14, stop 36, e35).

"Young reporters then accepted a fair amount of bullying from their editors", "the
governor accepted a fair degree of criticism": the object is a measure ("amount", "degree",
"share", "level"; ``measure-noun``) of a thing borne, not an offer, a proposal or terms that
PLOVER's AGREE accepts from another party.  "Accepted the government's offer of a truce" keeps
its AGREE.

Found in a hand judgment of every event of PolNeAR train texts (stop 36, e35; dev batch 74),
both engines.  The check reads the four words after "accept"; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck
from .senses import event_words

__all__ = ["checks", "measure_borne"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by "accept"."""
    return (SenseCheck("a measure of something borne: accepted a fair amount of", measure_borne, lemmas=frozenset({"accept"})),)


def measure_borne(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "accept" at ``t`` has for object a measure noun + "of" after at most a determiner
    and two modifiers ("a fair amount of", "some degree of")."""
    lemma = t.lemma.lower()
    return lemma == "accept" and _measure_object(doc, t)


def _measure_object(doc: AnnotatedDocument, t: Token) -> bool:
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    measures = event_words("measure-noun")
    for k in range(t.i + 1, min(t.i + 5, sent.token_end - 1)):
        if lows[k] in measures:
            return lows[k + 1] == "of"
        if doc.tokens[k].pos in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "SCONJ"):
            return False  # the object ended (without a parse "certain" may be tagged anything)
    return False
