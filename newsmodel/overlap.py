"""``extract_many(..., overlap=True)``: parse here, finish and extract in one worker process, at once.

Why: with spaCy the parse is most of the work and runs in this process; the
conversion, the extractors and the Article's validation (about a fifth of
the parse) can run on a second core meanwhile.  A thread would not do:
spaCy's pipeline holds the GIL for most of its work (docs/performance.md,
stop 25, "Hiding extraction behind the parse").

How it stays the serial output:

* the engine parses each batch with its ``parse_batch`` hook
  (:class:`~newsmodel.engines.base.HandsOverParses`), which gives a small
  picklable :class:`~newsmodel.engines.base.Parsed` per text instead of the
  document; the worker calls its ``finish()`` and then the very function
  the serial path uses (:func:`newsmodel.pipeline.extract_document`);
* a failure stays with its input: a bad input and an engine failure are
  kept here; when the batch parse raises, the texts it did not return are
  annotated one at a time here, as the serial path does; when a ``finish()``
  raises in the worker, the worker stops the batch there and this process
  annotates that text and the rest of the batch's hand-overs one at a
  time, which is what the serial path does when its batch conversion
  raises;
* at most two batches are in flight, results come back in submission
  order, and a worker that dies raises :class:`WorkerDiedError`.

The worker is forked on Linux (spawned elsewhere, as in
:mod:`newsmodel.parallel`) and never builds an engine: ``finish()`` needs
only the hand-over.  It is kept for the next call with the same engine
version, extractors and plugins (:mod:`newsmodel.overlap_worker`, which
says when a kept worker is reused and how to let it go).
"""

from __future__ import annotations

import gc
import itertools
import os
import pickle
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Iterator, Optional, Union

from .document import AnnotatedDocument
from .errors import WorkerDiedError
from .engines.base import Parsed
from .inputs import META_KEYS
from .overlap_worker import leased_worker, worker_key
from .parallel import _START_METHOD, _THREAD_VARS, _portable
from .pipeline import Entry, Failure, annotate_one, each_with_fallback, extract_document, prepare
from .schema import Article

__all__ = ["extract_overlapped", "hands_over_parses", "WorkerDiedError"]

#: Batches in flight: one being finished in the worker while the next is parsed here.
IN_FLIGHT = 2


def hands_over_parses(engine: Any) -> bool:
    """Whether ``engine`` has the ``parse_batch`` hook that ``overlap=True`` needs."""
    return callable(getattr(engine, "parse_batch", None))


#: What the worker is sent for one handed-over text: its index, its metadata and its parse.
Work = tuple[int, dict[str, Any], Parsed]
_settings: dict[str, Any] = {}


def _init_worker(engine_version: str, extractors: Optional[list[str]]) -> None:
    # what the fork inherited (spaCy, torch, the lexicons: hundreds of thousands of objects) is
    # never freed here: frozen, the collector stops walking it on every full collection, and its
    # pages are not copied for that (20% of the worker's CPU, docs/performance.md)
    gc.freeze()
    for var in _THREAD_VARS:
        os.environ.setdefault(var, "1")
    _settings.update(engine_version=engine_version, extractors=extractors)


def _finish_batch(work: list[Work]) -> tuple[list[Union[bytes, Failure]], Optional[int]]:
    """In the worker: the Articles or failures of ``work``, in order, and where finishing stopped.

    Each Article crosses as the pickle of the validated object made here,
    not as JSON (which :mod:`newsmodel.parallel` sends): the parsing process
    is the one this mode is for, and ``pickle.loads`` costs it less than
    ``model_validate_json`` (0.47 against 0.55 ms a train text in one
    measurement, 0.60 against 1.32 in another: docs/performance.md, stop
    37); the worker's extra pickling falls on the second core.  The copy is
    the worker's Article field for field (the fields set included, as on
    the serial path), so it is as validated as a JSON round trip would make
    it; the pool already pickles everything between the two processes, so
    this trusts nothing new.  The pickle stays bytes until its Article is
    yielded (:func:`_article`): the batch that waits while the next one is
    parsed is a few untracked byte strings, not object graphs for the
    parent's collector to walk.

    The second value is ``None``, or the position of the first parse whose
    ``finish()`` raised: the results stop there, and the parent redoes that
    text and the rest one at a time, as the serial path does.
    """
    out: list[Union[bytes, Failure]] = []
    for pos, (index, meta, parsed) in enumerate(work):
        try:
            doc = parsed.finish()
        except Exception:  # noqa: BLE001 - the parent redoes it the serial way
            return out, pos
        result = extract_document(index, meta, doc, engine_version=_settings["engine_version"], extractors=_settings["extractors"])
        out.append(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL) if isinstance(result, Article) else _portable(result))
    return out, None


