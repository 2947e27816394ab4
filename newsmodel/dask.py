"""newsmodel on Dask, for corpora that outgrow one machine (``pip install 'newsmodel[dask]'``).

    >>> import dask.bag as db
    >>> from newsmodel.dask import extract_bag, to_dataframes
    >>> articles = extract_bag(db.read_text("corpus/*.jsonl").map(json.loads), engine="spacy")  # doctest: +SKIP
    >>> tables = to_dataframes(articles)                                                        # doctest: +SKIP

Each partition runs :func:`newsmodel.extract_many` inside a worker.  The
task carries only the engine's *name* and options, never the engine: a
worker process builds the engine on its first partition and reuses it for
every later one (``get_engine`` caches it per process), so a spaCy model is
loaded once per worker, not pickled and shipped with every task.

Run workers with one thread each (``threads_per_worker=1``): the threads of
a worker share its engine, and a spaCy pipeline is not meant to run in
several threads at once.

``ExtractionError.index`` is the item's position in the whole bag, as with
``extract_many`` on the same items in order: a tiny counting task per
partition gives each partition its offset.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Any, Iterable

from . import plugins
from .errors import ExtractionError
from .pipeline import _ON_ERROR, OnError, extract_many
from .tables import COLUMNS, Tables, to_tables

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

__all__ = ["extract_bag", "to_dataframes"]


def _dask() -> Any:
    try:
        import dask.bag  # noqa: F401
        from dask import delayed
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("newsmodel.dask needs Dask: pip install 'newsmodel[dask]'") from None
    return delayed


def _extract_partition(items: list[Any], offset: int, engine: str, on_error: str, batch_size: int,
                       extractors: list[str] | None, max_chars: int | None, engine_options: dict[str, Any]) -> list[Any]:
    out = []
    for result in extract_many(items, engine=engine, engine_options=engine_options, on_error=on_error,  # type: ignore[arg-type]
                               batch_size=batch_size, extractors=extractors, max_chars=max_chars):
        if isinstance(result, ExtractionError) and offset:
            result = result.model_copy(update={"index": result.index + offset})
        out.append(result)
    return out


def extract_bag(
    bag: "dask.bag.Bag",
    *,
    engine: str = "rules",
    on_error: OnError = "raise",
    batch_size: int = 32,
    extractors: Iterable[str] | None = None,
    max_chars: int | None = None,
    **engine_options: Any,
) -> "dask.bag.Bag":
    """A lazy bag of Articles (and ``ExtractionError``\\ s with ``on_error="record"``), in the bag's order.

    ``bag`` holds what :func:`newsmodel.extract_many` accepts: texts or
    mappings with ``text`` and optional metadata.  ``on_error``,
    ``batch_size``, ``extractors`` and ``max_chars`` mean what they mean
    there; other keywords are engine options.  With ``"raise"`` a bad item
    fails the computation with its exception.
    """
    delayed = _dask()
    import dask.bag as db

    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(map(repr, _ON_ERROR))}, not {on_error!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be an int of at least 1, not {batch_size!r}")
    plugins.engine_info(engine)  # an unknown engine fails here, not inside a worker
    chosen = list(extractors) if extractors is not None else None

    parts = [delayed(list, pure=True)(p) for p in bag.to_delayed()]
    counts = [delayed(len, pure=True)(p) for p in parts]
    outputs = []
    offset: Any = 0
    for i, part in enumerate(parts):
        outputs.append(delayed(_extract_partition, pure=True)(
            part, offset, engine, on_error, batch_size, chosen, max_chars, dict(engine_options)
        ))
        offset = delayed(operator.add, pure=True)(offset, counts[i])
    return db.from_delayed(outputs)


def to_dataframes(articles: "dask.bag.Bag") -> Tables:
    """The tables of :func:`newsmodel.to_tables` as lazy Dask DataFrames, one partition per bag partition.

    Columns keep the types of :data:`newsmodel.tables.COLUMNS` (lists stay
    lists).  ``ExtractionError`` items are left out.  The five frames share the bag's
    work: compute them together (``dask.compute(*tables.values())``) or
    ``persist()`` the bag first, or each frame re-runs the extraction.
    """
    delayed = _dask()
    import dask
    import dask.dataframe as dd

    per_partition = [delayed(to_tables, pure=True)(p) for p in articles.to_delayed()]
    empty = to_tables([])
    frames = Tables()
    # Dask would otherwise turn every object column into strings, lists included ("['a', 'b']")
    with dask.config.set({"dataframe.convert-string": False}):
        for name in COLUMNS:
            parts = [delayed(operator.getitem, pure=True)(t, name) for t in per_partition]
            frames[name] = dd.from_delayed(parts, meta=empty[name], verify_meta=False)
    return frames
