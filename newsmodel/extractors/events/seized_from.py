"""Ground or goods taken "from" a party: that party loses them, and is the seizure's target.

"Government troops retook the airport from the rebels", "Police seized weapons from the
smugglers": PLOVER COERCE (mode seize) names the one that takes as source and the one that loses
the ground or the goods as target.  The rules engine's surface reader already takes the actor
after "from" as a target; the parse reader took only the verb's object (the airport, the weapons)
and lost the rebels.  With a parse, the actor of a "from" phrase on the seizing verb (an oblique
with the case word "from") is added to the targets when it can act -- a person, a group, a body or
a state, not a place ("from the north", "from the capital": where the thing was taken, no party).
Issue 14, helper e88 at stop 47 (dev batch 151; e87 left "retook ... from the rebels" on spaCy).
"""

from __future__ import annotations

from typing import Callable

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..roles import actor_of

__all__ = ["seized_from_parties"]


def seized_from_parties(doc: AnnotatedDocument, draft: Draft, t: Token, can_act: Callable[[Draft, str], bool]) -> list[str]:
    """The actors of the "from" phrases on the seizing verb ``t`` (with a parse) that can act
    (``can_act``) and are no place; [] without a parse or a verb."""
    if not doc.has_parse or t.pos != "VERB":
        return []
    out: list[str] = []
    for c in doc.children(t.i):
        if c.dep not in ("obl", "nmod") or c.i < t.i:
            continue
        if not any(g.dep == "case" and g.text.lower() == "from" for g in doc.children(c.i)):
            continue
        a = actor_of(doc, draft, c)
        fields = draft.actor_fields(a) if a else None
        if a is None or fields is None or fields.kind == "location" or not can_act(draft, a):
            continue
        if a not in out:
            out.append(a)
    return out
