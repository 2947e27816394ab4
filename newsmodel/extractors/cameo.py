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
  nothing PLOVER codes in news about sport;
* :func:`specific_verb_code` -- the same, but only when a pattern with
  arguments matched: the question the event senses ask, answered without
  reading the arguments when no word near the verb is one its patterns need.

The tables live as long as the process and hold only strings, tuples and
dictionaries of those, which CPython's garbage collector stops tracking.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Sequence, Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..lexicons import rows
from .heads_of_state import names_heads_of_state
from .tree import BE_FORMS, be_before

__all__ = ["agent_code", "actor_code", "VerbCode", "verb_code", "specific_verb_code", "longest_agent", "agent_heads"]


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
    if doc.has_parse and text == lemma and head.pos == "PROPN" and text.endswith("s") and not text.endswith("ss") and text[:-1] in heads:
        # "Rebels shelled ...": a capitalised plural the parser took for a name keeps its -s as its
        # lemma (the rules engine reads such words with its own sentence-initial rules)
        lemma = text[:-1]
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
    if best is None:
        if names_heads_of_state(doc, head):
            return head.i, "GOV"  # "the two leaders", "world leaders": heads of state, no compound
    return best


# -- named actors -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _named() -> dict[str, str]:
    """Lower-case name or alias -> its codes column (first block wins, as in the converter;
    ``named_actors_extra.tsv``, written for this project, before the Phoenix rows)."""
    out: dict[str, str] = {}
    for r in [*rows("named_actors_extra.tsv"), *rows("named_actors.tsv")]:  # the project's own rows first
        if len(r) < 2:
            continue
        out.setdefault(r[0], r[1])
        if len(r) >= 4 and r[3]:
            for alias in r[3].split("|"):
                out.setdefault(alias, r[1])
    return out


@lru_cache(maxsize=16384)
def _codes_of(name: str) -> str | None:
    """The codes column for a name as written (case, underscores and spacing aside), or None.

    Kept per name: the actor codes look up every actor's name and aliases,
    and the same names ("Russia", "police") come back article after article.
    """
    return _named().get(" ".join(name.lower().replace("_", " ").split()))


def actor_code(name: str, published: _dt.date | None = None) -> str | None:
    """The CAMEO code of a named actor on the article's date (the open-ended code in force, else the default)."""
    codes = _codes_of(name)
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
    by_subject: bool = False  # the matched pattern names its subject ("CRITICS SAY"): it tested the party itself


#: One verb pattern: ``(subject, particle, object, preposition, prepositional object,
#: cameo, plover, mode, verb)``; ``verb`` is the one verb of the block the dictionary wrote
#: the pattern for ("" = any of them: see ``cameo_patterns.tsv``).  The subject, object and prepositional-object cells are
#: tuples of lower-case words (a synset spelled out), empty when the pattern names
#: no such argument.  Plain tuples of strings, not objects or frozensets: the
#: patterns live as long as the process, and CPython's collector stops tracking
#: such tuples, so full collections no longer walk the 4,400 patterns.
_Pattern = tuple[tuple[str, ...], str, tuple[str, ...], str, tuple[str, ...], str, "str | None", "str | None", str]


def _weight(p: _Pattern) -> int:
    """How specific a pattern is: an object counts double (the most specific is tried first)."""
    subject, particle, obj, prep, pobj = p[:5]
    return bool(subject) + bool(particle) + 2 * bool(obj) + bool(prep) + bool(pobj)


@lru_cache(maxsize=1)
def _synsets() -> dict[str, tuple[str, ...]]:
    """Synset name -> its words, in file order without repeats."""
    sets: dict[str, dict[str, None]] = {}
    for r in rows("cameo_synsets.tsv"):
        if len(r) >= 2:
            sets.setdefault(r[0], {})[r[1]] = None
    return {k: tuple(v) for k, v in sets.items()}


