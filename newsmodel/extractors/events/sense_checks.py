"""What a non-event sense check can act on, so :func:`.non_event_senses.non_event` asks only the
checks that can fire for a candidate (issue 13, stop 32).

A candidate trigger that would be an event is asked about some two hundred uses that name no
event ("Brazil crushed Bolivia 5-0", "a campaign rally", "the company cancelled flights"). Most
of those checks open with a test of the trigger's lemma, its lower-case text or its curated
PLOVER category ("lemma == 'rally' and ..."): for any other candidate they cannot return True.
Each sense module therefore lists its checks as :class:`SenseCheck` values that declare those
keys; a check whose first guard reads no key (a yes/no question, a company as the subject) has
none and is asked of every candidate.  Every check keeps its own guard, so asking it of a
candidate outside its keys is still correct, only slower: the keys are a promise, proved from
the check's first guard, that it returns False there.  ``tests/test_s12.py`` checks the promise
on the dev sentences.

A check asked of every candidate may still need a word of its own lexicon somewhere in the
candidate's sentence ("no *evidence* that", "a *history* of blaming", "*should* step down").
It declares those words as ``sentence_words``, and :meth:`Dispatch.gated` hands them to
:func:`.non_event_senses.non_event` with the check, which skips the check when no word of the
sentence, as lower-case text or lemma, is one of them (issue 13, s23).  Like the keys, the
declaration is a promise proved from the check's own code; a check that declares nothing is
asked as before.

The sentence test is made with bits (issue 13, s33): each declaring check ``i`` is bit ``1 << i``
(:meth:`Dispatch.gated_bits`), and :meth:`Dispatch.open_in` reads, once per sentence, the mask
of the declaring checks with a word there from an index of all declared words; a check is then
skipped when its bit is not in that mask, the same answer as testing its words against the
sentence.  The declaration itself is unchanged: a new check still only states its keys and its
``sentence_words``.

This module imports no event module, so every sense module can import it at module level.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ...document import AnnotatedDocument, Token
from ...draft import Draft

#: A check: (document, draft, candidate token, curated trigger ``(length, category, mode)`` or None).
Ask = Callable[[AnnotatedDocument, Draft, Token, "tuple[int, str, str | None] | None"], bool]

_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SenseCheck:
    """One check of a use that names no event, and what it can act on.

    With ``any_word`` the check may fire for any candidate.  Otherwise it can return True only
    when the candidate's lower-case lemma is in ``lemmas``, its lower-case text in ``texts`` or
    its curated category in ``categories``.  With ``sentence_words`` it can return True only when
    a word of the candidate's sentence, as lower-case text or lemma, is one of them.
    """

    name: str
    ask: Ask
    lemmas: frozenset[str] = _NONE
    texts: frozenset[str] = _NONE
    categories: frozenset[str] = _NONE
    any_word: bool = False
    sentence_words: frozenset[str] | None = None

    def admits(self, lemma: str, low: str, category: str | None) -> bool:
        """The check can fire for a candidate with this lemma, text and category."""
        return self.any_word or lemma in self.lemmas or low in self.texts or category in self.categories


def keys(*groups: Iterable[str]) -> frozenset[str]:
    """One key set from string literals and word classes."""
    out: set[str] = set()
    for g in groups:
        if isinstance(g, str):
            out.add(g)
        else:
            out.update(g)
    return frozenset(out)


class Dispatch:
    """The checks, in their order, compiled into "the checks that can fire for this (lemma, text,
    category)"; each combination's list is built once, on first sight."""

    def __init__(self, checks: tuple[SenseCheck, ...]) -> None:
        self.checks = checks
        self._by_lemma: dict[str, set[int]] = {}
        self._by_text: dict[str, set[int]] = {}
        self._by_category: dict[str, set[int]] = {}
        self._any = {i for i, c in enumerate(checks) if c.any_word}
        for i, c in enumerate(checks):
            for w in c.lemmas:
                self._by_lemma.setdefault(w, set()).add(i)
            for w in c.texts:
                self._by_text.setdefault(w, set()).add(i)
            for w in c.categories:
                self._by_category.setdefault(w, set()).add(i)
        self._seen: dict[tuple[str, str, str | None], tuple[Ask, ...]] = {}
        self._gated: dict[tuple[str, str, str | None], tuple[tuple[Ask, frozenset[str] | None], ...]] = {}
        self._pairs = [(c.ask, c.sentence_words) for c in checks]
        # the bits of gated_bits and open_in: check i is bit 1 << i when it declares sentence_words, else 0
        self._bits = [1 << i if c.sentence_words is not None else 0 for i, c in enumerate(checks)]
        self._word_bits: dict[str, int] = {}  # declared word -> the bits of the checks that declare it
        for i, c in enumerate(checks):
            for w in c.sentence_words or ():
                self._word_bits[w] = self._word_bits.get(w, 0) | 1 << i
        self._declared_words = frozenset(self._word_bits)
        self._gated_bits: dict[tuple[str, str, str | None], tuple[tuple[Ask, int], ...]] = {}
        self._last_open: tuple[frozenset[str], int] | None = None

    def _indices(self, lemma: str, low: str, category: str | None) -> list[int]:
        """The positions of the checks that can fire for the candidate, in the registry's order."""
        idx = set(self._any)
        idx |= self._by_lemma.get(lemma, _EMPTY)
        idx |= self._by_text.get(low, _EMPTY)
        if category is not None:
            idx |= self._by_category.get(category, _EMPTY)
        return sorted(idx)

    def asks(self, lemma: str, low: str, category: str | None) -> tuple[Ask, ...]:
        """The checks that can fire for the candidate, in the registry's order."""
        key = (lemma, low, category)
        found = self._seen.get(key)
        if found is None:
            found = tuple(self.checks[i].ask for i in self._indices(lemma, low, category))
            self._seen[key] = found
        return found

    def gated(self, lemma: str, low: str, category: str | None) -> tuple[tuple[Ask, frozenset[str] | None], ...]:
        """:meth:`asks`'s checks, each with its ``sentence_words`` (None: no promise about the
        sentence), in the registry's order; built once per combination, as :meth:`asks`."""
        key = (lemma, low, category)
        found = self._gated.get(key)
        if found is None:
            pairs = self._pairs  # one (ask, words) pair a check, shared by every combination's tuple
            found = tuple(pairs[i] for i in self._indices(lemma, low, category))
            self._gated[key] = found
        return found

    def gated_bits(self, lemma: str, low: str, category: str | None) -> tuple[tuple[Ask, int], ...]:
        """:meth:`gated` with each check's bit (``1 << i``) in place of its ``sentence_words``, 0 for a
        check that declares none: what :func:`.non_event_senses.non_event` tests against
        :meth:`open_in`'s mask; built once per combination, as :meth:`asks`."""
        key = (lemma, low, category)
        found = self._gated_bits.get(key)
        if found is None:
            found = tuple((self.checks[i].ask, self._bits[i]) for i in self._indices(lemma, low, category))
            self._gated_bits[key] = found
        return found

    def open_in(self, present: frozenset[str]) -> int:
        """The bit mask of the declaring checks with a word of ``present`` (a sentence's lower-case
        texts and lemmas) among their ``sentence_words``: one set intersection with the declared
        words, where testing each check's words against the sentence cost a set test per check.
        The last answer is kept: the candidates of one sentence share its set."""
        last = self._last_open
        if last is not None and last[0] is present:
            return last[1]
        bits = self._word_bits
        mask = 0
        for w in present & self._declared_words:
            mask |= bits[w]
        self._last_open = (present, mask)
        return mask


