"""Articles as tables: ``to_tables(articles)`` and ``write_tables(tables, directory)``.

Analysts join and count in pandas, SQL or Parquet, not in nested JSON, so
each kind of item becomes one flat table with one row per item.  Every row
carries ``article_id`` and the character offsets (``start``/``end``, the
item's extent in ``Article.text``, and ``<span>_start``/``<span>_end`` per
span), so any row can be traced back to the text.  Multi-valued fields stay
lists (``agent_ids``, ``content``...), not joined strings.

Column types are fixed (see :data:`COLUMNS`) so that an empty batch, a
Parquet file and a Dask partition all have the same schema.  pandas (and
pyarrow for Parquet) are an optional extra, ``pip install 'newsmodel[tables]'``,
imported only when a table is built.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Literal

from .errors import ExtractionError
from .schema import Article, Span

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Tables", "COLUMNS", "TABLE_NAMES", "to_tables", "write_tables"]

STR, INT, OPT_INT, FLOAT, LIST, DATE = "object", "int64", "Int64", "float64", "object", "object"


def _span(prefix: str) -> dict[str, str]:
    return {f"{prefix}_start": OPT_INT, f"{prefix}_end": OPT_INT, f"{prefix}_text": STR}


#: table name -> column name -> pandas dtype (``Int64`` is a nullable int; lists and dates are objects).
COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": STR, "start": INT, "end": INT, "title": STR, "source": STR, "url": STR, "published": DATE,
        "language": STR, "text": STR, "n_actors": INT, "n_statements": INT, "n_denials": INT, "n_events": INT,
        "engine": STR, "engine_version": STR, "newsmodel_version": STR,
    },
    "statements": {
        "article_id": STR, "statement_id": STR, "start": INT, "end": INT, "kind": STR,
        "speaker_id": STR, "speaker_name": STR, **_span("source"), **_span("cue"),
        "content": LIST, "content_starts": LIST, "content_ends": LIST, "confidence": FLOAT,
    },
    "denials": {
        "article_id": STR, "denial_id": STR, "start": INT, "end": INT, "denier_id": STR, "denier_name": STR,
        "statement_id": STR, **_span("cue"), **_span("denied"), "confidence": FLOAT,
    },
    "events": {
        "article_id": STR, "event_id": STR, "start": INT, "end": INT, "type": STR, "mode": STR, **_span("trigger"),
        "agent_ids": LIST, "agent_names": LIST, "target_ids": LIST, "target_names": LIST, **_span("time"),
        "date": DATE, **_span("location"), "factuality": STR, "statement_id": STR, "confidence": FLOAT,
    },
    "actors": {
        "article_id": STR, "actor_id": STR, "start": OPT_INT, "end": OPT_INT, "name": STR, "kind": STR,
        "aliases": LIST, "titles": LIST, "affiliation_id": STR, "affiliation_name": STR, "wikidata": STR, "code": STR,
        "mentions": LIST, "mention_starts": LIST, "mention_ends": LIST,
    },
}
TABLE_NAMES = tuple(COLUMNS)


class Tables(dict):  # type: ignore[type-arg]
    """``{name: DataFrame}`` for the five tables; ``tables.statements`` works too."""

    def __getattr__(self, name: str) -> "pd.DataFrame":
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _spans(prefix: str, span: Span | None) -> dict[str, Any]:
    if span is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": span.start, f"{prefix}_end": span.end, f"{prefix}_text": span.text}


def _extent(spans: Iterable[Span | None]) -> dict[str, int | None]:
    present = [s for s in spans if s is not None]
    if not present:
        return {"start": None, "end": None}
    return {"start": min(s.start for s in present), "end": max(s.end for s in present)}


def _rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    names = {a.id: a.name for a in article.actors}
    aid = article.id
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    prov = article.provenance
    rows["articles"].append({
        "article_id": aid, "start": 0, "end": len(article.text), "title": article.title, "source": article.source,
        "url": article.url, "published": article.published, "language": article.language, "text": article.text,
        "n_actors": len(article.actors), "n_statements": len(article.statements),
        "n_denials": len(article.denials), "n_events": len(article.events),
        "engine": prov.engine, "engine_version": prov.engine_version, "newsmodel_version": prov.newsmodel_version,
    })
    for s in article.statements:
        rows["statements"].append({
            "article_id": aid, "statement_id": s.id, **_extent([s.source, s.cue, *s.content]), "kind": s.kind,
            "speaker_id": s.speaker, "speaker_name": names.get(s.speaker) if s.speaker else None,
            **_spans("source", s.source), **_spans("cue", s.cue),
            "content": [c.text for c in s.content], "content_starts": [c.start for c in s.content],
            "content_ends": [c.end for c in s.content], "confidence": s.confidence,
        })
    for d in article.denials:
        rows["denials"].append({
            "article_id": aid, "denial_id": d.id, **_extent([d.cue, d.denied]), "denier_id": d.denier,
            "denier_name": names.get(d.denier) if d.denier else None, "statement_id": d.statement,
            **_spans("cue", d.cue), **_spans("denied", d.denied), "confidence": d.confidence,
        })
    for e in article.events:
        rows["events"].append({
            "article_id": aid, "event_id": e.id, **_extent([e.trigger]), "type": e.type, "mode": e.mode,
            **_spans("trigger", e.trigger), "agent_ids": list(e.agents), "agent_names": [names.get(a) for a in e.agents],
            "target_ids": list(e.targets), "target_names": [names.get(t) for t in e.targets], **_spans("time", e.time),
            "date": e.date, **_spans("location", e.location), "factuality": e.factuality,
            "statement_id": e.statement, "confidence": e.confidence,
        })
    for a in article.actors:
        rows["actors"].append({
            "article_id": aid, "actor_id": a.id, **_extent(a.mentions), "name": a.name, "kind": a.kind,
            "aliases": list(a.aliases), "titles": list(a.titles), "affiliation_id": a.affiliation,
            "affiliation_name": names.get(a.affiliation) if a.affiliation else None, "wikidata": a.wikidata,
            "code": getattr(a, "code", None), "mentions": [m.text for m in a.mentions], "mention_starts": [m.start for m in a.mentions],
            "mention_ends": [m.end for m in a.mentions],
        })
    return rows


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("tables need pandas: pip install 'newsmodel[tables]'") from None
    return pandas


def to_tables(articles: Iterable[Article | ExtractionError]) -> Tables:
    """The five tables (``articles``, ``statements``, ``denials``, ``events``, ``actors``) of ``articles``.

    ``articles`` may be the output of ``extract_many(..., on_error="record")``:
    :class:`~newsmodel.ExtractionError` items are not articles and are left
    out (keep them from the stream if you need them).
    """
    pd = _pandas()
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    for article in articles:
        if isinstance(article, ExtractionError):
            continue
        if not isinstance(article, Article):
            raise TypeError(f"to_tables takes Articles, not {type(article).__name__}")
        for name, more in _rows(article).items():
            rows[name].extend(more)
    tables = Tables()
    for name, columns in COLUMNS.items():
        frame = pd.DataFrame(rows[name], columns=list(columns), dtype=object)
        tables[name] = frame.astype(columns)
    return tables


def write_tables(tables: Tables | dict[str, "pd.DataFrame"], directory: str | Path, *, format: Literal["parquet", "csv"] = "parquet") -> list[Path]:
    """Write one ``<table>.parquet`` (or ``.csv``) per table into ``directory``; returns the paths.

    In CSV, list columns are written as JSON arrays (``["a", "b"]``), which
    any reader can parse back; Parquet keeps them as list columns.
    """
    if format not in ("parquet", "csv"):
        raise ValueError(f"format must be 'parquet' or 'csv', not {format!r}")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = out / f"{name}.{format}"
        if format == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError:  # pragma: no cover
                raise ImportError("Parquet needs pyarrow: pip install 'newsmodel[tables]'") from None
            frame.to_parquet(path, engine="pyarrow", index=False)
        else:
            flat = frame.copy()
            for column, dtype in COLUMNS.get(name, {}).items():
                if column in flat and dtype == LIST and flat[column].map(lambda v: isinstance(v, list)).any():
                    flat[column] = flat[column].map(lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v)
            flat.to_csv(path, index=False)
        written.append(path)
    return written
