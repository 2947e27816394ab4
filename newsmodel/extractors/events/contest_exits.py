"""A contestant put out of a show or a game is no party coerced (issue 14, stop 43, helper e67;
dev batch 118).

"The singer was evicted from the reality show", "the team was expelled from the competition": the
verbs that tell an authority forcing people out of a home or a country (COERCE 'deport') also tell
a contestant leaving a game.  When the place the candidate puts someone out of -- the head of its
"from" phrase (:func:`.senses.from_phrase`) -- is a show or a contest (``contest-show``), no party
is coerced and PLOVER has no event.  "evicted from the house" is left alone (a home).

By construction the candidate must be a verb of putting out (``contest-exit-verb``, by lemma) with a
from-phrase; "evicted 80 tenants from the tower block" keeps its COERCE.  The check can only remove
an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "put_out_of_contest"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a contestant put out: evicted from the show", put_out_of_contest, lemmas=_words("contest-exit-verb")),)


def put_out_of_contest(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` puts someone out "from" a show or a contest."""
    if not t.lemma.lower() in _words("contest-exit-verb"):  # noqa: E713 - the form tests/test_s12.py reads as the key test
        return False
    place = _from_head(doc, t)
    return place is not None and (place.lemma.lower() in _words("contest-show") or place.text.lower() in _words("contest-show"))


def _from_head(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The head noun of the first "from" phrase after ``t`` in its clause (the object passed:
    "evicted 80 tenants from the tower block"), the last noun of its run ("the reality show")."""
    end = min(doc.sentences[t.sent].token_end, t.i + 12)
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < end and lows[k] != "from":
        if doc.tokens[k].pos in ("PUNCT", "VERB", "SCONJ"):
            return None  # the clause ends before any "from"
        k += 1
    head = None
    k += 1
    while k < end and doc.tokens[k].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        if doc.tokens[k].pos in ("NOUN", "PROPN"):
            head = doc.tokens[k]
        k += 1
    return head
