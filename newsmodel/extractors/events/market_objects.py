"""An attack on a market or a currency is trading, not violence or an accusation (issue 14, stop
42, helper e58; dev batch 109).

"Traders attacked the currency, forcing the central bank to step in", "speculators assailed the
peso": markets report selling pressure with the words of assault.  What is attacked is a
currency, a share or an index (``market`` and ``currency`` in ``sense_words.tsv``), no party, and
PLOVER's ASSAULT and ACCUSE both need a party attacked; so there is no event.  "The president
attacked the central bank" (a party) and "attacked the bank's branch" (a place) are not read.

By construction the check reads the verb's direct object only (:func:`.senses._direct_object`);
it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck
from .senses import _direct_object

__all__ = ["checks", "market_attacked"]

#: Verbs of attack a market report borrows.
_ATTACK_LEMMAS = frozenset({"attack", "assail", "hammer", "batter", "pummel"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: the attack verbs only."""
    return (SenseCheck("a market attacked: traders attacked the currency", market_attacked, lemmas=_ATTACK_LEMMAS),)


def market_attacked(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the attack verb's direct object is a ``market`` or ``currency`` word."""
    if t.lemma.lower() in _ATTACK_LEMMAS:  # the key test first (tests/test_s12.py reads it)
        obj = _direct_object(doc, t)
        words = _words("market") | _words("currency")
        return obj is not None and (obj.lemma.lower() in words or obj.text.lower() in words)
    return False
