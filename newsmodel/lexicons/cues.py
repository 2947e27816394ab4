"""Attribution cues: speech verbs, their content frames, cue nouns, light verbs."""

from __future__ import annotations

from functools import lru_cache

from . import rows

__all__ = ["speech_verbs", "cue_frames", "cue_noun_frames", "light_verbs", "cue_gap_words", "addressee_verbs"]

#: Content frames of the plain speech/cognition lexicon: a clause, or for
#: cognition verbs also an infinitive ("hopes to win").
_DEFAULT_FRAMES = {"speech": ("ccomp", "parataxis", "advcl", "xcomp"), "cognition": ("ccomp", "xcomp", "advcl"), "report": ("ccomp", "obj")}


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Lemma -> class (speech | cognition | report), from ``speech_verbs.tsv``."""
    return {r[0]: r[1] for r in rows("speech_verbs.tsv") if len(r) >= 2}


@lru_cache(maxsize=1)
def cue_frames() -> dict[str, tuple[str, ...]]:
    """Lemma -> content frames, from ``cue_frames.tsv`` then the speech-verb classes."""
    frames: dict[str, tuple[str, ...]] = {lemma: _DEFAULT_FRAMES.get(cls, ("ccomp",)) for lemma, cls in speech_verbs().items()}
    for r in rows("cue_frames.tsv"):
        if len(r) >= 2:
            frames[r[0]] = tuple(f.strip() for f in r[1].split(",") if f.strip())
    return frames


@lru_cache(maxsize=1)
def cue_noun_frames() -> dict[str, tuple[str, ...]]:
    """Noun lemma -> content frames, from ``cue_nouns.tsv``."""
    return {r[0]: tuple(f.strip() for f in r[1].split(",") if f.strip()) for r in rows("cue_nouns.tsv") if len(r) >= 2}


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """Verbs that lend a cue noun their subject ("made the claim"), from ``light_verbs.tsv``."""
    return frozenset(r[0] for r in rows("light_verbs.tsv") if r)


@lru_cache(maxsize=1)
def cue_gap_words() -> frozenset[str]:
    """Words between a speaker and its cue that do not end the subject ("Peskov has also said")."""
    return frozenset(r[0] for r in rows("cue_gap_words.tsv") if r)


@lru_cache(maxsize=1)
def addressee_verbs() -> frozenset[str]:
    """Speech verbs whose first object is the one spoken to ("told reporters the talks failed")."""
    return frozenset(r[0] for r in rows("addressee_verbs.tsv") if r)
