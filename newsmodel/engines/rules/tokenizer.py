"""Regex tokenizer with character offsets.

Splits like the Penn/spaCy conventions news extractors expect: quote marks,
dashes and brackets are tokens of their own, contractions and possessives
split off (``hadn’t`` -> ``had`` ``n’t``, ``Iran’s`` -> ``Iran`` ``’s``),
dotted abbreviations (``U.S.``, ``Mr.``) stay whole.  Every non-space
character of the input lands in exactly one token.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from operator import add, sub
from typing import Iterator

__all__ = ["tokenize", "token_spans", "split_tokens", "ABBREVIATIONS"]

#: Abbreviations that keep their final period (titles, months, Latin).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col adm sgt capt maj cpl rev st jr sr
    mt ft no vs etc inc corp co ltd dept univ est approx jan feb mar apr jun jul aug
    sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd""".split()
)


def _abbreviation_pattern() -> str:
    """``Mr|mr|...`` spelled so that a match is exactly a word whose ``lower()`` is an abbreviation.

    Each letter is a class of the characters that lower-case to it (the
    Kelvin sign lower-cases to ``k``); ``re.IGNORECASE`` is not used because
    it also folds characters (the long s) that ``str.lower`` leaves alone.
    """
    def letter(c: str) -> str:
        chars = c + c.upper() + ("\u212a" if c == "k" else "")
        return "[" + chars + "]"

    return "|".join("".join(map(letter, a)) for a in sorted(ABBREVIATIONS, key=lambda a: (-len(a), a)))


#: The whitespace before a token (group 1) and the token (group 2); ``split``
#: keeps both, so ``split`` gives ``["", gap, token, "", gap, token, ...]``.
#: Taking the whitespace into the match spares the regex engine a failed
#: try of every alternative at each space.  The alternatives are tried in
#: order; the first match wins.
#:
#: * ``plain word`` comes first as a shortcut: a word that is not followed by
#:   ``. + - @ :`` cannot be the start of a url, an email, initials or an
#:   abbreviation, so the later alternatives would match it as ``word``.  It
#:   is written as runs of word characters joined by single hyphens or
#:   apostrophes, which the regex engine scans a run at a time, and its
#:   repetitions are possessive (``*+``): backing off to a shorter word would
#:   break that argument.  Most tokens end here, after one short scan.
#: * ``email`` is possessive too: no shorter run of its characters can be
#:   followed by ``@`` either, so backtracking through them is wasted.  Its
#:   local part is at most 64 characters (the limit RFC 5321 sets), which
#:   bounds the scan from each position: without the bound, a long run such
#:   as "1-1-1-..." in a text that has an ``@`` somewhere was re-scanned from
#:   every token in it (quadratic: 40,000 characters took 5 s).
#: * ``abbreviation`` keeps a final period ("Mr." "Gen." "Jan."): it matches
#:   exactly where ``word`` would match an abbreviation followed by a period;
#:   the lookahead skips the list for words that are too long or have no period.
_TOKEN_PATTERN = (
    r"""
    (\s*+)
    (
      [^\W\d_]\w*+(?:[-'’]\w++)*+(?![.+\-@:])           # plain word
    | https?://[^\s“”"'‘’()<>]+[^\s“”"'‘’()<>.,;:!?]    # url
    | [\w.+-]{1,64}+@[\w-]+(?:\.[\w-]+)+                 # email
    | (?:[^\W\d_]\.){2,}                                # initials: U.S.  U.S.A.  e.g.
    | \d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%)?             # number
    | (?=[^\W\d_]{SHORTEST,LONGEST}\.)(?:ABBREVIATION)\.  # abbreviation
    | [^\W\d_]\w*(?:[-'’]\w+)*                          # word, hyphenated word, inner apostrophes
    | \.\.\.|…                                          # ellipsis
    | --+|—|–                                           # dashes
    | \S                                                # anything else, one character
    )
    """.replace("ABBREVIATION", _abbreviation_pattern())
    .replace("SHORTEST", str(min(map(len, ABBREVIATIONS))))
    .replace("LONGEST", str(max(map(len, ABBREVIATIONS))))
)
_TOKEN = re.compile(_TOKEN_PATTERN, re.VERBOSE)
#: :data:`_TOKEN` for a text with no ``@``, where the email alternative cannot
#: match.  Leaving it out also keeps the cost linear on long runs of word
#: characters, dots, plus and minus signs ("1-1-1-..."), which the email
#: alternative would scan again from every token in the run.
_TOKEN_NO_EMAIL = re.compile(_TOKEN_PATTERN.replace(r"[\w.+-]{1,64}+@[\w-]+(?:\.[\w-]+)+ ", "(?!)"), re.VERBOSE)
_CONTRACTION = re.compile(r"(?i)^(?P<stem>.+?)(?P<clitic>n['’]t|['’](?:s|re|ve|ll|d|m))$")
#: The apostrophes a contraction may hold ("hadn't", "Iran’s").
_APOSTROPHES = ("'", "’")