@lru_cache(maxsize=None)
def _alts(cell: str) -> tuple[str, ...]:
    """The words a pattern cell names; one shared tuple per distinct cell."""
    if not cell:
        return ()
    return _synsets().get(cell, ()) if cell.startswith("&") else (cell,)


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
def _patterns() -> dict[str, tuple[_Pattern, ...]]:
    """Block -> its patterns, most specific first (file order among equals)."""
    out: dict[str, list[_Pattern]] = {}
    for r in rows("cameo_patterns.tsv"):
        r = tuple(r) + ("",) * (10 - len(r))
        out.setdefault(r[0], []).append((_alts(r[1]), r[2], _alts(r[3]), r[4], _alts(r[5]), r[6], _none(r[7]), _none(r[8]), r[9]))
    # among equally specific patterns, one written for the verb is tried before one for the block
    return {block: tuple(sorted(pats, key=lambda p: (-_weight(p), not p[8]))) for block, pats in out.items()}


#: The arguments a pattern can be filed under, in the order :func:`_filed` tries them.
_OBJECT, _PREP, _PARTICLE, _SUBJECT = range(4)


@lru_cache(maxsize=1)
def _filed() -> dict[tuple[str, int, str], tuple[int, ...]]:
    """(block, argument, word) -> the numbers, in trial order, of the block's patterns filed under that word.

    Every pattern names at least one argument, and the first it names in the order object,
    preposition, particle, subject is one it cannot match without.  Filing each pattern
    under that argument's words lets a verb test only the patterns its own arguments can
    reach (a few) instead of the whole block (up to 155), in the same order as before.
    One flat dictionary of tuples, which the collector stops tracking (a dictionary per
    block inside a tuple it would keep tracking).
    """
    filed: dict[tuple[str, int, str], list[int]] = {}
    for block, pats in _patterns().items():
        for k, (subject, particle, obj, prep, _pobj, *_code) in enumerate(pats):
            if obj:
                kind, words = _OBJECT, obj
            elif prep:
                kind, words = _PREP, (prep,)
            elif particle:
                kind, words = _PARTICLE, (particle,)
            elif subject:
                kind, words = _SUBJECT, subject
            else:
                continue  # a pattern with no argument is never tried (the verb's default code stands)
            for w in words:
                filed.setdefault((block, kind, w), []).append(k)
    return {key: tuple(ks) for key, ks in filed.items()}


@lru_cache(maxsize=1)
def _subject_blocks() -> frozenset[str]:
    """Blocks with a pattern that names a subject: only their verbs need one read."""
    return frozenset(block for block, pats in _patterns().items() if any(p[0] for p in pats))


@lru_cache(maxsize=1)
def _entries() -> dict[str, tuple[tuple[str, str, str, str | None, str | None], ...]]:
    """``_verbs()`` with each lemma's entries longest particle first (the order they are tried in)."""
    return {lemma: tuple(sorted(entries, key=lambda e: -len(e[0]))) for lemma, entries in _verbs().items()}


def default_category(lemma: str) -> str | None:
    """The PLOVER category of ``lemma``'s CAMEO verb entry without a particle (its block's default,
    before any pattern reads the verb's arguments), None when it names none: a sense check can tell
    an event whose category an argument pattern chose ("argue" + "fight": PROTEST) from the verb's own."""
    for particle, _block, _cameo, plover, _mode in _entries().get(lemma, ()):
        if not particle:
            return plover
    return None


def _needed_words(p: _Pattern) -> tuple[tuple[str, ...], bool]:
    """(words, is_subject): words of which a verb's arguments must hold one for ``p`` to match.

    The most selective argument the pattern names: its object; else the object of its
    preposition ("in" is everywhere, "in &custody" is not); else the preposition, the
    particle or, last, the subject.
    """
    subject, particle, obj, prep, pobj = p[:5]
    if obj:
        return obj, False
    if prep:
        return pobj or (prep,), False
    if particle:
        return (particle,), False
    return subject, True


