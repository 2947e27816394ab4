"""A stance told in a present-tense relative clause names a class of people, no act (issue 14,
stop 42, helper e61; dev batch 112).

"Young voters who support the senator", "farmers who back the governor", "residents who oppose
the mayor": the relative clause says who the people are by a standing preference, not what
someone did at a time.  PLOVER's SUPPORT (and REJECT of a party) report an act of endorsement,
aid or refusal by a source on an occasion, so there is no event.  Found judging every spaCy event
on PolNeAR train texts (stop 42, e61), where such clauses gave SUPPORT events for voter groups.

By construction the check reads three things: the candidate is a ``preference-verb`` (support, back,
oppose, favo(u)r, defend) in the simple present (its text is its lemma or the lemma + "s" / "es" -- the
same on both engines, whatever the tagger), and the word before it (adverbs passed: "who
strongly support") is a ``subject-relative`` pronoun (who / that / which) standing after a word of
the sentence, so that the pronoun is the verb's subject.  The past ("delegates who backed the
governor at the convention"), a main verb ("the union backs the governor") and a modal or "did"
between ("who will back") are not read.  The check can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "stance_in_relative"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: the stance verbs only."""
    return (SenseCheck(
        "a stance in a present-tense relative: voters who support the senator", stance_in_relative,
        lemmas=_words("preference-verb"), sentence_words=_words("subject-relative"),
    ),)


def _simple_present(t: Token, lemma: str) -> bool:
    """``t`` is written in the simple present: the bare lemma ("support") or lemma + s / es."""
    low = t.text.lower()
    return low == lemma or low == lemma + "s" or low == lemma + "es"


def stance_in_relative(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the stance verb at ``t`` is in the simple present right after a subject relative
    pronoun that follows another word of its sentence."""
    if t.lemma.lower() in _words("preference-verb"):  # the key test first (tests/test_s12.py reads it)
        if not _simple_present(t, t.lemma.lower()):
            return False
        k = before_adverbs(doc, t)
        lo = doc.sentences[t.sent].token_start
        return lo < k < t.i and doc.lowered_texts()[k] in _words("subject-relative")
    return False
