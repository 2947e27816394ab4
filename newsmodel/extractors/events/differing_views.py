"""Parties who "disagree" on a matter with no partner hold a difference of views, no accusation
(issue 14, stop 39, e44).

"Senior diplomats disagree on how long the monitors should stay", "the two coalition parties
disagree over the size of the budget", "senior officials disagree on what the monitors will do,
with aides to the president playing down any combat role": the present tense states a standing
difference of views among the subject's members, addressed to no one -- no act, so PLOVER has no
ACCUSE (disapprove) in it, as "agreed with" a person and nothing more is no AGREE
(:mod:`.shared_views`).  A "with" after a comma opens an absolute clause ("with aides ... playing
down"), not the party disagreed with.  "The minister publicly disagreed with Ankara's decision"
(a partner after "with", in the clause) stays, and so does any past-tense report.

Found in a hand judgment of every event of PolNeAR train texts (stop 39, e44; dev batch 87), both
engines.  The check reads the verb's clause; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck

__all__ = ["checks", "views_differ"]

#: Present-tense forms of the verb: a standing difference of views.
_PRESENT = frozenset({"disagree", "disagrees"})
#: Words that end the verb's clause.
_CLAUSE_END = frozenset({",", ";", ":", "--", "\u2014", "(", ")", "."})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the lemma "disagree"."""
    return (SenseCheck("views differing: officials disagree on", views_differ, lemmas=frozenset({"disagree"}), texts=_PRESENT),)


def views_differ(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is present-tense "disagree(s)" and no "with" follows it in its clause."""
    low = t.text.lower()
    return low in _PRESENT and _no_partner_after(doc, t)


def _no_partner_after(doc: AnnotatedDocument, t: Token) -> bool:
    """No "with" follows ``t`` before its clause ends."""
    lows = doc.lowered_texts()
    end = doc.sentences[t.sent].token_end
    k = t.i + 1
    while k < end and lows[k] not in _CLAUSE_END:
        if lows[k] == "with":
            return False  # "disagree with the ministry's forecast": a party disagreed with
        k += 1
    return True
