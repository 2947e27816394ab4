"""A written form two verbs share, read as the other verb's: no event (issue 14, stop 35, e34).

"Wound" is the past of "wind" as well as the verb of injury: "the reports about his loans wound
up being a minor story", "the aides wound down the office", "wound up his speech with a joke" --
with the particle "up" or "down" right after it, the verb is "wind (up / down)": to end up, to
close, to finish.  No one is hurt, so there is no ASSAULT; "wounded two soldiers" and "the gunmen
wound three guards" (no particle) stay.

Found in a hand judgment of every spaCy event on PolNeAR train (stop 35, e34; dev batch 69).
The check reads the word after the verb; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck

__all__ = ["checks", "wind_not_wound"]

#: Particles that make "wound" the past of "wind" ("wound up", "wound down").
_WIND_PARTICLES = frozenset({"up", "down"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the written form."""
    return (SenseCheck("wind up / wind down, not a wound", wind_not_wound, texts=frozenset({"wound"})),)


def wind_not_wound(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the word at ``t`` is "wound" with "up" or "down" right after it."""
    j = t.i + 1
    return t.text.lower() == "wound" and j < doc.sentences[t.sent].token_end and doc.tokens[j].text.lower() in _WIND_PARTICLES
