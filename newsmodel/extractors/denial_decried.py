"""A party decrying a claim it calls false in so many words (issue 14, d12, stop 42).

"China Slams 'Groundless' Accusations Over Cyber Attacks", "the ministry condemned the baseless
allegations": criticising something is no denial (``denial_cues.tsv`` leaves out condemn and
denounce), but the falsity word the party puts on the claim noun is one -- the party says the claim
is false.  Only a verb of decrying (the ``decrying-verb`` class of ``denial_words.tsv``: slam,
blast, condemn, denounce, decry, "hit out at", "lash out at") counts: "spread false claims",
"repeated the baseless claim that ..." tell of someone making the claim, with the writer's verdict
on it.  The falsity word must stand right before the claim noun (one more word allowed:
"groundless cyber accusations"), or be the quoted object itself ("Hits Back at 'Smear'",
``decried-falsehood``); "fake news" as a label ("slams 'fake news' media") names no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .denial_claimants import denial_word_alternation


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<verb>(?:" + denial_word_alternation("decrying-verb") + r")\w*)\s+(?:(?:out|back)\s+)?(?:at\s+|against\s+)?"
        r"(?:(?:the|these|those|such|what\s+it\s+called|what\s+he\s+called|what\s+she\s+called|what\s+they\s+called)\s+)?"
        r"(?:[\w’'.-]+(?:'s|’s)\s+|(?-i:[A-Z][\w.]*)\s+)?"  # a possessor: "Washington's", "U.S."
        r"(?P<claim>['‘\"“]?(?P<adj>" + denial_word_alternation("falsity-adjective") + r")['’\"”]?,?\s+(?:[\w-]+\s+)?"
        r"(?P<noun>" + denial_word_alternation("claim-noun") + r")\b"
        # or a quoted falsehood as the whole object: "Hits Back at 'Smear'", "slammed the 'lies'"
        r"|['‘\"“](?:" + denial_word_alternation("decried-falsehood") + r")['’\"”])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _screens() -> tuple[str, ...]:
    """The falsity words, a cheap pre-test: a text without one has no match."""
    from ..lexicons import word_classes

    classes = word_classes("denial_words.tsv")
    return tuple(sorted({w.split()[0].split("-")[0] for w in classes["falsity-adjective"] | classes["decried-falsehood"]}))


def decried_claims(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(verb span, claim span) of each "<decrying verb> (the) <falsity adjective> <claim noun>"."""
    low = text.lower()
    if not any(w in low for w in _screens()):
        return
    for m in _pattern().finditer(text):
        yield (m.start("verb"), m.end("verb")), (m.start("claim"), m.end("claim"))
