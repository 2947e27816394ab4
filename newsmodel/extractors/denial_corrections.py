"""Correcting someone's report denies it (issue 14, d10, stop 40).

"The transport ministry corrected the report, saying the convoy had carried flour", "the embassy
corrected the record on ...": to correct a report is to say it is wrong, so the subject denies
it.  "correct" is not a denial cue of ``denial_cues.tsv`` (the PolNeAR guard reads those as gold
cues, and "is correct to note" is no denial): this check reads only the verb with a report as its
object.  One's own text corrected is a revision, no denial ("the office corrected its own
figures", "the paper corrected the spelling of ..."): an object with a possessive determiner, or
a head that is no report, is passed over.  The object heads are the ``corrected-claim`` class of
``denial_words.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes

_FORMS = frozenset({"corrected", "corrects", "correcting"})
_OWN = frozenset({"its", "their", "our", "my", "his", "her", "your", "own"})
_OPENERS = frozenset({"the", "a", "an", "that", "this", "these", "those", "such"})


def corrected_reports(doc: AnnotatedDocument) -> Iterator[tuple[Token, tuple[int, int]]]:
    """(the verb, the object's span) for each "corrected <a report>" in ``doc``."""
    if "correct" not in doc.text.lower():
        return
    heads = word_classes("denial_words.tsv")["corrected-claim"]
    toks = doc.tokens
    for t in toks:
        if t.text.lower() not in _FORMS:
            continue
        end = doc.sentences[t.sent].token_end
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