def _needs() -> tuple[dict[str, dict[str, None]], dict[str, dict[str, None]], dict[str, dict[str, None]]]:
    """(after, subject, anywhere): verb -> words one of which its neighbourhood must hold
    for some pattern of its blocks to match (see :func:`specific_verb_code`).

    ``after``: words read after the verb (objects, prepositions and their objects,
    particles); ``subject``: subject words; ``anywhere``: both.  Each word is there
    also with an "s" added, so that a lower-case text or lemma can be looked up as it
    is (:func:`_forms` reads "attacks" as "attack" too).  A verb whose blocks have no
    pattern with an argument is in none.  Word sets are dictionaries of strings,
    which the collector does not track (a frozenset it would).
    """
    global _NEEDS
    if _NEEDS is not None:
        return _NEEDS
    by_block: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
    for block, pats in _patterns().items():
        read_after: dict[str, None] = {}
        read_subject: dict[str, None] = {}
        for p in pats:
            if any(p[:5]):  # else never tried
                words, is_subject = _needed_words(p)
                (read_subject if is_subject else read_after).update(dict.fromkeys((*words, *(w + "s" for w in words))))
        by_block[block] = read_after, read_subject
    after: dict[str, dict[str, None]] = {}
    subject: dict[str, dict[str, None]] = {}
    anywhere: dict[str, dict[str, None]] = {}
    for lemma, entries in _entries().items():
        for table, side in ((after, 0), (subject, 1)):
            sets = [by_block[b][side] for b in dict.fromkeys(e[1] for e in entries) if b in by_block and by_block[b][side]]
            if sets:
                # a verb of one block shares the block's words (most verbs)
                table[lemma] = sets[0] if len(sets) == 1 else {w: None for words in sets for w in words}
        # a verb with words on one side only shares that side's dictionary (read, never changed):
        # most verbs, and no copy of their words (s26 at stop 44: 213,000 entries copied before)
        if lemma in after and lemma in subject:
            anywhere[lemma] = {**after[lemma], **subject[lemma]}
        elif lemma in after or lemma in subject:
            anywhere[lemma] = after[lemma] if lemma in after else subject[lemma]
    _NEEDS = after, subject, anywhere
    return _NEEDS


#: :func:`_needs`, once made (read on every verb: a global is quicker to reach than a cache).
_NEEDS: tuple[dict[str, dict[str, None]], dict[str, dict[str, None]], dict[str, dict[str, None]]] | None = None


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
            counted = c.lemma.lower() in _amount_words()  # "fired dozens of rockets": the rockets count
            for cc in doc.children(c.i):
                if cc.dep in ("compound", "amod"):
                    objects.update(_forms(cc))  # "air strikes": a pattern may name the modifier
                if cc.dep == "conj":
                    objects.update(_forms(cc))
                if counted and cc.dep == "nmod" and cc.i > c.i and any(g.dep == "case" and g.text.lower() == "of" for g in doc.children(cc.i)):
                    objects.update(_forms(cc))
        elif c.dep in ("obl", "obl:arg", "nmod", "advcl"):
            case = next((k.text.lower() for k in doc.children(c.i) if k.dep in ("case", "mark")), "")
            if case and not (case == "for" and c.lemma.lower() in _durations()) and c.text.lower() not in _time_heads():
                preps.append((case, _forms(c)))
        elif c.dep in ("nsubj",):
            subjects.update(_forms(c))
    return particles, objects, preps, subjects


@lru_cache(maxsize=1)
def _amount_words() -> frozenset[str]:
    """Counts, sums and salvos that head an object whose of-phrase is what the verb acts on
    (class ``amount`` of ``sense_words.tsv``)."""
    from ..lexicons import word_class

    return word_class("sense_words.tsv", "amount")


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    """Verbs of saying (the project's speech-verb lexicon), whose "that" opens the clause said."""
    from ..lexicons import speech_verbs

    return frozenset(speech_verbs())


@lru_cache(maxsize=1)
def _time_heads() -> frozenset[str]:
    """Heads of a prepositional phrase that make it a time ("on Tuesday", "in January", "on the
    same day"), never the phrase a CAMEO pattern names ("CALL ON" someone): weekdays, months and
    ``time-word`` of ``sense_words.tsv``; "may" and "march" are left out, being names and verbs too."""
    from ..lexicons import months, weekdays, word_class

    return (frozenset(weekdays()) | frozenset(months()) | word_class("sense_words.tsv", "time-word")) - {"may", "march"}


