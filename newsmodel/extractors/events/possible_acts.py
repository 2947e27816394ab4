"""An act named after a noun of likelihood + "of" is a possibility weighed, no act (issue 14, stop
41, helper e56; dev batch 106).

"There is little chance of city officials being charged", "diplomats played down the
possibility of sanctions", "the prospect of an invasion alarmed the towns", "a strong
likelihood of the junta arresting more reporters": the of-phrase of a noun of likelihood
(``likelihood-noun`` in ``sense_words.tsv``: chance, possibility, prospect, likelihood, odds,
risk, danger) names what may or may not happen.  No act is reported, so PLOVER has no event in
it -- as with "no evidence that ..." (:mod:`.unfounded_claims`).  Found in a hand judgment of
every spaCy event of twelve PolNeAR train texts (stop 41, e56).

By construction the candidate must stand inside the of-phrase: an event noun after "of" (a
determiner, adjectives or nouns between: "of an invasion", "of new sanctions"), or a gerund or
"being" + participle after the phrase's subject ("of the junta arresting", "of officials being
charged").  The walk back from the candidate to "of" stops at any other verb and at a clause
break, so "Troops began an invasion" and "the risk grew after the army shelled the town" keep
their events.  The check can only remove an event.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "possibility_weighed"]

#: The longest walk back from the candidate to "of".
_REACH = 8
#: Words that close the of-phrase before the candidate.
_BREAKS = frozenset({",", ";", ":", "--", "\u2014", "(", ")", "that", "which", "who", "and", "or", "but"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any trigger, in a sentence holding a noun of
    likelihood."""
    return (SenseCheck(
        "a possibility weighed: chance of, prospect of", possibility_weighed, any_word=True,
        sentence_words=_nouns(),
    ),)


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return word_class("sense_words.tsv", "likelihood-noun")


def possibility_weighed(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` stands in the of-phrase of a noun of likelihood: a noun
    after "of", or a gerund or "being" + participle (module docstring)."""
    low = t.text.lower()
    if t.pos == "VERB" and not low.endswith("ing") and not (t.i > 0 and doc.lowered_texts()[t.i - 1] == "being"):
        return False  # a finite verb: "the risk grew after the army shelled"
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    for k in range(t.i - 1, max(lo, t.i - _REACH) - 1, -1):
        w = lows[k]
        if w == "of":
            return k > lo and lows[k - 1] in _nouns() and doc.tokens[k - 1].pos in ("NOUN", "PROPN", "ADJ")
        if w in _BREAKS:
            return False
        if doc.tokens[k].pos in ("VERB", "AUX") and w != "being":
            return False  # another verb between: the candidate is no part of the of-phrase
    return False
