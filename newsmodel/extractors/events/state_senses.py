"""States, schedules and time markers told with event words: no event (issue 14, dev batch 67,
helper e32 at stop 35).

Wire-service stories on diplomacy and conflict carry many sentences that use the words of
events without reporting an act: they describe how things stand, when something will happen or
which past event dates the present.  A CAMEO coder codes an act of a source on a target; none of
these shapes reports one:

* a state held "under" an event noun -- "The opposition leader has been under house arrest since
  2020", "the port remains under a naval blockade": the noun names the state the subject is in
  (a form of being or lasting before "under", ``state-verb``); "Police placed her under house
  arrest" has an act ("placed") and is not asked;
* an event noun used as a date -- "Since the withdrawal of foreign troops in 2021, the airport has
  handled only domestic flights", "Iraq's output has tripled since the 2003 invasion": the noun
  heads the phrase of ``time-preposition`` ("since"), or of a ``dated-preposition`` ("after",
  "before", "until") when the phrase holds a year ("after the 1994 genocide");
* a force's posting in the present -- "About 1,100 Italian soldiers are stationed in southern
  Lebanon": a ``standing-deployment-verb`` participle after present-tense "be" or "remain"
  (``present-be``); "Estonia deployed 200 soldiers" and "troops are being deployed" report one;
* a schedule -- an event noun as its clause's subject whose verb group is the event's logistics
  (``schedule-verb``: "the meeting has been moved to Friday", "the vote was postponed") or its
  taking place in the future (``happen-verb`` with ``future-mark``: "the next summit will take
  place in Dakar", "the talks are due to resume"): no party acts; and the schedule verb itself when
  its passive subject is a ``scheduled-event`` ("the meeting has been postponed");
* a duty stated -- "The envoy, whose task is to mediate between the two sides, ...": an infinitive
  after a ``task-noun`` and "is / was to";
* a career step -- "joined the foreign service in 1995": "join" with a ``career-body`` object;
* a standing population -- "Turkey hosts about 3.2 million Syrian refugees": a ``shelter-verb`` in
  the present simple with a count in its object, a state, not aid delivered;
* a disaster's damage in the passive -- "More than 600 buildings were destroyed in the fire": a
  killing or damaging participle with "in / by" a ``hazard``;
* a standing relation -- "The militia has about 4,000 fighters and is backed by Iran": a curated
  SUPPORT verb as a participle after present-tense "be" with "by" (``present-be``), the support a
  party has, not an act of support reported ("Iran backed the militia's demands" reports one).

Each check reads a few words around the candidate and works the same with and without a parse.
:func:`state_non_event` is one of the checks of :func:`.non_event_senses.non_event`; it only reads
the document, so it can only remove an event.  Word classes are in ``sense_words.tsv``.
"""

from __future__ import annotations

import re

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck, keys

__all__ = ["checks", "state_non_event", "supported_state"]

#: Words that close a clause for these tests.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "--", "\u2014", "(", ")"})

#: Tags of the words a noun phrase is made of, walking back from its head.
_PHRASE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})

#: Forms of "be" that make a schedule verb passive ("has been moved", "was postponed").
_BE = frozenset({"be", "been", "is", "are", "was", "were", "being"})

#: A year (1900-2099).
_YEAR = re.compile(r"^(19|20)\d\d$")


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: the noun tests read the words before any
    noun, so they are asked of every candidate; the verb tests open with the lemma or category."""
    return (
        SenseCheck("a state, a date, a schedule, a duty", state_non_event, any_word=True),
        SenseCheck("a career step, a standing population, a hazard's damage", _by_lemma, lemmas=keys("join", _words("shelter-verb"), _words("kill-verb"), _words("hazard-verb"))),
        SenseCheck("a standing relation", supported_state, categories=frozenset({"SUPPORT"})),
    )


def state_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` names a state, a date, a schedule or a duty (module docstring)."""
    if t.pos in ("NOUN", "PROPN"):
        return _under_a_state(doc, t) or _event_as_date(doc, t) or _scheduled(doc, t)
    if t.pos == "VERB":
        return _standing_deployment(doc, t) or _duty_stated(doc, t) or _event_as_date(doc, t) or _event_rescheduled(doc, t)
    return False


