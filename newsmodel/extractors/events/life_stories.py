"""A life or a work's story retold reports no news event (issue 14, stop 42, helper e58; dev
batch 109).

Profiles and obituaries recall what someone did long ago, and reviews retell what a book or a
film tells:

* a sentence opened by "As a" + a stage of life (``life-stage``: "As a student, the minister
  took part in protests against the dictatorship", "As a young refugee, she ...") tells a past
  life, not an act of the news (PLOVER's historical mode; :mod:`.past_roles` reads "who led the
  army during the war" the same way);
* an act told after a work's telling verb -- "Her memoir describes how guards beat prisoners",
  "the film tells the story of a family that fled the bombing" (``told-work`` as the subject of a
  ``work-telling-verb``): the work's story, as "In the novel, ..." (:mod:`.non_event_senses`'s
  fiction frame).

Both read words only; the checks can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks"]

#: Adjectives that may stand between "As a" and the stage of life.
_STAGE_ADJECTIVES = frozenset({"young", "teenage", "small", "little", "poor", "penniless", "law", "medical", "university", "college", "graduate"})
#: Words that close the telling verb's content before the candidate.
_BREAKS = frozenset({";", "--", "\u2014"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`, each asked of any candidate in a sentence
    holding the word its shape needs."""
    return (
        SenseCheck("a life retold: As a student, ...", _life_stage_opening, any_word=True, sentence_words=_words("life-stage")),
        SenseCheck("a work's story: her memoir describes how ...", _work_story, any_word=True, sentence_words=_words("work-telling-verb")),
    )


def _life_stage_opening(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The sentence opens "As a" (adjectives) + a ``life-stage`` word + a comma, and ``t`` follows."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = sent.token_start
    if lows[k] != "as" or k + 3 >= sent.token_end or lows[k + 1] not in ("a", "an"):
        return False
    j = k + 2
    while j < sent.token_end and lows[j] in _STAGE_ADJECTIVES:
        j += 1
    return j + 1 < sent.token_end and lows[j] in _words("life-stage") and lows[j + 1] == "," and t.i > j + 1


def _work_story(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """``t`` follows a ``work-telling-verb`` whose subject, within three words before it, is a
    ``told-work`` ("Her new memoir describes how", "The film tells the story of")."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    works = _words("told-work")
    tellings = _words("work-telling-verb")
    for k in range(t.i - 1, lo, -1):
        if lows[k] in _BREAKS:
            return False
        if lows[k] in tellings:
            return any(lows[j] in works for j in range(max(lo, k - 3), k))
    return False
