""""In protest" tells why the clause's act was done; it is no second event (lead, stop 41).

"Venezuela recalled its ambassador from Madrid in protest", "Arab states boycotted the summit in
protest at ...": the protest *is* the recall or the boycott, which the verb already codes
(SANCTION, PROTEST).  PLOVER codes one event per act reported, so the noun of "in protest" adds
none when the verb it hangs on is an event of its own.  When that verb is no event ("Farmers
dumped manure outside the ministry in protest at ..."), the noun still codes the protest, since
the act reported is then nothing but a protest.  A light verb whose object is an event noun
("began a hunger strike on Sunday in protest at ...") counts as an event verb: the noun codes it.

The verb is the parse's head of the phrase (through a noun the parser may hang it on), or
without a parse the nearest verb before "in" in the same clause, so both engines read the same.
The verb counts as an event when :func:`.senses.sense` gives it one.  Only spaCy coded the
second event before (the rules engine found no agent for the noun); the check can only remove
an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck

__all__ = ["checks", "manner_of_an_event"]

#: Words that end a clause between the verb and "in protest", for engines without a parse.
_CLAUSE_BREAKS = frozenset({"that", "which", "who", "when", "while", "after", "before", "because", ";", "\"", "“", "”"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it acts on the noun "protest" only."""
    return (SenseCheck("'in protest' after an event verb: the verb codes the act", manner_of_an_event, texts=frozenset({"protest"})),)


def _governing_verb(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb whose act "in protest" qualifies (module docstring)."""
    if doc.has_parse:
        w = t
        for _ in range(3):
            if w.head is None:
                return None
            w = doc.tokens[w.head]
            if w.pos == "VERB":
                return w
            if w.pos not in ("NOUN", "PROPN"):
                return None
        return None
    sent = doc.sentences[t.sent]
    for k in range(t.i - 2, sent.token_start - 1, -1):
        w = doc.tokens[k]
        if w.text.lower() in _CLAUSE_BREAKS:
            return None
        if w.pos == "VERB":
            return w
    return None


def manner_of_an_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is the noun of "in protest" and the verb it qualifies codes an event."""
    from .senses import _direct_object, sense
    from .triggers import match_trigger

    if not (t.pos == "NOUN" and t.text.lower() == "protest" and t.i > 0 and doc.tokens[t.i - 1].text.lower() == "in"):
        return False
    verb = _governing_verb(doc, t)
    if verb is None:
        return False
    if sense(doc, draft, verb, match_trigger(doc, verb)) is not None:
        return True
    # a light verb and its event noun: "began a hunger strike on Sunday in protest at ..."
    obj = _direct_object(doc, verb)
    return obj is not None and obj.pos == "NOUN" and match_trigger(doc, obj) is not None
