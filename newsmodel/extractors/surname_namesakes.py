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
opens with it, the mention is that one person's -- unless the surname may be another person's
whose full name is never written:

* an honorific before the surname somewhere in the document says a sex that the bearer's given
  name does not ("Mr. Baines" beside "Ruth Baines": her husband, named only so);
* the surname alone is a person the dictionaries know (``named_actors.tsv``: a head of state
  named by surname, beside a relative's full name).

Issue 14, helper a25 at stop 47 (PolNeAR train sample, rules engine; the two guards from PolNeAR
dev, where a president's surname beside his wife's full name and a headline's "Surname Verbs" run
was folded into the wife at first).
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from ..document import AnnotatedDocument, Entity
from ..lexicons import word_class
from .cameo import actor_code
from .pronouns import name_gender
from .surname_gender import honorific_gender


def _given_name(word: str) -> bool:
    low = word.lower()
    return low in word_class("first_names.tsv", "male") or low in word_class("first_names.tsv", "female")


def honorific_sexes(doc: AnnotatedDocument, people: Iterable[tuple[Entity, Sequence[str]]]) -> dict[str, set[str]]:
    """One-word person mentions' word -> the sexes the honorifics right before them say ("Mr.
    Baines": {"m"})."""
    out: dict[str, set[str]] = {}
    for e, words in people:
        if len(words) == 1:
            sex = honorific_gender(doc, e)
            if sex is not None:
                out.setdefault(words[0], set()).add(sex)
    return out


def surname_bearer(
    word: str, matches: Iterable[str], ending: Sequence[tuple[str, str]], first_words: Mapping[str, str], sexes: set[str]
) -> str | None:
    """Of the actor ids ``matches`` a one-word mention ``word`` could stand for, the one whose full
    name ends with ``word`` (``ending``: the (full name, id) pairs of the names of two words or more
    ending with it), when every other id's full name opens with ``word`` (``first_words``: actor id
    -> the first word of its full name), ``word`` is no given name and no named actor of its own,
    and no honorific before ``word`` (``sexes``) says another sex than the bearer's given name."""
    if _given_name(word):
        return None
    candidates = list(dict.fromkeys(matches))
    bearers = [(n, i) for n, i in ending if i in candidates]
    if len({i for _, i in bearers}) != 1:
        return None
    name, bearer = bearers[0]
    others = [i for i in candidates if i != bearer]
    if not others or not all(first_words.get(i) == word for i in others):
        return None
    sex = name_gender(name)
    if sexes and (sex is None or sexes != {sex}):
        return None
    if actor_code(word) is not None:
        return None
    return bearer