_EMPTY: frozenset[int] = frozenset()


def before_adverbs(doc: AnnotatedDocument, t: Token) -> int:
    """The index of the word before ``t`` once the adverbs right before it are passed ("to
    quickly release": "to"), at least the sentence's first index. Several sense modules read the
    word there ("of" after a noun of habit, "to" of an infinitive), so the walk is written once,
    here, where every sense module can import it."""
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k > lo and doc.tokens[k].pos == "ADV":
        k -= 1
    return k


def after_adverbs(doc: AnnotatedDocument, t: Token) -> int:
    """The index of the word after ``t`` once the adverbs right after it are passed ("opposes
    *strongly* raising": "raising"), at most the sentence's end: :func:`before_adverbs`'s mirror,
    for the sense modules that read the word there (an object, a gerund, "into")."""
    end = doc.sentences[t.sent].token_end
    k = t.i + 1
    while k < end and doc.tokens[k].pos == "ADV":
        k += 1
    return k


def to_verb_after(doc: AnnotatedDocument, t: Token, verbs: frozenset[str]) -> int | None:
    """The index of the verb of ``verbs`` (by lemma or lower-case text) in "to" + verb right after
    ``t`` with at least one more word after it in the sentence ("refused *to* concede that",
    "refusal *to* call the attack ..."); else None."""
    k = t.i + 1
    if k + 2 >= doc.sentences[t.sent].token_end or doc.lowered_texts()[k] != "to":
        return None
    verb = doc.tokens[k + 1]
    return k + 1 if verb.lemma.lower() in verbs or doc.lowered_texts()[k + 1] in verbs else None


def infinitive_to(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the "to" of ``t``'s infinitive, adverbs passed ("to quickly release"), when a
    word stands before that "to" in the sentence; else None. The checks that read what comes
    before an infinitive (a want, a permission, a reliance) start here."""
    k = before_adverbs(doc, t)
    if k <= doc.sentences[t.sent].token_start or doc.lowered_texts()[k] != "to":
        return None
    return k
