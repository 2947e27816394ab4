"""A visit to a broadcaster or an appearance on a show, and its "to discuss", are no talks
(issue 14, stop 44, helper e69; dev batch 123 F).

"The senator visited CBS's morning show to discuss her book", "the governor appeared on Fox News
to discuss the budget", "went on a late-night talk show to discuss his plans": a guest speaks to
an audience through a broadcaster.  PLOVER's CONSULT is talks between parties, a visit with a host
who receives the visitor; a studio is no host and an audience no party, the same reading
:func:`.opinion_senses._before_the_press` gives "appeared before reporters to discuss".  The
broadcasters and kinds of broadcast are ``broadcast-venue`` of ``sense_words.tsv``.  Found in a
hand judgment of every rules event of 30 PolNeAR train texts; both engines made two CONSULTs.
"Visited the Kenyan president to discuss trade" names no broadcaster and stays; "to discuss the
budget with the premier" names a partner and stays.  The check reads words; it can only remove
an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "media_appearance"]

#: How many words the visit's object, or the clause before "to discuss", is read.
_REACH = 8
#: Words that end the clause before "to discuss" when read backwards.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "where", "before", "after", "while"})


def _venues() -> frozenset[str]:
    return word_class("sense_words.tsv", "broadcast-venue")


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a media appearance: no talks", media_appearance, lemmas=frozenset({"visit", "discuss"})),)


def media_appearance(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is "visit" whose object is a ``broadcast-venue`` ("visited NBC's show"), or
    "to discuss" with no partner after it ("with", "between", "among" right after the verb) and a
    ``broadcast-venue`` in its clause before "to" ("appeared on Fox News to discuss")."""
    lemma = t.lemma.lower()
    if lemma == "visit" and t.pos == "VERB":
        return _venue_object(doc, t)
    if not (lemma == "discuss" and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i - 1 <= sent.token_start or lows[t.i - 1] != "to":
        return False
    for k in range(t.i + 1, sent.token_end):
        if lows[k] in (",", ";", ":"):
            break
        if lows[k] == "with" or lows[k] in ("between", "among") and k == t.i + 1:
            return False  # "to discuss the floods with the premier": a partner
    venues = _venues()
    for k in range(t.i - 2, max(sent.token_start - 1, t.i - 2 - 3 * _REACH), -1):
        if lows[k] in _CLAUSE_BREAKS:
            return False
        if lows[k] in venues and doc.tokens[k].pos in ("NOUN", "PROPN"):
            return True
    return False


def _venue_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The visit's object -- its first noun or name, past determiners and adjectives -- is a
    ``broadcast-venue``, or its owner is ("NBC's morning show")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    venues = _venues()
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _REACH)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            if lows[k] in venues:
                return True
            if k + 1 < sent.token_end and doc.tokens[k + 1].pos in ("NOUN", "PROPN"):
                continue  # "a late-night talk show": on to the head
            return False
        if w.pos not in ("DET", "ADJ", "NUM") and lows[k] not in ("'s", "’s"):
            return False
    return False
