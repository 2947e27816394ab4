"""A refusal to grant a claim is no rejection (issue 14, stop 36, e35).

"The challenger refused to concede that the incumbent had won the recount", "the minister refused
to acknowledge that the ceasefire had collapsed": what is refused is a statement about the facts,
not a proposal, a request, aid, a meeting or a change that PLOVER's REJECT and its modes (assist,
change, yield, meet) are about.  The verb after "to" is a verb of granting a claim
(``grant-claim-verb``: concede, admit, acknowledge, accept, confirm) and a "that" clause follows
it, so the refusal is of words -- no event, as "declined to comment" is none.  "Refused to concede
any territory" and "refused to accept the offer of talks" keep their REJECT.

Found in a hand judgment of every event of PolNeAR train texts (stop 36, e35; dev batch 74),
both engines.  The check reads the three words after the refusal; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck, keys, to_verb_after
from .senses import event_words
from .triggers import words_of

__all__ = ["checks", "claim_refused"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the verbs of refusal (``not-done``
    of ``event_cues.tsv``: refuse, decline ...)."""
    return (SenseCheck("a claim not granted: refused to concede that", claim_refused, lemmas=keys(words_of("not-done"))),)


def claim_refused(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the refusal at ``t`` is followed by "to", a verb of granting a claim and "that"
    (an adverb may stand before the "that"): "refused to concede that ...", "declined to
    acknowledge that ..."."""
    lemma = t.lemma.lower()
    return lemma in words_of("not-done") and _to_grant_that(doc, t)


def _to_grant_that(doc: AnnotatedDocument, t: Token) -> bool:
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    verb = to_verb_after(doc, t, event_words("grant-claim-verb"))
    if verb is None:
        return False
    k = verb + 1
    while k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1
    if k >= sent.token_end or lows[k] != "that":
        return False
    return k + 1 < sent.token_end and doc.tokens[k + 1].pos not in ("NOUN", "PUNCT")  # not "that offer"
