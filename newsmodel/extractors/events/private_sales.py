"""A sale agreed between private parties is no PLOVER agreement (issue 14, stop 40, e48).

"He agreed to sell the jet to the developer", "the bank agreed to sell its consulting arm to a
rival": "agree" + "to" + a verb of sale (sell, buy, purchase, acquire, lease) between people or
firms is a commercial deal.  PLOVER's AGREE is an agreement between political actors; a trade
between private parties is no event, as companies trading are not (:mod:`.kind_senses`).  A
sentence with a party of force or of state -- a country, an actor coded government, military or
police, or an armed word ("agreed to sell fighter jets to India", "the ministry agreed to buy
vaccines") -- keeps the AGREE.

Found in a hand judgment of every event of 10 PolNeAR train texts (stop 40, e48; dev batch 93),
both engines.  The check reads the infinitive after "agree" and the sentence's actors; it can
only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .opinion_senses import _force_in_sentence
from .sense_checks import SenseCheck, to_verb_after

__all__ = ["checks", "private_sale"]

#: Verbs of sale after "agree to".
_SALE = frozenset({"sell", "buy", "purchase", "acquire", "lease", "rent"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a sale agreed between private parties", private_sale, lemmas=frozenset({"agree"})),)


def private_sale(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "agree" at ``t`` is followed by "to" + a verb of sale and no party of force or of
    state stands in the sentence (:func:`.opinion_senses._force_in_sentence`)."""
    if not (t.lemma.lower() == "agree" and t.pos == "VERB"):
        return False
    return to_verb_after(doc, t, _SALE) is not None and not _force_in_sentence(doc, draft, t)
