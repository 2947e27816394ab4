"""What ought to happen and what would have happened, told with event words: no event.

PLOVER codes events that happen (or are promised, threatened, asked for, by the verbs that say
so); a verb whose modal puts the act outside what happened reports none:

* what ought to happen -- "the governor should step down", "companies should support parents who
  work", "he should be congratulated", "should have resigned": an opinion, the writer's or a
  speaker's (a demand that someone act is a REQUEST where a verb of asking says so: "called on him
  to step down");
* what must happen -- "Parliament has to approve any new arms deal", "both chambers will have to
  ratify the treaty", "the factions need to sign a ceasefire", "members must pass background
  checks": an obligation in the present or the future, no act reported (the dev file's
  convention since batch 74; a past "had to withdraw" reports what was done and stays, and "must
  have signed" is a guess about the past, not an obligation; lead, stop 42, dev batch 107);
* what would have happened -- "a bill that would have banned the sale of tobacco", "the navy
  would have been able to seize the port": a counterfactual past, the act did not happen.

Found on PolNeAR train with the rules engine (stop 34, e29; dev batch 62).  Each check reads a few
words before the verb, so it costs nothing for the other candidates; like the other sense checks
(:mod:`.non_event_senses`) it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck

__all__ = ["checks"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: both read the words before any verb."""
    return (
        SenseCheck("irrealis: what ought to happen", _ought_to_happen, any_word=True, sentence_words=frozenset({"should", "ought"})),
        SenseCheck("irrealis: what must happen", _must_happen, any_word=True, sentence_words=frozenset({"must", "have", "has", "need", "needs"})),
        SenseCheck("irrealis: what would have happened", _would_have_happened, any_word=True, sentence_words=frozenset({"have", "'ve"})),
    )


#: Words between "should" and its verb: negation, adverbs, the auxiliaries of a passive or a
#: perfect ("should not", "should immediately", "should be congratulated", "should have resigned").
_AFTER_SHOULD = frozenset({"not", "n't", "be", "have", "been", "also", "now", "immediately", "simply", "just", "still", "never", "really", "probably"})


def _back_past(doc: AnnotatedDocument, t: Token, allowed: frozenset[str], reach: int) -> int:
    """The index of the first word before ``t``, within ``reach`` words, that is neither in
    ``allowed`` nor an adverb (the sentence's first word at the least): where the auxiliary that
    governs ``t`` should stand."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > lo and t.i - k <= reach and (lows[k] in allowed or doc.tokens[k].pos == "ADV"):
        k -= 1
    return k


def _modal_slot(doc: AnnotatedDocument, t: Token, allowed: frozenset[str]) -> int | None:
    """For a verb ``t``, the index where its governing modal should stand -- the first word before
    it, within three, that is neither in ``allowed`` nor an adverb (:func:`_back_past`); None for
    a word that is no verb or a slot before the sentence.  The checks of what ought to or must
    happen read the word there."""
    if t.pos != "VERB":
        return None
    k = _back_past(doc, t, allowed, 3)
    return k if k >= doc.sentences[t.sent].token_start else None


def _ought_to_happen(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A verb governed by "should" or "ought to" ("the governor should step down", "companies
    should support parents who work", "he should be congratulated", "should have resigned"): what
    the writer or a speaker thinks ought to happen (or ought to have), an opinion -- the act is
    not reported, and PLOVER codes events that happen (a demand that someone act is a REQUEST
    where a verb of asking says so: "called on him to step down").  Found on PolNeAR train, rules
    engine (stop 34, e29; dev batch 62)."""
    k = _modal_slot(doc, t, _AFTER_SHOULD)
    if k is None:
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    if lows[k] in ("and", "or"):
        # "should relax and accept it": a verb coordinated right after another under "should"
        for j in range(k - 1, max(lo, k - 6) - 1, -1):
            if lows[j] == "should":
                return True
            if doc.tokens[j].pos in ("PUNCT", "AUX") or lows[j] in ("and", "or", "that", "who", "which"):
                return False
        return False
    return lows[k] == "should" or (lows[k] == "to" and k > lo and lows[k - 1] == "ought")


#: Words between "must" (or the "to" of "have to" / "need to") and its verb: negation, adverbs, the
#: auxiliary of a passive ("must not", "must first", "has to be approved"); not "have", so that
#: "must have signed", a guess about the past, is left alone.
_AFTER_MUST = frozenset({"not", "n't", "be", "also", "now", "first", "still", "never", "soon", "eventually", "then"})
#: Words before "to" that make an obligation of it in the present or the future ("has to",
#: "will have to", "need to"); a past "had to withdraw" reports what was done.
_OBLIGATION_BEFORE_TO = frozenset({"have", "has", "need", "needs"})


def _must_happen(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A verb governed by "must", or by "to" after "have" / "has" / "need" / "needs" ("Parliament
    has to approve any new arms deal", "will have to ratify", "the factions need to sign a
    ceasefire", "must pass background checks"): an obligation, no act reported (dev batch 107)."""
    k = _modal_slot(doc, t, _AFTER_MUST)
    if k is None:
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    if lows[k] == "must":
        return True
    return lows[k] == "to" and k > lo and lows[k - 1] in _OBLIGATION_BEFORE_TO


#: Words between "would have" and its verb ("would have been able to seize", "would not have allowed").
_AFTER_WOULD_HAVE = frozenset({"been", "able", "to", "not", "n't", "also", "ever", "never", "probably", "likely", "easily"})


def _would_have_happened(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A verb under "would have" or "could have" ("a bill that would have banned the sale",
    "would have been able to seize the port", "could have allowed"): a counterfactual past -- the act
    did not happen ("may have", "might have" leave it possible and are not read)."""
    if t.pos != "VERB":
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = _back_past(doc, t, _AFTER_WOULD_HAVE, 5)
    if k <= lo or lows[k] not in ("have", "'ve"):
        return False
    j = k - 1
    if j > lo and lows[j] in ("not", "n't"):
        j -= 1
    return lows[j] in ("would", "could", "'d", "wouldn't", "couldn't")
