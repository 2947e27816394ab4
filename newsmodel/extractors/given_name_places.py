"""A town whose one-word name is also a given name, written where places stand, is the town.

:mod:`~newsmodel.extractors.city_places`, :mod:`~newsmodel.extractors.state_places` and
:mod:`~newsmodel.extractors.placed_towns` make a person actor a place by its use, but never when
its name opens with a given name (``first_names.tsv``): "in Ana Ruiz's home" must not make a woman a
place. Many towns are named as people are ("Orlando", "Cleveland", "Aurora", "Florence",
"Charlotte"), so they stayed people, and a later "he" could go to them. A one-word name is no
person's full name, and news seldom names a grown person by a given name alone, so the guard is
loosened for a one-word name when its use is a place's beyond doubt and no mention is a person's
(:func:`~newsmodel.extractors.city_places.not_a_person` without the given-name test: no title, no
pronoun resolved to it, no verb of speech after it):

* :func:`stated_town`: one mention has its state or country after a comma ("Aurora, Colorado;");
* :func:`coded_town`: the Phoenix countries dictionary codes the name as a country's place (the
  caller checks the code) and two mentions or more stand where places stand -- after a
  preposition of place, after "of", or before a common noun they modify ("in Orlando", "the
  Orlando meeting") -- one such mention being too weak for a name people also bear.

Issue 14, helper a25 at stop 47 (PolNeAR train sample, rules engine: three cities named like people
stayed person actors).
"""

from __future__ import annotations

import re
from typing import Callable

from ..draft import Draft
from .city_places import not_a_person
from .state_places import state_after

#: "of" right before a mention ("the wake of Orlando", "the mayor of Charlotte").
_OF_BEFORE = re.compile(r"\bof[ \t]+$")


def _one_word(draft: Draft, actor_id: str) -> bool:
    a = draft.actor_fields(actor_id)
    return a is not None and " " not in a.name and not a.titles and not_a_person(draft, actor_id, given_name=False)


def stated_town(draft: Draft, actor_id: str) -> bool:
    """A one-word person actor with one mention followed by its state after a comma, and no
    mention a person's (above)."""
    actor = draft.actor(actor_id)
    if actor is None or not _one_word(draft, actor_id):
        return False
    return any(state_after(draft.text, m.end) for m in actor.mentions)


def _modifies_noun(draft: Draft, end: int) -> bool:
    """A lower-case common noun follows the mention ending at ``end`` ("the Orlando meeting")."""
    text = draft.text
    k = end
    while k < len(text) and text[k] in " \t":
        k += 1
    if k == end:
        return False
    t = draft.doc.token_at(k)
    return t is not None and t.start == k and t.text[:1].islower() and t.pos == "NOUN"


def coded_town(draft: Draft, actor_id: str, place_mention: Callable[[str, int], bool]) -> bool:
    """A one-word person actor (its name a dictionary-coded place, checked by the caller) with two
    mentions or more where places stand (``place_mention(text, start)``: after a preposition of
    place; or after "of"; or before a noun they modify), and no mention a person's (above)."""
    actor = draft.actor(actor_id)
    if actor is None or not _one_word(draft, actor_id):
        return False
    text = draft.text
    placed = sum(
        1
        for m in actor.mentions
        if place_mention(text, m.start) or _OF_BEFORE.search(text, max(0, m.start - 6), m.start) or _modifies_noun(draft, m.end)
    )
    return placed >= 2
