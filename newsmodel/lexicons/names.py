"""Names and titles: the gazetteer (``gazetteer.tsv``) and titles (``titles.tsv``).

Keys are token tuples, split by the rules engine's tokenizer, so that the
engine's entity pass and the actor extractor look names up the same way
whichever engine parsed the text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from . import rows

__all__ = ["gazetteer", "titles", "match_title", "title_starts", "title_words", "split_words"]


def split_words(text: str) -> list[str]:
    """``text`` split into words as the lexicon keys are (the rules tokenizer)."""
    from ..engines.rules.tokenizer import tokenize

    return [text[a:b] for a, b in tokenize(text)]


@lru_cache(maxsize=1)
def gazetteer() -> dict[tuple[str, ...], tuple[str, str, str, str]]:
    """Token tuple -> (kind, canonical, actor kind, affiliation)."""
    out: dict[tuple[str, ...], tuple[str, str, str, str]] = {}
    for r in rows("gazetteer.tsv"):
        if len(r) < 4:
            continue
        toks = tuple(split_words(r[0]))
        if toks and toks[0].lower() == "the" and len(toks) > 1:
            toks = toks[1:]
        out.setdefault(toks, (r[1], r[2], r[3], r[4] if len(r) > 4 else ""))
    return out


@lru_cache(maxsize=1)
def titles() -> dict[tuple[str, ...], str]:
    """Lower-cased title token tuple -> class (honorific | role | courtesy)."""
    out: dict[tuple[str, ...], str] = {}
    for r in rows("titles.tsv"):
        if len(r) >= 2:
            out[tuple(w.lower() for w in split_words(r[0]))] = r[1]
    return out


@lru_cache(maxsize=1)
def title_starts() -> frozenset[str]:
    """The first word of every title (lower case): a word outside it starts none."""
    return frozenset(key[0] for key in titles() if key)


def match_title(words: Sequence[str], i: int, limit: int) -> int:
    """Length of the longest title starting at ``words[i]`` (0 if none)."""
    if i >= limit or i >= len(words) or words[i].lower() not in title_starts():
        return 0  # the common case: no title starts with this word
    t = titles()
    best = 0
    for n in range(1, 5):
        if i + n > limit:
            break
        if tuple(w.lower() for w in words[i : i + n]) in t:
            best = n
    return best


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Lower-cased title and role entries (``titles.tsv``), which belong to a source as written."""
    return frozenset(r[0].lower() for r in rows("titles.tsv") if r)
