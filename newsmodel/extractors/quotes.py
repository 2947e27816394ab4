"""Find quotations in raw text, whatever the quote marks.

Handles curly double quotes (“ ”), guillemets (« » and ‹ ›), low-9 marks
(„ “), straight double quotes (paired left to right within a paragraph) and
curly single quotes used as quote marks (‘ ’ -- told apart from
apostrophes by what surrounds them), and straight single quotes as plain-text feeds of British
copy type them ('like this,' she said): a straight mark opens only before a letter, after a space
or an opening bracket or dash (not "the '90s"), and closes only after punctuation or a letter,
before no letter -- and not as a plural possessive before a lower-case word ("the nurses' pay").  News style lets a quote run over
several paragraphs, with every paragraph opened and only the last closed;
an opening mark with no closing mark therefore runs to the end of its
paragraph (a straight mark only when it opens the paragraph).  A closing mark with no opener is ignored, except a closing
curly mark typed where the opener belongs (at a line start, before a word).  Copy that mixes
styles (“… ," ) is paired when the matching style never closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes"]

_PAIRS = {"“": "”", "«": "»", "‹": "›", "„": "“", "‘": "’", '"': '"', "'": "'"}
#: A closing mark of the other style, accepted when the right one never comes.
_MIXED_CLOSERS = {"“": '"', '"': "”"}


@dataclass(frozen=True)
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (== end of paragraph when unclosed)
    closed: bool

    @property
    def start(self) -> int:
        """First character of the quoted words."""
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close

    @property
    def close_end(self) -> int:
        return self.close + 1 if self.closed else self.close


def _paragraphs(text: str):  # type: ignore[no-untyped-def]
    pos = 0
    for m in re.finditer(r"\n", text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _is_single_open(text: str, k: int) -> bool:
    prev = text[k - 1] if k else " "
    nxt = text[k + 1] if k + 1 < len(text) else " "
    return not prev.isalnum() and (nxt.isalnum() or nxt in "“\"")


def _is_single_close(text: str, k: int) -> bool:
    nxt = text[k + 1] if k + 1 < len(text) else " "
    prev = text[k - 1] if k else " "
    return not nxt.isalnum() and prev not in " \n\t"


def _is_straight_single_open(text: str, k: int) -> bool:
    """A straight single mark that opens a quotation: after the start of the text, a space, an
    opening bracket, a dash or a double mark, and before a letter or a double mark (not a digit:
    "the '90s", "the '16 race" are elisions)."""
    prev = text[k - 1] if k else " "
    nxt = text[k + 1] if k + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{—–-“\"") and (nxt.isalpha() or nxt in "“\"")


def _is_straight_single_close(text: str, k: int) -> bool:
    """A straight single mark that closes a quotation: after a letter or a sentence's
    punctuation, before no letter or digit -- and not an s-plural's possessive mark before a
    lower-case word ("the nurses' pay", where a closing mark would be followed by the attribution's
    capital or punctuation far more often)."""
    nxt = text[k + 1] if k + 1 < len(text) else " "
    prev = text[k - 1] if k else " "
    if nxt.isalnum() or prev.isspace() or not (prev.isalnum() or prev in ".,!?;:…—–-\"”)"):
        return False
    if prev in "sS" and nxt == " " and k + 2 < len(text) and text[k + 2].islower():
        after = text[k + 2 : k + 12].split(" ", 1)[0]
        return after in _ATTRIBUTION_STARTS  # "'... the nurses' he said": a closing mark after all
    return True


#: Words that open an attribution right after a closing mark ("... the nurses' she said" is rare
#: without punctuation, but these words never follow a possessive).
_ATTRIBUTION_STARTS = frozenset({"he", "she", "they", "we", "i", "said", "says", "the", "a", "an", "according", "added", "told"})


def _is_misdirected_open(text: str, k: int, p_start: int) -> bool:
    """A closing curly mark that opens a quote: at the start of its line, before a word."""
    return (k == p_start or text[k - 1].isspace()) and k + 1 < len(text) and text[k + 1].isalnum()


def _opens_paragraph(text: str, k: int, p_start: int) -> bool:
    """A straight mark that opens its paragraph before a word: the news style of
    a quote running over paragraphs, each opened and only the last closed."""
    return not text[p_start:k].strip() and k + 1 < len(text) and text[k + 1].isalnum()


def _double_apostrophes(text: str, p_start: int, p_end: int) -> list[Quote]:
    """Typewriter quotes written as two apostrophes (''like this''), as in NYT copy."""
    marks = [m.start() for m in re.finditer(r"''|``", text[p_start:p_end])]
    out = []
    for a, b in zip(marks[::2], marks[1::2]):
        a += p_start
        b += p_start
        if b > a + 2:
            out.append(Quote(a + 1, b, True))  # ``open`` is the second mark of the pair
    return out


#: The last text read and its quotations: the statement, denial and event
#: extractors each ask for the same article's quotes, one after another.
_last: tuple[str, tuple[Quote, ...]] | None = None


def find_quotes(text: str) -> list[Quote]:
    """All quotations, sorted by position, not overlapping (outermost kept)."""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return list(last[1])
    quotes = _find_quotes(text)
    _last = (text, tuple(quotes))
    return quotes


#: Every character that can open a quote, including a closing curly mark
#: typed as the opener: the scan jumps from one to the next.
_OPENER = re.compile("[" + re.escape("".join(_PAIRS) + "”") + "]")


def _closer_at(text: str, closer: str, start: int, end: int) -> int:
    """Offset of the first ``closer`` in ``text[start:end]`` that closes a quote, or -1.

    A curly single mark closes only where it is not an apostrophe
    (:func:`_is_single_close`); any other closer is the first one found.
    """
    j = text.find(closer, start, end)
    if closer == "’":
        while j >= 0 and not _is_single_close(text, j):
            j = text.find(closer, j + 1, end)
    elif closer == "'":
        while j >= 0 and not _is_straight_single_close(text, j):
            j = text.find(closer, j + 1, end)
    return j


def _find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    opener = _OPENER.search
    for p_start, p_end in _paragraphs(text):
        if "''" in text[p_start:p_end] or "``" in text[p_start:p_end]:
            quotes.extend(_double_apostrophes(text, p_start, p_end))
            continue
        m = opener(text, p_start, p_end)
        while m is not None:
            k = m.start()
            ch = text[k]
            if ch == "”" and _is_misdirected_open(text, k, p_start):
                ch = "“"  # ”like this”: a closing mark typed as the opener
            if ch in _PAIRS and (ch != "‘" or _is_single_open(text, k)) and (ch != "'" or _is_straight_single_open(text, k)):
                closer = _PAIRS[ch]
                found = _closer_at(text, closer, k + 1, p_end)
                if found < 0 and ch in _MIXED_CLOSERS:
                    # mixed marks in copy: “… ," or "… ”
                    j = text.find(_MIXED_CLOSERS[ch], k + 1, p_end)
                    found = j if j > k + 1 else -1
                if found >= 0 and found > k + 1:
                    quotes.append(Quote(k, found, True))
                    m = opener(text, found + 1, p_end)
                    continue
                if found < 0 and p_end - k > 2 and (ch in "“«„" or ch == '"' and _opens_paragraph(text, k, p_start)):
                    quotes.append(Quote(k, p_end, False))
                    break
            m = opener(text, k + 1, p_end)
    return quotes
