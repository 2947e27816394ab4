""""Armed with" and "heavily armed" describe what a party carries, not an act of arming (issue 14,
stop 42, e62).

"A lone attacker, armed with a knife and a grudge", "when heavily armed bandits came down from the
hills": the participle describes its noun's equipment (or, figuratively, its frame of mind).
PLOVER's AID is military aid given by one party to another ("Russia armed the separatists with
tanks"); neither shape names a party that gave anything -- a giver would be told with a verb and
an object, or a by-phrase.  Found in a hand judgment of the rules engine's events on PolNeAR train
(all 840 texts: "armed" as an AID on an adjective three times, with "armed with" a fourth).

The check reads "armed" right before "with", or after an ``armed-degree`` adverb ("heavily",
"lightly", "well") and before a noun or an adjective.  "Iran armed the militia" (a determiner
after it) stays.  It can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["armed_state", "checks"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a state: armed with, heavily armed", armed_state, lemmas=frozenset({"arm"})),)


def armed_state(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "armed" at ``t`` is followed by "with", or follows an ``armed-degree`` adverb and
    comes before a noun or an adjective."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if not (t.lemma.lower() == "arm" and lows[t.i] == "armed"):
        return False
    after = t.i + 1
    if after < sent.token_end and lows[after] == "with":
        return True  # "armed with a knife": the participle's equipment
    before = t.i - 1
    return (
        before >= sent.token_start
        and lows[before] in word_class("sense_words.tsv", "armed-degree")
        and after < sent.token_end
        and doc.tokens[after].pos in ("NOUN", "PROPN", "ADJ")
    )