@lru_cache(maxsize=1)
def _medium_heads() -> frozenset[str]:
    """Heads of a phrase that says by what means parties talk ("by phone", "over the phone", "via
    video link"): class ``medium-word`` of ``sense_words.tsv`` (issue 14 batch 76)."""
    from ..lexicons import word_class

    return word_class("sense_words.tsv", "medium-word")


def _over_a_medium(lowered: list[str], k: int, end: int) -> bool:
    """"over" at ``k`` opens a phrase of means ("talked over the phone with"): a preposition, not
    the particle of "talk over" (to discuss)."""
    m = k + 1 + (k + 1 < end and lowered[k + 1] == "the")
    return lowered[k] == "over" and m < end and lowered[m] in _medium_heads()


_PARTICLES = frozenset({"back", "down", "off", "up", "out", "aside", "away", "over", "forward"})
@lru_cache(maxsize=1)
def _durations() -> frozenset[str]:
    """Units of time (class ``duration-unit`` of ``sense_words.tsv``): "for" + one is a duration
    ("fought for six hours"), not the purpose CAMEO's "for" patterns read ("fight for independence")."""
    from ..lexicons import word_class

    return word_class("sense_words.tsv", "duration-unit")


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
    speaking = verb.lemma.lower() in _speech_lemmas()
    for k in range(verb.i + 1, min(sent.token_end, verb.i + 9)):
        w = doc.tokens[k]
        low = lowered[k]
        if k == verb.i + 1 and low in _PARTICLES and not _over_a_medium(lowered, k, sent.token_end):
            particles.add(low)
            continue
        if w.pos in ("PUNCT", "SCONJ") or (w.pos == "VERB" and k > verb.i + 1):
            break
        if low == "that" and speaking:
            break  # "saying that the results show ...": the clause said, no object of the verb
        if w.pos == "ADP" or (w.pos == "PART" and low == "to"):
            # a prepositional phrase after another one hangs on its noun, not on the verb ("called
            # into O'Reilly's program on Fox News" is no "call on"); CAMEO patterns name the first
            prep = "(nested)" if preps and prep not in ("", "(time)", "(medium)") else low
            continue
        if w.pos in ("NOUN", "PROPN", "ADJ"):
            if prep == "for" and w.lemma.lower() in _durations():
                continue  # "fought for six hours": how long, not what for
            if prep and low in _time_heads():
                prep = "(time)"  # nouns up to the next preposition are in the time phrase
                continue  # "called his counterpart on Tuesday": when, not CAMEO's "call on"
            if prep == "of" and objects and all(o.removesuffix("s") in _amount_words() or o in _amount_words() for o in objects):
                objects.update(_forms(w))  # "fired dozens of rockets at": what is counted is the object
                prep = ""
            elif prep:
                if prep not in ("(time)", "(nested)", "(medium)"):
                    preps.append((prep, _forms(w)))
                    if prep in ("by", "over", "via") and low in _medium_heads():
                        # "spoke by phone with his counterpart": a means of talking hangs on the verb,
                        # and the phrase after it too (CAMEO's with-pattern), no noun's phrase
                        prep = "(medium)"
            elif w.pos != "ADJ" or not objects:
                objects.update(_forms(w))
    return particles, objects, preps


def _surface_passive_subject(doc: AnnotatedDocument, verb: Token) -> set[str]:
    """Without a parse, the forms of a passive verb's subject head -- the noun right before the
    form of "be" that precedes the participle, when a by-phrase follows within five words ("The
    foreign minister was received by ..."): the patient, which CAMEO's patterns name as the
    object, as a parse's ``nsubj:pass`` counts among the objects (:func:`_arguments`). Lead at
    stop 40, batch 97."""
    k = be_before(doc, verb)
    if k is None or verb.text.lower().endswith("ing"):
        return set()
    head = doc.tokens[k - 1]
    if head.pos != "NOUN":
        return set()
    sent_end = doc.sentences[verb.sent].token_end
    for j in range(verb.i + 1, min(sent_end, verb.i + 6)):
        w = doc.tokens[j]
        if w.text.lower() == "by":
            return set(_forms(head))
        if w.pos in ("PUNCT", "VERB", "SCONJ"):
            break
    return set()  # only with a by-phrase that names who acted: "charges were to be filed", "the
    # move was intended to" have no party, and CAMEO's patterns read nothing sound off them


