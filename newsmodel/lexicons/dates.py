"""Calendar words (``dates.tsv``), shared by the rules engine and the extractors."""

from __future__ import annotations

from functools import lru_cache

from . import rows

__all__ = ["weekdays", "months", "relative_date_words", "date_units", "date_modifiers"]


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
