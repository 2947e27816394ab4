"""A claim denied by what a speaker says of whoever makes it (issue 14, d5, stop 34).

A speaker may deny a claim without a denial verb or a claim noun, by saying
that anyone who makes it is wrong: '"Anyone saying that our schools are
failing is peddling fiction," the governor said', '"Whoever tells you the
plant will close is spreading lies"', "those who claim the vote was rigged
are mistaken".  The claim is the clause after the verb of saying; the
denier is the one who says the sentence, so only a statement's content is
read (a writer's "anyone who thinks ... is wrong" is no party's denial).

"Anyone claiming to be a doctor must show a licence" names no falsehood and
is no denial.  The words are classes of ``denial_words.tsv``: ``claimant``
("anyone", "whoever"), ``claiming-verb`` ("saying", "who claims"),
``peddling-verb`` ("peddling", "spreading"), ``falsehood`` ("fiction",
"lies") and ``mistaken`` ("wrong", "lying").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicons import word_classes
from .screens import holds_any


def denial_word_alternation(cls: str) -> str:
    """The words of one class of ``denial_words.tsv`` as a regular-expression alternation, longest
    first (then alphabetical: the same pattern whatever the hash seed)."""
    words = sorted(word_classes("denial_words.tsv")[cls], key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + denial_word_alternation("claimant") + r")\s+(?:who\s+)?(?:" + denial_word_alternation("claiming-verb") + r")\s+"
        r"(?:(?:you|us|me|them|people|voters|everyone)\s+)?(?:that\s+)?"
        # the claim: a clause of its own, within the sentence and the quote
        r"(?P<claim>[^.;:!?\"“”]{3,160}?)\s+(?:is|are|was|were)\s+(?:just\s+|simply\s+|only\s+|either\s+)?"
        r"(?:(?:" + denial_word_alternation("peddling-verb") + r")\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:" + denial_word_alternation("falsehood") + r")"
        r"|(?:" + denial_word_alternation("mistaken") + r"))\b",
        re.IGNORECASE,
    )


def claimant_verdicts(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches in ``text[start:end]`` (a statement's content) of "anyone saying <claim> is
    peddling fiction"; the group ``claim`` is the claim denied."""
    if not holds_any(text, start, end, ("any", "who", "those", "some", "people")):
        return iter(())  # no claimant word: most contents
    return _pattern().finditer(text, start, end)
