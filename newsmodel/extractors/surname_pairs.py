"""Two people's surnames joined by a hyphen name a pairing, not a person.

News joins the surnames of two people it names to speak of their contest or their ticket
("the Lindqvist-Obuya race", "a Marsh-Tanaka ticket", a headline's "Marsh-Tanaka fight"). A tagger
reads the compound as one person, so it became a person actor of its own -- and, worse, a full name
ending in the second surname, so that a later "Tanaka" stood for two people and folded into neither
(the surname fold needs one full name ending with it). A double-barrelled surname ("Ruth
Okonkwo-Baines") is no such pair: its parts are not each the surname of another person named in the
document.

A name is such a pair when it is two capitalised parts around one hyphen and each part is the last
word of a different person's full name (two words or more) in the same document. Issue 14, helper
a24 at stop 46 (PolNeAR train sample: a contest and a ticket named this way split "Clinton" from
Hillary Clinton on the spaCy engine).
"""

from __future__ import annotations

from typing import Iterable, Sequence


def surname_ends(names: Iterable[Sequence[str]]) -> dict[str, set[str]]:
    """The last word of each full name of two words or more -> the full names (joined) ending in it."""
    out: dict[str, set[str]] = {}
    for words in names:
        if len(words) > 1 and "-" not in words and words[-1][:1].isupper():
            out.setdefault(words[-1], set()).add(" ".join(words))
    return out


def is_surname_pair(name: str, ends: dict[str, set[str]]) -> bool:
    """``name`` (the text of a person entity) is two surnames of two different people named in the
    document, joined by a hyphen ("Marsh-Tanaka" beside "Ella Marsh" and "Ken Tanaka")."""
    parts = [p.strip() for p in name.split("-")]
    if len(parts) != 2 or " " in name.replace(" - ", "-") or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return False
    first, second = ends.get(parts[0], set()), ends.get(parts[1], set())
    return bool(first) and bool(second) and (len(first | second) > 1)
