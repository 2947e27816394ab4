"""Asides between a denial's subject and its verb, read without a parse (issue 14, d14, stop 44).

"The coach, for his part, has denied that ...", "The club's owner, in a letter, dismissed the
reports as baseless": the rules engine finds a denier as the noun phrase right before the verb,
and an aside stands in the way.  A comma aside that opens with a preposition and holds no verb is
an adjunct ("for his part", "in a letter to members"), so the subject is the noun before its
opening comma.  An aside with a verb ("speaking on condition of anonymity", "in a paper published
this month") is left to the callers' own rules, which read those.  (A dash aside, "did - calmly
but firmly - deny", is not read: the rules tagger takes the verb after it for a noun.)
"""

from __future__ import annotations

from ..document import AnnotatedDocument

#: The longest aside read (tokens between its two marks).
_MAX_ASIDE = 7

_DASHES = frozenset({"-", "--", "–", "—"})  # a dash inside ends the reading: two asides, not one


def before_prepositional_aside(doc: AnnotatedDocument, comma: int) -> int | None:
    """The index of the token before the comma that opens a verbless aside opening with a
    preposition and closing at the comma ``comma`` ("The coach | , for his part ,| has denied"),
    when that token is a noun; else None."""
    toks = doc.tokens
    first = doc.sentences[toks[comma].sent].token_start
    for c in range(comma - 2, max(first, comma - _MAX_ASIDE - 1) - 1, -1):
        if toks[c].text != ",":
            continue
        inner = toks[c + 1 : comma]
        if not inner or inner[0].pos != "ADP" or any(t.pos in ("VERB", "AUX") or t.text in _DASHES for t in inner):
            return None
        if c - 1 < first or toks[c - 1].pos not in ("NOUN", "PROPN"):
            return None
        return c - 1
    return None

