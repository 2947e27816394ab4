"""``newsmodel.dask`` on a real two-process LocalCluster, against serial ``extract_many``.

One cluster for the module: starting one takes seconds.
"""

from __future__ import annotations

import dataclasses

import pytest

import newsmodel

distributed = pytest.importorskip("distributed", reason="install the dask extra: pip install -e '.[dask]'")
db = pytest.importorskip("dask.bag")
from newsmodel.dask import extract_bag, to_dataframes  # noqa: E402

GOOD = "“Plan {} is ready,” Maria Lopez said, and the Kremlin denied it on Monday."
ITEMS = [GOOD.format(i) if i % 9 else {"id": f"r{i}", "text": GOOD.format(i)} for i in range(60)]
ITEMS[13], ITEMS[31], ITEMS[47] = None, {"text": 5}, b"bytes"


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def dumps(results):
    return [r.model_dump_json() for r in results]


def test_extract_bag_matches_serial_output_and_order(client):
    serial = dumps(newsmodel.extract_many(ITEMS, on_error="record"))
    bag = db.from_sequence(ITEMS, npartitions=6)
    assert dumps(extract_bag(bag, on_error="record").compute()) == serial
    skipped = extract_bag(bag, on_error="skip", batch_size=4).compute()
    assert dumps(skipped) == [s for s in serial if '"error"' not in s]


def test_a_bad_item_fails_the_computation_when_raising(client):
    with pytest.raises(TypeError):
        extract_bag(db.from_sequence(ITEMS, npartitions=3)).compute()
    with pytest.raises(newsmodel.UnknownEngineError):
        extract_bag(db.from_sequence(ITEMS), engine="nope")  # checked at the call, not in a worker


def test_dataframes_equal_the_serial_tables(client):
    pd = pytest.importorskip("pandas")
    articles = extract_bag(db.from_sequence(ITEMS, npartitions=4), on_error="record").persist()
    frames = to_dataframes(articles)
    computed = dict(zip(frames, __import__("dask").compute(*frames.values())))
    expected = newsmodel.to_tables(newsmodel.extract_many(ITEMS, on_error="record"))
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(computed[name].reset_index(drop=True), frame.reset_index(drop=True))


_BUILT: list[int] = []


class _CountingEngine:
    """An engine whose factory counts its calls in each process."""

    @newsmodel.hookimpl
    def register_engines(self, register):
        def factory():
            _BUILT.append(1)

            class Counting(newsmodel.Engine):
                def annotate(self, text):
                    return dataclasses.replace(newsmodel.annotate(text), engine="counting")

            return Counting()

        register("counting", factory, version="1")


def _register_counting():
    newsmodel.register_plugin(_CountingEngine(), name="counting-engine")


def _built():
    return len(_BUILT)


def test_each_worker_builds_the_engine_once(client):
    client.run(_register_counting)
    with newsmodel.registered_plugin(_CountingEngine(), name="counting-engine"):
        bag = db.from_sequence([GOOD.format(i) for i in range(40)], npartitions=8)
        for _ in range(2):
            assert len(extract_bag(bag, engine="counting").compute()) == 40
    built = client.run(_built)
    assert len(built) == 2 and all(n <= 1 for n in built.values()) and sum(built.values()) >= 1
