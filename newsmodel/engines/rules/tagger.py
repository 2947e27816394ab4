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
from itertools import compress, repeat
from operator import is_, itemgetter

from ...lexicons import rows, words
from .word_facts import facts_of

__all__ = ["tag", "tag_and_lemmatize", "tag_lemmatize_lower", "lemmatize", "known_lemmas"]

_first, _second, _third = itemgetter(0), itemgetter(1), itemgetter(2)
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
    # denial cues: only the verb and noun rows are lemmas (others are phrases); a phrasal verb's
    # first word is one ("push back": "pushed" -> "push", not "pushe")
    out |= {r[0].split()[0] for r in rows("denial_cues.tsv") if len(r) > 1 and r[1] in ("verb", "noun")}
    out |= set(_irregular().values())
    return frozenset(out)


@lru_cache(maxsize=1)
def _cameo_verbs() -> frozenset[str]:
    """Single-word verb lemmas of the CAMEO verb dictionary (``cameo_verbs.tsv``)."""
    return frozenset(r[0] for r in rows("cameo_verbs.tsv") if r and " " not in r[0])


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


def lemmatize(word: str, pos: str) -> str:
    """The lemma of ``word`` read with the tag ``pos``.

    Not cached here: the tagger keeps each word's lemmas in its per-word
    facts (:func:`_facts`), which hold only strings, so that the garbage
    collector can stop tracking them (an ``lru_cache`` keeps a tracked list
    per entry).
    """
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
    if pos == "VERB":
        # a verb of the CAMEO dictionary: "pounded" -> "pound", not "pounde" (the verb patterns
        # look verbs up by lemma); the dictionary only picks among the candidates, it tags nothing
        cameo = _cameo_verbs()
        for c in cands:
            if c in cameo:
                return c
    if pos == "NOUN" and low.endswith("s"):
        return noun_singular(low)
    return cands[0] if cands and pos == "VERB" else low


_ES_PLURAL = ("sses", "shes", "ches", "xes", "zzes", "tzes")


def noun_singular(low: str) -> str:
    """The singular of the lowercased plural noun ``low``, by English spelling rules.

    "deliveries" -> "delivery", "churches" -> "church", "taxes" -> "tax", "prizes" -> "prize",
    "states" -> "state"; the exceptions frequent in news ("movies", "crises", "embargoes",
    "thieves") are in ``noun_plurals.tsv``.  Words too short to carry a suffix stay as they are.
    """
    irregular = _noun_plurals().get(low)
    if irregular is not None:
        return irregular
    if len(low) <= 3 or low.endswith("ss") or low.endswith("us") or low.endswith("is"):
        return low  # "gas", "boss", "status", "crisis": no plural suffix
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(_ES_PLURAL):
        return low[:-2]
    return low[:-1]


@lru_cache(maxsize=1)
def _noun_plurals() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("noun_plurals.tsv")}


#: Suffixes read as adjectives, after a determiner or preposition and otherwise.
_ADJ_AFTER_DET = ("ous", "ive", "ful", "ic", "al", "able", "ible", "ian", "ese")
_ADJ_SUFFIXES = ("ous", "ive", "ful", "ic", "able", "ible")
#: Word -> its context-free facts (see :func:`_facts`); bounded, cleared when full.
#: Keys and values are strings, booleans, ``None`` and tuples of those only: CPython's
#: collector untracks such tuples and dictionaries, so this table, which lives as long
#: as the process, adds nothing to the work of a full collection.
_FACTS: dict[str, tuple] = {}  # type: ignore[type-arg]
_FACTS_MAX = 200_000


