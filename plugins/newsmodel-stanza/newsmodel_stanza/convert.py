"""Convert a stanza ``Document`` into an engine-neutral :class:`newsmodel.AnnotatedDocument`.

:func:`doc_to_annotated` is a pure function: it reads the ``Document`` and
builds new objects.  It never loads a model and does not even import stanza
(it only reads attributes), so it works on documents from any stanza
pipeline and on documents built by hand or read from CoNLL-U.

Why each rule exists:

* **newsmodel tokens are stanza words.**  The dependency tree, the part of
  speech and the lemma belong to syntactic words, so one newsmodel token is
  made per ``Word`` and heads stay pointing at words.
* **Multi-word tokens (MWT)** such as English "cannot" (can + not) or French
  "du" (de + le).  Stanza gives character offsets to tokens; words only get
  their own offsets when the pipeline could split the token text into the
  word forms.  A word whose offsets are missing, or do not match the text,
  takes the offsets *and the surface text* of its parent token (the
  convention in :mod:`newsmodel.document`), so ``text[start:end] == text``
  always holds; its own form survives in ``lemma``.  When stanza did split
  the token ("cannot" -> "can" 3:6, "not" 6:9) those offsets are used,
  because they are more precise and match what a tokenizer such as spaCy's
  produces for the same text.
* **Heads are 1-based within the sentence** in stanza (0 is the root); they
  become document-level token indices, ``None`` for a root.  A head outside
  the sentence or on the word itself (a malformed document) is treated as a
  root rather than pointing into another sentence; a word labelled ``root``
  that does have a head is relabelled ``dep``, so that ``head is None`` and
  ``dep == "root"`` always go together.
* **Relations are already Universal Dependencies**, so they are only
  lower-cased; nothing is restructured (compare the spaCy converter, which
  has to turn ClearNLP trees into UD ones).
* **Entities are BIOES tags on tokens** (``token.ner``), decoded here rather
  than read from ``doc.ents``: ``ents`` is only filled when the document was
  built with its text, while the tags are always there.  An ``I-``/``E-`` tag
  with no open entity of the same type starts a new one, so a truncated or
  inconsistent tag sequence still gives sane spans.  CoNLL-03 style labels
  (``PER``) are renamed to OntoNotes (``PERSON``) with :data:`ENTITY_LABELS`;
  OntoNotes labels, which stanza's default English NER emits, pass through.
* **Coreference chains** (``doc.coref``, from stanza's ``coref`` processor)
  become :class:`newsmodel.CorefChain` character spans.  Mentions of zero
  anaphora (empty words, no surface text) are dropped; mentions are sorted by
  position and de-duplicated, and the representative is re-indexed.
* **Lemmas** are lower-cased except for proper nouns, like the spaCy
  converter, so that extractors comparing lemmas with their lexicons see the
  same thing whatever the engine ("I" -> "i", "The" -> "the").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Sequence

from newsmodel.document import AnnotatedDocument, CorefChain, Entity, Sentence, Token

if TYPE_CHECKING:  # pragma: no cover - typing only, stanza is imported lazily
    from stanza.models.common.doc import Document

__all__ = ["ENTITY_LABELS", "ConversionError", "decode_bioes", "doc_to_annotated"]

ENTITY_LABELS: dict[str, str] = {"PER": "PERSON"}
"""Entity labels renamed on the way in; every other label passes through.

