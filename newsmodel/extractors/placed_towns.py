"""A name set among words only places take is a town, not a person.

The rules engine reads an unknown capitalised word as a person's name, so a town the gazetteer
does not list ("Brookfield", "Ridgeway") became a person actor, and a later "he" then went to it as
the most recent person. :mod:`~newsmodel.extractors.city_places` makes such a name a place when the
Phoenix dictionaries code it and a preposition of place precedes it; news also sets a town among
words that only places take, with no preposition:

* a place modifier right before it (``actor_words.tsv`` class ``place-modifier``: "downtown
  Brookfield", "suburban Ridgeway", "from nearby Ridgeway");
* a place noun right after it (class ``place-after``: "the Brookfield suburb", "an area resident",
  "a Ridgeway native");
* a place noun and "of" right before it (class ``place-of``: "the city of Brookfield", "the
  outskirts of Ridgeway");
* its state or country after a comma ("Brookfield, Ga.;" -- :mod:`~newsmodel.extractors.state_places`).

A name ending in a word for a town ("Carson City") may open with a given name.

A person actor with one such mention is a location when no mention is a person's as
:func:`~newsmodel.extractors.city_places.not_a_person` reads it (no title, no speech verb after it,
no given name opening it). This runs before the pronouns are resolved, so a pronoun that would have
gone to the town as "the most recent person" goes to a person instead (the state_places check runs
after the pronouns, and a "his" taken by the town kept it a person). Issue 14, helper a24 at stop 46
(PolNeAR train sample, rules engine: towns and cities read as people).
"""

from __future__ import annotations

import re

from ..draft import Draft
from ..lexicons import word_class
from .city_places import not_a_person
from .given_name_places import stated_town
from .state_places import state_after

_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _word_before(text: str, lo: int, end: int) -> tuple[str, int] | None:
    """The run of ASCII letters that ends, past spaces and tabs, right at ``end`` (read no further
    back than ``lo``), with where it starts; None when no space or tab, or no letter, stands there.
    What ``([A-Za-z]+)[ \t]+$`` finds in ``text[lo:end]``, read backwards from the end rather than
    tried at every position of the window."""
    k = end
    while k > lo and text[k - 1] in " \t":
        k -= 1
    if k == end:
        return None
    j = k
    while j > lo and text[j - 1] in _ASCII_LETTERS:
        j -= 1
    return (text[j:k], j) if j < k else None


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _placed(text: str, start: int, end: int) -> bool:
    """The mention at ``start``-``end`` stands among words only places take (above)."""
    lo = max(0, start - 30)
    before = _word_before(text, lo, start)
    if before is not None:
        word, at = before
        if word.lower() in word_class("actor_words.tsv", "place-modifier"):
            return True
        if word == "of":  # "the city of X": the noun before "of"
            noun = _word_before(text, lo, at)
            if noun is not None and noun[0].lower() in word_class("actor_words.tsv", "place-of"):
                return True
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1) in word_class("actor_words.tsv", "place-after"):
        return True
    return state_after(text, end)


def _town_name(name: str) -> bool:
    """A name of two words or more ending in a word for a town (``actor_words.tsv`` class
    ``municipality``: "Carson City", "Union Township"): a place's name, even when it opens with a
    given name ("Mason", "Carson"), which :func:`not_a_person` reads as a person's."""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in word_class("actor_words.tsv", "municipality")


def add_placed_towns(draft: Draft) -> None:
    """Make the person actors that one mention sets as a place (and none as a person) locations."""
    text = draft.text
    for actor_id in draft.actor_ids:
        a = draft.actor_fields(actor_id)
        if a is None or a.kind != "person":
            continue
        # (the mentions' offsets, not the frozen actor: building it for every person cost more than the test)
        offsets = draft.mention_offsets(actor_id)
        if not offsets or not any(_placed(text, start, end) for start, end in offsets):
            continue
        if (
            not_a_person(draft, actor_id)
            or (_town_name(a.name) and not a.titles and not_a_person(draft, actor_id, given_name=False))
            or stated_town(draft, actor_id)  # "Aurora, Colorado;": a town named like people (a25 stop 47)
        ):
            draft.update_actor_fields(actor_id, kind="location")
