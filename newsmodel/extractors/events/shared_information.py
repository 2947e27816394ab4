"""Information handed to a state or to a state's body: COOPERATE (issue 14, helper e52 at stop 41).

PLOVER COOPERATE covers "voluntary exchanges or sharing of intelligence and other significant
information" (CAMEO 064, share intelligence or information). The CAMEO verb dictionary reads
"provide information" as a statement (its GRANT block: ``&INFORMATION`` 010): information put
out to the world is an act towards no one. What makes it an act is the party it goes to, named
by the verb: "gave the border police the names of the smugglers", "provided the intelligence
service with data on the tanker", "passed the details of the passport to the Thai police"
(a shape met in PolNeAR train news: a federal office handing a security agency who lived where).

So a verb of ``share-information-verb`` (``sense_words.tsv``) whose thing given is information
-- object class ``records`` (information, intelligence, data, evidence, records, files) or a
``shared-information`` head (names, addresses, details, a list, whereabouts) -- and whose
recipient is a state or a state's governing, security, intelligence, judicial or
inter-governmental body is COOPERATE. The recipient is what keeps the reading right: names given
to reporters, to the players, to families or to no one named stay none, and so does what a
website or a spokesman "provides" with no recipient. The shapes (recipient first, with-frame,
to-phrase) are the ones :func:`.state_aid.giving_roles` reads for aid.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .state_aid import giving_roles
from .triggers import object_class

__all__ = ["INFORMATION_GIVE_VERBS", "shares_information"]

#: Verbs that hand a thing to a recipient they name (``share-information-verb``).
INFORMATION_GIVE_VERBS = word_class("sense_words.tsv", "share-information-verb")
_INFORMATION = word_class("sense_words.tsv", "shared-information")
#: Sector codes of the bodies of a state (and of states together) that information can be shared with.
_STATE_BODIES = ("GOV", "MIL", "COP", "SPY", "JUD", "IGO")


def shares_information(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is a verb of giving by which an actor hands information to a state or a state's body."""
    if t.pos != "VERB" or t.lemma.lower() not in INFORMATION_GIVE_VERBS:
        return False  # first: asked of every verb no lexicon row claims
    found = giving_roles(doc, t) or _deep_to_phrase(doc, t)
    if found is None:
        return False
    _giver, thing, recipient = found
    return _information(thing) and _state_body(draft, recipient)


def _deep_to_phrase(doc: AnnotatedDocument, t: Token) -> tuple[None, Token, Token] | None:
    """(None, object, recipient) where the parser hung the verb's to-phrase on a noun inside its
    object ("passed the details of the new passport *to the Thai police*": "to" on "passport"),
    two of-phrases deep at most; the words alone are read by :func:`.state_aid.giving_roles`."""
    if not doc.has_parse:
        return None
    obj = next((c for c in doc.children(t.i) if c.dep in ("obj", "dobj")), None)
    heads = [obj] if obj is not None else []
    for _depth in range(3):
        nested = []
        for h in heads:
            for c in doc.children(h.i):
                if not c.dep.startswith("nmod") or c.i < h.i:
                    continue
                case = next((g.text.lower() for g in doc.children(c.i) if g.dep == "case"), None)
                if case == "to":
                    return None, obj, c
                if case == "of":
                    nested.append(c)
        heads = nested
    return None


def _information(w: Token) -> bool:
    """A head of information: object class ``records`` or ``shared-information``, by lemma or text."""
    lemma, low = w.lemma.lower(), w.text.lower()
    records = object_class("records")
    return lemma in records or low in records or lemma in _INFORMATION or low in _INFORMATION


def _state_body(draft: Draft, w: Token) -> bool:
    """An actor at ``w`` that is a state or one of its bodies (:data:`_STATE_BODIES`), not the press."""
    actor = draft.actor_fields(draft.actor_at(w.start, w.end))
    if actor is None:
        return False
    code = actor.code or ""
    return actor.kind == "country" or any(sector in code for sector in _STATE_BODIES)
