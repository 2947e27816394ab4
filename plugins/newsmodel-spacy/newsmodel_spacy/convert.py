"""Convert a spaCy ``Doc`` into an engine-neutral :class:`newsmodel.AnnotatedDocument`.

:func:`doc_to_annotated` is a pure function: it reads the ``Doc`` and builds
new objects, it never loads a model and never imports spaCy, so it can be
used on docs from any spaCy pipeline (and tested on hand-built ones).

What the conversion does, in order:

1. **Whitespace tokens are dropped.**  spaCy keeps runs of whitespace other
   than a single space (``"\\n\\n"``, ``"  "``) as ``SPACE`` tokens; newsmodel
   documents carry words only.  The kept tokens are renumbered ``0..n-1``; a
   head that was a dropped token is replaced by that token's own head (and so
   on up), or by ``None`` when the chain ends at a dropped sentence root.
   ``space_after`` is true when spaCy recorded a trailing space *or* the next
   token was dropped whitespace, so it always tells whether whitespace
   follows the token in the text.
2. **Prepositional phrases are re-headed the UD way** (see
   :func:`_restructure`): the object of the preposition becomes the
   dependent of what the preposition modified (``obl``/``nmod``/
   ``obl:agent``...), and the preposition becomes a ``case`` (or ``mark``)
   dependent of its object.
3. **Coordination is made UD-like:** a ``cc`` hangs off the conjunct that
   follows it, and every ``conj`` hangs off the first conjunct (spaCy chains
   them: ``A -> B -> C``).
4. **Labels are mapped** to lower-case UD relations with :data:`DEP_MAP`.

Sentences come from ``doc.sents``; a sentence made only of whitespace is
dropped.  Entities come from ``doc.ents`` with their labels as they are
(spaCy's English pipelines use OntoNotes names already); leading and
trailing whitespace tokens are trimmed off an entity and an entity made only
of whitespace is dropped; a name (not an amount, date or time) loses a
trailing possessive ending and leading or trailing tokens of punctuation
alone ("-- Donald Trump").
"""

from __future__ import annotations

import re

from bisect import bisect_left
from itertools import compress, filterfalse, repeat
from operator import eq, is_, is_not
from typing import TYPE_CHECKING, Any, NamedTuple

from newsmodel.document import AnnotatedDocument, Entity, Sentence, new_tokens

from .finite_acl_repair import repair_finite_acl_roots
from .headline_repair import repair_headline_verbs

if TYPE_CHECKING:  # pragma: no cover - typing only, spaCy is imported lazily
    from spacy.tokens import Doc

__all__ = ["DEP_MAP", "DocColumns", "columns_to_annotated", "doc_columns", "doc_to_annotated", "map_dep"]

