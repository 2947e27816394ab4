"""A share of the people polled as a cue's subject, without a parse.

"38 percent said they ...", "Two in five said ...", "Roughly one in four
say ...", "A quarter of renters, 25%, say ...", "Forty-two percent of the
nurses polled say ...", "with four in 10 saying ...": a survey report gives each
share of the respondents its own statement, and PolNeAR marks the share as
the source.  The rules engine's source finder looks for a mention or a noun
for people before the cue, and a number is neither, so these statements
were lost.  The share is read only where it opens its clause (after the
sentence start, a comma, a conjunction or "with"), so a number inside some
other phrase ("the 2015 report said") is never a source.  The source has no
actor: a share of respondents is no party of the article.

Issue 14, helper a16 at stop 41.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument
from ...lexicons import word_class
from ..attribution import Context, Source

#: Words that open a clause before its subject ("..., 52 percent said", "while only 7 percent said",
#: "with four in 10 saying").
_CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "and", "but", "while", "whereas", "with", "now"})
#: Words that modify a share before it ("about", "more than", "nearly", "just over", "all but").
_SHARE_MODIFIERS = frozenset({"about", "around", "roughly", "some", "only", "just", "nearly", "almost", "more", "less",
                              "fewer", "than", "over", "under", "at", "least", "most", "all", "but", "a", "an", "the", "another"})
#: Longest share phrase read, in tokens ("A quarter of renters, 25%,").
_MAX_SHARE = 9


@lru_cache(maxsize=1)
def _share_nouns() -> frozenset[str]:
    return word_class("engine_words.tsv", "share-noun")


def share_source(ctx: Context, cue_i: int, first: int) -> Source | None:
    """The share of respondents that is the subject of the cue at token ``cue_i`` (the sentence
    starts at token ``first``), or None."""
    doc = ctx.doc
    toks = doc.tokens
    k = cue_i - 1
    while k >= first and toks[k].pos in ("ADV", "AUX") and toks[k].text.lower() not in _SHARE_MODIFIERS:
        k -= 1  # "38 percent also said", "two in five have said"
    if k < first or toks[k].text == ",":
        if k >= first and k - 1 >= first and toks[k - 1].text.endswith("%"):
            k -= 1  # "A quarter of renters, 25%, say"
        else:
            return None
    end = k
    # the share's head: the nearest number, percentage or share noun before the cue
    head = next((j for j in range(end, max(first, end - _MAX_SHARE) - 1, -1) if _is_share(doc, j)), None)
    if head is None or not _share_tail(doc, head, end):
        return None
    start = head
    while start - 1 >= first and (_is_share(doc, start - 1) or toks[start - 1].text.lower() in _SHARE_MODIFIERS or toks[start - 1].text.lower() == "in"):
        start -= 1  # "More than seven in 10", "Roughly one in four", "all but three"
    before = toks[start - 1].text.lower() if start > first else ","
    if before not in _CLAUSE_OPENERS:
        return None  # the share does not open its clause
    return Source(toks[start].start, toks[end].end, None)


def _share_tail(doc: AnnotatedDocument, head: int, end: int) -> bool:
    """What follows the share's head up to the cue names no other noun: nothing, "in 10", a
    share noun ("percent"), or an of-phrase naming the group ("of nurses", "of the nurses polled",
    "of renters, 25%,"). "Four coaches said", "the two clubs", "the minority leader" are
    counted nouns and roles, which the usual source rules read."""
    toks = doc.tokens
    seen_of = False
    for j in range(head + 1, end + 1):
        low = toks[j].text.lower()
        if low == "of":
            seen_of = True
        elif _is_share(doc, j) or low == "in" and not seen_of:
            continue
        elif not seen_of or not (toks[j].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "VERB") or low in ("those", ",")):
            return False
    return True


def _is_share(doc: AnnotatedDocument, j: int) -> bool:
    """A number (not a year), a percentage, or a share noun ("third", "majority") at token ``j``.

    (Asked of the ten words before every cue: the document's lower-case texts are read, not made
    again, and a word without a hyphen is one number word or none -- issue 13, s30.)"""
    low = doc.lowered_texts()[j]
    if low.endswith("%") or low in _share_nouns():
        return True
    if doc.tokens[j].pos == "NUM":
        return not (len(low) == 4 and low.isdigit())  # "the 2015 report": a year is no share
    if "-" not in low:
        return low in _NUMBER_WORDS
    return all(part in _NUMBER_WORDS for part in low.split("-"))


#: Number words the tagger may read as other parts of speech ("one", "Forty-two").
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
})
