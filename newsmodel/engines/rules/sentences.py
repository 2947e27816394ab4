"""Sentence boundaries from token offsets.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (with any closing quote
marks or brackets that follow it) when the next token could start a
sentence, and always at a line break: news paragraphs and headlines are one
per line.  Abbreviations stay inside their sentence because the tokenizer
keeps their period (``Mr.``, ``U.S.``) as part of the word.  A run of text
with no sentence end is cut at a bounded length (:data:`MAX_SENTENCE_CHARS`),
so that the extractors' per-sentence scans stay linear in the text.
"""

from __future__ import annotations

__all__ = ["split_sentences", "MAX_SENTENCE_CHARS"]

_TERMINALS = {".", "!", "?", "…", "..."}
_CLOSERS = {"”", "’", '"', "'", ")", "]", "»", "›"}
_OPENERS = {"“", "‘", '"', "'", "(", "[", "«", "‹", "—", "–", "-"}
#: Capitalised words that commonly start a sentence after an abbreviation
#: ("... the U.S. The sources"); other capitalised words after "U.S." are
#: read as part of a name ("the U.S. Senate").
_STARTERS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that", "in", "on", "at", "according", "asked", "when", "if", "there", "his", "her", "their", "its", "mr.", "ms.", "mrs.", "after", "before", "as"}


#: Longest sentence, in characters, that the rules engine hands to the extractors.
#: The extractors scan a sentence several times per cue, so a text with no
#: sentence end (a 200 KB line of a feed dump) would cost time quadratic in its
#: length; longer runs are cut into pieces of at most this size.  The longest
#: sentence in PolNeAR (train and dev) or the seeds is about 1,100 characters,
#: so the cut changes nothing there.
MAX_SENTENCE_CHARS = 2000
_CLAUSE_MARKS = {",", ";", ":", "—", "–", "--"}


def split_sentences(
    text: str, spans: list[tuple[int, int]], words: list[str] | None = None, *, max_chars: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """Return half-open token-index ranges, one per sentence.

    ``words`` (the token texts, if the caller has them) saves slicing them
    again.  A sentence longer than ``max_chars`` characters is cut into
    pieces (see :data:`MAX_SENTENCE_CHARS`).
    """
    if words is None:
        words = [text[a:b] for a, b in spans]
    n = len(spans)
    out: list[tuple[int, int]] = []
    begin = 0
    i = 0
    find = text.find
    while i < n:
        tok = words[i]
        boundary = False
        j = i + 1
        if tok in _TERMINALS or (tok.endswith(".") and len(tok) > 1 and tok.count(".") > 1):
            while j < n and words[j] in _CLOSERS and spans[j][0] == spans[j - 1][1]:
                j += 1
            if j >= n:
                boundary = True
            else:
                nxt = words[j]
                gap_start, gap_end = spans[j - 1][1], spans[j][0]
                if find("\n", gap_start, gap_end) != -1:
                    boundary = True
                elif gap_end > gap_start and (nxt[:1].isupper() or nxt[:1].isdigit() or nxt in _OPENERS):
                    # after an initialism ("U.S.") only clear sentence starters end it
                    boundary = tok in _TERMINALS or nxt.lower() in _STARTERS
        if not boundary and j < n and spans[j][0] > spans[j - 1][1] and find("\n", spans[j - 1][1], spans[j][0]) != -1:
            boundary = True
        if boundary:
            out.append((begin, j))
            begin = j
        i = j
    if begin < n:
        out.append((begin, n))
    if any(spans[b - 1][1] - spans[a][0] > max_chars for a, b in out):
        out = [piece for a, b in out for piece in _cut(spans, words, a, b, max_chars)]
    return out


def _cut(spans: list[tuple[int, int]], words: list[str], a: int, b: int, max_chars: int) -> list[tuple[int, int]]:
    """Pieces of the sentence ``a:b``, each at most ``max_chars`` long (or one token).

    A piece ends after the last comma, semicolon, colon or dash in its second
    half when there is one, else at the last token that fits.
    """
    pieces: list[tuple[int, int]] = []
    while b > a and spans[b - 1][1] - spans[a][0] > max_chars:
        limit = spans[a][0] + max_chars
        j = a + 1
        while j < b and spans[j][1] <= limit:
            j += 1
        # j: the first token that does not fit (at least one token per piece)
        cut = j
        half = spans[a][0] + max_chars // 2
        for k in range(j - 1, a, -1):
            if spans[k][0] < half:
                break
            if words[k] in _CLAUSE_MARKS:
                cut = k + 1
                break
        pieces.append((a, cut))
        a = cut
    if b > a:
        pieces.append((a, b))
    return pieces