DEP_MAP: dict[str, str] = {
    # clause-level core arguments
    "ROOT": "root",
    "nsubj": "nsubj",
    "nsubjpass": "nsubj:pass",
    "csubj": "csubj",
    "csubjpass": "csubj:pass",
    "dobj": "obj",
    "iobj": "iobj",
    "dative": "iobj",  # "gave *him* a book"; a prepositional dative ("to him") becomes obl
    "attr": "attr",  # NOT a UD relation, kept on purpose: see the note below
    "expl": "expl",
    # clausal dependents
    "ccomp": "ccomp",
    "xcomp": "xcomp",
    "acomp": "xcomp",  # "seemed *happy*"
    "oprd": "xcomp",  # "made him *angry*", "named him *president*"
    "advcl": "advcl",
    "acl": "acl",
    "relcl": "acl:relcl",
    "pcomp": "advcl",  # clause after a preposition ("after *meeting* Putin")
    "parataxis": "parataxis",
    # modifiers
    "advmod": "advmod",
    "neg": "advmod",  # UD has no neg relation; lemma "not"/"never" keeps polarity visible
    "quantmod": "advmod",  # "*about* 20 people"
    "npadvmod": "obl:npmod",  # "*Tuesday*", "two years *ago*"
    "amod": "amod",
    "nummod": "nummod",
    "appos": "appos",
    "nmod": "nmod",
    "poss": "nmod:poss",
    "intj": "discourse",
    # function words
    "det": "det",
    "predet": "det:predet",
    "aux": "aux",
    "auxpass": "aux:pass",
    "mark": "mark",
    "case": "case",  # possessive 's
    "prep": "obl",  # only a preposition left without an object (stranded); see _restructure
    "agent": "obl:agent",  # likewise, a "by" without an object
    "pobj": "obl",  # only an object whose preposition could not be re-headed
    "prt": "compound:prt",
    "cc": "cc",
    "preconj": "cc:preconj",
    "conj": "conj",
    "punct": "punct",
    # multiword names and the rest
    "compound": "compound",
    "dep": "dep",
    "meta": "dep",
    "subtok": "dep",
}
"""spaCy's English dependency labels (the ClearNLP scheme) mapped to Universal
Dependencies relations.

Why a table: newsmodel's extractors read UD relations only (``nsubj``,
``obj``, ``ccomp``, ``obl:agent``...) so that every engine (spaCy, stanza, the
rules engine, a user's own) feeds them the same vocabulary.  spaCy's English
models speak ClearNLP, which mostly differs in names (``dobj`` -> ``obj``,
``nsubjpass`` -> ``nsubj:pass``, ``poss`` -> ``nmod:poss``, ``relcl`` ->
``acl:relcl``...).  The two structural differences are handled in code, not
here:

* prepositional phrases (``prep`` + ``pobj``, ``agent`` + ``pobj``,
  ``prep`` + ``pcomp``) are re-headed by :func:`_restructure`; the ``prep``,
  ``pobj``, ``agent`` and ``pcomp`` entries above are only fallbacks for
  phrases that cannot be re-headed;
* copulas are **not** re-headed: UD makes the predicate nominal the head
  ("Smith is *president*": ``president`` root, ``is`` cop), spaCy makes the
  verb the head with the predicate as ``attr``.  Re-heading copular clauses
  would move subjects, auxiliaries and clausal complements around and is
  easy to get wrong on parser errors, so ``attr`` is kept as a (non-UD)
  relation meaning "predicate nominal of a copular verb", and ``acomp``
  (predicate adjective) becomes ``xcomp``.

Labels that are missing from the table (other languages' spaCy models, which
mostly use UD already) are passed through in lower case.
"""

#: Heads whose prepositional dependents are ``nmod`` (otherwise ``obl``).
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "SYM"})
#: Parts of speech of a clausal complement of a preposition.
CLAUSAL_POS = frozenset({"VERB", "AUX"})
#: Parts of speech of prepositions that may be re-headed.
FUNCTION_POS = frozenset({"ADP", "SCONJ"})
#: Relations of a token that may head a prepositional phrase to re-head.
_PP_DEPS = frozenset({"prep", "agent", "dative"})
#: Relations of a token that may be a preposition to re-head (a conjunct or root only when it is one).
_PP_CANDIDATES = _PP_DEPS | {"conj", "ROOT"}
_PREP_OR_POBJ = frozenset({"prep", "pobj"})
_MAX_CHAIN = 4


def map_dep(label: str, head_pos: str | None = None) -> str:
    """UD relation for a spaCy label, without restructuring.

    ``head_pos`` picks ``nmod`` over ``obl`` for a leftover preposition or
    prepositional object whose head is nominal.
    """
    if label in ("prep", "pobj") and head_pos in NOMINAL_POS:
        return "nmod"
    mapped = DEP_MAP.get(label)
    return mapped if mapped is not None else label.lower()


def _find_object(p: int, children: "_Children | list[list[int]]", dep: list[str], pos: list[str], chain: list[int], depth: int = 0) -> tuple[int, str] | None:
    """The object of preposition ``p`` and whether it is nominal or clausal.

    Looks for a ``pobj`` child, then a ``pcomp`` child, then (for compound
    prepositions like "out of", "from under", "according to", which spaCy
    chains as ``prep -> prep -> pobj``) an adjacent preposition that has an
    object itself; prepositions passed through are appended to ``chain``.
    """
    kids = children[p]
    for c in kids:
        if dep[c] == "pobj":
            return c, "nominal"
    for c in kids:
        if dep[c] == "pcomp":
            if pos[c] in FUNCTION_POS:
                if c == p + 1 and depth < _MAX_CHAIN:
                    found = _find_object(c, children, dep, pos, chain, depth + 1)
                    if found is not None:
                        chain.append(c)
                        return found
                continue  # "because *of*": a bare preposition, made `fixed` later
            return c, ("clausal" if pos[c] in CLAUSAL_POS else "nominal")
    for c in kids:
        if dep[c] == "prep" and c == p + 1 and depth < _MAX_CHAIN:
            found = _find_object(c, children, dep, pos, chain, depth + 1)
            if found is not None:
                chain.append(c)
                return found
    return None


