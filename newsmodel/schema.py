"""The public data contract: Span, Actor, Statement, Denial, Event, Article.

``Article.model_dump_json()`` is what downstream tools read, so the field
names here are fixed by the project's spec; new fields may be added, none
renamed.  Every model validates what it can see on its own (a span's length,
a confidence range); :class:`Article` validates the cross-cutting invariants
once, where the whole picture is known: spans match the text, ids are
unique, references resolve.  Violations are a pydantic ``ValidationError``
whose ``loc`` names the offending field (``statements.2.content.0``).
"""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Any, Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

__all__ = [
    "Span",
    "Actor",
    "Statement",
    "Denial",
    "Event",
    "Provenance",
    "Article",
    "ActorKind",
    "StatementKind",
    "Factuality",
    "EventType",
    "PLOVER_CATEGORIES",
    "PLOVER_MODES",
]

#: ``location``: a place that is not a country (a city, region or site: "Doha", "the Gaza Strip")
#: -- where things happen, which may also stand for the authorities there.
ActorKind = Literal["person", "organization", "country", "group", "location", "other"]
StatementKind = Literal["direct", "indirect", "mixed"]
Factuality = Literal["asserted", "reported", "denied", "hypothetical", "negated"]
EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]

#: PLOVER v0.8's sixteen event categories, in the manual's order.
PLOVER_CATEGORIES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]



def _load_modes() -> dict[str, tuple[str, ...]]:
    from .lexicons import rows

    modes: dict[str, list[str]] = {c: [] for c in PLOVER_CATEGORIES}
    for row in rows("plover_modes.tsv"):
        if len(row) >= 2 and row[0] in modes and row[1] not in modes[row[0]]:
            modes[row[0]].append(row[1])
    return {c: tuple(m) for c, m in modes.items()}


#: Modes per category, from the PLOVER v0.8 manual's mode tables (data file
#: ``lexicons/plover_modes.tsv``, which cites the table of each mode).  An
#: event's ``mode`` must be one of its category's modes, or null.
PLOVER_MODES: dict[str, tuple[str, ...]] = _load_modes()

#: Every model is frozen and its collections are tuples: an Article, once
#: built and validated, cannot drift from its text.  Extractors build through
#: :class:`newsmodel.Draft`; to change a finished model, ``model_copy(update=...)``
#: (unvalidated) or validate a new one.
_FROZEN = ConfigDict(extra="forbid", frozen=True)
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]
Id = Annotated[str, Field(min_length=1)]


