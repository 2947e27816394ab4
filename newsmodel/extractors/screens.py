"""Exact pre-tests that spare a case-insensitive regular expression a scan of the whole text.

A pattern that starts with ``\\b`` and is compiled with ``re.IGNORECASE``
gives Python's ``re`` no literal prefix or first-character set to skip
ahead with, so ``finditer`` tries the whole pattern at every character of
the text.  For the denial cues that was most of the denial extractor's
time.  The words a match must contain can be found much faster with
``str.find`` in the lower-case text; where they are absent the pattern
cannot match, and where they are present the pattern itself decides, as
before.  So the matches are the same, only found with less work.

The lower-case text stands in for ``re.IGNORECASE`` only when the two agree
character for character on ASCII words.  They do except for three
characters: ``re`` matches "İ" and "ı" with "i" and "ſ" with "s", and
``str.lower`` turns "İ" into two characters.  A text that holds one of
them gets no screen (:func:`folded` returns None) and is scanned in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["folded", "holds_any", "word_at", "has_word", "matches_from"]

#: Characters ``re.IGNORECASE`` matches with an ASCII letter that ``str.lower`` does not turn into it.
_UNFOLDED = re.compile("[\u0130\u0131\u017f]")

#: The last text folded: the denial rules ask for the same article's several times in a row.
_last: tuple[str, str | None] | None = None


def folded(text: str) -> str | None:
    """``text.lower()``, aligned with ``text`` and agreeing with ``re.IGNORECASE`` on ASCII words; or None."""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    low = text.lower()
    out = low if len(low) == len(text) and (text.isascii() or _UNFOLDED.search(text) is None) else None
    _last = (text, out)
    return out


def holds_any(text: str, start: int, end: int, needles: Iterable[str]) -> bool:
    """Some of ``needles`` (ASCII, lower case) occurs in ``text[start:end].lower()``.

    Read in the text's one folded copy (:func:`folded`, made once a text) instead of a
    lower-case copy of the span: the denial rules ask this of every statement's content, several
    rules each.  The copy agrees with the span's own lower case character for character (it has
    the text's length, so no character's lower case is longer) on every ASCII letter (only a
    final sigma's lower case depends on its context); where it does not (None), the span is
    lowered as before.
    """
    low = folded(text)
    if low is None:
        low = text[start:end].lower()
        start, end = 0, len(low)  # ("İ" lowers to two characters)
    if isinstance(needles, tuple) and needles:
        # one scan for all the needles (the rules ask a dozen at a time): a literal found within
        # ``start:end`` is what ``find`` finds there (issue 13, s30)
        alternation = _ALTERNATIONS.get(needles)
        if alternation is None:
            alternation = _alternation(needles)
        return alternation.search(low, start, end) is not None
    return any(low.find(w, start, end) >= 0 for w in needles)


#: A tuple of needles -> :func:`_alternation`'s pattern (the callers pass a few fixed tuples).
_ALTERNATIONS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _alternation(needles: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds any of ``needles`` as written (each escaped); kept in :data:`_ALTERNATIONS`."""
    if len(_ALTERNATIONS) >= 64:
        _ALTERNATIONS.clear()
    found = _ALTERNATIONS[needles] = re.compile("|".join(map(re.escape, needles)))
    return found


def _is_word_char(ch: str) -> bool:
    """A character ``\\b`` counts as part of a word (``re``'s Unicode rule: alphanumeric or "_")."""
    return ch.isalnum() or ch == "_"


def word_at(text: str, k: int, word: str, end: int | None = None) -> bool:
    """``word`` at ``k`` would meet ``\\b`` on both sides (``end``: the search's ``endpos``, a boundary too).

    Only the sides where ``word`` has a word character need the test: ``\\b``
    next to a non-word character asks the opposite, and no pattern of ours
    has that.  ``\\b`` reads the character before a search's ``pos``, so the
    start side looks at ``text[k - 1]`` whatever the search range.
    """
    if _is_word_char(word[0]) and k > 0 and _is_word_char(text[k - 1]):
        return False
    after = k + len(word)
    stop = len(text) if end is None else end
    return not (_is_word_char(word[-1]) and after < stop and _is_word_char(text[after]))


def has_word(text: str, low: str, word: str, lo: int = 0, hi: int | None = None) -> bool:
    """``word`` (ASCII, lower case) occurs in ``text[lo:hi]`` as a whole word, ignoring case (``low``: :func:`folded`)."""
    hi = len(text) if hi is None else hi
    k = low.find(word, lo, hi)
    while k >= 0:
        if word_at(text, k, word, hi):
            return True
        k = low.find(word, k + 1, hi)
    return False


def matches_from(pattern: re.Pattern[str], text: str, low: str, firsts: Iterable[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern whose every match starts with one of ``firsts`` as a word start.

    ``firsts`` are lower case, ASCII or characters ``str.lower`` leaves as they are ("’" of
    "’s"; :func:`folded` sees to the rest).  The pattern is tried only where
    one of them starts a word, in text order, from the end of the previous
    match on -- which is what ``finditer`` does, minus the positions where
    no match can start.  (No pattern of ours matches the empty string.)
    """
    starts: set[int] = set()
    for w in firsts:
        k = low.find(w)
        while k >= 0:
            if not (_is_word_char(w[0]) and k > 0 and _is_word_char(text[k - 1])):
                starts.add(k)
            k = low.find(w, k + 1)
    done = 0
    for k in sorted(starts):
        if k < done:
            continue
        m = pattern.match(text, k)
        if m is not None:
            yield m
            done = m.end()
