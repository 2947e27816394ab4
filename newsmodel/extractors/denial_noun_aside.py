"""A falsity verdict set off as an aside right after a claim noun (issue 14, d16, stop 46).

'"The mayor faces the rumour -- baseless, I think -- that the council buried the audit," the
strategist said': the speaker calls the claim false in passing, between the claim noun and the
"that" clause stating the claim (shape read on PolNeAR train).  No copula carries the verdict, so
the predicate verdicts of :mod:`.denials` miss it.  Only a statement's content is read; the noun
must be a ``claim-noun`` and the verdict a ``falsity`` word of ``denial_words.tsv``, set off by
dashes or commas, with an optional hedge (``verdict-aside``: "I think", "in my view"), and a
"that" must follow the aside, so the clause is the claim's content: "the report, false or not,
will be read" and "the story -- a long one -- that ran" name no claim called false.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .denial_claimants import denial_word_alternation

_SEP = r"\s*(?:--|-|–|—|,)\s*"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<noun>" + denial_word_alternation("claim-noun") + r")" + _SEP
        + r"(?:(?:completely|totally|entirely|utterly|wholly|quite)\s+)?(?P<verdict>" + denial_word_alternation("falsity") + r")"
        + r"(?:\s*,\s*(?:" + denial_word_alternation("verdict-aside") + r"))?" + _SEP
        + r"(?P<that>that\b[^.;:!?\"“”]{3,160})",
        re.IGNORECASE,
    )


def aside_verdicts(text: str, start: int, end: int) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(cue span, claim span) of each "<claim noun> -- <falsity>, <hedge> -- that ..." in
    ``text[start:end]``: the cue is the verdict, the claim the noun and its "that" clause."""
    for m in _pattern().finditer(text, start, end):
        last = m.end("that")
        while last > m.start("that") and text[last - 1] in " ,":
            last -= 1  # the quote's closing comma is no part of the claim
        yield (m.start("verdict"), m.end("verdict")), (m.start("noun"), last)
