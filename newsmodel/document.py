"""The engine-neutral annotated document.

Every engine (rules, spaCy, stanza, a user's own) turns a text into an
:class:`AnnotatedDocument`; every extractor reads only this. That is what
makes engines swappable: two engines that produce the same document produce
the same Article.

Like spaCy's ``Doc`` there is one text and everything else is offsets into
it.  The classes are plain frozen dataclasses with slots: they are created in
hot loops by the engines, and validation happens once, in
:meth:`AnnotatedDocument.check`, not per token.

Conventions engines must follow
-------------------------------
* ``Token.start``/``Token.end`` are character offsets into ``text`` (end
  exclusive) and ``text[start:end] == Token.text``.  Words of a multi-word
  token (stanza's MWT) share the offsets of their parent token.
* ``Token.head`` is the document-level index of the head token, or ``None``
  for a sentence root or when the engine gives no parse.
* ``Token.dep`` is a Universal Dependencies relation in lower case
  (``nsubj``, ``obj``, ``ccomp``, ``nmod:poss``...), ``"root"`` for roots and
  ``""`` when there is no parse.
* ``Token.pos`` is a UD UPOS tag (``NOUN``, ``PROPN``, ``VERB``...).
* ``Entity.label`` uses OntoNotes names (``PERSON``, ``ORG``, ``GPE``,
  ``NORP``, ``LOC``, ``DATE``...), which is what spaCy and stanza emit for
  English.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from operator import attrgetter, is_

__all__ = [
    "new_token", "new_tokens", "new_unparsed_tokens", "new_sentences", "new_entities",
    "Token", "Sentence", "Entity", "CorefChain", "AnnotatedDocument", "DocumentError",
]


_lemma_of = attrgetter("lemma")


class DocumentError(ValueError):
    """An engine produced an annotated document that breaks the conventions."""


@dataclass(frozen=True, slots=True)
class Token:
    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    sent: int
    head: int | None = None
    dep: str = ""
    tag: str = ""
    space_after: bool = True


class _TokenDraft:
    """A mutable twin of :class:`Token` (same slots, same layout) used only inside :func:`new_token`."""

    __slots__ = Token.__slots__  # type: ignore[attr-defined]


_new = object.__new__


def new_token(
    i: int, text: str, start: int, end: int, lemma: str, pos: str, sent: int,
    head: int | None, dep: str, tag: str, space_after: bool,
) -> Token:
    """``Token(i, text, ..., space_after)``, all eleven fields given in order, built faster.

    A frozen dataclass's ``__init__`` goes through ``object.__setattr__`` for
    each field; engines build one token per word.  Here the fields are stored
    on a :class:`_TokenDraft`, whose plain attribute stores the interpreter
    specialises, and the finished object then becomes a ``Token`` (the two
    classes have the same slots, so Python allows the ``__class__`` switch).
    About 40% less time per token than setting the frozen slots one by one.
    The result is an ordinary :class:`Token`: equal to, and hashing like,
    one built the usual way.
    """
    t = _new(_TokenDraft)
    t.i = i
    t.text = text
    t.start = start
    t.end = end
    t.lemma = lemma
    t.pos = pos
    t.sent = sent
    t.head = head
    t.dep = dep
    t.tag = tag
    t.space_after = space_after
    t.__class__ = Token  # type: ignore[assignment]
    return t  # type: ignore[return-value]


def new_unparsed_tokens(
    texts: list[str], starts: list[int], ends: list[int], lemmas: list[str], pos: list[str],
    sents: list[int], space_after: list[bool],
) -> list[Token]:
    """The tokens of a document without a parse (``head=None``, ``dep=""``, ``tag=""``), given by columns.

    :func:`new_tokens` with empty parse columns, in a loop of its own that stores the three
    constants instead of zipping three lists of them (a tenth less time per token).
    """
    tokens: list[Token] = []
    append = tokens.append
    draft, token_class = _TokenDraft, Token
    k = 0
    for text, start, end, lemma, p, sent, space in zip(texts, starts, ends, lemmas, pos, sents, space_after):
        t = _new(draft)
        t.i = k
        k += 1
        t.text = text
        t.start = start
        t.end = end
        t.lemma = lemma
        t.pos = p
        t.sent = sent
        t.head = None
        t.dep = ""
        t.tag = ""
        t.space_after = space
        t.__class__ = token_class
        append(t)  # type: ignore[arg-type]
    return tokens


def new_tokens(
    texts: list[str], starts: list[int], ends: list[int], lemmas: list[str], pos: list[str], sents: list[int],
    heads: list[int | None], deps: list[str], tags: list[str], space_after: list[bool],
) -> list[Token]:
    """The tokens of a document given by columns, one list per field after ``i``.

    :func:`new_token` for a whole document at once, without a function call
    per token; token ``k`` gets index ``k`` and the ``k``-th item of each
    list.  (Filling one field of every token at a time, with ``map`` over
    the slot descriptors, took twice as long.)
    """
    tokens: list[Token] = []
    append = tokens.append
    draft, token_class = _TokenDraft, Token
    k = 0  # counted by hand: ``enumerate`` around the ``zip`` costs a second tuple per token
    for text, start, end, lemma, p, sent, head, dep, tag, space in zip(
        texts, starts, ends, lemmas, pos, sents, heads, deps, tags, space_after
    ):
        t = _new(draft)
        t.i = k
        k += 1
        t.text = text
        t.start = start
        t.end = end
        t.lemma = lemma
        t.pos = p
        t.sent = sent
        t.head = head
        t.dep = dep
        t.tag = tag
        t.space_after = space
        t.__class__ = token_class
        append(t)  # type: ignore[arg-type]
    return tokens


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: character span plus the half-open token range it covers."""

    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention: character span, label and token range."""

    start: int
    end: int
    label: str
    token_start: int
    token_end: int


class _SentenceDraft:
    """A mutable twin of :class:`Sentence`, used only inside :func:`new_sentences` (see :class:`_TokenDraft`)."""

    __slots__ = Sentence.__slots__  # type: ignore[attr-defined]


class _EntityDraft:
    """A mutable twin of :class:`Entity`, used only inside :func:`new_entities` (see :class:`_TokenDraft`)."""

    __slots__ = Entity.__slots__  # type: ignore[attr-defined]


def new_sentences(bounds: list[tuple[int, int]], starts: list[int], ends: list[int]) -> list[Sentence]:
    """One :class:`Sentence` per half-open token range ``(a, b)`` of ``bounds``, its character span
    running from ``starts[a]`` to ``ends[b - 1]`` (the token offsets); every range must hold a token.

    ``[Sentence(starts[a], ends[b - 1], a, b) for a, b in bounds]``, built as :func:`new_tokens`
    builds tokens: a frozen dataclass's ``__init__`` stores each field through
    ``object.__setattr__``, which takes about three times as long as these plain slot stores.
    """
    out: list[Sentence] = []
    append = out.append
    draft, cls = _SentenceDraft, Sentence
    for a, b in bounds:
        s = _new(draft)
        s.start = starts[a]
        s.end = ends[b - 1]
        s.token_start = a
        s.token_end = b
        s.__class__ = cls
        append(s)  # type: ignore[arg-type]
    return out


def new_entities(spans: list[tuple[int, int, str]], starts: list[int], ends: list[int]) -> list[Entity]:
    """One :class:`Entity` per ``(a, b, label)`` of ``spans`` (a half-open token range that holds a
    token, and its label), its character span running from ``starts[a]`` to ``ends[b - 1]``.

    ``[Entity(starts[a], ends[b - 1], label, a, b) for a, b, label in spans]``, built as
    :func:`new_sentences` builds sentences (about a third of the time).
    """
    out: list[Entity] = []
    append = out.append
    draft, cls = _EntityDraft, Entity
    for a, b, label in spans:
        e = _new(draft)
        e.start = starts[a]
        e.end = ends[b - 1]
        e.label = label
        e.token_start = a
        e.token_end = b
        e.__class__ = cls
        append(e)  # type: ignore[arg-type]
    return out


@dataclass(frozen=True, slots=True)
class CorefChain:
    """Mentions (character spans) that refer to one entity.

    ``representative`` indexes the most informative mention, usually the
    first proper name.
    """

    mentions: tuple[tuple[int, int], ...]
    representative: int = 0


@dataclass(eq=True)
class AnnotatedDocument:
    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    chains: list[CorefChain] = field(default_factory=list)
    engine: str = ""
    engine_version: str = ""
    #: True when ``Token.head``/``Token.dep`` carry a real dependency parse.
    has_parse: bool = False
    _kids: list[list[Token]] | None = field(default=None, init=False, repr=False, compare=False)
    _token_starts: tuple[list[Token], int, list[int]] | None = field(default=None, init=False, repr=False, compare=False)
    _sent_ents: list[list[Entity]] | None = field(default=None, init=False, repr=False, compare=False)
    _token_ents: dict[int, list[Entity]] | None = field(default=None, init=False, repr=False, compare=False)
    _lowered: tuple[list[Token], int, list[str]] | None = field(default=None, init=False, repr=False, compare=False)
    _lowered_lemmas: tuple[list[Token], int, list[str]] | None = field(default=None, init=False, repr=False, compare=False)
    #: Set by :meth:`_valid_as_built`: the document's outline when its builder vouched for it.
    _as_built: tuple | None = field(default=None, init=False, repr=False, compare=False)  # type: ignore[type-arg]

    # -- navigation helpers -------------------------------------------------
    def sentence_tokens(self, s: int | Sentence) -> list[Token]:
        sent = self.sentences[s] if isinstance(s, int) else s
        return self.tokens[sent.token_start : sent.token_end]

    def children(self, i: int) -> list[Token]:
        return self._children[i]

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def token_starts(self) -> list[int]:
        """``[t.start for t in tokens]``, made once per document (a list to read, not to change).

        The index of :meth:`token_at`, shared with the rules that place
        character spans among the tokens by bisection.
        """
        return self._starts

    def token_at(self, offset: int) -> Token | None:
        """Token that covers character ``offset`` (or ``None``).

        About 300 calls a text on the rules engine: the index's validity test of :attr:`_starts`
        is made here inline (the property call cost about as much as the bisection) and the
        token found is read once.
        """
        tokens, cached = self.tokens, self._token_starts
        starts = cached[2] if cached is not None and cached[0] is tokens and cached[1] == len(tokens) else self._starts
        idx = bisect_right(starts, offset) - 1
        if idx >= 0:
            t = tokens[idx]
            if t.start <= offset < t.end:
                return t
        return None

    def entities_in_sentence(self, s: int) -> list[Entity]:
        """Entities whose first token is in sentence ``s``, in document order.

        Indexed once per document, so rules that look for an entity near a
        token read one sentence's entities, not the whole document's.
        """
        if self._sent_ents is None:
            by_sent: list[list[Entity]] = [[] for _ in self.sentences]
            for e in self.entities:
                k = self.tokens[e.token_start].sent
                if 0 <= k < len(by_sent):
                    by_sent[k].append(e)
            self._sent_ents = by_sent
        return self._sent_ents[s] if 0 <= s < len(self._sent_ents) else []

    def entities_at(self, i: int) -> list[Entity]:
        """Entities that cover token ``i``, in document order (indexed once per document)."""
        if self._token_ents is None:
            by_token: dict[int, list[Entity]] = {}
            for e in self.entities:
                for k in range(e.token_start, e.token_end):
                    by_token.setdefault(k, []).append(e)
            self._token_ents = by_token
        return self._token_ents.get(i, [])

    def lowered_texts(self) -> list[str]:
        """``[t.text.lower() for t in tokens]``, made once per document (a list to read, not to change).

        Several extractors test every token's lower-case text against their
        word lists; this shares one pass among them.
        """
        tokens, cached = self.tokens, self._lowered
        # made again if the token list was replaced or grown since (as the other indexes, it
        # assumes tokens are not swapped in place once extractors read them)
        if cached is None or cached[0] is not tokens or cached[1] != len(tokens):
            cached = self._lowered = (tokens, len(tokens), [t.text.lower() for t in tokens])
        return cached[2]

    def lowered_lemmas(self) -> list[str]:
        """``[t.lemma.lower() for t in tokens]``, made once per document (a list to read, not to change).

        The event rules test lemmas against their word lists many times per
        token (trigger words, CAMEO pattern words, sport words); a slice of
        this list answers such a test with one set operation.
        """
        tokens, cached = self.tokens, self._lowered_lemmas
        if cached is None or cached[0] is not tokens or cached[1] != len(tokens):
            cached = self._lowered_lemmas = (tokens, len(tokens), list(map(str.lower, map(_lemma_of, tokens))))
        return cached[2]

    def _set_lowered_texts(self, lowered: list[str]) -> None:
        """Give :meth:`lowered_texts` its list ready made: ``lowered[k]`` must be ``tokens[k].text.lower()``.

        For an engine that has lower-cased every word already (the rules
        tagger keeps one lower-case string per distinct word), so that the
        extractors do not lower-case every token again.
        """
        self._lowered = (self.tokens, len(self.tokens), lowered)

    def _set_lowered_lemmas(self, lowered: list[str]) -> None:
        """Give :meth:`lowered_lemmas` its list ready made: ``lowered[k]`` must be ``tokens[k].lemma.lower()``
        (see :meth:`_set_lowered_texts`; the rules tagger keeps one lower-case lemma per distinct word)."""
        self._lowered_lemmas = (self.tokens, len(self.tokens), lowered)

    def _set_token_starts(self, starts: list[int]) -> None:
        """Give :meth:`token_at` its index ready made: ``starts[k]`` must be ``tokens[k].start`` (an
        engine that built the tokens from a list of offsets has it; see :meth:`_set_lowered_texts`)."""
        self._token_starts = (self.tokens, len(self.tokens), starts)

    @property
    def _starts(self) -> list[int]:
        """The tokens' start offsets, made once per document (again if the token list was replaced or grown)."""
        tokens, cached = self.tokens, self._token_starts
        if cached is None or cached[0] is not tokens or cached[1] != len(tokens):
            cached = self._token_starts = (tokens, len(tokens), [t.start for t in tokens])
        return cached[2]

    @property
    def _children(self) -> list[list[Token]]:
        if self._kids is None:
            kids: list[list[Token]] = [[] for _ in self.tokens]
            for t in self.tokens:
                if t.head is not None and t.head != t.i:
                    kids[t.head].append(t)
            self._kids = kids
        return self._kids

    # -- validation ---------------------------------------------------------
    def check(self) -> "AnnotatedDocument":
        """Raise :class:`DocumentError` if the document breaks a convention.

        Called by the pipeline on every engine's output, so a faulty engine
        is caught where the fault is, not later as a confusing span error.
        A quick pass (:meth:`_tokens_and_sentences_pass`) answers yes or no;
        only a document it rejects goes through :meth:`_check_one_by_one`,
        which names the first fault.  A document the built-in engine vouched
        for (:meth:`_valid_as_built`) and that is still as built is not read
        again.
        """
        if self._as_built is not None and self._still_as_built():
            return self
        if not self._tokens_and_sentences_pass():
            return self._check_one_by_one()
        self._check_entities_and_chains()
        return self

    def _outline(self) -> tuple:  # type: ignore[type-arg]
        return (self.text, self.tokens, self.sentences, self.entities, self.chains,
                len(self.tokens), len(self.sentences), len(self.entities), len(self.chains))

    def _valid_as_built(self) -> "AnnotatedDocument":
        """Vouch that this document meets the conventions by construction; for the built-in engines.

        The ``rules`` engine takes every offset from its tokenizer and every
        range from its own sentence and entity passes, and the test suite
        runs the full check on its output (a copy made with
        ``dataclasses.replace`` carries no vouching).  :meth:`check` on a
        vouched document only confirms that it is still the one built --
        the same text and lists, of the same lengths -- instead of reading
        every token again (about 6% of the engine's time).
        """
        self._as_built = self._outline()
        return self

    def _still_as_built(self) -> bool:
        built, now = self._as_built, self._outline()
        return all(map(is_, built[:5], now[:5])) and built[5:] == now[5:]  # type: ignore[index]

    def _tokens_and_sentences_pass(self) -> bool:
        """True when the tokens and sentences meet every convention :meth:`_check_one_by_one` tests.

        Half the time of that method on a valid document: one comparison
        chain per token, with the loop's invariants read once, and the
        "token says its sentence" test reduced to the first and last token
        of each sentence.  That reduction needs the tokens' sentence numbers
        to never decrease, which every valid document meets (the sentences
        are contiguous and in order), so it is tested here too.
        """
        text, tokens, sentences = self.text, self.tokens, self.sentences
        length, n, n_sents = len(text), len(tokens), max(len(sentences), 1)
        prev_start = prev_sent = 0
        try:
            for k, t in enumerate(tokens):
                start, end, head, sent = t.start, t.end, t.head, t.sent
                if (
                    t.i != k
                    or not (prev_start <= start < end <= length)
                    or text[start:end] != t.text
                    or (head is not None and not (0 <= head < n))
                    or not (prev_sent <= sent < n_sents)
                ):
                    return False
                prev_start, prev_sent = start, sent
            expected = 0
            for k, s in enumerate(sentences):
                a, b = s.token_start, s.token_end
                if a != expected or b < a or not (0 <= s.start <= s.end <= length):
                    return False
                if b > a and (tokens[a].sent != k or tokens[b - 1].sent != k):
                    return False
                expected = b
            return not sentences or expected == n
        except Exception:  # odd field values: let the one-by-one check raise what it raises
            return False

    def _check_one_by_one(self) -> "AnnotatedDocument":
        """Every convention, one token, sentence and entity at a time, raising at the first fault."""
        text = self.text
        n = len(self.tokens)
        prev_start = -1
        for k, t in enumerate(self.tokens):
            if t.i != k:
                raise DocumentError(f"token {k} has index {t.i}")
            if not (0 <= t.start < t.end <= len(text)):
                raise DocumentError(f"token {k} offsets {t.start}:{t.end} outside text of length {len(text)}")
            if text[t.start : t.end] != t.text:
                raise DocumentError(f"token {k} text {t.text!r} != text[{t.start}:{t.end}] {text[t.start:t.end]!r}")
            if t.start < prev_start:
                raise DocumentError(f"token {k} starts before the previous token")
            prev_start = t.start
            if t.head is not None and not (0 <= t.head < n):
                raise DocumentError(f"token {k} head {t.head} out of range")
            if not (0 <= t.sent < max(len(self.sentences), 1)):
                raise DocumentError(f"token {k} sentence {t.sent} out of range")
        expected = 0
        for k, s in enumerate(self.sentences):
            if s.token_start != expected or s.token_end < s.token_start:
                raise DocumentError(f"sentence {k} token range {s.token_start}:{s.token_end} is not contiguous")
            expected = s.token_end
            if not (0 <= s.start <= s.end <= len(text)):
                raise DocumentError(f"sentence {k} offsets {s.start}:{s.end} outside text")
            for t in self.tokens[s.token_start : s.token_end]:
                if t.sent != k:
                    raise DocumentError(f"token {t.i} is in sentence {k} but says {t.sent}")
        if self.sentences and expected != n:
            raise DocumentError("sentences do not cover every token")
        self._check_entities_and_chains()
        return self

    def _check_entities_and_chains(self) -> None:
        text, n = self.text, len(self.tokens)
        for k, e in enumerate(self.entities):
            if not (0 <= e.start < e.end <= len(text)):
                raise DocumentError(f"entity {k} offsets {e.start}:{e.end} outside text")
            if not (0 <= e.token_start < e.token_end <= n):
                raise DocumentError(f"entity {k} token range {e.token_start}:{e.token_end} out of range")
        for k, c in enumerate(self.chains):
            for a, b in c.mentions:
                if not (0 <= a < b <= len(text)):
                    raise DocumentError(f"coreference chain {k} mention {a}:{b} outside text")
            if c.mentions and not (0 <= c.representative < len(c.mentions)):
                raise DocumentError(f"coreference chain {k} representative out of range")
