"""A state named by its formal style: "the Republic of Korea", "the Kingdom of Morocco", "the
State of Qatar", "the People's Republic of China", "the Islamic Republic of Iran".

Such a name is the country itself.  The gazetteer lists some formal names whole; the others are
read by construction: a style head (``actor_words.tsv`` class ``state-style``: republic, kingdom,
state, sultanate, ...), optionally after capitalised words ("Islamic", "People's", "Hashemite"),
then "of", an optional "the", and a name the gazetteer lists as a country.  Only a country after
"of" makes it one: "the State of the Union", "the Kingdom of Heaven" and "the Republic of Letters"
name no country.  Both the rules engine's entity pass (one entity, not a person "Republic") and
the actor extractor (one country actor with the country's canonical name, whatever engine tagged
the span) ask here.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from . import word_class
from .names import gazetteer

__all__ = ["formal_state", "is_state_style", "style_before"]

_POSSESSIVE = frozenset({"'s", "’s"})


@lru_cache(maxsize=1)
def _styles() -> frozenset[str]:
    return word_class("actor_words.tsv", "state-style")


def is_state_style(word: str) -> bool:
    """A capitalised style head: "Republic", "Kingdom", "State", ..."""
    return word[:1].isupper() and word.lower() in _styles()


def formal_state(words: Sequence[str]) -> tuple[str, str, str, str] | None:
    """The gazetteer row of the country ``words`` names by its formal style, or None.

    ``words`` are the name's tokens without a leading "the" ("Islamic", "Republic", "of", "Iran").
    """
    gaz = gazetteer()
    key = tuple(words)
    hit = gaz.get(key)
    if hit is not None:
        return hit if hit[0] == "country" else None
    if "of" not in key:
        return None
    of = key.index("of")
    if of == 0 or not is_state_style(key[of - 1]):
        return None
    if not all(w[:1].isupper() or w in _POSSESSIVE for w in key[: of - 1]):
        return None
    tail = key[of + 1 :]
    if tail[:1] == ("the",):
        tail = tail[1:]
    hit = gaz.get(tail)
    if hit is None or hit[0] != "country":
        return None
    return hit


def style_before(before: Sequence[str], country: Sequence[str]) -> int:
    """How many of the words ``before`` a country's name belong to its formal style ("Islamic
    Republic of" before "Iran": 3; "State of the" before "Qatar": 3 -- a tagger may tag only the
    country), or 0."""
    n = len(before)
    k = n
    if k and before[k - 1] == "the":
        k -= 1
    if k < 2 or before[k - 1] != "of" or not is_state_style(before[k - 2]):
        return 0
    k -= 2
    while k and (before[k - 1][:1].isupper() or before[k - 1] in _POSSESSIVE) and before[k - 1] not in ("The",):
        k -= 1
    return n - k if formal_state([*before[k:], *country]) is not None else 0
