"""The act a party is asked (or promises) to join in is part of that one request (issue 14, stop 36, e35).

"The chairwoman asked both campaigns to join the party in condemning the violence", "the governor
urged the unions to work with him in opposing the tariffs": the condemning and the opposing are
what the campaigns and the unions are asked to do, as much as the joining is -- PLOVER codes the
one REQUEST (the same for a promise or a threat).  The parse path's climb from an infinitive to
the verb that subsumes it (:func:`.triggers._subsumed`) stops at the "in" + gerund of manner,
and the rules engine's reading (:mod:`.asked_acts`) covers the infinitive alone, so the gerund
was coded as an act of the party asked.  The shape read here is "<verb> (<party>) to <verb>
(<words>) in <gerund>" whose first verb names a request, threat, refusal or promise; "the two
campaigns joined the party in condemning the violence" has no such verb and keeps its event.

Found in a hand judgment of every event of PolNeAR train texts (stop 36, e35; dev batch 74),
both engines.  The check reads the words before the gerund, within its clause; it can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck
from .triggers import _subsuming_verb

__all__ = ["checks", "joined_in_asked_act"]

#: Words the infinitive's own object and company may be made of ("join the party", "work with him").
_OBJECT_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADP", "PART"})

#: Object pronouns and possessives that may stand for the party asked ("urged him to").
_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you"})

#: The longest stretch read between two landmarks ("in" back to the infinitive, "to" back to the verb).
_SPAN = 9


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any gerund can follow "in", so it is asked of
    every candidate and opens with a test of the word's ending."""
    return (SenseCheck("an act joined in, inside an asked act", joined_in_asked_act, any_word=True, sentence_words=frozenset({"in"})),)


def joined_in_asked_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the gerund at ``t`` follows "in" inside the infinitive a request, threat, refusal
    or promise governs: "asked both campaigns to join the party in condemning"."""
    if not t.text.lower().endswith("ing"):
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    if k <= lo or lows[k] != "in":
        return False
    k -= 1
    stop = max(lo, k - _SPAN)
    while k > stop and not (doc.tokens[k].pos == "VERB" and lows[k - 1] == "to"):
        if doc.tokens[k].pos not in _OBJECT_POS:
            return False  # a clause boundary, punctuation or a finite verb: no infinitive here
        k -= 1
    if k <= stop or not (doc.tokens[k].pos == "VERB" and lows[k - 1] == "to"):
        return False
    return _asked(doc, k - 1, lo)


def _asked(doc: AnnotatedDocument, to: int, lo: int) -> bool:
    """The "to" at ``to`` follows a subsuming verb, directly ("promised to join") or past the
    party asked ("asked both campaigns to", "urged him to", "called on the unions to")."""
    lows = doc.lowered_texts()
    k = to - 1
    stop = max(lo, k - _SPAN)
    while k >= stop:
        tok = doc.tokens[k]
        if tok.pos in ("VERB", "AUX") and lows[k] not in _PRONOUNS:
            return tok.pos == "VERB" and _subsuming_verb(doc, tok)
        if tok.pos not in _OBJECT_POS and lows[k] not in _PRONOUNS and lows[k] not in ("'s", "’s"):
            return False
        k -= 1
    return False
