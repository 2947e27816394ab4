"""A habit told in the simple present reports no act (issue 14, stop 41, helper e56; dev batch 106).

"The foreign minister regularly meets with opposition leaders", "Each summer, the mayor meets
with the fishermen's union", "Rebels often attack convoys on the mountain road": a verb in the
simple present with an adverb of frequency (``frequency-adverb`` in ``sense_words.tsv``) or an
"every / each" + period phrase ("every year", "each summer", "every Monday") tells what a party
does as a rule, not that it did something at a time and place.  PLOVER codes events -- one act,
one time -- so a standing practice is none.  Found in a hand judgment of every spaCy event of
twelve PolNeAR train texts (stop 41, e56), where habits in profiles and background paragraphs
were CONSULT and PROTEST events.

By construction the check needs both marks: the simple present (a past "met regularly", a
perfect "has often criticized" and a future "will meet every week" may report or announce acts
and are left alone) and a frequency word in the verb's own stretch of the sentence (no other
verb between them).  The headline present without a frequency word ("Minister meets rebels")
reports one act and stays.  Without a parse the tense is read from the form: a verb in -s, or
the bare form with no "to", modal or auxiliary before it.  The check can only remove an event.

"would" + a frequency adverb ("in those years the minister would often meet with rebel
leaders") is the past habit and is read the same way (stop 48, e90; dev batch 153): the adverb must
stand between "would" and the verb, so "would meet every week" (a plan or a promise) is left alone.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ...lexicons.dates import date_units, months, weekdays
from .sense_checks import SenseCheck

__all__ = ["checks", "habitual_present", "simple_present"]

#: Words that open a period phrase of habit ("every year", "each summer").
_EVERY = frozenset({"every", "each"})
#: How far from the verb a frequency word is looked for, each side.
_REACH = 8
#: Words that close the verb's stretch of the sentence (another clause may say something else).
_BREAKS = frozenset({";", ":", "--", "\u2014", "(", ")", "but", "while", "although", "though", "because", "when", "after", "before", "since", "until"})
#: Words right before a bare verb form that make it no simple present ("to meet", "will meet", "did meet").
_NOT_PRESENT_BEFORE = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "do", "does", "'ll", "not", "n't", "never"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any verb trigger, in a sentence that holds a
    frequency adverb or "every" / "each"."""
    return (SenseCheck(
        "a habit in the simple present: no act reported", habitual_present, any_word=True,
        sentence_words=frozenset(_adverbs() | _EVERY),
    ),)


@lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    return word_class("sense_words.tsv", "frequency-adverb")


@lru_cache(maxsize=1)
def _periods() -> frozenset[str]:
    """Periods after "every" / "each": the date lexicon's units, weekdays and months, and
    ``habit-period`` ("day", "quarter", "season")."""
    return frozenset(date_units() | weekdays() | months() | word_class("sense_words.tsv", "habit-period"))


def habitual_present(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb trigger at ``t`` is in the simple present and a frequency adverb or an
    "every / each" + period phrase stands in its stretch of the sentence (no other verb between)."""
    if t.pos != "VERB" or not (simple_present(doc, t) or _would_of_habit(doc, t)):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for step in (-1, 1):
        k = t.i + step
        while sent.token_start <= k < sent.token_end and abs(k - t.i) <= _REACH:
            w = lows[k]
            if w in _BREAKS:
                break
            if w in _adverbs():
                return True
            if w in _EVERY and k + 1 < sent.token_end and lows[k + 1] in _periods():
                return True
            if k != t.i and doc.tokens[k].pos in ("VERB", "AUX") and w not in _adverbs():
                break  # another verb: its own clause
            k += step
    return False


def _would_of_habit(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is the bare verb of "would" + a frequency adverb ("would often meet", "would
    regularly visit"): the past habit (stop 48, e90; dev batch 153).  The adverb must stand
    between "would" and the verb; "would meet every week" (a plan or a promise) is not read."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    adverb = False
    while k >= lo and (doc.tokens[k].pos == "ADV" or lows[k] in _adverbs()):
        adverb = adverb or lows[k] in _adverbs()
        k -= 1
    return adverb and k >= lo and lows[k] == "would"


def simple_present(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is a finite verb in the simple present: the tagger's VBZ / VBP, or without a parse a
    form in -s other than the lemma, or the bare lemma with no "to", modal or auxiliary before it
    (adverbs passed)."""
    if t.tag:
        return t.tag in ("VBZ", "VBP")
    low, lemma = t.text.lower(), t.lemma.lower()
    if low != lemma:
        return low.endswith("s") and not low.endswith("ss") and low[: len(lemma) - 1] == lemma[:-1]  # "meets", "carries"
    lows = doc.lowered_texts()
    k = t.i - 1
    lo = doc.sentences[t.sent].token_start
    while k >= lo and (doc.tokens[k].pos == "ADV" or lows[k] in _adverbs()):
        k -= 1
    return k < lo or (lows[k] not in _NOT_PRESENT_BEFORE and doc.tokens[k].pos not in ("AUX", "PART"))
