"""A sport word used as an adjective on a noun that is no game names no game (issue 14 batch 149,
helper e86 at stop 47, PolNeAR train recall).

"final" is a sport noun ("in the final", "the cup final") and an everyday adjective: "a
proposal for a final debate", "rushing the final vote on the budget", "a final round of talks".
The sport test (``senses._sport``) took any sport word in the sentence for a game, so a rejection,
accusation or request beside "final vote" was dropped as sport. Stop 41 (e52) exempted the
adjective when it qualifies the act itself or its object ("a final demand", "rejected the final
offer"); this reads the general case: a sport word tagged an adjective, right before a noun that
is itself no sport word, says which one ("the final vote"), not that a game is played. "the
final minutes of the cup final" keeps its game in the noun "final"; "the final whistle" too is
only an adjective, and a coach or player stays no party the coder knows.
"""

from __future__ import annotations

from ...document import AnnotatedDocument

__all__ = ["adjective_on_other_noun"]


def adjective_on_other_noun(doc: AnnotatedDocument, k: int, sport: frozenset[str]) -> bool:
    """Token ``k`` is an adjective right before a noun whose lemma and text are no ``sport``
    word ("a *final* debate"; not "the *final* quarter-final")."""
    toks = doc.tokens
    if toks[k].pos != "ADJ" or k + 1 >= len(toks) or toks[k + 1].sent != toks[k].sent:
        return False
    nxt = toks[k + 1]
    return nxt.pos == "NOUN" and nxt.lemma.lower() not in sport and nxt.text.lower() not in sport
