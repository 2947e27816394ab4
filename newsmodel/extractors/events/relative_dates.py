"""Relative time expressions of news for an event's time and date: which entity spans are one
time ("Friday" + "night"), which are lengths and no time ("two weeks of talks"), and the
calendar date a relative expression names from the publication date ("two weeks ago").

Engine-neutral: spaCy marks "Friday" as a DATE and "night" as a TIME, and "the early hours of"
apart from its "Tuesday"; the rules engine gives one span (``engines/rules/date_spans.py``).
Joining adjacent time entities here gives both engines the same ``Event.time``.  Date arithmetic
is python-dateutil's ``relativedelta`` (issue 14, helper t1 at stop 46).  Word classes are the
``dates.tsv`` rows (deictic, daypart, count, count-unit, count-anchor, early-hours, the-unit).
"""

from __future__ import annotations

import datetime as _dt

from ...document import AnnotatedDocument, Entity
from ...lexicons.dates import count_values, date_class, weekdays

__all__ = ["NO_DATE", "adjacent_span", "is_duration", "possessive_elsewhere", "relative_date"]

#: Returned by :func:`relative_date` for an expression that names no calendar date ("three days later").
NO_DATE = _dt.date.min

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_LEADING = frozenset({"on", "in", "at", "over", "during", "the"})
_UNIT_ARGS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


def _is_count(w: str) -> bool:
    return w.isdigit() or w in count_values()


def is_duration(doc: AnnotatedDocument, e: Entity) -> bool:
    """The entity is a bare counted length, "two weeks", "10 days": how long, not when ("after two
    weeks of talks", "three days after the vote")."""
    if e.token_end - e.token_start != 2:
        return False
    count, unit = doc.tokens[e.token_start].text.lower(), doc.tokens[e.token_start + 1].text.lower()
    return _is_count(count) and unit in date_class("count-unit")


_POSSESSIVE = frozenset({"'s", "\u2019s"})


def possessive_elsewhere(doc: AnnotatedDocument, e: Entity, trigger: int) -> bool:
    """The entity is a possessive ("today's pensioners", "this year's budget", "Friday's vote"):
    it dates the noun after it, so it is the time of that noun's event only, not of the clause's
    verb ("criticised today's pensioners" is no act of today)."""
    toks = doc.tokens
    if toks[e.token_end - 1].text.lower() in _POSSESSIVE:
        noun = e.token_end
    elif e.token_end < len(toks) and toks[e.token_end].text.lower() in _POSSESSIVE:
        noun = e.token_end + 1
    else:
        return False
    return not (noun <= trigger <= noun + 2)


def adjacent_span(doc: AnnotatedDocument, e: Entity) -> tuple[int, int]:
    """The token range of ``e`` joined with the DATE or TIME entities right next to it in its
    sentence: spaCy's "Friday" + "night", "yesterday" + "morning", "the early hours of" + "Tuesday"."""
    ents = [x for x in doc.entities_in_sentence(doc.tokens[e.token_start].sent) if x.label in ("DATE", "TIME")]
    start, end = e.token_start, e.token_end
    for x in reversed(ents):
        if x.token_end == start:
            start = x.token_start
    for x in ents:
        if x.token_start == end:
            end = x.token_end
    return start, end


def _weekday_on_or_before(day: _dt.date, name: str) -> _dt.date:
    from dateutil.relativedelta import relativedelta, weekday

    return day + relativedelta(weekday=weekday(_DAY_NAMES.index(name))(-1))


def relative_date(expression: str, published: _dt.date) -> _dt.date | None:
    """The date a relative expression names, read from ``published``; :data:`NO_DATE` for a
    length counted from the story's own time ("three days later"); ``None`` when the expression
    is none of these (the caller parses it as an absolute date)."""
    from dateutil.relativedelta import relativedelta

    words = expression.lower().replace(",", " ").split()
    while words and words[0] in _LEADING:
        words = words[1:]
    if len(words) >= 3 and words[-1] in date_class("count-anchor") and words[-2] in date_class("count-unit") and _is_count(words[-3]):
        if words[-1] != "ago":
            return NO_DATE  # "three days later", "two weeks earlier": from the story's time
        value = int(words[-3]) if words[-3].isdigit() else count_values().get(words[-3])
        unit = _UNIT_ARGS.get(words[-2].rstrip("s"))
        if words[-2] == "hours":
            return published
        if value is None or unit is None:
            return NO_DATE  # "several days ago": no count
        return published - relativedelta(**{unit: value})
    if len(words) > 3 and words[0] in date_class("early-hours") and words[1:3] == ["hours", "of"]:
        words = words[3:]  # "the early hours of Tuesday": that day
    if len(words) == 2 and words[1] in date_class("daypart") and words[0] != "this":
        words = words[:1]  # "Friday night", "yesterday morning"
    if len(words) == 2 and words[0] in ("earlier", "later") and words[1] == "this":
        return None
    if len(words) == 3 and words[0] in ("earlier", "later") and words[1] == "this":
        words = words[1:]  # "Earlier this month": a lower bound, the month's first day
    if len(words) == 1:
        w = words[0]
        if w in ("today", "tonight"):
            return published
        if w in ("yesterday", "overnight"):
            return published - _dt.timedelta(days=1)  # the night before the day of writing
        if w in weekdays():
            return _weekday_on_or_before(published, w)
        if w == "weekend":
            return _weekday_on_or_before(published, "saturday")  # "over the weekend": the last one
        return None
    if len(words) == 2 and words[0] == "last" and words[1] in weekdays():
        return _weekday_on_or_before(published - _dt.timedelta(days=1), words[1])
    if len(words) == 2 and words[0] == "this":
        unit = words[1]
        if unit in date_class("daypart"):
            return published  # "this morning"
        if unit == "week":
            return _weekday_on_or_before(published, "monday")
        if unit == "month":
            return published.replace(day=1)
        if unit == "year":
            return _dt.date(published.year, 1, 1)
    return None
