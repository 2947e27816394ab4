"""``extract_many`` at corpus scale: fault isolation, ids, limits and worker processes."""

from __future__ import annotations

import json
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import ExtractionError

GOOD = [f"“Plan {i} is ready,” Maria Lopez said on Monday." for i in range(40)]
#: inputs that must fail alone, each with the exception type it reports
BAD = [
    (None, "TypeError"),
    ({"text": 5}, "TypeError"),
    (b"bytes", "TypeError"),
    ({"id": "no-text"}, "ValueError"),
    ("lone \ud800 surrogate", "ValueError"),
    ({"id": "x", "text": "ok", "title": 3}, "TypeError"),
    ({"text": "Smith said so.", "published": "not a date"}, "ValueError"),
]


def mixed(n: int, every: int) -> tuple[list, dict[int, str]]:
    """``n`` inputs with a bad one every ``every`` positions; returns the inputs and {index: error type}."""
    items, bad = [], {}
    for i in range(n):
        if i % every == every - 1:
            item, error = BAD[(i // every) % len(BAD)]
            items.append(item)
            bad[i] = error
        else:
            items.append({"id": f"doc{i}", "text": GOOD[i % len(GOOD)]})
    return items, bad


def dumps(results) -> list[str]:
    return [r.model_dump_json() for r in results]


def test_a_thousand_inputs_with_bad_ones_spread_through():
    items, bad = mixed(1000, 37)
    out = list(newsmodel.extract_many(items, on_error="record", batch_size=16))
    assert len(out) == len(items)
    errors = {o.index: o.error for o in out if isinstance(o, ExtractionError)}
    assert errors == bad
    good_ids = [o.id for o in out if isinstance(o, newsmodel.Article)]
    assert good_ids == [f"doc{i}" for i in range(1000) if i not in bad]
    # an error knows the id it would have had
    by_index = {o.index: o for o in out if isinstance(o, ExtractionError)}
    assert all(by_index[i].id is None for i, item in enumerate(items) if i in bad and item is None)


def test_skip_logs_and_drops_only_the_bad_ones(caplog):
    items, bad = mixed(60, 7)
    with caplog.at_level(logging.WARNING, logger="newsmodel"):
        out = list(newsmodel.extract_many(items, on_error="skip", batch_size=8))
    assert [a.id for a in out] == [f"doc{i}" for i in range(60) if i not in bad]
    assert len([r for r in caplog.records if "skipped input" in r.getMessage()]) == len(bad)


def test_raise_comes_at_the_bad_item_after_the_good_ones_before_it():
    items = [GOOD[0], GOOD[1], None, GOOD[2]]
    seen = []
    with pytest.raises(TypeError) as raised:
        for article in newsmodel.extract_many(items, batch_size=4):
            seen.append(article.text)
    assert seen == GOOD[:2]
    assert "input 2" in " ".join(getattr(raised.value, "__notes__", []))


def test_the_acceptance_mix_in_record_mode():
    items = [*GOOD[:3], None, {"text": 5}, GOOD[3], b"bytes"]
    out = list(newsmodel.extract_many(items, on_error="record"))
    assert [type(o).__name__ for o in out] == ["Article"] * 3 + ["ExtractionError"] * 2 + ["Article", "ExtractionError"]
    assert [o.index for o in out if isinstance(o, ExtractionError)] == [3, 4, 6]
    # JSON-serialisable and round-trips
    for err in (o for o in out if isinstance(o, ExtractionError)):
        data = json.loads(err.model_dump_json())
        assert set(data) == {"index", "id", "error", "message"}
        assert ExtractionError.model_validate(data) == err


class Boom(RuntimeError):
    pass


class _FailingExtractor:
    """A plugin whose extractor raises on one text: it must cost only that article."""

    @newsmodel.hookimpl
    def register_extractors(self, register):
        def explode(doc, draft):
            if "EXPLODE" in doc.text:
                raise Boom("extractor failed on purpose")

        register("explode-on-marker", explode, order=900)


@pytest.fixture
def failing_extractor():
    with newsmodel.registered_plugin(_FailingExtractor(), name="failing-extractor"):
        yield


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_an_extractor_exception_costs_one_article(failing_extractor, n_jobs):
    items = [GOOD[0], "Smith said EXPLODE.", GOOD[1]]
    out = list(newsmodel.extract_many(items, on_error="record", n_jobs=n_jobs))
    assert isinstance(out[0], newsmodel.Article) and isinstance(out[2], newsmodel.Article)
    same_text = newsmodel.extract("Smith said EXPLODE.", extractors=["actors"])  # without the failing extractor
    assert (out[1].index, out[1].error, out[1].id) == (1, "Boom", same_text.id)
    with pytest.raises(Boom):
        list(newsmodel.extract_many(items, n_jobs=n_jobs))


@pytest.mark.parametrize(
    "call, error",
    [
        (lambda: newsmodel.extract_many("one text"), TypeError),
        (lambda: newsmodel.extract_many({"text": "x"}), TypeError),
        (lambda: newsmodel.extract_many([], batch_size=0), ValueError),
        (lambda: newsmodel.extract_many([], on_error="ignore"), ValueError),
        (lambda: newsmodel.extract_many([], n_jobs=0), ValueError),
        (lambda: newsmodel.extract_many([], max_chars=-1), ValueError),
        (lambda: newsmodel.extract_many([], engine="nope"), newsmodel.UnknownEngineError),
        (lambda: newsmodel.extract_many([], extractors=["nope"]), LookupError),
    ],
)
def test_arguments_are_checked_at_the_call(call, error):
    with pytest.raises(error):
        call()  # no next(): the check must not wait for the first item


def test_ids_come_from_the_content_never_a_constant():
    a, b, a_again = (newsmodel.extract(t) for t in ("First text.", "Second text.", "First text."))
    assert a.id != b.id and a.id == a_again.id and "article" not in (a.id, b.id)
    batch = list(newsmodel.extract_many(["First text.", "Second text.", {"id": "mine", "text": "First text."}]))
    assert [x.id for x in batch] == [a.id, b.id, "mine"]


def test_max_chars_turns_a_long_text_into_a_recorded_error():
    long = "Smith said the talks went well. " * 20
    out = list(newsmodel.extract_many([GOOD[0], long, GOOD[1]], on_error="record", max_chars=len(long) - 1))
    assert out[1].error == "TextTooLongError" and str(len(long)) in out[1].message
    assert isinstance(out[2], newsmodel.Article)
    with pytest.raises(newsmodel.TextTooLongError):
        newsmodel.extract(long, max_chars=10)


def test_lone_surrogates_in_extract_are_a_clear_error():
    with pytest.raises(ValueError, match="UTF-8"):
        newsmodel.extract("bad \udc80 text")


def test_two_jobs_give_the_serial_output_in_order():
    items, _ = mixed(150, 11)
    serial = dumps(newsmodel.extract_many(items, on_error="record", batch_size=8))
    parallel = dumps(newsmodel.extract_many(items, on_error="record", batch_size=8, n_jobs=2))
    assert parallel == serial


def test_workers_read_an_endless_stream_only_as_needed():
    consumed = []

    def endless():
        i = 0
        while True:
            consumed.append(i)
            yield GOOD[i % len(GOOD)]
            i += 1

    results = newsmodel.extract_many(endless(), n_jobs=2, batch_size=4)
    first = [next(results) for _ in range(10)]
    results.close()  # stops the workers
    assert len(first) == 10
    # the read-ahead is bounded: at most 2 * n_jobs chunks of batch_size beyond what was yielded
    assert len(consumed) - len(first) <= 2 * 2 * 4


_ITEM = st.one_of(
    st.sampled_from(GOOD[:5]),
    st.sampled_from([b for b, _ in BAD]),
    st.text(max_size=40),
)


@settings(max_examples=30, deadline=None)
@given(st.lists(_ITEM, max_size=12), st.integers(1, 5))
def test_record_mode_yields_one_result_per_input_in_order(items, batch_size):
    out = list(newsmodel.extract_many(items, on_error="record", batch_size=batch_size))
    assert len(out) == len(items)
    for i, (item, result) in enumerate(zip(items, out)):
        if isinstance(result, ExtractionError):
            assert result.index == i
        else:
            assert result.text == (item if isinstance(item, str) else item["text"])


class _LoggingEngine:
    """A rules engine whose batch method logs each document it hands out, and fails at "CRASH"."""

    name = "logging-rules"

    def __init__(self, log: list[str]) -> None:
        self.log = log

    @property
    def inner(self):
        return newsmodel.get_engine("rules")  # not in __init__, which runs inside get_engine's lock

    def annotate(self, text):
        self.log.append("annotate")
        return self.inner.annotate(text)

    def annotate_batch(self, texts, *, batch_size=32):
        for text in texts:
            if "CRASH" in text:
                raise RuntimeError("batch failed on purpose")
            self.log.append("made")
            yield self.inner.annotate(text)


class _LoggingPlugin:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    @newsmodel.hookimpl
    def register_engines(self, register):
        register("logging-rules", lambda: _LoggingEngine(self.log))

    @newsmodel.hookimpl
    def register_extractors(self, register):
        register("log-extracted", lambda doc, draft: self.log.append("extracted"), order=900)


def test_each_document_is_extracted_before_the_next_is_made_and_a_failed_batch_is_redone_alone():
    log: list[str] = []
    items = [GOOD[0], GOOD[1], "Smith said CRASH.", GOOD[2]]
    with newsmodel.registered_plugin(_LoggingPlugin(log), name="logging-plugin"):
        out = list(newsmodel.extract_many(items, engine="logging-rules", batch_size=4))
    # a chunk's documents are not all made first and held: each is used, then the next one is made
    assert log == ["made", "extracted", "made", "extracted", "annotate", "extracted", "annotate", "extracted"]
    rules = [newsmodel.extract(t).model_dump(exclude={"provenance"}) for t in items]
    assert [a.model_dump(exclude={"provenance"}) for a in out] == rules