def _surface_subjects(doc: AnnotatedDocument, verb: Token) -> set[str]:
    """Subject heads without a parse: the forms of the three words before the verb."""
    lo = max(doc.sentences[verb.sent].token_start, verb.i - 3)
    out: set[str] = set()
    tokens = doc.tokens
    for k in range(lo, verb.i):
        out.update(_forms(tokens[k]))
    return out


def _matches(p: _Pattern, particles: set[str], objects: set[str], preps: Sequence[tuple[str, Collection[str]]], subjects: AbstractSet[str], particle: str) -> bool:
    subject, p_particle, obj, p_prep, pobj = p[:5]
    if p_particle and p_particle not in particles and p_particle != particle:
        return False
    if obj and objects.isdisjoint(obj):
        return False
    if subject and subjects.isdisjoint(subject):
        return False
    if p_prep:
        if not any(prep == p_prep and (not pobj or any(h in pobj for h in heads)) for prep, heads in preps):
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
    key = verb.lemma.lower()
    entries = _entries().get(key)
    if not entries:
        key = verb.text.lower()
        entries = _entries().get(key)
    if not entries:
        return None
    if len(entries) == 1 and not entries[0][0] and entries[0][1] not in _patterns():
        _particle, _block, cameo, plover, mode = entries[0]
        return VerbCode(cameo, plover, mode, False)  # no pattern to try: the arguments cannot matter
    if doc.has_parse:
        particles, objects, preps, subjects = _arguments(doc, verb)
    else:
        particles, objects, preps = _surface_objects(doc, verb)
        objects |= _surface_passive_subject(doc, verb)
        subjects = None  # read below, only for a block with a pattern that tests the subject
    chosen = None
    for particle, block, cameo, plover, mode in entries:
        if particle and particle not in particles and not any(p == particle and _medium_heads().isdisjoint(h) for p, h in preps):
            # ("talked over the phone with": a phrase of means, no particle of "talk over")
            continue
        chosen = (particle, block, cameo, plover, mode)
        break
    if chosen is None:
        return None
    particle, block, cameo, plover, mode = chosen
    if subjects is None:
        subjects = _surface_subjects(doc, verb) if block in _subject_blocks() else set()
    p = _first_match(block, particles, objects, preps, subjects, particle, key)
    if p is not None:
        return VerbCode(p[5], p[6], p[7], True, bool(p[0]))
    return VerbCode(cameo, plover, mode, False)


def specific_verb_code(doc: AnnotatedDocument, verb: Token) -> VerbCode | None:
    """:func:`verb_code`'s answer when a pattern with arguments matched (``specific``), else None.

    The event senses use only such answers, and most verbs get none: about 4% of
    the verbs of news text match a pattern.  So the question is first put the
    cheap way round.  :func:`_needs` lists, for each verb, the words one of which
    its arguments must hold for any pattern of its blocks to match; when no word
    near the verb (:func:`_may_match`) is one of them, no pattern can match and
    the arguments are not read.  Otherwise :func:`verb_code` decides, as before.
    """
    key = pattern_key(verb.lemma.lower(), verb.text.lower())
    if not key or not _may_match(doc, verb, key, _NEEDS or _needs()):
        return None  # the common case: no pattern of this verb can match here
    vc = verb_code(doc, verb)
    return vc if vc is not None and vc.specific else None


#: (lower-case lemma, lower-case text) -> :func:`pattern_key`'s answer, kept for the process: the
#: same few thousand verbs recur in every document, and the answer depends on the word alone.
#: Strings only, so the collector does not track the table.
_PATTERN_KEYS: dict[tuple[str, str], str] = {}


