"""Hypothesis strategies for newsmodel's schema, for use in your own tests.

Every strategy here generates values that validate: spans are drawn from
the text they point into, and ids that other objects refer to are drawn
from the article being built.  That is why the dependent strategies take
the text or the article as an argument (draw the text first, derive the
rest from it)::

    from hypothesis import given
    from newsmodel.testing import strategies as nst

    @given(nst.articles())
    def test_my_exporter_accepts_any_article(article):
        export(article)

With newsmodel installed, ``st.from_type(Article)`` (and ``Span``,
``Actor``, ``Statement``, ``Denial``, ``Event``, ``Provenance``) works
without importing this module: the models are registered through
hypothesis's ``hypothesis`` entry point.

Generated text is biased toward what breaks offset handling in practice:
quote marks of every kind, dashes, newlines and odd whitespace, non-Latin
scripts, emoji (including multi-code-point ones) and combining marks.
Everything shrinks toward short ASCII text and empty lists.
"""

from __future__ import annotations

import datetime as _dt
import functools
import typing
from typing import Any

from hypothesis import strategies as st

from ..schema import PLOVER_CATEGORIES, PLOVER_MODES, Actor, Article, Denial, Event, Provenance, Span, Statement

__all__ = [
    "QUOTE_MARKS",
    "DASHES",
    "WHITESPACE",
    "NON_LATIN",
    "EMOJI",
    "COMBINING",
    "texts",
    "spans_in",
    "actors",
    "statements",
    "denials",
    "events",
    "provenances",
    "articles",
    "register_type_strategies",
]

#: Every quotation mark a news text is likely to use, paired and unpaired.
QUOTE_MARKS: tuple[str, ...] = (
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "〝", "〞", "＂", "`", "´", "‛", "‟",
)
#: Hyphen, the dashes and the minus sign.
DASHES: tuple[str, ...] = ("-", "–", "—", "―", "‒", "−", "‐", "‑")
#: Line breaks and the whitespace that is not a plain space.
WHITESPACE: tuple[str, ...] = (" ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2003", "\u2009", "\u202f", "\u2028", "\x0b")
#: Words in other scripts (Cyrillic, Arabic, Han, Japanese, Hangul, Greek, Devanagari, Hebrew, Thai).
NON_LATIN: tuple[str, ...] = ("Москва", "заявил", "طهران", "قال", "北京", "东京都", "서울", "Αθήνα", "नई दिल्ली", "ירושלים", "กรุงเทพ")
#: Emoji, including a skin-tone modifier, a flag and a ZWJ sequence.
EMOJI: tuple[str, ...] = ("🙂", "👍🏽", "🇺🇦", "👩\u200d👩\u200d👧", "🔥", "\u2764\ufe0f")
#: Letters with combining marks, and bare combining marks.
COMBINING: tuple[str, ...] = ("e\u0301", "Zu\u0308rich", "\u0301", "\u0308", "n\u0303", "\u0651")

# Plain news vocabulary first: hypothesis shrinks sampled_from toward the
# first element, so minimal examples read like words, not like line noise.
_WORDS: tuple[str, ...] = (
    "a", "the", "said", "he", "she", "they", "Smith", "Putin", "Iran", "Russia", "Kremlin", "spokesman",
    "denied", "reported", "according", "to", "told", "reporters", "on", "Monday", "in", "Kyiv", "strikes",
    "met", "Xi", "Jinping", "U.S.", "officials", "accused", "2025", "12", "that", "not", "never",
)
_PUNCT: tuple[str, ...] = (".", ",", ":", ";", "?", "!", "(", ")", "…", "...", "'s", "’s")


_PIECES = (
    st.sampled_from(_WORDS),
    st.sampled_from(WHITESPACE),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(_PUNCT),
    st.sampled_from(DASHES),
    st.sampled_from(NON_LATIN),
    st.sampled_from(EMOJI),
    st.sampled_from(COMBINING),
)
_PIECE = st.one_of(_PIECES)
_PIECE_OR_ARBITRARY = st.one_of(*_PIECES, st.text(max_size=4))


@functools.lru_cache(maxsize=256)
def _piece_lists(max_pieces: int, arbitrary: bool) -> st.SearchStrategy[list[str]]:
    return st.lists(_PIECE_OR_ARBITRARY if arbitrary else _PIECE, max_size=max_pieces)