class _Children:
    """``children[k]``: the dependents of token ``k`` in document order, read from one sort of the heads.

    Only the prepositions, their objects and the coordinators are asked for
    their dependents, so one list per token (most of them empty, made for
    every token) is not built; ``head`` is a numpy array with -1 for a root.
    """

    __slots__ = ("_order", "_bounds")

    def __init__(self, head: Any) -> None:
        import numpy

        self._order: list[int] = numpy.argsort(head, kind="stable").tolist()  # the roots (-1) first
        counts = numpy.bincount(head + 1, minlength=len(head) + 1)
        self._bounds: list[int] = [0, *numpy.cumsum(counts).tolist()]  # token k's run: bounds[k + 1]:bounds[k + 2]

    def __getitem__(self, k: int) -> list[int]:
        return self._order[self._bounds[k + 1] : self._bounds[k + 2]]


def _restructure(
    head: list[int | None], dep: list[str], pos: list[str], children: "_Children | list[list[int]] | None" = None
) -> tuple[list[int | None], list[str]]:
    """Turn a spaCy (ClearNLP) tree into a UD-style tree.

    ``head``/``dep`` are the spaCy heads (document indices, ``None`` for
    roots) and labels; returns new heads and UD labels.

    Prepositional phrases.  For a preposition ``P`` (relation ``prep``,
    ``agent`` or ``dative``; or ``conj`` of another preposition, or a
    sentence root like the headline "In Paris.") with object ``N``:

    * ``N`` takes ``P``'s place: its head becomes ``P``'s head ``H`` (or what
      ``H`` was re-headed to, when ``H`` is itself a preposition), with
      relation ``obl`` when ``H`` is verbal, adjectival or adverbial,
      ``nmod`` when ``H`` is nominal (noun, proper noun, pronoun, numeral,
      determiner), ``obl:agent`` for ``agent`` ("criticized by *Putin*"),
      ``obl`` for a prepositional ``dative`` ("gave it to *Mary*"), ``conj``
      when ``P`` is a conjunct of a re-headed preposition ("in Paris and in
      *London*"), ``root`` when ``P`` was the root;
    * ``P`` becomes ``case`` of ``N``;
    * when the object is a clause (``pcomp`` that is a verb: "after
      *meeting* Putin") the clause becomes ``advcl`` (``acl`` under a
      nominal head) and ``P`` becomes ``mark`` of the clause; a ``pcomp``
      that is not a verb ("until *recently*") is treated like a ``pobj``;
    * compound prepositions chained by spaCy ("out of the room", "from
      under the table", "according to officials") are followed to the final
      object and every preposition of the chain becomes ``case`` of it; a
      bare preposition right after ``P`` ("because *of*") becomes ``fixed``
      of ``P``;
    * every other dependent of ``P`` (``advmod`` as in "*right* after the
      war", ``punct``, ``cc``, other prepositional phrases) moves to ``N``,
      since in UD function words do not take dependents.

    A preposition with no object (stranded: "the house I live *in*") stays
    where it is, as ``obl`` (``nmod`` under a nominal head).

    Coordination: ``cc`` moves to the conjunct that follows it and ``conj``
    chains are flattened onto the first conjunct.

    The result is checked to be a forest; if anything produced a cycle (it
    should not), the plain relabelled spaCy tree is returned instead.
    """
    n = len(head)
    if children is None:
        children = [[] for _ in range(n)]
        for k, h in enumerate(head):
            if h is not None:
                children[h].append(k)

    # 1. prepositional phrases to re-head: top preposition -> (object, kind, chain)
    found: dict[int, tuple[int, str, list[int]]] = {}
    for p in compress(range(n), map(_PP_CANDIDATES.__contains__, dep)):
        if dep[p] not in _PP_DEPS and pos[p] not in FUNCTION_POS:
            continue  # a conjunct or root that is not a preposition
        chain: list[int] = []
        obj = _find_object(p, children, dep, pos, chain)
        if obj is not None:
            found[p] = (obj[0], obj[1], chain)
    for p in [m for (_, _, ch) in found.values() for m in ch]:
        found.pop(p, None)  # a link of another preposition's chain, not a phrase of its own

    phrase: dict[int, int] = {}  # preposition (top or chain link) -> its object
    for p, (o, _, chain) in found.items():
        phrase[p] = o
        for m in chain:
            phrase[m] = o

    new_head: list[int | None] = list(head)
    ud: list[str | None] = [None] * n
    done = [False] * n
    for p, (o, kind, chain) in found.items():
        h = head[p]
        if h is None:
            new_head[o], ud[o] = None, "root"
        else:
            a = phrase.get(h, h)
            new_head[o] = a
            if dep[p] == "conj" and h in phrase:
                ud[o] = "conj"
            elif kind == "clausal":
                ud[o] = "acl" if pos[a] in NOMINAL_POS else "advcl"
            elif dep[p] == "agent":
                ud[o] = "obl:agent"
            elif dep[p] == "dative":
                ud[o] = "obl"
            else:
                ud[o] = "nmod" if pos[a] in NOMINAL_POS else "obl"
        done[o] = True
        function = "mark" if kind == "clausal" else "case"
        for m in (p, *chain):
            new_head[m], ud[m] = o, function
            done[m] = True
            for c in children[m]:
                if c == m + 1 and not done[c] and c not in phrase and not children[c] and dep[c] in ("pcomp", "prep") and pos[c] in FUNCTION_POS:
                    ud[c] = "fixed"  # "because of": head stays on the preposition
                    done[c] = True
    for m, o in phrase.items():
        for x in children[m]:
            if not done[x]:
                new_head[x] = o  # other dependents of a preposition move to its object

    # 2. labels (map_dep, a column at a time): the table's label, then "nmod" for a leftover
    # preposition or object under a nominal head, the labels set above, and "root" for roots
    table = {d: DEP_MAP.get(d) or d.lower() for d in set(dep)}
    labels: list[str] = list(map(table.__getitem__, dep))
    for k in compress(range(n), map(_PREP_OR_POBJ.__contains__, dep)):
        h = new_head[k]
        if ud[k] is None and h is not None and pos[h] in NOMINAL_POS:
            labels[k] = "nmod"
    for k in compress(range(n), map(is_not, ud, repeat(None))):
        labels[k] = ud[k]  # type: ignore[call-overload]
    for k in compress(range(n), map(is_, new_head, repeat(None))):
        labels[k] = "root"

    # 3. coordination: cc to the following conjunct, conj onto the first conjunct
    for x in compress(range(n), map(eq, dep, repeat("cc"))):
        h = head[x]
        if ud[x] is None and h is not None:
            following = [c for c in children[h] if dep[c] == "conj" and c > x]
            if following:
                new_head[x] = phrase.get(following[0], following[0])
    base = list(new_head)
    for x in compress(range(n), map(eq, labels, repeat("conj"))):
        h = base[x]
        steps = 0
        while h is not None and labels[h] == "conj" and base[h] is not None and steps < n:
            h = base[h]
            steps += 1
        new_head[x] = h

    if not _is_forest(new_head):  # pragma: no cover - defensive
        return list(head), [("root" if head[k] is None else map_dep(dep[k], pos[head[k]])) for k in range(n)]  # type: ignore[index]
    return new_head, labels


