"""People "fleeing" something describe a flight, no act by a party (issue 14, stop 42, e62).

"Refugees fleeing Khmer Rouge massacres", "thousands of refugees fleeing Syria and Iraq": the
participle after its noun is a reduced relative clause that says who the people are -- people in
flight -- inside a sentence about something else.  CAMEO's verb dictionary lists "flee" beside
"evacuate", and its pattern "evacuate + refugees" (073, humanitarian aid) made an AID of it, but no
party gives anything: the ones who flee move on their own (PLOVER's AID has a giver).  Found in the
rules engine's events on PolNeAR train (all 840 texts: two AID events on "fleeing", both of
refugees).  The check reads "fleeing" right after a noun; a finite "fled" ("the rebels fled their
stronghold") is left to the other checks, and "The United Nations evacuated refugees" stays AID.
It can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck

__all__ = ["checks", "people_in_flight"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("people in flight: refugees fleeing", people_in_flight, lemmas=frozenset({"flee"})),)


def people_in_flight(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "fleeing" at ``t`` follows a noun: a reduced relative clause on that noun."""
    if not t.lemma.lower() == "flee":
        return False
    before = t.i - 1
    return doc.lowered_texts()[t.i] == "fleeing" and before >= doc.sentences[t.sent].token_start and doc.tokens[before].pos in ("NOUN", "PROPN")
