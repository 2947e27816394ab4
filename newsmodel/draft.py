"""The mutable Article-in-progress that extractors fill in.

Extractors run one after another on the same :class:`Draft`; the final
:class:`~newsmodel.Article` is built (and validated) once, at the end, by
:meth:`Draft.build`.  The draft hands out ids and spans so that extractors
never format ids or slice text by hand.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from typing import Any

from .document import AnnotatedDocument
from .schema import Actor, Article, Denial, Event, Provenance, Span, Statement

__all__ = ["Draft"]

_PREFIX = {"actor": "a", "statement": "s", "denial": "d", "event": "e"}


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
        #: Free-form scratch space shared by extractors (e.g. mention->actor maps).
        self.notes: dict[str, Any] = {}

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
        return next((a for a in self.actors if a.id == actor_id), None)

    # -- adders ---------------------------------------------------------------
    def add_actor(self, **fields: Any) -> Actor:
        actor = Actor(id=fields.pop("id", None) or self.new_id("actor"), **fields)
        self.actors.append(actor)
        return actor

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
