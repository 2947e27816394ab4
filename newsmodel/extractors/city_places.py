"""A city the rules engine read as a person: placed once, never speaking, it is the place.

The rules engine reads an unknown capitalised word as a person's name, so a city the gazetteer
does not list ("Sacramento", "Indianapolis", "Philadelphia") is a person actor, which the
Phoenix countries dictionary then codes with its country (a bare country code: "USA").
``generic_agents.add_codes`` already makes such a name a place when *every* mention follows a
preposition of place; news also writes the city as a subject or a modifier ("Sacramento is
weighing new permits", "the Sacramento plant"), which kept the whole actor a person. A name the
dictionary codes as a country's place is read as a location when

* one mention at least follows a preposition of place (``_place_mention``: "poured into
  Sacramento", "across Indianapolis", "in Leeds and Hull"),
* no mention is a person's: no pronoun was resolved to it, no title was read before it, no
  mention is followed by a verb of speech (``speech_verbs.tsv`` class ``speech``: "Austin said";
  a city "plans" and "expects" as its government does), and the
  name does not open with a given name (``first_names.tsv``).

Issue 14, helper a22 at stop 45 (PolNeAR train, rules engine: cities typed as people coded USA).
"""

from __future__ import annotations

import re
from typing import Callable

from ..draft import Draft
from ..lexicons import gazetteer, word_class
from ..lexicons.cues import speech_verbs
from .mentions import PERSON_PRONOUNS


def _given_name(word: str) -> bool:
    low = word.lower()
    return low in word_class("first_names.tsv", "male") or low in word_class("first_names.tsv", "female")


def _speaks(draft: Draft, end: int) -> bool:
    """The word right after a mention ending at ``end`` is a verb of speech ("said", "told")."""
    doc = draft.doc
    k = end
    text = draft.text
    while k < len(text) and text[k] in " \t":
        k += 1
    t = doc.token_at(k)
    if t is None or t.start != k:
        return False
    verbs = speech_verbs()
    return verbs.get((t.lemma or t.text).lower(), verbs.get(t.text.lower())) == "speech"


def not_a_person(draft: Draft, actor_id: str, *, given_name: bool = True) -> bool:
    """No mention of the actor is a person's: no pronoun was resolved to it, no title was read
    before it, no verb of speech follows one, and (unless ``given_name`` is False) its name opens
    with no given name."""
    actor = draft.actor(actor_id)
    if actor is None or not actor.mentions or actor.titles or (given_name and _given_name(actor.name.split()[0])):
        return False
    text = draft.text
    if any(text[m.start : m.end].lower() in PERSON_PRONOUNS for m in actor.mentions):
        return False
    return not any(_speaks(draft, m.end) for m in actor.mentions)


def placed_city(draft: Draft, actor_id: str, place_mention: Callable[[str, int], bool]) -> bool:
    """The person actor ``actor_id`` is a place by its use (above); ``place_mention(text, start)``
    says whether the mention starting at ``start`` follows a preposition of place."""
    if not not_a_person(draft, actor_id):
        return False
    actor = draft.actor(actor_id)
    assert actor is not None
    return any(place_mention(draft.text, m.start) for m in actor.mentions)


#: "of" right before a mention: "Senator Ana Ruiz of Sacramento", "the mayor of Sacramento".
_OF_BEFORE = re.compile(r"\bof[ \t]+$")


def _modifies_noun(draft: Draft, end: int) -> bool:
    """The word right after a mention ending at ``end`` is a lower-case common noun the mention
    modifies ("the Sacramento plant", "a Sacramento company", "the Sacramento primary")."""
    text = draft.text
    k = end
    while k < len(text) and text[k] in " \t":
        k += 1
    if k == end:
        return False  # "Sacramento's", "Sacramento-based": no word of its own after the name
    t = draft.doc.token_at(k)
    return t is not None and t.start == k and t.text[:1].islower() and t.pos == "NOUN"


def used_as_place(draft: Draft, actor_id: str) -> bool:
    """The person actor ``actor_id``, a name the Phoenix countries dictionary codes as a country's
    place, is the place by its use with no preposition of place: one mention follows "of" ("Senator
    Ana Ruiz of Sacramento") or modifies a common noun ("the Sacramento debate", "a Sacramento
    firm"), and no mention is a person's (:func:`not_a_person`: "Austin said", "Lloyd Austin's
    memo" stay people). Issue 14, helper a24 at stop 46 (PolNeAR train sample, rules engine: a
    state and cities named this way stayed people coded with their country)."""
    if not not_a_person(draft, actor_id):
        return False
    actor = draft.actor(actor_id)
    assert actor is not None
    if gazetteer().get(tuple(actor.name.split())) is not None:
        return False  # "Ugandan soldiers": a demonym the gazetteer lists is a people's word, read elsewhere
    text = draft.text
    return any(_OF_BEFORE.search(text, max(0, m.start - 6), m.start) or _modifies_noun(draft, m.end) for m in actor.mentions)
