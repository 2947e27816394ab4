"""Officials who argue, differ or compete accuse nobody unless a party is opposed (issue 14,
helper e84 at stop 46).

CAMEO.2.0's verbal_conflict block carries "- OFFICIALS * [114]" (complain officially) for each
of its verbs, the comment naming them one by one, so "Officials argued over the budget",
"disagreed on how to count the ballots", "competed for the top prize" or "contended that the
figures were accurate" were ACCUSE allege.  PLOVER ACCUSE is an act against a target; for the
verbs of differing and contending (``dispute-verb`` of ``sense_words.tsv``: argue, disagree,
compete, contend, differ, wrangle ...) the pattern stands only when a party is opposed: the
verb's object is an actor or people ("disputed the governor"), or "with", "against" or "to" and
an actor or people follow it within a few words ("disagreed with the governor over the budget
cuts").  Verbs of complaint of the same block ("complain", "protest") are not in the class: a
complaint is the act itself.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ...lexicons.nouns import wordnet_people

__all__ = ["COMPLAINT_CODE", "dispute_verbs", "opposes_a_party"]

#: The CAMEO code of the verbal_conflict block's subject-only officials pattern.
COMPLAINT_CODE = "114"
#: How many words after the verb the opposed party may stand.
_REACH = 6
#: Prepositions that introduce the party argued with or against.
_OPPOSING = frozenset({"with", "against", "to"})
#: Words that close the phrase after the verb.
_END = frozenset({",", ".", ";", ":", "that", "over", "about", "on", "for", "in"})


@lru_cache(maxsize=1)
def dispute_verbs() -> frozenset[str]:
    """Verbs of differing and contending (``dispute-verb`` of ``sense_words.tsv``)."""
    return word_class("sense_words.tsv", "dispute-verb")


def _party(draft: Draft, w: Token) -> bool:
    """``w`` names an actor or is a noun for people."""
    from ..nominals import nominal_kind

    if draft.actor_at(w.start, w.end) is not None:
        return True
    return w.pos == "NOUN" and (nominal_kind(w) is not None or w.lemma.lower() in wordnet_people())


def opposes_a_party(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb at ``t`` has a party as its object or after "with" / "against" / "to"."""
    sent = doc.sentences[t.sent]
    opened = False  # a preposition of opposition seen, or the object's place right after the verb
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _REACH)):
        w = doc.tokens[k]
        low = w.text.lower()
        if low in _OPPOSING:
            opened = True
            continue
        if low in _END or w.pos in ("VERB", "AUX", "ADP", "SCONJ"):
            return False
        if _party(draft, w) and (opened or k <= t.i + 4):
            return True
    return False