def texts(*, min_size: int = 0, max_size: int = 400, max_pieces: int = 40, arbitrary: bool = True) -> st.SearchStrategy[str]:
    """News-like text: words, quote marks, dashes, line breaks, other scripts, emoji.

    :param min_size: minimum length in characters (code points).
    :param max_size: maximum length in characters; longer draws are cut.
    :param max_pieces: how many words/marks are joined at most.
    :param arbitrary: also mix in fragments of arbitrary unicode (``st.text()``).
    """
    if min_size < 0 or max_size < min_size:
        raise ValueError("need 0 <= min_size <= max_size")
    return _texts(min_size, max_size, max_pieces, arbitrary)


# Composites are defined once at module level: hypothesis inspects a
# composite's source when it is decorated, which is slow in a hot path.
@st.composite
def _texts(draw: st.DrawFn, min_size: int, max_size: int, max_pieces: int, arbitrary: bool) -> str:
    text = "".join(draw(_piece_lists(max_pieces, arbitrary)))[:max_size]
    while len(text) < min_size:
        word = draw(_PIECES[0])
        text = (text + " " + word if text else word)[:max_size]
    return text


def spans_in(text: str, *, min_size: int = 1, max_size: int | None = None) -> st.SearchStrategy[Span]:
    """A :class:`Span` of ``text``: ``start < end <= len(text)`` and ``span.text == text[start:end]``.

    Empty text has no spans: the strategy is then ``st.nothing()``, so wrap
    it in ``st.none() | ...`` or ``st.lists(...)`` where a span is optional.
    """
    n = len(text)
    min_size = max(1, min_size)
    longest = n if max_size is None else min(n, max_size)
    if longest < min_size:
        return st.nothing()
    return _span_strategy(text, min_size, longest)


@functools.lru_cache(maxsize=4096)
def _span_strategy(text: str, min_size: int, longest: int) -> st.SearchStrategy[Span]:
    return _spans(text, min_size, longest)


@st.composite
def _spans(draw: st.DrawFn, text: str, min_size: int, longest: int) -> Span:
    n = len(text)
    start = draw(_ints(0, n - min_size))
    end = draw(_ints(start + min_size, min(n, start + longest)))
    return Span.of(text, start, end)


def _optional_span(text: str) -> st.SearchStrategy[Span | None]:
    return _optional_spans(text)


_NAMES = st.sampled_from(("Smith", "Vladimir Putin", "Kremlin", "Iran", "the ministry", "Dmitry Peskov", "Москва", "李明"))
_SHORT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
_CATEGORIES = st.sampled_from(PLOVER_CATEGORIES)
_FACTUALITY = st.sampled_from(("asserted", "reported", "denied", "hypothetical", "negated"))
_STATEMENT_KINDS = st.sampled_from(("direct", "indirect", "mixed"))
_CONFIDENCE = st.floats(0.0, 1.0, allow_nan=False)
_DATES = st.dates(_dt.date(1900, 1, 1), _dt.date(2100, 12, 31))
_OPT_DATES = st.none() | _DATES


@functools.lru_cache(maxsize=4096)
def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    # strategies are immutable and reusable; building (and validating) fresh
    # ones inside every draw dominated the cost of generating an article
    return st.integers(lo, hi)


@functools.lru_cache(maxsize=4096)
def _maybe(options: tuple[str, ...]) -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(options) if options else st.none()


@functools.lru_cache(maxsize=4096)
def _optional_spans(text: str) -> st.SearchStrategy[Span | None]:
    return st.none() | spans_in(text) if text else st.none()


def _used_ids(article: Article) -> set[str]:
    return {o.id for coll in (article.actors, article.statements, article.denials, article.events) for o in coll}


def _fresh_id(article: Article, prefix: str) -> str:
    used = _used_ids(article)
    k = 1
    while f"{prefix}{k}" in used:
        k += 1
    return f"{prefix}{k}"


@functools.lru_cache(maxsize=4096)
def _subset(ids: tuple[str, ...], max_size: int = 3) -> st.SearchStrategy[list[str]]:
    if not ids:
        return st.just([])
    return st.lists(st.sampled_from(list(ids)), max_size=max_size, unique=True)


def actors(text: str, *, id: str | None = None, max_mentions: int = 3) -> st.SearchStrategy[Actor]:
    """An :class:`Actor` whose mentions are spans of ``text``.

    ``affiliation`` is left empty (it refers to another actor of the same
    article; :func:`articles` fills it).  ``id`` defaults to ``"a1"``.
    """
    return _actors(text, id or "a1", max_mentions)


