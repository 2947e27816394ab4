"""The doer of an infinitive of purpose after a verb of contact and its object, without a parse.

"The senator phoned the president to thank him", "The minister visited Kabul to praise the
troops", "The mayor met the strikers on Friday to criticize the union leaders": the infinitive
says why the contact was made, and its doer is the one who made it -- a purpose clause is
controlled by the subject. The rules engine read the nearest name before the infinitive, the
object contacted (the president thanked, Kabul praised). Only verbs of contact
(``contact-verb`` in ``sense_words.tsv``) are read this way: after verbs of object control
("urged the governor to criticize", ``control_verbs.tsv``) and of sending or choosing
("sent troops to guard", "named her to lead") the object does the infinitive, and stays the
agent. Issue 14, stop 42, e57: PolNeAR train ("called <a rival> to congratulate him").

The same holds after a place phrase (:func:`place_before_purpose`): "Fishermen dumped rotten fish
outside the ministry to protest the quotas", "Students gathered outside the embassy to denounce
the arrests" -- the place is where the act was done, never its doer, so the infinitive is the
subject's. Only where no party stands as the verb's object: after "asked envoys in Geneva to
condemn" or "sent troops to the border to guard" the object does the infinitive (object control,
sending). Lead at stop 44, dev batch 127 A. After a verb of sending with a destination, though
("Kenya sent police officers to Haiti to fight gangs"), the forces sent act for the sender, who is
read as the doer -- never the destination (helper e72 at stop 44, dev batch 128 B).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ..nominals import nominal_kind
from ..roles import object_control_verbs
from .senses import event_words

#: Parts of speech of an object and of a time phrase after it ("the strikers on Friday").
_OBJECT_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADP", "PART"})
#: How many words may stand between the verb of contact and the infinitive's "to".
_REACH = 10


def contact_before_purpose(doc: AnnotatedDocument, to: int) -> Token | None:
    """The verb of contact whose object (and time phrase) alone stand between it and the
    infinitive's ``to``; None when another verb, a comma or a clause word stands between, or the
    verb is no verb of contact."""
    sent = doc.sentences[doc.tokens[to].sent]
    contact = event_words("contact-verb")
    for j in range(to - 1, max(sent.token_start, to - _REACH) - 1, -1):
        v = doc.tokens[j]
        if v.pos == "VERB":
            named = any(doc.tokens[k].pos in ("NOUN", "PROPN", "PRON") for k in range(j + 1, to))
            return v if named and v.lemma.lower() in contact else None
        if v.pos not in _OBJECT_POS or v.text.lower() in ("that", "who", "which"):
            return None
    return None


#: How many words may stand between a verb and a purpose infinitive's "to" across a place phrase
#: ("gathered in front of the health ministry on Tuesday to demand").
_PLACE_REACH = 14
#: Object pronouns: a party as the verb's object ("drove them to the border to ...").
_PARTY_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})


def place_before_purpose(doc: AnnotatedDocument, to: int) -> Token | None:
    """The verb whose place phrase (a ``place-purpose-preposition`` and its noun phrase, perhaps
    with a time phrase) alone, after the verb and any object that names no party, stands before
    the infinitive's ``to``: "dumped rotten fish outside the ministry to protest", "rallied in front
    of the ministry on Tuesday to demand". None when a party is the verb's object (a name, a
    person or group noun, an object pronoun), when a verb of object control has no object (only a
    thing it acts on shows that no party is made to act), or when another verb, a comma or a
    clause word stands between."""
    sent = doc.sentences[doc.tokens[to].sent]
    places = event_words("place-purpose-preposition")
    verb = None
    for j in range(to - 1, max(sent.token_start, to - _PLACE_REACH) - 1, -1):
        v = doc.tokens[j]
        if v.pos == "VERB":
            verb = v
            break
        if v.pos not in _OBJECT_POS or v.text.lower() in ("that", "who", "which"):
            return None
    if verb is None:
        return None
    place = next((k for k in range(verb.i + 1, to) if doc.tokens[k].pos == "ADP" and doc.tokens[k].text.lower() in places and _opens_noun_phrase(doc, k)), None)
    if place is None or not _names_a_place(doc, to - 1):
        return None
    for k in range(verb.i + 1, place):
        w = doc.tokens[k]
        if w.pos == "PROPN" or w.text.lower() in _PARTY_PRONOUNS or nominal_kind(w) is not None:
            if _sends_to_a_place(doc, verb, place):
                return verb  # "sent police officers to Haiti to fight gangs": the sender's forces fight, never Haiti
            return None  # "asked envoys in Geneva to condemn": the party asked does it
    if verb.lemma.lower() in object_control_verbs() and not any(doc.tokens[k].pos == "NOUN" for k in range(verb.i + 1, place)):
        return None  # a verb of object control whose party the rules engine may not see; with a thing as its object ("drove their tractors to the council") no party can do the act
    return verb


def _sends_to_a_place(doc: AnnotatedDocument, verb: Token, place: int) -> bool:
    """``verb`` is a verb of sending (``sending-verb``) and the place phrase at ``place`` is its
    destination ("to" or "into"): "Kenya sent police officers to Haiti to fight gangs", "deployed
    troops to the border to stop smugglers".  The forces sent act for the sender, so the sender (the
    clause's subject, as the parse reads it) is the infinitive's doer, never the destination the
    rules engine would take as the nearest name (helper e72 at stop 44, dev batch 128 B)."""
    return verb.lemma.lower() in event_words("sending-verb") and doc.tokens[place].text.lower() in ("to", "into")


def _names_a_place(doc: AnnotatedDocument, k: int) -> bool:
    """Word ``k``, right before the infinitive's "to", ends a phrase naming a place: a name ("outside
    City Hall"), a body's building ("the ministry", "the council": ``nominal_kind`` organization),
    or a place noun (``struck-thing``, ``purpose-place-noun``: "the embassy", "the square").  A noun
    that takes an infinitive of its own ("HP's decision not to fund", "programs to pool resources",
    "a rally to protest") is no place, and its infinitive is not the clause's purpose."""
    w = doc.tokens[k]
    if w.pos == "PROPN":
        return True
    if w.pos != "NOUN":
        return False
    lemma = w.lemma.lower()
    return nominal_kind(w) == "organization" or lemma in event_words("struck-thing") or lemma in event_words("purpose-place-noun")


def _opens_noun_phrase(doc: AnnotatedDocument, k: int) -> bool:
    """The preposition at ``k`` opens a noun phrase: "to" only before a determiner, an adjective, a
    number, a name or a possessive ("to the council", "to City Hall"); "to pressure Ukraine" is an
    infinitive whose verb the tagger took for a noun."""
    if doc.tokens[k].text.lower() != "to":
        return True
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    return nxt is not None and (nxt.pos in ("DET", "ADJ", "NUM", "PROPN") or nxt.text.lower() in ("their", "its", "his", "her", "our", "my", "your"))
