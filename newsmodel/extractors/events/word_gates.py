"""Which word-keyed checks can act on a word: one answer per (lemma, written form), kept for the
process (issue 13, stop 47, helper s30).

The checks of :func:`.senses._own_or_pattern_sense` before the CAMEO patterns each open with a
test of the candidate's lemma -- or of its written form with the ending taken off
(:func:`..denial_forms.base_form`: the rules lemmatiser's "interrupte", "ploughe") -- against a
word list, and return nothing for any other word.  Asked of every verb that reaches them, those
opening tests (a function call each, a ``base_form`` walk for some) were most of the chain's cost.

A check declares that opening test as a :class:`WordGate`: the lemmas it can act on, whether a
written form counts by its base form (``forms``), and any written forms it reads as such
(``texts``).  :class:`GateTable` asks every gate once per (lower-case lemma, lower-case text)
and keeps the names of the gates that admit the word; the chain then reads ``name in open`` in
front of the check.  A gate is a promise proved from the check's own first guard: it must admit
every word the check can act on (it may admit more -- the check keeps its own guard, so a wider
gate is only slower).  ``tests/test_s30_word_gates.py`` holds the promise on the dev sentences
and the memo to the direct computation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..denial_forms import base_form

_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class WordGate:
    """The words one check can act on: a lower-case lemma in ``lemmas``, a lower-case text in
    ``texts``, or -- with ``forms`` -- a lower-case text whose base form is one of ``lemmas``."""

    lemmas: frozenset[str]
    forms: bool = False
    texts: frozenset[str] = _NONE

    def admits(self, lemma: str, low: str) -> bool:
        """The check may act on a word with lower-case ``lemma`` and text ``low``."""
        return lemma in self.lemmas or low in self.texts or (self.forms and base_form(low, self.lemmas) is not None)


class GateTable:
    """Named gates, asked once per word: :meth:`open_for` gives the names of those that admit it.

    The memo holds strings and frozensets of the gates' own names only; it is emptied when it
    grows past ``limit`` words, so a long run of varied text keeps it bounded."""

    def __init__(self, gates: Mapping[str, WordGate], limit: int = 50_000) -> None:
        self.gates = dict(gates)
        self._limit = limit
        self._memo: dict[tuple[str, str], frozenset[str]] = {}

    def open_for(self, lemma: str, low: str) -> frozenset[str]:
        """The names of the gates that admit the word (lower-case ``lemma`` and text ``low``)."""
        found = self._memo.get((lemma, low))
        if found is None:
            found = self.direct(lemma, low)
            if len(self._memo) >= self._limit:
                self._memo.clear()
            self._memo[(lemma, low)] = found
        return found

    def direct(self, lemma: str, low: str) -> frozenset[str]:
        """:meth:`open_for` without the memo: every gate asked."""
        return frozenset(name for name, gate in self.gates.items() if gate.admits(lemma, low))
