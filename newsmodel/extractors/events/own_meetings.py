"""A single group's own meeting is no consultation (issue 14, stop 47, e89; dev batch 152).

PLOVER CONSULT is a meeting between parties: visits, hosted visits, talks at a neutral place, and
a multilateral meeting lists every participant as an actor (manual, CONSULT and "Compound and
Reciprocal Actors").  A body meeting by itself names one party and no second one:

* "the party's leaders met at the chairman's home", "leaders of the ruling party met",
  "members of the farmers' union met in a barn", "the governors' association met in Denver":
  "meet" with no one met (no object, no "with" after it) and a subject that names one group --
  its head an ``own-meeting-body`` noun (association, union, party, caucus, committee ...), or a
  ``body-member`` noun (leaders, members, delegates) whose possessor or "of"-phrase is such a
  body;
* "the meeting of Ohio Republicans", "a speech before a meeting of the Family Values
  Alliance": "meeting" + "of" + one group whose head (or a name's last word) is an
  ``own-meeting-body`` word.

Kept: a second party anywhere in the group's phrase ("and", "both", a number: "leaders of the
two parties", "Kenyan and Somali officials"; an "and" inside one actor's name is part of it), a state or an IGO named in it ("NATO foreign
ministers": a multilateral meeting), or anyone met ("met the finance minister", "met with the
president").  Found in e85's hand judgment of PolNeAR train (a state party's own meeting, a
speech before one group's meeting); words and tags only, so both engines agree.  It can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "group_meets_alone", "meeting_of_one_group"]

#: Tags of the words of a group's noun phrase ("the state party's central committee").
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART"})
#: Tags read back over from the verb: the phrase's own, and numbers and conjunctions, which name more parties.
_WALK_POS = _PHRASE_POS | {"NUM", "CCONJ"}
#: Words that put a second party into the phrase.
_SECOND_PARTY = frozenset({"and", "both", "two", "three", "four", "rival", "between", "among", "&"})
#: Words right after "meet" that still leave no one met ("met last week", "met twice").
_TIME_AFTER = frozenset({"next", "this", "last", "twice", "once", "again", "briefly", "privately"})
#: How far the group's phrase may reach.
_REACH = 8


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`, keyed by "meet" and "meeting"."""
    return (
        SenseCheck("a group meeting by itself", group_meets_alone, lemmas=frozenset({"meet"})),
        SenseCheck("the meeting of one group", meeting_of_one_group, lemmas=frozenset({"meeting"}), texts=frozenset({"meeting"})),
    )


def _is_body(doc: AnnotatedDocument, k: int) -> bool:
    """The word at ``k`` names one body: a common noun of ``own-meeting-body`` as written (the
    singular: "the parties" are several), or a name's word of ``own-meeting-name`` ("the Family
    Values Alliance", "Ohio Republicans"; not "the African Union", an IGO)."""
    w = doc.tokens[k]
    low = w.text.lower()
    return low in _words("own-meeting-name") if w.pos == "PROPN" else low in _words("own-meeting-body")


def _names_state_or_igo(doc: AnnotatedDocument, draft: Draft, lo: int, hi: int) -> bool:
    """An actor in tokens ``lo``..``hi`` (inclusive) that is a country or carries an IGO code."""
    for _s, _e, a in draft.mentions_between(doc.tokens[lo].start, doc.tokens[hi].end):
        actor = draft.actor_fields(a)
        if actor is not None and (actor.kind == "country" or (actor.code or "").startswith("IGO")):
            return True
    return False


def _one_group(doc: AnnotatedDocument, draft: Draft, lo: int, hi: int, head: int) -> bool:
    """Tokens ``lo``..``hi`` are a phrase naming one group: no second party, no state or IGO, and
    its head a body noun, or a member noun whose possessor or "of"-phrase has a body noun."""
    lows = doc.lowered_texts()
    spans = [(st, en) for st, en, _a in draft.mentions_between(doc.tokens[lo].start, doc.tokens[hi].end)]

    def in_a_name(k: int) -> bool:  # "the Hunters and Anglers Coalition": one actor's name
        w = doc.tokens[k]
        return any(st < w.start and w.end < en for st, en in spans)

    if any((lows[k] in _SECOND_PARTY or doc.tokens[k].pos == "NUM") and not in_a_name(k) for k in range(lo, hi + 1)):
        return False
    if _names_state_or_igo(doc, draft, lo, hi):
        return False
    if _is_body(doc, head):
        return True
    members = _words("body-member")
    if lows[head] not in members and doc.tokens[head].lemma.lower() not in members:
        return False
    return any(_is_body(doc, k) for k in range(lo, hi + 1) if k != head)


def group_meets_alone(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "meet" at ``t`` meets no one and its subject names one group (module docstring)."""
    if not (t.pos == "VERB" and t.lemma.lower() == "meet" and curated is not None and curated[1] == "CONSULT"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k < sent.token_end and doc.tokens[k].pos in ("DET", "PROPN", "PRON", "NOUN") and lows[k] not in _TIME_AFTER:
        return False  # "met the finance minister"
    if any(lows[j] in ("with", "between", "among") for j in range(k, min(sent.token_end, t.i + 10))):
        return False  # "met with the president"
    # the subject's phrase, read back from the verb past auxiliaries and adverbs
    j = t.i - 1
    while j >= sent.token_start and doc.tokens[j].pos in ("AUX", "ADV"):
        j -= 1
    if j < sent.token_start or doc.tokens[j].pos not in ("NOUN", "PROPN"):
        return False
    head, lo = j, j
    while lo - 1 >= sent.token_start and (doc.tokens[lo - 1].pos in _WALK_POS or lows[lo - 1] in ("of", "'s", "\u2019s", "'", "&")):
        lo -= 1
        if head - lo > _REACH:
            return False
    # "Leaders of the ruling party": the head is the noun before "of"
    for m in range(lo, head):
        if lows[m] == "of" and m > lo:
            head_of = m - 1
            return _one_group(doc, draft, lo, j, head_of)
    return _one_group(doc, draft, lo, j, head)


def meeting_of_one_group(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the noun "meeting" at ``t`` is followed by "of" + a phrase naming one group
    (module docstring)."""
    if not (t.pos == "NOUN" and t.text.lower() == "meeting" and curated is not None and curated[1] == "CONSULT"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i + 2 >= sent.token_end or lows[t.i + 1] != "of":
        return False
    if any(lows[j] in ("with", "between", "among") for j in range(max(sent.token_start, t.i - 3), min(sent.token_end, t.i + 12))):
        return False  # "a meeting with the president", "a meeting of the party with the union"
    lo = hi = t.i + 2
    while hi + 1 < sent.token_end and hi + 1 - lo < _REACH and (doc.tokens[hi + 1].pos in _WALK_POS or lows[hi + 1] in ("'s", "\u2019s", "'", "&", "and")):
        hi += 1
    while hi > lo and doc.tokens[hi].pos not in ("NOUN", "PROPN"):
        hi -= 1
    if doc.tokens[hi].pos not in ("NOUN", "PROPN"):
        return False
    return _one_group(doc, draft, lo, hi, hi)
