"""What the conformance kit tests and what it reports: the engine or
extractor under test (a *subject*), the helpers that register one for the
length of a ``with`` block under a fresh name, and the check results.

Split from :mod:`newsmodel.testing.checks`, which re-exports every name.
"""

from __future__ import annotations

import contextlib
import itertools
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from .. import pipeline, plugins
from ..document import AnnotatedDocument
from ..hookspecs import hookimpl
from ..schema import Article

__all__ = [
    "NEWS_SAMPLES",
    "BUILTIN_EXTRACTORS",
    "EngineSubject",
    "ExtractorSubject",
    "Subject",
    "CheckResult",
    "ContractFailure",
    "registered_engine",
    "registered_extractor",
]

#: Texts every engine and extractor is run on: attributions, a denial,
#: events, curly and guillemet quotes, dashes, paragraphs, other scripts,
#: emoji and combining marks.
NEWS_SAMPLES: tuple[str, ...] = (
    '"We are ready," Smith said.',
    "Russia denied the report on Monday. Kremlin spokesman Dmitry Peskov told reporters that Moscow had not been consulted.",
    "“We will respond,” said Iran’s foreign minister Abbas Araqchi — adding that the talks were “over”.",
    "According to officials, U.S. strikes hit three sites in Iran on Sunday.\n\nIsrael said it would continue the operation.",
    "Путин заявил: «Мы готовы». Beijing (北京) said nothing 🙂, and the 👩\u200d👩\u200d👧 were safe.",
    "Zu\u0308rich police said „nobody was hurt“ – the mayor\u00a0agreed.\tNo one was arrested.",
    "Ukraine accused Russia of attacking Kyiv. President Zelensky met European leaders in Brussels on Tuesday.",
)

#: The built-in extractors, which run before an extractor under test.
BUILTIN_EXTRACTORS: tuple[str, ...] = ("actors", "statements", "denials", "events")

_names = itertools.count(1)


class ContractFailure(AssertionError):
    """One or more conformance checks failed (or an expected failure passed)."""

    def __init__(self, subject: str, results: list["CheckResult"]) -> None:
        self.results = results
        bad = [r for r in results if not r.ok]
        lines = [f"{subject}: {len(bad)} of {len(results)} checks failed"]
        for r in bad:
            if r.expected_failure is not None and r.passed:
                lines.append(f"  {r.name}: passed, but is listed as an expected failure ({r.expected_failure})")
            else:
                lines.append(f"  {r.name}: {type(r.error).__name__}: {r.error}")
        super().__init__("\n".join(lines))


@dataclass
class CheckResult:
    name: str
    passed: bool
    #: The reason given in ``expected_failures``, or None.
    expected_failure: str | None = None
    error: BaseException | None = field(default=None, repr=False)
    traceback: str = field(default="", repr=False)

    @property
    def ok(self) -> bool:
        """True when the outcome is the expected one (strict: an expected failure must fail)."""
        return self.passed != (self.expected_failure is not None)


# -- registration helpers -----------------------------------------------------------
def _fresh(base: str) -> str:
    return f"{base or 'unnamed'}-kit{next(_names)}"


@contextlib.contextmanager
def registered_engine(
    engine: Any, name: str | None = None, *, version: str | None = None, description: str = ""
) -> Iterator[str]:
    """Register ``engine`` (an instance, or a factory such as an Engine class) for a ``with`` block.

    Yields the registered name: ``name``, or a fresh one derived from the
    engine's ``name`` so that it cannot clash with an installed plugin.
    """
    if isinstance(engine, type) or not hasattr(engine, "annotate"):
        factory = engine
    else:

        def factory(**options: Any) -> Any:
            return engine

    engine_name = name or _fresh(getattr(engine, "name", "") or "engine")
    engine_version = getattr(engine, "version", "") if version is None else version

    class _EnginePlugin:
        @hookimpl
        def register_engines(self, register):  # type: ignore[no-untyped-def]
            register(engine_name, factory, version=str(engine_version or ""), description=description)

    with plugins.registered_plugin(_EnginePlugin(), name=f"newsmodel.testing:{engine_name}"):
        yield engine_name


