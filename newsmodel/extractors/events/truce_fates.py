"""A standing truce whose fate is told is no act (issue 14, stop 41, e53).

"Analysts warned that the ceasefire between the two militias could collapse within weeks", "the
truce has held since March": a truce noun as the subject of a verb of lasting or failing
(``truce-fate-verb``) names a truce already made and tells what becomes of it -- a forecast or a
state (CAMEO 012, a pessimistic comment, when someone warns of it), no ceasefire declared, so
no RETREAT.  A participle of its making inside the subject reports the making, which stays: "the
ceasefire *agreed* between the army and the rebels on Monday collapsed within hours" (dev batch
61, RETREAT).

The words are ``truce-noun`` and ``truce-fate-verb`` of ``sense_words.tsv``.  Dev batch 103.  The
check reads the words after the noun up to its verb, so it works with and without a parse; it
can only remove an event.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..denial_forms import base_form
from .sense_checks import SenseCheck

__all__ = ["checks", "truce_fate"]

#: How far after the noun its verb may stand ("the ceasefire between the two militias could collapse").
_REACH = 9


@lru_cache(maxsize=1)
def _fates() -> frozenset[str]:
    return word_class("sense_words.tsv", "truce-fate-verb")


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: asked of the truce nouns only."""
    return (SenseCheck("a truce's fate: the ceasefire could collapse", truce_fate, lemmas=word_class("sense_words.tsv", "truce-noun"), texts=word_class("sense_words.tsv", "truce-noun")),)


def truce_fate(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the noun at ``t`` (``truce-noun``) is the subject of a ``truce-fate-verb``: the first
    verb after it, past its own phrase ("between the two militias") and auxiliaries, within
    :data:`_REACH` words and before any comma, is one, and no participle of the truce's making
    ("agreed", "signed") stands between."""
    if not (t.pos == "NOUN" and (t.lemma.lower() in word_class("sense_words.tsv", "truce-noun") or t.text.lower() in word_class("sense_words.tsv", "truce-noun"))):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _REACH)):
        w = doc.tokens[k]
        if lows[k] in (",", ";", ":", "that", "which"):
            return False
        if w.pos == "AUX":
            continue
        if w.pos == "VERB":
            return w.lemma.lower() in _fates() or base_form(lows[k], _fates()) is not None or lows[k] in ("broke", "held")
    return False
