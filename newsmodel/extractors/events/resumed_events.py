"""An event noun as the subject of a verb of aspect names the one event (issue 14, stop 39, e46).

"Talks between Serbia and Kosovo resumed on Monday": the noun "talks" is the CONSULT, with both
parties from its between-phrase; "resumed" only tells that it started again.  The CAMEO
dictionary has a subject pattern for it (``restart`` with the subject "talks": 046 CONSULT), so
spaCy coded a second CONSULT on the verb, with one party.  A verb of aspect (``aspect-verb``:
resume, restart, continue, begin, start) whose subject is itself a trigger of the same PLOVER
category, or of any category when the verb's own sense came from a CAMEO pattern (the patterns
are asked with no curated category), adds no event: the noun codes it, once (PLOVER codes one
event per act reported).

A verb of aspect with an actor as its subject stays ("Serbia and Kosovo resumed talks": one
CONSULT, on the verb phrase), and a subject noun of another category is left to the patterns.
The subject is the parse's, or without one the last noun before the verb, so both engines read
the same; the check can only remove an event (dev batch 89, and batch 81's "Talks among the
three parties ... resumed").
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _subject
from .sense_checks import SenseCheck
from .senses import event_words
from .triggers import match_trigger

__all__ = ["checks", "resumed_by_its_noun"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it acts on the verbs of aspect only."""
    return (SenseCheck("an event noun resumed: the noun codes it", resumed_by_its_noun, lemmas=event_words("aspect-verb")),)


def resumed_by_its_noun(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is a verb of aspect whose subject is a trigger -- of the category ``t`` would
    have, when ``t`` is a curated trigger: "Talks between X and Y resumed" (module docstring)."""
    if not (t.pos == "VERB" and t.lemma.lower() in event_words("aspect-verb")):
        return False
    subj = _subject(doc, t)
    if subj is None or subj.i >= t.i or subj.pos not in ("NOUN", "PROPN"):
        return False
    own = match_trigger(doc, subj)
    return own is not None and (curated is None or own[1] == curated[1])