def tokenize(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` character offsets of each token of ``text``."""
    return iter(token_spans(text))


def token_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of every token of ``text``, as a list."""
    _, starts, ends = split_tokens(text)
    return list(zip(starts, ends))


def split_tokens(text: str) -> tuple[list[str], list[int], list[int]]:
    """The tokens of ``text`` as three lists: their texts, start offsets and end offsets.

    One ``split`` by :data:`_TOKEN` gives every token and the whitespace
    before it; the offsets are running sums of those lengths, so no Python
    code runs per token.  Two rarer cases are then fixed where they occur:
    a word with an apostrophe may be a contraction to split ("had|n’t",
    "Iran|’s"), and a lone period right after letters that spell an
    abbreviation inside a longer word ("e-mr.") is dropped, as the earlier
    per-match tokenizer did, so that tokens stay as they were.  (That
    tokenizer also re-read an abbreviation's period as the start of the next
    token, giving overlapping tokens for "Mr...."; this one does not.)
    """
    # ["", gap, token, "", gap, token, ...]: a flat list, no tuple per token.  Trailing
    # whitespace holds no token; leaving it out keeps the regex from retrying it
    # from each of its positions.
    parts = (_TOKEN if "@" in text else _TOKEN_NO_EMAIL).split(text.rstrip())
    words = parts[2::3]
    lengths = list(map(len, words))
    ends = list(accumulate(map(add, map(len, parts[1::3]), lengths)))
    starts = list(map(sub, ends, lengths))
    fixes = _tokens_to_fix(text, words, starts, ends)
    if fixes:
        words, starts, ends = _apply_fixes(text, words, starts, ends, fixes)
    return words, starts, ends


def _tokens_to_fix(text: str, words: list[str], starts: list[int], ends: list[int]) -> list[int]:
    """Indices of the tokens that hold an apostrophe or are a lone ``.`` owned by an abbreviation, in order.

    Found without a per-token loop: apostrophes by searching the text for each mark
    (each one located in its token by bisection), periods by ``list.index``.
    """
    fixes: set[int] = set()
    for mark in _APOSTROPHES:
        # str.find per mark rather than a regex search: the regex engine would test every
        # character of the text against the character class
        at = text.find(mark)
        while at != -1:
            k = bisect_right(starts, at) - 1
            if k >= 0 and at < ends[k]:
                fixes.add(k)
            at = text.find(mark, at + 1)
    k = -1
    try:
        while True:
            k = words.index(".", k + 1)
            if starts[k] > 0 and _ends_abbreviation(text, starts[k]):
                fixes.add(k)  # a period to drop; any other lone period stays as it is
    except ValueError:
        pass
    return sorted(fixes)


def _apply_fixes(
    text: str, words: list[str], starts: list[int], ends: list[int], fixes: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """The token lists with contractions split and periods owned by an abbreviation dropped.

    The lists are changed in place, from the last fix to the first so that
    the indices of the fixes still to make stay valid; each change is a slice
    assignment, which moves the list's tail in C instead of copying the lists
    piece by piece in Python.
    """
    for k in reversed(fixes):
        word, start = words[k], starts[k]
        if word == ".":
            if start > 0 and _ends_abbreviation(text, start):
                del words[k], starts[k], ends[k]
            continue
        c = _CONTRACTION.match(word)
        if c:
            stem = c.group("stem")
            if stem and stem[-1] not in "-'’":
                split = start + len(stem)
                end = ends[k]
                words[k : k + 1] = (text[start:split], text[split:end])
                starts[k : k + 1] = (start, split)
                ends[k : k + 1] = (split, end)
    return words, starts, ends


def _ends_abbreviation(text: str, dot: int) -> bool:
    """True when the letters right before ``text[dot]`` (a period) spell an abbreviation."""
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:dot].lower() in ABBREVIATIONS and dot > j
