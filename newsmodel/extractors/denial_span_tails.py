"""Words after a denied noun-phrase claim that tell of the denial, not the claim (issue 14, d19, stop 48).

:mod:`.denial_spans` trims a claim's span of the words around it that are no part of it; three
tails it leaves on a claim that is a bare noun phrase (no verb of its own), seen on PolNeAR train:

* "and" with the denier's next act in another verb form or after an auxiliary ("disputed
  the accusations | and has since sued the paper", "and spent the week ...") -- a noun phrase claim has no
  verb an "and" + verb could go on with;
* "by" + a gerund of a verb of showing proof ("rebutted the charge | by publishing his tax
  returns", the ``rebuttal-evidence-verb`` class) -- how the denial was made;
* an "in" phrase naming a medium with an indefinite article at the end ("denied the remark | in a
  brief radio interview", the ``medium`` class) -- where the denial was made; a definite one ("the
  claims in the report") may say which claim, and stays.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes
from .denial_forms import base_form

#: Auxiliaries that may stand between "and" and the denier's next verb ("and has since sued").
_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "will", "would", "also"})
#: Adverbs a tagger may read as another part of speech, between the auxiliary and the verb ("has | since | sued").
_BETWEEN_ADVERBS = frozenset({"since", "then", "also", "later", "now"})
#: Prepositions opening a phrase that names where the denial was made.
_MEDIUM_PREPOSITIONS = frozenset({"in", "during", "on"})


def _classes() -> dict[str, frozenset[str]]:
    return word_classes("denial_words.tsv")


def _has_verb(doc: AnnotatedDocument, lo: int, hi: int) -> bool:
    return any(doc.tokens[j].pos in ("VERB", "AUX") for j in range(lo, hi))


def before_next_act(doc: AnnotatedDocument, lo: int, hi: int) -> int:
    """``hi``, or the "and" after a noun-phrase claim that opens the denier's next act: an
    auxiliary and a verb, or a verb not in -ing (a gerund may go on with the claim's noun)."""
    toks = doc.tokens
    for k in range(lo + 1, hi - 1):
        if toks[k].text.lower() != "and":
            continue
        if _has_verb(doc, lo, k):
            return hi  # the claim has a verb of its own: "and" may go on with it
        j = k + 1
        aux = j < hi and toks[j].text.lower() in _AUXILIARIES
        j += aux
        while j < hi and (toks[j].pos == "ADV" or toks[j].text.lower() in _BETWEEN_ADVERBS):
            j += 1
        if j < hi and toks[j].pos == "VERB" and (aux or not toks[j].text.lower().endswith("ing")):
            return k
        return hi
    return hi


def before_shown_means(doc: AnnotatedDocument, lo: int, hi: int) -> int:
    """``hi``, or the "by" before a gerund of showing proof after a noun-phrase claim."""
    toks = doc.tokens
    evidence_verbs = _classes()["rebuttal-evidence-verb"]
    for k in range(lo + 1, hi - 1):
        nxt = toks[k + 1]
        low = nxt.text.lower()
        if toks[k].text.lower() == "by" and low.endswith("ing") and not _has_verb(doc, lo, k) and (
            nxt.lemma.lower() in evidence_verbs or base_form(low, evidence_verbs) is not None
        ):
            return k
    return hi


def before_medium_tail(doc: AnnotatedDocument, lo: int, hi: int) -> int:
    """``hi``, or the preposition of a closing phrase that names a medium ("| in a brief radio
    interview") after a noun."""
    toks = doc.tokens
    media = _classes()["medium"]
    last: Token = toks[hi - 1]
    if hi - lo < 3 or (last.text.lower() not in media and last.lemma.lower() not in media):
        return hi
    for k in range(hi - 2, lo, -1):
        w = toks[k]
        if w.text.lower() in _MEDIUM_PREPOSITIONS:
            # an indefinite medium is the denial's occasion ("in a radio interview"); a definite one may say
            # which claim ("the claims in the report")
            return k if toks[k - 1].pos in ("NOUN", "PROPN") and toks[k + 1].text.lower() in ("a", "an") else hi
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and w.text not in ("'s", "’s"):
            return hi
    return hi


def trimmed_tail(doc: AnnotatedDocument, lo: int, hi: int) -> int:
    """``hi`` with the three tails (module docstring) cut, never below ``lo + 1``."""
    for cut in (before_next_act, before_shown_means, before_medium_tail):
        hi = max(lo + 1, cut(doc, lo, hi))
    return hi
