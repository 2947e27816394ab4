"""A participle after "than" measures an outcome against a forecast, no act (issue 14, stop 45, e73).

"The economy grew faster than expected", "the talks lasted longer than planned", "costs rose more
than promised": the participle after a comparative's "than" names what was expected, planned or
promised at some earlier time by no one in the sentence -- a measure of the outcome, not a
promise (AGREE), a plan or any act now.  The rules engine read "expected" in "grew faster than
expected" as AGREE and gave it the speaker of the sentence as its agent.  The check asks of any
candidate whose word right before is "than" (an adverb may stand between: "than initially
planned"); it can only remove an event.

Written from the dev rows of batch 131 (stop 45, e73), economic-data sentences with no event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck

__all__ = ["checks", "after_than"]

#: How many adverbs may stand between "than" and the participle ("than *initially* planned").
_ADVERBS = 2


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any candidate, in a sentence with "than"."""
    return (SenseCheck("a participle after than: faster than expected", after_than, any_word=True, sentence_words=frozenset({"than"})),)


def after_than(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is a verb ending in "-ed" (a past participle) and "than" stands right
    before it, over at most two adverbs."""
    if t.pos != "VERB" or not t.text.lower().endswith("ed"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    for _ in range(_ADVERBS):
        if k >= sent.token_start and doc.tokens[k].pos == "ADV" and lows[k] != "than":
            k -= 1
    return k >= sent.token_start and lows[k] == "than"
