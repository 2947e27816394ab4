"""A poll as source: "In a survey released Monday, the mayor led her rival by nine points." and
"The senator leads by six points, in the latest statewide poll."

News copy attributes a finding to a poll with a bare "in" phrase that opens or closes the
sentence; the poll is the source, "in" the cue, the rest of the clause the content, as PolNeAR
marks it (issue 14, helper h7 at stop 47: on the PolNeAR train slice every sentence-opening
"In <poll>," was an attribution; "in the polls" inside a clause -- "she soared in the polls" --
mostly was not, and is left alone).  The poll's head noun is a ``survey`` word of
``surface_cue_nouns.tsv``.  The statement has a source and no speaker: a poll is no actor.
It is added after the indirect speech, so a cue inside the clause ("In the poll, 40 percent
said ...") still makes its own statement.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument
from ...lexicons import word_class
from ..attribution import Attribution, Context, Source
from ..mentions import QUOTE_CHARS, RELATIVE_PRONOUNS

__all__ = ["find_survey_phrases"]

#: Words that open a relative clause inside the phrase: the relative pronouns and "where".
_RELATIVES = frozenset(RELATIVE_PRONOUNS) | {"where"}
#: How far the poll phrase may run (tokens from "in" to its comma or the sentence end).
_MAX_PHRASE = 14


@lru_cache(maxsize=1)
def _survey_nouns() -> frozenset[str]:
    """Nouns that name a poll ("poll", "surveys"): ``survey`` of ``surface_cue_nouns.tsv``."""
    return word_class("surface_cue_nouns.tsv", "survey")


def find_survey_phrases(ctx: Context, found: list[Attribution], cue_tokens: set[int]) -> None:
    """Add a statement for each sentence opened by "In <poll>," or closed by ", in <poll>."."""
    doc = ctx.doc
    nouns = _survey_nouns()
    lowered = doc.lowered_texts()
    if nouns.isdisjoint(lowered):
        return
    cues = {a.cue for a in found if a.cue}
    for sent in doc.sentences:
        first, end = sent.token_start, sent.token_end
        while end > first and doc.tokens[end - 1].pos == "PUNCT" and doc.tokens[end - 1].text not in QUOTE_CHARS:
            end -= 1  # the closing full stop is no part of the content
        if end - first < 5 or not any(lowered[k] in nouns for k in range(first, end)):
            continue
        got = _opening(doc, lowered, first, end) or _closing(doc, lowered, first, end)
        if got is None:
            continue
        cue, (s0, s1), (c0, c1) = got
        span = (doc.tokens[cue].start, doc.tokens[cue].end)
        if span in cues or ctx.quoted[doc.tokens[cue].start]:
            continue
        source = Source(doc.tokens[s0].start, doc.tokens[s1].end, None)
        found.append(Attribution(span, source, [(doc.tokens[c0].start, doc.tokens[c1].end)], "indirect", 0.6))
        cue_tokens.add(cue)


def _poll_phrase(doc: AnnotatedDocument, lowered: list[str], lo: int, hi: int) -> bool:
    """Tokens ``lo``..``hi`` are a noun phrase on a poll: a survey noun, and no verb before it
    ("a national poll released Monday", "exit polls", "the average of recent state polls")."""
    nouns = _survey_nouns()
    head = next((k for k in range(lo, hi + 1) if lowered[k] in nouns), None)
    if head is None or any(doc.tokens[k].pos in ("VERB", "AUX") for k in range(lo, head)):
        return False
    # no relative clause and no finite verb after it ("In states where exit polls were taken"):
    # a phrase about the polls, not one poll's finding
    return not any(lowered[k] in _RELATIVES or doc.tokens[k].pos == "AUX" for k in range(lo, hi + 1))


def _has_clause(doc: AnnotatedDocument, lo: int, hi: int) -> bool:
    """Tokens ``lo``..``hi`` can hold a finding: three words or more, not all punctuation (no verb
    is asked for: the rules tagger reads "leads" and "trails" as nouns)."""
    return hi - lo >= 2 and sum(1 for k in range(lo, hi + 1) if doc.tokens[k].pos != "PUNCT") >= 3


def _opening(doc: AnnotatedDocument, lowered: list[str], first: int, end: int) -> tuple[int, tuple[int, int], tuple[int, int]] | None:
    """"In a poll released Monday, CLAUSE": (cue, source tokens, content tokens), else None."""
    if lowered[first] != "in":
        return None
    comma = next((k for k in range(first + 1, min(end, first + _MAX_PHRASE)) if lowered[k] == ","), None)
    if comma is None or comma - first < 2 or not _poll_phrase(doc, lowered, first + 1, comma - 1):
        return None
    c0 = comma + 1
    if c0 < end and doc.tokens[c0].pos == "VERB" and lowered[c0].endswith("ed"):
        # "In the latest poll, conducted in May, CLAUSE": the participle belongs to the poll
        aside = next((k for k in range(c0 + 1, min(end, c0 + 8)) if lowered[k] == ","), None)
        if aside is None:
            return None
        c0 = aside + 1
    if not _has_clause(doc, c0, end - 1):
        return None
    return first, (first + 1, comma - 1), (c0, end - 1)


def _closing(doc: AnnotatedDocument, lowered: list[str], first: int, end: int) -> tuple[int, tuple[int, int], tuple[int, int]] | None:
    """"CLAUSE, in the latest statewide poll.": (cue, source tokens, content tokens), else None."""
    cue = next((k for k in range(end - 2, max(first, end - _MAX_PHRASE) - 1, -1) if lowered[k] == "in"), None)
    if cue is None or cue - 1 <= first or lowered[cue - 1] != "," or not _poll_phrase(doc, lowered, cue + 1, end - 1):
        return None
    if any(doc.tokens[k].pos in ("VERB", "AUX") for k in range(cue + 1, end)) or not _has_clause(doc, first, cue - 2):
        return None
    return cue, (cue + 1, end - 1), (first, cue - 2)
