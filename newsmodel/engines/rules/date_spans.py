"""Relative time expressions for the rules engine's entity pass: DATE spans that the calendar-word
pass of ``ner.py`` does not find or cuts short.

The entity pass finds weekdays, months, years and "last/this/next" + a unit.  News dates events
by the day of writing and by counted lengths as often: "yesterday", "two weeks ago", "three days
later", "over the weekend", "on Friday night", "in the early hours of Tuesday", "Earlier this
month", "on 4 February".  spaCy's model marks these as DATE or TIME entities; this module gives the
rules engine the same spans, so that both engines hand the event extractor the same time words
(issue 14, helper t1 at stop 46).

It runs once per document after the entity pass, on two small sets: the DATE entities already
found (widened at either end) and the tokens whose word is a date anchor (``date_anchor_words``
of ``dates.tsv``; the entity pass marks them with a fact bit, so finding them costs no per-token
Python work).  Word classes are ``dates.tsv`` rows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress, repeat
from operator import eq, itemgetter

from ...lexicons.dates import count_values, date_class, months, weekdays

__all__ = ["widen_dates"]

Entity = tuple[int, int, str]


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], ...]:
    return (
        date_class("deictic"),
        date_class("daypart"),
        frozenset(count_values()),
        date_class("count-unit"),
        date_class("count-anchor"),
        date_class("early-hours"),
        date_class("the-unit"),
        weekdays(),
        months(),
        date_class("relative"),
    )


def _is_count(w: str) -> bool:
    """A count before a length: a number written in digits or a count word ("10", "two", "a")."""
    return w.isdigit() or w.lower() in _classes()[2]


def _counted_start(words: list[str], k: int, lo: int) -> int | None:
    """Where "count count-unit" ends at ``k`` (the unit) starts: "two weeks", "a few days",
    "10 days"; ``None`` when the words before ``k`` are no counted length."""
    _d, _p, _c, units, *_ = _classes()
    if k - 1 < lo or words[k].lower() not in units or not _is_count(words[k - 1]):
        return None
    start = k - 1
    if words[start].lower() == "few" and start - 1 >= lo and words[start - 1].lower() == "a":
        start -= 1  # "a few days ago"
    return start


def _anchored(words: list[str], i: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The DATE span an anchor word at ``i`` makes, if any (``lo``: the first token it may take)."""
    deictic, dayparts, _c, _u, anchors, _e, the_units, *_ = _classes()
    w = words[i].lower()
    if w in deictic:
        end = i + 1
        if end < hi and words[end].lower() in dayparts:
            end += 1  # "yesterday morning"
        return i, end
    if w in anchors:
        start = _counted_start(words, i - 1, lo)
        return (start, i + 1) if start is not None else None
    if w in the_units and i - 1 >= lo and words[i - 1].lower() == "the":
        return i - 1, i + 1  # "over the weekend"
    return None


def _widened(words: list[str], a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """A DATE entity ``a:b`` grown by the words around it that belong to it (between ``lo`` and ``hi``)."""
    deictic, dayparts, _c, _u, anchors, early, _t, days, month_names, relative = _classes()
    first = words[a].lower()
    if first in days or first in deictic:
        if b < hi and b - a == 1 and words[b].lower() in dayparts:
            b += 1  # "Friday night", "Sunday evening"
        if a - 4 >= lo and words[a - 1].lower() == "of" and words[a - 2].lower() == "hours" and words[a - 3].lower() in early and words[a - 4].lower() == "the":
            a -= 4  # "the early hours of Tuesday"
    elif first in month_names:
        if a - 1 >= lo and words[a - 1].isdigit() and len(words[a - 1]) <= 2 and 1 <= int(words[a - 1]) <= 31:
            a -= 1  # "4 February 2025", "2 March"
    elif first in relative and a - 1 >= lo and words[a - 1].lower() in anchors and words[a - 1].lower() != "ago":
        a -= 1  # "Earlier this month", "later this week"
    return a, b


def widen_dates(words: list[str], sent_bounds: list[tuple[int, int]], ents: list[Entity], anchors: Iterable[int]) -> list[Entity]:
    """``ents`` (sorted, non-overlapping) with their DATE entities widened and the DATE spans of
    the anchor tokens ``anchors`` added where no entity stands; sorted, non-overlapping.  Changed
    in place: the DATE entities are found with ``map`` and ``compress`` (in C), so a document
    with no date costs a pass over its entity labels and nothing more."""
    dates = list(compress(range(len(ents)), map(eq, map(itemgetter(2), ents), repeat("DATE"))))
    anchors = list(anchors)
    if not dates and not anchors:
        return ents
    starts = [s for s, _e in sent_bounds]

    def sentence(k: int) -> tuple[int, int]:
        return sent_bounds[bisect_right(starts, k) - 1]

    for n in dates:
        a, b, label = ents[n]
        s_lo, s_hi = sentence(a)
        lo = max(s_lo, ents[n - 1][1] if n else 0)
        hi = min(s_hi, ents[n + 1][0] if n + 1 < len(ents) else s_hi)
        wa, wb = _widened(words, a, b, lo, hi)
        if (wa, wb) != (a, b):
            ents[n] = (wa, wb, label)
    for i in anchors:
        k = bisect_right(ents, (i, len(words) + 1, "")) - 1
        if k >= 0 and ents[k][1] > i:
            continue  # inside an entity already ("this weekend")
        s_lo, s_hi = sentence(i)
        lo = max(s_lo, ents[k][1] if k >= 0 else 0)
        hi = min(s_hi, ents[k + 1][0] if k + 1 < len(ents) else s_hi)
        span = _anchored(words, i, lo, hi)
        if span is not None:
            ents.insert(k + 1, (span[0], span[1], "DATE"))
    return ents
