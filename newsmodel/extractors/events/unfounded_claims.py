"""What "there is no evidence that ..." names did not happen as told (issue 14, stop 37, e38).

"There is no evidence that the militia attacked the convoy", "officials said there was no sign
that the army had shelled the village", "there is as yet no indication that the judge has
summoned the witnesses": the clause after "no <evidence> that" is a claim the text says nothing
supports.  No act is reported, so PLOVER has no event in it; "officials said the army had
shelled the village" stays.

The nouns are a lexicon class (``absence-noun`` in ``sense_words.tsv``).  Found in a hand
judgment of every event of PolNeAR train texts (stop 37, e38; dev batch 78), both engines.  The
check reads the words before the candidate back to "that" (no clause boundary between); it can
only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "claim_without_evidence"]

#: Words that close the clause of "that" before the candidate: a new clause may say something else.
_BOUNDARIES = frozenset({";", ":", "but", "while", "although", "though", "because", "—", "--"})
#: The longest stretch read back from the candidate to "that".
_REACH = 20
#: Words that may stand between "no" and the noun ("no clear evidence", "no direct sign"; a tagger
#: without a parse may call an adjective it does not know a noun).
_BETWEEN_POS = frozenset({"ADJ", "ADV", "NOUN"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any trigger may stand in the clause, so it is
    asked of every candidate (it opens with the walk back to "that")."""
    return (SenseCheck(
        "a claim with no evidence: no evidence that", claim_without_evidence, any_word=True,
        sentence_words=word_class("sense_words.tsv", "absence-noun"),  # the noun before "that"
    ),)


def claim_without_evidence(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` stands in the clause of "that" after "no" + an absence noun
    ("no evidence that", "no sign that")."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    for k in range(t.i - 1, max(lo, t.i - _REACH) - 1, -1):
        if lows[k] in _BOUNDARIES:
            return False
        if lows[k] == "that":
            return _no_absence_noun_before(doc, k)
    return False


def _no_absence_noun_before(doc: AnnotatedDocument, that: int) -> bool:
    """"no" (adjectives between) + an absence noun stand right before "that" at ``that``."""
    lo = doc.sentences[doc.tokens[that].sent].token_start
    lows = doc.lowered_texts()
    j = that - 1
    if j <= lo or lows[j] not in word_class("sense_words.tsv", "absence-noun"):
        return False
    j -= 1
    while j > lo and doc.tokens[j].pos in _BETWEEN_POS and lows[j] != "no":
        j -= 1
    return lows[j] == "no"
