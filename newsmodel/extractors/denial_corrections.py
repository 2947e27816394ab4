"""Correcting someone's report denies it (issue 14, d10, stop 40).

"The transport ministry corrected the report, saying the convoy had carried flour", "the embassy
corrected the record on ...": to correct a report is to say it is wrong, so the subject denies
it.  "correct" is not a denial cue of ``denial_cues.tsv`` (the PolNeAR guard reads those as gold
cues, and "is correct to note" is no denial): this check reads only the verb with a report as its
object.  One's own text corrected is a revision, no denial ("the office corrected its own
figures", "the paper corrected the spelling of ..."): an object with a possessive determiner, or
a head that is no report, is passed over.  The object heads are the ``corrected-claim`` class of
``denial_words.tsv``.  A party corrected in so many words ("corrected the senator, saying ...")
is :func:`corrected_parties` (d11, stop 41).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, count

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import word_classes
from .denial_parties import role_noun
from .nominals import nominal_kind

_FORMS = frozenset({"corrected", "corrects", "correcting"})
_OWN = frozenset({"its", "their", "our", "my", "his", "her", "your", "own"})
_OPENERS = frozenset({"the", "a", "an", "that", "this", "these", "those", "such"})


def _correct_verbs(doc: AnnotatedDocument) -> Iterator[tuple[Token, int]]:
    """Each form of "correct" in ``doc`` (``_FORMS``) with the end of its sentence."""
    if "correct" not in doc.text.lower():
        return
    # the document's shared lower-case column, tested in C ("correct" is a common word: most
    # texts that hold it hold no form of the verb)
    for i in compress(count(), map(_FORMS.__contains__, doc.lowered_texts())):
        t = doc.tokens[i]
        yield t, doc.sentences[t.sent].token_end


def corrected_reports(doc: AnnotatedDocument) -> Iterator[tuple[Token, tuple[int, int]]]:
    """(the verb, the object's span) for each "corrected <a report>" in ``doc``."""
    heads = word_classes("denial_words.tsv")["corrected-claim"]
    toks = doc.tokens
    for t, end in _correct_verbs(doc):
        k = t.i + 1
        if k >= end or toks[k].text.lower() not in _OPENERS:
            continue  # "corrected its own figures", "corrected herself": one's own
        for j in range(k + 1, min(end, k + 5)):
            w = toks[j].text.lower()
            if w in _OWN:
                break
            if w in heads:
                yield t, (toks[k].start, toks[j].end)
                break
            if toks[j].pos not in ("ADJ", "NOUN", "PROPN") and toks[j].text not in ("'s", "’s"):
                break  # "corrected the spelling of the name": the head is no report


#: What follows a corrected party when the correction is something said ("corrected the senator, saying
#: ...", "corrected the candidate by posting a study ...").
_SAYING = frozenset({"saying", "noting", "pointing", "writing", "tweeting", "adding", "explaining", "insisting"})


def corrected_parties(doc: AnnotatedDocument, draft: Draft) -> Iterator[tuple[Token, tuple[int, int]]]:
    """(the verb, the corrected party's span) for each "corrected <a party>, saying ..." / "corrected
    <a party> by <-ing>" in ``doc`` (d11, stop 41).

    To correct a party in so many words is to say what the party said is wrong: "The economist
    corrected the senator, saying unemployment had fallen".  The object must be an actor's mention
    and a means of saying must follow it; "corrected the course", "corrected the error" name no
    party, and "corrected herself" is one's own."""
    toks = doc.tokens
    for t, end in _correct_verbs(doc):
        k = t.i + 1
        if k >= end or toks[k].text.lower() in _OWN or toks[k].text.lower().endswith("self"):
            continue
        mentions = [m for m in draft.mentions_between(toks[k].start, toks[min(end, k + 6) - 1].end)]
        if not mentions:
            continue
        m_start, m_end = mentions[0][0], mentions[0][1]
        if toks[k].start != m_start and not (toks[k].text.lower() in _OPENERS and k + 1 < end and toks[k + 1].start == m_start):
            continue  # the party is the object itself, not a noun further on ("corrected the spelling of the minister's name")
        after = next((j for j in range(k, end) if toks[j].start >= m_end), None)
        if after is None:
            continue
        head = toks[after - 1]
        if not (head.pos == "PROPN" or role_noun(head) or nominal_kind(head) in ("person", "organization")):
            continue  # "corrected the course": the object is no party, whatever the mention pass made of it
        nxt = toks[after].text.lower()
        spoken = nxt == "," and after + 1 < end and toks[after + 1].text.lower() in _SAYING
        by_saying = nxt == "by" and after + 1 < end and toks[after + 1].text.lower().endswith("ing")
        if spoken or by_saying:
            yield t, (toks[k].start, m_end)
