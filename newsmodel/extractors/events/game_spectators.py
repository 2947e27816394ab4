"""The crowd at a game: its blows are violence, its cheers no political support (issue 14, helper
e93 at stop 48; dev batch 156).

A sport report vetoes an ASSAULT verb (``senses._sport``, the ``game-verb`` check of
``non_event_senses``): "Brazil beat Argentina", "the visitors attacked down the left" are the
game.  Fans, spectators or hooligans (``game-spectator`` in ``sense_words.tsv``) do not play it:

* :func:`spectators_strike_a_person` -- when the subject of the verb is such a crowd and the verb
  lands on a person or people (an actor of kind person or group, or a noun the lexicons or WordNet
  type as people: "the referee", "a steward"), the blow is physical violence, PLOVER ASSAULT,
  with or without a sport word in the sentence ("Fans attacked the referee after the match").
  "Fans beat the drums" (a thing) and "the team beat the visitors" (players) keep the sport
  reading.
* :func:`spectators_cheer_the_game` (a sense check) -- the same crowd praising or hailing in a
  sport report is applause for play ("Fans are hailing the goalkeeper's save"), no SUPPORT
  between political parties; "supporters of the senator praised her plan" has no sport word and
  is left alone.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .blows import strikes_a_person
from .sense_checks import SenseCheck

__all__ = ["checks", "spectators_cheer_the_game", "spectators_strike_a_person"]


def checks() -> tuple[SenseCheck, ...]:
    return (SenseCheck("the crowd at a game cheering play", spectators_cheer_the_game, categories=frozenset({"SUPPORT"})),)


def _spectator_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The subject of the verb ``t`` is a ``game-spectator`` crowd ("fans", "spectators")."""
    from .non_event_senses import _subject  # (non_event_senses imports this module)

    subj = _subject(doc, t)
    crowd = word_class("sense_words.tsv", "game-spectator")
    return subj is not None and (subj.text.lower() in crowd or subj.lemma.lower() in crowd)


def spectators_strike_a_person(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is a verb whose subject is a ``game-spectator`` crowd and whose object is a person."""
    if t.pos != "VERB" or not _spectator_subject(doc, t):
        return False
    return strikes_a_person(doc, draft, t)  # "was attacked by fans" is left to the passive rules


def spectators_cheer_the_game(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A SUPPORT verb whose subject is a ``game-spectator`` crowd in a sport report: applause, no event."""
    from .senses import _sport  # (senses imports this module)

    if curated is not None and curated[1] == "SUPPORT" and t.pos == "VERB":
        return _spectator_subject(doc, t) and _sport(doc, t)
    return False