def _parse_each(eng: Any, texts: list[str], batch_size: int) -> Iterator[Union[Parsed, AnnotatedDocument, BaseException]]:
    """A parse for each of ``texts``, in order, from the engine's ``parse_batch``; when it raises,
    the texts it did not return are annotated one at a time (a document, or the text's exception),
    as the serial path does (:func:`newsmodel.pipeline.each_with_fallback`)."""
    return each_with_fallback(eng, eng.parse_batch, texts, batch_size)


class _Batch:
    """One batch in flight: its inputs, what was parsed for each, and the worker's future."""

    def __init__(self, entries: list[Entry], eng: Any, batch_size: int) -> None:
        self.entries = entries
        texts = [rec["text"] for _, rec in entries if isinstance(rec, dict)]
        self.parses = list(_parse_each(eng, texts, batch_size)) if texts else []
        self.future: Optional[Future[tuple[list[Union[bytes, Failure]], Optional[int]]]] = None

    def work(self) -> list[Work]:
        """What the worker gets: the handed-over parses with their inputs' metadata."""
        inputs = [(index, rec) for index, rec in self.entries if isinstance(rec, dict)]
        return [
            (index, {k: rec.get(k) for k in META_KEYS}, parsed)
            for (index, rec), parsed in zip(inputs, self.parses)
            if _handed_over(parsed)
        ]

    def results(self, eng: Any, engine_version: str, extractors: Optional[list[str]]) -> Iterator[Union[Article, Failure]]:
        """The batch's results in input order: the worker's, and the ones made here."""
        assert self.future is not None
        try:
            done, stopped_at = self.future.result()
        except BrokenProcessPool as exc:
            first, last = self.entries[0][0], self.entries[-1][0]
            raise WorkerDiedError(
                f"the overlap worker process died (killed, or out of memory?) before returning inputs {first} to {last}; "
                "their Articles are lost"
            ) from exc
        finished = map(_article, done)
        parses = iter(self.parses)
        handed = 0
        for index, rec in self.entries:
            if isinstance(rec, Failure):
                yield rec
                continue
            parsed = next(parses)
            if _handed_over(parsed):
                if stopped_at is None or handed < stopped_at:
                    handed += 1
                    yield next(finished)
                    continue
                parsed = annotate_one(eng, rec["text"])  # the worker's finish() raised at or before this text
            yield extract_document(index, rec, parsed, engine_version=engine_version, extractors=extractors)


def _article(result: Union[bytes, Failure]) -> Union[Article, Failure]:
    """One of the worker's results as the caller gets it: an Article from its pickle, or the failure."""
    return pickle.loads(result) if isinstance(result, bytes) else result


def _handed_over(parsed: Any) -> bool:
    """A parse for the worker (not a document or an exception from the one-at-a-time fallback)."""
    return not isinstance(parsed, (AnnotatedDocument, BaseException))


def extract_overlapped(
    items: Iterator[Any],
    *,
    eng: Any,
    engine_version: str,
    extractors: Optional[list[str]],
    batch_size: int,
    max_chars: Optional[int],
) -> Iterator[Union[Article, Failure]]:
    """Results for ``items``, in input order, parsing here while one worker process finishes and extracts."""
    entries = prepare(items, max_chars=max_chars)
    key = worker_key(engine_version, extractors)
    with leased_worker(key, _START_METHOD, _init_worker, (engine_version, extractors)) as pool:
        pending: deque[_Batch] = deque()
        try:
            while True:
                chunk = list(itertools.islice(entries, batch_size))
                if chunk:
                    batch = _Batch(chunk, eng, batch_size)
                    batch.future = _submit(pool, batch)
                    pending.append(batch)
                if not pending:
                    return
                if len(pending) >= IN_FLIGHT or not chunk:
                    yield from pending.popleft().results(eng, engine_version, extractors)
        finally:
            # also on an early stop (a consumer that breaks out): drop the work not yet started; the
            # worker is kept for the next call (newsmodel.overlap_worker)
            for batch in pending:
                if batch.future is not None:
                    batch.future.cancel()


def _submit(pool: ProcessPoolExecutor, batch: _Batch) -> Future[tuple[list[Union[bytes, Failure]], Optional[int]]]:
    try:
        return pool.submit(_finish_batch, batch.work())
    except BrokenProcessPool as exc:
        first, last = batch.entries[0][0], batch.entries[-1][0]
        raise WorkerDiedError(f"the overlap worker process had died before inputs {first} to {last} could be sent to it") from exc

