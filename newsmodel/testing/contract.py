"""Conformance suites for engines and extractors, as pytest base classes.

Subclass one in your plugin's tests and supply a fixture; every check of
:mod:`newsmodel.testing.checks` becomes a test of your class::

    import pytest
    from newsmodel.testing.contract import EngineContract

    class TestMyEngine(EngineContract):
        engine_name = "myengine"          # the name your entry point registers

        @pytest.fixture(scope="class")
        def engine(self):
            return MyEngine()

    class TestMyExtractor(ExtractorContract):
        extractor_name = "my-extractor"

        @pytest.fixture(scope="class")
        def extractor(self):
            return my_extractor

A known gap becomes a strict xfail (it must fail; once it passes, the
entry has to go)::

        expected_failures = {"test_very_long_text": "the model refuses texts over 10,000 characters"}

The class names do not start with ``Test``, so importing them into a test
module does not collect the base class itself.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest

from .checks import (
    BUILTIN_EXTRACTORS,
    NEWS_SAMPLES,
    EngineSubject,
    ExtractorSubject,
    check_name,
    engine_checks,
    extractor_checks,
)
from . import checks as _checks

__all__ = ["EngineContract", "ExtractorContract"]


class _Contract:
    #: ``{"test_name": "reason"}``: these tests are strict xfails.
    expected_failures: ClassVar[dict[str, str]] = {}
    #: Length of the text used by ``test_very_long_text``.
    long_text_chars: ClassVar[int] = 50_000
    #: Hypothesis examples for ``test_arbitrary_unicode``.
    unicode_examples: ClassVar[int] = 50
    #: Texts most checks run on.
    samples: ClassVar[tuple[str, ...]] = NEWS_SAMPLES

    _check_names: ClassVar[tuple[str, ...]] = ()

    @pytest.fixture(autouse=True)
    def _newsmodel_expected_failure(self, request: pytest.FixtureRequest) -> None:
        reason = self.expected_failures.get(request.function.__name__)
        if reason is not None:
            request.applymarker(pytest.mark.xfail(reason=reason, strict=True))

    def test_expected_failures_name_real_tests(self) -> None:
        known = {f"test_{n}" for n in self._check_names}
        unknown = sorted(set(self.expected_failures) - known)
        assert not unknown, f"expected_failures names unknown tests {unknown}; known: {sorted(known)}"

    def _subject(self, fixture_value: Any) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def _check(self, name: str, fixture_value: Any) -> None:
        getattr(_checks, f"check_{name}")(self._subject(fixture_value))


class EngineContract(_Contract):
    """Conformance suite for an engine.  Supply an ``engine`` fixture returning an engine instance."""

    #: The name your plugin's entry point registers the engine under (checked when set).
    engine_name: ClassVar[str | None] = None

    _check_names = tuple(n for n, _ in engine_checks())

    def _subject(self, engine: Any) -> EngineSubject:
        return EngineSubject(
            engine,
            name=self.engine_name,
            samples=self.samples,
            long_text_chars=self.long_text_chars,
            unicode_examples=self.unicode_examples,
        )

    def test_registers_under_a_name(self, engine: Any) -> None:
        self._check("registers_under_a_name", engine)

    def test_empty_text(self, engine: Any) -> None:
        self._check("empty_text", engine)

    def test_whitespace_only_text(self, engine: Any) -> None:
        self._check("whitespace_only_text", engine)

    def test_very_long_text(self, engine: Any) -> None:
        self._check("very_long_text", engine)

    def test_offsets_valid(self, engine: Any) -> None:
        self._check("offsets_valid", engine)

    def test_output_validates(self, engine: Any) -> None:
        self._check("output_validates", engine)

    def test_deterministic(self, engine: Any) -> None:
        self._check("deterministic", engine)

    def test_batch_equals_one_by_one(self, engine: Any) -> None:
        self._check("batch_equals_one_by_one", engine)

    def test_json_round_trip(self, engine: Any) -> None:
        self._check("json_round_trip", engine)

    def test_arbitrary_unicode(self, engine: Any) -> None:
        self._check("arbitrary_unicode", engine)


class ExtractorContract(_Contract):
    """Conformance suite for an extractor.  Supply an ``extractor`` fixture returning ``extractor(doc, draft)``."""

    #: The name your plugin's entry point registers the extractor under (checked when set).
    extractor_name: ClassVar[str | None] = None
    #: The ``order`` to register the extractor with (use your plugin's).
    order: ClassVar[int] = 500
    #: Engine that annotates the texts.
    engine: ClassVar[str] = "rules"
    #: Extractors that run before yours.
    base_extractors: ClassVar[tuple[str, ...]] = BUILTIN_EXTRACTORS
    #: What your extractor reads and adds (``register(..., requires=, provides=)``);
    #: None takes them from the installed registration under ``extractor_name``.
    requires: ClassVar[tuple[str, ...] | None] = None
    provides: ClassVar[tuple[str, ...] | None] = None

    _check_names = tuple(n for n, _ in extractor_checks())

    def _subject(self, extractor: Any) -> ExtractorSubject:
        return ExtractorSubject(
            extractor,
            name=self.extractor_name,
            order=self.order,
            engine=self.engine,
            base_extractors=self.base_extractors,
            requires=self.requires,
            provides=self.provides,
            samples=self.samples,
            long_text_chars=self.long_text_chars,
            unicode_examples=self.unicode_examples,
        )

    def test_registers_under_a_name(self, extractor: Any) -> None:
        self._check("registers_under_a_name", extractor)

    def test_empty_text(self, extractor: Any) -> None:
        self._check("empty_text", extractor)

    def test_whitespace_only_text(self, extractor: Any) -> None:
        self._check("whitespace_only_text", extractor)

    def test_very_long_text(self, extractor: Any) -> None:
        self._check("very_long_text", extractor)

    def test_offsets_valid(self, extractor: Any) -> None:
        self._check("offsets_valid", extractor)

    def test_output_validates(self, extractor: Any) -> None:
        self._check("output_validates", extractor)

    def test_deterministic(self, extractor: Any) -> None:
        self._check("deterministic", extractor)

    def test_batch_equals_one_by_one(self, extractor: Any) -> None:
        self._check("batch_equals_one_by_one", extractor)

    def test_json_round_trip(self, extractor: Any) -> None:
        self._check("json_round_trip", extractor)

    def test_arbitrary_unicode(self, extractor: Any) -> None:
        self._check("arbitrary_unicode", extractor)

    def test_declared_needs(self, extractor: Any) -> None:
        self._check("declared_needs", extractor)

    def test_doc_unchanged(self, extractor: Any) -> None:
        self._check("doc_unchanged", extractor)


# Keep the test methods and the checks in step: a check without a test (or
# the reverse) is a bug in this module, caught on import.
for _cls, _names in ((EngineContract, EngineContract._check_names), (ExtractorContract, ExtractorContract._check_names)):
    _tests = {n.removeprefix("test_") for n in dir(_cls) if n.startswith("test_")} - {"expected_failures_name_real_tests"}
    if _tests != set(_names):  # pragma: no cover
        raise RuntimeError(f"{_cls.__name__}: tests {sorted(_tests)} != checks {sorted(_names)}")
del _cls, _names, _tests, check_name
