"""A legal relief names the person it relieves (issue 14, lead, stop 43, dev batch 119).

"A judge threw out the case against the former mayor", "Prosecutors dropped all charges against
the activists", "The high court quashed the conviction of the blogger": a court, judge or
prosecutor that drops a prosecution or its outcome eases a legal sanction on a person -- CONCEDE
with that person its target, as the dev file codes an acquittal and CAMEO codes "throw out
charges" (081).  The triggers are ``event_triggers.tsv``'s verb + ``@legal-burden`` rows
(``object_classes.tsv``: case, charge, conviction, sentence, verdict, indictment, prosecution).

The same words with no one relieved are something else: "The senator dismissed the charges
against him as a political smear" is the accused's own denial (CAMEO 016, a comment PLOVER drops;
the denial rules read it), and "him" is the agent, so no target is left; "dismissed the charges as
baseless" names no one at all.  So such a trigger keeps its event only with a target that is not
its agent -- :func:`relieves_no_one` tells the coder when it has none.
"""

from __future__ import annotations

from ...document import Token
from .triggers import object_class

__all__ = ["is_legal_relief", "relieves_no_one"]


def is_legal_relief(category: str, last: Token) -> bool:
    """The trigger is a legal relief: a CONCEDE whose trigger ends on a ``legal-burden`` noun (the
    object the verb + ``@legal-burden`` row matched: "threw out the *case*", "quashed the *conviction*")."""
    return category == "CONCEDE" and last.pos == "NOUN" and last.lemma.lower() in object_class("legal-burden")


def relieves_no_one(category: str, last: Token, targets: list[str]) -> bool:
    """A legal relief with no target left once its agents are set apart: the accused dismissing
    the charges against himself, or charges dismissed with no person named -- no event."""
    return not targets and is_legal_relief(category, last)
