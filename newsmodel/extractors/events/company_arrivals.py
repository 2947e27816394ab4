"""A multinational company coming to a country is an investment, no visit (issue 14, stop 45, e73).

"come" and "arrive" read as CONSULT (CAMEO 040/042/046, "arrive in", "come to": a party's visit)
need a visitor who is a party to talks.  :mod:`.civic_senses` already reads a business or a
traveller named by a common noun ("foreign companies are coming to Mexico", ``arrival-non-envoy``);
business news also names the company -- "Samsung is coming to Vietnam with a new chip plant",
"Honda is coming to Mexico" -- and then the nearest noun before the verb is a name the actor
lexicon codes as a multinational corporation (CAMEO's ``MNC`` actor code, ``named_actors.tsv``):
a plant built, a market entered, no envoy received.  A company's visit "for talks" stays (CAMEO
"arrive for talk", 046).  The check reads the nearest noun or name before the verb in its clause
(the subject, or the head of a relative clause, as :mod:`.civic_senses` does) and asks the draft
for the actor there; it can only remove an event.

Found in a hand judgment of every event both engines output on 30 PolNeAR train texts (sorted
index i % 11 == 3, stop 45, e73; dev batch 131): car makers "coming to" a country were read as
two visits by both engines.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "company_arrives"]

#: CAMEO's actor code prefix for a multinational corporation.
_COMPANY_CODE = "MNC"
#: How far before the verb its subject is looked for.
_REACH = 6
#: Nouns after "for" that make the arrival a visit for talks.
_TALK_NOUNS = frozenset({"talk", "talks", "meeting", "meetings", "negotiations", "visit", "summit"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the verbs of arriving."""
    return (SenseCheck("a multinational company coming to a country", company_arrives, lemmas=_words("arrive-verb")),)


def company_arrives(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is a verb of arriving read as CONSULT whose subject is an actor coded as a
    multinational company, and no "for talks" follows (module docstring)."""
    if not (t.lemma.lower() in _words("arrive-verb")) or (curated is not None and curated[1] != "CONSULT"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, sent.token_end - 1):
        if lows[k] in (",", ";", ".") or doc.tokens[k].pos == "VERB":
            break
        if lows[k] == "for" and any(lows[j] in _TALK_NOUNS for j in range(k + 1, min(sent.token_end, k + 4))):
            return False  # "Shell arrived for talks": a visit
    for k in range(t.i - 1, max(sent.token_start, t.i - _REACH) - 1, -1):
        w = doc.tokens[k]
        if w.pos == "PUNCT":
            return False
        if lows[k] in ("who", "that", "which"):
            continue
        if w.pos in ("NOUN", "PROPN", "PRON"):
            actor = draft.actor_fields(draft.actor_at(w.start, w.end))
            return actor is not None and (actor.code or "").startswith(_COMPANY_CODE)
    return False
