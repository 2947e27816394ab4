"""The PETRARCH/Phoenix dictionaries as lookups: generic agents, actor codes, verb patterns.

The lexicons (``agents.tsv``, ``named_actors.tsv``, ``cameo_verbs.tsv``,
``cameo_patterns.tsv``, ``cameo_synsets.tsv``) are converted from the
MIT-licensed PETRARCH dictionaries by ``scripts/convert_petrarch.py``.
This module only answers questions about them; the extractors decide what
to do with the answers:

* :func:`agent_code` -- "gunmen" -> ``UAF``, "coast guard" -> ``MIL``;
* :func:`actor_code` -- "Russia" -> ``RUS``, "Vladimir Putin" -> ``RUSGOV``;
* :func:`verb_code` -- the CAMEO code and PLOVER category of a verb with
  its arguments, from the parse: "dismissed the allegations" is a denial
  verb's sense (CAMEO 110), "struck a deal" is AGREE, "beat" alone is
  nothing PLOVER codes in news about sport.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..lexicons import rows

__all__ = ["agent_code", "actor_code", "VerbCode", "verb_code", "longest_agent", "agent_heads"]


# -- generic agents -----------------------------------------------------------


@lru_cache(maxsize=1)
def _agents() -> dict[tuple[str, ...], str]:
    """``agents.tsv`` (Phoenix) plus the project's own ``agents_extra.tsv`` (weapons platforms etc.)."""
    out = {tuple(r[0].split()): r[1] for r in rows("agents.tsv") if len(r) >= 2}
    out.update({tuple(r[0].split()): r[1] for r in rows("agents_extra.tsv") if len(r) >= 2})
    return out


@lru_cache(maxsize=1)
def _agent_heads() -> frozenset[str]:
    """The last word of every agent phrase."""
    return frozenset(words[-1] for words in _agents() if words)


def agent_code(words: tuple[str, ...]) -> str | None:
    """Sector code of a generic agent phrase (lower-case words, the head noun last)."""
    return _agents().get(words)


def agent_heads() -> frozenset[str]:
    """The last word of every agent phrase (lower case): a word outside it ends none."""
    return _agent_heads()


def longest_agent(doc: AnnotatedDocument, head: Token) -> tuple[int, str] | None:
    """(first token, code) of the longest agent phrase ending in noun ``head``.

    The head is tried as written and as its lemma ("gunmen" and "gunman"),
    with up to three words before it ("coast guard", "riot police").
    """
    heads = _agent_heads()
    text, lemma = head.text.lower(), head.lemma.lower()
    if text not in heads and lemma not in heads:
        return None  # the common case: no agent phrase ends in this word
    # the form as written first, then the lemma: a sequence, not a set, so the
    # choice between "armed forces" and "armed force" never depends on the
    # process's string hashing (it did: MIL in one run, UAF in the next)
    last = (text,) if text == lemma else (text, lemma)
    agents = _agents()
    tokens = doc.tokens
    lo = doc.sentences[head.sent].token_start
    best = None
    before: tuple[str, ...] = ()
    for a in range(head.i, max(lo, head.i - 3) - 1, -1):
        if a < head.i:
            before = (tokens[a].text.lower(), *before)
        for w in last:
            code = agents.get((*before, w))
            if code:
                best = (a, code)
                break
    return best


# -- named actors -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _named() -> dict[str, str]:
    """Lower-case name or alias -> its codes column (first block wins, as in the converter)."""
    out: dict[str, str] = {}
    for r in rows("named_actors.tsv"):
        if len(r) < 2:
            continue
        out.setdefault(r[0], r[1])
        if len(r) >= 4 and r[3]:
            for alias in r[3].split("|"):
                out.setdefault(alias, r[1])
    return out


def actor_code(name: str, published: _dt.date | None = None) -> str | None:
    """The CAMEO code of a named actor on the article's date (the open-ended code in force, else the default)."""
    codes = _named().get(" ".join(name.lower().replace("_", " ").split()))
    if not codes:
        return None
    default = None
    current: list[tuple[str, str]] = []
    for c in codes.split(";"):
        code, _at, dates = c.partition("@")
        if not dates:
            default = default or code
        elif dates.startswith(">"):
            current.append((dates[1:], code))
    if current:
        day = published.strftime("%y%m%d") if published else "999999"
        # dictionary dates are YYMMDD; read two-digit years as 19xx from 50 on
        key = lambda d: ("19" if d[:2] >= "50" else "20") + d  # noqa: E731
        valid = [(key(d), code) for d, code in current if published is None or key(d) <= key(day)]
        if valid:
            return max(valid)[1]
    return default