def _is_forest(head: list[int | None]) -> bool:
    """Every token reaches a root (a ``None`` head) by following heads: no cycle.

    Pointer doubling: each round replaces every token's pointer by its
    pointer's pointer, so after ``r`` rounds a token points ``2**r`` steps up
    (roots point to themselves).  Once ``2**r`` exceeds the number of tokens,
    a token of a tree points at its root; a token on or under a cycle never does.
    """
    n = len(head)
    if n == 0:
        return True
    import numpy

    heads = numpy.array(head, dtype=float)  # None becomes NaN
    is_root = numpy.isnan(heads)
    up = numpy.where(is_root, numpy.arange(n), heads).astype(numpy.int64)
    for _ in range(n.bit_length() + 1):
        up = up[up]
    return bool(is_root[up].all())


#: spaCy string keys -> strings, and -> the strings in lower case, shared by all pipelines: a key
#: is a hash of its string's content, so it means the same string in every ``StringStore``.
#: Looking each distinct key up in the doc's ``StringStore`` was a tenth of the conversion.
#: Cleared when it grows past :data:`_MAX_STRINGS` (a long stream of new words).
_STRINGS: dict[int, str] = {0: ""}
#: Verb lemmas spaCy's English lemmatizer gets wrong by cutting "-ed" from a verb in "-e"
#: (en_core_web_sm 3.8: "staged" -> "stag", "waged" -> "wag", "raged" -> "rag"), so that
#: "staged a walkout" or "waged war" found no light verb or trigger; checked by stop 27 on
#: 40 common "-ged"/"-red"/"-ded" verbs, these three were the ones wrong. "fined" -> "fin" (stop 29,
#: e15: "a court fined the bank" found no SANCTION trigger). "lambasted"/"lambastes" -> "lambast" (stop
#: 45, lead: the one verb of event_triggers.tsv whose past and third-person forms spaCy lemmatised to a
#: lemma the lexicon lacks, checked over all 880 single-word VERB triggers).
_VERB_LEMMA_FIXES = {"stag": "stage", "wag": "wage", "rag": "rage", "fin": "fine", "lambast": "lambaste"}
#: A one-syllable stem ending in one vowel and one consonant (not w, x or y). English doubles that
#: consonant before "-ed" and "-ing" ("rap" -> "rapped", "hop" -> "hopping"), so a verb spelt
#: stem + "ed" or stem + "ing" ("raped", "hoped", "taped", "scraping") is the verb in "-e" whose
#: "e" spaCy's lemmatizer cut; the rule covers the table above and the ones it never listed
#: ("raped" read as "rap" became a criticism once "rap" was a trigger; stop 37).
_SHORT_STEM = re.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]$")

