"""A rebuttal made by a deed that is no evidence (issue 14, d18, stop 47).

"The senator rebutted the charge by publishing her tax records" denies the charge: publishing the
records shows it false.  "The mayor rebutted the criticism by opening three new clinics", "tried to
rebut the criticism by raising money for her colleagues" answer the critics with an act, calling
nothing false; and "the governor rebutted by opening two clinics", with no claim object, denies
nothing either.  A ``deed-rebuttal-verb`` (rebut, refute) followed, within its object, by "by" and a
gerund is a denial only when the gerund is a ``rebuttal-evidence-verb`` (publish, release, show,
cite, say, ...): the means is proof or words.  The means may also be a participle after a comma
("the mayor rebutted the criticism, planting trees along the river"); there a speech verb
("rebutted the report, saying ...", "..., calling it false") keeps the denial too.
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..lexicons import rows, word_classes
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
        if low == "," and j > t.i + 1 and toks[j + 1].text.lower().endswith("ing"):
            # "rebutted the criticism, planting trees along the river": a participle after
            # the object names the means; words ("saying", "calling it false") or proof keep the denial
            return not _words_or_proof(toks[j + 1])
        if low == "that" and j == t.i + 1 and toks[j + 1].pos in ("NOUN", "ADJ", "PROPN"):
            continue  # "rebut | that | criticism": a demonstrative, not a clause
        if low == "that" or toks[j].pos in ("PUNCT", "VERB", "AUX") and low != "by":
            return False  # the claim's own clause, or the clause ends: no means named
        if low == "by":
            gerund = toks[j + 1]
            if not gerund.text.lower().endswith("ing"):
                return False  # "rebutted by the court": a passive's agent, no deed
            return _base(gerund, _words("rebuttal-evidence-verb")) is None
    return False


def _words_or_proof(gerund: Token) -> bool:
    """The participle is a speech verb (``speech_verbs.tsv``: saying, calling, noting, accusing) or a
    ``rebuttal-evidence-verb`` (publishing, citing): the means is words or proof, not a deed."""
    return _base(gerund, _words("rebuttal-evidence-verb")) is not None or _base(gerund, _speech_verbs()) is not None


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(r[0] for r in rows("speech_verbs.tsv") if r)
