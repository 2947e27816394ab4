"""``extract_many(..., overlap=True)``: the serial output, failures in place, a dead worker named.

The engine here is the rules engine behind the ``parse_batch`` hand-over (a
toy: its "parse" is the text, finished by the rules engine in the worker),
with marker words that make the batch parse, the finishing or the worker
itself fail.  The spaCy engine's own hand-over is tested in the plugin's
``tests/test_overlap_spacy.py``.
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Iterator, NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.engines.rules import RulesEngine
from newsmodel import WorkerDiedError

GOOD = [
    "“The bridge will reopen in May,” the mayor of Dunmore said on Tuesday.",
    "Senator Ada Quill denied that she had met the lobbyists.",
    "Protesters blocked the ring road; police arrested nine of them.",
    "The ministry announced new tariffs on imported steel.",
]
#: a text the batch parse raises on (the one-at-a-time annotation does not)
PARSE_FAILS = "The council said PARSEFAIL was on the agenda."
#: a text whose finishing raises, in the worker and in ``annotate`` alike
FINISH_FAILS = "Officials said FINISHFAIL would not happen again."
#: a text whose finishing ends the worker process
CRASH = "The governor said CRASHNOW at the briefing."


class _TextParse(NamedTuple):
    """The toy hand-over: the text itself; ``finish`` is the rules engine's annotation."""

    text: str

    def finish(self) -> newsmodel.AnnotatedDocument:
        if "CRASHNOW" in self.text and os.environ.get("_OVERLAP_TEST_PARENT") != str(os.getpid()):
            os._exit(3)  # only in the worker: the parent must survive to report it
        return _ToyEngine.convert(self.text)


