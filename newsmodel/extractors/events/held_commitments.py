""""Be committed to" is a stance held, no pledge made (issue 14, stop 43, e64).

PLOVER's AGREE is an act: a party "agree[s] to, offer[s], promise[s], or otherwise indicate[s]
willingness or commitment to cooperate" (manual, AGREE).  "Ghana committed to sending 500 police
officers" tells that act: the verb "commit" in the past, with the party as its subject.  After a
form of "be" or of lasting ("is committed to", "was deeply committed to", "remains committed to",
"'m really, totally committed to") or as an adjective after "as" or in an apposition ("see their
party as insufficiently committed to", "a leader, committed to defending the order"), "committed"
is an adjective: it tells a state the party is in -- what a candidate says of his own resolve
("he's committed to running for president") --, and no act of committing is reported, as with
"remains committed to seeing the primary through" (batch 45) and an attitude told as a noun
(:mod:`.dispositions`).

Found in a hand judgment of the rules engine's events on PolNeAR train texts (Random(620)): of
the six AGREE events on "committed to" over all 840 train texts, five were such states (dev batch
115).  The check reads only the words before the trigger, so it works with and without a parse; it
acts on AGREE alone, so "remains committed to the nuclear deal" (SUPPORT, CAMEO 051 on "remain")
and a retreat promised with it (:mod:`.promised_retreats`, CONCEDE) are left as they are.  Like
every sense check it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "commitment_held"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the written form."""
    return (SenseCheck("a stance held: be committed to", commitment_held, texts=frozenset({"committed"})),)


def commitment_held(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "committed" at ``t``, coded AGREE, follows (past adverbs and the commas between
    them) a ``state-copula`` word -- a form of "be", "remain", "stay", "seem", or "as" -- or an
    apposition's comma right after a noun: an adjective of the party's stance."""
    if not (t.text.lower() == "committed" and curated is not None and curated[1] == "AGREE"):
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > lo and (doc.tokens[k].pos == "ADV" or lows[k] == "," and doc.tokens[k - 1].pos == "ADV"):
        k -= 1  # "really, totally committed", "deeply committed"
    if k < lo:
        return False
    if lows[k] in word_class("sense_words.tsv", "state-copula"):
        return True  # "is committed to", "remains firmly committed to", "as insufficiently committed to"
    return lows[k] == "," and k - 1 >= lo and doc.tokens[k - 1].pos in ("NOUN", "PROPN")  # "a leader, committed to"
