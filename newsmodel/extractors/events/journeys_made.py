"""A flight made to no state is no intent to meet (issue 14, lead at stop 39).

CAMEO.2.0 codes "fly to" 036, "express intent to meet or negotiate" (PLOVER AGREE).  That fits a
trip announced -- "The Chilean president will fly to Buenos Aires next week for talks" -- whose
meeting is yet to come.  A trip told as made ("flew to Denver for a fundraising dinner", "flew back
to her home state", "had flown to Kyiv and begun work") states no intention: it is a journey, and
a visit only when a meeting is named, which its own word codes ("flew to Doha to *meet* ...",
"flew to Addis Ababa for an emergency *summit*").  On all 840 PolNeAR train texts the rules engine
coded 7 "flew to" / "had flown back to" AGREE events, none of them right (dev batch 91).

Only the past forms are read as made: "flies to Paris on Monday" and "is flying to Moscow" are
news's scheduled future, still announced.  A flight to a state -- a country, or a capital that
stands for its government ("The president flew to Beijing on Monday") -- keeps CAMEO's code: the
CAMEO-coded news the project is scored on codes such trips 036, and a visit of state is an event
in any reading.  A return ("flew back to", "flew home to") never is.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..roles import is_capital
from .sense_checks import SenseCheck

__all__ = ["checks", "flight_made"]

#: The past forms of "fly": the journey is told as made.
_PAST_FORMS = frozenset({"flew", "flown"})
#: Words between "flew" and its "to" in a trip: "flew back to", "flew home to".
_ADVERBS_OF_RETURN = frozenset({"back", "home", "straight", "directly", "on"})
#: Forms of "be" before a passive "flown".
_PASSIVE_BE = frozenset({"was", "were", "been", "being", "be", "is", "are"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's non-event check for :mod:`.sense_checks`: it opens with a test of the lemma and the form."""
    return (SenseCheck("a flight made: no intent to meet", flight_made, lemmas=frozenset({"fly"}), texts=_PAST_FORMS),)


def flight_made(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """``t`` is "flew" or "flown" in the active voice with nothing flown: "to" follows it, or
    "back" or "home" and then "to" -- the shape of CAMEO's "fly to" (036) -- so a trip made.

    Goods or people flown ("flew tents to", "were flown to Kabul") are other patterns (AID,
    RETREAT) and stay, as does "fly into" (MOBILIZE)."""
    if not (t.pos == "VERB" and t.lemma.lower() == "fly" and t.text.lower() in _PAST_FORMS):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i > sent.token_start and lows[t.i - 1] in _PASSIVE_BE:
        return False  # "were flown to Kabul": people or goods flown
    k = t.i + 1
    while k < sent.token_end and lows[k] in _ADVERBS_OF_RETURN:
        k += 1
    if k >= sent.token_end or lows[k] != "to":
        return False
    if k > t.i + 1 and lows[t.i + 1] in ("back", "home"):
        return True  # "flew back to Washington": a return home, no visit
    return not _state_destination(doc, draft, k + 1, sent.token_end)


def _state_destination(doc: AnnotatedDocument, draft: Draft, k: int, end: int) -> bool:
    """The place after "to" at ``k`` is a state -- a country or a capital standing for its
    government ("flew to Beijing", "flew to Germany"): CAMEO codes the trip 036 and the project
    keeps it, as the CAMEO-coded news it is scored on does.  A town or a region ("flew to Boise",
    "flew to Denver for a fundraising dinner") is a journey."""
    while k < end and doc.tokens[k].pos == "DET":
        k += 1
    if k >= end:
        return False
    w = doc.tokens[k]
    fields = draft.actor_fields(draft.actor_at(w.start, w.end))
    return fields is not None and (fields.kind == "country" or is_capital(fields))
