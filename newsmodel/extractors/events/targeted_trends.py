"""A trend targeted is no party attacked (issue 14, stop 43, e64).

"target" is ASSAULT in CAMEO (190) and "take aim at" ACCUSE (disapprove): a party aims force or
blame at another party.  Governments and agencies also "target" or "take aim at" a trend of
society -- "Germany targets a surge of vitriol", "taking aim at a wave of fraudulent claims",
"targets a rise in knife crime": a policy aimed at a rise in something, with no party as its
object.  So when the object's head is a ``trend-noun`` (surge, wave, rise, rash, spate, spike ...)
followed by "of" or "in", the verb reports no event.  "Army gunners targeted rebel positions" and
"took aim at the governor" keep their parties; "a wave of attackers" is read the same way as a
trend (a crowd of unnamed people, no party to name as target) -- the rule does not look past "of".

Found in a hand judgment of the rules engine's events on PolNeAR train texts (Random(620)): a
headline's "targets a surge of" (ASSAULT) and "taking aim at a surge of hate speech" (ACCUSE) in
one text (dev batch 115).  The check reads the words after the verb, so it works with and without
a parse; like every sense check it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, after_adverbs

__all__ = ["checks", "trend_targeted"]

#: Words that may stand between the verb (or "aim at") and the trend noun ("a sharp new surge"; the
#: rules tagger may call an adjective a noun: "a sharp rise").
_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM", "ADV", "NOUN"})
#: The most modifiers read before the trend noun.
_REACH = 4


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a trend targeted: targets a surge of", trend_targeted, lemmas=frozenset({"target", "take"})),)


def trend_targeted(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "target" at ``t``, or "take" at ``t`` + "aim at", has a ``trend-noun`` + "of" / "in"
    as its object, past determiners, adjectives, numbers and nouns before it."""
    lemma = t.lemma.lower()
    if not (lemma in ("target", "take") and (lemma == "take" or t.pos == "VERB")):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    if lemma == "take":
        if not (k + 1 < sent.token_end and lows[k] == "aim" and lows[k + 1] == "at"):
            return False
        k += 2  # "taking aim at"
    trends = word_class("sense_words.tsv", "trend-noun")
    for j in range(k, min(sent.token_end - 1, k + _REACH + 1)):
        if lows[j] in trends:
            return lows[j + 1] in ("of", "in")
        if doc.tokens[j].pos not in _MODIFIER_POS:
            return False
    return False
