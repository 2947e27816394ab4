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

from bisect import bisect_left, bisect_right

from ..headline_case import is_common_word

__all__ = ["MAX_SENTENCE_CHARS", "sentence_bounds", "split_sentences"]

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
    return sentence_bounds(text, words, [a for a, _ in spans], [b for _, b in spans], max_chars=max_chars)


#: The characters a sentence-ending token ends with (see :func:`_is_terminal`).
_TERMINAL_CHARS = (".", "!", "?", "…")


def _terminal_positions(text: str) -> list[int]:
    """The offsets of every character of :data:`_TERMINAL_CHARS` in ``text``, in no particular order.

    One ``str.find`` loop per character: a regex search for the character
    class would test every character of the text in turn.
    """
    out: list[int] = []
    for char in _TERMINAL_CHARS:
        at = text.find(char)
        while at != -1:
            out.append(at)
            at = text.find(char, at + 1)
    return out


def _is_terminal(tok: str) -> bool:
    """``.`` ``!`` ``?`` an ellipsis, or initials ("U.S.") that may end a sentence."""
    return tok in _TERMINALS or (tok.endswith(".") and len(tok) > 1 and tok.count(".") > 1)


def is_middle_initial(name: str, letter: str) -> bool:
    """``letter`` (before its full stop) is the middle initial of a name begun by ``name``
    ("Loretta E.", "John F."): one capital letter after a capitalised word the lexicons do not know
    as a common word (a given name; "Plan B." and "Group A." may end a sentence), or a given name of
    ``first_names.tsv`` that is also a word ("Harry B. Harris", "Mark T. Esper": issue 14, helper a22
    at stop 45, a name split in two at its initial on PolNeAR train)."""
    return (
        len(letter) == 1 and letter.isupper()
        and name[:1].isupper() and name.isalpha() and len(name) > 1 and (not is_common_word(name) or _given_name(name))
    )


def _given_name(word: str) -> bool:
    """``word`` is a given name of ``first_names.tsv`` (either sex)."""
    from ...lexicons import word_class

    low = word.lower()
    return low in word_class("first_names.tsv", "male") or low in word_class("first_names.tsv", "female")


def _middle_initial(words: list[str], starts: list[int], ends: list[int], i: int) -> bool:
    """The full stop ``words[i]`` closes a name's middle initial written against it ("Loretta E.
    Lynch"). Such a stop, like an initialism's, ends the sentence only before a clear sentence
    starter."""
    return words[i] == "." and i >= 2 and starts[i] == ends[i - 1] and is_middle_initial(words[i - 2], words[i - 1])


def sentence_bounds(
    text: str, words: list[str], starts: list[int], ends: list[int], *, max_chars: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """:func:`split_sentences` for tokens given as three lists (texts, start and end offsets).

    A sentence can only end before a token that follows a line break or
    after a token that ends in ``. ! ?`` or ``…``; both are found by
    searching the text (each hit placed among the tokens by bisection), so
    the work grows with the number of such places, not with every token.
    """
    n = len(words)
    cuts: set[int] = set()
    # a line break between two tokens always ends the sentence
    at = text.find("\n")
    while at != -1:
        j = bisect_right(starts, at)
        if 0 < j < n:
            cuts.add(j)
        at = text.find("\n", at + 1)
    for at in _terminal_positions(text):
        i = bisect_left(ends, at + 1)
        if i >= n or ends[i] != at + 1 or starts[i] > at or not _is_terminal(words[i]):
            continue  # not the last character of a sentence-ending token
        j = i + 1
        # closing quotes and brackets right after the full stop stay in the sentence
        while j < n and words[j] in _CLOSERS and starts[j] == ends[j - 1]:
            j += 1
        if j >= n:
            continue  # the text's last sentence
        nxt = words[j]
        gap_start, gap_end = ends[j - 1], starts[j]
        if text.find("\n", gap_start, gap_end) != -1:
            cuts.add(j)
        elif gap_end > gap_start and (nxt[:1].isupper() or nxt[:1].isdigit() or nxt in _OPENERS):
            # after an initialism ("U.S.") only clear sentence starters end it
            if (words[i] in _TERMINALS and not _middle_initial(words, starts, ends, i)) or nxt.lower() in _STARTERS:
                cuts.add(j)
    out: list[tuple[int, int]] = []
    begin = 0
    for j in sorted(cuts):
        out.append((begin, j))
        begin = j
    if begin < n:
        out.append((begin, n))
    if any(ends[b - 1] - starts[a] > max_chars for a, b in out):
        out = [piece for a, b in out for piece in _cut(starts, ends, words, a, b, max_chars)]
    return out


def _cut(starts: list[int], ends: list[int], words: list[str], a: int, b: int, max_chars: int) -> list[tuple[int, int]]:
    """Pieces of the sentence ``a:b``, each at most ``max_chars`` long (or one token).

    A piece ends after the last comma, semicolon, colon or dash in its second
    half when there is one, else at the last token that fits.
    """
    pieces: list[tuple[int, int]] = []
    while b > a and ends[b - 1] - starts[a] > max_chars:
        limit = starts[a] + max_chars
        j = a + 1
        while j < b and ends[j] <= limit:
            j += 1
        # j: the first token that does not fit (at least one token per piece)
        cut = j
        half = starts[a] + max_chars // 2
        for k in range(j - 1, a, -1):
            if starts[k] < half:
                break
            if words[k] in _CLAUSE_MARKS:
                cut = k + 1
                break
        pieces.append((a, cut))
        a = cut
    if b > a:
        pieces.append((a, b))
    return pieces
