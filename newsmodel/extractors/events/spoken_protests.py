"""A protest made in words is a complaint, not a demonstration (issue 14, stop 35, e34).

PLOVER's PROTEST is "civilian demonstrations and other collective actions carried out as
protests": people in the street, a march, a sit-in, a hunger strike.  "His campaign protested that
the governor's aides had misled reporters", "the mayor protested that the new map was unfair":
the verb takes what was said, a that-clause or a quotation -- a complaint, CAMEO 111 "criticize or
denounce", PLOVER ACCUSE disapprove.  "Thousands protested in the capital" (no clause) stays
PROTEST.

Found in a hand judgment of every event on PolNeAR train (stop 35, e34; dev batch 69): both
engines read "His campaign protested that ..." as a demonstration.  Asked by
:func:`.senses._conflict_sense` for the verb "protest"; it reads the words right after the verb.

A state's protest is a diplomatic one (:func:`protest_by_state`, lead at stop 44, batch 127 E):
"Beijing protested the planned sale of fighter jets to Taiwan", "the foreign ministry protested
the detention of its diplomats".  The manual: "Diplomatic protests ... are coded as ACCUSE
'disapprove'. PROTEST presumes significant physical/material activity, not just an expression of
opinion."  The subject is a country, a capital standing for it, or a government actor (CAMEO
sector GOV: a ministry, a minister, a mayor); students, workers and lawmakers who protest stay
PROTEST.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft

__all__ = ["protest_by_state", "protests_in_words"]

#: Opening quotation marks: "protested: 'This is unfair.'", "protested, “We were misled.”"
_OPENING_QUOTES = frozenset({"\"", "“", "'", "‘"})


def protests_in_words(doc: AnnotatedDocument, t: Token) -> bool:
    """True when the verb "protest" at ``t`` takes a that-clause or a quotation right after it
    (past adverbs, and a comma or a colon before a quotation): a complaint in words."""
    if t.pos != "VERB" or t.lemma.lower() != "protest":
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1  # "protested loudly that"
    if k >= sent.token_end:
        return False
    if lows[k] == "that":
        return True
    if lows[k] in (",", ":") and k + 1 < sent.token_end:
        k += 1
    return lows[k] in _OPENING_QUOTES


def protest_by_state(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """True when the verb "protest" at ``t`` has a state as its subject: a country, a capital, or
    an actor whose CAMEO code names the government sector (GOV) -- a diplomatic protest."""
    if t.pos != "VERB" or t.lemma.lower() != "protest":
        return False
    from ..roles import is_capital
    from .non_event_senses import _subject

    subj = _subject(doc, t)
    if subj is None or subj.i > t.i or any(doc.tokens[k].pos == "VERB" for k in range(subj.i + 1, t.i)):
        return False  # (without a parse the first noun phrase may be another verb's subject: "fears ... could kindle worker protests")
    actor = draft.actor_fields(draft.actor_at(subj.start, subj.end))
    if actor is None:
        return False
    if actor.kind == "country" or is_capital(actor):
        # the state itself, not its people: "thousands of Germans protesting", "the Armenians of
        # Israel protested" name civilians, whose protest is a demonstration
        return subj.text in actor.name.split()
    return bool(actor.code) and "GOV" in actor.code