_LOWER: dict[int, str] = {0: ""}
#: The keys in :data:`_STRINGS` of strings made only of whitespace.
_BLANK: list[int] = []
_MAX_STRINGS = 500_000


def _strings(lookup: Any, keys: "list[int] | set[int]") -> dict[int, str]:
    """:data:`_STRINGS` with every one of ``keys`` in it, the new ones read from ``lookup``.

    ``lookup`` is a doc's ``StringStore`` or, in a process that has no doc
    (see :class:`DocColumns`), a dict of the keys the doc uses.  ``keys``
    holds each key once: a list from ``numpy.unique`` or a set.
    """
    missing = keys.difference(_STRINGS) if isinstance(keys, set) else list(filterfalse(_STRINGS.__contains__, keys))
    if missing:
        if len(_STRINGS) + len(missing) > _MAX_STRINGS:
            _STRINGS.clear()
            _LOWER.clear()
            _BLANK.clear()
            _STRINGS[0] = _LOWER[0] = ""
            missing = [k for k in keys if k]
        for k in missing:
            value = lookup[k]
            _STRINGS[k] = value
            _LOWER[k] = value.lower()
            if value.isspace():
                _BLANK.append(k)
    return _STRINGS


def _sentence_spans(doc: "Doc", sent_start: Any) -> list[tuple[int, int]]:
    """Token ranges of ``doc.sents``, read from the SENT_START column when no hook overrides it."""
    n = len(doc)
    if "sents" in doc.user_hooks:
        return [(s.start, s.end) for s in doc.sents]
    if not doc.has_annotation("SENT_START"):
        return [(0, n)]  # no parser, senter or sentencizer: one sentence
    import numpy

    # the rule of spaCy's Doc.sents: a sentence starts at a token whose sent_start is 1
    starts = [0, *(numpy.flatnonzero(sent_start[1:] == 1) + 1).tolist()]
    return list(zip(starts, starts[1:] + [n]))


def _entity_spans(doc: "Doc") -> list[tuple[int, int, str]]:
    """``doc.ents`` as (token start, token end, label), read from the IOB and type columns.

    Why: ``Doc.ents`` reads every token and makes a ``Span`` per entity, about
    5% of the conversion; two array columns give the same spans.  The rule is
    spaCy's (3.x ``Doc.ents``): an entity starts at a B token (IOB 3) with a
    type, runs over the I tokens (IOB 1) after it and ends at the next token
    that is not I.  An I token that follows no such start is an error spaCy
    raises; that document (and any odd one) is read through ``doc.ents``.
    """
    import numpy
    from spacy import attrs

    columns = doc.to_array([attrs.ENT_IOB, attrs.ENT_TYPE])
    iob, kind = columns[:, 0], columns[:, 1]
    begins = (iob == 3) & (kind != 0)
    stops = numpy.flatnonzero(iob != 1)  # the tokens that end a running entity (a begin among them)
    inside = numpy.flatnonzero(iob == 1)
    if len(inside):
        before = numpy.searchsorted(stops, inside) - 1  # the last token before each I token that is not I
        if (before < 0).any() or not begins[stops[before]].all():
            return [(ent.start, ent.end, ent.label_) for ent in doc.ents]
    starts = numpy.flatnonzero(begins)
    ends = numpy.append(stops, len(iob))[numpy.searchsorted(stops, starts, side="right")]
    strings = doc.vocab.strings
    spans = [(a, b, strings[k]) for a, b, k in zip(starts.tolist(), ends.tolist(), kind[starts].tolist())]
    return [span for span in spans if span[2] != ""]


