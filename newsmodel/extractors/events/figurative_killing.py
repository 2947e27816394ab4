"""A field, an activity or a prospect "killed" is a figure of speech, no attack (issue 14, stop 40, e48).

"Bloggers are killing serious journalism", "endless recounts are killing democracy", "the tariff
will kill manufacturing", "the gaffe killed his chances": the object of "kill" names no people and
no property (``figurative-victim`` of ``sense_words.tsv``, or any noun ending in "-ism"), so
PLOVER's ASSAULT (violence against people or their property) is not there, and the subject is
often no party at all ("endless recounts").  "Gunmen killed three soldiers" stays.

Found in a hand judgment of every event of 10 PolNeAR train texts (stop 40, e48; dev batch 93),
both engines.  The check reads the head of the noun phrase right after the verb (its last noun
before a preposition, a verb or punctuation); it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "figure_killed"]

#: Words of the object phrase before its head ("his last chances", "the city's manufacturing").
_IN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PRON", "NUM", "ADV"})
#: How far the object phrase is read.
_REACH = 6


def _victims() -> frozenset[str]:
    return word_class("sense_words.tsv", "figurative-victim")


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a field killed: a figure of speech", figure_killed, lemmas=frozenset({"kill"})),)


def figure_killed(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "kill" at ``t`` has for the head of its object phrase a
    ``figurative-victim`` noun or a noun ending in "-ism"."""
    if not (t.lemma.lower() == "kill" and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    head = None
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _REACH)):
        if doc.tokens[k].pos not in _IN_PHRASE and lows[k] not in ("'s", "’s"):
            break
        head = k
    if head is None or doc.tokens[head].pos != "NOUN":
        return False
    word = lows[head]
    return word in _victims() or (word.endswith("ism") and len(word) > 5)