# -- verb patterns ---------------------------------------------------------------


@dataclass(frozen=True)
class VerbCode:
    """What the CAMEO verb dictionary says about one verb use."""

    cameo: str  # CAMEO code, or "---" (the dictionary codes no event here)
    plover: str | None  # PLOVER category, None when CAMEO's code has none (statements)
    mode: str | None
    specific: bool  # True: a pattern with arguments matched; False: the verb's default code


@dataclass(frozen=True)
class _Pattern:
    subject: frozenset[str]
    particle: str
    obj: frozenset[str]
    prep: str
    pobj: frozenset[str]
    cameo: str
    plover: str | None
    mode: str | None

    @property
    def weight(self) -> int:
        return bool(self.subject) + bool(self.particle) + 2 * bool(self.obj) + bool(self.prep) + bool(self.pobj)


@lru_cache(maxsize=1)
def _synsets() -> dict[str, frozenset[str]]:
    sets: dict[str, set[str]] = {}
    for r in rows("cameo_synsets.tsv"):
        if len(r) >= 2:
            sets.setdefault(r[0], set()).add(r[1])
    return {k: frozenset(v) for k, v in sets.items()}


@lru_cache(maxsize=None)
def _alts(cell: str) -> frozenset[str]:
    """The words a pattern cell names; one shared set per distinct cell.

    Shared because the patterns live as long as the process: a frozenset per
    cell made about 13,000 sets that every full garbage collection walked.
    """
    if not cell:
        return frozenset()
    return _synsets().get(cell, frozenset()) if cell.startswith("&") else frozenset({cell})


def _none(cell: str) -> str | None:
    return None if cell in ("", "-") else cell


def _verbs() -> dict[str, list[tuple[str, str, str, str | None, str | None]]]:
    """lemma -> [(particle, block, cameo, plover, mode)].

    Read once, by :func:`_entries`, which keeps its own tuples: not cached, so
    its lists do not stay behind for the garbage collector to walk.
    """
    out: dict[str, list[tuple[str, str, str, str | None, str | None]]] = {}
    for r in rows("cameo_verbs.tsv"):
        r = tuple(r) + ("",) * (6 - len(r))
        out.setdefault(r[0], []).append((r[1], r[2], r[3], _none(r[4]), _none(r[5])))
    return out


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[_Pattern]]:
    out: dict[str, list[_Pattern]] = {}
    for r in rows("cameo_patterns.tsv"):
        r = tuple(r) + ("",) * (9 - len(r))
        out.setdefault(r[0], []).append(
            _Pattern(_alts(r[1]), r[2], _alts(r[3]), r[4], _alts(r[5]), r[6], _none(r[7]), _none(r[8]))
        )
    for pats in out.values():
        pats.sort(key=lambda p: -p.weight)
    return out


@dataclass(frozen=True)
class _Block:
    """One verb block's patterns, in trial order, indexed by the argument each one needs.

    Every pattern names at least one argument, and the first it names in the order object,
    preposition, particle, subject is one it cannot match without.  Filing each pattern
    under that argument's words lets a verb test only the patterns its own arguments can
    reach (a few) instead of the whole block (up to 155), in the same order as before.
    """

    patterns: tuple[_Pattern, ...]
    by_object: dict[str, tuple[int, ...]]
    by_prep: dict[str, tuple[int, ...]]
    by_particle: dict[str, tuple[int, ...]]
    by_subject: dict[str, tuple[int, ...]]


def _index(pats: list[_Pattern]) -> _Block:
    keyed: tuple[dict[str, list[int]], ...] = ({}, {}, {}, {})
    for k, p in enumerate(pats):
        if p.obj:
            table, words = keyed[0], p.obj
        elif p.prep:
            table, words = keyed[1], frozenset({p.prep})
        elif p.particle:
            table, words = keyed[2], frozenset({p.particle})
        elif p.subject:
            table, words = keyed[3], p.subject
        else:
            continue  # a pattern with no argument is never tried (the verb's default code stands)
        for w in words:
            table.setdefault(w, []).append(k)
    o, pr, pa, su = ({w: tuple(ks) for w, ks in t.items()} for t in keyed)
    return _Block(tuple(pats), o, pr, pa, su)