class DocColumns(NamedTuple):
    """Everything the conversion reads from a spaCy ``Doc``, as plain values.

    Why: the conversion is split in two so that its second half can run in
    another process (``extract_many(..., overlap=True)``, see
    :mod:`newsmodel.overlap`).  A ``Doc`` pickles slowly and a converted
    :class:`~newsmodel.AnnotatedDocument` unpickles slowly (one ``Token``
    object at a time); these columns are one integer array, which pickles as
    bytes, and a few short lists.  :func:`doc_to_annotated` is
    :func:`doc_columns` then :func:`columns_to_annotated`, so the document
    made from the columns is the same whichever process makes it.
    """

    #: the original text (token texts are cut from it)
    text: str
    #: ``doc.to_array`` of :data:`_COLUMN_NAMES`, or ``None`` for a doc without tokens
    array: Any
    #: key -> string for the keys in the array's string columns: the doc's
    #: ``StringStore``, or (``portable=True``) a dict of just those keys
    strings: Any
    #: token ranges of ``doc.sents``
    sentences: list[tuple[int, int]]
    #: ``doc.ents`` as (token start, token end, label)
    entities: list[tuple[int, int, str]]
    #: whether heads and labels are a real dependency parse
    has_parse: bool


#: The token attributes read by one ``Doc.to_array`` call, in this order; the last five are string keys.
_COLUMN_NAMES = ("IDX", "LENGTH", "SPACY", "HEAD", "SENT_START", "POS", "TAG", "LEMMA", "DEP", "ORTH")


def doc_columns(doc: "Doc", *, has_parse: bool | None = None, text: str | None = None, portable: bool = False) -> DocColumns:
    """The first half of :func:`doc_to_annotated`: read ``doc`` into :class:`DocColumns`.

    ``portable=True`` replaces the doc's ``StringStore`` by a dict of the
    strings the doc uses, so the columns pickle small and can be finished
    (:func:`columns_to_annotated`) in a process that never saw the doc.
    """
    if text is None:
        text = doc.text
    n_old = len(doc)
    if has_parse is None:
        has_parse = bool(n_old) and doc.has_annotation("DEP")
    if n_old == 0:
        return DocColumns(text, None, {}, [], [], bool(has_parse))
    from spacy import attrs

    # one array read instead of a spaCy Token object per token and attribute, and one
    # Python list per column: per-token objects were most of the conversion's cost
    array = doc.to_array([getattr(attrs, name) for name in _COLUMN_NAMES])
    sentences = _sentence_spans(doc, array[:, 4])
    entities = _entity_spans(doc)
    strings: Any = doc.vocab.strings
    if portable:
        import numpy

        keys = numpy.unique(array[:, 5:]).tolist()
        known = _strings(strings, keys)
        strings = {k: known[k] for k in keys}
    return DocColumns(text, array, strings, sentences, entities, bool(has_parse))


def doc_to_annotated(
    doc: "Doc",
    *,
    engine_version: str = "",
    has_parse: bool | None = None,
    engine: str = "spacy",
    text: str | None = None,
) -> AnnotatedDocument:
    """Convert a spaCy ``Doc`` to a :class:`newsmodel.AnnotatedDocument`.

    :param doc: any spaCy ``Doc``, parsed or not.
    :param engine_version: recorded as the document's ``engine_version``.
    :param has_parse: whether heads and labels are a real dependency parse;
        by default, whether the doc has dependency annotation.  The spaCy
        engine passes whether its pipeline has a parser.
    :param engine: recorded as the document's ``engine``.
    :param text: the original text when ``doc`` was made from a same-length
        normalised copy of it (see :mod:`newsmodel_spacy.normalize`); token
        texts and the document text are taken from it.
    """
    return columns_to_annotated(doc_columns(doc, has_parse=has_parse, text=text), engine=engine, engine_version=engine_version)


