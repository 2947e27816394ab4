"""The noun phrase of a by-phrase right after an event noun: "a strike by dock workers", "strikes
by teachers" -- the doers of the act the noun names (English agentive by-phrase of a deverbal or
event noun). Read on the surface, the same for every engine.

Used for the labour sense of "strike" as a nominal subject ("A strike by bus drivers disrupted
traffic"): who strikes says which strike it is (senses._own_sense); issue 14 batch 135, helper
e76 at stop 45 (left at stop 44: "Strikes by rail workers ..." gave no event).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token

__all__ = ["by_phrase_span"]

#: Parts of speech of a noun phrase's words ("the striking dock workers", "thousands of nurses").
_NP_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "VERB"})

#: How many words after "by" the phrase may take.
_REACH = 6


def by_phrase_span(doc: AnnotatedDocument, t: Token, *, before_verb: bool = False) -> tuple[int, int] | None:
    """(start, end) token indices of the noun phrase after "by" right after ``t`` (``end``
    exclusive), up to the first word that is no noun phrase's (a verb with a noun phrase before
    it ends it: "by dock workers paralysed"); None when no "by" follows ``t``. ``before_verb``:
    only when a verb follows the phrase, so that the noun and its by-phrase are the verb's subject
    ("A strike by bus drivers disrupted traffic"; not "Barring a strike by the pilots, ...")."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k >= sent.token_end or doc.tokens[k].text.lower() != "by":
        return None
    lo = hi = k + 1
    while hi < min(sent.token_end, lo + _REACH):
        w = doc.tokens[hi]
        if w.pos not in _NP_POS or (w.pos == "VERB" and hi > lo and doc.tokens[hi - 1].pos in ("NOUN", "PROPN")):
            break
        hi += 1
    if hi == lo or before_verb and (hi >= sent.token_end or doc.tokens[hi].pos not in ("VERB", "AUX")):
        return None
    return lo, hi