@lru_cache(maxsize=1)
def _blocks() -> dict[str, _Block]:
    return {block: _index(pats) for block, pats in _patterns().items()}


@lru_cache(maxsize=1)
def _subject_blocks() -> frozenset[str]:
    """Blocks with a pattern that names a subject: only their verbs need one read."""
    return frozenset(block for block, pats in _patterns().items() if any(p.subject for p in pats))


@lru_cache(maxsize=1)
def _entries() -> dict[str, tuple[tuple[str, str, str, str | None, str | None], ...]]:
    """``_verbs()`` with each lemma's entries longest particle first (the order they are tried in)."""
    return {lemma: tuple(sorted(entries, key=lambda e: -len(e[0]))) for lemma, entries in _verbs().items()}


#: (text, lemma) -> the word's forms; the same words recur as arguments of many verbs.
#: Tuples of strings, not sets: CPython's collector untracks tuples and dictionaries
#: that hold only strings, and this table grows with the vocabulary of a long run
#: (14,000 entries after the 840 PolNeAR train texts), so as sets every full collection
#: walked them all.
_FORMS: dict[tuple[str, str], tuple[str, ...]] = {}


def _forms(t: Token) -> tuple[str, ...]:
    """The word as written, its lemma and the written form less a final "s", in lower case (a word may repeat)."""
    key = (t.text, t.lemma)
    forms = _FORMS.get(key)
    if forms is None:
        if len(_FORMS) > 100_000:
            _FORMS.clear()  # bounded: a long stream of new words
        low = t.text.lower()
        forms = _FORMS[key] = (low, t.lemma.lower(), low[:-1] if low.endswith("s") else low)
    return forms


def _arguments(doc: AnnotatedDocument, verb: Token) -> tuple[set[str], set[str], list[tuple[str, tuple[str, ...]]], set[str]]:
    """(particles, object heads, prepositional phrases, subject heads) of a verb, from the parse."""
    particles: set[str] = set()
    objects: set[str] = set()
    preps: list[tuple[str, tuple[str, ...]]] = []
    subjects: set[str] = set()
    for c in doc.children(verb.i):
        if c.dep in ("compound:prt", "prt") or (c.dep == "advmod" and c.text.lower() in ("back", "down", "off", "up", "out", "aside", "away")):
            particles.add(c.text.lower())
        elif c.dep in ("obj", "dobj", "iobj", "nsubj:pass") or (c.dep == "xcomp" and c.pos in ("NOUN", "ADJ")):
            objects.update(_forms(c))
            for cc in doc.children(c.i):
                if cc.dep in ("compound", "amod"):
                    objects.update(_forms(cc))  # "air strikes": a pattern may name the modifier
                if cc.dep == "conj":
                    objects.update(_forms(cc))
        elif c.dep in ("obl", "obl:arg", "nmod", "advcl"):
            case = next((k.text.lower() for k in doc.children(c.i) if k.dep in ("case", "mark")), "")
            if case:
                preps.append((case, _forms(c)))
        elif c.dep in ("nsubj",):
            subjects.update(_forms(c))
    return particles, objects, preps, subjects


_PARTICLES = frozenset({"back", "down", "off", "up", "out", "aside", "away", "over", "forward"})


def _surface_arguments(doc: AnnotatedDocument, verb: Token) -> tuple[set[str], set[str], list[tuple[str, tuple[str, ...]]], set[str]]:
    """The same four argument sets read off the words around the verb (engines without a parse):
    a particle right after it, nouns up to the next verb or punctuation, "prep + noun" pairs,
    and the words of the three tokens before it (:func:`_surface_subjects`)."""
    return (*_surface_objects(doc, verb), _surface_subjects(doc, verb))