def pattern_key(lemma: str, low: str) -> str:
    """The key of :func:`_needs` under which some pattern of the verb's blocks may match, for a
    verb with lower-case ``lemma`` and text ``low``; "" when no pattern of its blocks names an
    argument (then :func:`specific_verb_code` is None whatever the words around it).

    The lemma's entry wins over the written form's, as in :func:`verb_code`: a lemma in the
    dictionary whose blocks name no argument gives "" even when the written form has patterns.
    """
    key = _PATTERN_KEYS.get((lemma, low))
    if key is None:
        anywhere = (_NEEDS or _needs())[2]
        if lemma in anywhere:
            key = lemma
        elif lemma in _entries():
            key = ""  # the verb's entry, but no pattern of its blocks names an argument
        else:
            key = low if low in anywhere else ""
        _PATTERN_KEYS[(lemma, low)] = key
    return key


def _may_match(doc: AnnotatedDocument, verb: Token, key: str, needs: tuple[dict[str, dict[str, None]], ...]) -> bool:
    """False when no word :func:`verb_code` could read as an argument of ``verb`` is one
    that a pattern of verb ``key`` needs (True: it may match, ask :func:`verb_code`).

    The words it could read: with a parse, the forms of the verb's children and their
    children; without one, of up to eight words after the verb and three before it, in
    its sentence (the windows of :func:`_surface_objects` and :func:`_surface_subjects`).
    Without a parse each window is tested with one set operation on a slice of the
    document's lower-case texts (a form less a final "s" is in ``needs``) and one on
    a slice of its lower-case lemmas.
    """
    after, subject, anywhere = needs
    if doc.has_parse:
        words = anywhere[key].keys()
        children = doc.children
        for c in children(verb.i):
            if not words.isdisjoint(_forms(c)):
                return True
            for cc in children(c.i):
                if not words.isdisjoint(_forms(cc)):
                    return True
        return False
    sent = doc.sentences[verb.sent]
    i = verb.i
    # the window after the verb, then the one before it (each side written out: no tuple of
    # windows is built per verb, and the document's columns are read once)
    needed = after.get(key)
    lows = lemmas = None
    end = sent.token_end if sent.token_end < i + 9 else i + 9
    if needed is not None and i + 1 < end:
        words = needed.keys()
        lows, lemmas = doc.lowered_texts(), doc.lowered_lemmas()
        if not words.isdisjoint(lows[i + 1:end]) or not words.isdisjoint(lemmas[i + 1:end]):
            return True
        # a passive's subject, which verb_code reads as its object: only after a form of "be",
        # adverbs between (tree.be_before), so the set is built for few verbs (s34, stop 48)
        if (lows[i - 1] in BE_FORMS or doc.tokens[i - 1].pos == "ADV") and not words.isdisjoint(_surface_passive_subject(doc, verb)):
            return True
    needed = subject.get(key)
    lo = sent.token_start if sent.token_start > i - 3 else i - 3
    if needed is not None and lo < i:
        words = needed.keys()
        if lows is None:
            lows, lemmas = doc.lowered_texts(), doc.lowered_lemmas()
        if not words.isdisjoint(lows[lo:i]) or not words.isdisjoint(lemmas[lo:i]):  # type: ignore[index]
            return True
    return False


def _first_match(block: str, particles: set[str], objects: set[str], preps: Sequence[tuple[str, Collection[str]]], subjects: AbstractSet[str], particle: str, lemma: str) -> _Pattern | None:
    """The first pattern of ``block``, in trial order, that the arguments of verb ``lemma`` match
    (None: none does); a pattern written for another verb of the block is passed over."""
    pats = _patterns().get(block)
    if pats is None:
        return None
    filed = _filed()
    candidates: set[int] = set()
    # each argument's words looked up in turn, with no list or tuple of them built per call
    for w in objects:
        ks = filed.get((block, _OBJECT, w))
        if ks:
            candidates.update(ks)
    for w, _h in preps:
        ks = filed.get((block, _PREP, w))
        if ks:
            candidates.update(ks)
    for w in particles:
        ks = filed.get((block, _PARTICLE, w))
        if ks:
            candidates.update(ks)
    ks = filed.get((block, _PARTICLE, particle))
    if ks:
        candidates.update(ks)
    for w in subjects:
        ks = filed.get((block, _SUBJECT, w))
        if ks:
            candidates.update(ks)
    for k in sorted(candidates):
        p = pats[k]
        if p[8] and p[8] != lemma:
            continue
        if _matches(p, particles, objects, preps, subjects, particle):
            return p
    return None
