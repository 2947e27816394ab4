"""What a law or a set of rules allows or requires is no act (issue 14, stop 42, helper e58; dev
batch 109).

"Under the new rules, protesters who block roads can be jailed for up to a year", "Under the
law, police may detain a suspect for two days": after "Under" + a rule (``rule-noun``: law,
rules, constitution, decree ...) and its comma, a clause with a modal of permission, possibility
or duty (``provision-modal``: can, may, must, could, might) states a provision -- what may or
must happen to anyone the rule covers -- not an act done.  PLOVER codes acts, so there is no
event; :mod:`.permitted_acts` reads "the law allows police to detain" the same way.

Agreements and deals are not rules here: "Under the agreement, Colombia will extradite ..." is
an agreed act (AGREE, dev batch 55) and stays; so does a rule's clause with no such modal
("Under the new law, police arrested 40 people").  The check can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "provision_stated"]

#: Words that may stand between "Under" and the rule ("the new", "its own", "the 1998").
_RULE_LEAD = 4
#: Words that close the provision's clause.
_BREAKS = frozenset({";", "--", "\u2014"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any trigger, in a sentence holding a rule noun."""
    return (SenseCheck("a rule's provision: Under the law, X can be jailed", provision_stated, any_word=True,
                       sentence_words=_words("rule-noun")),)


def provision_stated(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the sentence opens "Under" + a rule + a comma and ``t`` stands in the clause after
    it, which holds a ``provision-modal`` before or right after ``t``'s auxiliaries."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    lo = sent.token_start
    if lows[lo] != "under":
        return False
    comma = next((j for j in range(lo + 2, min(sent.token_end, lo + _RULE_LEAD + 2)) if lows[j] == ","), None)
    if comma is None or lows[comma - 1] not in _words("rule-noun") or t.i <= comma:
        return False
    modals = _words("provision-modal")
    for j in range(comma + 1, sent.token_end):
        if lows[j] in _BREAKS:
            return False
        if lows[j] in modals:
            return True
    return False
