"""The possessor of an event noun as its agent, when the possessor is a common noun for a party.

"The agency's probe of the loans", "the opposition's march to the capital", "the province's ban
on rallies": English puts the doer of a nominal act in the possessive (the subject of "the agency
probed the loans"). With a name ("Russia's invasion") the possessor is an actor already and the
surface noun path (:func:`.surface_roles.surface_roles`) takes it; a common noun ("agency",
"opposition", "senator") becomes an actor only where some rule asks for it, so the rules engine
-- which has no parse to ask -- found no agent once the tagger read the event word as a noun
(issue 14, helper e47 at stop 39). Here the possessor is made an actor by the same lexicons as
any nominal actor (:func:`..nominals.nominal_actor`: an organisation, a group, a role or a
person noun), so a time word ("last week's raid") or a thing ("the report's release") never is;
and one person is no protester by possession ("the candidate's rallies" are campaign rallies he
holds; a protest is a body's act).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..nominals import nominal_actor, nominal_kind
from .triggers import match_trigger

__all__ = ["possessor_agent"]

_POSSESSIVE = frozenset({"'s", "’s"})


def possessor_agent(doc: AnnotatedDocument, draft: Draft, noun: Token) -> str | None:
    """The actor of the common noun possessing ``noun`` ("the *agency*'s probe", "the *senator*'s
    sharp attack"; adjectives may stand between), made if need be; None when no possessive stands
    before the noun or its possessor is no party the lexicons type."""
    start = doc.sentences[noun.sent].token_start
    k = noun.i - 1
    while k > start and doc.tokens[k].pos == "ADJ":
        k -= 1
    if k <= start or doc.tokens[k].text not in _POSSESSIVE:
        return None
    head = doc.tokens[k - 1]
    if head.pos != "NOUN":
        return None  # a name is an actor already when it names one
    found = draft.actor_at(head.start, head.end)
    if found:
        return found
    if nominal_kind(head) == "person" and (match_trigger(doc, noun) or (None, None))[1] == "PROTEST":
        return None  # "the candidate's rallies": one person holds a rally, a body marches in protest
    lo = k - 1
    while lo > start and doc.tokens[lo - 1].pos in ("ADJ", "NOUN") and doc.tokens[lo - 1].text not in _POSSESSIVE:
        lo -= 1  # "the main opposition party's march": the phrase's modifiers
    if lo > start and doc.tokens[lo - 1].text.lower() == "the":
        lo -= 1
    return nominal_actor(draft, head, doc.tokens[lo].start)
