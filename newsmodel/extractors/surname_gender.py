"""Which of several people sharing a surname a bare "Mr. Surname" / "Ms. Surname" names.

News that names two members of one family ("Daniel Okafor and his former wife, Laura Okafor")
goes on by surname with an honorific ("Mr. Okafor said ..."; New York Times style). A surname
alone is ambiguous between the two full names, so the actor extractor made it a person of its
own ("Okafor"), split from both. The honorific (or any gendered word right before the name,
``gender_words.tsv``: "Mrs.", "Ms.", "Congresswoman") says the person's sex, and the given names
of the full names (``first_names.tsv``, :func:`~newsmodel.extractors.pronouns.name_gender`) say
theirs: when exactly one of the full names ending in the surname is of that sex, the mention is
that person's -- and only when every other full name's given name tells its sex. Two men ("Daniel
Okafor", "Robert Okafor") leave "Mr. Okafor" unresolved, as before. Issue 14, helper a22 at stop 45 (on PolNeAR train: "Mr. Trump" beside Donald and Ivana
Trump, "Mr. Clinton" beside Bill, Hillary and Chelsea Clinton made persons of their own).
"""

from __future__ import annotations

from typing import Sequence

from ..document import AnnotatedDocument, Entity
from .pronouns import name_gender, word_gender


def honorific_gender(doc: AnnotatedDocument, e: Entity) -> str | None:
    """The sex ("m" / "f") the word right before the entity says ("Mr.", "Ms.", "actress"), else
    None; a gendered word that the entity itself opens with ("Mrs. Okafor" tagged whole) counts too."""
    k = e.token_start
    if k > 0 and doc.tokens[k - 1].sent == doc.tokens[k].sent:
        g = word_gender(doc.tokens[k - 1].text)
        if g is not None:
            return g
    return None


def one_of_sex(candidates: Sequence[tuple[str, str]], sex: str | None) -> str | None:
    """Of the (full name, actor id) pairs a surname could stand for, the id of the one person whose
    given name is of ``sex``; None when no sex is known, when not exactly one full name fits, or
    when another's given name says no sex ("Jeb Bush" beside "George W. Bush": "Mr. Bush" may be
    either)."""
    if sex is None:
        return None
    sexes = {actor_id: name_gender(name) for name, actor_id in candidates}
    if None in sexes.values():
        return None
    fits = [actor_id for actor_id, g in sexes.items() if g == sex]
    return fits[0] if len(fits) == 1 else None
