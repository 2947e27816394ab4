"""The conformance kit: it passes the built-ins, and it fails broken engines for the right reasons."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import textwrap

import pytest

import newsmodel
from newsmodel import AnnotatedDocument, Sentence, Token
from newsmodel.testing import ContractFailure, check_engine, check_extractor, registered_engine, registered_extractor
from newsmodel.testing.contract import EngineContract, ExtractorContract
from newsmodel.testing.fixtures import newsmodel_engine, newsmodel_extractor, newsmodel_plugin  # noqa: F401


# -- the kit applied to the built-ins --------------------------------------------------
class TestRulesEngineContract(EngineContract):
    engine_name = "rules"

    @pytest.fixture(scope="class")
    def engine(self):
        return newsmodel.get_engine("rules")


class TestBuiltinEventsExtractorContract(ExtractorContract):
    """The last built-in extractor, run after the other three (so the whole built-in chain is exercised)."""

    extractor_name = "events"
    order = 400
    base_extractors = ("actors", "statements", "denials")
    long_text_chars = 20_000

    @pytest.fixture(scope="class")
    def extractor(self):
        return newsmodel.available_extractors()["events"].extractor


# -- deliberately broken engines ----------------------------------------------------------
class WordEngine(newsmodel.Engine):
    """A correct, minimal engine: one token per run of non-space characters, one sentence."""

    name = "words"
    version = "1"

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(r"\S+", text)]

    def annotate(self, text: str) -> AnnotatedDocument:
        spans = self.spans(text)
        tokens = [
            Token(i=i, text=text[a:b], start=a, end=b, lemma=text[a:b].lower(), pos="X", sent=0) for i, (a, b) in enumerate(spans)
        ]
        sentences = [Sentence(spans[0][0], spans[-1][1], 0, len(tokens))] if tokens else []
        return AnnotatedDocument(text=text, tokens=tokens, sentences=sentences, engine=self.name, engine_version=self.version)


class ByteOffsetEngine(WordEngine):
    """The classic bug: UTF-8 byte offsets instead of character offsets."""

    def annotate(self, text: str) -> AnnotatedDocument:
        data = text.encode("utf-8")
        spans = [m.span() for m in re.finditer(rb"\S+", data)]
        tokens = [
            Token(i=i, text=data[a:b].decode("utf-8", "replace"), start=a, end=b, lemma="", pos="X", sent=0)
            for i, (a, b) in enumerate(spans)
        ]
        sentences = [Sentence(spans[0][0], spans[-1][1], 0, len(tokens))] if tokens else []
        return AnnotatedDocument(text=text, tokens=tokens, sentences=sentences, engine=self.name)


class NondeterministicEngine(WordEngine):
    def annotate(self, text: str) -> AnnotatedDocument:
        doc = super().annotate(text)
        doc.engine_version = str(random.random())
        return doc


class EmptyTextCrashEngine(WordEngine):
    def annotate(self, text: str) -> AnnotatedDocument:
        if not text:
            raise ValueError("nothing to annotate")
        return super().annotate(text)


class BatchDropsLastEngine(WordEngine):
    def annotate_batch(self, texts, *, batch_size=32):
        texts = list(texts)
        for text in texts[:-1]:
            yield self.annotate(text)


class TruncatingEngine(WordEngine):
    """Quietly annotates only the first 10,000 characters."""

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [(a, b) for a, b in super().spans(text) if b <= 10_000]


class WhitespaceTokenEngine(WordEngine):
    """Emits whitespace as tokens."""

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(r"\S+|\s+", text)]


def _failed(results) -> set[str]:
    return {r.name for r in results if not r.passed}


def test_a_correct_minimal_engine_passes_every_check():
    results = check_engine(WordEngine(), unicode_examples=25, long_text_chars=20_000)
    assert [r.name for r in results] == [
        "registers_under_a_name", "empty_text", "whitespace_only_text", "very_long_text", "offsets_valid",
        "output_validates", "deterministic", "batch_equals_one_by_one", "json_round_trip", "arbitrary_unicode",
    ]
    assert all(r.passed and r.ok for r in results)


@pytest.mark.parametrize(
    "engine, must_fail",
    [
        (ByteOffsetEngine(), {"offsets_valid", "arbitrary_unicode"}),
        (NondeterministicEngine(), {"deterministic"}),
        (EmptyTextCrashEngine(), {"empty_text"}),
        (BatchDropsLastEngine(), {"batch_equals_one_by_one"}),
        (TruncatingEngine(), {"very_long_text"}),
        (WhitespaceTokenEngine(), {"whitespace_only_text"}),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, newsmodel.Engine) else "",
)
def test_a_broken_engine_fails_the_check_for_its_bug(engine, must_fail):
    results = check_engine(engine, raise_on_failure=False, unicode_examples=25, long_text_chars=20_000)
    failed = _failed(results)
    assert must_fail <= failed, f"expected {must_fail} to fail, failed: {failed}"
    with pytest.raises(ContractFailure) as info:
        check_engine(engine, unicode_examples=10, long_text_chars=20_000)
    for name in must_fail:
        assert name in str(info.value)


def test_expected_failures_are_strict():
    broken = NondeterministicEngine()
    failing = _failed(check_engine(broken, raise_on_failure=False, unicode_examples=10, long_text_chars=5000))
    assert "deterministic" in failing
    known = {f"test_{name}": "known" for name in failing}
    results = check_engine(broken, expected_failures=known, unicode_examples=10, long_text_chars=5000)  # does not raise
    (det,) = [r for r in results if r.name == "deterministic"]
    assert not det.passed and det.ok and det.expected_failure == "known"
    # an expected failure that passes is itself a failure
    with pytest.raises(ContractFailure, match="empty_text: passed, but is listed as an expected failure"):
        check_engine(WordEngine(), expected_failures={"empty_text": "not really"}, unicode_examples=10, long_text_chars=20_000)
    with pytest.raises(ValueError, match="not a check"):
        check_engine(WordEngine(), expected_failures={"test_no_such_thing": "typo"})


def test_check_engine_runs_without_pytest():
    code = """
