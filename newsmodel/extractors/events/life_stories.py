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

* a person who "fought in the war" (helper e91 at stop 48, dev batch 154): "The opposition leader,
  a former army officer, fought in the war against Eritrea" tells a career, a biography which CAMEO
  leaves uncoded, not an attack at a time; the subject is one person, no armed body ("armed-word":
  "troops fought in the war" stays for the others to judge).

All read words only; the checks can only remove an event.
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
        SenseCheck("a career: fought in the war", _fought_in_a_war, lemmas=frozenset({"fight"})),
    )


def _fought_in_a_war(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"fought in the war" (in + up to two words + "war"/"wars") whose subject is no armed body: a
    person's service in a war, told as a career (module docstring)."""
    if not (t.lemma.lower() == "fight" and t.pos == "VERB"):
        return False
    from .non_event_senses import _subject
    from .senses import _ARMED

    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end or lows[k] != "in":
        return False
    if not any(lows[j] in ("war", "wars") for j in range(k + 1, min(sent.token_end, k + 4))):
        return False
    subj = _subject(doc, t)
    if not doc.has_parse:
        # without a parse, the noun right before the verb (past auxiliaries and adverbs) is the
        # clause's own subject ("officials conceded that Turkish *soldiers* had fought in the war");
        # after a comma (an apposition) the sentence's opening noun phrase is
        k = t.i - 1
        while k > sent.token_start and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
            k -= 1
        if doc.tokens[k].pos in ("NOUN", "PROPN", "PRON"):
            subj = doc.tokens[k]
    if subj is None or subj.pos == "PRON" and subj.text.lower() in ("they", "we"):
        return False  # "they fought in the war": who is not known to be one person
    if subj.lemma.lower() in _words("armed-word") or subj.text.lower() in _words("armed-word"):
        return False  # "troops fought in the war"
    for j in range(max(sent.token_start, subj.i - 2), subj.i + 1):
        w = doc.tokens[j]
        actor = draft.actor_at(w.start, w.end)
        fields = draft.actor_fields(actor) if actor is not None else None
        if fields is not None and (fields.kind == "country" or any(c in (fields.code or "") for c in _ARMED)):
            return False  # "Ethiopia fought in the war", "Russian soldiers": a state or an armed body
    return True


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
