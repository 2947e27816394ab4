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
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ...lexicons.nouns import wordnet_people

__all__ = ["police_catch_mode"]

#: The CAMEO code of the apprehend block's subject-only police pattern (arrest).
ARREST_CODE = "173"
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
