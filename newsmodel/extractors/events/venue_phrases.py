"""An at-phrase naming a venue by a proper noun before it is where, not whom (both engines).

"The governor promised at a Denver rally to cut taxes", "the senator criticized the president at
an Ohio town hall", "the minister met the envoy at a Geneva hotel": "at" names a target when it
heads a party ("fired at the patrol", "shouted at the mayor"), but a rally, a town hall or a
hotel is a venue, and the city or state compounded before it says where the venue is -- no one
the act is done to. A venue here is a common noun that names no actor and no people (a role,
group or member noun the lexicons know would be a party: "at the Ohio voters"); the proper noun
before it is its modifier. Issue 14 batch 136 (helper e77 at stop 45; both engines on PolNeAR
train gave a promise made at a rally in a Nevada city to that city).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..roles import names_people

#: Parts of speech that may open the venue's noun phrase before its proper-noun modifier.
_OPENERS = frozenset({"DET", "ADJ", "NUM"})


def venue_noun(draft: Draft, noun: Token) -> bool:
    """``noun`` is a common noun that names no actor and no people ("rally", "hall", "hotel")."""
    return noun.pos == "NOUN" and draft.actor_at(noun.start, noun.end) is None and not names_people(noun)


def parsed_venue(doc: AnnotatedDocument, draft: Draft, head: Token) -> bool:
    """With a parse: the at-phrase headed by ``head`` is a venue with a proper-noun modifier."""
    return venue_noun(draft, head) and any(c.dep in ("compound", "amod", "flat") and c.pos == "PROPN" and c.i < head.i for c in doc.children(head.i))


def venue_phrase_end(doc: AnnotatedDocument, draft: Draft, a: int, end: int) -> int | None:
    """Without a parse: when tokens ``a`` .. ``end`` open with "at" and a noun phrase whose
    proper nouns stand before a venue noun ("at a Denver rally", "at an Ohio town hall"), the
    index right after that phrase; else None."""
    if a >= end or doc.tokens[a].text.lower() != "at":
        return None
    k = a + 1
    while k < end and doc.tokens[k].pos in _OPENERS:
        k += 1
    names = k
    while k < end and doc.tokens[k].pos == "PROPN":
        k += 1
    if k == names:
        return None  # no proper noun before the noun: "at the mayor", "at a rally of farmers"
    nouns = k
    while k < end and doc.tokens[k].pos == "NOUN":
        k += 1
    if k == nouns or not venue_noun(draft, doc.tokens[k - 1]):
        return None
    return k