def columns_to_annotated(columns: DocColumns, *, engine: str = "spacy", engine_version: str = "") -> AnnotatedDocument:
    """The second half of :func:`doc_to_annotated`: the document from :class:`DocColumns`.

    Needs numpy but neither spaCy nor the ``Doc``.
    """
    import numpy

    text, array, has_parse = columns.text, columns.array, columns.has_parse
    if array is None:
        if len(text) != 0:
            raise ValueError("text must have the same length as the parsed text (a character-for-character normalisation)")
        return AnnotatedDocument(text=text, engine=engine, engine_version=engine_version, has_parse=bool(has_parse))
    n_old = len(array)
    # Only the columns read as Python values are made lists, and the string columns only for
    # the kept tokens: a 64-bit string key is a two-digit Python int, and making every column of
    # every token a list (twice when whitespace was dropped) was about a tenth of the conversion.
    idx, length = array[:, 0].tolist(), array[:, 1].tolist()
    if len(text) != idx[-1] + length[-1] + int(array[-1, 2]):
        raise ValueError("text must have the same length as the parsed text (a character-for-character normalisation)")
    # the tokens' own texts (ORTH) are read only to find whitespace: their distinct keys as a set
    # (about half the cost of ``numpy.unique``, a hash table of 64-bit keys then a sort)
    _strings(columns.strings, set(array[:, 9].tolist()))

    # whitespace tokens (their own text, as spaCy holds it, is all whitespace) are dropped
    blank = numpy.isin(array[:, 9], numpy.array(_BLANK, dtype=array.dtype)) if _BLANK else None
    if blank is not None and blank.any():
        keep = ~blank
        kept: list[int] = numpy.flatnonzero(keep).tolist()
    else:
        keep = None
        kept = list(range(n_old))
    n = len(kept)
    if n == 0:
        return AnnotatedDocument(text=text, engine=engine, engine_version=engine_version, has_parse=bool(has_parse))
    dropped = keep is not None

    # sentences (a sentence of whitespace only is dropped)
    sent_of = [0] * n
    sentences: list[Sentence] = []
    for s_start, s_end in columns.sentences:
        if dropped:
            a, b = bisect_left(kept, s_start), bisect_left(kept, s_end)  # the kept tokens of the span
        else:
            a, b = s_start, s_end
        if a >= b:
            continue
        first, last = kept[a], kept[b - 1]
        sent_of[a:b] = [len(sentences)] * (b - a)
        sentences.append(Sentence(start=idx[first], end=idx[last] + length[last], token_start=a, token_end=b))

    # the kept tokens' columns, each read from the array at once
    if dropped:
        rows = array[keep]
        starts = rows[:, 0].tolist()
    else:
        rows, starts = array, idx
    pos_key, tag_key, lemma_keys, dep_key = rows[:, 5:9].T.tolist()
    keys = set(pos_key)
    keys.update(tag_key, lemma_keys, dep_key)
    names = _strings(columns.strings, keys)
    get = names.__getitem__
    pos = list(map(get, pos_key))

    # dependency tree over the kept tokens
    if has_parse:
        # HEAD is the offset to the head, stored unsigned
        up = numpy.arange(n_old)
        old_head = array[:, 3].view(numpy.int64) + up
        if dropped:
            # a head that is dropped whitespace is replaced by its own head, and so on up; all
            # tokens climb together, each for as long as its head is whitespace and not a root
            at, h = up, old_head
            climbing = (h != at) & blank[h]
            steps = 0
            while steps < n_old and climbing.any():
                at, h = numpy.where(climbing, h, at), numpy.where(climbing, old_head[h], h)
                climbing = (h != at) & blank[h]
                steps += 1
            is_root = ((h == at) | blank[h])[keep]
            renumber = numpy.full(n_old, -1, dtype=numpy.int64)
            renumber[keep] = numpy.arange(n)
            head_array = numpy.where(is_root, -1, renumber[h[keep]])
        else:
            is_root = old_head == up
            head_array = numpy.where(is_root, -1, old_head)
        roots: list[int] = numpy.flatnonzero(is_root).tolist()
        head: list[int | None] = head_array.tolist()
        dep = list(map(get, dep_key))
        for k in roots:
            head[k], dep[k] = None, "ROOT"
        heads, labels = _restructure(head, dep, pos, _Children(head_array))
    else:
        heads, labels = [None] * n, [""] * n

    # token columns, then one Token per word
    tags = list(map(get, tag_key))
    ends = (rows[:, 0] + rows[:, 1]).tolist()
    if dropped:
        # whitespace follows when spaCy recorded a trailing space or the next token was dropped whitespace
        after = numpy.append(blank[1:], False) | (array[:, 2] != 0)
        spaces = after[keep].tolist()
    else:
        spaces = (array[:, 2] != 0).tolist()
    words = list(map(text.__getitem__, map(slice, starts, ends)))
    # lemmas: spaCy's, else the word itself; lower case except for proper nouns
    lemmas = list(map(_LOWER.__getitem__, lemma_keys))
    for k in compress(range(n), map(eq, pos, repeat("PROPN"))):
        lemmas[k] = names[lemma_keys[k]] or words[k]
    if "" in lemmas:
        for k in compress(range(n), map(eq, lemmas, repeat(""))):
            lemmas[k] = words[k].lower()  # no lemma (a proper noun's was filled in above)
    for k in compress(range(n), map(eq, pos, repeat("VERB"))):
        lemma = _VERB_LEMMA_FIXES.get(lemmas[k], lemmas[k])
        if len(lemma) <= 5 and _SHORT_STEM.match(lemma) and words[k].lower() in (lemma + "ed", lemma + "ing"):
            lemma += "e"  # "raped" -> "rape", not "rap" (a short stem doubles: "rapped")
        lemmas[k] = lemma
    if has_parse:
        # headline clauses read as one noun phrase ("Police fire tear gas at students"): their verb
        spans = [(s.token_start, s.token_end) for s in sentences]
        repair_headline_verbs(text, words, starts, ends, pos, lemmas, tags, heads, labels, spans)
        # a finite verb hung on its subject as a reduced relative ("The senator called Tuesday for ...")
        repair_finite_acl_roots(text, words, starts, ends, pos, lemmas, tags, heads, labels, spans)
    tokens = new_tokens(words, starts, ends, lemmas, pos, sent_of, heads, labels, tags, spaces)

    entities: list[Entity] = []
    for e_start, e_end, label in columns.entities:
        if dropped:
            a, b = bisect_left(kept, e_start), bisect_left(kept, e_end)
        else:
            a, b = e_start, e_end
        if a >= b:
            continue
        if label in _AMOUNT_LABELS:
            name_end = _name_before_amount(words, pos, a, b)
            if name_end > a:
                entities.append(Entity(start=starts[a], end=ends[name_end - 1], label="ORG", token_start=a, token_end=name_end))
                a = name_end
        while b - a > 1 and words[b - 1] in _POSSESSIVE_ENDINGS:
            b -= 1  # "the European Union’s ministers": the small model's span took the possessive ending
        if label not in _MEASURE_LABELS:
            # "WASHINGTON -- Donald Trump said": the small model's name span took the dash before it;
            # no name starts or ends with a token of punctuation alone
            while b - a > 1 and not any(map(str.isalnum, words[a])):
                a += 1
            while b - a > 1 and not any(map(str.isalnum, words[b - 1])):
                b -= 1
            if not any(map(str.isalnum, words[a])):
                continue
        entities.append(Entity(start=starts[a], end=ends[b - 1], label=label, token_start=a, token_end=b))

    return AnnotatedDocument(
        text=text,
        tokens=tokens,
        sentences=sentences,
        entities=entities,
        engine=engine,
        engine_version=engine_version,
        has_parse=bool(has_parse),
    )


