"""A building seized is a seizure, not asylum taken (issue 14, helper e94 at stop 48; dev batch 157).

CAMEO's seize block carries a no-event pattern for ``&ASYLUM`` ("took refuge", "sought
shelter"), and its synset lists "house" beside "asylum", "refuge" and "shelter" (for the verb
"to house").  So "Armed deputies seized the ranch house" matched the no-event pattern and gave
nothing, where PLOVER reads a COERCE seizure of property.  A ``struck-thing`` noun (a house, a
building, a compound) made definite or specific by a determiner, possessive or modifier before it
("the ranch house", "a farmhouse", "his house") names a building, so the verb keeps its own sense;
a bare "took shelter" or "sought refuge" still names no event.

By construction :func:`seized_building` reads only the verb's direct object
(:func:`.senses._object_head`) and the word before it.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from .non_event_senses import _words

__all__ = ["seized_building"]

#: Tags before the object that make it a specific building ("the", "his", "ranch", "abandoned").
_SPECIFIERS = frozenset({"DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"})


def seized_building(doc: AnnotatedDocument, t: Token, obj: Token | None) -> bool:
    """``obj`` (the direct object of the verb ``t``) is a ``struck-thing`` noun with a
    determiner, possessive or modifier right before it."""
    if obj is None or obj.pos != "NOUN" or obj.lemma.lower() not in _words("struck-thing"):
        return False
    before = doc.tokens[obj.i - 1] if obj.i - 1 > t.i else None
    return before is not None and before.pos in _SPECIFIERS
