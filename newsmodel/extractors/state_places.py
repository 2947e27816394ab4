"""A town named with its state or country after a comma is a place: "Onawa, Iowa,", "Laredo, Tex.",
"Chappaqua, N.Y.", "Sanford, Florida.".

News style sets a town's state (or a foreign town's country) after a comma. The rules engine reads
an unknown capitalised word as a person's name, so the town -- and the AP abbreviation of the state,
whose full stop the tokenizer splits off ("Tex", "Md") -- were person actors. A person actor is
read as a location when

* one of its mentions is followed by a comma and a region or country of the gazetteer ("Iowa",
  "New Hampshire", "N.Y.", "France") or an AP state abbreviation with its stop (``actor_words.tsv``
  class ``state-abbreviation``: "Tex.", "Fla."), which itself ends at a comma, a stop, a colon, a
  semicolon or a bracket ("Ruiz, Iowa's senator" is no town);
* no mention is a person's (as :mod:`~newsmodel.extractors.city_places` reads it: no pronoun
  resolved to it, no title, no speech verb after it, no given name opening it).

An actor named by such an abbreviation alone, every mention right after a comma and before its
stop, is the state: a location too. Issue 14, helper a22 at stop 45 (PolNeAR train sample: 16
"Town, State" pairs, most read as two people on the rules engine).
"""

from __future__ import annotations

import re

from ..draft import Draft
from ..lexicons import gazetteer, word_class
from .city_places import not_a_person

#: Up to three capitalised words after ", " (a state, a country), then what may follow a town's state.
_AFTER = re.compile(r",[ \t]+((?:[A-Z][A-Za-z.'-]*)(?:[ \t]+[A-Z][A-Za-z.'-]*){0,2})")
_CLOSERS = frozenset(",.;:)")


def _stop_ends(key: tuple[str, ...]) -> bool:
    """The last word of ``key`` is a word and a sentence's full stop ("Arizona."), not an
    abbreviation's ("N.Y.", "Tex." are read as they stand)."""
    word = key[-1]
    return len(word) > 2 and word.endswith(".") and "." not in word[:-1]


def _abbreviation(word: str) -> bool:
    return word.lower() in word_class("actor_words.tsv", "state-abbreviation")


def state_after(text: str, end: int) -> bool:
    """A region or country (or a state's abbreviation with its stop) follows the mention ending at
    ``end`` after a comma, and ends where a town's state ends."""
    m = _AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    gaz = gazetteer()
    offset = m.start(1)
    for n in range(1, len(words) + 1):
        stop = text.find(words[n - 1], offset) + len(words[n - 1])
        offset = stop
        after = text[stop : stop + 1]
        key = tuple(words[:n])
        hit = gaz.get(key)
        if hit is not None and hit[0] in ("region", "country") and (after in _CLOSERS or after == "" or key[-1].endswith(".")):
            return True
        if _stop_ends(key):
            # "Tucson, Arizona." at a sentence's end: the full stop, which the pattern takes into
            # the last word, closes the state (issue 14, helper a25 at stop 47)
            hit = gaz.get((*key[:-1], key[-1][:-1]))
            if hit is not None and hit[0] in ("region", "country"):
                return True
        if n == 1 and words[0].endswith(".") and _abbreviation(words[0][:-1]):
            return True
    return False


def _lone_abbreviation(draft: Draft, actor_id: str) -> bool:
    """Every mention of the actor is a state's abbreviation right after a comma and before its stop."""
    fields = draft.actor_fields(actor_id)
    offsets = draft.mention_offsets(actor_id)  # (where the mentions are: no frozen actor built)
    text = draft.text
    if fields is None or not offsets or not _abbreviation(fields.name):
        return False
    return all(
        text[max(0, start - 2) : start] == ", " and text[end : end + 1] == "." and _abbreviation(text[start:end])
        for start, end in offsets
    )


def add_state_places(draft: Draft) -> None:
    """Make the towns named with their state, and the states' lone abbreviations, locations."""
    text = draft.text
    for actor_id in draft.actor_ids:
        a = draft.actor_fields(actor_id)
        if a is None or a.kind != "person":
            continue
        if _lone_abbreviation(draft, actor_id):
            draft.update_actor_fields(actor_id, kind="location")
            continue
        offsets = draft.mention_offsets(actor_id)
        if not offsets or not any(state_after(text, end) for _start, end in offsets):
            continue
        if not_a_person(draft, actor_id):
            draft.update_actor_fields(actor_id, kind="location")