@contextlib.contextmanager
def registered_extractor(
    extractor: Callable[..., Any],
    name: str | None = None,
    *,
    order: int = 500,
    requires: Iterable[str] = (),
    provides: Iterable[str] = (),
    description: str = "",
) -> Iterator[str]:
    """Register the callable ``extractor(doc, draft)`` for a ``with`` block; yields its name."""
    extractor_name = name or _fresh(getattr(extractor, "__name__", "") or "extractor")
    needs = {"requires": tuple(requires), "provides": tuple(provides)}

    class _ExtractorPlugin:
        @hookimpl
        def register_extractors(self, register):  # type: ignore[no-untyped-def]
            register(extractor_name, extractor, order=order, description=description, **needs)

    with plugins.registered_plugin(_ExtractorPlugin(), name=f"newsmodel.testing:{extractor_name}"):
        yield extractor_name


# -- subjects -------------------------------------------------------------------------
@dataclass
class EngineSubject:
    """An engine under test, and how hard to test it."""

    engine: Any
    #: If set, the name an installed plugin registers the engine under (checked).
    name: str | None = None
    samples: tuple[str, ...] = NEWS_SAMPLES
    long_text_chars: int = 50_000
    unicode_examples: int = 50
    kind: str = field(default="engine", init=False)

    def label(self) -> str:
        return f"engine {self.name or type(self.engine).__name__}"

    def registered(self) -> contextlib.AbstractContextManager[str]:
        return registered_engine(self.engine)

    def extract(self, registered: str, text: str) -> Article:
        return pipeline.extract(text, engine=registered)

    def extract_many(self, registered: str, texts: Iterable[str], batch_size: int) -> list[Article]:
        return list(pipeline.extract_many(texts, engine=registered, batch_size=batch_size))

    def annotate(self, text: str) -> AnnotatedDocument:
        doc = self.engine.annotate(text)
        if not isinstance(doc, AnnotatedDocument):
            raise AssertionError(f"annotate() returned {type(doc).__name__}, not an AnnotatedDocument")
        return doc.check()


@dataclass
class ExtractorSubject:
    """An extractor under test: run after ``base_extractors`` on documents from ``engine``."""

    extractor: Callable[..., Any]
    #: If set, the name an installed plugin registers the extractor under (checked).
    name: str | None = None
    order: int = 500
    engine: str = "rules"
    base_extractors: tuple[str, ...] = BUILTIN_EXTRACTORS
    samples: tuple[str, ...] = NEWS_SAMPLES
    long_text_chars: int = 50_000
    unicode_examples: int = 50
    #: What the extractor reads and adds (see the ``register_extractors``
    #: hook); None takes them from the installed registration under ``name``.
    requires: tuple[str, ...] | None = None
    provides: tuple[str, ...] | None = None
    kind: str = field(default="extractor", init=False)

    def label(self) -> str:
        return f"extractor {self.name or getattr(self.extractor, '__name__', repr(self.extractor))}"

    def needs(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``(requires, provides)``: as given, else as the installed plugin registers them."""
        installed = plugins.available_extractors().get(self.name or "")
        requires = self.requires if self.requires is not None else installed.requires if installed else ()
        provides = self.provides if self.provides is not None else installed.provides if installed else ()
        return tuple(requires), tuple(provides)

    def registered(self) -> contextlib.AbstractContextManager[str]:
        requires, provides = self.needs()
        return registered_extractor(self.extractor, order=self.order, requires=requires, provides=provides)

    def _chain(self, registered: str) -> list[str]:
        return [*self.base_extractors, registered]

    def extract(self, registered: str, text: str) -> Article:
        return pipeline.extract(text, engine=self.engine, extractors=self._chain(registered))

    def extract_many(self, registered: str, texts: Iterable[str], batch_size: int) -> list[Article]:
        return list(pipeline.extract_many(texts, engine=self.engine, extractors=self._chain(registered), batch_size=batch_size))

    def annotate(self, text: str) -> AnnotatedDocument:
        return pipeline.annotate(text, engine=self.engine)


Subject = EngineSubject | ExtractorSubject