_KINDS = typing.get_args(Actor.model_fields["kind"].annotation)
_TITLES = st.sampled_from(("President", "spokesman", "Foreign Minister")) | _SHORT
_NAMES_OR_SHORT = _NAMES | _SHORT
_ACTOR_KINDS = st.sampled_from(_KINDS)
_ALIASES = st.lists(_SHORT, max_size=2)
_TITLE_LISTS = st.lists(_TITLES, max_size=2)
_QIDS = st.none() | st.integers(1, 10**8).map(lambda q: f"Q{q}")
_CODES = st.none() | st.sampled_from(("RUS", "RUSGOV", "IRNMIL", "USA", "UAF", "COP", "IGOUNO"))


@functools.lru_cache(maxsize=4096)
def _names_from(named: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(named) | _NAMES


@functools.lru_cache(maxsize=4096)
def _mentions(text: str, most: int) -> st.SearchStrategy[list[Span]]:
    return st.lists(spans_in(text), max_size=most)


@st.composite
def _actors(draw: st.DrawFn, text: str, id: str, max_mentions: int) -> Actor:
    mentions = draw(_mentions(text, max_mentions)) if text else []
    named = [m.text.strip() for m in mentions if m.text.strip()]
    name = draw(_names_from(tuple(named))) if named else draw(_NAMES_OR_SHORT)
    return Actor(
        id=id,
        name=name,
        kind=draw(_ACTOR_KINDS),
        aliases=draw(_ALIASES),
        titles=draw(_TITLE_LISTS),
        mentions=mentions,
        wikidata=draw(_QIDS),
        code=draw(_CODES),
    )


def _speaker(article: Article) -> st.SearchStrategy[str | None]:
    return _maybe(tuple(a.id for a in article.actors))


def statements(article: Article) -> st.SearchStrategy[Statement]:
    """A :class:`Statement` that fits ``article``: spans of its text, a speaker from its actors, a fresh id.

    Statements need at least one content span, so for an empty text this is ``st.nothing()``.
    """
    text = article.text
    if not text:
        return st.nothing()
    return _statements(article)


@functools.lru_cache(maxsize=4096)
def _contents(text: str) -> st.SearchStrategy[list[Span]]:
    return st.lists(spans_in(text), min_size=1, max_size=3)


@st.composite
def _statements(draw: st.DrawFn, article: Article) -> Statement:
    text = article.text
    return Statement(
        id=_fresh_id(article, "s"),
        speaker=draw(_speaker(article)),
        source=draw(_optional_span(text)),
        cue=draw(_optional_span(text)),
        content=draw(_contents(text)),
        kind=draw(_STATEMENT_KINDS),
        confidence=draw(_CONFIDENCE),
    )


def denials(article: Article) -> st.SearchStrategy[Denial]:
    """A :class:`Denial` that fits ``article`` (``st.nothing()`` for an empty text: a denial needs a cue)."""
    text = article.text
    if not text:
        return st.nothing()
    return _denials(article)


@st.composite
def _denials(draw: st.DrawFn, article: Article) -> Denial:
    text = article.text
    statement_ids = [s.id for s in article.statements]
    return Denial(
        id=_fresh_id(article, "d"),
        denier=draw(_speaker(article)),
        statement=draw(_maybe(tuple(statement_ids))),
        cue=draw(spans_in(text)),
        denied=draw(_optional_span(text)),
        confidence=draw(_CONFIDENCE),
    )


def events(article: Article) -> st.SearchStrategy[Event]:
    """A PLOVER :class:`Event` that fits ``article``: a mode of its category, roles from its actors.

    ``st.nothing()`` for an empty text: an event needs a trigger span.
    """
    text = article.text
    if not text:
        return st.nothing()
    return _events(article)


@st.composite
def _events(draw: st.DrawFn, article: Article) -> Event:
    text = article.text
    actor_ids = [a.id for a in article.actors]
    statement_ids = [s.id for s in article.statements]
    category = draw(st.sampled_from(PLOVER_CATEGORIES))
    modes = PLOVER_MODES[category]
    return Event(
        id=_fresh_id(article, "e"),
        type=category,
        mode=draw(_maybe(modes)),
        trigger=draw(spans_in(text)),
        agents=draw(_subset(tuple(actor_ids))),
        targets=draw(_subset(tuple(actor_ids))),
        time=draw(_optional_span(text)),
        date=draw(st.none() | _DATES),
        location=draw(_optional_span(text)),
        factuality=draw(_FACTUALITY),
        statement=draw(_maybe(tuple(statement_ids))),
        confidence=draw(_CONFIDENCE),
    )


def provenances() -> st.SearchStrategy[Provenance]:
    """A :class:`Provenance` record."""
    name = st.sampled_from(("rules", "spacy", "stanza")) | _SHORT
    return st.builds(
        Provenance,
        engine=name,
        engine_version=st.sampled_from(("", "0.1.0", "3.8.18/en_core_web_sm-3.8.0")),
        extractors=st.lists(st.sampled_from(("actors", "statements", "denials", "events")) | _SHORT, max_size=5),
        newsmodel_version=st.sampled_from(("", "0.1.0")),
    )


def _with(article: Article, **updates: Any) -> Article:
    # intermediate, unvalidated: the finished Article is validated once, at the end
    return article.model_copy(update=updates)


def articles(
    *,
    text: st.SearchStrategy[str] | None = None,
    max_actors: int = 4,
    max_statements: int = 4,
    max_denials: int = 2,
    max_events: int = 4,
) -> st.SearchStrategy[Article]:
    """Fully valid :class:`Article` objects: spans match the text, ids are unique, references resolve.

    :param text: strategy for ``Article.text`` (default :func:`texts`).
    :param max_actors: and the other ``max_*``: upper bounds on each collection.
    """
    text_strategy = texts() if text is None else text
    return _articles(text_strategy, max_actors, max_statements, max_denials, max_events)


_PROVENANCES = provenances()
_ARTICLE_IDS = st.sampled_from(("article", "nyt-2025-06-24-001")) | _SHORT
_TITLES_ = st.none() | st.sampled_from(("Kremlin condemns strikes",)) | _SHORT
_SOURCES = st.none() | st.sampled_from(("Reuters", "AP"))
_URLS = st.none() | st.just("https://example.com/news/1")
_LANGUAGES = st.sampled_from(("en", "ru", "fr", "ar", "zh"))


@st.composite
def _articles(
    draw: st.DrawFn,
    text_strategy: st.SearchStrategy[str],
    max_actors: int,
    max_statements: int,
    max_denials: int,
    max_events: int,
) -> Article:
    body = draw(text_strategy)
    article = Article.model_construct(text=body, actors=[], statements=[], denials=[], events=[])
    n_actors = draw(_ints(0, max_actors))
    people = [draw(actors(body, id=f"a{k}")) for k in range(1, n_actors + 1)]
    ids = [a.id for a in people]
    for k, a in enumerate(people):
        others = [i for i in ids if i != a.id]
        if others:
            aff = draw(_maybe(tuple(others)))
            if aff is not None:
                people[k] = a.model_copy(update={"affiliation": aff})
    article = _with(article, actors=people)
    if body:
        for collection, strategy, most in (
            ("statements", statements, max_statements),
            ("denials", denials, max_denials),
            ("events", events, max_events),
        ):
            for _ in range(draw(_ints(0, most))):
                item = draw(strategy(article))
                article = _with(article, **{collection: [*getattr(article, collection), item]})
    return Article(
        id=draw(_ARTICLE_IDS),
        text=body,
        title=draw(_TITLES_),
        source=draw(_SOURCES),
        url=draw(_URLS),
        published=draw(_OPT_DATES),
        language=draw(_LANGUAGES),
        actors=article.actors,
        statements=article.statements,
        denials=article.denials,
        events=article.events,
        provenance=draw(_PROVENANCES),
    )


# -- st.from_type ---------------------------------------------------------------
def _nonempty_article() -> st.SearchStrategy[Article]:
    return articles(text=texts(min_size=1))


def register_type_strategies() -> None:
    """Make ``st.from_type(Article)`` (and the other models) use these strategies.

    Called by the ``hypothesis`` entry point when hypothesis is imported, and
    again (harmlessly) when this module is imported.
    """
    st.register_type_strategy(Span, texts(min_size=1).flatmap(spans_in))
    st.register_type_strategy(Actor, texts().flatmap(actors))
    st.register_type_strategy(Statement, _nonempty_article().flatmap(statements))
    st.register_type_strategy(Denial, _nonempty_article().flatmap(denials))
    st.register_type_strategy(Event, _nonempty_article().flatmap(events))
    st.register_type_strategy(Provenance, provenances())
    st.register_type_strategy(Article, articles())


register_type_strategies()
