"""``extract`` and ``extract_many``: engine, then extractors, then validation."""

from __future__ import annotations

import datetime as _dt
import itertools
import threading
from typing import Any, Iterable, Iterator, Mapping, Union

from . import plugins
from .document import AnnotatedDocument
from .draft import Draft
from .schema import Article, Provenance

__all__ = ["extract", "extract_many", "get_engine", "annotate", "run_extractors", "ArticleInput"]

#: What ``extract_many`` accepts per item: a text, or a mapping with ``text``
#: and optional ``id``, ``title``, ``source``, ``url``, ``published``, ``language``.
ArticleInput = Union[str, Mapping[str, Any]]

_META_KEYS = ("id", "title", "source", "url", "published", "language")
#: name -> (factory, options key, engine).  One live engine per name: a new
#: factory (a plugin re-registered, as tests do) or new options replace it,
#: so the cache never returns a stale instance and never grows without bound.
_engines: dict[str, tuple[Any, tuple[Any, ...], Any]] = {}
_engine_lock = threading.Lock()


def get_engine(name: str = "rules", **options: Any) -> Any:
    """The engine instance for ``name`` and ``options`` (created once, then reused)."""
    info = plugins.engine_info(name)
    opts = tuple(sorted((k, repr(v)) for k, v in options.items()))
    with _engine_lock:
        cached = _engines.get(name)
        # the factory itself is compared (and held), not its id(), which
        # Python may reuse once an old factory is garbage-collected
        if cached is not None and cached[0] is info.factory and cached[1] == opts:
            return cached[2]
        engine = info.factory(**options)
        _engines[name] = (info.factory, opts, engine)
    return engine


def annotate(text: str, *, engine: str = "rules", engine_options: Mapping[str, Any] | None = None) -> AnnotatedDocument:
    """Run only the engine and return its checked :class:`AnnotatedDocument`."""
    eng = get_engine(engine, **dict(engine_options or {}))
    return eng.annotate(_check_text(text)).check()


def _check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}; decode bytes first")
    return text


def _published(value: Any) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value.date() if isinstance(value, _dt.datetime) else value
    return _dt.date.fromisoformat(str(value)[:10])


def run_extractors(doc: AnnotatedDocument, *, extractors: Iterable[str] | None = None, engine_version: str = "", **meta: Any) -> Article:
    """Run the registered extractors (or the named subset) over ``doc``."""
    from . import __version__

    registry = plugins.available_extractors()
    if extractors is None:
        chosen = list(registry.values())
    else:
        names = list(extractors)
        unknown = [n for n in names if n not in registry]
        if unknown:
            raise LookupError(f"unknown extractor(s) {', '.join(unknown)}; known: {', '.join(registry)}")
        chosen = sorted((registry[n] for n in names), key=lambda i: (i.order, i.name))
    meta = {k: v for k, v in meta.items() if v is not None}
    if "published" in meta:
        meta["published"] = _published(meta["published"])
    draft = Draft(doc, **meta)
    for info in chosen:
        info.extractor(doc, draft)
    return draft.build(
        Provenance(
            engine=doc.engine,
            engine_version=doc.engine_version or engine_version,
            extractors=[i.name for i in chosen],
            newsmodel_version=__version__,
        )
    )


def extract(
    text: str,
    *,
    engine: str = "rules",
    id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: _dt.date | str | None = None,
    language: str | None = None,
    extractors: Iterable[str] | None = None,
    engine_options: Mapping[str, Any] | None = None,
) -> Article:
    """Extract a validated :class:`Article` from one text."""
    doc = annotate(text, engine=engine, engine_options=engine_options)
    return run_extractors(
        doc,
        extractors=extractors,
        engine_version=plugins.engine_info(engine).version,
        id=id,
        title=title,
        source=source,
        url=url,
        published=published,
        language=language,
    )


def _as_mapping(item: ArticleInput, index: int) -> dict[str, Any]:
    if isinstance(item, str):
        return {"text": item}
    if isinstance(item, Mapping):
        if "text" not in item:
            raise ValueError(f"input {index} has no 'text'")
        return dict(item)
    raise TypeError(f"input {index} must be str or a mapping with 'text', not {type(item).__name__}")


def extract_many(
    items: Iterable[ArticleInput],
    *,
    engine: str = "rules",
    batch_size: int = 32,
    extractors: Iterable[str] | None = None,
    engine_options: Mapping[str, Any] | None = None,
) -> Iterator[Article]:
    """Lazily extract Articles from many inputs, in input order.

    Inputs are consumed ``batch_size`` at a time and handed to the engine's
    own batch method, so memory is bounded by one batch whatever the length
    of ``items``.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    eng = get_engine(engine, **dict(engine_options or {}))
    version = plugins.engine_info(engine).version
    chosen = list(extractors) if extractors is not None else None
    iterator = iter(enumerate(items))
    while True:
        chunk = [_as_mapping(item, i) for i, item in itertools.islice(iterator, batch_size)]
        if not chunk:
            return
        texts = [_check_text(m["text"]) for m in chunk]
        for meta, doc in zip(chunk, eng.annotate_batch(texts, batch_size=batch_size)):
            doc.check()
            yield run_extractors(
                doc,
                extractors=chosen,
                engine_version=version,
                **{k: meta.get(k) for k in _META_KEYS},
            )
