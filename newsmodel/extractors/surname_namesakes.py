"""A surname alone is its bearer's, not a thing named after the bearer.

News names buildings, firms and schools after a person ("the Baines Tower", "Baines Mortgage",
"Okafor University"), and an untrained tagger reads such a name as a person's full name. The
surname fold of :mod:`~newsmodel.extractors.actors` gives a one-word mention to the one full name
that starts or ends with it; with "Ruth Baines" and "Baines Tower" both in the document, a later
"Baines" stood for two names and folded into neither, so the person was split in two (at base, one
person's surname held 30-odd mentions apart from the full name in three PolNeAR train texts).

A surname stands for a person's name ending with it, not for a name opening with it: when the
word is no given name (a given name may open one person's name and end another's, "Ruth Grant" and
"Grant Baines"), exactly one of the full names it could stand for ends with it, and every other one
opens with it, the mention is that one person's. Issue 14, helper a25 at stop 47 (PolNeAR train
sample, rules engine).
"""

from __future__ import annotations

from typing import Iterable, Mapping

from ..lexicons import word_class


def _given_name(word: str) -> bool:
    low = word.lower()
    return low in word_class("first_names.tsv", "male") or low in word_class("first_names.tsv", "female")


def surname_bearer(word: str, matches: Iterable[str], ending: Iterable[str], first_words: Mapping[str, str]) -> str | None:
    """Of the actor ids ``matches`` a one-word mention ``word`` could stand for, the one whose full
    name ends with ``word`` (``ending``: the ids of the full names of two words or more ending with
    it), when every other id's full name opens with ``word`` (``first_words``: actor id -> the first
    word of its full name) and ``word`` is no given name; else None."""
    if _given_name(word):
        return None
    candidates = list(dict.fromkeys(matches))
    bearers = [i for i in candidates if i in set(ending)]
    if len(bearers) != 1:
        return None
    others = [i for i in candidates if i != bearers[0]]
    if others and all(first_words.get(i) == word for i in others):
        return bearers[0]
    return None
