"""Talks named in a phrase that opens the sentence, held by the main clause's subject (issue 14,
stop 42, e59: PolNeAR train recall).

"After a meeting with the Brazilian president, the chancellor said ...", "Following talks with
rebel commanders, the envoy told reporters ...", "Emerging from a meeting with the governor, the
union leader said ...": the opening phrase leaves the one who met unsaid, and English reads it as
the main clause's subject (the control of an opening adjunct).  The talk noun has no agent of its
own -- no possessor naming another party, no light verb -- so the rules engine coded nothing and
spaCy nothing past a participle ("Emerging from", "Leaving").  This module names that subject: the
first actor after the phrase's closing comma, before the main clause's verb.

Only a phrase that opens the sentence with a word of ``opening-talk-adjunct`` (``event_cues.tsv``:
after, following, during, emerging, leaving), holds nothing but the noun phrase of the talks and
their with-phrase, and closes with a comma: "After a planned meeting with the governor was called
off, ..." is a clause whose subject is the meeting (no talks held), and "Before talks with ..."
is left out (the talks may not have been held by then).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from .triggers import match_trigger, words_of

__all__ = ["opening_phrase_holder", "opening_phrase_partners"]

#: Words between a participle opener and the talk noun's phrase ("Emerging *from* a meeting",
#: "Coming *out of* talks").
_OPENER_LINKS = frozenset({"from", "out", "of"})
#: Parts of speech of the talk noun's own phrase before it ("a two-hour meeting", "his talks").
_NOUN_PHRASE = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "ADV"})
#: How far the with-phrase may run before the closing comma.
_PARTNER_SPAN = 12


def opening_phrase_holder(doc: AnnotatedDocument, draft: Draft, t: Token, category: str | None = None) -> list[str]:
    """The actor who holds the talks of the CONSULT noun ``t`` when ``t`` heads a phrase opening
    the sentence ("After a meeting with X, Y said"): the main clause's subject, Y; else []."""
    hit = match_trigger(doc, t)
    if t.pos != "NOUN" or (category or (hit[1] if hit is not None else None)) != "CONSULT":
        return []
    sent = doc.sentences[t.sent]
    lo = sent.token_start
    lows = doc.lowered_texts()
    if lows[lo] not in words_of("opening-talk-adjunct"):
        return []
    k = lo + 1
    while k < t.i and lows[k] in _OPENER_LINKS:
        k += 1
    for j in range(k, t.i):
        w = doc.tokens[j]
        if w.pos not in _NOUN_PHRASE and lows[j] not in POSSESSIVES and w.text not in ("-", "–"):
            return []  # "After the governor met ...": a clause, not the talks' phrase
    if t.i + 1 >= sent.token_end or lows[t.i + 1] != "with":
        return []  # "After the meeting, the mayor said": no partner, nothing to code
    comma = None
    for j in range(t.i + 2, min(sent.token_end, t.i + 2 + _PARTNER_SPAN)):
        if doc.tokens[j].text == ",":
            comma = j
            break
        if doc.tokens[j].pos in ("VERB", "AUX"):
            return []  # "After a planned meeting with the governor was called off": the meeting's clause
    if comma is None or not _public_partner(doc, draft, t.i + 2, comma):
        return []
    end = comma + 1  # the main clause's subject: its noun phrase, up to a phrase hung on it ("the mayor of Kyiv")
    while end < sent.token_end and (doc.tokens[end].pos in _NOUN_PHRASE or lows[end] in POSSESSIVES or doc.tokens[end].text in ("'s", "’s")):
        end += 1
    if end == comma + 1 or end >= sent.token_end or doc.tokens[end].pos not in ("VERB", "AUX", "ADP", "PUNCT"):
        return []
    found = draft.mentions_between(doc.tokens[comma + 1].start, doc.tokens[end - 1].end)
    return [found[-1][2]] if found else []  # its head: "the German *chancellor*", not "German"


def opening_phrase_partners(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """The actors of the with-phrase of the talk noun ``t`` up to the opening phrase's closing comma
    ("After her meeting with *Ana Ruiz*, the senator held talks with county officials": Ana Ruiz only)."""
    sent = doc.sentences[t.sent]
    comma = next((j for j in range(t.i + 2, min(sent.token_end, t.i + 2 + _PARTNER_SPAN)) if doc.tokens[j].text == ","), None)
    if comma is None:
        return []
    return list(dict.fromkeys(a for _s, _e, a in draft.mentions_between(doc.tokens[t.i + 2].start, doc.tokens[comma - 1].end)))


def _public_partner(doc: AnnotatedDocument, draft: Draft, lo: int, hi: int) -> bool:
    """The with-phrase ``lo:hi`` names an actor or a name, and no private relation ("with old friends",
    "with his wife": ``private-relation`` of ``event_cues.tsv``, private life, no consultation)."""
    private = words_of("private-relation")
    if any(doc.tokens[j].lemma.lower() in private or doc.tokens[j].text.lower() in private for j in range(lo, hi)):
        return False
    # (a name a tagger left out of the actors names a party too: "with Governor Ana Ruiz")
    return bool(draft.mentions_between(doc.tokens[lo].start, doc.tokens[hi - 1].end)) or any(doc.tokens[j].pos == "PROPN" for j in range(lo, hi))