def _facts(w: str) -> tuple:  # type: ignore[type-arg]
    """Everything :func:`tag_and_lemmatize` needs to know about ``w`` that does not depend on its neighbours.

    Computed once per distinct word, so the per-token work is a dictionary
    lookup: ``(tag, lemma, lower case, function-word tag, a name unless
    sentence-initial, context facts, verb lemma, noun lemma)``.  ``tag`` and
    ``lemma`` are set when the word's tag never depends on its context
    (punctuation, numbers, function words, capitalised words that read as
    names even at the start of a sentence), and ``None`` otherwise.  The
    context facts (a tuple) are read for the other words, whose tag depends
    on the previous word; their lemma is the verb or noun lemma, or the
    lower case for any other tag (as :func:`lemmatize` gives).
    """
    low = w.lower()
    fw = _function_words()
    fw_tag = fw.get(low)
    if _PUNCT.match(w) and not w[:1].isalnum():
        fixed = "PUNCT" if not any(ch.isalnum() for ch in w) else "X"
        return (fixed, lemmatize(w, fixed), low, fw_tag, False, None, None, None)
    if _NUM.match(w):
        return ("NUM", lemmatize(w, "NUM"), low, fw_tag, False, None, None, None)
    if fw_tag is not None:
        return (fw_tag, lemmatize(w, fw_tag), low, fw_tag, False, None, None, None)
    verbs = _verb_lemmas()
    speech = _speech_lemmas()
    irregular = _irregular()
    cands = _candidates(low)
    # a capitalised sentence-initial word is a name unless it reads as a common word
    common = low in verbs or low in known_lemmas() or any(c in verbs for c in cands)
    cap = w[:1].isupper()
    if cap and not common and not low.endswith("ly"):
        return ("PROPN", w, low, None, False, None, None, None)  # lemmatize() leaves a proper noun as written
    context = (
        low in irregular and irregular[low] not in ("be", "have", "do"),  # irregular verb
        low.endswith("ly") and len(low) > 4,  # adverb
        low in verbs,
        low.endswith("ing"),
        low.endswith("ed"),
        "ADJ" if low.endswith(_ADJ_AFTER_DET) else "NOUN",  # the tag after a determiner
        low.endswith(("ed", "ing")) and len(low) > 4,  # participle
        low in speech or any(c in speech for c in cands),  # speech verb
        low.endswith("s") and any(c in verbs for c in cands),  # verb in -s
        low.endswith(_ADJ_SUFFIXES),  # adjective
    )
    return (None, None, low, None, cap, context, lemmatize(w, "VERB"), lemmatize(w, "NOUN"))


def tag(words_: list[str], sentence_initial: list[bool]) -> list[str]:
    """UPOS tags for the tokens of one document."""
    return tag_and_lemmatize(words_, sentence_initial)[0]


def tag_and_lemmatize(words_: list[str], sentence_initial: list[bool]) -> tuple[list[str], list[str]]:
    """UPOS tags and lemmas (:func:`lemmatize` of each word with its tag) for the tokens of one document."""
    tags, lemmas, _ = tag_lemmatize_lower(words_, sentence_initial)
    return tags, lemmas


def tag_lemmatize_lower(words_: list[str], sentence_initial: list[bool]) -> tuple[list[str], list[str], list[str]]:
    """:func:`tag_and_lemmatize`, and each word in lower case (``str.lower``), which its facts hold.

    The tags and lemmas that do not depend on context are read from each
    word's facts by ``map``; a Python loop visits only the other words, in
    order, since their tag depends on the tag of the word before.  The lower
    case words are the facts' own strings, one per distinct word.
    """
    fs = facts_of(words_, _FACTS, _facts, _FACTS_MAX)
    tags: list[str] = list(map(_first, fs))
    lemmas: list[str] = list(map(_second, fs))
    for k in compress(range(len(fs)), map(is_, tags, repeat(None))):
        _, _, low, _, cap, context, verb_lemma, noun_lemma = fs[k]
        if cap and not sentence_initial[k]:
            tags[k], lemmas[k] = "PROPN", words_[k]
            continue
        (irregular_verb, adverb, in_verbs, ends_ing, ends_ed, after_det, participle, speechish, verb_s,
         adjective) = context
        if k:
            prev = fs[k - 1]
            prev_low, pf, prev_tag = prev[2], prev[3], tags[k - 1]
        else:
            prev_low, pf, prev_tag = "", None, ""
        if irregular_verb:
            t = "VERB"
        elif adverb:
            t = "ADV"
        elif prev_low == "to" and in_verbs:
            t = "VERB"
        elif pf is not None and (pf == "DET" or pf == "ADP" and not ends_ing) and not ends_ed:
            t = after_det
        elif participle:
            t = "VERB"
        elif in_verbs and pf in ("PRON", "AUX", "PART", "ADV"):
            t = "VERB"
        elif k and prev_tag in ("NOUN", "PROPN") and pf is None and speechish:
            # "lawmakers say", "Clinton says": a verb right after its subject noun
            t = "VERB"
        elif verb_s and pf == "PRON":
            t = "VERB"
        elif adjective:
            t = "ADJ"
        else:
            t = "NOUN"
        tags[k] = t
        lemmas[k] = verb_lemma if t == "VERB" else noun_lemma if t == "NOUN" else low
    return tags, lemmas, list(map(_third, fs))
