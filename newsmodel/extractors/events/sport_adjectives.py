"""A sport word used as an adjective on a noun that is no game names no game (issue 14 batch 149,
helper e86 at stop 47, PolNeAR train recall).

"final" is a sport noun ("in the final", "the cup final") and an everyday adjective: "a
proposal for a final debate", "rushing the final vote on the budget", "a final round of talks".
The sport test (``senses._sport``) took any sport word in the sentence for a game, so a rejection,
accusation or request beside "final vote" was dropped as sport. Stop 41 (e52) exempted the
adjective when it qualifies the act itself or its object ("a final demand", "rejected the final
offer"); this reads the wider case: a sport word tagged an adjective, right before a noun of
politics or negotiation (``final-act-noun`` of ``sense_words.tsv``: vote, debate, round, draft,
offer, ...), says which one ("the final vote"), not that a game is played. Before any other noun
the sport reading stays: "attacked on the final climb", "the final whistle", "the final minutes of
the cup final" are games (the dev rows of stop 41 have the climb).
"""

from __future__ import annotations

from ...document import AnnotatedDocument
from ...lexicons import word_class

__all__ = ["adjective_on_other_noun"]


def adjective_on_other_noun(doc: AnnotatedDocument, k: int, sport: frozenset[str]) -> bool:
    """Token ``k`` is an adjective right before a ``final-act-noun`` that is no ``sport`` word
    ("a *final* debate"; not "the *final* climb", "the *final* quarter-final")."""
    toks = doc.tokens
    if toks[k].pos != "ADJ" or k + 1 >= len(toks) or toks[k + 1].sent != toks[k].sent:
        return False
    nxt = toks[k + 1]
    if nxt.pos != "NOUN" or nxt.lemma.lower() in sport or nxt.text.lower() in sport:
        return False
    acts = word_class("sense_words.tsv", "final-act-noun")
    return nxt.lemma.lower() in acts or nxt.text.lower() in acts
