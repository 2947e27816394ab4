"""Campaign money told in a passive is no aid (issue 14, stop 40, e48).

"Television ads against her funded by two coal executives", "a super PAC called Liberty First that
is funded by a shipping magnate", "the governor's campaign was funded largely by developers": the
thing funded stands *before* the participle -- a political action committee, a ``candidacy`` word
(campaign, bid, re-election) or campaign advertising (``campaign-ad`` of ``sense_words.tsv``).
Money given to a campaign is money in politics, not PLOVER AID between parties; the active
("donors are funding a super PAC") is :func:`.opinion_senses._funds_a_campaign`'s, which reads the
words after the verb.  "Iran has funded the militia" and "a clinic funded by Norway" stay.

Found in a hand judgment of every event of 10 PolNeAR train texts (stop 40, e48; dev batch 93),
both engines.  The check reads back from the participle over its own noun phrase and the words of
a passive or a relative clause (is, was, that, largely ...), stopping at punctuation or another
verb; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["campaign_funded", "checks"]

#: Verbs of funding read here (the same as the active check's).
_FUND = frozenset({"fund", "finance", "bankroll", "underwrite"})
#: Words that may stand between the thing funded and the participle: a passive's auxiliary, a
#: relative pronoun, an adverb of degree, the verb that names a committee ("called", "named").
_BETWEEN = frozenset({"is", "was", "are", "were", "been", "being", "be", "has", "have", "had", "that", "which",
                      "called", "named", "dubbed", "largely", "mostly", "partly", "entirely", "heavily", "chiefly",
                      "mainly", "primarily", "also", "in", "part", "on", "against", "her", "his", "their", "its"})
#: How far back the thing funded is looked for.
_REACH = 8


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("campaign money in a passive: a PAC funded by", campaign_funded, lemmas=_FUND),)


def campaign_funded(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` is a past participle of funding followed by "by", and a PAC, a
    ``candidacy`` word or a ``campaign-ad`` word stands before it in its own clause."""
    if not (t.lemma.lower() in _FUND and t.text.lower().endswith("ed")):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    after = [lows[k] for k in range(t.i + 1, min(sent.token_end, t.i + 3))]
    if "by" not in after:
        return False  # "funded by", "funded largely by": a passive with its funder
    campaign = word_class("sense_words.tsv", "candidacy") | word_class("sense_words.tsv", "campaign-ad")
    for k in range(t.i - 1, max(sent.token_start, t.i - 1 - _REACH) - 1, -1):
        w = doc.tokens[k]
        word = lows[k]
        if word in ("pac", "pacs", "super-pac") or word in campaign or (w.pos == "NOUN" and w.lemma.lower() in campaign):
            return True
        if word in _BETWEEN or w.pos in ("DET", "ADJ", "NOUN", "PROPN", "ADV", "NUM") or word in ("'s", "’s"):
            continue
        return False  # punctuation, another verb: the clause's edge
    return False