import sys
sys.modules["pytest"] = None          # importing pytest now raises ImportError
import newsmodel
from newsmodel.testing import check_engine
results = check_engine(newsmodel.get_engine("rules"), name="rules", unicode_examples=5, long_text_chars=5000)
print(len(results), all(r.passed for r in results))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["10", "True"]


def test_check_extractor_catches_an_extractor_that_mutates_the_document():
    def tamper(doc, draft):
        if doc.tokens:
            doc.tokens.pop()

    def fine(doc, draft):
        for a in list(draft.actors):
            draft.update_actor(a.id, titles=tuple(sorted(a.titles)))

    assert "doc_unchanged" in _failed(check_extractor(tamper, raise_on_failure=False, unicode_examples=5, long_text_chars=2000))
    check_extractor(fine, unicode_examples=5, long_text_chars=2000)


def test_check_extractor_catches_invalid_output():
    def bad_spans(doc, draft):
        if doc.text.strip():
            draft.add_actor(name="X", mentions=[newsmodel.Span(start=0, end=1, text="\u2603")])

    failed = _failed(check_extractor(bad_spans, raise_on_failure=False, unicode_examples=5, long_text_chars=2000))
    assert {"offsets_valid", "output_validates", "json_round_trip"} <= failed


# -- registration helpers and fixtures -------------------------------------------------------
def test_registered_engine_and_extractor_come_and_go():
    with registered_engine(WordEngine()) as name:
        assert name.startswith("words-kit") and name in newsmodel.available_engines()
        assert newsmodel.extract("Hello there.", engine=name).provenance.engine == "words"
    assert name not in newsmodel.available_engines()

    def mark(doc, draft):
        draft.add_actor(name="seen")

    with registered_extractor(mark, "mark-it", order=50) as xname:
        assert xname == "mark-it" and list(newsmodel.available_extractors())[0] == "mark-it"
    assert "mark-it" not in newsmodel.available_extractors()


def test_fixtures_register_for_one_test(newsmodel_engine, newsmodel_extractor, newsmodel_plugin):
    name = newsmodel_engine(WordEngine, "fixture-words", version="7")
    xname = newsmodel_extractor(lambda doc, draft: None, "fixture-noop", order=999)

    class Plugin:
        @newsmodel.hookimpl
        def register_engines(self, register):
            register("fixture-plugin-engine", WordEngine)

    newsmodel_plugin(Plugin(), name="fixture-plugin")
    art = newsmodel.extract("Hello.", engine=name)
    assert art.provenance.engine_version == "1"  # the document's own version wins over the registered one
    assert newsmodel.available_engines()[name].version == "7"
    assert art.provenance.extractors[-1] == xname
    assert "fixture-plugin-engine" in newsmodel.available_engines()


