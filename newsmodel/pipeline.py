"""``extract`` and ``extract_many``: engine, then extractors, then validation.

``extract_many`` is the corpus path: inputs are checked one by one, so a bad
input or an exception in the engine, an extractor or validation costs only
that input (see ``on_error``), and ``n_jobs`` spreads the work over worker
processes (:mod:`newsmodel.parallel`) with the same output in the same order.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping as _MappingABC
from typing import Any, Iterable, Iterator, Literal, Mapping, NamedTuple, Union

from . import plugins
from .document import AnnotatedDocument
from .draft import Draft
from .errors import ExtractionError, describe
from .inputs import META_KEYS, ArticleInput, check_text, content_id, published_date, record_id, to_record
from .schema import Article, Provenance

__all__ = ["extract", "extract_many", "get_engine", "annotate", "run_extractors", "ArticleInput", "OnError"]

#: What ``extract_many`` does with an input that fails: raise its exception,
#: skip it (logged on the ``newsmodel`` logger), or yield an ExtractionError.
OnError = Literal["raise", "skip", "record"]
_ON_ERROR = ("raise", "skip", "record")
logger = logging.getLogger("newsmodel")
#: How many engines :func:`get_engine` keeps alive at once.
ENGINE_CACHE_SIZE = 4
#: (name, options key) -> (factory, engine), least recently used first.  A
#: small LRU: alternating two option sets (``engine_options``) reuses both
#: engines instead of rebuilding one (a spaCy pipeline takes about half a
#: second to load), and the cache never grows beyond ``ENGINE_CACHE_SIZE``.
#: An entry whose factory was re-registered (a plugin replaced, as tests do)
#: is rebuilt, so the cache never returns a stale instance.
_engines: OrderedDict[tuple[str, tuple[Any, ...]], tuple[Any, Any]] = OrderedDict()
_engine_lock = threading.RLock()  # re-entrant: an engine factory may itself call get_engine (a wrapper engine)


def get_engine(name: str = "rules", **options: Any) -> Any:
    """The engine instance for ``name`` and ``options`` (created once, then reused).

    Instances are shared by every caller in the process, threads included.
    The built-in ``rules`` engine keeps no state between texts and is safe to
    share; a spaCy pipeline is not meant to run in several threads at once,
    so a multi-threaded program should give each thread its own engine
    (build it from the plugin's engine class) or use processes.
    """
    info = plugins.engine_info(name)
    key = (name, tuple(sorted((k, repr(v)) for k, v in options.items())))
    with _engine_lock:
        cached = _engines.get(key)
        # the factory itself is compared (and held), not its id(), which
        # Python may reuse once an old factory is garbage-collected
        if cached is not None and cached[0] is info.factory:
            _engines.move_to_end(key)
            return cached[1]
        engine = info.factory(**options)
        _engines[key] = (info.factory, engine)
        _engines.move_to_end(key)
        while len(_engines) > ENGINE_CACHE_SIZE:
            _engines.popitem(last=False)
    return engine


def annotate(text: str, *, engine: str = "rules", engine_options: Mapping[str, Any] | None = None) -> AnnotatedDocument:
    """Run only the engine and return its checked :class:`AnnotatedDocument`."""
    eng = get_engine(engine, **dict(engine_options or {}))
    return eng.annotate(check_text(text)).check()


def run_extractors(doc: AnnotatedDocument, *, extractors: Iterable[str] | None = None, engine_version: str = "", **meta: Any) -> Article:
    """Run the registered extractors (or the named subset) over ``doc``.

    A subset also runs, first, the extractors that provide what it requires
    (see :func:`newsmodel.plugins.resolve_extractors`): ``["events"]`` gives
    the events of a full run.
    """
    from . import __version__

    chosen = plugins.resolve_extractors(extractors)
    meta = {k: v for k, v in meta.items() if v is not None}
    if "id" not in meta:  # (not ``setdefault``, which hashed the whole text again for an input that has its id)
        meta["id"] = content_id(doc.text)
    if "published" in meta:
        meta["published"] = published_date(meta["published"])
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
    max_chars: int | None = None,
) -> Article:
    """Extract a validated :class:`Article` from one text.

    Without ``id`` the article gets one derived from the text (``t-`` and a
    hash).  ``max_chars`` raises :class:`newsmodel.errors.TextTooLongError`
    for a longer text instead of processing it.
    """
    if not isinstance(text, str):
        check_text(text)  # the TypeError for a non-text, before to_record wraps it as an input
    meta = {"id": id, "title": title, "source": source, "url": url, "published": published, "language": language}
    record = to_record({"text": text, **meta}, max_chars=max_chars)  # checks the text once, with the metadata
    eng = get_engine(engine, **dict(engine_options or {}))
    doc = eng.annotate(text).check()
    return run_extractors(
        doc,
        extractors=extractors,
        engine_version=plugins.engine_info(engine).version,
        **{k: record.get(k) for k in META_KEYS},
    )


# -- many articles -------------------------------------------------------------------------
class Failure(NamedTuple):
    """A failed input inside the batch machinery: the public record and, when it survived, the exception."""

    error: ExtractionError
    exc: BaseException | None


#: One input of a chunk: its index and its checked record, or the failure that checking raised.
Entry = tuple[int, Union[dict[str, Any], Failure]]


def prepare(items: Iterable[Any], *, start: int = 0, max_chars: int | None = None) -> Iterator[Entry]:
    """Check each input (cheap, no engine); a bad input becomes a :class:`Failure` in place."""
    for index, item in enumerate(items, start):
        try:
            yield index, to_record(item, max_chars=max_chars)
        except Exception as exc:  # noqa: BLE001 - any bad input costs only itself
            yield index, Failure(describe(exc, index, record_id(item)), exc)


def _annotate_each(eng: Any, texts: list[str], batch_size: int) -> Iterator[Any]:
    """Documents for ``texts`` in order, one at a time; a text the engine fails on gives its exception instead.

    The engine's own batch method runs first (it is what makes spaCy fast);
    if it raises, the texts it did not return are redone one at a time, so
    only the text that really fails is lost.  Lazy, so that each document is
    used and dropped before the next is made (see :func:`iter_chunk`).
    """
    return each_with_fallback(eng, eng.annotate_batch, texts, batch_size)


def each_with_fallback(eng: Any, batch_method: Any, texts: list[str], batch_size: int) -> Iterator[Any]:
    """What ``batch_method(texts, batch_size=...)`` yields for each of ``texts``, in order; when it
    raises, the texts it did not return are annotated one at a time with ``eng.annotate`` (a
    document, or the text's exception).  An engine that yields more than it was given texts for
    has the extra ones ignored.  Shared by the serial path (``annotate_batch``) and the
    overlapped one (``parse_batch``, :mod:`newsmodel.overlap`)."""
    done = 0
    try:
        for item in batch_method(texts, batch_size=batch_size):
            if done == len(texts):
                break  # more results than texts: the extra ones are ignored
            done += 1
            yield item
    except Exception:  # noqa: BLE001 - isolate the failing text below
        pass
    for text in texts[done:]:
        yield annotate_one(eng, text)


def annotate_one(eng: Any, text: str) -> Union[AnnotatedDocument, BaseException]:
    """``eng.annotate(text)``, or the exception it raised (a bad text is recorded, not fatal)."""
    try:
        return eng.annotate(text)
    except Exception as exc:  # noqa: BLE001
        return exc


def iter_chunk(
    entries: list[Entry], *, eng: Any, engine_version: str, extractors: list[str] | None, batch_size: int
) -> Iterator[Union[Article, Failure]]:
    """Articles (or failures) for one chunk of prepared inputs, in order, each as soon as it is made.

    Each document is converted, extracted and let go before the next one is
    converted, and each Article is handed on at once: documents and Articles
    that wait for the rest of their chunk outlive the young collections and
    pile up in the collector's oldest generation, whose full collections
    walk every object in the process (with spaCy loaded, about 240,000).
    """
    texts = [rec["text"] for _, rec in entries if isinstance(rec, dict)]
    docs = _annotate_each(eng, texts, batch_size) if texts else iter(())
    for index, rec in entries:
        if isinstance(rec, Failure):
            yield rec
            continue
        try:
            doc = next(docs)
        except Exception as exc:  # noqa: BLE001
            doc = exc
        result = extract_document(index, rec, doc, engine_version=engine_version, extractors=extractors)
        doc = None  # not kept alive while the consumer holds this generator suspended
        yield result


def extract_document(
    index: int, rec: Mapping[str, Any], doc: Union[AnnotatedDocument, BaseException], *, engine_version: str, extractors: list[str] | None
) -> Union[Article, Failure]:
    """The Article for input ``index`` from its document, or the failure: the engine's exception, or one raised by the check, an extractor or validation.

    ``rec`` is the input's checked record (only its metadata is read).  One
    function for every path (serial, ``n_jobs``, ``overlap``), so each turns
    a document into the same Article or the same failure.
    """
    try:
        if isinstance(doc, BaseException):
            raise doc
        doc.check()
        return run_extractors(doc, extractors=extractors, engine_version=engine_version, **{k: rec.get(k) for k in META_KEYS})
    except Exception as exc:  # noqa: BLE001 - engine, extractor or validation error: this article only
        return Failure(describe(exc, index, rec["id"]), exc)


def process_chunk(
    entries: list[Entry], *, eng: Any, engine_version: str, extractors: list[str] | None, batch_size: int
) -> list[Union[Article, Failure]]:
    """Articles (or failures) for one chunk of prepared inputs, in order (a worker's whole chunk)."""
    return list(iter_chunk(entries, eng=eng, engine_version=engine_version, extractors=extractors, batch_size=batch_size))


def _check_args(items: Any, batch_size: Any, on_error: Any, n_jobs: Any, max_chars: Any) -> int:
    if isinstance(items, (str, bytes, bytearray)) or isinstance(items, _MappingABC):
        raise TypeError(
            f"items must be an iterable of texts or mappings, not a single {type(items).__name__}; "
            "wrap one input in a list: extract_many([text])"
        )
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ValueError(f"batch_size must be an int of at least 1, not {batch_size!r}")
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(map(repr, _ON_ERROR))}, not {on_error!r}")
    if max_chars is not None and (not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars < 0):
        raise ValueError(f"max_chars must be None or a non-negative int, not {max_chars!r}")
    if not isinstance(n_jobs, int) or isinstance(n_jobs, bool) or n_jobs == 0 or n_jobs < -1:
        raise ValueError(f"n_jobs must be a positive int or -1 (all cores), not {n_jobs!r}")
    return (os.cpu_count() or 1) if n_jobs == -1 else n_jobs


def _serial(
    items: Iterator[Any], *, eng: Any, engine_version: str, extractors: list[str] | None, batch_size: int, max_chars: int | None
) -> Iterator[Union[Article, Failure]]:
    entries = prepare(items, max_chars=max_chars)
    while True:
        chunk = list(itertools.islice(entries, batch_size))
        if not chunk:
            return
        yield from iter_chunk(chunk, eng=eng, engine_version=engine_version, extractors=extractors, batch_size=batch_size)


def apply_policy(results: Iterable[Union[Article, Failure]], on_error: str) -> Iterator[Union[Article, ExtractionError]]:
    """Articles as they are; each failure raised, logged and dropped, or yielded as its ExtractionError."""
    for result in results:
        if not isinstance(result, Failure):
            yield result
            continue
        err = result.error
        if on_error == "record":
            yield err
        elif on_error == "skip":
            logger.warning("skipped input %d (id %s): %s: %s", err.index, err.id, err.error, err.message)
        else:
            exc = result.exc if result.exc is not None else RuntimeError(f"{err.error}: {err.message}")
            if hasattr(exc, "add_note"):
                exc.add_note(f"newsmodel: while extracting input {err.index} (id {err.id})")
            raise exc


def close_overlap_worker() -> None:
    """Shut down the worker that ``extract_many(..., overlap=True)`` keeps between calls.

    Call it after changing at run time what the extractors read (a patched
    module, an edited lexicon) -- the kept worker is a fork and would not see
    the change -- or to give its memory back.  The next ``overlap=True`` call
    forks a new worker.  Does nothing when no worker was started (and then
    imports nothing).
    """
    import sys

    kept = sys.modules.get(f"{__package__}.overlap_worker")
    if kept is not None:
        kept.close_overlap_worker()


def extract_many(
    items: Iterable[ArticleInput],
    *,
    engine: str = "rules",
    batch_size: int = 32,
    extractors: Iterable[str] | None = None,
    engine_options: Mapping[str, Any] | None = None,
    on_error: OnError = "raise",
    n_jobs: int = 1,
    max_chars: int | None = None,
    overlap: bool = False,
) -> Iterator[Union[Article, ExtractionError]]:
    """Lazily extract Articles from many inputs, in input order.

    Inputs are consumed ``batch_size`` at a time and handed to the engine's
    own batch method, so memory is bounded by one batch (``n_jobs`` batches
    in flight per worker pool) whatever the length of ``items``.

    ``on_error`` says what a bad input does: ``"raise"`` its exception, at
    that input, after every earlier Article was yielded; ``"skip"`` it with a
    warning on the ``newsmodel`` logger; or ``"record"``: yield a
    :class:`~newsmodel.ExtractionError` in its place.  Bad inputs are a
    non-text, a mapping without ``text``, text that is not a ``str`` or that
    UTF-8 cannot encode (lone surrogates), text longer than ``max_chars``, and
    anything the engine, an extractor or validation raises on it.

    ``n_jobs`` > 1 (or -1 for every core) runs the engine in that many worker
    processes, each building its engine once; output and order are the same
    as with ``n_jobs=1`` (see :mod:`newsmodel.parallel`).

    ``overlap=True`` uses a second core without a second engine: this
    process parses batch k+1 while one worker process finishes the
    documents of batch k and runs the extractors on them (see
    :mod:`newsmodel.overlap`).  The output is that of the serial path, in
    the same order, failures included.  It needs an engine that hands over
    its parses (``parse_batch``, as the ``spacy`` engine does) and
    ``n_jobs=1``; otherwise ``ValueError`` at the call.  It shortens the
    elapsed time, not the CPU time (the hand-over adds a little).  If the
    worker dies, :class:`~newsmodel.WorkerDiedError` is raised
    whatever ``on_error`` says, after the Articles of the batches before.
    The worker is kept for the next ``overlap=True`` call with the same
    engine version, extractors and plugins (see
    :func:`~newsmodel.close_overlap_worker`, which lets it go after a
    run-time change the worker would not see).

    Arguments are checked when the function is called, not at the first item.
    """
    n_jobs = _check_args(items, batch_size, on_error, n_jobs, max_chars)
    if not isinstance(overlap, bool):
        raise TypeError(f"overlap must be True or False, not {overlap!r}")
    if overlap and n_jobs != 1:
        raise ValueError("overlap=True runs one parsing process and one worker; it cannot be combined with n_jobs > 1")
    info = plugins.engine_info(engine)
    chosen = list(extractors) if extractors is not None else None
    if chosen is not None:
        plugins.resolve_extractors(chosen)  # unknown names and unmet requirements fail now, not at the first item
    options = dict(engine_options or {})
    iterator = iter(items)
    if overlap:
        from .overlap import extract_overlapped, hands_over_parses

        eng = get_engine(engine, **options)
        if not hands_over_parses(eng):
            raise ValueError(f"overlap=True needs an engine that hands over its parses (a parse_batch method); {engine!r} has none")
        results: Iterator[Union[Article, Failure]] = extract_overlapped(
            iterator, eng=eng, engine_version=info.version, extractors=chosen, batch_size=batch_size, max_chars=max_chars
        )
    elif n_jobs == 1:
        eng = get_engine(engine, **options)
        results = _serial(
            iterator, eng=eng, engine_version=info.version, extractors=chosen, batch_size=batch_size, max_chars=max_chars
        )
    else:
        from .parallel import extract_parallel

        results = extract_parallel(
            iterator, n_jobs=n_jobs, engine=engine, engine_options=options, extractors=chosen,
            batch_size=batch_size, max_chars=max_chars,
        )
    return apply_policy(results, on_error)
