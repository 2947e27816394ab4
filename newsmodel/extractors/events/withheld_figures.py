"""A refusal to give a figure, an estimate or details is withheld information, no rejection (issue 14, stop 45, e73).

"The minister declined to offer his own estimate of the losses", "a spokeswoman declined to
give a figure", "the agency refused to provide details of the contract": what is refused is
information asked for by the press or by critics -- CAMEO 011 (decline comment), which PLOVER
drops, as it drops "declined to comment" (:mod:`.words_refused`, :mod:`.comments_withheld`).
The refusal word ("refuse", "decline", "refusal") is followed by "to" and a verb of giving
information (``info-giving-verb``: offer, give, provide, disclose, release, reveal, share, put)
whose object, within a few words, is an ``info-noun`` (estimate, figure, details, timeline,
breakdown, number).  "Refused to provide fuel to the city", "declined to give military aid to
Kyiv" and "refused to offer concessions" keep their REJECT: fuel, aid and concessions are no
information.

Found in a hand judgment of every event both engines output on 30 PolNeAR train texts (sorted
index i % 11 == 3, stop 45, e73; dev batch 131): a finance minister who "declined to offer" a
figure of his own was read as a rejection by both engines.  The check reads the words after the
verb up to the end of its clause; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck, keys, to_verb_after

__all__ = ["checks", "figures_withheld"]

#: The refusal words this check reads after: the verbs and the noun.
_REFUSALS = frozenset({"refuse", "decline", "refusal"})
#: Words that end the clause of the giving verb before its object is found.
_CLAUSE_END = frozenset({",", ";", ":", "--", "\u2014", "(", ")", ".", "because", "but", "and", "while", "to"})
#: How many words after the giving verb its object's head may stand ("offer *his own* estimate").
_REACH = 5


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the refusal words."""
    return (SenseCheck("figures withheld: declined to give an estimate or details", figures_withheld, lemmas=keys(_REFUSALS)),)


def figures_withheld(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the refusal at ``t`` is followed by "to", a verb of giving information and, in
    its next few words, a noun of information (module docstring)."""
    refusal = t.lemma.lower() in _REFUSALS
    if not refusal:
        return False
    at = to_verb_after(doc, t, _words("info-giving-verb"))
    if at is None:
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    info = _words("info-noun")
    for k in range(at + 1, min(sent.token_end, at + 1 + _REACH)):
        if lows[k] in _CLAUSE_END:
            return False
        if lows[k] in info or doc.tokens[k].lemma.lower() in info:
            return True
    return False