class _ToyEngine(RulesEngine):
    name = "toy-overlap"

    @staticmethod
    def convert(text: str) -> newsmodel.AnnotatedDocument:
        if "FINISHFAIL" in text:
            raise ValueError("cannot convert this text")
        return RulesEngine().annotate(text)

    def annotate(self, text: str) -> newsmodel.AnnotatedDocument:
        return self.convert(text)

    def annotate_batch(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[newsmodel.AnnotatedDocument]:
        for parsed in self.parse_batch(texts, batch_size=batch_size):
            yield self.convert(parsed.text)

    def parse_batch(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[_TextParse]:
        for text in texts:
            if "PARSEFAIL" in text:
                raise RuntimeError("the batch parse broke")
            yield _TextParse(text)


class _ToyPlugin:
    @newsmodel.hookimpl
    def register_engines(self, register: Any) -> None:
        register("toy-overlap", _ToyEngine, version="1")


class Boom(RuntimeError):
    pass


class _FailingExtractor:
    @newsmodel.hookimpl
    def register_extractors(self, register: Any) -> None:
        def explode(doc: Any, draft: Any) -> None:
            if "EXPLODE" in doc.text:
                raise Boom("extractor failed on purpose")

        register("explode-on-marker-overlap", explode, order=900)


@pytest.fixture(scope="module", autouse=True)
def toy_engine():
    os.environ["_OVERLAP_TEST_PARENT"] = str(os.getpid())
    with newsmodel.registered_plugin(_ToyPlugin(), name="toy-overlap"), newsmodel.registered_plugin(_FailingExtractor(), name="failing-overlap"):
        yield
    os.environ.pop("_OVERLAP_TEST_PARENT", None)


def run(items: list[Any], **options: Any) -> list[str]:
    """Each result as JSON: an Article's, or an ExtractionError's."""
    return [r.model_dump_json() for r in newsmodel.extract_many(items, engine="toy-overlap", on_error="record", **options)]


def test_overlap_gives_the_serial_articles_in_order():
    items = [*GOOD, {"id": "mine", "text": GOOD[0], "title": "A title"}, *GOOD[::-1]]
    serial = run(items, batch_size=3)
    assert run(items, batch_size=3, overlap=True) == serial
    assert len(serial) == len(items) and all('"error"' not in s for s in serial)


def test_failures_stay_in_place():
    items = [GOOD[0], None, PARSE_FAILS, GOOD[1], FINISH_FAILS, GOOD[2], "Smith said EXPLODE today.", GOOD[3], "x" * 90, GOOD[0]]
    serial = run(items, batch_size=4, max_chars=80)
    overlapped = run(items, batch_size=4, max_chars=80, overlap=True)
    assert overlapped == serial
    errors = [r for r in newsmodel.extract_many(items, engine="toy-overlap", on_error="record", batch_size=4, max_chars=80, overlap=True) if isinstance(r, newsmodel.ExtractionError)]
    assert [(e.index, e.error) for e in errors] == [(1, "TypeError"), (4, "ValueError"), (6, "Boom"), (8, "TextTooLongError")]


def test_raise_mode_raises_the_extractors_exception_after_the_articles_before():
    items = [GOOD[0], GOOD[1], "Smith said EXPLODE today.", GOOD[2]]
    seen = []
    with pytest.raises(Boom):
        for article in newsmodel.extract_many(items, engine="toy-overlap", batch_size=1, overlap=True):
            seen.append(article.id)
    assert seen == [newsmodel.extract(t).id for t in GOOD[:2]]


_ITEM = st.one_of(st.sampled_from(GOOD), st.sampled_from([PARSE_FAILS, FINISH_FAILS, None, "", "Smith said EXPLODE."]), st.text(max_size=30))


@settings(max_examples=15, deadline=None)
@given(st.lists(_ITEM, max_size=9), st.integers(1, 4))
def test_overlap_equals_serial_for_any_inputs(items, batch_size):
    assert run(items, batch_size=batch_size, overlap=True) == run(items, batch_size=batch_size)


def test_a_dead_worker_is_an_error_not_a_short_output():
    items = [GOOD[0], GOOD[1], CRASH, GOOD[2]]
    serial = run(items, batch_size=2)
    got = []
    with pytest.raises(WorkerDiedError, match="inputs 2 to 3"):
        for result in newsmodel.extract_many(items, engine="toy-overlap", on_error="record", batch_size=2, overlap=True):
            got.append(result.model_dump_json())
    assert got == serial[: len(got)]  # what came before the dead batch is the serial output


def test_an_early_stop_stops_the_worker():
    results = newsmodel.extract_many(iter(GOOD * 10), engine="toy-overlap", batch_size=2, overlap=True)
    first = [next(results) for _ in range(3)]
    results.close()
    assert [a.id for a in first] == [newsmodel.extract(t).id for t in GOOD[:3]]


@pytest.mark.parametrize(
    "options, error",
    [
        ({"engine": "rules", "overlap": True}, ValueError),  # no parse_batch
        ({"engine": "toy-overlap", "overlap": True, "n_jobs": 2}, ValueError),
        ({"engine": "toy-overlap", "overlap": "yes"}, TypeError),
    ],
)
def test_overlap_arguments_are_checked_at_the_call(options, error):
    with pytest.raises(error):
        newsmodel.extract_many(GOOD, **options)


# -- the kept worker (newsmodel.overlap_worker) ---------------------------------------------


def test_the_worker_is_kept_for_the_next_call_with_the_same_settings():
    from newsmodel.overlap_worker import worker_pid

    serial = run(GOOD, batch_size=2)
    assert run(GOOD, batch_size=2, overlap=True) == serial
    first = worker_pid()
    assert first is not None
    assert run(GOOD[::-1], batch_size=3, overlap=True) == run(GOOD[::-1], batch_size=3)
    assert worker_pid() == first


def test_a_plugin_registered_later_gets_a_new_worker_that_sees_it():
    from newsmodel.overlap_worker import worker_pid

    class _Late:
        @newsmodel.hookimpl
        def register_extractors(self, register: Any) -> None:
            def late(doc: Any, draft: Any) -> None:
                if "LATEMARK" in doc.text:
                    raise Boom("registered after the first worker")

            register("late-overlap", late, order=950)

    items = [GOOD[0], "Smith said LATEMARK today.", GOOD[1]]
    run(items, batch_size=1, overlap=True)
    before = worker_pid()
    with newsmodel.registered_plugin(_Late(), name="late-overlap"):
        overlapped = run(items, batch_size=1, overlap=True)
        assert overlapped == run(items, batch_size=1)
        assert '"Boom"' in overlapped[1]
        assert worker_pid() != before


def test_after_a_dead_worker_the_next_call_forks_a_new_one():
    with pytest.raises(WorkerDiedError):
        run([GOOD[0], CRASH, GOOD[1]], batch_size=1, overlap=True)
    assert run(GOOD, batch_size=2, overlap=True) == run(GOOD, batch_size=2)


def test_an_early_stop_leaves_nothing_for_the_next_call():
    results = newsmodel.extract_many(iter(GOOD * 10), engine="toy-overlap", batch_size=1, overlap=True)
    next(results)
    results.close()
    items = GOOD[::-1] + [FINISH_FAILS]
    assert run(items, batch_size=1, overlap=True) == run(items, batch_size=1)


def test_a_closed_worker_is_replaced():
    from newsmodel.overlap_worker import close_overlap_worker, worker_pid

    run(GOOD[:1], overlap=True)
    before = worker_pid()
    close_overlap_worker()
    assert worker_pid() is None
    assert run(GOOD, batch_size=2, overlap=True) == run(GOOD, batch_size=2)
    assert worker_pid() not in (None, before)


def test_two_running_calls_of_different_settings_each_get_their_answers():
    a = newsmodel.extract_many(GOOD * 2, engine="toy-overlap", batch_size=1, overlap=True)
    first = next(a)
    b = [r.model_dump_json() for r in newsmodel.extract_many(GOOD, engine="toy-overlap", batch_size=1, overlap=True, extractors=["actors"])]
    rest = [first, *a]
    assert [r.model_dump_json() for r in rest] == run(GOOD * 2, batch_size=1)
    assert b == [r.model_dump_json() for r in newsmodel.extract_many(GOOD, engine="toy-overlap", batch_size=1, extractors=["actors"])]


def test_close_overlap_worker_is_public_and_safe_with_no_worker() -> None:
    import sys

    import newsmodel

    assert "close_overlap_worker" in newsmodel.__all__
    newsmodel.close_overlap_worker()  # no worker kept, or one kept by an earlier test: both are fine
    from newsmodel import overlap_worker

    assert overlap_worker.worker_pid() is None
    assert "newsmodel.overlap_worker" in sys.modules


# -- stop 37 (s20): the worker's Articles cross as pickles of the objects it validated ------------

_PUBLISHED = {"id": "dated", "text": GOOD[2], "title": "Ring road", "published": "2026-03-04", "source": "Example Desk"}


def _same_objects(a: Any, b: Any) -> bool:
    """The same Article, including which fields were set, so ``exclude_unset`` dumps agree too."""
    return (
        type(a) is type(b) is newsmodel.Article
        and a == b
        and a.model_fields_set == b.model_fields_set
        and a.model_dump(exclude_unset=True) == b.model_dump(exclude_unset=True)
    )


def test_overlap_articles_are_the_serial_objects_not_json_copies():
    items = [*GOOD, _PUBLISHED]
    serial = list(newsmodel.extract_many(items, engine="toy-overlap", batch_size=2))
    overlapped = list(newsmodel.extract_many(items, engine="toy-overlap", batch_size=2, overlap=True))
    assert len(overlapped) == len(items)
    assert all(_same_objects(o, s) for o, s in zip(overlapped, serial))


def test_overlap_articles_are_whole_validated_models():
    (article,) = newsmodel.extract_many([_PUBLISHED], engine="toy-overlap", overlap=True)
    # nested values are models of their own classes, not dicts left by a shallow copy
    assert all(isinstance(x, newsmodel.Actor) for x in article.actors) and article.actors
    assert all(isinstance(x, newsmodel.Event) for x in article.events)
    assert article.published is not None and article.published.isoformat() == "2026-03-04"
    assert newsmodel.Article.model_validate_json(article.model_dump_json()) == article
    with pytest.raises(Exception):
        article.title = "changed"  # still frozen


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(GOOD + [_PUBLISHED]), min_size=1, max_size=6), st.integers(1, 3))
def test_overlap_objects_equal_serial_objects_for_any_mix(items, batch_size):
    serial = newsmodel.extract_many(items, engine="toy-overlap", batch_size=batch_size)
    overlapped = newsmodel.extract_many(items, engine="toy-overlap", batch_size=batch_size, overlap=True)
    assert all(_same_objects(o, s) for o, s in zip(overlapped, serial, strict=True))