def test_fixtures_unregistered_after_the_test():
    # runs after the test above (file order): nothing it registered is left
    assert "fixture-words" not in newsmodel.available_engines()
    assert "fixture-plugin-engine" not in newsmodel.available_engines()
    assert "fixture-noop" not in newsmodel.available_extractors()


# -- the pytest integration, seen from outside ------------------------------------------------
def test_contract_classes_in_a_user_test_module(tmp_path):
    """A plugin author's test module: one broken engine with a strict xfail, one stale xfail, one typo."""
    (tmp_path / "test_user_plugin.py").write_text(
        textwrap.dedent(
            """
            import random, re
            import pytest
            import newsmodel
            from newsmodel import AnnotatedDocument, Sentence, Token
            from newsmodel.testing.contract import EngineContract

            class Flaky(newsmodel.Engine):
                name = "flaky"
                def annotate(self, text):
                    spans = [m.span() for m in re.finditer(r"\\S+", text)]
                    toks = [Token(i=i, text=text[a:b], start=a, end=b, lemma="", pos="X", sent=0) for i, (a, b) in enumerate(spans)]
                    sents = [Sentence(spans[0][0], spans[-1][1], 0, len(toks))] if toks else []
                    return AnnotatedDocument(text=text, tokens=toks, sentences=sents, engine="flaky", engine_version=str(random.random()))

            class TestKnownGap(EngineContract):
                long_text_chars = 3000
                unicode_examples = 5
                expected_failures = {"test_deterministic": "version string is random"}

                @pytest.fixture(scope="class")
                def engine(self):
                    return Flaky()

            class TestStaleXfail(TestKnownGap):
                expected_failures = {"test_empty_text": "was broken once"}

            class TestTypo(TestKnownGap):
                expected_failures = {"test_determinstic": "typo"}
            """
        ),
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", "-p", "no:randomly", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    outcome = {}
    for line in out.stdout.splitlines():
        m = re.match(r"(PASSED|FAILED|XFAIL|XPASS|ERROR) \S*::(\w+)::(\w+)", line)
        if m:
            outcome[(m.group(2), m.group(3))] = m.group(1)
    assert outcome[("TestKnownGap", "test_deterministic")] == "XFAIL", out.stdout
    assert outcome[("TestKnownGap", "test_offsets_valid")] == "PASSED"
    assert outcome[("TestKnownGap", "test_expected_failures_name_real_tests")] == "PASSED"
    # strict: the stale entry turns a passing test into a failure; the broken check still fails
    assert outcome[("TestStaleXfail", "test_empty_text")] == "FAILED"
    assert outcome[("TestStaleXfail", "test_deterministic")] == "FAILED"
    assert outcome[("TestTypo", "test_expected_failures_name_real_tests")] == "FAILED"
    assert len([k for k in outcome if k[0] == "TestKnownGap"]) == 11


def test_fixture_plugin_via_pytest_plugins(tmp_path):
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["newsmodel.testing.fixtures"]\n', encoding="utf-8")
    (tmp_path / "test_fx.py").write_text(
        textwrap.dedent(
            """
            import newsmodel

            def test_a(newsmodel_extractor):
                newsmodel_extractor(lambda doc, draft: None, "only-in-test-a")
                assert "only-in-test-a" in newsmodel.available_extractors()

            def test_b():
                assert "only-in-test-a" not in newsmodel.available_extractors()
            """
        ),
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)], capture_output=True, text=True, cwd=tmp_path
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "2 passed" in out.stdout


def test_results_are_reportable():
    results = check_engine(EmptyTextCrashEngine(), raise_on_failure=False, unicode_examples=5, long_text_chars=2000)
    (bad,) = [r for r in results if r.name == "empty_text"]
    assert isinstance(bad.error, ValueError) and "nothing to annotate" in bad.traceback
    assert json.dumps([r.name for r in results])
