"""Regex tokenizer with character offsets.

Splits like the Penn/spaCy conventions news extractors expect: quote marks,
dashes and brackets are tokens of their own, contractions and possessives
split off (``hadn’t`` -> ``had`` ``n’t``, ``Iran’s`` -> ``Iran`` ``’s``),
dotted abbreviations (``U.S.``, ``Mr.``) stay whole.  Every non-space
character of the input lands in exactly one token.
"""

from __future__ import annotations

import re
from typing import Iterator

__all__ = ["tokenize", "token_spans", "ABBREVIATIONS"]

#: Abbreviations that keep their final period (titles, months, Latin).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col adm sgt capt maj cpl rev st jr sr
    mt ft no vs etc inc corp co ltd dept univ est approx jan feb mar apr jun jul aug
    sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd""".split()
)

_TOKEN = re.compile(
    r"""
    (?P<url>https?://[^\s“”"'‘’()<>]+[^\s“”"'‘’()<>.,;:!?])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<initials>(?:[^\W\d_]\.){2,})            # U.S.  U.S.A.  e.g.
  | (?P<number>\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%)?)
  | (?P<word>[^\W\d_](?:\w|[-'’](?=\w))*)      # words, hyphenated words, inner apostrophes
  | (?P<ellipsis>\.\.\.|…)
  | (?P<dashes>--+|—|–)
  | (?P<other>\S)
    """,
    re.VERBOSE,
)
_CONTRACTION = re.compile(r"(?i)^(?P<stem>.+?)(?P<clitic>n['’]t|['’](?:s|re|ve|ll|d|m))$")


def tokenize(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` character offsets of each token of ``text``."""
    return iter(token_spans(text))


def token_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of every token of ``text``, as a list.

    One pass of :data:`_TOKEN`; the per-match Python work is kept to what
    the match needs: a word is checked for a contraction only when it holds
    an apostrophe, and for an abbreviation only when a period follows it.
    """
    out: list[tuple[int, int]] = []
    append = out.append
    n = len(text)
    abbreviations = ABBREVIATIONS
    contraction = _CONTRACTION.match
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        kind = m.lastgroup
        if kind == "word":
            # keep a trailing abbreviation period: "Mr." "Gen." "Jan."
            if end < n and text[end] == "." and text[start:end].lower() in abbreviations:
                append((start, end + 1))
                continue
            word = m.group()
            if "'" in word or "’" in word:
                c = contraction(word)
                if c and c.group("stem") and c.group("stem")[-1] not in "-'’":
                    split = start + c.end("stem")
                    append((start, split))
                    append((split, end))
                    continue
        elif kind == "other" and start > 0 and text[start] == "." and _ends_abbreviation(text, start):
            continue  # period already consumed by an abbreviation
        append((start, end))
    return out


def _ends_abbreviation(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:dot].lower() in ABBREVIATIONS and dot > j
