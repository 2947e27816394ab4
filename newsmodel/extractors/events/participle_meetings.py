"""A participle "meeting" after a noun, whose object names no party, is no meeting (issue 14 batch
149, helper e86 at stop 47).

A noun with a participle after it names the participle's doer: "the former president meeting with
tribal elders" is a consultation (PLOVER CONSULT) between the president and the elders, and the
rules engine now gives such a participle its verb lemma (``engines/rules/tagger.py``,
``_postnominal_participle``), as spaCy's parse always did. But "meet" also means to match or to
greet: "a man meeting the description of the suspect", "a crowd meeting the team at the airport",
"dancers meeting the audience after the show" -- nobody consults anyone. PLOVER's CONSULT is
between parties, so the participle keeps its event only when the phrase after it (past "with")
names an actor; the check can only remove an event, and only of this shape (a verb in -ing right
after a noun; "the president met the elders" is not asked).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from .sense_checks import SenseCheck

__all__ = ["checks", "participle_meeting_no_party"]

#: How many words after the participle its object's head may stand.
_REACH = 6


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a participle meeting after a noun, no party met", participle_meeting_no_party, lemmas=frozenset({"meet"})),)


def participle_meeting_no_party(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "meeting" at ``t`` is a verb right after a noun and the noun phrase after it (past
    "with") has a head that names no actor ("a man meeting the description")."""
    if not (t.lemma.lower() == "meet" and t.pos == "VERB" and t.text.lower().endswith("ing")):
        return False
    sent = doc.sentences[t.sent]
    if t.i - 1 <= sent.token_start or doc.tokens[t.i - 1].pos not in ("NOUN", "PROPN"):
        return False
    k = t.i + 1
    if k < sent.token_end and doc.tokens[k].text.lower() == "with":
        k += 1
    end = min(sent.token_end, k + _REACH)
    while k < end and (doc.tokens[k].pos in ("DET", "ADJ", "NUM") or doc.tokens[k].text.lower() in POSSESSIVES):
        k += 1
    if k >= end or doc.tokens[k].pos not in ("NOUN", "PROPN"):
        return False  # no noun phrase the words show: left as it was
    while k + 1 < end and doc.tokens[k + 1].pos in ("NOUN", "PROPN"):
        k += 1  # the phrase's head comes last ("the tribal elders", "Governor Ortiz")
    head = doc.tokens[k]
    return draft.actor_at(head.start, head.end) is None
