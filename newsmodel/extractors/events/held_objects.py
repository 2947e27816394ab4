"""What the police caught, grabbed or took decides the act (issue 14, helper e84 at stop 46).

CAMEO.2.0's apprehend block (catch, grab, take, seize, ...) carries the subject-only pattern
"- POLICE * [173]" (an arrest).  Stop 46's e81 kept subject-only patterns on the sibling verbs
whose own code names the same category, and every verb of the block is COERCE, so "Police caught
the early train" and "grabbed a quick lunch" were arrests.  The pattern names only the subject;
the object says what was taken:

* people held -- a person noun, an actor typed a person or a group, a bare count ("caught 12"):
  COERCE arrest; unless they are carried to a place of care or home ("took the injured man to
  hospital", ``care-place`` of ``sense_words.tsv``), which is no coercion at all;
* goods or contraband taken -- ``seized-goods`` of ``sense_words.tsv`` and the object classes
  ``arms``, ``projectiles``, ``funds`` and ``records``: COERCE seize (PLOVER manual, the COERCE
  mode table: seize "Execute search, confiscate property, raid");
* anything else -- a ferry, a meal, a glimpse, the flu -- or no object: no event.

Only the subject-only pattern is screened so; the block's patterns that name an object or a
phrase ("into custody", "on suspicion") keep their codes.

Stop 47 (helper e87, issue 14 batch 150) carried the same screen to two neighbours:

* the block's other subject-only pattern, "- &MILITARY * [192]" (occupy territory): soldiers who
  caught the early train or a cold occupied nothing.  :func:`military_catch_mode` -- people held
  are COERCE arrest, goods or held ground (``taken_ground.held_ground``) COERCE seize, anything
  else no event;
* the object pattern "- * &HOSTAGE [181]" (abduct) when police or guards catch a prisoner, an
  inmate or a convict (object class ``captives``, ``escapee`` of ``sense_words.tsv``): taking an
  escaped prisoner back into custody is an arrest, not a kidnapping (:func:`custody_restored`).
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ...lexicons.nouns import wordnet_people

__all__ = ["ABDUCT_CODE", "ARREST_CODE", "custody_restored", "military_catch_mode", "police_catch_mode"]

#: The CAMEO code of the apprehend block's subject-only police pattern (arrest).
ARREST_CODE = "173"
#: CAMEO's code for abducting or taking hostages.
ABDUCT_CODE = "181"
#: Sector codes of parties that keep people in custody (police, prisons, courts, security services).
_CUSTODIANS = ("COP", "JUD", "SPY")
#: How many words after the object the destination of a carried person may stand.
_REACH = 6


@lru_cache(maxsize=1)
def _goods() -> frozenset[str]:
    """Nouns for things police take as evidence or contraband (``seized-goods``, and the object
    classes of arms, projectiles, funds and records)."""
    from .triggers import object_class

    return word_class("sense_words.tsv", "seized-goods").union(
        object_class("arms"), object_class("projectiles"), object_class("funds"), object_class("records"),
    )


@lru_cache(maxsize=1)
def _care_places() -> frozenset[str]:
    """Places a person is carried to for care or safety (``care-place``)."""
    return word_class("sense_words.tsv", "care-place")


def _people(doc: AnnotatedDocument, draft: Draft, o: Token) -> bool:
    """``o`` names people: an actor typed a person or a group, a noun for people, a bare count."""
    from ..nominals import nominal_kind
    from ..role_people import is_person_lemma

    a = draft.actor_at(o.start, o.end)
    actor = draft.actor_fields(a) if a else None
    if actor is not None:
        return actor.kind in ("person", "group")
    lemma = o.lemma.lower()
    if o.pos == "NUM":
        return o.text.replace(",", "").isdigit()
    return nominal_kind(o) is not None or is_person_lemma(lemma) or lemma in wordnet_people()


def _carried_to_care(doc: AnnotatedDocument, o: Token) -> bool:
    """A care place or "home" follows the object within a few words ("to a nearby clinic")."""
    sent = doc.sentences[o.sent]
    for k in range(o.i + 1, min(sent.token_end, o.i + 1 + _REACH)):
        w = doc.tokens[k]
        low = w.text.lower()
        if low == "home" or w.lemma.lower() in _care_places() and doc.tokens[k - 1].text.lower() not in ("into", "from"):
            return True
        if low in (",", ".", ";") or w.pos in ("VERB", "AUX"):
            return False
    return False


def police_catch_mode(doc: AnnotatedDocument, draft: Draft, obj: Token | None) -> str | None:
    """The COERCE mode of a police catch with object head ``obj`` ("arrest", "seize"), or None
    when nothing is held or seized (see the module docstring)."""
    if obj is None:
        return None
    if _people(doc, draft, obj):
        return None if _carried_to_care(doc, obj) else "arrest"
    if obj.lemma.lower() in _goods() or obj.text.lower() in _goods():
        return "seize"
    return None


def military_catch_mode(doc: AnnotatedDocument, draft: Draft, obj: Token | None) -> str | None:
    """The COERCE mode of a catch by soldiers ("- &MILITARY * [192]") with object head ``obj``:
    people held "arrest", goods or held ground "seize", anything else None."""
    from .taken_ground import held_ground

    if obj is None:
        return None
    if _people(doc, draft, obj):
        return None if _carried_to_care(doc, obj) else "arrest"
    if obj.lemma.lower() in _goods() or obj.text.lower() in _goods() or held_ground(doc, obj) is not None:
        return "seize"
    a = draft.actor_at(obj.start, obj.end)
    actor = draft.actor_fields(a) if a else None
    return "seize" if actor is not None and actor.kind in ("location", "country") else None


@lru_cache(maxsize=1)
def _escapees() -> frozenset[str]:
    """Nouns for people who belong in custody (object class ``captives``, ``escapee``)."""
    from .triggers import object_class

    return object_class("captives") | word_class("sense_words.tsv", "escapee")


def custody_restored(doc: AnnotatedDocument, draft: Draft, t: Token, obj: Token | None) -> bool:
    """A catch whose object is a prisoner, inmate or convict (``obj``) by police, guards or another
    custodian named before the verb in its sentence: an arrest, not an abduction."""
    if obj is None or (obj.lemma.lower() not in _escapees() and obj.text.lower() not in _escapees()):
        return False
    from .senses import coded_mention_between

    sent = doc.sentences[t.sent]
    if coded_mention_between(draft, doc.tokens[sent.token_start].start, t.start, _CUSTODIANS):
        return True
    keepers = word_class("sense_words.tsv", "custodian")
    return any(doc.tokens[k].lemma.lower() in keepers for k in range(sent.token_start, t.i))
