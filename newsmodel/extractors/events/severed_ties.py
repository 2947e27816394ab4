"""Ties cut between private parties are no SANCTION (issue 14, the stop-34 hand judgment of
PolNeAR output).

PLOVER SANCTION 'discontinue' is to "curtail, decrease, break, or terminate diplomatic,
commercial, or material exchanges" -- reductions in the relations of political actors (manual,
SANCTION; CAMEO 16, "reduce relations").  "Bahrain cut diplomatic ties with Qatar", "Nicaragua
severed ties with Taiwan" are such; "the university cut ties with the donor after the fraud
conviction", "several sponsors cut ties with the golfer", "the network severed ties with the host"
are a company's, a school's or a sponsor's business with a person, no relation between political
actors.  The rule reads the two sides of "cut/severed ties (relations) with": the subject and the
noun phrase after "with" or "to".  The event is dropped when the other side names an actor that
is no political party -- no state (nor a capital standing for one), no government, legislature,
party, armed or rebel group or IGO code -- and the subject is none either (a political actor, or
a common noun no actor stands for: "the university").  With no actor named after "with", it stays.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _subject, _words
from .sense_checks import SenseCheck, keys

__all__ = ["checks", "private_ties_cut"]

#: Words of "relations" that the cutting verb takes as its object.
_TIES = _words("ties-noun")  # sense_words.tsv: tie(s), relation(s), relationship(s), link(s)

#: CAMEO sector codes of political parties to relations (a company's BUS, a university's EDU, a
#: person's CVL are not among them).
_POLITICAL_CODES = ("GOV", "LEG", "JUD", "PTY", "OPP", "MIL", "REB", "INS", "UAF", "IGO", "COP", "SPY", "IMG")

_VERBS = _words("ties-cut-verb")  # sense_words.tsv: cut, sever, break, end


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: its first guard reads the category."""
    return (SenseCheck("ties cut between private parties", private_ties_cut, categories=keys("SANCTION")),)


def _political(draft: Draft, w: Token) -> bool | None:
    """Whether the actor at ``w`` is a political party to relations; None when no actor is there."""
    fields = draft.actor_fields(draft.actor_at(w.start, w.end))
    if fields is None:
        return None
    if fields.kind in ("country", "location") and fields.code:
        return True  # a state, or a capital standing for it ("Moscow severed diplomatic ties with Kyiv")
    return bool(fields.code) and any(c in fields.code for c in _POLITICAL_CODES)


def private_ties_cut(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "cut / severed / broke off / ended ties (relations) with" at ``t`` joins two actors
    of which none is political: "the university cut ties with the donor"."""
    if not (curated is not None and curated[1] == "SANCTION" and t.lemma.lower() in _VERBS):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < min(sent.token_end, t.i + 5) and lows[k] not in _TIES:
        k += 1
    if k >= min(sent.token_end, t.i + 5):
        return False
    sides: list[bool | None] = []
    subj = _subject(doc, t)
    sides.append(_political(draft, subj) if subj is not None else None)
    j = k + 1
    if j < sent.token_end and lows[j] in ("with", "to"):
        found: bool | None = None
        for m in range(j + 1, min(sent.token_end, j + 6)):
            w = doc.tokens[m]
            if w.pos not in ("DET", "ADJ", "NOUN", "PROPN") and lows[m] not in ("'s", "’s"):
                break
            p = _political(draft, w)
            if p is not None:
                found = p or bool(found)
        sides.append(found)
    # the other side names an actor that is no political party, and the subject is none either
    # (a common noun no actor stands for -- "the university" -- is no state or government)
    return len(sides) == 2 and sides[1] is False and sides[0] is not True
