"""Time phrases that stand between a subject and its verb: "The mayor *earlier in the day* said",
"Senator Pike *just a week ago* announced", "Lena Ortiz, the chair, *this past week* accused".

Without a parse the subject of a verb is looked for right before it
(:meth:`.attribution.Context.subject_of`), past auxiliaries, adverbs and the gap words of
``cue_gap_words.tsv`` ("on Tuesday").  A time phrase built on a noun ("the day", "a week")
would otherwise be read as the subject itself -- "the day" touted, "a week" said.  The phrase
is recognised from the calendar words of ``dates.tsv`` (units, counts, relative words and
their anchors), so no time noun is listed here:

* "[earlier|later|early|late] in the UNIT"   -- "earlier in the day", "late in the evening"
* "[this|last|next|earlier|later] [past|coming] UNIT" -- "this past week", "earlier this month"
* "COUNT UNIT ago|earlier|later"              -- "a week ago", "two days earlier", "days later"
* "in MONTH [NUMBER]"                         -- "in March", "in May 2015"

(issue 14, helper h7 at stop 47: PolNeAR train slice, rules speakers read off "the day",
"a week" and "this past week".)
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument
from ..lexicons.dates import count_values, date_class, date_modifiers, date_units, months, relative_date_words

__all__ = ["time_phrase_start"]


@lru_cache(maxsize=1)
def _anchors() -> frozenset[str]:
    """The words after a counted length ("ago", "earlier", "later": ``count-anchor`` of ``dates.tsv``)."""
    return date_class("count-anchor")


@lru_cache(maxsize=1)
def _leads() -> frozenset[str]:
    """Words that can open "in the UNIT" ("earlier in the day", "late in the evening") or "this
    UNIT" ("earlier this month"): the time adverbs of ``dates.tsv`` and its anchors but "ago"."""
    return date_class("time-adverb") | (_anchors() - {"ago"})


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    """Periods: the units, counted units and parts of the day of ``dates.tsv``."""
    return date_units() | date_class("count-unit") | date_class("daypart")


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    """The words a time phrase can end in besides a number: an anchor ("ago"), a month or a unit.

    The subject lookup asks :func:`time_phrase_start` at every cue (about 5,800 times on 300
    PolNeAR train texts); a word outside this set answers None at once (issue 13, helper s32 at
    stop 48)."""
    return _anchors() | months() | _units()


def time_phrase_start(doc: AnnotatedDocument, k: int, first: int) -> int | None:
    """The index of the first token of a time phrase that ends at token ``k`` (no earlier than
    ``first``), or None when the words ending at ``k`` make no time phrase."""
    toks = doc.tokens
    if k < first:
        return None
    last = toks[k].text
    if not last.isdigit() and last.lower() not in _last_words():
        return None  # every phrase below ends in an anchor, a month, a number or a unit

    def low(i: int) -> str:
        return toks[i].text.lower()

    def counted(i: int) -> bool:
        return i >= first and (low(i) in count_values() or toks[i].text.isdigit())

    units = _units()
    w = low(k)
    # "a week ago", "two days earlier", "days later"
    if w in _anchors() and k - 1 >= first and low(k - 1) in units:
        return k - 2 if counted(k - 2) else k - 1
    # "in March", "in May 2015": a month, after "in"
    m = k - 1 if toks[k].text.isdigit() and k - 1 >= first else k
    if low(m) in months() and m - 1 >= first and low(m - 1) == "in":
        return m - 1
    if w not in units:
        return None
    if k + 1 < len(toks) and low(k + 1) in _anchors():
        # the anchor was passed over as an adverb before this was asked: "a week [ago]"
        return k - 1 if counted(k - 1) else k
    j = k - 1
    # "this past week", "earlier this month", "last week"
    if j >= first and low(j) in date_modifiers():
        j -= 1
    if j >= first and low(j) in relative_date_words():
        return j - 1 if j - 1 >= first and low(j) == "this" and low(j - 1) in _leads() else j
    # "earlier in the day", "in the morning", "late in the evening"
    if j - 1 >= first and low(j) == "the" and low(j - 1) == "in":
        return j - 2 if j - 2 >= first and low(j - 2) in _leads() else j - 1
    return None
