"""Calendar words (``dates.tsv``), shared by the rules engine and the extractors."""

from __future__ import annotations

from functools import lru_cache

from . import rows

__all__ = [
    "weekdays", "months", "relative_date_words", "date_units", "date_modifiers",
    "date_class", "count_values", "date_anchor_words",
]


@lru_cache(maxsize=None)
def _of_class(cls: str) -> frozenset[str]:
    return frozenset(r[0] for r in rows("dates.tsv") if len(r) > 1 and r[1] == cls)


def weekdays() -> frozenset[str]:
    """"monday" ... "sunday" (lower case)."""
    return _of_class("weekday")


def months() -> frozenset[str]:
    """Month names and their abbreviations ("sept."), lower case."""
    return _of_class("month")


def relative_date_words() -> frozenset[str]:
    """Words that make a date of a unit that follows ("last week", "this spring")."""
    return _of_class("relative")


def date_units() -> frozenset[str]:
    """Periods a relative word can name ("year", "weekend", "summer")."""
    return _of_class("unit")


def date_modifiers() -> frozenset[str]:
    """Words that modify a date word after them but make no date alone ("the past week", "late Monday")."""
    return _of_class("modifier")


def date_class(cls: str) -> frozenset[str]:
    """The words of class ``cls`` of ``dates.tsv`` ("deictic", "daypart", "count-unit",
    "count-anchor", "early-hours", "the-unit"; see the file's header), lower case."""
    return _of_class(cls)


@lru_cache(maxsize=1)
def count_values() -> dict[str, int | None]:
    """Count words ("two", "a", "several") -> their value (``None`` for a vague count)."""
    return {r[0]: (int(r[2]) if len(r) > 2 and r[2].isdigit() else None) for r in rows("dates.tsv") if len(r) > 1 and r[1] == "count"}


@lru_cache(maxsize=1)
def date_anchor_words() -> frozenset[str]:
    """Words that make a date of the words around them: a day named from the day of writing
    ("yesterday"), the word after a counted length ("ago", "later") and a period after "the"
    ("weekend").  The rules engine looks at these only (see ``engines/rules/date_spans.py``)."""
    return _of_class("deictic") | _of_class("count-anchor") | _of_class("the-unit")
