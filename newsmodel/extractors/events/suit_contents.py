"""The participle that tells an accusation's content is no second accusation (issue 14, stop 38, e41).

"The attorney general filed a $12 million lawsuit in 2019 alleging that the firm had cheated its
customers", "a complaint accusing the airline of breaking the contract": the noun (a lawsuit, a
complaint, an indictment) is the accusation PLOVER codes as ACCUSE, and the participle after it
("alleging", "accusing", "charging") says what the noun accuses of -- one act, told twice.  The
spaCy engine coded both, with the same agent, so one act counted as two events.

The check holds by construction: it removes the participle's event only when the noun it hangs on
already carries an ACCUSE in the draft (events are added in text order, so the noun's comes
first).  A participle with no coded accusation before it stays ("released a statement accusing
the governor of lying": the statement is no ACCUSE, the participle is).  With a parse the noun is
the participle's head; without one, the nearest noun before it, past a date, a sum or a place
("a $12 million lawsuit in 2019 alleging").

Found in a hand judgment of every event on PolNeAR train (stop 38, e41; tests/test_e41.py).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck

__all__ = ["checks", "tells_a_suit_content"]

#: The accusing verbs whose participle can tell an accusation noun's content.
_PARTICIPLES = frozenset({"allege", "accuse", "charge", "blame"})
#: Words that may stand between the noun and the participle: a date's or a place's preposition,
#: a number, a name ("a lawsuit in 2019 alleging", "a complaint on Friday accusing").
_BETWEEN_WORDS = frozenset({"in", "on", "last", "this", "earlier", "late", ","})
#: How far back the noun may stand without a parse.
_REACH = 5


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the accusing verbs it reads."""
    return (SenseCheck("a suit's content told by a participle: one accusation", tells_a_suit_content, lemmas=_PARTICIPLES),)


def tells_a_suit_content(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the participle at ``t`` ("alleging", "accusing") hangs on a noun whose ACCUSE is
    already in the draft."""
    lemma = t.lemma.lower()
    if not (lemma in _PARTICIPLES and curated is not None and curated[1] == "ACCUSE" and t.pos == "VERB" and t.text.lower().endswith("ing")):
        return False
    noun = _noun_told_of(doc, t)
    if noun is None:
        return False
    return any(e.type == "ACCUSE" and e.trigger.start <= noun.start < e.trigger.end for e in draft.events)


def _noun_told_of(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The noun the participle at ``t`` modifies: its head in the parse when it is a clause on a
    noun, else the nearest noun before it past :data:`_BETWEEN_WORDS`, numbers and names."""
    if doc.has_parse and t.head is not None and t.dep.startswith("acl"):
        head = doc.tokens[t.head]
        return head if head.pos == "NOUN" else None
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 1 - _REACH) - 1, -1):
        w = doc.tokens[k]
        if w.pos == "NOUN":
            return w
        if not (w.pos in ("NUM", "PROPN", "SYM") or w.text.lower() in _BETWEEN_WORDS):
            return None
    return None
