"""A message or a speech delivered to no one named is a statement, no consultation (issue 14, stop 45, e73).

"deliver message" is a CONSULT trigger (``event_triggers.tsv``, after CAMEO's "bring letter",
040: a message passed between leaders -- "the envoy delivered a message from the emir to the
president").  Campaign and policy reporting uses the verb for speaking to an audience: "she has
been delivering a more forceful message about jobs", "the senator delivered a fiery speech at a
rally", "the prime minister delivered a eulogy" -- a public statement, CAMEO 010, which PLOVER
drops.  The check reads, for "deliver" read as CONSULT: its object within a few words is a
``delivered-speech-noun`` (message, speech, address, remarks, eulogy ...), and no "to" or
"from" stands in the rest of its clause, so no party is named as sender or addressee.  A message
delivered "to Tehran" or "from the king" stays a consultation; food or fuel delivered (AID) is
never read here.

Found in a hand judgment of every event both engines output on 30 PolNeAR train texts (sorted
index i % 11 == 3, stop 45, e73; dev batch 131): a candidate "delivering a ... message about the
economy" was read as CONSULT by spaCy.  It can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "message_to_no_one"]

#: How many words after the verb the object's head may stand ("delivering *a more forceful* message").
_REACH = 5
#: Words that end the clause of the verb.
_CLAUSE_END = frozenset({",", ";", ":", "--", "\u2014", "(", ")", ".", "but", "and", "while", "because"})
#: Words that name a party the message passes to or comes from.
_PARTY_WORDS = frozenset({"to", "from"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a message or speech delivered to no one named", message_to_no_one, lemmas=frozenset({"deliver"})),)


def message_to_no_one(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "deliver" at ``t``, read as CONSULT, has a speech noun as its object and no "to"
    or "from" in the rest of its clause (module docstring)."""
    if not (t.lemma.lower() == "deliver") or (curated is not None and curated[1] != "CONSULT"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    nouns = _words("delivered-speech-noun")
    k = t.i + 1
    end = min(sent.token_end, t.i + 1 + _REACH)
    while k < end and not (lows[k] in nouns or doc.tokens[k].lemma.lower() in nouns):
        if lows[k] in _CLAUSE_END or lows[k] in _PARTY_WORDS:
            return False
        k += 1
    if k >= end:
        return False
    j = k + 1
    while j < sent.token_end and lows[j] not in _CLAUSE_END:
        if lows[j] in _PARTY_WORDS:
            return False
        j += 1
    return True
