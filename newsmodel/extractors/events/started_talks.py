"""Talks opened "with" a party: the party is the consultation's target.

"The minister kicked off talks with the unions", "The premier opened talks with the rebels": the
verb (a CAMEO pattern on "kick off", "open", "begin", "launch" with a talk noun as object) carries
the CONSULT, and its partner sits in the with-phrase of the object noun, not of the verb.  The
parse reader takes a verb's targets from its objects and their names; the talk noun names no actor
itself, so the unions were lost (spaCy).  With a parse, an object of the verb that is itself a
CONSULT noun of the trigger lexicon (talks, negotiations, consultations ...) lends the actors of its
with-phrase as targets.  Issue 14, helper e88 at stop 47 (dev batch 151; e87 left "kicked off
talks with the unions" with no target on spaCy).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..roles import actor_of, object_tokens
from .triggers import match_trigger

__all__ = ["talk_object_partners"]


def talk_object_partners(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """The actors of the with-phrases on the CONSULT nouns that are objects of verb ``t``; [] when
    there is no parse, no such object or no actor there."""
    if not doc.has_parse or t.pos != "VERB":
        return []
    out: list[str] = []
    for o in object_tokens(doc, t):
        if o.pos != "NOUN" or o.i < t.i:
            continue
        m = match_trigger(doc, o)
        if m is None or m[1] != "CONSULT":
            continue
        for c in doc.children(o.i):
            if c.dep != "nmod" or not any(g.dep == "case" and g.text.lower() == "with" for g in doc.children(c.i)):
                continue
            a = actor_of(doc, draft, c)
            if a is not None and a not in out:
                out.append(a)
    return out
