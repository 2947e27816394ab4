"""Lexicons: tab-separated data files shipped with the package.

Every file starts with ``#`` comment lines that say where its entries come
from; data rows are tab-separated.  Files are read once and cached.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["rows", "words"]


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Data rows of lexicon ``name`` (comments and blank lines skipped)."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(tuple(col.strip() for col in line.split("\t")))
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str, column: int = 0) -> frozenset[str]:
    """The set of values in one column of lexicon ``name``."""
    return frozenset(r[column] for r in rows(name) if len(r) > column and r[column])
