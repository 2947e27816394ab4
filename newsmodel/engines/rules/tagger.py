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


#: Suffixes read as adjectives, after a determiner or preposition and otherwise.
_ADJ_AFTER_DET = ("ous", "ive", "ful", "ic", "al", "able", "ible", "ian", "ese")
_ADJ_SUFFIXES = ("ous", "ive", "ful", "ic", "able", "ible")
#: Word -> its context-free facts (see :func:`_facts`); bounded, cleared when full.
_FACTS: dict[str, tuple] = {}
_FACTS_MAX = 200_000


def _facts(w: str) -> tuple:  # type: ignore[type-arg]
    """Everything :func:`tag` needs to know about ``w`` that does not depend on its neighbours.

    Computed once per distinct word, so the per-token work in :func:`tag`
    is a dictionary lookup and a few comparisons.
    """
    low = w.lower()
    if _PUNCT.match(w) and not w[:1].isalnum():
        return ("PUNCT" if not any(ch.isalnum() for ch in w) else "X",)
    if _NUM.match(w):
        return ("NUM",)
    fw = _function_words()
    verbs = _verb_lemmas()
    speech = _speech_lemmas()
    irregular = _irregular()
    cands = _candidates(low)
    cap = w[:1].isupper()
    return (
        None,
        low,
        cap,
        fw.get(low),
        # a capitalised sentence-initial word that reads as a common word
        low in verbs or low in known_lemmas() or any(c in verbs for c in cands),
        low.endswith("ly"),
        low in irregular and irregular[low] not in ("be", "have", "do"),
        low.endswith("ly") and len(low) > 4,
        low in verbs,
        low.endswith("ing"),
        low.endswith("ed"),
        "ADJ" if low.endswith(_ADJ_AFTER_DET) else "NOUN",
        low.endswith(("ed", "ing")) and len(low) > 4,
        low in speech or any(c in speech for c in cands),
        low.endswith("s") and any(c in verbs for c in cands),
        low.endswith(_ADJ_SUFFIXES),
    )


def tag(words_: list[str], sentence_initial: list[bool]) -> list[str]:
    """UPOS tags for the tokens of one document."""
    fw = _function_words()
    facts = _FACTS
    if len(facts) > _FACTS_MAX:
        facts.clear()
    tags: list[str] = []
    append = tags.append
    prev_low = ""
    for k, w in enumerate(words_):
        f = facts.get(w)
        if f is None:
            f = facts[w] = _facts(w)
        if f[0] is not None:
            append(f[0])
            prev_low = w.lower()
            continue
        (_, low, cap, fw_tag, common, ends_ly, irregular_verb, adverb, in_verbs, ends_ing, ends_ed,
         after_det, participle, speechish, verb_s, adjective) = f
        prev, prev_low = prev_low, low
        if cap and not sentence_initial[k] and fw_tag is None:
            append("PROPN")
            continue
        if fw_tag is not None:
            append(fw_tag)
            continue
        if cap and sentence_initial[k] and not common and not ends_ly:
            # sentence-initial capital: a name unless it reads as a common word
            append("PROPN")
            continue
        prev_fw = fw.get(prev) if k else None
        if irregular_verb:
            append("VERB")
        elif adverb:
            append("ADV")
        elif prev == "to" and k and in_verbs:
            append("VERB")
        elif prev_fw is not None and (prev_fw == "DET" or prev_fw == "ADP" and not ends_ing) and not ends_ed:
            append(after_det)
        elif participle:
            append("VERB")
        elif in_verbs and prev_fw in ("PRON", "AUX", "PART", "ADV"):
            append("VERB")
        elif k and tags[k - 1] in ("NOUN", "PROPN") and prev_fw is None and speechish:
            # "lawmakers say", "Clinton says": a verb right after its subject noun
            append("VERB")
        elif verb_s and prev_fw == "PRON":
            append("VERB")
        elif adjective:
            append("ADJ")
        else:
            append("NOUN")
    return tags
