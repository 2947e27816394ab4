"""A MOBILIZE needs forces or arms (issue 14, stop 43, e64).

PLOVER's MOBILIZE is "all military or police moves that fall short of the actual use of force"
(manual, MOBILIZE): its actors are militaries, police or "any organized armed groups", and what
they move is troops or, as the mode ``weapons``, "weapons, ships, or vehicles".  Its verbs --
deploy, send, form, build, increase, monitor, reinforce, mobilize -- and the CAMEO patterns
behind them are also the words of civilian life: "tech firms deployed stronger encryption",
"a zeal for monitoring the central bank", "the commission deployed 300 observers", "formed a new
task force on housing", "increasing security spending", "members will mobilize to help the
governor win" (the manual sends supporters mobilized to demonstrate to PROTEST).  There nothing
military or police moves, so there is no MOBILIZE.

So a MOBILIZE event is kept only when an armed party stands in its sentence: an actor whose code
names an armed sector (:func:`.senses.armed_party`: military, police, rebels, insurgents ...) or a
word for forces or arms (``armed-word``, ``armed-context``, ``force-word``: troops, army, police,
navy, warships, missiles, a brigade, an alert ...; and the object classes ``forces``, ``arms`` and
``projectiles``: howitzers, launchers ...), the trigger's own words included ("military
exercises", "missile tests").  "force" after a ``civil-force`` word ("task force", "labor force")
names no armed force.

Found in a hand judgment of the rules engine's events on PolNeAR train (Random(620), and then all
of its MOBILIZE events): of 28, about a dozen were civilian moves of this kind (dev batch 115, group
B).  The check runs after the roles are read, as :mod:`.pattern_parties` does, because the
category often comes from a CAMEO pattern, not from a curated trigger; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .senses import armed_party
from .triggers import object_class

__all__ = ["unarmed_move"]


def _force_words() -> frozenset[str]:
    """The words that name forces or arms: the sense classes of this module and the event coder's
    object classes ``forces``, ``arms`` and ``projectiles`` (CAMEO's &MILITARY and &WEAPON, and
    their WordNet rows: "howitzers", "paratroopers")."""
    sense = word_class("sense_words.tsv", "armed-word") | word_class("sense_words.tsv", "armed-context") | word_class("sense_words.tsv", "force-word")
    return sense | object_class("forces") | object_class("arms") | object_class("projectiles")


def unarmed_move(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """True when the sentence of the MOBILIZE trigger ``t`` has no armed party: no actor with an
    armed code, and no word of :func:`_force_words` (as lemma or text) anywhere in
    it (the trigger's own words included), "force" after a ``civil-force`` word not counting."""
    if armed_party(doc, draft, t, "armed-context"):
        return False
    forces = _force_words()
    civil = word_class("sense_words.tsv", "civil-force")
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    lemmas = doc.lowered_lemmas()
    for k in range(sent.token_start, sent.token_end):
        if lemmas[k] in forces or lows[k] in forces:
            if lemmas[k] == "force" and k > sent.token_start and lows[k - 1] in civil:
                continue  # "a new task force on housing costs"
            return False
    return True
