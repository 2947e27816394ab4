"""Organisation, group and person nouns (``org_words.tsv``).

One file, six classes: ``org_head`` ends an organisation's name
("Brussels Morning *Newspaper*"), ``org_noun`` names an organisation without
naming it ("the *ministry*"), ``group_noun`` a collective source
("*officials*"), ``person_noun`` one person ("the *judge*"), ``hazard`` a
natural hazard or disease, which is never an actor ("*Cholera* killed",
"*Typhoon* Haiyan"), ``member_noun`` the members of the agent before it ("coast guard
*crews*").
"""

from __future__ import annotations

from functools import lru_cache

from . import rows

__all__ = [
    "org_heads", "org_head_word", "venue_heads", "org_nouns", "group_nouns", "person_nouns", "hazard_nouns", "member_nouns", "people_heads", "unmarked_plurals",
    "wordnet_people", "no_party_nouns",
]


@lru_cache(maxsize=None)
def _of_class(cls: str) -> frozenset[str]:
    return frozenset(r[0] for r in rows("org_words.tsv") if len(r) > 1 and r[1] == cls)


def org_heads() -> frozenset[str]:
    return _of_class("org_head")


def org_head_word(word: str) -> bool:
    """``word`` ends an organisation's name: an ``org_head`` ("Times"), or a hyphened compound whose
    capitalised last part is one -- an outlet named after two papers ("Sun-Times", "Star-Tribune");
    a double-barrelled personal name has no head word at its end ("Hans-Peter"). Issue 14, helper
    a23 at stop 45 ("the Denver Sun-Times" was a person on the rules engine)."""
    heads = org_heads()
    if word in heads:
        return True
    if "-" not in word or not word[:1].isupper():
        return False
    last = word.rsplit("-", 1)[1]
    return last[:1].isupper() and last in heads


@lru_cache(maxsize=1)
def venue_heads() -> frozenset[str]:
    """Words that end a street's, a square's or a venue's name ("Avenue", "Garden", "Stadium"):
    the name is a place, not a person (issue 14, a21 stop 44); with a building's last word
    (``actor_words.tsv`` class ``building-head``: "Tower", "Hall"), kept out of this file since its
    words are the headline vocabulary's, where "Hall" would read as a common word (a27 stop 48)."""
    from . import word_class

    return _of_class("venue_head") | frozenset(w.capitalize() for w in word_class("actor_words.tsv", "building-head"))


def org_nouns() -> frozenset[str]:
    return _of_class("org_noun")


def group_nouns() -> frozenset[str]:
    return _of_class("group_noun")


def person_nouns() -> frozenset[str]:
    """Common nouns naming one person ("the woman", "the judge")."""
    return _of_class("person_noun")


def hazard_nouns() -> frozenset[str]:
    """Natural hazards and diseases (lower case): a name made of one is no actor ("Cholera killed
    dozens", "Hurricane Maria destroyed"), since PLOVER codes only events between actors."""
    return _of_class("hazard")


def member_nouns() -> frozenset[str]:
    """Nouns naming the members or craft of the agent before them ("coast guard *crews*")."""
    return _of_class("member_noun")


def people_heads() -> frozenset[str]:
    """Nouns for people that the other classes and the agents dictionary leave out ("counterpart",
    "emir"): with a name before them ("his Chinese counterpart") the phrase refers to that actor's people."""
    return _of_class("people_head")


@lru_cache(maxsize=1)
def wordnet_people() -> frozenset[str]:
    """Common nouns for people from WordNet (class ``people`` of ``noun_kinds_wordnet.tsv``, generated
    by ``scripts/build_noun_kinds.py``): "tribesman", "smuggler", "trucker" -- the singulars; a
    plural of one heading a phrase is a group of people."""
    return frozenset(r[0] for r in rows("noun_kinds_wordnet.tsv") if len(r) > 1 and r[1] == "people")


@lru_cache(maxsize=1)
def no_party_nouns() -> frozenset[str]:
    """Animals, plants, natural phenomena and groups of animals from WordNet (class ``no-party`` of
    ``noun_kinds_wordnet.tsv``): "wolf", "locust", "herd", "storm" -- the singulars; their
    capitalised plural opening a sentence is no name."""
    return frozenset(r[0] for r in rows("noun_kinds_wordnet.tsv") if len(r) > 1 and r[1] == "no-party")


@lru_cache(maxsize=1)
def unmarked_plurals() -> tuple[str, ...]:
    """Endings of plurals without an -s ("Police Arrest", "Gunmen Kill", "Aircraft struck"): class
    ``unmarked-plural`` of ``engine_words.tsv``, as a tuple for ``str.endswith``."""
    from . import word_class

    return tuple(sorted(word_class("engine_words.tsv", "unmarked-plural")))
