"""An act told as a habit or a reputation reports no one act (issue 14, stop 42, helper e58; dev
batch 109).

"Militias in the region tend to attack convoys at night", "the minister is known for attacking
the press": the verb after "tend to" (``habit-infinitive-verb``) or the gerund after "known / famous / notorious for"
(``reputation-adjective``) names what someone does as a rule or did over years.  No one act is
reported -- no occasion, no time -- so PLOVER has no event, as for "a history of blaming"
(:mod:`.habits`) and "regularly meets with" (:mod:`.habitual_acts`).

By construction the candidate must be the verb right after "to" (adverbs between passed) whose
word before is a habit verb, or the gerund right after "for" whose word before is a reputation
adjective; "known for years" (no gerund) is not read.  "used to" is left out: read by words it
is also the purpose infinitive of an object relative ("the rifle the sniper used to shoot ...", a
shooting that happened; five such events on PolNeAR train would have been lost), which only a parse tells
apart.  The check can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "habit_told"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any verb may follow, so it is asked of every
    candidate in a sentence holding a habit verb or a reputation adjective."""
    return (SenseCheck(
        "a habit or a reputation: tend to attack, known for attacking", habit_told, any_word=True,
        sentence_words=_words("habit-infinitive-verb") | _words("reputation-adjective"),
    ),)


def habit_told(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is the verb after "tend to" or the gerund after "known for"."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = before_adverbs(doc, t)
    if k - 1 < lo:
        return False
    if lows[k] == "to":
        return lows[k - 1] in _words("habit-infinitive-verb")
    if lows[k] == "for" and lows[t.i].endswith("ing"):
        return lows[k - 1] in _words("reputation-adjective")
    return False

