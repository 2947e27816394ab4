"""Shots fired into a crowd (issue 14 batch 142, helper e82 at stop 46: PolNeAR train, news of
attacks on crowds and rallies).

"Soldiers fired into the crowd", "shots were fired into a crowd of mourners": firing into people
is physical violence, PLOVER ASSAULT (CAMEO 193, small arms, as "fired on" / "fired at"), whoever
fires and whether or not the shooter is named (the passive keeps the event, as for "fired at").
Fired "into the air", "into the sky" or "into the sea" hits no one -- a warning or a test -- so
the trigger ``fire into`` counts only when what follows "into" is people: a crowd noun (object
class ``crowds``: crowd, mob, protesters, marchers), a noun the lexicons or WordNet type as
people, or an actor of kind person or group.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons.nouns import wordnet_people
from ..nominals import nominal_kind
from .triggers import object_class

__all__ = ["fired_into_people", "people_at"]

#: Words that may stand between "into" and the head noun ("into *a large* crowd").
_INNER = frozenset({"DET", "ADJ", "NUM"})


def fired_into_people(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is "fire" right before "into", and the head of the noun phrase after "into" names people
    (module docstring); read on the words, so both engines agree."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if t.lemma.lower() != "fire" or k >= sent.token_end or doc.tokens[k].text.lower() != "into":
        return False
    return people_at(doc, draft, k + 1)


def people_at(doc: AnnotatedDocument, draft: Draft, k: int) -> bool:
    """The noun phrase that starts at token ``k`` (past determiners, adjectives and numbers) has a
    head that names people: a ``crowds`` noun, a people noun or a coded person or group actor."""
    sent = doc.sentences[doc.tokens[k].sent] if k < len(doc.tokens) else None
    if sent is None:
        return False
    while k < sent.token_end and doc.tokens[k].pos in _INNER:
        k += 1
    if k >= sent.token_end or doc.tokens[k].pos not in ("NOUN", "PROPN"):
        return False
    w = doc.tokens[k]
    lemma, low = w.lemma.lower(), w.text.lower()
    if lemma in object_class("crowds") or low in object_class("crowds"):
        return True
    if lemma in wordnet_people() or nominal_kind(w) in ("person", "group"):
        return True  # "into pedestrians", "into a group of officers"
    # a person or group actor a lexicon codes ("into the marchers"); an untyped group the role rules
    # made of a noun ("into the air") is no one
    actor = draft.actor_fields(draft.actor_at(w.start, w.end))
    return actor is not None and actor.kind in ("person", "group") and actor.code is not None
