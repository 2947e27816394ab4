"""Per-word facts looked up for a whole document at once, from a bounded cache.

The tagger and the name finder both compute a fixed set of facts per word
type and reuse them across documents.  Looking a document's words up with
``map`` and computing only the unseen ones keeps the per-token Python work
down; the cache is cleared when it grows past its bound, so memory stays flat
on long runs.  Cached values hold only atomic data, so the garbage collector
stops tracking the tables (see docs/performance.md).
"""

from __future__ import annotations

from typing import Callable, TypeVar

V = TypeVar("V")


def facts_of(words: list[str], table: dict[str, V], compute: Callable[[str], V], limit: int) -> list[V]:
    """``compute(w)`` for each word, read from ``table`` and filled in for the words not seen before."""
    if len(table) > limit:
        table.clear()
    facts = list(map(table.get, words))
    # a word not seen before reads None; ``all`` (a truth test per item) finds it in a third of the
    # time of ``None in facts`` (an equality test per item).  A falsy value that is not None only
    # sends the list through the loop below, which then finds nothing to fill in.
    if not all(facts):
        k = -1
        try:
            while True:
                k = facts.index(None, k + 1)
                w = words[k]
                value = table.get(w)
                if value is None:
                    value = table[w] = compute(w)
                facts[k] = value
        except ValueError:
            pass
    return facts  # type: ignore[return-value]
