"""A habit described with an event word reports no act (issue 14, stop 35, e34).

"Senator Hale has a long history of blaming his staff for every defeat", "the governor has a
record of attacking the press", "the mayor has a habit of threatening reporters with lawsuits":
the gerund after "of" names what someone tends to do, told of many past occasions at once.  No
one act is reported -- no time, no one occasion -- so there is no PLOVER event; an act told as
done ("blamed the unions for his defeat") stays.

A career told as background reads the same way with a noun of past record right before the
gerund, no "of" (stop 42, e61; dev batch 112): "recalled his experience vetoing bills as
governor", "cited her experience negotiating with Beijing" (``experience-noun``).

The nouns of habit are a lexicon class (``habit-noun`` in ``sense_words.tsv``).  Found in a hand
judgment of every event on PolNeAR train (stop 35, e34; dev batch 69), both engines.  The check
reads the two or three words before the candidate; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck, before_adverbs
from .senses import event_words

__all__ = ["checks", "habit_described"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any gerund can follow a noun of habit, so it
    is asked of every candidate and opens with a test of the word's ending."""
    return (SenseCheck(
        "a habit described: a history of doing", habit_described, any_word=True,
        sentence_words=event_words("habit-noun") | event_words("experience-noun"),  # the noun before "of" or the gerund
    ),)


def habit_described(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the gerund at ``t`` follows "of" (and adverbs: "of repeatedly blaming") after a
    noun of habit: "a long history of blaming", "a record of attacking"."""
    if not t.text.lower().endswith("ing"):
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = before_adverbs(doc, t)
    if k > lo and lows[k] == "of" and lows[k - 1] in event_words("habit-noun"):
        return True
    # "his long experience vetoing bills": a noun of a past record right before the gerund
    return k >= lo and k == t.i - 1 and lows[k] in event_words("experience-noun")
