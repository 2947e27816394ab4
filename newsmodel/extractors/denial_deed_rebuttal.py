"""A rebuttal made by a deed that is no evidence (issue 14, d18, stop 47).

"The senator rebutted the charge by publishing her tax records" denies the charge: publishing the
records shows it false.  "The mayor rebutted the criticism by opening three new clinics", "tried to
rebut the criticism by raising money for her colleagues" answer the critics with an act, calling
nothing false; and "the governor rebutted by opening two clinics", with no claim object, denies
nothing either.  A ``deed-rebuttal-verb`` (rebut, refute) followed, within its object, by "by" and a
gerund is a denial only when the gerund is a ``rebuttal-evidence-verb`` (publish, release, show,
cite, say, ...): the means is proof or words.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes
from .denial_forms import base_form

#: How many words after the verb "by" may stand (the object: "the charge that he had hidden money").
_SPAN = 8


def _words(cls: str) -> frozenset[str]:
    return word_classes("denial_words.tsv")[cls]


def _base(t: Token, vocabulary: frozenset[str]) -> str | None:
    low = t.text.lower()
    if low in vocabulary:
        return low
    if t.lemma.lower() in vocabulary:
        return t.lemma.lower()
    return base_form(low, vocabulary)


def deed_rebuttal(doc: AnnotatedDocument, t: Token) -> bool:
    """Whether the rebuttal verb ``t`` is answered by a deed that is no evidence ("rebutted the
    criticism by opening clinics", "rebutted by raising money"): no claim called false."""
    if _base(t, _words("deed-rebuttal-verb")) is None:
        return False
    toks = doc.tokens
    end = doc.sentences[t.sent].token_end
    for j in range(t.i + 1, min(end - 1, t.i + 1 + _SPAN)):
        low = toks[j].text.lower()
        if low == "that" or toks[j].pos in ("PUNCT", "VERB", "AUX") and low != "by":
            return False  # the claim's own clause, or the clause ends: no means named
        if low == "by":
            gerund = toks[j + 1]
            if not gerund.text.lower().endswith("ing"):
                return False  # "rebutted by the court": a passive's agent, no deed
            return _base(gerund, _words("rebuttal-evidence-verb")) is None
    return False
