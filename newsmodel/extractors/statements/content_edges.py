"""Where reported content starts and ends around another speaker's clause, read without a parse.

Two shapes of news copy that the no-parse reading of reported speech
(:mod:`.reported_speech`) got wrong on PolNeAR train (issue 14, helper a17 at stop 41):

* **A second speaker after a bare comma.**  "Although Ruiz has promised to back the governor, Tom
  Lee suggested that ...", "Analysts expect a close vote, they say ...": a comma, a short subject
  and a finite speech or report verb open a new clause with its own speaker, so the content read
  for the earlier cue stops at that comma (a16's :func:`.reported_speech._before_next_speaker`
  reads the same after ", and").  A cue set off by a second comma (", she said, ...") is a
  parenthetical inside the content and does not end it.
* **A cue set off inside its content.**  "Any effort to repair the dam, he said, will take
  years": the words before ", he said," are the first half of what was said, not a separate
  clause, so the content is both halves.
"""

from __future__ import annotations

from ...document import AnnotatedDocument
from ...lexicons import speech_verbs
from ..mentions import QUOTE_CHARS

__all__ = ["before_unjoined_speaker", "split_by_parenthetical_cue"]

#: Tags of the words of a short subject between a comma and its verb ("Tom Lee", "they", "the
#: two unions", "another").
_SUBJECT_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
#: Classes of ``speech_verbs.tsv`` whose finite verb after a new subject opens a reported clause.
_NEW_CLAUSE_CLASSES = frozenset({"speech", "report"})
#: Auxiliaries that may stand between that subject and its verb ("Lee has argued").
_AUXILIARIES = frozenset({"has", "have", "had", "also", "now", "later"})


def _initial_stop(doc: AnnotatedDocument, j: int) -> bool:
    """Token ``j`` is the full stop of a middle initial inside the subject's name ("Mark Z.
    Tolland"): written against a single capital after a capitalised word (issue 14, helper a22 at
    stop 45: the rules engine keeps such a name whole since a given name may be a word too)."""
    toks = doc.tokens
    return (
        toks[j].text == "." and j >= 2 and toks[j - 1].end == toks[j].start
        and len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper() and toks[j - 2].text[:1].isupper()
    )


def before_unjoined_speaker(doc: AnnotatedDocument, c0: int, c1: int) -> int:
    """The content's end before ", <subject> <speech verb> <more>" inside ``[c0, c1)``.

    The subject is at most six words of a noun phrase or a pronoun (a middle initial's stop aside); the verb is finite (no -ing)
    and of the speech or report class; what follows the verb is not a comma or the sentence's
    end (", she said, ..." and "..., they say." are parentheticals and trailers, not new
    clauses)."""
    toks = doc.tokens
    verbs = speech_verbs()
    for m in range(c0 + 2, c1 - 2):
        if toks[m].text != ",":
            continue
        j = m + 1
        while j < c1 and j - m <= 6 and (toks[j].pos in _SUBJECT_TAGS and toks[j].text not in QUOTE_CHARS or _initial_stop(doc, j)):
            j += 1
        if j == m + 1:
            continue
        while j < c1 and toks[j].text.lower() in _AUXILIARIES:
            j += 1
        if j + 1 >= c1:
            continue
        verb = toks[j]
        if (
            verb.pos == "VERB" and verbs.get(verb.lemma) in _NEW_CLAUSE_CLASSES
            and not verb.text.lower().endswith("ing") and toks[j + 1].text not in (",", ".")
        ):
            return m
    return c1


def split_by_parenthetical_cue(doc: AnnotatedDocument, before: tuple[int, int] | None, last: int, c0: int, cue_lemma: str) -> bool:
    """Whether the words ``before`` a cue set off by commas belong to the same content as the words
    from token ``c0`` on: the cue's last token ``last`` is followed by a comma, and what resumes
    after it is the rest of a clause (a verb, an adverb, a conjunction, a lower-case word), not a
    quotation or a "that" clause of its own, nor a contrast that another source may report ("...,
    KING-TV reported, while in Chicago ..."); the words before hold no speech verb of their own;
    and the cue is a verb of saying or reporting (not "you know", "I think")."""
    if speech_verbs().get(cue_lemma) not in _NEW_CLAUSE_CLASSES:
        return False
    if before is None or last + 1 >= len(doc.tokens) or doc.tokens[last + 1].text != ",":
        return False
    verbs = speech_verbs()
    if any(t.pos == "VERB" and t.lemma in verbs for t in doc.tokens if before[0] <= t.start < before[1]):
        return False  # "Ruiz said the dam was unsafe, the inspectors found, ...": a clause with its own cue
    if c0 >= len(doc.tokens):
        return False
    nxt = doc.tokens[c0]
    if nxt.text in QUOTE_CHARS or nxt.text.lower() in ("that", "while", "whereas") or nxt.pos == "PUNCT":
        return False
    return nxt.pos in ("VERB", "AUX", "ADV", "SCONJ", "CCONJ") or nxt.text[:1].islower()
