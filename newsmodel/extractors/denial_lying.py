"""A speaker saying another party is lying about the speaker (issue 14, d15, stop 45).

'"They keep lying about my record," the mayor said', '"I am tired of the Talbot campaign lying
about me," the candidate said': to say that someone lies about oneself is to call that party's
claims about oneself false -- a denial whose claim is what the other side says (the "about"
phrase names its topic), whose denier is the speaker.  Only a statement's content is read, and only
with a first-person object or possessive after "about" (``speaker-word``; the forms of "lie" are
``lying-form`` in ``denial_words.tsv``): "accused the banker of lying about his income" is an
accusation, "the papers were lying about the office" a place, "lying on the sofa" no speech.  A
first-person or negated subject ("I lied about my age", "he is not lying about me") denies nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .denial_claimants import denial_word_alternation

_NEGATORS = frozenset({"not", "never", "n't", "no"})
_FIRST_PERSON = frozenset({"i", "we"})
#: Auxiliaries and aspect verbs that may stand between a subject and the "lying" form.
_BETWEEN = frozenset({"am", "is", "are", "was", "were", "be", "been", "has", "have", "had", "keep", "keeps", "kept", "just", "still", "always", "'s", "'re", "'m", "’s", "’re", "’m"})


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<verb>" + denial_word_alternation("lying-form") + r")\s+about\s+(?P<obj>(?:" + denial_word_alternation("speaker-word") + r")\b[^.;:!?\"“”,]{0,80})",
        re.IGNORECASE,
    )


def lies_about_speaker(text: str, start: int, end: int) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(cue span, claim span) of each "<party> is lying about me / my <thing>" in ``text[start:end]``;
    the claim span is the "about" phrase (what the other party's claims are about)."""
    if "about" not in text[start:end].lower():
        return
    for m in _pattern().finditer(text, start, end):
        before = re.findall(r"[\w’']+", text[start : m.start()].lower().replace("n't", " n't").replace("n’t", " n't"))
        k = len(before) - 1
        while k >= 0 and before[k] in _BETWEEN:
            k -= 1
        if k >= 0 and (before[k] in _FIRST_PERSON or before[k] in _NEGATORS) or any(w in _NEGATORS for w in before[max(0, k - 1) :]):
            continue  # "I lied about my age" admits; "he is not lying about me" denies nothing
        obj_end = m.end("obj")
        while obj_end > m.start("obj") and text[obj_end - 1].isspace():
            obj_end -= 1
        yield (m.start("verb"), m.start("obj")), (m.start("obj"), obj_end)
