"""A cue verb whose object is an audience: spoken to, not spoken about (parse engines).

"address" is a cue in its issue sense (PropBank address.01: "addressed the
fact that ...", "can address the voters' concerns"), which ``cue_frames.tsv``
lists with an object frame.  With an audience as object it is address.02,
speaking to listeners ("addressed the rally", "addressed the students of the
college", "addressing the party's annual gala"): the object is who heard,
not what was said, so there is no content and no statement (PolNeAR train:
such uses are not marked).  An audience is a gathering noun
(``cue_object_senses.tsv`` class ``audience-noun``), a WordNet noun for
people, a person's name or a personal pronoun.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class
from ...lexicons.nouns import wordnet_people
from ..tree import child

__all__ = ["speaks_to_audience"]

#: Personal pronouns that stand for listeners ("addressed them").
_LISTENER_PRONOUNS = frozenset({"him", "her", "them", "us", "you"})


@lru_cache(maxsize=1)
def _audience_verbs() -> frozenset[str]:
    return word_class("cue_object_senses.tsv", "audience-verb")


@lru_cache(maxsize=1)
def _audience_nouns() -> frozenset[str]:
    return word_class("cue_object_senses.tsv", "audience-noun")


def speaks_to_audience(doc: AnnotatedDocument, t: Token) -> bool:
    """Cue ``t`` ("address") has an audience as its object (or passive subject)."""
    if t.lemma not in _audience_verbs():
        return False
    obj = child(doc, t.i, "obj") or child(doc, t.i, "nsubj:pass")
    if obj is None:
        return False
    if obj.pos == "PRON":
        return obj.text.lower() in _LISTENER_PRONOUNS
    lemma = obj.lemma.lower()
    return (lemma in _audience_nouns() or lemma in wordnet_people()
            or any(e.label in ("PERSON", "NORP") for e in doc.entities_at(obj.i)))
