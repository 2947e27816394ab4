"""An admission of one's own side's fault with or without "that" is a concession (issue 14 batch
149, helper e86 at stop 47, PolNeAR train recall).

"The board admitted it had made a mistake", "the minister acknowledged his department had made
errors", "admitted he was wrong to cut the funds": the manual's CONCEDE covers admitted mistakes
("admit mistake", "admit error" in ``event_triggers.tsv``), and news drops the "that" of the
clause as often as it keeps it. The stop-27 reading asked for "that" and a fault verb ("admitted
that the city had failed"); this one also takes a bare clause -- a subject pronoun, or a phrase
opening with a determiner, a possessive or a name -- and the fault words of ``admitted-fault``
beside ``fault-verb``, and the fault nouns of ``admitted-fault-noun`` after a form of "make" (the
dev rows keep "admitted that mistakes had been made" no event: no one owns them). Admissions of
plain facts ("admitted it had been a difficult season", "acknowledged she had known the envoy")
name no fault; a hospital that admitted patients takes an object, not a clause.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...lexicons import word_classes
from ..mentions import POSSESSIVES

__all__ = ["admits_fault"]

#: Subject pronouns that open a bare clause ("admitted it had made a mistake").
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
#: How many words of the clause are read for a fault word.
_REACH = 10

_CLASSES: tuple[frozenset[str], frozenset[str]] | None = None


def _classes() -> tuple[frozenset[str], frozenset[str]]:
    """(``fault-verb`` with ``admitted-fault``, ``admitted-fault-noun``) of ``sense_words.tsv``, read once."""
    global _CLASSES
    if _CLASSES is None:
        classes = word_classes("sense_words.tsv")
        _CLASSES = classes["fault-verb"] | classes["admitted-fault"], classes["admitted-fault-noun"]
    return _CLASSES


def _opens_clause(doc: AnnotatedDocument, k: int) -> bool:
    """The word at ``k`` can open a bare clause: a subject pronoun, a determiner, a possessive or a name."""
    w = doc.tokens[k]
    low = w.text.lower()
    return low in _SUBJECT_PRONOUNS or low in POSSESSIVES or w.pos in ("DET", "PROPN")


def admits_fault(doc: AnnotatedDocument, t: Token) -> bool:
    """The admit-verb at ``t`` takes a clause, with "that" or without, whose first words name a
    fault before a comma, semicolon or colon: a ``fault-verb`` or ``admitted-fault`` word (or a
    pair of words the class may list), or an ``admitted-fault-noun`` after a form of "make"."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k >= sent.token_end:
        return False
    if doc.tokens[k].text.lower() == "that":
        k += 1
    elif not _opens_clause(doc, k):
        return False  # "admitted forty patients", "acknowledged receipt": an object, no clause
    faults, nouns = _classes()
    made = False  # a form of "make" read in the clause: "had made a mistake"
    for j in range(k, min(sent.token_end, k + _REACH)):
        w = doc.tokens[j]
        low = w.text.lower()
        if low in (",", ";", ":"):
            return False
        pair = f"{doc.tokens[j - 1].text.lower()} {low}"  # a two-word row of the class
        if w.lemma.lower() in faults or low in faults or pair in faults:
            return True
        if made and low in nouns:
            return True
        made = made or w.lemma.lower() == "make" or low in ("made", "making")
    return False
