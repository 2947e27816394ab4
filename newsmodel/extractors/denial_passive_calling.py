"""A claim called false in the passive, its caller in a by-phrase (issue 14, d18, stop 47).

"The story was branded a fabrication by the mayor's office", "the memo was labelled fake news by the
governor's office", "the account was described as untrue by the airline": step 2b of
:mod:`.denials` reads only the active "called / labelled X false", and the predicate step reads
"were branded baseless" with no denier.  A ``passive-calling-verb`` participle after a form of "be"
(auxiliaries and adverbs may stand between), then (as) (a/an) a ``falsity`` word, then "by" within
a few words: the by-phrase names who calls it false.  Whether the subject names a claim is left to
the caller (a forged passport "branded false", a painting "labelled a fake" and a scheme "branded a
scam" name none), except that a verdict of "fake news" itself says the subject is news.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import AnnotatedDocument
from ..lexicons import word_classes

#: The forms of "be" that make the passive.
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})

#: Words between the verdict and "by" ('"a fabrication" | by', "false | on Tuesday by" is not read).
_BY_SPAN = 2

#: Words of the by-phrase read for its actor ("by | the senator's spokesman").
_AGENT_SPAN = 5

#: Words that may stand before the falsity word: an article, a quote mark, "as".
_BEFORE_VERDICT = frozenset({"as", "a", "an", "'", '"', "“", "‘"})


@dataclass(frozen=True)
class PassiveCalling:
    """One match: the be-form's character start, the verdict's end, the by-phrase's span, and
    whether the verdict itself names news ("fake news")."""

    be_start: int
    verdict_end: int
    agent: tuple[int, int]
    names_news: bool


def _words(cls: str) -> frozenset[str]:
    return word_classes("denial_words.tsv")[cls]


def passive_callings(doc: AnnotatedDocument) -> list[PassiveCalling]:
    """Every "<be> <calling participle> (as) (a) <falsity word> ... by <agent>" in ``doc``."""
    toks = doc.tokens
    verbs, falsity, intensifiers = _words("passive-calling-verb"), _words("falsity"), _words("calling-intensifier")
    found: list[PassiveCalling] = []
    for t in toks:
        if t.text.lower() not in verbs:
            continue
        sent = doc.sentences[t.sent]
        k = t.i - 1
        while k >= sent.token_start and toks[k].pos == "ADV" and toks[k].text.lower() not in _BE:
            k -= 1
        if k < sent.token_start or toks[k].text.lower() not in _BE:
            continue
        while k - 1 >= sent.token_start and (toks[k - 1].pos == "AUX" or toks[k - 1].text.lower() in _BE):
            k -= 1  # "have | been branded": the subject stands before the first auxiliary
        j = t.i + 1
        while j < sent.token_end and (toks[j].text.lower() in _BEFORE_VERDICT or toks[j].text.lower() in intensifiers):
            j += 1
        if j >= sent.token_end or toks[j].text.lower() not in falsity:
            continue
        end = j
        names_news = end + 1 < sent.token_end and toks[end + 1].text.lower() == "news"
        if names_news:
            end += 1
        by = next((m for m in range(end + 1, min(sent.token_end, end + 2 + _BY_SPAN)) if toks[m].text.lower() == "by"), None)
        if by is None or by + 1 >= sent.token_end:
            continue
        stop = by + 1
        while stop < sent.token_end and stop - by <= _AGENT_SPAN and toks[stop].pos in ("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM") or (
            stop < sent.token_end and toks[stop].text in ("'s", "’s")
        ):
            stop += 1
        if stop == by + 1:
            continue
        found.append(PassiveCalling(toks[k].start, toks[end].end, (toks[by + 1].start, toks[stop - 1].end), names_news))
    return found
