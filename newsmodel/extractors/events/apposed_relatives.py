"""A "who" clause hung on a noun phrase apposed to a person's name is said of the person.

"Senator Tom Vance, a Utah Republican who has met the governor, ..." -- the one who met the
governor is Vance: an apposition renames the name before it, so the relative clause on the
apposed phrase describes the same person. Both engines read the clause's subject as the noun
the clause hangs on ("Republican"), which is an actor of its own when the lexicons know the noun
(a party member, a CAMEO agent word), and the event went to that generic actor instead of the
person named (issue 14, stop 42, e57: PolNeAR train, senators introduced by party and state).
A phrase apposed to anything but a person ("the ministry, a body that ...") is left as it was.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft


def _person(draft: Draft, tok: Token) -> str | None:
    """The person actor with a mention on ``tok``, or None."""
    a = draft.actor_at(tok.start, tok.end)
    fields = draft.actor_fields(a) if a else None
    return a if fields is not None and fields.kind == "person" else None


def apposed_person(doc: AnnotatedDocument, draft: Draft, ante: Token) -> str | None:
    """With a parse: the person whose name ``ante`` -- the noun a relative clause hangs on -- is
    apposed to (``appos`` under a name), or None."""
    if ante.dep != "appos" or ante.head is None:
        return None
    return _person(draft, doc.tokens[ante.head])


def relative_clause_noun(doc: AnnotatedDocument, verb: Token) -> Token | None:
    """With a parse: the noun the relative clause of ``verb`` hangs on, when ``verb`` heads one."""
    if verb.dep != "acl:relcl" or verb.head is None:
        return None
    return doc.tokens[verb.head]


def apposed_person_before(doc: AnnotatedDocument, draft: Draft, phrase_start: int) -> str | None:
    """Without a parse: the person named right before the comma that opens the noun phrase
    starting at token ``phrase_start`` with a determiner ("Tom Vance, *a* Utah Republican who"),
    or None."""
    first = doc.sentences[doc.tokens[phrase_start].sent].token_start
    if phrase_start - 2 < first or doc.tokens[phrase_start - 1].text != "," or doc.tokens[phrase_start].pos != "DET":
        return None
    return _person(draft, doc.tokens[phrase_start - 2])
