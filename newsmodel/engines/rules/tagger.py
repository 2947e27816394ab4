"""Heuristic UPOS tags and lemmas.

No statistical model: closed-class words come from ``function_words.tsv``,
verb lemmas from ``irregular_verbs.tsv`` and the lemmas the extractors care
about (speech verbs, denial cues, event triggers), and everything else from
suffixes and capitalisation.  It is right often enough for the surface rules
that use it, and it never needs a download.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import rows, words

__all__ = ["tag", "lemmatize", "known_lemmas"]

_PUNCT = re.compile(r"^[^\w]+$")
_NUM = re.compile(r"^\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%)?$")


@lru_cache(maxsize=1)
def _function_words() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("function_words.tsv")}


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("irregular_verbs.tsv")}


@lru_cache(maxsize=1)
def known_lemmas() -> frozenset[str]:
    """Single-word verb/noun lemmas named in the lexicons."""
    out: set[str] = set()
    for name in ("speech_verbs.tsv", "event_triggers.tsv"):
        out |= {w.split()[0] for w in words(name) if w}
    # denial cues: only the verb and noun rows are lemmas (others are phrases)
    out |= {r[0] for r in rows("denial_cues.tsv") if len(r) > 1 and r[1] in ("verb", "noun") and " " not in r[0]}
    out |= set(_irregular().values())
    return frozenset(out)


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    out = set(_irregular().values())
    for name, pos_col in (("speech_verbs.tsv", None), ("event_triggers.tsv", 1), ("denial_cues.tsv", 1)):
        try:
            for r in rows(name):
                if pos_col is None or (len(r) > pos_col and r[pos_col] in ("VERB", "verb")):
                    out.add(r[0].split()[0])
        except FileNotFoundError:
            continue
    return frozenset(out)


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    return frozenset(r[0] for r in rows("speech_verbs.tsv") if " " not in r[0])


def _candidates(low: str) -> list[str]:
    cands = []
    if low.endswith("ied") or low.endswith("ies"):
        cands.append(low[:-3] + "y")
    if low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
        cands += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            cands.append(stem[:-1])
    if low.endswith("ed") and len(low) > 4:
        stem = low[:-2]
        cands += [low[:-1], stem]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            cands.append(stem[:-1])
    if low.endswith("es") and len(low) > 4:
        cands.append(low[:-2])
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        cands.append(low[:-1])
    return cands


@lru_cache(maxsize=65536)
def lemmatize(word: str, pos: str) -> str:
    low = word.lower()
    if pos == "PROPN":
        return word
    irregular = _irregular().get(low)
    if irregular and pos in ("VERB", "AUX", "PART"):
        return irregular
    if low in known_lemmas() or pos not in ("VERB", "NOUN"):
        return low
    cands = _candidates(low)
    known = known_lemmas()
    for c in cands:
        if c in known:
            return c
    return cands[-1] if (cands and pos == "NOUN" and low.endswith("s")) else (cands[0] if cands and pos == "VERB" else low)


def tag(words_: list[str], sentence_initial: list[bool]) -> list[str]:
    """UPOS tags for the tokens of one document."""
    fw = _function_words()
    verbs = _verb_lemmas()
    speech = _speech_lemmas()
    irregular = _irregular()
    tags: list[str] = []
    for k, w in enumerate(words_):
        low = w.lower()
        if _PUNCT.match(w) and not w[:1].isalnum():
            tags.append("PUNCT" if not any(ch.isalnum() for ch in w) else "X")
            continue
        if _NUM.match(w):
            tags.append("NUM")
            continue
        if w[:1].isupper() and not sentence_initial[k] and low not in fw:
            tags.append("PROPN")
            continue
        if low in fw:
            tags.append(fw[low])
            continue
        if w[:1].isupper() and sentence_initial[k]:
            # sentence-initial capital: a name unless it reads as a common word
            base = low
            if base in verbs or base in known_lemmas() or any(c in verbs for c in _candidates(base)):
                pass
            elif not low.endswith("ly"):
                tags.append("PROPN")
                continue
        prev = words_[k - 1].lower() if k else ""
        if low in irregular and irregular[low] not in ("be", "have", "do"):
            tags.append("VERB")
        elif low.endswith("ly") and len(low) > 4:
            tags.append("ADV")
        elif prev in ("to",) and low in verbs:
            tags.append("VERB")
        elif prev in fw and (fw[prev] == "DET" or fw[prev] == "ADP" and not low.endswith("ing")) and not low.endswith("ed"):
            tags.append("ADJ" if low.endswith(("ous", "ive", "ful", "ic", "al", "able", "ible", "ian", "ese")) else "NOUN")
        elif low.endswith(("ed", "ing")) and len(low) > 4:
            tags.append("VERB")
        elif low in verbs and prev in fw and fw[prev] in ("PRON", "AUX", "PART", "ADV"):
            tags.append("VERB")
        elif k and tags[k - 1] in ("NOUN", "PROPN") and prev not in fw and (low in speech or any(c in speech for c in _candidates(low))):
            # "lawmakers say", "Clinton says": a verb right after its subject noun
            tags.append("VERB")
        elif low.endswith("s") and any(c in verbs for c in _candidates(low)) and prev in fw and fw[prev] == "PRON":
            tags.append("VERB")
        elif low.endswith(("ous", "ive", "ful", "ic", "able", "ible")):
            tags.append("ADJ")
        else:
            tags.append("NOUN")
    return tags
