"""The results of scoring one Article against a seed gold file, and their report.

:func:`newsmodel.evaluate.seed.score_seed` fills these in; the rules they
apply are documented in :mod:`newsmodel.evaluate.seed`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from .spans import Fragment

__all__ = [
    "StatementResult",
    "NotStatementResult",
    "DenialResult",
    "EventResult",
    "DeniedEventResult",
    "ActorResult",
    "SeedReport",
]


def _short(s: str, n: int = 48) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


@dataclass
class StatementResult:
    index: int
    speaker: str | None
    content: str
    span: Fragment
    cue: str | None
    cue_span: Fragment | None
    found: bool
    #: Id of the extracted statement that found it.
    matched: str | None = None
    #: Whether some statement's content overlaps enough, whatever its speaker.
    content_found: bool = False
    #: Speaker name of the matching statement, else of the best content match.
    predicted_speaker: str | None = None


@dataclass
class NotStatementResult:
    text: str
    span: Fragment
    extracted: bool
    statements: list[str] = field(default_factory=list)


@dataclass
class DenialResult:
    denier: str | None
    cue: str
    found: bool
    matched: str | None = None
    #: Denier of a cue-overlapping extracted denial, if any.
    predicted_denier: str | None = None


@dataclass
class EventResult:
    type: str
    trigger: str
    agents: list[str]
    targets: list[str]
    found: bool
    matched: str | None = None
    #: Some extracted event overlaps the trigger with the right type.
    type_found: bool = False
    predicted_agents: list[str] | None = None
    predicted_targets: list[str] | None = None


@dataclass
class DeniedEventResult:
    trigger: str
    description: str | None
    found: bool
    matched: str | None = None


@dataclass
class ActorResult:
    name: str
    found: bool
    matched: str | None = None
    #: Extracted actors assigned to this gold actor (id, name).
    assigned: list[tuple[str, str]] = field(default_factory=list)

    @property
    def split(self) -> bool:
        return len(self.assigned) >= 2


@dataclass
class SeedReport:
    """How one Article compares with a seed gold file."""

    article: str
    statements: list[StatementResult]
    not_statements: list[NotStatementResult]
    denials: list[DenialResult]
    events: list[EventResult]
    denied_events: list[DeniedEventResult]
    actors: list[ActorResult]
    extracted_statements: int = 0
    #: Extracted statements that found no gold statement.
    unmatched_statements: list[str] = field(default_factory=list)

    @staticmethod
    def _n(items: Iterable[Any], attr: str) -> int:
        return sum(1 for i in items if getattr(i, attr))

    @property
    def statements_found(self) -> int:
        return self._n(self.statements, "found")

    @property
    def not_statements_extracted(self) -> int:
        return self._n(self.not_statements, "extracted")

    @property
    def denials_found(self) -> int:
        return self._n(self.denials, "found")

    @property
    def events_found(self) -> int:
        return self._n(self.events, "found")

    @property
    def denied_events_found(self) -> int:
        return self._n(self.denied_events, "found")

    @property
    def actors_found(self) -> int:
        return self._n(self.actors, "found")

    @property
    def split_actors(self) -> list[ActorResult]:
        return [a for a in self.actors if a.split]

    def summary(self) -> dict[str, Any]:
        return {
            "statements_found": self.statements_found,
            "statements": len(self.statements),
            "not_statements_extracted": self.not_statements_extracted,
            "not_statements": len(self.not_statements),
            "denials_found": self.denials_found,
            "denials": len(self.denials),
            "events_found": self.events_found,
            "events": len(self.events),
            "denied_events_found": self.denied_events_found,
            "denied_events": len(self.denied_events),
            "actors_found": self.actors_found,
            "actors": len(self.actors),
            "actors_split": len(self.split_actors),
            "extracted_statements": self.extracted_statements,
            "unmatched_statements": len(self.unmatched_statements),
        }

    def to_dict(self) -> dict[str, Any]:
        def rows(items: Iterable[Any]) -> list[dict[str, Any]]:
            out = []
            for it in items:
                d = asdict(it)
                for k, v in d.items():
                    if isinstance(v, tuple):
                        d[k] = list(v)
                    elif isinstance(v, list):
                        d[k] = [list(x) if isinstance(x, tuple) else x for x in v]
                if isinstance(it, ActorResult):
                    d["split"] = it.split
                out.append(d)
            return out

        return {
            "article": self.article,
            "summary": self.summary(),
            "statements": rows(self.statements),
            "not_statements": rows(self.not_statements),
            "denials": rows(self.denials),
            "events": rows(self.events),
            "denied_events": rows(self.denied_events),
            "actors": rows(self.actors),
            "split_actors": [a.name for a in self.split_actors],
            "unmatched_statements": list(self.unmatched_statements),
        }

    def format_table(self) -> str:
        s = self.summary()
        yes = {True: "yes", False: "no"}
        lines = [
            f"seed {self.article}",
            f"  statements found        {s['statements_found']:>3}/{s['statements']}"
            f"   (extracted {s['extracted_statements']}, {s['unmatched_statements']} matching no gold statement)",
            f"  not_statements extracted{s['not_statements_extracted']:>3}/{s['not_statements']}   (lower is better)",
            f"  denials found           {s['denials_found']:>3}/{s['denials']}",
            f"  events found            {s['events_found']:>3}/{s['events']}",
            f"  denied events found     {s['denied_events_found']:>3}/{s['denied_events']}",
            f"  actors found            {s['actors_found']:>3}/{s['actors']}",
            f"  actors split            {s['actors_split']:>3}",
            "",
            f"  {'#':>2} {'found':<5} {'gold speaker':<16} {'predicted speaker':<18} content",
        ]
        for r in self.statements:
            mark = yes[r.found] if r.found or not r.content_found else "spkr?"
            lines.append(f"  {r.index:>2} {mark:<5} {_short(r.speaker or '-', 16):<16} {_short(r.predicted_speaker or '-', 18):<18} {_short(r.content)}")
        if self.not_statements:
            lines += ["", f"  {'extracted':<9} not_statement"]
            lines += [f"  {yes[r.extracted]:<9} {_short(r.text, 60)}" for r in self.not_statements]
        if self.denials:
            lines += ["", f"  {'found':<5} {'denier':<16} {'predicted':<16} cue"]
            lines += [
                f"  {yes[r.found]:<5} {_short(r.denier or '-', 16):<16} {_short(r.predicted_denier or '-', 16):<16} {_short(r.cue)}"
                for r in self.denials
            ]
        if self.events:
            lines += ["", f"  {'found':<5} {'type':<10} {'trigger':<12} agents -> targets"]
            for r in self.events:
                mark = yes[r.found] if r.found or not r.type_found else "args?"
                lines.append(
                    f"  {mark:<5} {r.type:<10} {_short(r.trigger, 12):<12} {', '.join(r.agents) or '-'} -> {', '.join(r.targets) or '-'}"
                )
        if self.actors:
            lines += ["", f"  {'found':<5} {'split':<5} actor"]
            for a in self.actors:
                extra = f"  (extracted: {', '.join(n for _, n in a.assigned)})" if a.split else ""
                lines.append(f"  {yes[a.found]:<5} {yes[a.split]:<5} {a.name}{extra}")
        return "\n".join(lines)


