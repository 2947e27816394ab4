"""A claim dismissed in the passive with a falsity verdict (issue 14, d17, stop 47).

"The allegation was dismissed as baseless by the ministry", "the report was dismissed as false by
the embassy": the exclusion phrase "was dismissed" of ``denial_cues.tsv`` is there for a firing ("the
employee was dismissed by the board", "the case was dismissed"), and it covers these too.  A passive
whose subject names a claim (a claim noun) and whose verb is followed by "as" and a ``falsity``
word within a few words is a denial, not a firing: a person or a case is not dismissed "as
baseless", and "the application was rejected as incomplete" names no claim.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes

#: The forms of "be" that make the passive.
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})

#: How far, in words, the subject's claim noun may stand before the be-form, and "as" + the verdict after the verb.
_SUBJECT_SPAN = 6
_VERDICT_SPAN = 4


def passive_claim_verdict(doc: AnnotatedDocument, t: Token, is_claim_word: Callable[[Token], bool]) -> bool:
    """Whether the verb ``t`` is a passive ("was dismissed") whose subject holds a claim noun and which
    is followed by "as" + a ``falsity`` word ("as baseless", "as completely false")."""
    toks = doc.tokens
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k >= sent.token_start and toks[k].pos in ("ADV", "AUX") and toks[k].text.lower() not in _BE:
        k -= 1
    if k < sent.token_start or toks[k].text.lower() not in _BE:
        return False
    if not any(is_claim_word(toks[j]) for j in range(max(sent.token_start, k - _SUBJECT_SPAN), k)):
        return False
    j = t.i + 1
    while j < sent.token_end and toks[j].pos == "ADV" and toks[j].text.lower() != "as":  # a tagger may read "as" as an adverb
        j += 1
    if j >= sent.token_end or toks[j].text.lower() != "as":
        return False
    falsity = word_classes("denial_words.tsv")["falsity"]
    return any(toks[m].text.lower() in falsity for m in range(j + 1, min(sent.token_end, j + 1 + _VERDICT_SPAN)))
