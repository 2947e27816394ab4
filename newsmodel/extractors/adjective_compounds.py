"""A name glued by a hyphen to a lower-case word is an adjective, no person: "Brookfield-based",
"Hale-style", "Ostland-controlled".

News makes adjectives of names with a hyphen and a participle or a noun ("a Brookfield-based
firm", "a Dale Hennick-style campaign", "the Ostland-controlled zone"). The rules engine keeps
a hyphened word in one token, and a capitalised token in a name, so the whole compound became a
person actor ("Brookfield-based", "Dale Hennick-style") -- a person no reader would list, which
the statement rules could take for a speaker. A person entity whose last token is a capitalised
word, a hyphen and a word that makes names adjectives (``actor_words.tsv`` class
``name-adjective-suffix``: based, style, like, controlled, ...) is such an adjective; a hyphened
surname ("Okonkwo-Baines", "al-Tamimi") ends in a capital, and a Korean given name hyphened in lower
case ("Ban Ki-moon", "Park Geun-hye") ends in no such word: both stay names. Issue 14, helper a24 at stop 46 (PolNeAR train
sample, rules engine: places "-based", people "-style", groups "-like" and "-controlled").
"""

from __future__ import annotations

import re

from ..lexicons import word_class

#: A capitalised word (or name end), a hyphen, then a lower-case word ("Brookfield-based").
_COMPOUND = re.compile(r"^[^\W\d_][\w.'’]*-([a-z]+)$")


def _suffix(word: str) -> bool:
    return word in word_class("actor_words.tsv", "name-adjective-suffix")


def is_adjective_compound(label: str, words: list[str]) -> bool:
    """The person entity (its label and words) ends in a name made an adjective by a hyphen."""
    if label != "PERSON" or not words:
        return False
    if len(words) >= 3 and words[-2] == "-" and _suffix(words[-1]) and words[-3][:1].isupper():
        return True  # the hyphen a token of its own (spaCy): "Dale Hennick - style"
    m = _COMPOUND.match(words[-1]) if words[-1][:1].isupper() else None
    return m is not None and _suffix(m.group(1))
