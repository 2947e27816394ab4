"""A speaker's bare verdict standing as the whole quote (issue 14, d9 stop 39).

'"Totally false," the spokesman said of the reports that troops were massing' and
'"Completely untrue," the coach said of the rumours ...' call a claim false with no subject
in the quote: the verdict is elided "that is", and what it is said of names the claim.  The
quote must hold the verdict and nothing else, or open with it as its own sentence ('"Totally
false. We paid no one," ...'; an intensifier may come first: the ``verdict-intensifier`` class
of ``denial_words.tsv``), so '"False hopes will not help us," she said' is no verdict.  The caller (extractors/denials.py) still needs a claim the verdict
answers -- said of it, or named by the quote's frame -- since issue 14 item 4 asks a denial
for a denied claim: '"Ridiculous," she said of the plan' judges a plan and denies nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..lexicons import word_class

#: Marks that may open or close a quote's content around the verdict.
_EDGES = "\"'“”‘’ .,!;:—-"


@lru_cache(maxsize=4)
def _fragment_pattern(verdicts: tuple[str, ...]) -> re.Pattern[str]:
    """The whole content: intensifiers, then one verdict phrase (longest first)."""
    intensifiers = "|".join(re.escape(w) for w in sorted(word_class("denial_words.tsv", "verdict-intensifier"), key=lambda w: (-len(w), w)))
    body = "|".join(re.escape(v) for v in sorted(verdicts, key=lambda v: (-len(v), v)))
    return re.compile(r"(?:(?:" + intensifiers + r")\s+)*(?:" + body + r")", re.IGNORECASE)


@lru_cache(maxsize=4)
def _pattern_for(verdicts: tuple[str, ...]) -> re.Pattern[str]:
    """:func:`_fragment_pattern` of ``verdicts`` as a caller passes them (any order, repeats):
    the set is sorted once a distinct tuple, not once a quote (the denial pass asks about every
    statement's content and every quote, about 40 a text, with the same tuple)."""
    return _fragment_pattern(tuple(sorted(set(verdicts))))


def verdict_fragment(text: str, start: int, end: int, verdicts: Iterable[str]) -> tuple[int, int] | None:
    """The span of ``text[start:end]`` (a quote's content) when it is only a falsity verdict
    ("Totally false,", "Complete nonsense."), else None.  ``verdicts``: the falsity words and
    predicate phrases the caller reads as calling a claim false."""
    lo, hi = start, end
    while lo < hi and text[lo] in _EDGES:
        lo += 1
    while hi > lo and text[hi - 1] in _EDGES:
        hi -= 1
    if hi <= lo:
        return None
    m = _pattern_for(verdicts if isinstance(verdicts, tuple) else tuple(verdicts)).match(text, lo, hi)
    if m is None:
        return None
    if m.end() == hi:
        return lo, hi
    # the verdict as the quote's first sentence: '"Totally false. We paid no one," the firm said of the report'
    rest = text[m.end() : m.end() + 2]
    return (lo, m.end()) if rest[:1] in ".!" and rest[1:2].isspace() else None


#: A headline line "'<verdict>,' Says <speaker> of/on/about <what>" (single or double quotes).
_INVERTED_HEADLINE = re.compile(
    r"^[ \t]*['‘\"“](?P<verdict>[^'’\"”\n]{2,40}?)[,.!]?['’\"”],?[ \t]+Says[ \t]+(?P<who>[^\n]{2,60}?)[ \t]+(?P<prep>of|on|about)[ \t]+\S[^\n]*$",
    re.MULTILINE,
)


def inverted_headline_verdicts(text: str):  # type: ignore[no-untyped-def]
    """(verdict span, speaker span, end of "of") of each headline "'Not True,' Says Coach of
    Transfer Rumor"; the caller checks the verdict and that a claim follows."""
    for m in _INVERTED_HEADLINE.finditer(text):
        yield (m.start("verdict"), m.end("verdict")), (m.start("who"), m.end("who")), m.end("prep")