#: Entity labels of amounts, which the small English model sometimes starts with the name before them.
_AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
#: Labels of measures, whose spans may start or end with a sign ("$5", "40%"); names never do.
_MEASURE_LABELS = _AMOUNT_LABELS | {"MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"}
#: Possessive endings spaCy tokenizes apart ("Post’s" -> "Post", "’s"); no name ends in one.
_POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'S", "’S"})


def _name_before_amount(words: list[str], pos: list[str], a: int, b: int) -> int:
    """The end of a name the model put at the start of an amount entity, else ``a``.

    spaCy's small English model reads "fined Google 2.4 billion euros" and "fined MTN $5.2 billion"
    as one MONEY entity, so the party fined is no entity at all. A run of capitalised proper nouns
    at the start of an amount, followed by a number or a currency sign inside it, is a name: the
    party paid or fined, in news nearly always an organisation, so it becomes an ORG entity.
    A currency code or word before the number ("US$ 5 million", "USD 300") is no name."""
    k = a
    while k < b and pos[k] == "PROPN" and words[k][:1].isupper() and words[k].isalpha() and words[k].upper() not in _CURRENCY_WORDS:
        k += 1
    if k == a or k >= b or not (words[k][:1].isdigit() or words[k] in _CURRENCY_SIGNS):
        return a
    return k


_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "₹", "US$", "A$", "C$", "HK$", "NZ$"})
_CURRENCY_WORDS = frozenset({"US", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "INR", "RS", "NAIRA", "RAND", "KSH"})
