"""A player banned for a number of matches is a sports sanction, no coercion (issue 14, stop 45, e73).

"ban", "suspend" and "bar" read as COERCE (PLOVER COERCE, restrict: a party's freedom curbed by
an authority) also tell of sport's discipline: "the striker was banned for three matches after a
red card", "the federation banned the cyclist for two races", "the goalkeeper was suspended for
two games".  The length of such a ban is counted in contests -- a ``sport-ban-unit`` (matches,
games, races, fixtures) after "for" in the verb's clause -- which no government's
ban is; a junta's ban "for three months" or a court's "for five years" stays COERCE.  The
check reads the words after the verb up to the end of its clause; it can only remove an event.

Written from the dev rows of batch 131 (stop 45, e73), the sports background sentences that the
issue's "no events on non-event sentences" asks for; both engines read the ban as COERCE.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "sport_ban"]

#: The verbs of banning this check reads after.
_BANS = frozenset({"ban", "suspend", "bar"})
#: Words that end the clause of the verb.
_CLAUSE_END = frozenset({",", ";", ":", "--", "\u2014", "(", ")", ".", "but", "and", "while", "because"})
#: How many words after "for" the unit may stand ("for *the next two* matches").
_UNIT_REACH = 5


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the verbs of banning."""
    return (SenseCheck("a sports ban counted in matches", sport_ban, lemmas=_BANS),)


def sport_ban(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the ban at ``t`` is followed in its clause by "for" and a ``sport-ban-unit``
    (module docstring)."""
    if not (t.lemma.lower() in _BANS and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    units = _words("sport-ban-unit")
    for k in range(t.i + 1, sent.token_end):
        if lows[k] in _CLAUSE_END:
            return False
        if lows[k] == "for":
            return any(lows[j] in units for j in range(k + 1, min(sent.token_end, k + 1 + _UNIT_REACH)))
    return False
