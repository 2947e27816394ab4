"""Who an agentless passive release lets go, without a parse.

"The opposition leader was released from prison on Tuesday", "Four journalists were freed after
two months in detention": wire copy often leaves unsaid who let a detainee go, but who was let go
is named, and PLOVER codes the release (RETREAT release) with its source unknown. With a parse
the passive's labels tell the patient, and such releases were kept already; without one a
"released report" or an "album released" could pass for people, since the rules engine makes a
noun source a ``group`` by default. So the rules engine keeps the release only when the noun
right before the passive's "be" is an actor that is a person or a group the lexicons type as
people -- one that can act (``events._can_act``) -- and that actor is the event's target
(issue 14 batch 94, PolNeAR train recall: a detained opposition figure and a group of political
prisoners let go in one sentence, neither release naming who let them go).
"""

from __future__ import annotations

from collections.abc import Callable

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..tree import be_before

__all__ = ["released_people"]

#: Words that may stand between the subject and "be" ("has been", "had also been").
_BETWEEN = frozenset({"has", "have", "had", "also", "then", "later", "finally", "eventually", "recently"})
#: Kinds of actor a release lets go: people, not things or places.
_PEOPLE = frozenset({"person", "group"})


def released_people(doc: AnnotatedDocument, draft: Draft, t: Token, targets: list[str], can_act: Callable[[Draft, str], bool]) -> bool:
    """Without a parse: the release verb ``t`` is a passive ("be" and adverbs right before it)
    whose subject, the noun before that "be", is one of ``targets`` -- a person or a group that
    can act."""
    if doc.has_parse or not targets:
        return False
    sent = doc.sentences[t.sent]
    be = be_before(doc, t)
    if be is None:
        return False
    k = be - 1
    while k > sent.token_start and (doc.tokens[k].text.lower() in _BETWEEN or doc.tokens[k].text.lower() == "been"):
        k -= 1
    w = doc.tokens[k]
    if w.pos not in ("NOUN", "PROPN"):
        return False
    who = draft.actor_at(w.start, w.end)
    fields = draft.actor_fields(who) if who is not None else None
    return who in targets and fields is not None and fields.kind in _PEOPLE and can_act(draft, who)
