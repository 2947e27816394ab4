"""Sentence boundaries from token offsets.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (with any closing quote
marks or brackets that follow it) when the next token could start a
sentence, and always at a line break: news paragraphs and headlines are one
per line.  Abbreviations stay inside their sentence because the tokenizer
keeps their period (``Mr.``, ``U.S.``) as part of the word.
"""

from __future__ import annotations

__all__ = ["split_sentences"]

_TERMINALS = {".", "!", "?", "…", "..."}
_CLOSERS = {"”", "’", '"', "'", ")", "]", "»", "›"}
_OPENERS = {"“", "‘", '"', "'", "(", "[", "«", "‹", "—", "–", "-"}
#: Capitalised words that commonly start a sentence after an abbreviation
#: ("... the U.S. The sources"); other capitalised words after "U.S." are
#: read as part of a name ("the U.S. Senate").
_STARTERS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that", "in", "on", "at", "according", "asked", "when", "if", "there", "his", "her", "their", "its", "mr.", "ms.", "mrs.", "after", "before", "as"}


def split_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return half-open token-index ranges, one per sentence."""
    n = len(spans)
    out: list[tuple[int, int]] = []
    begin = 0
    i = 0
    while i < n:
        start, end = spans[i]
        tok = text[start:end]
        boundary = False
        j = i + 1
        if tok in _TERMINALS or (tok.endswith(".") and len(tok) > 1 and tok.count(".") > 1):
            while j < n and text[spans[j][0] : spans[j][1]] in _CLOSERS and _attached(text, spans, j):
                j += 1
            if j >= n:
                boundary = True
            else:
                nxt = text[spans[j][0] : spans[j][1]]
                gap = text[spans[j - 1][1] : spans[j][0]]
                if "\n" in gap:
                    boundary = True
                elif gap and (nxt[:1].isupper() or nxt[:1].isdigit() or nxt in _OPENERS):
                    # after an initialism ("U.S.") only clear sentence starters end it
                    boundary = tok in _TERMINALS or nxt.lower() in _STARTERS
        if not boundary and j < n and "\n" in text[spans[j - 1][1] : spans[j][0]]:
            boundary = True
        if boundary:
            out.append((begin, j))
            begin = j
        i = j
    if begin < n:
        out.append((begin, n))
    return out


def _attached(text: str, spans: list[tuple[int, int]], j: int) -> bool:
    """A closing mark directly after the previous token (no space before it)."""
    return spans[j][0] == spans[j - 1][1]
