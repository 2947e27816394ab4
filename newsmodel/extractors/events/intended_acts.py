"""The act after an adjective of intent + "on" is meant, not done (issue 14, stop 39, e44).

"The hills are full of armed bands bent on attacking the pipeline", "the new cabinet seems intent
on punishing the striking miners": the gerund after "bent on", "intent on", "set on" or "keen on"
(``intent-on-adjective`` of ``sense_words.tsv``) names what a party means to do -- no act done,
promised or threatened, so PLOVER has no event in it, as the act after an adjective of reluctance
("reluctant to endorse", :mod:`.permitted_acts`) is none.  "Armed bands attacked the pipeline"
stays.

Found in a hand judgment of every event of PolNeAR train texts (stop 39, e44; dev batch 87), both
engines.  The check reads the two words before the gerund; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "act_intended"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any event verb may stand as the gerund, so it
    is asked of every candidate (it opens with a test of the word's ending)."""
    return (SenseCheck(
        "an act intended: bent on attacking", act_intended, any_word=True,
        sentence_words=word_class("sense_words.tsv", "intent-on-adjective"),  # the adjective before "on"
    ),)


def act_intended(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the gerund at ``t`` follows "on" after an adjective of intent ("bent on attacking")."""
    lows = doc.lowered_texts()
    if not lows[t.i].endswith("ing"):
        return False
    k = before_adverbs(doc, t)
    lo = doc.sentences[t.sent].token_start
    return k > lo and lows[k] == "on" and lows[k - 1] in word_class("sense_words.tsv", "intent-on-adjective")
