"""The mutable Article-in-progress that extractors fill in.

Extractors run one after another on the same :class:`Draft`; the final
:class:`~newsmodel.Article` is built (and validated) once, at the end, by
:meth:`Draft.build`.  The draft hands out ids and spans so that extractors
never format ids or slice text by hand, and it owns the actors and their
mentions: every extractor -- built-in or from a plugin -- creates an actor
through :meth:`Draft.add_actor` or :meth:`Draft.actor_named` and records a
mention with :meth:`Draft.add_mention`, and asks "which actor is this?"
with :meth:`Draft.actor_at`.  Nothing passes between extractors except
through these methods.

Actors are kept as working state -- validated fields and a growing list of
mention offsets -- and each frozen :class:`~newsmodel.Actor` is made when
it is read (``draft.actor``, ``draft.actors``) and once more in
:meth:`Draft.build` if it changed since.  Extractors that only need an
actor's name, kind or code read :meth:`Draft.actor_fields`, which makes
nothing.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import operator
from collections import defaultdict
from collections.abc import MutableSequence
from typing import TYPE_CHECKING, Annotated, Any, Iterable, get_args

from pydantic import BaseModel, TypeAdapter, ValidationError

from .document import AnnotatedDocument
from .schema import Actor, ActorKind, Article, Denial, Event, Provenance, Span, Statement

if TYPE_CHECKING:
    from .extractors.attribution import Context

__all__ = ["Draft", "Mention"]

_PREFIX = {"actor": "a", "statement": "s", "denial": "d", "event": "e"}

_ACTOR_FIELDS = frozenset(Actor.model_fields)
# the setters of the four attributes every pydantic model instance has (``__dict__`` and
# three slots of ``BaseModel``), called directly: a quarter faster per span than
# ``object.__setattr__``, which looks each one up by name first
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def _made(cls: type[Any], values: dict[str, Any], fields_set: set[str]) -> Any:
    """A frozen model from values the draft has already checked, as pydantic's ``model_construct`` makes
    one (the same four attributes) without its per-field Python loop.

    Only for values valid by construction: a span the draft cut from its own
    text, an actor whose fields were validated and whose mentions are such
    spans.  Everything else goes through validation, and ``Article``
    validates the cross-cutting invariants once, in :meth:`Draft.build`.
    """
    m = cls.__new__(cls)
    _set_dict(m, values)
    _set_fields_set(m, fields_set)
    _set_extra(m, None)
    _set_private(m, None)
    return m


class _FieldsSet(set):  # type: ignore[type-arg]
    """One fields set shared by every span the draft makes (all three fields given).

    pydantic keeps a set of the fields given per model instance; one per span
    was one more object for the garbage collector to track for each of the
    ~90 mentions per article.  A ``set`` (pydantic-core's serializer reads it
    as one for ``exclude_unset``) that refuses changes in place, so no span
    can change another's; a copy is a plain ``set``, so ``model_copy(update=...)``
    adds to its own, and it pickles as a plain ``set``.
    """

    __slots__ = ()

    def _frozen(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("the fields set of a span made by the draft is shared: copy it to change it")

    add = discard = remove = pop = clear = update = _frozen  # type: ignore[assignment]
    difference_update = intersection_update = symmetric_difference_update = _frozen  # type: ignore[assignment]
    __ior__ = __iand__ = __isub__ = __ixor__ = _frozen  # type: ignore[assignment]

    def __copy__(self) -> set[str]:
        return set(self)

    def __deepcopy__(self, memo: Any) -> set[str]:
        return set(self)

    def __reduce__(self) -> Any:
        return (set, (list(self),))


_SPAN_FIELDS = _FieldsSet(("start", "end", "text"))


def _span(text: str, start: int, end: int) -> Span:
    """``Span.of(text, start, end)`` for offsets known to satisfy 0 <= start < end <= len(text)."""
    return _made(Span, {"start": start, "end": end, "text": text[start:end]}, _SPAN_FIELDS)


_NAME_AND_KIND = frozenset(("name", "kind"))
_ACTOR_KINDS = frozenset(get_args(ActorKind))
_NAMED_FIELDS = frozenset(("id", "name", "kind"))


def _valid_as_given(name: Any, kind: Any) -> bool:
    """A name and a kind ``Actor`` would take unchanged: a non-empty plain ``str`` and one of the kinds.

    Anything else (an empty name, an unknown kind, a ``str`` subclass) goes
    through ``Actor``, which checks it and raises its usual error.
    """
    return type(name) is str and name != "" and type(kind) is str and kind in _ACTOR_KINDS


def _named_actor(actor_id: str, name: str, kind: str) -> Actor:
    """``Actor(id=actor_id, name=name, kind=kind)`` for values :func:`_valid_as_given` passed, without validation.

    Most actors are made from a name and a kind alone (``actor_named``, about
    40 an article); validating each cost more than the rest of ``add_actor``.
    The id is the draft's own (``a1``, ...); the other fields are their
    defaults, in the model's field order, and the fields set is the three
    given, all as pydantic sets them (``tests/test_draft_speed.py`` compares).
    """
    return _made(
        Actor,
        {"id": actor_id, "name": name, "kind": kind, "aliases": (), "titles": (), "affiliation": None,
         "mentions": (), "wikidata": None, "code": None},
        set(_NAMED_FIELDS),
    )


@functools.lru_cache(maxsize=None)
def _field_validator(name: str) -> Any:
    """pydantic-core's validator for one Actor field, with its constraints (``code``'s pattern, ...)."""
    info = Actor.model_fields[name]
    return TypeAdapter(Annotated[info.annotation, info]).validator


def _changed(fields: Actor, changes: dict[str, Any]) -> Actor:
    """``Actor.model_validate({**fields.__dict__, **changes})`` for an actor whose ``fields`` are valid.

    An Actor's fields are checked one by one (it has no check across them), so
    only the changed ones are validated, each by its own field's validator --
    about a fifth of validating the whole actor again.  Any value a field
    refuses, or a name that is no field, goes through the whole model, which
    raises its usual ValidationError (``loc`` the field, title ``Actor``).
    """
    values = dict(fields.__dict__)
    try:
        for name, value in changes.items():
            values[name] = _field_validator(name).validate_python(value)
    except (KeyError, ValidationError):
        return Actor.model_validate({**fields.__dict__, **changes})
    return _made(Actor, values, set(values))


#: A mention as the draft indexes it: ``(start, end, actor_id)``.
Mention = tuple[int, int, str]
_end_of = operator.itemgetter(1)


class _MentionIndex:
    """Sorted (start, end, actor_id) triples for fast lookups by offset.

    ``items`` are the triples in order; ``_starts`` repeats their start
    offsets as plain ints, so the lookups bisect on ints (one C comparison a
    step) instead of on triples, and make no tuple to search for.  Every
    mention ends after it starts (``end`` >= 1), so the first triple at or
    after ``(x, 0, "")`` is the first whose start is at or after ``x``.
    """

    def __init__(self) -> None:
        self.items: list[Mention] = []
        self._starts: list[int] = []
        self._longest = 0  # the longest mention so far, in characters

    def add(self, start: int, end: int, actor_id: str) -> Mention:
        """Index the mention; returns its triple (the draft's change log keeps the same object)."""
        item = (start, end, actor_id)
        starts = self._starts
        k = bisect.bisect_right(starts, start)
        j = bisect.bisect_left(starts, start, 0, k)
        if j < k:  # mentions with the same start: order by (end, actor_id), as bisect.insort on the triples
            k = bisect.bisect_right(self.items, item, j, k)
        self.items.insert(k, item)
        starts.insert(k, start)
        if end - start > self._longest:
            self._longest = end - start
        return item

    def at(self, start: int, end: int) -> str | None:
        starts = self._starts
        # mentions starting more than 200 characters back are not considered;
        # and none starting further back than the longest mention can overlap;
        # none starting at or after ``end`` can either
        lo = bisect.bisect_left(starts, start - min(200, self._longest))
        hi = bisect.bisect_left(starts, end, lo)
        best, best_overlap = None, 0
        items = self.items
        for k in range(lo, hi):
            s, e, a = items[k]
            overlap = (end if end < e else e) - (start if start > s else s)  # min/max of two ints, without the calls
            if overlap > best_overlap:
                best, best_overlap = a, overlap
        return best

    def between(self, start: int, end: int) -> list[Mention]:
        items = self.items
        out = []
        for k in range(bisect.bisect_left(self._starts, start), len(items)):
            item = items[k]
            if item[0] >= end:
                break
            if item[1] <= end:
                out.append(item)
        return out

    def drop(self, actor_ids: set[str]) -> None:
        """Forget every mention of these actors."""
        kept = [m for m in self.items if m[2] not in actor_ids]
        if len(kept) != len(self.items):
            self.items = kept
            self._starts = [m[0] for m in kept]

    def before(self, offset: int, *, limit: int) -> list[Mention]:
        # only mentions starting in limit..offset can qualify: read just those
        lo = bisect.bisect_left(self._starts, limit)
        hi = bisect.bisect_left(self._starts, offset)
        out = [m for m in self.items[lo:hi] if m[1] <= offset and m[0] >= limit]
        # nearest end first; ``reverse`` keeps equal ends in text order, as the key ``-end`` did,
        # and the C key getter costs no Python call per mention (the pronoun resolver asks per pronoun)
        return sorted(out, key=_end_of, reverse=True)


class _Entry:
    """One actor's working state in the draft.

    ``fields`` is the validated Actor without its mentions; ``mentions`` are
    ``(start, end, span)`` triples (``span`` None until made), appended as
    they come.  The frozen :class:`Actor` with every mention is made only
    when asked for (``model``, kept until the actor changes): copying the
    frozen actor on every added mention made extraction quadratic in the
    number of mentions of one actor.
    """

    __slots__ = ("fields", "mentions", "keys", "model", "unsorted")

    def __init__(self, actor: Actor) -> None:
        if not isinstance(actor, Actor):  # put in by hand as data
            actor = Actor.model_validate(actor)
        self.fields = actor.model_copy(update={"mentions": ()}) if actor.mentions else actor
        self.mentions: list[tuple[int, int, Span | None]] = [(m.start, m.end, m) for m in actor.mentions] if actor.mentions else []
        self.keys: set[tuple[int, int]] | None = None  # (start, end) of each mention, made at the first add
        self.model: Actor | None = actor
        # mentions given with the actor keep their order until one is added;
        # then they are kept in text order, ties in the order they came
        self.unsorted = False


def _first(mention: tuple[int, int, Span | None]) -> int:
    return mention[0]


class _ActorList(MutableSequence):  # type: ignore[type-arg]
    """``Draft.actors``: the actors as frozen :class:`Actor` models, in the order they were added.

    Reading an item builds that actor with its mentions (once per change);
    assigning one (a changed copy, as plugins may) replaces the actor.
    """

    def __init__(self, draft: "Draft") -> None:
        self._draft = draft

    def __len__(self) -> int:
        return len(self._draft._entries)

    def __getitem__(self, i: Any) -> Any:
        d = self._draft
        if isinstance(i, slice):
            return [d._model(e) for e in d._entries[i]]
        return d._model(d._entries[i])

    def __setitem__(self, i: Any, value: Any) -> None:
        d = self._draft
        if isinstance(i, slice):
            d._entries[i] = [_Entry(a) for a in value]
        else:
            d._entries[i] = _Entry(value)
        d._reindex()

    def __delitem__(self, i: Any) -> None:
        del self._draft._entries[i]
        self._draft._reindex()

    def insert(self, i: int, value: Actor) -> None:
        self._draft._entries.insert(i, _Entry(value))
        self._draft._reindex()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _ActorList):
            other = list(other)
        return list(self) == other if isinstance(other, list) else NotImplemented

    def __repr__(self) -> str:
        return repr(list(self))