class Span(BaseModel):
    """A non-empty character range of ``Article.text``; ``text`` is that slice."""

    model_config = _FROZEN

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str

    @model_validator(mode="after")
    def _consistent(self) -> "Span":
        if self.end <= self.start:
            raise ValueError(f"span end {self.end} must be greater than start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text has length {len(self.text)} but covers {self.end - self.start} characters")
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span ``text[start:end]`` (the usual way to build one)."""
        return cls(start=start, end=end, text=text[start:end])


class Actor(BaseModel):
    """One real-world participant, with every mention of it in the article."""

    model_config = _FROZEN

    id: Id
    name: str = Field(min_length=1)
    kind: ActorKind = "other"
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    affiliation: str | None = None
    mentions: tuple[Span, ...] = ()
    wikidata: str | None = Field(default=None, description="Wikidata QID; filled only by plugins.")
    code: str | None = Field(
        default=None,
        pattern=r"^[A-Z0-9]{3,18}$",
        description=(
            "CAMEO-style actor code (country + sector codes, e.g. RUSGOV, IRNMIL, or a sector alone, "
            "e.g. MIL, COP, REB), from the PETRARCH/Phoenix dictionaries when they know the actor."
        ),
    )


class Statement(BaseModel):
    """An attribution: who (source/speaker) said what (content), signalled by a cue."""

    model_config = _FROZEN

    id: Id
    speaker: str | None = None
    source: Span | None = None
    cue: Span | None = None
    content: tuple[Span, ...] = Field(min_length=1)
    kind: StatementKind = "indirect"
    confidence: Confidence = 1.0


class Denial(BaseModel):
    """Someone denies a claim or report."""

    model_config = _FROZEN

    id: Id
    denier: str | None = None
    statement: str | None = None
    cue: Span
    denied: Span | None = None
    confidence: Confidence = 1.0


class Event(BaseModel):
    """A PLOVER event: what happened, to whom, when, and how sure the text is."""

    model_config = _FROZEN

    id: Id
    type: EventType
    mode: str | None = None
    trigger: Span
    agents: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    time: Span | None = None
    date: _dt.date | None = Field(default=None, description="`time` resolved to a calendar date, when possible.")
    location: Span | None = None
    factuality: Factuality = "asserted"
    statement: str | None = None
    confidence: Confidence = 1.0

    @model_validator(mode="after")
    def _mode_in_category(self) -> "Event":
        if self.mode is not None and self.mode not in PLOVER_MODES[self.type]:
            allowed = ", ".join(PLOVER_MODES[self.type]) or "none (leave mode null)"
            raise ValueError(f"mode {self.mode!r} is not a PLOVER mode of {self.type}; expected one of: {allowed}")
        return self


class Provenance(BaseModel):
    model_config = _FROZEN

    engine: str = ""
    engine_version: str = ""
    extractors: tuple[str, ...] = ()
    newsmodel_version: str = ""


class Article(BaseModel):
    """The root of the schema; its JSON is the project's data contract."""

    model_config = _FROZEN

    id: Id = "article"
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    language: str = "en"
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    denials: tuple[Denial, ...] = ()
    events: tuple[Event, ...] = ()
    provenance: Provenance = Field(default_factory=Provenance)

    # -- lookups --------------------------------------------------------------
    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def speaker_name(self, statement: Statement) -> str | None:
        actor = self.actor(statement.speaker)
        return actor.name if actor else None

    def _repr_html_(self) -> str:
        """The HTML view (``newsmodel.render_html``), so a notebook shows the marked-up article."""
        from .render.html import render_html

        return render_html(self, standalone=False)

    # -- invariants -----------------------------------------------------------
    def _spans(self) -> Iterator[tuple[tuple[Any, ...], Span]]:
        for i, a in enumerate(self.actors):
            for j, m in enumerate(a.mentions):
                yield ("actors", i, "mentions", j), m
        for i, s in enumerate(self.statements):
            if s.source is not None:
                yield ("statements", i, "source"), s.source
            if s.cue is not None:
                yield ("statements", i, "cue"), s.cue
            for j, c in enumerate(s.content):
                yield ("statements", i, "content", j), c
        for i, d in enumerate(self.denials):
            yield ("denials", i, "cue"), d.cue
            if d.denied is not None:
                yield ("denials", i, "denied"), d.denied
        for i, e in enumerate(self.events):
            yield ("events", i, "trigger"), e.trigger
            for name in ("time", "location"):
                sp = getattr(e, name)
                if sp is not None:
                    yield ("events", i, name), sp

    def _holds(self) -> bool:
        """Every invariant that ``_invariants`` checks holds: one tight pass, no error locations made.

        The valid case -- every article the pipeline builds -- costs one read of
        each span and each reference; only when this says no are the error
        locations worked out, by the checks in ``_invariants`` themselves.
        """
        text, n = self.text, len(self.text)
        actors, statements, denials, events = self.actors, self.statements, self.denials, self.events
        actor_ids = {a.id for a in actors}
        statement_ids = {s.id for s in statements}
        ids = actor_ids | statement_ids | {d.id for d in denials} | {e.id for e in events}
        if len(ids) != len(actors) + len(statements) + len(denials) + len(events):
            return False  # an id used twice
        for a in actors:
            affiliation = a.affiliation
            if affiliation is not None and (affiliation not in actor_ids or affiliation == a.id):
                return False
            for sp in a.mentions:
                if sp.end > n or text[sp.start : sp.end] != sp.text:
                    return False
        for s in statements:
            if s.speaker is not None and s.speaker not in actor_ids:
                return False
            for sp in (s.source, s.cue, *s.content):
                if sp is not None and (sp.end > n or text[sp.start : sp.end] != sp.text):
                    return False
        for d in denials:
            if (d.denier is not None and d.denier not in actor_ids) or (
                d.statement is not None and d.statement not in statement_ids
            ):
                return False
            for sp in (d.cue, d.denied):
                if sp is not None and (sp.end > n or text[sp.start : sp.end] != sp.text):
                    return False
        for e in events:
            if not (actor_ids.issuperset(e.agents) and actor_ids.issuperset(e.targets)):
                return False
            if e.statement is not None and e.statement not in statement_ids:
                return False
            for sp in (e.trigger, e.time, e.location):
                if sp is not None and (sp.end > n or text[sp.start : sp.end] != sp.text):
                    return False
        return True

    @model_validator(mode="after")
    def _invariants(self) -> "Article":
        if self._holds():
            return self  # the common case; the checks below say what is wrong, and where
        errors: list[InitErrorDetails] = []

        def err(kind: str, loc: tuple[Any, ...], message: str, value: Any) -> None:
            errors.append(InitErrorDetails(type=PydanticCustomError(kind, message), loc=loc, input=value))

        n = len(self.text)
        for loc, sp in self._spans():
            if sp.end > n:
                err("span_outside_text", loc, f"span {sp.start}:{sp.end} ends beyond the text ({n} characters)", sp.text)
            elif self.text[sp.start : sp.end] != sp.text:
                err(
                    "span_text_mismatch",
                    loc,
                    f"span text {sp.text!r} differs from text[{sp.start}:{sp.end}] {self.text[sp.start:sp.end]!r}",
                    sp.text,
                )

        seen: dict[str, tuple[Any, ...]] = {}
        for coll in ("actors", "statements", "denials", "events"):
            for i, obj in enumerate(getattr(self, coll)):
                if obj.id in seen:
                    first = ".".join(map(str, seen[obj.id]))
                    err("duplicate_id", (coll, i, "id"), f"id {obj.id!r} is already used by {first}", obj.id)
                else:
                    seen[obj.id] = (coll, i)

        actor_ids = {a.id for a in self.actors}
        statement_ids = {s.id for s in self.statements}

        def ref(loc: tuple[Any, ...], value: str | None, pool: set[str], what: str) -> None:
            if value is not None and value not in pool:
                err("unresolved_reference", loc, f"{value!r} is not the id of any {what} in this article", value)

        for i, a in enumerate(self.actors):
            ref(("actors", i, "affiliation"), a.affiliation, actor_ids, "actor")
            if a.affiliation == a.id:
                err("self_affiliation", ("actors", i, "affiliation"), "an actor cannot be affiliated with itself", a.id)
        for i, s in enumerate(self.statements):
            ref(("statements", i, "speaker"), s.speaker, actor_ids, "actor")
        for i, d in enumerate(self.denials):
            ref(("denials", i, "denier"), d.denier, actor_ids, "actor")
            ref(("denials", i, "statement"), d.statement, statement_ids, "statement")
        for i, e in enumerate(self.events):
            for role in ("agents", "targets"):
                for j, actor_id in enumerate(getattr(e, role)):
                    ref(("events", i, role, j), actor_id, actor_ids, "actor")
            ref(("events", i, "statement"), e.statement, statement_ids, "statement")

        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self
