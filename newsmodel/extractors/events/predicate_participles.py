""""The job is demanding", "the tone was threatening": an -ing adjective after "be" is a quality,
no request or threat (issue 14, stop 47, e85).

Verbs of demanding, threatening and insulting give English adjectives of the same form
(``predicate-ing-adjective``): "the governor's job is demanding, and few last four years",
"running a campaign in Iowa is demanding and expensive", "the mayor's tone was threatening".  After
a form of "be" (``state-copula``; degree adverbs such as "very" passed) with nothing after it that
a verb would take -- the clause ends, or "and" / "but" joins another adjective -- the word says
what a thing is like, and no party asks or threatens.  The progressive keeps its act: "the nurses
are demanding a pay rise", "the opposition is demanding that the minister resign", "the rebels
were threatening to attack" have an object, a that-clause or an infinitive after the word.  A
party as the subject ("the protesters are demanding.") also keeps it: the nearest noun before the
copula must name no actor ("it" is read as a thing whatever actor a resolver gave it).

Found in a hand judgment of both engines' events on 27 PolNeAR train texts (stop 47, e85; dev
batch 148): both engines coded REQUEST for "demanding" as an adjective.  Words and tags only; it
can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "predicate_adjective"]

#: Words after the -ing word that end its clause (no object, clause or infinitive follows).
_ENDS = frozenset({",", ".", ";", ":", "--", "\u2014", "-", ")", "!", "?"})
#: Coordinators after which an adjective shows the -ing word is one too ("demanding and expensive").
_JOINS = frozenset({"and", "but", "or"})
#: Degree adverbs between the copula and the -ing word.
_DEGREE = frozenset({"very", "so", "too", "extremely", "more", "less", "quite", "rather", "increasingly", "especially", "incredibly", "highly", "not"})
#: Tags of a noun phrase's words before its head.
_NP_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})
#: How far back the subject noun may stand before the copula.
_SUBJECT_REACH = 6


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: asked of every candidate whose sentence has a
    ``predicate-ing-adjective`` (the body compares the candidate's text with that class)."""
    return (SenseCheck(
        "a predicate -ing adjective: a quality", predicate_adjective, any_word=True,
        sentence_words=_words("predicate-ing-adjective"),
    ),)


def predicate_adjective(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is a ``predicate-ing-adjective`` after a copula, with no
    object after it and no actor as the subject (module docstring)."""
    lows = doc.lowered_texts()
    if lows[t.i] not in _words("predicate-ing-adjective"):
        return False
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and lows[k] in _DEGREE:
        k -= 1
    if k <= sent.token_start or lows[k] not in _words("state-copula"):
        return False
    copula = k
    nxt = t.i + 1
    if not _nothing_taken(doc, nxt, sent.token_end):
        return False  # "are demanding a pay rise", "were threatening to attack": the verb's object or infinitive
    j = copula - 1
    while j >= max(sent.token_start, copula - _SUBJECT_REACH):
        w = doc.tokens[j]
        if w.pos in ("NOUN", "PROPN", "PRON"):
            r = j
            while r > sent.token_start and doc.tokens[r - 1].pos in _NP_POS:
                r -= 1
            if r > sent.token_start and doc.tokens[r - 1].pos == "ADP" and lows[r - 1] != "of":
                j = r - 2  # "a campaign in Iowa is demanding": the noun of a place phrase is not the subject
                continue
            if lows[j] == "it":
                return True  # "because it is demanding": a thing's quality, whatever "it" was resolved to
            return draft.actor_at(w.start, w.end) is None and lows[j] not in ("they", "he", "she", "we")
        j -= 1
    return True


def _nothing_taken(doc: AnnotatedDocument, nxt: int, end: int) -> bool:
    """The word at ``nxt`` takes nothing as a verb's complement: the clause ends, "for" follows
    ("demanding for small farmers"), or "and" / "but" / "or" joins an adjective ("demanding and
    expensive", "threatening and rude", "demanding and labor-intensive")."""
    lows = doc.lowered_texts()
    if nxt >= end or lows[nxt] in _ENDS or lows[nxt] == "for":
        return True
    if lows[nxt] in _JOINS and nxt + 1 < end:
        after = doc.tokens[nxt + 1]
        word = lows[nxt + 1]
        # a hyphened word is an adjective there however tagged or split ("demanding and labor-intensive")
        hyphened = "-" in word.strip("-") or nxt + 3 < end and lows[nxt + 2] == "-" and doc.tokens[nxt + 2].space_after is False
        return after.pos == "ADJ" or word in _words("predicate-ing-adjective") or hyphened
    return False
