"""A vehicle driven into a crowd: a ramming attack (issue 14 batch 142, helper e82 at stop 46:
PolNeAR train news of attacks with trucks and cars on crowds, which both engines missed).

"A van rammed into pedestrians", "a lorry slammed into a crowd of shoppers, killing twelve", "the
attacker drove a truck into a crowd": a vehicle driven into people is violence against them,
PLOVER ASSAULT.  The verb is a ``ram-verb`` (ram, plough, slam, smash, drive), followed -- right
away or past its object, the vehicle ("drove *a truck* into") -- by "into" and a noun phrase whose
head names people (a crowd noun, a people noun, a person or group actor; :func:`.fired_into.people_at`).
Into a ditch, a shop front or new factories ("ploughed its profits into") nothing is attacked.
News often names only the vehicle ("a van", "a lorry"), whose driver is the unnamed attacker: the
event keeps no agent then, as an agentless passive does.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..denial_forms import base_form
from .fired_into import people_at

__all__ = ["rams_into_people"]

#: Parts of speech of the words of the vehicle between the verb and "into" ("drove *his rented truck* into").
_VEHICLE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PRON", "NUM"})
#: How far after the verb "into" may stand.
_REACH = 5


def rams_into_people(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is a ``ram-verb`` whose "into" phrase names people (module docstring)."""
    verbs = word_class("sense_words.tsv", "ram-verb")
    if t.pos != "VERB" or (t.lemma.lower() not in verbs and base_form(t.text.lower(), verbs) is None):
        return False  # (by its written form too: the rules lemmatiser's "ploughe")
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _REACH)):
        w = doc.tokens[k]
        if w.text.lower() == "into":
            return people_at(doc, draft, k + 1)
        if w.pos not in _VEHICLE_WORDS and w.text not in ("'s", "’s"):
            return False
    return False
