"""The one worker process of ``extract_many(..., overlap=True)``, kept from one call to the next.

Why: forking the worker, starting its pool and shutting it down cost the
calling process CPU and elapsed time on every call (docs/performance.md,
stop 36), which a caller that extracts in many small calls (a service
handling one request's articles at a time) pays again and again.  The
worker is kept after a call and reused by the next one that would have
forked the same worker.

When a kept worker is reused: the worker is a fork, fixed at the moment
it was made, so it is reused only for a call with the same *key*: the
engine version and extractors it was started with, the plugins registered
then (registering or unregistering a plugin gets a new worker, forked with
it) and this process (a forked child never uses its parent's worker).
Other run-time changes made here after the fork, such as a patched module,
are not seen by a kept worker: :func:`close_overlap_worker` lets it go, and
the next call forks a fresh one.

What it never does: share a worker between two calls of different keys
that are both running (the second gets a worker of its own, shut down at
its end), or keep a worker that died (the call raises
:class:`~newsmodel.WorkerDiedError` and the next call forks a new one).
The kept worker is shut down when the interpreter exits.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Callable, Hashable, Iterator, Optional

__all__ = ["close_overlap_worker", "leased_worker", "worker_pid", "worker_key"]

_lock = threading.Lock()


class _Kept:
    """The kept pool of one worker, its key, the process that owns it and the calls using it now."""

    def __init__(self, key: Hashable, pool: ProcessPoolExecutor) -> None:
        from .plugins import get_plugin_manager

        self.key = key
        self.pool = pool
        #: the plugins registered at the fork, held so that their ids in the key are not reused
        #: by other objects registered after they are let go
        self.plugins = list(get_plugin_manager().get_plugins())
        self.owner = os.getpid()
        self.users = 0
        #: let go by :func:`close_overlap_worker` while a call was using it: the last user shuts it down
        self.retired = False


_kept: Optional[_Kept] = None


def worker_key(engine_version: str, extractors: Optional[list[str]]) -> Hashable:
    """What a forked worker is fixed with: the engine version, the extractors, the registered plugins, this process."""
    from .plugins import get_plugin_manager

    registered = frozenset((name, id(plugin)) for name, plugin in get_plugin_manager().list_name_plugin())
    return (os.getpid(), engine_version, None if extractors is None else tuple(extractors), registered)


def _new_pool(start_method: str, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=1, mp_context=multiprocessing.get_context(start_method), initializer=initializer, initargs=initargs
    )


@contextmanager
def leased_worker(
    key: Hashable, start_method: str, initializer: Callable[..., None], initargs: tuple[Any, ...]
) -> Iterator[ProcessPoolExecutor]:
    """A one-worker pool for one call: the kept one when its key matches, else a new one that is then kept.

    When the kept worker has another key and another call is using it, this
    call gets a pool of its own, shut down when the call ends.  A pool that
    broke (its worker died) is never kept.
    """
    global _kept
    own: Optional[ProcessPoolExecutor] = None
    with _lock:
        kept = _kept
        if kept is not None and (kept.owner != os.getpid() or _broken(kept.pool)):
            _kept = kept = None  # a parent's (after a fork) or a dead worker's pool: never used again
        if kept is not None and kept.key != key and kept.users == 0:
            _shutdown(kept.pool)
            _kept = kept = None
        if kept is None:
            kept = _kept = _Kept(key, _new_pool(start_method, initializer, initargs))
        if kept.key == key:
            kept.users += 1
            pool = kept.pool
        else:
            own = pool = _new_pool(start_method, initializer, initargs)
    try:
        yield pool
    finally:
        if own is not None:
            own.shutdown(wait=True, cancel_futures=True)
        else:
            with _lock:
                kept.users -= 1
                if _broken(pool) and _kept is kept:
                    _kept = None
                    kept.retired = True
                done = kept.retired and kept.users == 0
            if done:
                _shutdown(pool)


def _broken(pool: ProcessPoolExecutor) -> bool:
    return bool(getattr(pool, "_broken", False))


def _shutdown(pool: ProcessPoolExecutor) -> None:
    pool.shutdown(wait=True, cancel_futures=True)


def close_overlap_worker() -> None:
    """Shut down the kept worker, if any; the next ``overlap=True`` call forks a new one.

    Call it after changing, at run time, what the extractors read (a patched
    module, an edited lexicon), or to give the worker's memory back.  A call
    that is using the worker keeps it until that call ends.
    """
    global _kept
    with _lock:
        kept, _kept = _kept, None
        if kept is None or kept.owner != os.getpid():
            return
        kept.retired = True
        idle = kept.users == 0
    if idle:
        _shutdown(kept.pool)


def worker_pid() -> Optional[int]:
    """The process id of the kept worker, or ``None`` (none kept, or not started yet); for measuring its CPU."""
    kept = _kept
    if kept is None or kept.owner != os.getpid():
        return None
    processes = getattr(kept.pool, "_processes", None) or {}
    return next(iter(processes), None)


def _forget_in_child() -> None:
    global _kept, _lock
    _lock = threading.Lock()  # it may have been held by another thread at the fork
    _kept = None  # the child has none of the pool's threads or pipes; closing it there would touch the parent's


atexit.register(close_overlap_worker)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)
