"""The mutable Article-in-progress that extractors fill in.

Extractors run one after another on the same :class:`Draft`; the final
:class:`~newsmodel.Article` is built (and validated) once, at the end, by
:meth:`Draft.build`.  The draft hands out ids and spans so that extractors
never format ids or slice text by hand, and it owns the actors and their
mentions: every extractor -- built-in or from a plugin -- creates an actor
through :meth:`Draft.add_actor` or :meth:`Draft.actor_named` and records a
mention with :meth:`Draft.add_mention`, and asks "which actor is this?"
with :meth:`Draft.actor_at`.  Nothing passes between extractors except
through these methods.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections import defaultdict
from typing import Any

from .document import AnnotatedDocument
from .schema import Actor, Article, Denial, Event, Provenance, Span, Statement

__all__ = ["Draft", "Mention"]

_PREFIX = {"actor": "a", "statement": "s", "denial": "d", "event": "e"}

#: A mention as the draft indexes it: ``(start, end, actor_id)``.
Mention = tuple[int, int, str]


class _MentionIndex:
    """Sorted (start, end, actor_id) triples for fast lookups by offset."""

    def __init__(self) -> None:
        self.items: list[Mention] = []
        self._longest = 0  # the longest mention so far, in characters

    def add(self, start: int, end: int, actor_id: str) -> None:
        bisect.insort(self.items, (start, end, actor_id))
        self._longest = max(self._longest, end - start)

    def at(self, start: int, end: int) -> str | None:
        best, best_overlap = None, 0
        items = self.items
        # walk from the first candidate by index: slicing ``items[lo:]`` copied
        # the rest of the list on every lookup
        # mentions starting more than 200 characters back are not considered;
        # and none starting further back than the longest mention can overlap
        reach = min(200, self._longest)
        for k in range(bisect.bisect_left(items, (start - reach, 0, "")), len(items)):
            s, e, a = items[k]
            if s >= end:
                break
            overlap = min(end, e) - max(start, s)
            if overlap > best_overlap:
                best, best_overlap = a, overlap
        return best

    def between(self, start: int, end: int) -> list[Mention]:
        items = self.items
        out = []
        for k in range(bisect.bisect_left(items, (start, 0, "")), len(items)):
            item = items[k]
            if item[0] >= end:
                break
            if item[1] <= end:
                out.append(item)
        return out

    def before(self, offset: int, *, limit: int) -> list[Mention]:
        # only mentions starting in limit..offset can qualify: read just those
        lo = bisect.bisect_left(self.items, (limit,))
        hi = bisect.bisect_left(self.items, (offset, 0, ""))
        out = [m for m in self.items[lo:hi] if m[1] <= offset and m[0] >= limit]
        return sorted(out, key=lambda m: -m[1])


def _start(span: Span) -> int:
    return span.start


class Draft:
    def __init__(
        self,
        doc: AnnotatedDocument,
        *,
        id: str = "article",
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: _dt.date | None = None,
        language: str = "en",
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.meta: dict[str, Any] = dict(
            id=id, title=title, source=source, url=url, published=published, language=language
        )
        self.actors: list[Actor] = []
        self.statements: list[Statement] = []
        self.denials: list[Denial] = []
        self.events: list[Event] = []
        self._counters: dict[str, int] = defaultdict(int)
        self._mentions = _MentionIndex()
        self._by_name: dict[str, str] = {}  # lower-cased actor name -> id of the first actor so named
        # where each actor sits in ``actors``, and per actor the (start, end)
        # of its mentions with the tuple they were read from: lookups that
        # scanned every actor or every mention made extraction quadratic in
        # the length of the article.  Both are checked on use, since plugins
        # may replace an actor in ``actors`` (a validated copy).
        self._position: dict[str, int] = {}
        self._mention_keys: dict[str, tuple[tuple[Span, ...], set[tuple[int, int]]]] = {}

    @property
    def published(self) -> _dt.date | None:
        return self.meta["published"]

    # -- helpers --------------------------------------------------------------
    def new_id(self, kind: str) -> str:
        self._counters[kind] += 1
        return f"{_PREFIX.get(kind, kind)}{self._counters[kind]}"

    def span(self, start: int, end: int, *, strip: bool = True) -> Span | None:
        """A :class:`Span` of the text, whitespace-trimmed; None if empty."""
        if strip:
            while start < end and self.text[start].isspace():
                start += 1
            while end > start and self.text[end - 1].isspace():
                end -= 1
        if end <= start:
            return None
        return Span(start=start, end=end, text=self.text[start:end])

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        k = self._slot(actor_id) if actor_id is not None else None
        return self.actors[k] if k is not None else None

    def _slot(self, actor_id: str) -> int | None:
        """Where the actor sits in ``self.actors``; re-found when the list was changed by hand."""
        k = self._position.get(actor_id)
        if k is not None and k < len(self.actors) and self.actors[k].id == actor_id:
            return k
        for k, a in enumerate(self.actors):
            if a.id == actor_id:
                self._position[actor_id] = k
                return k
        return None

    # -- actors and mentions ----------------------------------------------------
    def add_actor(self, **fields: Any) -> Actor:
        """A new actor (``Actor`` fields as keywords); its ``mentions`` are indexed."""
        actor = Actor(id=fields.pop("id", None) or self.new_id("actor"), **fields)
        self.actors.append(actor)
        self._position.setdefault(actor.id, len(self.actors) - 1)
        self._by_name.setdefault(actor.name.lower(), actor.id)
        for m in actor.mentions:
            self._mentions.add(m.start, m.end, actor.id)
        return actor

    def actor_named(self, name: str, kind: str, **fields: Any) -> Actor:
        """The actor called ``name`` (case aside), created with ``kind`` and ``fields`` if there is none.

        The one way extractors get an actor by name, so that "Kremlin" found
        by the actor extractor and "the Kremlin" found as a source are one
        actor, and the first extractor to name an actor decides its kind.
        """
        actor = self.actor(self._by_name.get(name.lower()))
        if actor is not None:
            return actor
        return self.add_actor(name=name, kind=kind, **fields)

    def update_actor(self, actor_id: str, **changes: Any) -> Actor:
        """Replace fields of an actor (``aliases=``, ``titles=``, ``affiliation=``, ``wikidata=`` ...).

        Actors are frozen like the rest of the schema; the draft swaps in a
        validated copy.  Mentions go through :meth:`add_mention`, which
        indexes them.
        """
        actor = self.actor(actor_id)
        if actor is None:
            raise KeyError(f"no actor {actor_id!r} in this draft")
        if "id" in changes or "mentions" in changes:
            raise ValueError("update_actor cannot change an actor's id or mentions (use add_mention)")
        k = self._slot(actor_id)
        assert k is not None
        self.actors[k] = updated = Actor.model_validate({**dict(actor), **changes})
        known = self._mention_keys.get(actor_id)
        if known is not None and known[0] is actor.mentions:  # same mentions, in a new tuple
            self._mention_keys[actor_id] = (updated.mentions, known[1])
        return updated

    def add_mention(self, actor_id: str, start: int, end: int) -> None:
        """Record that ``text[start:end]`` (whitespace-trimmed) mentions the actor, once."""
        actor = self.actor(actor_id)
        span = self.span(start, end)
        if actor is None or span is None:
            return
        mentions = actor.mentions
        key = (span.start, span.end)
        known = self._mention_keys.get(actor.id)
        if known is not None and known[0] is mentions:
            keys = known[1]
        else:  # the first mention through the draft, or the actor was replaced by hand
            keys = {(m.start, m.end) for m in mentions}
            mentions = tuple(sorted(mentions, key=_start))
        if key in keys:
            return
        # after the mentions with the same start, where a stable sort would put it;
        # the actor is frozen, so the draft swaps in a copy with the longer tuple
        at = bisect.bisect_right(mentions, span.start, key=_start)
        mentions = (*mentions[:at], span, *mentions[at:])
        k = self._slot(actor_id)
        assert k is not None
        self.actors[k] = actor.model_copy(update={"mentions": mentions})
        keys.add(key)
        self._mention_keys[actor.id] = (mentions, keys)
        self._mentions.add(span.start, span.end, actor_id)

    def actor_at(self, start: int, end: int) -> str | None:
        """Id of the actor whose mention overlaps ``start:end`` the most, or None."""
        return self._mentions.at(start, end)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions inside ``start:end``, in text order, as ``(start, end, actor_id)``."""
        return self._mentions.between(start, end)

    def mentions_before(self, offset: int, *, limit: int) -> list[Mention]:
        """Mentions ending at or before ``offset`` and starting at or after ``limit``, nearest first."""
        return self._mentions.before(offset, limit=limit)

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every mention recorded so far, in text order."""
        return tuple(self._mentions.items)

    # -- statements, denials, events -------------------------------------------------

    def add_statement(self, **fields: Any) -> Statement:
        st = Statement(id=fields.pop("id", None) or self.new_id("statement"), **fields)
        self.statements.append(st)
        return st

    def add_denial(self, **fields: Any) -> Denial:
        d = Denial(id=fields.pop("id", None) or self.new_id("denial"), **fields)
        self.denials.append(d)
        return d

    def add_event(self, **fields: Any) -> Event:
        e = Event(id=fields.pop("id", None) or self.new_id("event"), **fields)
        self.events.append(e)
        return e

    # -- result ---------------------------------------------------------------
    def build(self, provenance: Provenance) -> Article:
        """Validate everything once and return the finished Article."""
        return Article(
            text=self.text,
            actors=self.actors,
            statements=self.statements,
            denials=self.denials,
            events=self.events,
            provenance=provenance,
            **self.meta,
        )
