"""Support given to candidates "from both parties" is a standing practice, no act towards a party (issue 14, stop 41, e51).

"The association is not a lobby and supports candidates from both parties", "the union backs
candidates across the aisle": the object is a bare plural (no article, number or
possessive) that the phrase after it spreads over every side -- a policy of whom the group
supports in general, told in the present, not a party's support of another party on a day
(PLOVER's SUPPORT needs a target).  The spread is a preposition, then "both", "all" or "either"
and a noun of a side (``partisan-side`` of ``sense_words.tsv``: parties, sides, aisle ...), or
"across the aisle".  "The union backs the governor's bid" and "the association supports the mayor"
stay.

Found in a hand judgment of every event of 8 PolNeAR train texts (stop 41, e51; dev batch 100):
a professional association said to back candidates of both parties, spaCy.  It can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, after_adverbs

__all__ = ["checks", "support_of_every_side"]

#: Verbs of political support read here.
_SUPPORT = frozenset({"support", "back", "endorse", "fund", "finance"})
#: Quantifiers that spread the object over every side.
_EVERY = frozenset({"both", "all", "either"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("support for candidates of every side: a practice", support_of_every_side, lemmas=_SUPPORT),)


def support_of_every_side(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` takes a bare plural noun object followed by a preposition and
    "both / all / either" + a ``partisan-side`` noun, or "across the aisle"."""
    if not (t.lemma.lower() in _SUPPORT and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    while k < sent.token_end and doc.tokens[k].pos == "ADJ":
        k += 1  # "supports moderate candidates"
    if k + 3 >= sent.token_end or doc.tokens[k].pos != "NOUN" or doc.tokens[k].lemma.lower() == lows[k]:
        return False  # no bare plural object: "supports the mayor", "backs reform"
    sides = word_class("sense_words.tsv", "partisan-side")
    if doc.tokens[k + 1].pos != "ADP":
        return False
    if lows[k + 1] == "across" and lows[k + 2] == "the" and lows[k + 3] in sides:
        return True  # "candidates across the aisle"
    return lows[k + 2] in _EVERY and lows[k + 3] in sides
