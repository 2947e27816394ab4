"""When and where an event happened: its DATE entity resolved to a calendar
date, and the place after "in/at" in its clause."""

from __future__ import annotations

import datetime as _dt

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import months, speech_verbs, weekdays
from ..mentions import clause_end
from ..roles import object_tokens
from .relative_dates import NO_DATE, adjacent_span, is_duration, possessive_elsewhere, relative_date
from .senses import event_words

_TIME_PREPS = {"on", "in", "last", "since", "during", "this", "next", "earlier"}


def resolve_date(expression: str, published: _dt.date | None) -> _dt.date | None:
    """The calendar date a time expression names, read from the article's publication date.

    News dates are relative to the day the article appeared: "on Monday"
    is the Monday of that week, on or before publication; "in January" the
    most recent January; "last year" the year before.  A period resolves to
    its first day ("in January" -> January 1), so ``date`` is a lower
    bound.  Without ``published`` only absolute dates ("June 24, 2025")
    resolve.  Parsing goes through python-dateutil.

    Relative expressions (``relative_dates``, helper t1 at stop 46): a counted length
    back from publication ("two weeks ago"), a part of a day or the night's end on a day
    ("Friday night", "the early hours of Tuesday", "yesterday morning"), "last" + a weekday,
    "this/earlier this/later this" + week, month or year, "the weekend" and "tonight" or
    "overnight".  A length counted from the story's own time ("three days later") names no
    calendar date: ``None``.
    """
    from dateutil import parser as dparser
    from dateutil.relativedelta import relativedelta, weekday

    if published is not None:
        relative = relative_date(expression, published)
        if relative is not None:
            return relative if relative is not NO_DATE else None
    words = expression.lower().replace(",", " ").split()
    words = [w for w in words if w not in _TIME_PREPS or w in ("last", "next")]
    if not words:
        return None
    day_names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    if published is not None:
        if words == ["today"]:
            return published
        if words == ["yesterday"]:
            return published - _dt.timedelta(days=1)
        if len(words) == 1 and words[0] in day_names:
            return published + relativedelta(weekday=weekday(day_names.index(words[0]))(-1))
        if words in (["last", "year"], ["next", "year"]):
            return _dt.date(published.year + (1 if words[0] == "next" else -1), 1, 1)
        if words in (["last", "month"], ["next", "month"]):
            return (published + relativedelta(months=1 if words[0] == "next" else -1)).replace(day=1)
        if words in (["last", "week"], ["next", "week"]):
            return published + relativedelta(weeks=1 if words[0] == "next" else -1, weekday=weekday(0)(-1))
    has_year = any(w.isdigit() and len(w) == 4 for w in words)
    if published is None and not has_year:
        return None
    default = _dt.datetime(published.year, 1, 1) if published else _dt.datetime(2000, 1, 1)
    try:
        parsed = dparser.parse(" ".join(words), default=default).date()
    except (ValueError, OverflowError):
        return None
    if published is not None and not has_year and parsed > published:
        parsed = parsed.replace(year=parsed.year - 1)  # "in December", written in January
    return parsed


#: Dependency labels that open a clause of their own: a time expression inside one belongs to it.
_CLAUSE_DEPS = {"root", "ccomp", "advcl", "acl", "acl:relcl", "advcl:relcl", "xcomp", "parataxis", "csubj", "conj"}


def _clause_head(doc: AnnotatedDocument, tok: Token) -> int:
    """The head of the clause ``tok`` belongs to (climbing until a clause-opening dependency)."""
    for _ in range(40):
        if tok.head is None or tok.dep in _CLAUSE_DEPS and tok.pos in ("VERB", "AUX", "ADJ"):
            return tok.i
        if tok.dep == "conj" and tok.pos in ("VERB", "AUX"):
            return tok.i
        tok = doc.tokens[tok.head]
    return tok.i


def _entity_head(doc: AnnotatedDocument, start: int, end: int) -> Token:
    for k in range(start, end):
        h = doc.tokens[k].head
        if h is None or not (start <= h < end):
            return doc.tokens[k]
    return doc.tokens[start]


#: Words that end a clause or open another one, for engines without a parse.
_CLAUSE_BREAKS = frozenset(("that", ";", "—", "–", "\"", "“", "”", "when", "while", "after", "before", "which", "who"))


_PARENS = frozenset(("(", ")"))


def _breaks_clause(w: Token) -> bool:
    # a speech verb opens a clause; the same word as a noun does not ("the protest leaders") (t1, stop 46)
    return w.text.lower() in _CLAUSE_BREAKS or (w.pos != "NOUN" and w.lemma.lower() in speech_verbs())


