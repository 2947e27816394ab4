"""Speed of the actor extractor (issue 13, helper s29 at stop 47): the shortcuts give what the direct computation gives.

* :meth:`Draft.mention_offsets` lists an actor's mention offsets without
  building the frozen actor; the place checks over every person actor
  (:mod:`~newsmodel.extractors.placed_towns`, :mod:`~newsmodel.extractors.state_places`)
  read it.  It must hold the same offsets as ``draft.actor(id).mentions``.
* :func:`~newsmodel.extractors.pronouns.name_gender` is kept per name: the
  cached answer is the function's own.
* :func:`~newsmodel.extractors.titled_antecedents.titled_person` indexes the
  earlier mentions' ends only when a person needs the apposition test.
* :func:`~newsmodel.extractors.word_positions.positions` finds a word list's
  tokens with the test made in C; ``civic_bodies`` and ``place_groups`` visit
  only those.

The sentences are made up for these tests.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.draft import Draft
from newsmodel.extractors.pronouns import name_gender
from newsmodel.extractors.word_positions import positions
from newsmodel.lexicons import word_class

from ._engines import ENGINES

_TEXT = "Nora Castellan met Tom Ashby in Quellmoor.  They spoke for an hour, and he left."


def _draft() -> Draft:
    return Draft(newsmodel.get_engine("rules").annotate(_TEXT))


# a mention as (actor number, start, end): any offsets inside the text, spaces included
_MENTION = st.tuples(st.integers(0, 2), st.integers(0, len(_TEXT) - 1), st.integers(1, len(_TEXT)))


@settings(max_examples=200, deadline=None)
@given(st.lists(_MENTION, max_size=40), st.lists(st.integers(0, 2), max_size=6))
def test_mention_offsets_are_the_actors_mentions(mentions, reads):
    """Whatever mentions come in (repeats, spaces to trim, empty spans), and whenever the frozen
    actor is read between them, the offsets are those of ``actor.mentions`` (as a multiset: the
    frozen actor sorts them by start)."""
    draft = _draft()
    ids = [draft.add_actor(name=n, kind="person").id for n in ("Nora Castellan", "Tom Ashby", "Quellmoor")]
    for k, (who, start, end) in enumerate(mentions):
        if start < end:
            draft.add_mention(ids[who], start, end)
        if reads and k % 3 == 0:
            draft.actor(ids[reads[k % len(reads)]])  # a frozen actor made (and its spans) mid-way
    for actor_id in ids:
        direct = [(m.start, m.end) for m in draft.actor(actor_id).mentions]
        assert Counter(draft.mention_offsets(actor_id)) == Counter(direct)
        assert len(set(direct)) == len(direct)  # each mention once, as the draft keeps them


def test_mention_offsets_of_an_unknown_actor_and_of_given_mentions():
    draft = _draft()
    assert draft.mention_offsets("a99") is None and draft.mention_offsets(None) is None
    given_mentions = [{"start": 19, "end": 28, "text": _TEXT[19:28]}, {"start": 0, "end": 4, "text": _TEXT[0:4]}]
    actor = draft.add_actor(name="Tom Ashby", kind="person", mentions=given_mentions)
    assert draft.mention_offsets(actor.id) == [(m.start, m.end) for m in draft.actor(actor.id).mentions] == [(19, 28), (0, 4)]
    fresh = draft.add_actor(name="Quellmoor", kind="location")
    assert draft.mention_offsets(fresh.id) == []


_FIRST = sorted(word_class("first_names.tsv", "male"))[:40] + sorted(word_class("first_names.tsv", "female"))[:40]
_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.", min_size=1, max_size=9)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FIRST).map(str.title), st.sampled_from(_FIRST), _WORD), min_size=1, max_size=4))
def test_name_gender_kept_per_name_is_the_direct_answer(words):
    name = " ".join(words)
    direct = name_gender.__wrapped__(name)
    assert name_gender(name) == direct
    assert name_gender(name) == direct  # a second read, from the cache
    if len(words) == 1:
        assert direct is None  # a one-word name tells nothing


# -- behaviour through the public API: the rewritten paths still decide as before ----------------


def _actors(text: str, engine: str) -> dict[str, tuple[str, list[str]]]:
    art = newsmodel.extract(text, engine=engine)
    return {a.name: (a.kind, [m.text for m in a.mentions]) for a in art.actors}


def test_a_town_set_among_place_words_is_a_location():
    """placed_towns reads the mention offsets: "downtown X" and "the city of X" (rules engine,
    which tags the unknown town as a name; spaCy's model leaves these towns untagged)."""
    got = _actors("Crews reopened the old mill road in downtown Pellbrook on Tuesday. Mayor Ruth Calloway said the work was finished, and she thanked the crews.", "rules")
    assert got["Pellbrook"][0] == "location"
    assert got["Ruth Calloway"] == ("person", ["Ruth Calloway", "she"])
    got = _actors("The water plant near the city of Quellmoor failed again. Engineer Tom Ashby said he would inspect it.", "rules")
    assert got["Quellmoor"][0] == "location" and got["Tom Ashby"] == ("person", ["Tom Ashby", "he"])


def test_a_town_named_with_its_state_is_a_location():
    """state_places reads the mention offsets: "Tarrow, Iowa," (rules engine)."""
    got = _actors("Voters in Tarrow, Iowa, lined up early. Dean Holloway said he expected a long night.", "rules")
    assert got["Tarrow"][0] == "location"
    assert got["Dean Holloway"] == ("person", ["Dean Holloway", "he"])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_role_phrase_names_the_titled_or_apposed_person_again(engine):
    """titled_person: by a title ("Senator X ... the senator") and by an apposition ("X, the
    county's sheriff, ... The sheriff"), the second needing the earlier mentions' ends."""
    got = _actors("Senator Nora Castellan toured the flooded farms on Monday. Later the senator said the aid bill would wait.", engine)
    assert got["Nora Castellan"] == ("person", ["Nora Castellan", "the senator"])
    got = _actors("Nora Castellan, the county's sheriff, closed the road. The sheriff said it would reopen by Friday.", engine)
    assert got["Nora Castellan"] == ("person", ["Nora Castellan", "The sheriff"])


_COLUMN_WORD = st.sampled_from(["house", "council", "city", "officials", "the", "", "House", "town", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_COLUMN_WORD, max_size=30), st.frozensets(_COLUMN_WORD, max_size=4), st.integers(0, 32))
def test_positions_are_the_loops_indices(column, words, start):
    assert list(positions(words, column, start)) == [i for i in range(start, len(column)) if column[i] in words]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_chamber_a_city_and_a_place_group_are_still_found(engine):
    """add_civic_bodies and add_place_groups visit only the positions of their words."""
    art = newsmodel.extract("The lower house passed the budget on Thursday. The city sued the landlord over the fire. Pacific Island leaders met in Suva.", engine=engine)
    got = {a.name: (a.kind, a.code, [m.text for m in a.mentions]) for a in art.actors}
    assert got["lower house"] == ("organization", "LEG", ["The lower house"])
    assert got["city"] == ("organization", "GOV", ["The city"])
    assert got["Pacific Island leaders"] == ("group", None, ["Pacific Island leaders"])
