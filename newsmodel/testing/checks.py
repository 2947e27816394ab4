"""The conformance checks for engines and extractors, as plain functions.

This is the pytest-free half of the kit, in the manner of scikit-learn's
``check_estimator``: :func:`engine_checks` and :func:`extractor_checks`
yield ``(name, check)`` pairs, and :func:`check_engine` /
:func:`check_extractor` run them all and report.  The pytest base classes in
:mod:`newsmodel.testing.contract` run the same functions, one test each.

Each check registers the engine or extractor through the public plugin API
under a fresh name (so it never clashes with an installed plugin) and
unregisters it afterwards, then drives it through the public pipeline
(``extract``, ``extract_many``, ``annotate``), exactly as a user would.

The property-based check (arbitrary unicode) uses hypothesis when it is
installed and a fixed list of awkward strings otherwise.
"""

from __future__ import annotations

import copy
import itertools
import traceback
from typing import Any, Callable, Iterable, Iterator, Mapping

from .. import pipeline, plugins
from ..document import AnnotatedDocument
from ..schema import Article
from .subjects import (
    BUILTIN_EXTRACTORS,
    CheckResult,
    ContractFailure,
    NEWS_SAMPLES,
    EngineSubject,
    ExtractorSubject,
    Subject,
    registered_engine,
    registered_extractor,
)

__all__ = [
    "NEWS_SAMPLES",
    "BUILTIN_EXTRACTORS",
    "CheckResult",
    "ContractFailure",
    "EngineSubject",
    "ExtractorSubject",
    "engine_checks",
    "extractor_checks",
    "check_engine",
    "check_extractor",
    "registered_engine",
    "registered_extractor",
]

#: Strings used for the unicode check when hypothesis is not installed.
_AWKWARD = (
    "\x00", "\ufeff", "\u200b\u200d", "e\u0301\u0301", "\U0001F469\u200d\U0001F469\u200d\U0001F467", "🇺🇦🇺🇦",
    "\r\n\r\n", "\u2028\u2029", "«»“”„‟‹›", "—–―−", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "a" * 5000, " " * 300, "\t\x0b\x0c", "ß" * 10, "İstanbul", "ﬁnance",
)



# -- assertions shared by the checks ----------------------------------------------------
def _assert_valid_article(art: Article, text: str, subject: Subject, registered: str) -> None:
    if not isinstance(art, Article):
        raise AssertionError(f"expected an Article, got {type(art).__name__}")
    assert art.text == text, "Article.text differs from the input text"
    for loc, sp in art._spans():
        assert text[sp.start : sp.end] == sp.text, f"span at {'.'.join(map(str, loc))} does not match the text"
    again = Article.model_validate(art.model_dump())
    assert again == art, "the Article does not survive re-validation unchanged"
    if subject.kind == "extractor":
        assert registered in art.provenance.extractors, "the extractor is missing from the Article's provenance"


def _assert_doc_offsets(doc: AnnotatedDocument, text: str) -> None:
    doc.check()
    assert doc.text == text, "the document's text differs from the input text"
    covered = bytearray(len(text))
    for t in doc.tokens:
        covered[t.start : t.end] = b"\x01" * (t.end - t.start)
    missing = [k for k, ch in enumerate(text) if not ch.isspace() and not covered[k]]
    assert not missing, f"characters outside every token, e.g. {text[missing[0]]!r} at offset {missing[0]}"
    for k, s in enumerate(doc.sentences):
        if s.token_end > s.token_start:
            first, last = doc.tokens[s.token_start], doc.tokens[s.token_end - 1]
            assert (s.start, s.end) == (first.start, last.end), (
                f"sentence {k} spans {s.start}:{s.end} but its tokens span {first.start}:{last.end}"
            )
    for k, e in enumerate(doc.entities):
        first, last = doc.tokens[e.token_start], doc.tokens[e.token_end - 1]
        assert (e.start, e.end) == (first.start, last.end), (
            f"entity {k} spans {e.start}:{e.end} but its tokens span {first.start}:{last.end}"
        )


def _long_text(chars: int, samples: tuple[str, ...]) -> str:
    parts: list[str] = []
    size = 0
    for s in itertools.cycle(samples or NEWS_SAMPLES):
        parts.append(s)
        size += len(s) + 2
        if size >= chars:
            break
    return "\n\n".join(parts)