class Draft:
    def __init__(
        self,
        doc: AnnotatedDocument,
        *,
        id: str = "article",
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: _dt.date | None = None,
        language: str = "en",
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.meta: dict[str, Any] = dict(
            id=id, title=title, source=source, url=url, published=published, language=language
        )
        self.statements: list[Statement] = []
        self.denials: list[Denial] = []
        self.events: list[Event] = []
        self._counters: dict[str, int] = defaultdict(int)
        self._mentions = _MentionIndex()
        self._by_name: dict[str, str] = {}  # lower-cased actor name -> id of the first actor so named
        self._entries: list[_Entry] = []  # the actors, in order
        self._by_id: dict[str, _Entry] = {}  # id -> the first actor with that id
        self._context: Any = None  # the attribution Context, built at the first ``context`` read
        # what changed, for readers that keep counts over the actors and mentions (``changes_since``):
        # mentions added and ids of actors whose fields changed, both since the last re-index
        self._generation = 0
        self._mention_log: list[Mention] = []
        self._changed_ids: list[str] = []

    @property
    def published(self) -> _dt.date | None:
        return self.meta["published"]

    @property
    def context(self) -> "Context":
        """The document's attribution :class:`~newsmodel.extractors.attribution.Context`, shared by every extractor.

        Built at the first read and kept for the rest of the document: it
        holds what depends only on the text (where the quotes are) and asks
        the draft itself for actors and mentions, so every extractor -- built
        in or a plugin's -- sees the same quotes and the mentions added so
        far, and none pays to find the quotes again.
        """
        ctx = self._context
        if ctx is None:
            from .extractors.attribution import Context

            ctx = self._context = Context(self.doc, self)
        return ctx

    # -- helpers --------------------------------------------------------------
    def new_id(self, kind: str) -> str:
        self._counters[kind] += 1
        return f"{_PREFIX.get(kind, kind)}{self._counters[kind]}"

    def span(self, start: int, end: int, *, strip: bool = True) -> Span | None:
        """A :class:`Span` of the text, whitespace-trimmed; None if empty."""
        if strip:
            while start < end and self.text[start].isspace():
                start += 1
            while end > start and self.text[end - 1].isspace():
                end -= 1
        if end <= start:
            return None
        if type(start) is int and type(end) is int and 0 <= start and end <= len(self.text):
            return _span(self.text, start, end)  # valid by construction
        return Span(start=start, end=end, text=self.text[start:end])  # raises pydantic's ValidationError

    # -- actors ------------------------------------------------------------------
    @property
    def actors(self) -> _ActorList:
        """The actors so far, as frozen :class:`Actor` models with their mentions (a list-like view).

        Each item is built when read; extractors that only need an actor's
        name, kind or code read :meth:`actor_fields`, which costs nothing.
        """
        return _ActorList(self)

    @actors.setter
    def actors(self, actors: Iterable[Actor]) -> None:
        self._entries = [_Entry(a) for a in actors]
        self._reindex()

    @property
    def actor_ids(self) -> tuple[str, ...]:
        """The ids of the actors so far, in order."""
        return tuple(e.fields.id for e in self._entries)

    def _reindex(self) -> None:
        # actors replaced or removed: the change logs start again (``changes_since`` answers None)
        self._generation += 1
        self._mention_log = []
        self._changed_ids = []
        self._by_id = {}
        for e in self._entries:
            self._by_id.setdefault(e.fields.id, e)

    def _model(self, entry: _Entry) -> Actor:
        """The frozen actor with its mentions (made once per change)."""
        if entry.model is None:
            if entry.unsorted:
                entry.mentions.sort(key=_first)  # stable: ties stay in the order they came
                entry.unsorted = False
            spans = []
            mentions, text, new = entry.mentions, self.text, Span.__new__
            for k, (start, end, span) in enumerate(mentions):
                if span is None:  # offsets checked and trimmed by add_mention: _span, inline
                    span = new(Span)
                    _set_dict(span, {"start": start, "end": end, "text": text[start:end]})
                    _set_fields_set(span, _SPAN_FIELDS)
                    _set_extra(span, None)
                    _set_private(span, None)
                    mentions[k] = (start, end, span)
                spans.append(span)
            fields = entry.fields
            entry.model = _made(
                Actor, {**fields.__dict__, "mentions": tuple(spans)}, fields.__pydantic_fields_set__ | {"mentions"}
            )
        return entry.model

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id (with its mentions so far), or None."""
        entry = self._by_id.get(actor_id) if actor_id is not None else None
        return self._model(entry) if entry is not None else None

    def actor_fields(self, actor_id: str | None) -> Actor | None:
        """The actor with this id without its mentions (``mentions`` is empty), or None.

        Its name, kind, aliases, titles, affiliation, code and wikidata as they
        stand, at no cost: :meth:`actor` builds the mentions too.
        """
        entry = self._by_id.get(actor_id) if actor_id is not None else None
        return entry.fields if entry is not None else None

    def mention_offsets(self, actor_id: str | None) -> list[tuple[int, int]] | None:
        """The ``(start, end)`` of each mention of the actor, or None when there is no such actor.

        The offsets :meth:`actor` lists as ``mentions``, without building the
        frozen actor (a model and a span per mention): for a test that reads
        only where the mentions are, as the place checks run over every person
        actor do.  The order is the order they came in, not always the text's
        (:meth:`actor` sorts them), so it suits tests of "any" or "every" mention.
        """
        entry = self._by_id.get(actor_id) if actor_id is not None else None
        return [(m[0], m[1]) for m in entry.mentions] if entry is not None else None

    # -- actors and mentions ----------------------------------------------------
    def add_actor(self, **fields: Any) -> Actor:
        """A new actor (``Actor`` fields as keywords); its ``mentions`` are indexed."""
        if fields.keys() == _NAME_AND_KIND and _valid_as_given(fields["name"], fields["kind"]):
            actor = _named_actor(self.new_id("actor"), fields["name"], fields["kind"])
        else:
            actor = Actor(id=fields.pop("id", None) or self.new_id("actor"), **fields)
        entry = _Entry(actor)
        self._entries.append(entry)
        self._by_id.setdefault(actor.id, entry)
        self._by_name.setdefault(actor.name.lower(), actor.id)
        for m in actor.mentions:
            self._mention_log.append(self._mentions.add(m.start, m.end, actor.id))
        return actor

    def remove_actors(self, actor_ids: Iterable[str]) -> None:
        """Drop these actors and their mentions (ids not in the draft are ignored).

        For an extractor that made an actor while trying a reading it then
        rejected -- the statements pass makes a source noun an actor before it
        knows the statement will stand -- so that no actor nothing refers to
        reaches the Article. The remaining actors keep their ids.
        """
        drop = {a for a in actor_ids if a in self._by_id}
        if not drop:
            return
        self._entries = [e for e in self._entries if e.fields.id not in drop]
        self._reindex()
        self._by_name = {}
        for e in self._entries:
            self._by_name.setdefault(e.fields.name.lower(), e.fields.id)
        self._mentions.drop(drop)

    def actor_named(self, name: str, kind: str, **fields: Any) -> Actor:
        """The actor called ``name`` (case aside), created with ``kind`` and ``fields`` if there is none.

        The one way extractors get an actor by name, so that "Kremlin" found
        by the actor extractor and "the Kremlin" found as a source are one
        actor, and the first extractor to name an actor decides its kind.
        """
        return self.actor(self.actor_id_named(name, kind, **fields))  # type: ignore[return-value]

    def actor_id_named(self, name: str, kind: str, **fields: Any) -> str:
        """The id of :meth:`actor_named`'s actor, without building its mentions."""
        actor_id = self._by_name.get(name.lower())
        if actor_id is not None and actor_id in self._by_id:
            return actor_id
        return self.add_actor(name=name, kind=kind, **fields).id

    def update_actor(self, actor_id: str, **changes: Any) -> Actor:
        """Replace fields of an actor (``aliases=``, ``titles=``, ``affiliation=``, ``wikidata=`` ...).

        Actors are frozen like the rest of the schema; the draft swaps in a
        validated copy (invalid values raise pydantic's ``ValidationError``).
        Mentions go through :meth:`add_mention`, which indexes them.
        """
        self.update_actor_fields(actor_id, **changes)
        return self.actor(actor_id)  # type: ignore[return-value]

    def update_actor_fields(self, actor_id: str, **changes: Any) -> Actor:
        """:meth:`update_actor`, returning the changed :meth:`actor_fields` (no mentions built)."""
        entry = self._by_id.get(actor_id)
        if entry is None:
            raise KeyError(f"no actor {actor_id!r} in this draft")
        if "id" in changes or "mentions" in changes:
            raise ValueError("update_actor cannot change an actor's id or mentions (use add_mention)")
        fields = entry.fields
        for k, v in changes.items():  # (a loop, not ``all`` over a generator: most calls change one field)
            if k not in _ACTOR_FIELDS or type(v) is not type(getattr(fields, k)) or not v == getattr(fields, k):
                break
        else:
            return fields  # nothing changes (the value is already there, as validated)
        entry.fields = _changed(fields, changes)
        entry.model = None
        self._changed_ids.append(actor_id)
        return entry.fields

    def add_mention(self, actor_id: str, start: int, end: int) -> None:
        """Record that ``text[start:end]`` (whitespace-trimmed) mentions the actor, once."""
        text = self.text
        if type(start) is int and type(end) is int and 0 <= start and end <= len(text):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                return
        else:  # out of range or not plain ints: the Span's own checks decide (and raise)
            span = self.span(start, end)
            if span is None:
                return
            start, end = span.start, span.end
        entry = self._by_id.get(actor_id)
        if entry is None:
            return
        keys = entry.keys
        if keys is None:
            keys = entry.keys = {(m[0], m[1]) for m in entry.mentions}
        key = (start, end)
        if key in keys:
            return
        keys.add(key)
        entry.mentions.append((start, end, None))
        entry.unsorted = True
        entry.model = None
        self._mention_log.append(self._mentions.add(start, end, actor_id))

    def actor_at(self, start: int, end: int) -> str | None:
        """Id of the actor whose mention overlaps ``start:end`` the most, or None."""
        return self._mentions.at(start, end)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions inside ``start:end``, in text order, as ``(start, end, actor_id)``."""
        return self._mentions.between(start, end)

    def mentions_before(self, offset: int, *, limit: int) -> list[Mention]:
        """Mentions ending at or before ``offset`` and starting at or after ``limit``, nearest first."""
        return self._mentions.before(offset, limit=limit)

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every mention recorded so far, in text order."""
        return tuple(self._mentions.items)

    @property
    def mention_count(self) -> int:
        """How many mentions are recorded (``len(draft.mentions)`` without copying them)."""
        return len(self._mentions.items)

    def change_mark(self) -> tuple[int, int, int, int]:
        """Where the draft's change logs stand now, for a later :meth:`changes_since`."""
        return (self._generation, len(self._mention_log), len(self._entries), len(self._changed_ids))

    def changes_since(self, mark: tuple[int, int, int, int]) -> tuple[list[Mention], list[str], list[str]] | None:
        """What was added or changed since ``mark`` (:meth:`change_mark`): the mentions added,
        the ids of the actors added and of those whose fields changed (each in the order it came).

        For a reader that keeps counts over the actors and mentions (the pronoun
        resolver's gender votes) and brings them up to date from what changed, rather
        than reading every mention again each time some were added: that made the
        resolver's work grow with the square of the text.  None when actors were
        replaced or removed since the mark: then only reading everything again is right.
        """
        generation, mentions, actors, changed = mark
        if generation != self._generation:
            return None
        return (
            self._mention_log[mentions:],
            [e.fields.id for e in self._entries[actors:]],
            self._changed_ids[changed:],
        )

    # -- statements, denials, events -------------------------------------------------

    def add_statement(self, **fields: Any) -> Statement:
        st = Statement(id=fields.pop("id", None) or self.new_id("statement"), **fields)
        self.statements.append(st)
        return st

    def add_denial(self, **fields: Any) -> Denial:
        d = Denial(id=fields.pop("id", None) or self.new_id("denial"), **fields)
        self.denials.append(d)
        return d

    def add_event(self, **fields: Any) -> Event:
        e = Event(id=fields.pop("id", None) or self.new_id("event"), **fields)
        self.events.append(e)
        return e

    # -- result ---------------------------------------------------------------
    def build(self, provenance: Provenance) -> Article:
        """Validate everything once and return the finished Article."""
        # the shared Context and the draft refer to each other: let go of it here, so the
        # draft's working state is freed as soon as it goes out of use, not left for the
        # garbage collector (a later ``draft.context`` builds a new one)
        self._context = None
        return Article(
            text=self.text,
            actors=[self._model(e) for e in self._entries],
            statements=self.statements,
            denials=self.denials,
            events=self.events,
            provenance=provenance,
            **self.meta,
        )