def _event_rescheduled(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``schedule-verb`` participle after a form of "be" whose subject is a ``scheduled-event``
    ("The ministers' meeting has been postponed until next month", "the vote was delayed"): the
    schedule of an event, no party acting ("Azerbaijan postponed the talks" names one and stays).
    The subject is the parse's, or without one the last noun before the verb group."""
    low = t.text.lower()
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    if low not in _words("schedule-verb") or t.i - 1 < lo or lows[t.i - 1] not in _BE:
        return False
    subj = None
    if doc.has_parse:
        subj = next((c for c in doc.children(t.i) if c.dep in ("nsubj", "nsubj:pass")), None)
    else:
        k = t.i - 1
        while k >= lo and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
            k -= 1
        subj = doc.tokens[k] if k >= lo and doc.tokens[k].pos in ("NOUN", "PROPN") else None
    return subj is not None and (lows[subj.i] in _words("scheduled-event") or subj.lemma.lower() in _words("scheduled-event"))


def _by_lemma(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A career step ("joined the foreign service") or a standing population ("hosts about 3.2
    million refugees")."""
    if t.pos != "VERB":
        return False
    lemma = t.lemma.lower()
    if lemma == "join":
        return _joins_a_career(doc, t)
    if lemma in _words("shelter-verb") and _standing_population(doc, t):
        return True
    if lemma in _words("kill-verb") or lemma in _words("hazard-verb"):
        return _passive_by_hazard(doc, t)
    return False


def _passive_by_hazard(doc: AnnotatedDocument, t: Token) -> bool:
    """A killing or damaging participle after a form of "be", then "in" or "by" and a phrase whose
    head is a ``hazard`` ("More than 600 buildings were destroyed in the fire", "were killed by
    the storm"): the damage of a disaster, told in the passive, no party acting; "destroyed in an
    air strike" has no hazard and stays."""
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    if t.i - 1 < sent.token_start or lows[t.i - 1] not in _BE or t.i + 2 >= sent.token_end or lows[t.i + 1] not in ("in", "by"):
        return False
    k = t.i + 2
    while k < sent.token_end and doc.tokens[k].pos in ("DET", "ADJ", "NUM"):
        k += 1
    while k + 1 < sent.token_end and doc.tokens[k + 1].pos == "NOUN":
        k += 1  # the head of a compound: "the forest fire"
    return k < sent.token_end and (lows[k] in _words("hazard") or doc.tokens[k].lemma.lower() in _words("hazard"))


def _phrase_start(doc: AnnotatedDocument, t: Token, *, through_of: bool) -> int:
    """The index of the first word of the noun phrase ``t`` heads, walking back over determiners,
    adjectives, numbers, nouns and possessive endings (and, with ``through_of``, one "of":
    "the signing of the border treaty")."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    ofs = 0
    while k >= lo:
        w = doc.tokens[k]
        if w.pos in _PHRASE_POS or lows[k] in ("'s", "\u2019s", "-"):
            k -= 1
        elif through_of and lows[k] == "of" and ofs == 0:
            ofs += 1
            k -= 1
        else:
            break
    return k + 1


def _under_a_state(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun's phrase follows "under", and a ``state-verb`` (a form of "be", "remain", "stay",
    "live") stands right before "under", an adverb at most between: "has been under house arrest",
    "remains under a naval blockade", "lives under curfew"."""
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    k = _phrase_start(doc, t, through_of=False) - 1
    if k < lo or lows[k] != "under":
        return False
    k -= 1
    if k >= lo and doc.tokens[k].pos == "ADV" and lows[k] not in _words("state-verb"):
        k -= 1  # "has been effectively under siege"
    return k >= lo and lows[k] in _words("state-verb")


def _event_as_date(doc: AnnotatedDocument, t: Token) -> bool:
    """The candidate heads (or, through one "of", ends) the phrase of "since" ("since the
    withdrawal of foreign troops", "since the 2003 invasion"), or of "after / before / until" when
    the phrase holds a year ("after the 1994 genocide"): an event used as a date.  A verb counts
    only as a gerund right after a determiner ("since the signing of")."""
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    if t.pos == "VERB" and not (lows[t.i].endswith("ing") and t.i > lo and doc.tokens[t.i - 1].pos == "DET"):
        return False
    start = _phrase_start(doc, t, through_of=True)
    k = start - 1
    if k < lo:
        return False
    prep = lows[k]
    if prep in _words("time-preposition"):
        return True  # "since the coup", "since the 2003 invasion"
    if prep in _words("dated-preposition"):
        end = doc.sentences[t.sent].token_end
        stop = t.i + 1
        while stop < end and lows[stop] not in _CLAUSE_BREAKS and doc.tokens[stop].pos not in ("VERB", "AUX") and stop < t.i + 5:
            stop += 1  # "after the uprising in 1989": the year may follow the noun
        return any(_YEAR.match(lows[j]) for j in range(start, stop))
    return False


def _standing_deployment(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``standing-deployment-verb`` participle right after present-tense "be" or "remain"
    (``present-be``), an adverb at most between, and no "being": "are stationed in southern
    Lebanon", "remain deployed along the border" -- where a force is, no deployment reported."""
    low = t.text.lower()
    if low not in _words("standing-deployment-verb") or not low.endswith("ed"):
        return False
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    if k >= lo and doc.tokens[k].pos == "ADV" and lows[k] not in _words("present-be"):
        k -= 1  # "are permanently stationed"
    return k >= lo and lows[k] in _words("present-be")


def _scheduled(doc: AnnotatedDocument, t: Token) -> bool:
    """The event noun is its clause's subject (no verb before it in the clause) and the clause's
    verb group tells the event's logistics in the passive (``schedule-verb``: "has been moved to
    Friday", "was postponed"; "the call between the two leaders lasted an hour" tells that the
    call took place and is not asked) or its taking place in the future (a ``happen-verb`` with a ``future-mark``: "will
    take place in Dakar", "is due to resume", "is being held")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for j in range(t.i - 1, sent.token_start - 1, -1):
        if lows[j] in _CLAUSE_BREAKS:
            break
        if doc.tokens[j].pos in ("VERB", "AUX"):
            return False  # a verb before the noun: no subject ("Police said the meeting ...")
    end = min(sent.token_end, t.i + 10)
    j = t.i + 1
    while j < end and doc.tokens[j].pos not in ("VERB", "AUX"):
        if lows[j] in _CLAUSE_BREAKS:
            return False
        j += 1  # past the rest of the subject: "summit of the bloc"
    group: list[int] = []
    while j < end and (doc.tokens[j].pos in ("VERB", "AUX", "PART", "ADV") or lows[j] in ("to", "place", "due", "set")):
        group.append(j)
        j += 1
    if not group:
        return False
    words = [lows[k] for k in group]
    passive = any(w in _BE for w in words)
    if passive and any(w in _words("schedule-verb") and w not in ("scheduled", "slated") for w in words):
        return True  # "has been moved", "was postponed"
    future = any(w in _words("future-mark") for w in words)
    return future and any(w in _words("happen-verb") for w in words)


def _duty_stated(doc: AnnotatedDocument, t: Token) -> bool:
    """An infinitive after a ``task-noun`` and "is / was to" ("whose task is to mediate", "the
    mission's job was to monitor"): a duty described, no act."""
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    if k - 2 < lo or lows[k] != "to" or lows[k - 1] not in ("is", "was"):
        return False
    noun = doc.tokens[k - 2]
    return lows[k - 2] in _words("task-noun") or noun.lemma.lower() in _words("task-noun")


def _joins_a_career(doc: AnnotatedDocument, t: Token) -> bool:
    """"join" whose object, within four words, is a ``career-body`` ("joined the foreign service",
    "joined the diplomatic corps"): a step in a career, no force mobilised or alliance entered."""
    lows = doc.lowered_texts()
    end = doc.sentences[t.sent].token_end
    for k in range(t.i + 1, min(end, t.i + 5)):
        if lows[k] in _words("career-body"):
            return True
        if doc.tokens[k].pos not in ("DET", "ADJ", "NOUN", "PROPN"):
            return False
    return False


def _standing_population(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``shelter-verb`` in the present simple with a number in the next four words ("Turkey hosts
    about 3.2 million Syrian refugees"): how many people a state shelters, no aid reported."""
    low = t.text.lower()
    if not (t.tag in ("VBZ", "VBP") or (not t.tag and low.endswith("s"))):
        return False
    end = doc.sentences[t.sent].token_end
    return any(doc.tokens[k].pos == "NUM" for k in range(t.i + 1, min(end, t.i + 5)))


def supported_state(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A curated SUPPORT verb as a participle after present-tense "be" (``present-be``) with "by"
    after it: "the militia is backed by Iran", "the plan is supported by most members" -- the
    support a party has, a standing relation, not an act of support reported."""
    if not (curated is not None and curated[1] == "SUPPORT" and t.pos == "VERB" and t.text.lower().endswith("ed")):
        return False
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    k = t.i - 1
    if k >= sent.token_start and doc.tokens[k].pos == "ADV" and lows[k] not in _words("present-be"):
        k -= 1  # "is openly backed by"
    if k < sent.token_start or lows[k] not in _words("present-be"):
        return False
    return t.i + 1 < sent.token_end and lows[t.i + 1] == "by"
