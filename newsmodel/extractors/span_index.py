"""Character spans indexed by start, for "is this span already covered?" questions.

The statement and denial rules keep lists of the spans they have used and
ask, for every candidate, whether one of them contains or overlaps it.
Scanning the whole list each time made those rules quadratic in the length
of the article.  :class:`SpanIndex` keeps the spans sorted by start and,
knowing the longest one, reads only the spans that start close enough to
matter: the answers are the same as a full scan's.
"""

from __future__ import annotations

import bisect
from typing import Iterable

__all__ = ["SpanIndex"]


class SpanIndex:
    """Half-open ``(start, end)`` spans, each with the order in which it was added."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._items: list[tuple[int, int, int]] = []  # (start, end, order added)
        self._longest = 0
        for start, end in spans:
            self.add(start, end)

    def __len__(self) -> int:
        return len(self._items)

    def add(self, start: int, end: int) -> None:
        k = bisect.bisect_right(self._starts, start)
        self._starts.insert(k, start)
        self._items.insert(k, (start, end, len(self._items)))
        self._longest = max(self._longest, end - start)

    def _starting_in(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """Spans whose start lies in ``lo..hi`` (inclusive)."""
        return self._items[bisect.bisect_left(self._starts, lo) : bisect.bisect_right(self._starts, hi)]

    def first_containing(self, start: int, end: int) -> int | None:
        """Order of the earliest-added span ``(a, b)`` with ``a <= start`` and ``end <= b``."""
        orders = [o for a, b, o in self._starting_in(end - self._longest, start) if a <= start and end <= b]
        return min(orders) if orders else None

    def innermost_containing(self, start: int, end: int) -> int | None:
        """Order of the shortest span holding ``start:end`` (the earliest-added among equals): a
        statement nested in a report of it ("According to X, Y said ...") holds its own words."""
        found = [(b - a, o) for a, b, o in self._starting_in(end - self._longest, start) if a <= start and end <= b]
        return min(found)[1] if found else None

    def contains(self, start: int, end: int) -> bool:
        """Some span holds all of ``start:end``."""
        return self.first_containing(start, end) is not None

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with ``start:end``."""
        return any(a < end and start < b for a, b, _ in self._starting_in(start - self._longest, end))
