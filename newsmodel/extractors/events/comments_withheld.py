"""Spokesmen who "would not discuss" a matter withhold comment, no talks (issue 14, stop 37, e38).

"Spokesmen for the army and the interior ministry would not discuss the raid", "a ministry
spokesman would not discuss the inquiry": "discuss" under "would / will / could not", with no
partner named ("with", "between", "among"), is a refusal to comment to the press -- no one
meets anyone, so there is no CONSULT, whatever the number of speakers (a single speaker who
discusses alone is read by :mod:`.opinion_senses`).  "The army chief and the interior minister
discussed the raid" stays, and so does a meeting negated with its partner ("would not discuss
the raid with the envoy", an event with negated factuality).

Found in a hand judgment of every event of PolNeAR train texts (stop 37, e38; dev batch 78), both
engines.  The check reads the words around the verb, so it works with and without a parse; it
can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck

__all__ = ["checks", "comment_withheld"]

#: Modals whose negation with "discuss" withholds comment ("would not", "won't", "could not").
_MODALS = frozenset({"would", "will", "could", "wo", "ca", "can"})
#: Words that name a partner of the talks after the verb.
_PARTNER_WORDS = frozenset({"with", "between", "among"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("comment withheld: would not discuss, no partner", comment_withheld, lemmas=frozenset({"discuss"})),)


def comment_withheld(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "discuss" at ``t`` follows a negated modal ("would not", "won't") and no
    partner word follows it in its sentence."""
    if not (t.lemma.lower() == "discuss" and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if any(lows[k] in _PARTNER_WORDS for k in range(t.i + 1, sent.token_end)):
        return False
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos == "ADV" and lows[k] not in ("not", "n't", "never"):
        k -= 1  # "would not publicly discuss"
    return k > sent.token_start and lows[k] in ("not", "n't", "never") and lows[k - 1] in _MODALS
