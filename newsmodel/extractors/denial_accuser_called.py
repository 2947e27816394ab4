"""Calling the accuser a liar or delusional for the accusation (issue 14, d19, stop 48).

'The aide took to social media to call the reporter "utterly delusional" for the accusation', 'the
mayor called her rival a liar for the claim that she had skipped meetings', 'called the agent
"delusional" over his allegations': the caller says the claim is false by saying its maker lies or
imagines things -- a denial of the claim, the caller the denier.

The word said of the person must be one that says so (``false-teller``: liar, delusional,
fantasist, ...), and what it is "for" / "over" must be a claim: a claim noun (``claim-noun``, a
``claim-lemma`` or its plural) within a determiner and two modifiers, or a gerund of claiming
("for saying that ...", ``claiming-verb``).  "Called the striker brilliant for the goal", "called
the reporter a hero for the story", "called the governor reckless for the plan" praise or blame a
deed and deny nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicons import word_classes
from .denial_claimants import denial_word_alternation
from .denial_false_claims import claim_phrase_end


@lru_cache(maxsize=1)
def _claim_nouns() -> str:
    classes = word_classes("denial_words.tsv")
    lemmas = classes["claim-lemma"]
    words = set(classes["claim-noun"]) | set(lemmas) | {w + "s" for w in lemmas}
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    gerunds = "|".join(re.escape(w) for w in sorted(w for w in word_classes("denial_words.tsv")["claiming-verb"] if w.endswith("ing")))
    return re.compile(
        r"\b(?P<verb>" + denial_word_alternation("accuser-calling-verb") + r")\s+"
        r"(?P<person>(?:[\w’'.-]+\s+){1,4}?)"
        r"[\"“‘']?(?:(?:" + denial_word_alternation("verdict-intensifier") + r")\s+)?(?:an?\s+)?"
        r"(?P<word>" + denial_word_alternation("false-teller") + r")[\"”’']?,?\s+(?:for|over)\s+"
        r"(?P<claim>(?:(?:the|his|her|their|its|this|that|these|those|such|an?)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?P<noun>" + _claim_nouns() + r")\b"
        r"|(?:" + gerunds + r")\b)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _screens() -> tuple[str, ...]:
    """The false-teller words' stems, a cheap pre-test: a text without one has no match."""
    return tuple(sorted({w[:5] for w in word_classes("denial_words.tsv")["false-teller"]}))


def accusers_called_false(text: str, start: int, end: int) -> Iterator[tuple[int, tuple[int, int], tuple[int, int]]]:
    """(calling verb's start, cue span, claim span) of each "call <person> <false-teller> for <claim>"
    in the sentence ``start``..``end``; a gerund claim runs on to the sentence's end or a comma."""
    low = text[start:end].lower()
    if not any(w in low for w in _screens()):
        return
    for m in _pattern().finditer(text, start, end):
        if m.group("noun"):
            claim_end = claim_phrase_end(text, m.end("noun"), end)
        else:
            comma = text.find(",", m.end("claim"), end)
            claim_end = len(text[: comma if comma >= 0 else end].rstrip(" .;:!?\"”'’"))
        yield m.start("verb"), (m.start("verb"), m.end("word")), (m.start("claim"), claim_end)