def _surface_objects(doc: AnnotatedDocument, verb: Token) -> tuple[set[str], set[str], list[tuple[str, tuple[str, ...]]]]:
    """Particles, objects and prepositional phrases of :func:`_surface_arguments`."""
    sent = doc.sentences[verb.sent]
    particles: set[str] = set()
    objects: set[str] = set()
    preps: list[tuple[str, tuple[str, ...]]] = []
    prep = ""
    lowered = doc.lowered_texts()
    for k in range(verb.i + 1, min(sent.token_end, verb.i + 9)):
        w = doc.tokens[k]
        low = lowered[k]
        if k == verb.i + 1 and low in _PARTICLES:
            particles.add(low)
            continue
        if w.pos in ("PUNCT", "SCONJ") or (w.pos == "VERB" and k > verb.i + 1):
            break
        if w.pos == "ADP" or (w.pos == "PART" and low == "to"):
            prep = low
            continue
        if w.pos in ("NOUN", "PROPN", "ADJ"):
            if prep:
                preps.append((prep, _forms(w)))
            elif w.pos != "ADJ" or not objects:
                objects.update(_forms(w))
    return particles, objects, preps


def _surface_subjects(doc: AnnotatedDocument, verb: Token) -> set[str]:
    """Subject heads without a parse: the forms of the three words before the verb."""
    lo = max(doc.sentences[verb.sent].token_start, verb.i - 3)
    return set().union(*(_forms(doc.tokens[k]) for k in range(lo, verb.i)))


def _matches(p: _Pattern, particles: set[str], objects: set[str], preps: list[tuple[str, Collection[str]]], subjects: AbstractSet[str], particle: str) -> bool:
    if p.particle and p.particle not in particles and p.particle != particle:
        return False
    if p.obj and not (p.obj & objects):
        return False
    if p.subject and not (p.subject & subjects):
        return False
    if p.prep:
        if not any(prep == p.prep and (not p.pobj or not p.pobj.isdisjoint(heads)) for prep, heads in preps):
            return False
    return True


def verb_code(doc: AnnotatedDocument, verb: Token) -> VerbCode | None:
    """The CAMEO reading of ``verb`` with the arguments the parse gives it.

    The most specific matching pattern of the verb's block wins (an object
    counts double); a phrasal verb ("push back", "play down") only matches
    its own entry when its particle is present. Without a parse the
    arguments are read off the neighbouring words. Without a matching pattern
    the verb's default code is returned with ``specific=False``. None: the
    verb is not in the dictionary.
    """
    entries = _entries().get(verb.lemma.lower()) or _entries().get(verb.text.lower())
    if not entries:
        return None
    if len(entries) == 1 and not entries[0][0] and entries[0][1] not in _blocks():
        _particle, _block, cameo, plover, mode = entries[0]
        return VerbCode(cameo, plover, mode, False)  # no pattern to try: the arguments cannot matter
    if doc.has_parse:
        particles, objects, preps, subjects = _arguments(doc, verb)
    else:
        particles, objects, preps = _surface_objects(doc, verb)
        subjects = None  # read below, only for a block with a pattern that tests the subject
    chosen = None
    for particle, block, cameo, plover, mode in entries:
        if particle and particle not in particles and not any(p == particle for p, _h in preps):
            continue
        chosen = (particle, block, cameo, plover, mode)
        break
    if chosen is None:
        return None
    particle, block, cameo, plover, mode = chosen
    if subjects is None:
        subjects = _surface_subjects(doc, verb) if block in _subject_blocks() else set()
    p = _first_match(block, particles, objects, preps, subjects, particle)
    if p is not None:
        return VerbCode(p.cameo, p.plover, p.mode, True)
    return VerbCode(cameo, plover, mode, False)


def _first_match(block: str, particles: set[str], objects: set[str], preps: list[tuple[str, Collection[str]]], subjects: AbstractSet[str], particle: str) -> _Pattern | None:
    """The first pattern of ``block``, in trial order, that the arguments match (None: none does)."""
    index = _blocks().get(block)
    if index is None:
        return None
    candidates: set[int] = set()
    for table, words in (
        (index.by_object, objects),
        (index.by_prep, [p for p, _h in preps]),
        (index.by_particle, (*particles, particle)),
        (index.by_subject, subjects),
    ):
        if table and not table.keys().isdisjoint(words):  # most verbs: no word in the table
            for w in words:
                ks = table.get(w)
                if ks:
                    candidates.update(ks)
    pats = index.patterns
    for k in sorted(candidates):
        if _matches(pats[k], particles, objects, preps, subjects, particle):
            return pats[k]
    return None
