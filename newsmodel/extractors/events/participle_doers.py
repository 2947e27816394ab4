"""The doer of a participle that modifies a noun is the party the noun names (issue 14 batch 149,
helper e86 at stop 47, PolNeAR train recall).

"A group of governors backing the trade deal", "a coalition backing Senator Ortiz", "the former
president meeting with tribal elders": an English participle after a noun is a reduced relative
clause ("a group *that backs* the deal"), and its subject is the noun. spaCy's parse hangs the
participle on the noun as ``acl`` and the role rules read no subject there, so the act was dropped
for want of an agent; the rules engine's nearest actor before the verb is that noun already. This
gives the verbal acts of conflict and support (support, criticism, requests, refusals) the actor
the noun right before the participle names, when there is one and nothing else gave an agent.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft

__all__ = ["participle_doer"]

#: Categories whose act a party named by a noun does through a participle. Not CONSULT: a noun
#: with "visiting" or "returning" after it is mostly a traveller ("a journalist visiting Nice on
#: vacation", "soldiers returning from the war"), seen on PolNeAR train with spaCy.
_VERBAL = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "REJECT"})


def participle_doer(doc: AnnotatedDocument, draft: Draft, t: Token, category: str) -> str | None:
    """The actor the noun right before the -ing verb ``t`` names, for a verbal act; else None."""
    if category not in _VERBAL or t.pos != "VERB" or not t.text.lower().endswith("ing"):
        return None
    sent = doc.sentences[t.sent]
    if t.i - 1 < sent.token_start:
        return None
    prev = doc.tokens[t.i - 1]
    if prev.pos not in ("NOUN", "PROPN"):
        return None
    return draft.actor_at(prev.start, prev.end)