newsmodel's extractors read OntoNotes names (``PERSON``, ``ORG``, ``GPE``...).
stanza's default English NER model is trained on OntoNotes already; the
CoNLL-03 models (``conll03`` package, and several other languages) say
``PER``/``LOC``/``ORG``/``MISC``, of which only ``PER`` has an OntoNotes
name that differs.
"""


class ConversionError(ValueError):
    """The stanza ``Document`` cannot be laid over its text (no text or no offsets)."""


def decode_bioes(tags: Sequence[str | None]) -> list[tuple[int, int, str]]:
    """Decode BIOES (or BIO) tags into ``(start, end, label)`` spans, ``end`` exclusive.

    ``None`` and ``"O"`` are outside.  ``B-``/``S-`` always start an entity;
    ``I-``/``E-`` continue the open entity when it has the same label and
    start a new one otherwise; ``E-``/``S-`` close it.  A tag without a known
    prefix is read as a single-token entity of that label, the most useful
    reading of a bare label.
    """
    spans: list[tuple[int, int, str]] = []
    open_start: int | None = None
    open_label = ""

    def close(end: int) -> None:
        nonlocal open_start
        if open_start is not None:
            spans.append((open_start, end, open_label))
        open_start = None

    for k, tag in enumerate(tags):
        if tag is None or tag == "O" or tag == "" or tag == "_":
            close(k)
            continue
        prefix, sep, label = tag.partition("-")
        if not sep or prefix not in ("B", "I", "E", "S") or not label:
            prefix, label = "S", tag
        if prefix in ("B", "S") or open_start is None or label != open_label:
            close(k)
            open_start, open_label = k, label
        if prefix in ("E", "S"):
            close(k + 1)
    close(len(tags))
    return spans


def _word_spans(token: Any, text: str) -> list[tuple[int, int]]:
    """Character span of each word of ``token`` (see the module notes on MWT)."""
    ps, pe = token.start_char, token.end_char
    if ps is None or pe is None:
        raise ConversionError(
            f"stanza token {token.text!r} has no character offsets; build the Document from text "
            "(stanza.Pipeline), with start_char/end_char in its dicts, or with "
            "CoNLL.conll2doc(..., reconstruct_text=True)"
        )
    ps, pe = int(ps), int(pe)
    if not (0 <= ps < pe <= len(text)):
        raise ConversionError(f"stanza token {token.text!r} offsets {ps}:{pe} are outside the text (length {len(text)})")
    words = token.words
    if len(words) > 1:
        own = [(w.start_char, w.end_char) for w in words]
        prev = ps
        ok = True
        for w, (s, e) in zip(words, own):
            if s is None or e is None or not (prev <= s < e <= pe) or text[s:e] != w.text:
                ok = False
                break
            prev = e
        if ok:
            return [(int(s), int(e)) for s, e in own]
    return [(ps, pe)] * max(len(words), 1)


def doc_to_annotated(
    doc: "Document",
    *,
    engine_version: str = "",
    has_parse: bool | None = None,
    engine: str = "stanza",
) -> AnnotatedDocument:
    """Convert a stanza ``Document`` to a :class:`newsmodel.AnnotatedDocument`.

    :param doc: a stanza ``Document`` with its text and character offsets
        (anything a ``stanza.Pipeline`` returns; see :class:`ConversionError`
        for hand-built ones).
    :param engine_version: recorded as the document's ``engine_version``.
    :param has_parse: whether heads and relations are a real dependency
        parse; by default, whether any word has a relation (a pipeline
        without ``depparse`` leaves them all empty).
    :param engine: recorded as the document's ``engine``.
    :raises ConversionError: the document has no text, or a token has no
        offsets or offsets outside the text.
    """
    text = doc.text
    if text is None:
        raise ConversionError("stanza Document has no text; pass text= or use CoNLL.conll2doc(..., reconstruct_text=True)")
    if has_parse is None:
        has_parse = any(w.deprel for s in doc.sentences for w in s.words)

    tokens: list[Token] = []
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    # per stanza sentence index: document index of its first word (None when skipped)
    sentence_base: list[int | None] = []

    for sent in doc.sentences:
        stanza_tokens = list(sent.tokens)
        if not any(t.words for t in stanza_tokens):
            sentence_base.append(None)
            continue
        base = len(tokens)
        sentence_base.append(base)
        sent_no = len(sentences)
        n_words = sum(len(t.words) for t in stanza_tokens)
        token_range: list[tuple[int, int]] = []  # stanza token -> [first, last] document token
        for st in stanza_tokens:
            first = len(tokens)
            for w, (s, e) in zip(st.words, _word_spans(st, text)):
                k = len(tokens)
                head: int | None = None
                dep = ""
                if has_parse:
                    h = w.head
                    if h is not None and 0 < int(h) <= n_words and base + int(h) - 1 != k:
                        head = base + int(h) - 1
                        dep = (w.deprel or "dep").lower()
                        if dep == "root":  # a "root" that has a head: keep the tree, name the relation honestly
                            dep = "dep"
                    else:
                        dep = "root"
                pos = w.upos or ""
                lemma = w.lemma or w.text or text[s:e]
                if pos != "PROPN":
                    lemma = lemma.lower()
                tokens.append(
                    Token(
                        i=k,
                        text=text[s:e],
                        start=s,
                        end=e,
                        lemma=lemma,
                        pos=pos,
                        sent=sent_no,
                        head=head,
                        dep=dep,
                        tag=w.xpos or "",
                        space_after=e < len(text) and text[e].isspace(),
                    )
                )
            token_range.append((first, len(tokens) - 1))
        span_tokens = tokens[base:]
        sentences.append(
            Sentence(
                start=min(t.start for t in span_tokens),
                end=max(t.end for t in span_tokens),
                token_start=base,
                token_end=len(tokens),
            )
        )
        for a, b, label in decode_bioes([st.ner for st in stanza_tokens]):
            first_tok, last_tok = tokens[token_range[a][0]], tokens[token_range[b - 1][1]]
            entities.append(
                Entity(
                    start=first_tok.start,
                    end=max(t.end for t in tokens[first_tok.i : last_tok.i + 1]),
                    label=ENTITY_LABELS.get(label, label),
                    token_start=first_tok.i,
                    token_end=last_tok.i + 1,
                )
            )

    chains = _chains(getattr(doc, "coref", None) or (), sentence_base, tokens)
    return AnnotatedDocument(
        text=text,
        tokens=tokens,
        sentences=sentences,
        entities=entities,
        chains=chains,
        engine=engine,
        engine_version=engine_version,
        has_parse=bool(has_parse),
    )


def _chains(coref: Iterable[Any], sentence_base: list[int | None], tokens: list[Token]) -> list[CorefChain]:
    """stanza ``CorefChain`` objects as newsmodel chains of character spans."""
    out: list[CorefChain] = []
    for chain in coref:
        spans = [_mention_span(m, sentence_base, tokens) for m in chain.mentions]
        kept = sorted({s for s in spans if s is not None})
        if not kept:
            continue
        rep = 0
        rep_index = getattr(chain, "representative_index", None)
        if rep_index is not None and 0 <= rep_index < len(spans) and spans[rep_index] is not None:
            rep = kept.index(spans[rep_index])  # type: ignore[arg-type]
        out.append(CorefChain(mentions=tuple(kept), representative=rep))
    return out


def _mention_span(mention: Any, sentence_base: list[int | None], tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of one stanza ``CorefMention`` (``None`` for zero anaphora or bad indices)."""
    s, a, b = mention.sentence, mention.start_word, mention.end_word
    if isinstance(a, tuple) or isinstance(b, tuple) or not (0 <= s < len(sentence_base)):
        return None
    base = sentence_base[s]
    if base is None or not (0 <= a < b):
        return None
    first, last = base + a, base + b - 1
    if last >= len(tokens) or tokens[last].sent != tokens[first].sent:
        return None
    return tokens[first].start, max(t.end for t in tokens[first : last + 1])
