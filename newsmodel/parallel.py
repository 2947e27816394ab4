"""``extract_many(..., n_jobs=N)``: the engine in N worker processes.

Why processes: the engines are CPU-bound Python (the rules engine, the
extractors) or hold the GIL for much of their time (spaCy's pipeline), so
threads do not scale; spaCy's own ``n_process`` parallelises only spaCy,
not the extractors that follow it.

How it stays correct and flat:

* the parent checks each input (cheap) and sends chunks of ``batch_size``
  checked records; a worker builds its engine once (``get_engine`` caches it
  per process) and returns Articles or failures for the chunk;
* at most ``2 * n_jobs`` chunks are in flight, so an endless input stream is
  read only as fast as the workers keep up and memory stays flat;
* chunks are yielded in submission order, so the output is the serial
  output, in the same order.

Workers are forked on Linux: a fork starts in milliseconds, does not re-run
the caller's ``__main__`` (so a script without an ``if __name__ ==
"__main__":`` guard, ``python -c`` or a notebook works) and sees plugins
registered at run time.  Elsewhere (Windows, macOS) workers are spawned,
which needs that guard and installed plugins.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Iterator, Union

from .pipeline import Entry, Failure, prepare, process_chunk
from .schema import Article

__all__ = ["extract_parallel"]


#: Thread pools of numeric libraries that would otherwise start one thread
#: per core in every worker and fight over the same cores.
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_settings: dict[str, Any] = {}
#: fork on Linux; spawn elsewhere (Windows has no fork, and macOS system libraries are not fork-safe)
_START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


def _init_worker(engine: str, engine_options: dict[str, Any], extractors: list[str] | None, batch_size: int) -> None:
    for var in _THREAD_VARS:
        os.environ.setdefault(var, "1")
    _settings.update(engine=engine, engine_options=engine_options, extractors=extractors, batch_size=batch_size)


def _work(entries: list[Entry]) -> list[Union[str, Failure]]:
    from . import plugins
    from .pipeline import get_engine

    eng = get_engine(_settings["engine"], **_settings["engine_options"])  # built on the first chunk, then cached
    out = process_chunk(
        entries,
        eng=eng,
        engine_version=plugins.engine_info(_settings["engine"]).version,
        extractors=_settings["extractors"],
        batch_size=_settings["batch_size"],
    )
    return [_portable(r) for r in out]


def _portable(result: Union[Article, Failure]) -> Union[str, Failure]:
    """What crosses the process boundary: an Article as its JSON, a failure with its exception if that pickles.

    JSON, not pickle, because pickling a pydantic model walks every nested
    model in Python: on short articles it costs about twice what
    ``model_dump_json`` here plus ``model_validate_json`` in the parent do,
    and the parent is the one process every article goes through.
    """
    if isinstance(result, Article):
        return result.model_dump_json()
    if result.exc is not None:
        try:
            pickle.dumps(result.exc)
        except Exception:  # noqa: BLE001 - the ExtractionError still says what happened
            return Failure(result.error, None)
    return result


def _restore(results: list[Union[str, Failure]]) -> Iterator[Union[Article, Failure]]:
    for result in results:
        yield Article.model_validate_json(result) if isinstance(result, str) else result


def extract_parallel(
    items: Iterator[Any],
    *,
    n_jobs: int,
    engine: str,
    engine_options: dict[str, Any],
    extractors: list[str] | None,
    batch_size: int,
    max_chars: int | None,
) -> Iterator[Union[Article, Failure]]:
    """Results for ``items`` from a pool of ``n_jobs`` processes, in input order."""
    entries = prepare(items, max_chars=max_chars)
    pool = ProcessPoolExecutor(
        max_workers=n_jobs,
        mp_context=multiprocessing.get_context(_START_METHOD),
        initializer=_init_worker,
        initargs=(engine, engine_options, extractors, batch_size),
    )
    pending: deque[Future[list[Union[str, Failure]]]] = deque()
    limit = 2 * n_jobs
    try:
        while True:
            chunk = list(itertools.islice(entries, batch_size))
            if chunk:
                pending.append(pool.submit(_work, chunk))
            if not pending:
                return
            if len(pending) >= limit or not chunk:
                yield from _restore(pending.popleft().result())
    finally:
        # also on an early stop (a consumer that breaks out): drop queued work
        pool.shutdown(wait=True, cancel_futures=True)
