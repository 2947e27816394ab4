"""A claim called made up by a pronoun that points to it (issue 14, d15, stop 45).

'"He simply made it up," the governor said of the claim', "The paper reported that the minister
owned three villas. 'Somebody made that up,' the minister said": the fabricating verbs of
:mod:`.denial_misrepresent` ("made up", "invented", "fabricated") call what they take made up, but
here their object is only "it" / "that" / "the whole thing" (``pointing-object`` in
``denial_words.tsv``), so the claim is named elsewhere -- said of, in the quote's frame, or just
reported; the caller (extractors/denials.py) finds it and makes no denial without one (issue 14
item 4).  "We made it up to our fans" and "made up for it" repay a loss; a first-person subject
("I made it up as I went along") or a negation ("nobody made that up") calls nothing made up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicons import word_classes
from .denial_claimants import denial_word_alternation
from .screens import holds_any

_NEGATORS = frozenset({"not", "never", "n't", "no", "nobody", "noone"})
_FIRST_PERSON = frozenset({"i", "we"})


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """"made it up" (the particle after the pointer) and "invented it" (the pointer after the verb)."""
    stems = word_classes("denial_words.tsv")["fabricating-stem"]
    up_verbs = sorted({s.split()[0] for s in stems if s.endswith(" up")}, key=lambda w: (-len(w), w))
    plain = sorted((s for s in stems if " " not in s), key=lambda w: (-len(w), w))
    pointer = denial_word_alternation("pointing-object")
    return re.compile(
        r"\b(?:(?P<up>" + "|".join(map(re.escape, up_verbs)) + r")\s+(?:" + pointer + r")\s+up\b(?!\s+(?:to|for|with|as)\b)"
        r"|(?P<plain>(?:" + "|".join(map(re.escape, plain)) + r")\w*)\s+(?:" + pointer + r")\b(?!\s+(?:up|out|to|for)\b))",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _screens() -> tuple[str, ...]:
    return tuple(sorted({w.split()[0] for w in word_classes("denial_words.tsv")["fabricating-stem"]}))


def made_up_pointers(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The cue span of each "<someone> made it up" / "invented the whole thing" in ``text[start:end]``
    (a statement's content) whose subject is no first person and which is not negated."""
    if not holds_any(text, start, end, _screens()):
        return
    for m in _pattern().finditer(text, start, end):
        before = re.findall(r"[\w’']+", text[start : m.start()].lower().replace("n't", " n't").replace("n’t", " n't"))
        if any(w in _NEGATORS for w in before[-3:]):
            continue  # "nobody made that up", "she did not invent it"
        if before and (before[-1] in _FIRST_PERSON or len(before) > 1 and before[-2] in _FIRST_PERSON):
            continue  # "I made it up as I went along": one's own invention, no claim called false
        yield m.start(), m.end()