# -- the checks -------------------------------------------------------------------------
def check_registers_under_a_name(subject: Subject) -> None:
    """Registered at run time it is found under its name, used by the pipeline, and gone afterwards;
    if the subject names an installed plugin's registration, that name is registered."""
    if subject.kind == "engine":
        if subject.name is not None:
            known = plugins.available_engines()
            assert subject.name in known, f"no installed plugin registers an engine named {subject.name!r}"
        with subject.registered() as name:
            info = plugins.available_engines()[name]
            assert info.name == name
            assert pipeline.get_engine(name) is not None
            assert pipeline.annotate(subject.samples[0], engine=name) == subject.annotate(subject.samples[0]), (
                "newsmodel.annotate(engine=name) differs from calling the engine directly"
            )
            art = subject.extract(name, subject.samples[0])
            assert art.provenance.engine, "documents must name their engine (AnnotatedDocument.engine)"
        assert name not in plugins.available_engines(), "still registered after unregistering"
    else:
        if subject.name is not None:
            known = plugins.available_extractors()
            assert subject.name in known, f"no installed plugin registers an extractor named {subject.name!r}"
            assert callable(known[subject.name].extractor)
        with subject.registered() as name:
            info = plugins.available_extractors()[name]
            assert info.order == subject.order
            art = subject.extract(name, subject.samples[0])
            assert art.provenance.extractors[-1] == name
        assert name not in plugins.available_extractors(), "still registered after unregistering"


def check_empty_text(subject: Subject) -> None:
    """The empty text gives an empty document and an empty, valid Article."""
    doc = subject.annotate("")
    assert doc.text == "" and not doc.tokens and not doc.entities
    with subject.registered() as name:
        art = subject.extract(name, "")
        _assert_valid_article(art, "", subject, name)
        assert not (art.actors or art.statements or art.denials or art.events)


def check_whitespace_only_text(subject: Subject) -> None:
    """Whitespace of every kind gives no tokens of text and an Article with nothing in it."""
    for text in (" ", "\n\n", " \t\r\n\u00a0\u2003\u2028\u3000 "):
        doc = subject.annotate(text)
        assert doc.text == text
        assert all(not t.text.isspace() for t in doc.tokens), "a token made only of whitespace"
        with subject.registered() as name:
            art = subject.extract(name, text)
            _assert_valid_article(art, text, subject, name)
            assert not (art.actors or art.statements or art.denials or art.events), f"found content in {text!r}"


def check_very_long_text(subject: Subject) -> None:
    """A text of ``long_text_chars`` characters is annotated to its end and extracted."""
    text = _long_text(subject.long_text_chars, subject.samples)
    doc = subject.annotate(text)
    _assert_doc_offsets(doc, text)
    assert doc.tokens and doc.tokens[-1].end == len(text.rstrip()), "the document stops before the end of the text"
    with subject.registered() as name:
        _assert_valid_article(subject.extract(name, text), text, subject, name)


def check_offsets_valid(subject: Subject) -> None:
    """Token, sentence and entity offsets index the text; every visible character is in a token."""
    for text in subject.samples:
        _assert_doc_offsets(subject.annotate(text), text)
    with subject.registered() as name:
        for text in subject.samples:
            art = subject.extract(name, text)
            for loc, sp in art._spans():
                assert 0 <= sp.start < sp.end <= len(text), f"span {loc} is outside the text"
                assert text[sp.start : sp.end] == sp.text


def check_output_validates(subject: Subject) -> None:
    """Every Article validates again from its own dump, with spans equal to their slices."""
    with subject.registered() as name:
        for text in subject.samples:
            _assert_valid_article(subject.extract(name, text), text, subject, name)


def check_deterministic(subject: Subject) -> None:
    """The same text gives the same output, also after other texts were processed in between."""
    first = [subject.annotate(t) for t in subject.samples]
    again = [subject.annotate(t) for t in reversed(subject.samples)][::-1]
    for text, a, b in zip(subject.samples, first, again):
        assert a == b, f"two annotations of {text[:40]!r} differ"
    with subject.registered() as name:
        one = [subject.extract(name, t) for t in subject.samples]
        two = [subject.extract(name, t) for t in reversed(subject.samples)][::-1]
        for text, a, b in zip(subject.samples, one, two):
            assert a == b, f"two extractions of {text[:40]!r} differ"


