"""Character-set helpers shared by corpus and seed scoring.

Spans are compared as sets of character offsets, which makes discontiguous
spans (a quote interrupted by "he said") no harder than contiguous ones.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

__all__ = [
    "Fragment",
    "chars",
    "normalized_chars",
    "dice",
    "overlaps",
    "half_shorter_overlap",
    "greedy_one_to_one",
    "find_word",
    "find_all_words",
    "strip_edges",
]

Fragment = tuple[int, int]

#: Quote-like characters that are not in a Unicode punctuation category.
_EXTRA_EDGE = frozenset("`´\u02bb\u02bc\u02bd")


def _is_edge(ch: str) -> bool:
    return ch.isspace() or ch in _EXTRA_EDGE or unicodedata.category(ch).startswith("P")


def strip_edges(text: str, start: int, end: int) -> Fragment:
    """``(start, end)`` shrunk past whitespace, punctuation and quote marks at both edges.

    May return an empty range (``start == end``) when the fragment is all
    punctuation, e.g. a colon used as a cue.
    """
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return start, end


def chars(fragments: Iterable[Fragment]) -> frozenset[int]:
    """The raw union of the fragments' character offsets."""
    return frozenset(i for s, e in fragments for i in range(s, e))


def normalized_chars(text: str, fragments: Iterable[Fragment]) -> frozenset[int]:
    """The characters that span comparison looks at.

    Each fragment is stripped of whitespace, punctuation and quote marks at
    its edges (Unicode categories ``P*`` and ``Z*``, plus backtick-like
    marks), then the fragments are unioned and whitespace inside is dropped.
    So ``“We are ready,”`` equals ``We are ready``, and a quote split in two
    fragments equals the same words given as one span with the gap's
    whitespace.  If nothing is left (a span that is only punctuation) the
    raw non-whitespace characters are used, then the raw characters.
    """
    fragments = list(fragments)
    kept = frozenset(
        i
        for s, e in fragments
        for i in range(*strip_edges(text, s, e))
        if not text[i].isspace()
    )
    if kept:
        return kept
    raw = chars(fragments)
    return frozenset(i for i in raw if not text[i].isspace()) or raw


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    """Dice coefficient 2|a∩b| / (|a|+|b|); 0 when both are empty."""
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


def overlaps(a: frozenset[int], b: frozenset[int]) -> bool:
    return not a.isdisjoint(b)


def half_shorter_overlap(a: Fragment, b: Fragment) -> bool:
    """True when two ranges share at least half of the shorter one's length."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter > 0 and 2 * inter >= shorter


def greedy_one_to_one(candidates: Iterable[tuple[tuple[float, ...], int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching of ``(score, gold_index, pred_index)`` candidates.

    Candidates are taken best score first (ties: lower gold index, then lower
    prediction index) and kept when neither side is used yet.  Greedy is not
    an optimal assignment, but with Dice scores it differs from one only in
    contrived cases, and it is deterministic and easy to explain.
    """
    ordered = sorted(candidates, key=lambda c: (tuple(-x for x in c[0]), c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _score, g, p in ordered:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        pairs.append((g, p))
    return sorted(pairs)


def _boundary_ok(text: str, needle: str, s: int) -> bool:
    e = s + len(needle)
    if needle[:1].isalnum() and s > 0 and text[s - 1].isalnum():
        return False
    if needle[-1:].isalnum() and e < len(text) and text[e].isalnum():
        return False
    return True


def find_all_words(text: str, needle: str) -> list[Fragment]:
    """Every occurrence of ``needle`` not inside a longer word ("he" is not found in "the")."""
    if not needle:
        return []
    out = []
    for m in re.finditer(re.escape(needle), text):
        if _boundary_ok(text, needle, m.start()):
            out.append((m.start(), m.end()))
    return out


def find_word(text: str, needle: str, start: int = 0) -> Fragment | None:
    """The first whole-word occurrence of ``needle`` at or after ``start``,
    else the first one anywhere, else ``None``."""
    occ = find_all_words(text, needle)
    after = [o for o in occ if o[0] >= start]
    if after:
        return after[0]
    return occ[0] if occ else None
