"""The crowd at a game striking a person is violence, not play (issue 14, helper e93 at stop 48).

A sport report vetoes an ASSAULT verb (``senses._sport``): "Brazil beat Argentina", "the visitors
attacked down the left" are the game.  Fans, spectators or hooligans do not play it, so when the
subject of the verb is such a crowd (``game-spectator`` in ``sense_words.tsv``) and the verb lands
on a person or people -- an actor of kind person or group, or a noun the lexicons or WordNet type
as people ("the referee", "a steward") -- the blow is physical violence, PLOVER ASSAULT, with or
without a sport word in the sentence ("Fans attacked the referee after the match").  "Fans beat
the odds" (a thing) and "the team beat the visitors" (players) are left to the sport reading.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons.nouns import wordnet_people
from ..nominals import names_party
from .blows import _struck
from ...lexicons import word_class

__all__ = ["spectators_strike_a_person"]


def spectators_strike_a_person(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is a verb whose subject is a ``game-spectator`` crowd and whose object is a person."""
    from .non_event_senses import _subject

    if t.pos != "VERB":
        return False
    subj = _subject(doc, t)
    crowd = word_class("sense_words.tsv", "game-spectator")
    if subj is None or (subj.text.lower() not in crowd and subj.lemma.lower() not in crowd):
        return False
    w = _struck(doc, t)
    if w is None or w.i < t.i:
        return False  # a passive's subject: "was attacked by fans" is read by the passive rules
    people = ("person", "group")
    if names_party(draft, w, actor_kinds=people, noun_kinds=people):
        return True
    return draft.actor_at(w.start, w.end) is None and w.lemma.lower() in wordnet_people()
