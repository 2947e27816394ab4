"""A claim or document with a participle phrase after it, as a verdict's subject (issue 14, d19, stop 48).

"The embassy said the letter circulating online was a forgery", "the reports published on Monday
are false", "the claims made by the senator are untrue": the verdict's subject is the noun before
the participle phrase, which the predicate step's short-noun-phrase reading (three words back from
the verdict) stops at.  Only a claim word or a thing shown as evidence is taken as such a head: "the
man making the claims was wrong" keeps its reading (the verdict is on the man).
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import AnnotatedDocument, Token

#: Words a participle phrase may hold after its participle ("circulating | online", "made | by the senator").
_MAX_AFTER = 4


def _participle(t: Token) -> bool:
    if t.tag:
        return t.tag in ("VBG", "VBN")
    low = t.text.lower()
    return t.pos == "VERB" and (low.endswith("ing") or low.endswith("ed"))


def noun_before_participle(doc: AnnotatedDocument, last: int, is_head: Callable[[Token], bool]) -> int | None:
    """Index of the claim or evidence noun right before a participle phrase ending at token ``last``
    (the word before a verdict), else None."""
    toks = doc.tokens
    sent = doc.sentences[toks[last].sent]
    for p in range(last, max(sent.token_start, last - _MAX_AFTER) - 1, -1):
        if p - 1 < sent.token_start:
            return None
        if _participle(toks[p]):
            return p - 1 if is_head(toks[p - 1]) else None
        if toks[p].pos in ("VERB", "AUX", "PUNCT") or toks[p].text.lower() in ("that", "which", "who"):
            return None
    return None
