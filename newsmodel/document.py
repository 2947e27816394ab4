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

from dataclasses import dataclass, field

__all__ = ["new_token", "Token", "Sentence", "Entity", "CorefChain", "AnnotatedDocument", "DocumentError"]


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


_TOKEN_SLOTS = tuple(Token.__dict__[name].__set__ for name in Token.__slots__)  # type: ignore[attr-defined]
_new = object.__new__


def new_token(
    i: int, text: str, start: int, end: int, lemma: str, pos: str, sent: int,
    head: int | None, dep: str, tag: str, space_after: bool,
) -> Token:
    """``Token(i, text, ..., space_after)``, all eleven fields given in order, built faster.

    A frozen dataclass's ``__init__`` goes through ``object.__setattr__`` for
    each field; engines build one token per word, so this fills the slots
    directly (about a third less time per token).  The result is an ordinary
    :class:`Token`: equal to, and hashing like, one built the usual way.
    """
    t = _new(Token)
    si, st, ss, se, sl, sp, sn, sh, sd, sg, sa = _TOKEN_SLOTS
    si(t, i)
    st(t, text)
    ss(t, start)
    se(t, end)
    sl(t, lemma)
    sp(t, pos)
    sn(t, sent)
    sh(t, head)
    sd(t, dep)
    sg(t, tag)
    sa(t, space_after)
    return t


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
    _token_starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _sent_ents: list[list[Entity]] | None = field(default=None, init=False, repr=False, compare=False)
    _token_ents: dict[int, list[Entity]] | None = field(default=None, init=False, repr=False, compare=False)

    # -- navigation helpers -------------------------------------------------
    def sentence_tokens(self, s: int | Sentence) -> list[Token]:
        sent = self.sentences[s] if isinstance(s, int) else s
        return self.tokens[sent.token_start : sent.token_end]

    def children(self, i: int) -> list[Token]:
        return self._children[i]

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def token_at(self, offset: int) -> Token | None:
        """Token that covers character ``offset`` (or ``None``)."""
        import bisect

        idx = bisect.bisect_right(self._starts, offset) - 1
        if idx >= 0 and self.tokens[idx].start <= offset < self.tokens[idx].end:
            return self.tokens[idx]
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

    @property
    def _starts(self) -> list[int]:
        if self._token_starts is None:
            self._token_starts = [t.start for t in self.tokens]
        return self._token_starts

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
        """
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
        return self