def _same_clause_surface(doc: AnnotatedDocument, a: int, b: int) -> bool:
    """No clause boundary between tokens ``a`` and ``b`` (engines without a parse): a speech verb,
    "that", a quote mark, a semicolon or dash between them puts them in different clauses."""
    lo, hi = min(a, b), max(a, b)
    # a parenthesis between them sets one apart ("the vote next week (two envoys met ...)")
    return not any(_breaks_clause(doc.tokens[k]) or doc.tokens[k].text in _PARENS for k in range(lo + 1, hi))


def _inside_clause_before(doc: AnnotatedDocument, sent_start: int, k: int) -> bool:
    """Token ``k``, before the trigger, stands in a clause of its own that closes before the
    trigger (engines without a parse): between the last comma before it (or the sentence's start)
    and ``k`` a relative pronoun, a subordinator or a speech verb opens that clause -- "The
    minister, *who* took office in January, met the envoy on Friday": January is when he took
    office, not when he met anyone (lead, stop 41)."""
    j = k - 1
    while j >= sent_start and doc.tokens[j].text != ",":
        if _breaks_clause(doc.tokens[j]):
            return True
        j -= 1
    return False


def event_time(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """The DATE entity nearest the trigger among those attached to the trigger's own clause, with
    its preposition: "On Monday, he said Russia would support Iran" gives "support" no time."""
    sent = doc.sentences[t.sent]
    best = None
    own = _clause_head(doc, t) if doc.has_parse else None
    for e in doc.entities_in_sentence(t.sent):
        if e.label not in ("DATE", "TIME") or is_duration(doc, e) or possessive_elsewhere(doc, e, t.i):
            continue
        if doc.has_parse:
            if _clause_head(doc, _entity_head(doc, e.token_start, e.token_end)) != own:
                continue
        elif not _same_clause_surface(doc, t.i, e.token_start if e.token_start > t.i else e.token_end - 1):
            continue
        elif e.token_end <= t.i and _inside_clause_before(doc, sent.token_start, e.token_start):
            continue
        dist = abs(e.token_start - t.i)
        if best is None or dist < best[0]:
            best = (dist, e)
    if best is None:
        return None
    e = best[1]
    t_start, t_end = adjacent_span(doc, e)  # "Friday" + "night", "the early hours of" + "Tuesday"
    start = doc.tokens[t_start].start
    prev = doc.tokens[t_start - 1] if t_start > sent.token_start else None
    first = doc.tokens[t_start].text.lower()
    if prev is not None and prev.text.lower() in _TIME_PREPS and (first in weekdays() or first in months() or first[:1].isdigit()):
        start = prev.start
    return start, doc.tokens[t_end - 1].end


def location(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """A place entity after "in/at" in the trigger's clause ("met Araqchi in Moscow")."""
    sent = doc.sentences[t.sent]
    end = clause_end(doc, t.i) if t.i < sent.token_end else t.i
    # the clause ends within the sentence, so only its entities can qualify
    for e in doc.entities_in_sentence(t.sent):
        if e.label in ("GPE", "LOC", "FAC") and t.i < e.token_start < end:
            prev = doc.tokens[e.token_start - 1]
            if prev.text.lower() in ("in", "at", "near", "outside", "inside"):
                return e.start, e.end
    return None


def is_object(doc: AnnotatedDocument, t: Token, loc: tuple[int, int]) -> bool:
    """The place is the verb's own object ("visited Moscow"), so a target as well as the location."""
    return any(o.start <= loc[0] < o.end or loc[0] <= o.start < loc[1] for o in object_tokens(doc, t))


#: Prepositions that put a medium after a verb: where something was said, not who underwent it.
_MEDIUM_PREPS = frozenset({"on", "in", "via", "through"})


def media_named(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> set[str]:
    """Actors named, in the event's clause after its trigger, as the medium of the act: a platform
    or a broadcast (``speech-setting`` in ``sense_words.tsv``) right after "on", "in", "via" or
    "through" ("attacked the senator on Twitter", "accused him on television").  That is where
    the words were said, as a place is where an event happened: no target (stop 34, lead)."""
    settings = event_words("speech-setting")
    out: set[str] = set()
    for k in range(last.i + 1, clause_end(doc, last.i + 1) if last.i + 1 < len(doc.tokens) else last.i + 1):
        w = doc.tokens[k]
        if w.text.lower() in settings and doc.tokens[k - 1].text.lower() in _MEDIUM_PREPS:
            actor = draft.actor_at(w.start, w.end)
            if actor is not None:
                out.add(actor)
    return out