def check_batch_equals_one_by_one(subject: Subject) -> None:
    """Batch processing gives what one-by-one processing gives, in input order, for every batch size."""
    texts = [*subject.samples, "", *subject.samples[:2]]
    one_by_one = [subject.annotate(t) for t in texts]
    if subject.kind == "engine":
        for size in (1, 2, len(texts) + 1):
            batch = subject.engine.annotate_batch(iter(texts), batch_size=size)
            docs = list(batch)
            assert len(docs) == len(texts), f"annotate_batch(batch_size={size}) returned {len(docs)} documents for {len(texts)} texts"
            for k, (a, b) in enumerate(zip(docs, one_by_one)):
                assert a.check() == b, f"annotate_batch(batch_size={size}) differs from annotate() at text {k}"
    with subject.registered() as name:
        singles = [subject.extract(name, t) for t in texts]
        for size in (1, 3):
            many = subject.extract_many(name, iter(texts), batch_size=size)
            assert many == singles, f"extract_many(batch_size={size}) differs from extract() one by one"


def check_json_round_trip(subject: Subject) -> None:
    """``Article.model_validate_json(article.model_dump_json()) == article``."""
    with subject.registered() as name:
        for text in subject.samples:
            art = subject.extract(name, text)
            assert Article.model_validate_json(art.model_dump_json()) == art, f"JSON round trip changes {text[:40]!r}"


def _unicode_property(subject: Subject, name: str) -> None:
    def one(text: str) -> None:
        doc = subject.annotate(text)
        assert doc.text == text
        doc.check()
        _assert_valid_article(subject.extract(name, text), text, subject, name)

    try:
        from hypothesis import HealthCheck, given, settings
        from hypothesis import strategies as st

        from .strategies import texts
    except ImportError:  # pragma: no cover - hypothesis is optional for check_engine()
        for text in _AWKWARD:
            one(text)
        return

    @settings(max_examples=subject.unicode_examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.text(max_size=300) | texts())
    def arbitrary(text: str) -> None:
        one(text)

    arbitrary()


def check_arbitrary_unicode(subject: Subject) -> None:
    """No exception and a valid result on arbitrary unicode (property-based, with hypothesis)."""
    with subject.registered() as name:
        _unicode_property(subject, name)


#: Article collections an extractor may add to, by the name it provides them under.
_COLLECTIONS = ("actors", "statements", "denials", "events")


def check_declared_needs(subject: Subject) -> None:
    """The registration carries what the extractor requires and provides; every requirement
    has a provider; asked for alone it runs after those providers; and whatever collection
    of the Article it adds to is among what it declares it provides."""
    if subject.kind != "extractor":
        return
    requires, provides = subject.needs()
    text = subject.samples[0]
    with subject.registered() as name:
        info = plugins.available_extractors()[name]
        assert (info.requires, info.provides) == (requires, provides), "the registry lost the declared requires/provides"
        order = list(plugins.available_extractors())
        providers = {r: [i.name for i in plugins.available_extractors().values() if r in i.provides and i.name != name] for r in requires}
        for thing, names in providers.items():
            assert names, f"it requires {thing!r}, which no registered extractor provides"
            assert all(order.index(p) < order.index(name) for p in names), f"it does not run after the providers of {thing!r}"
        alone = pipeline.extract(text, engine=subject.engine, extractors=[name])
        ran = alone.provenance.extractors
        assert ran[-1] == name, "asked for alone, it must run last, after what it requires"
        for thing, names in providers.items():
            assert any(p in ran for p in names), f"asked for alone, no provider of {thing!r} ran before it"
        with_it = subject.extract(name, text)
        without = pipeline.extract(text, engine=subject.engine, extractors=list(subject.base_extractors))
        for coll in _COLLECTIONS:
            if len(getattr(with_it, coll)) > len(getattr(without, coll)):
                assert coll in provides, f"it adds {coll} but does not declare provides=({coll!r}, ...)"


def check_doc_unchanged(subject: Subject) -> None:
    """An extractor reads the annotated document and never changes it."""
    with subject.registered() as name:
        for text in subject.samples:
            doc = subject.annotate(text)
            before = copy.deepcopy(doc)
            pipeline.run_extractors(doc, extractors=subject._chain(name))  # type: ignore[union-attr]
            assert doc == before, f"the extractor modified the AnnotatedDocument of {text[:40]!r}"


