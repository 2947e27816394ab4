"""A city's name before a pact noun is the pact's own name, no party (issue 14, helper e84 at
stop 46).

Pacts are named after the city where they were made: "the Minsk accord", "the Oslo accords",
"the Geneva agreement", "the Lusaka accord".  The parties of such a pact are states, bodies and
armed groups, named around it ("between Kyiv and the separatists", "Angola's accord with the
rebels"); the city only names it.  Stop 46's :mod:`.party_pacts` read any actor before the pact
noun as its owner, so "The Geneva agreement with Tehran expired" was an agreement Geneva made.

A name is the pact's own when it stands bare (no possessive) right before the pact noun (or
before a modifier of it) and is a capital or seat of the gazetteer, or an actor the engine typed
a location or a person (the rules engine types an unknown capitalised word a person): a country,
an organisation or a group before the noun ("the EU-Turkey deal", "the Iran deal") stays a party.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import gazetteer

__all__ = ["pact_named_after", "pact_own_name"]

#: Gazetteer kinds of cities (a pact's own name); countries, regions and bodies are parties.
_CITY_KINDS = frozenset({"capital", "seat"})
#: Actor kinds that a bare city name before a pact noun may have been given.
_NAME_KINDS = frozenset({"location", "person"})
#: Possessive endings, whatever a tagger calls them.
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def pact_own_name(doc: AnnotatedDocument, draft: Draft, w: Token, pact: Token) -> bool:
    """The capitalised word ``w`` before the pact noun ``pact`` names the pact, not a party."""
    if w.i >= pact.i or not w.text[:1].isupper():
        return False
    nxt = doc.tokens[w.i + 1]
    if nxt.text in _POSSESSIVE or nxt.text in ("-", "–", "/"):
        return False  # "Kyiv's accord", "the EU-Turkey deal": parties
    if any(doc.tokens[k].pos == "PROPN" or doc.tokens[k].text in _POSSESSIVE for k in range(w.i + 1, pact.i)):
        return False  # another name between: "the Oslo Ghana accord" is too loose to read
    kind = (gazetteer().get((w.text,)) or ("",))[0]
    if kind:
        return kind in _CITY_KINDS
    a = draft.actor_at(w.start, w.end)
    fields = draft.actor_fields(a) if a else None
    return fields is not None and fields.kind in _NAME_KINDS


def pact_named_after(doc: AnnotatedDocument, draft: Draft, w: Token, t: Token) -> bool:
    """``t`` is a pact noun (``pact-noun``) and the word ``w`` before it is its own name: no party
    to it, so no agent of it ("the Lusaka accord between Angola and the rebels": Angola and the
    rebels agreed).  Read by both engines' role rules (e87, stop 47)."""
    from .party_pacts import pact_nouns

    return t.lemma.lower() in pact_nouns() and pact_own_name(doc, draft, w, t)
