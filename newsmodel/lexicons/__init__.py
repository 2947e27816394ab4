"""Lexicons: tab-separated data files shipped with the package, and the
shared vocabulary read from them.

Every file starts with ``#`` comment lines that say where its entries come
from; data rows are tab-separated.  Files are read once and cached.  The
engines and the extractors read the same words through the functions
re-exported here (dates, names and titles, organisation words, cues), so no
extractor reaches into an engine for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

__all__ = [
    "rows",
    "words",
    "word_class",
    "word_classes",
    # dates.tsv
    "weekdays",
    "months",
    "relative_date_words",
    "date_units",
    # gazetteer.tsv, titles.tsv
    "gazetteer",
    "titles",
    "match_title",
    "title_starts",
    "title_words",
    "split_words",
    # org_words.tsv
    "org_heads",
    "venue_heads",
    "org_nouns",
    "group_nouns",
    "person_nouns",
    "hazard_nouns",
    "member_nouns",
    # speech_verbs.tsv, cue_frames.tsv, cue_nouns.tsv, light_verbs.tsv, cue_gap_words.tsv
    "speech_verbs",
    "cue_frames",
    "cue_noun_frames",
    "light_verbs",
    "cue_gap_words",
    "addressee_verbs",
]


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Data rows of lexicon ``name`` (comments and blank lines skipped)."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    # (``map`` over the columns, not a generator: the named-actor files hold 135,000 columns, read
    # during the first articles; a stripped line's first character is its first after ``lstrip``)
    strip, out = str.strip, []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped[0] == "#":
            continue
        out.append(tuple(map(strip, line.split("\t"))))
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str, column: int = 0) -> frozenset[str]:
    """The set of values in one column of lexicon ``name``."""
    return frozenset(r[column] for r in rows(name) if len(r) > column and r[column])


@lru_cache(maxsize=None)
def word_classes(name: str) -> Mapping[str, frozenset[str]]:
    """Class -> its words, for lexicon ``name`` whose rows are ``word<TAB>class[<TAB>...]``
    (read-only; a word may stand in several classes)."""
    out: dict[str, set[str]] = {}
    for r in rows(name):
        if len(r) >= 2 and r[0]:
            out.setdefault(r[1], set()).add(r[0])
    return MappingProxyType({c: frozenset(ws) for c, ws in out.items()})


def word_class(name: str, cls: str) -> frozenset[str]:
    """The words of class ``cls`` in lexicon ``name``, whose rows are ``word<TAB>class[<TAB>...]``.

    A word may stand in several classes.  An unknown class raises ``KeyError``, so a misspelt
    class name in code fails loudly instead of matching nothing.
    """
    return word_classes(name)[cls]


# the vocabulary modules read ``rows``, so they are imported after it
from .cues import addressee_verbs, cue_frames, cue_gap_words, cue_noun_frames, light_verbs, speech_verbs  # noqa: E402
from .dates import date_units, months, relative_date_words, weekdays  # noqa: E402
from .names import gazetteer, match_title, split_words, title_starts, title_words, titles  # noqa: E402
from .nouns import group_nouns, hazard_nouns, member_nouns, org_heads, org_nouns, person_nouns, venue_heads  # noqa: E402