_COMMON = (
    check_registers_under_a_name,
    check_empty_text,
    check_whitespace_only_text,
    check_very_long_text,
    check_offsets_valid,
    check_output_validates,
    check_deterministic,
    check_batch_equals_one_by_one,
    check_json_round_trip,
    check_arbitrary_unicode,
)
ENGINE_CHECKS: tuple[Callable[[Subject], None], ...] = _COMMON
EXTRACTOR_CHECKS: tuple[Callable[[Subject], None], ...] = (*_COMMON, check_declared_needs, check_doc_unchanged)


def check_name(func: Callable[..., Any]) -> str:
    """``check_empty_text`` -> ``empty_text`` (the contract's test is ``test_empty_text``)."""
    return func.__name__.removeprefix("check_")


def engine_checks() -> Iterator[tuple[str, Callable[[Subject], None]]]:
    """``(name, check)`` for every engine check; call ``check(EngineSubject(engine))``."""
    for func in ENGINE_CHECKS:
        yield check_name(func), func


def extractor_checks() -> Iterator[tuple[str, Callable[[Subject], None]]]:
    """``(name, check)`` for every extractor check; call ``check(ExtractorSubject(extractor))``."""
    for func in EXTRACTOR_CHECKS:
        yield check_name(func), func


def _normalise(expected: Mapping[str, str] | None, known: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, reason in (expected or {}).items():
        name = key.removeprefix("test_").removeprefix("check_")
        if name not in known:
            raise ValueError(f"expected_failures names {key!r}, which is not a check; checks: {', '.join(sorted(known))}")
        out[name] = reason
    return out


def _run(
    subject: Subject,
    checks: Iterable[tuple[str, Callable[[Subject], None]]],
    expected_failures: Mapping[str, str] | None,
    raise_on_failure: bool,
) -> list[CheckResult]:
    checks = list(checks)
    expected = _normalise(expected_failures, {n for n, _ in checks})
    results = []
    for name, func in checks:
        try:
            func(subject)
        except Exception as exc:  # noqa: BLE001 - a check failing in any way is a failed check
            results.append(CheckResult(name, False, expected.get(name), exc, traceback.format_exc()))
        else:
            results.append(CheckResult(name, True, expected.get(name)))
    if raise_on_failure and not all(r.ok for r in results):
        raise ContractFailure(subject.label(), results)
    return results


def check_engine(
    engine: Any,
    *,
    name: str | None = None,
    expected_failures: Mapping[str, str] | None = None,
    long_text_chars: int = 50_000,
    unicode_examples: int = 50,
    samples: tuple[str, ...] = NEWS_SAMPLES,
    raise_on_failure: bool = True,
) -> list[CheckResult]:
    """Run every engine check on ``engine`` (an instance); no pytest needed.

    :param name: the name an installed plugin registers this engine under,
        if any; the registration check then also looks for it.
    :param expected_failures: ``{"check_or_test_name": "reason"}``.  Strict:
        a listed check that passes is reported as a failure too.
    :raises ContractFailure: listing every unexpected outcome, when
        ``raise_on_failure`` (the default); otherwise returns the results.
    """
    subject = EngineSubject(
        engine, name=name, samples=samples, long_text_chars=long_text_chars, unicode_examples=unicode_examples
    )
    return _run(subject, engine_checks(), expected_failures, raise_on_failure)


def check_extractor(
    extractor: Callable[..., Any],
    *,
    name: str | None = None,
    order: int = 500,
    engine: str = "rules",
    base_extractors: tuple[str, ...] = BUILTIN_EXTRACTORS,
    requires: Iterable[str] | None = None,
    provides: Iterable[str] | None = None,
    expected_failures: Mapping[str, str] | None = None,
    long_text_chars: int = 50_000,
    unicode_examples: int = 50,
    samples: tuple[str, ...] = NEWS_SAMPLES,
    raise_on_failure: bool = True,
) -> list[CheckResult]:
    """Run every extractor check on ``extractor(doc, draft)``; no pytest needed.

    The extractor runs after ``base_extractors`` (the built-ins) on documents
    from ``engine``, registered with ``requires`` and ``provides`` (by
    default, what the installed plugin registering ``name`` declares).
    Other arguments as for :func:`check_engine`.
    """
    subject = ExtractorSubject(
        extractor,
        name=name,
        order=order,
        engine=engine,
        base_extractors=tuple(base_extractors),
        requires=tuple(requires) if requires is not None else None,
        provides=tuple(provides) if provides is not None else None,
        samples=samples,
        long_text_chars=long_text_chars,
        unicode_examples=unicode_examples,
    )
    return _run(subject, extractor_checks(), expected_failures, raise_on_failure)
