"""A past participle after "the" with no noun after it names people, not an act (issue 14, stop
39, e44).

"Our thoughts are with the victims, the injured and their relatives", "flags flew for the dead and
the wounded": "the" + a participle that no noun follows is a noun phrase of its own -- the people
to whom something happened -- with no act reported and no one named who acted, so PLOVER has no
event in it (manual, "Required entities").  The spaCy engine tags such a word a noun and made no
event; the rules engine, which has no parse, read "injured" as a verb, with the noun before it as
agent and the one after as target.  The participle before its noun ("the slain activist") is
:mod:`.attributive_participles`' case; "gunmen wounded three guards" (no "the" before the verb)
stays.

Found in a hand judgment of every event of PolNeAR train texts (stop 39, e44; dev batch 87), rules
engine.  The check reads the word before and the word after the candidate; it can only remove an
event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .attributive_participles import _irregular_participles
from .sense_checks import SenseCheck

__all__ = ["checks", "people_named_by_participle"]

#: Parts of speech that may follow the participle when it ends its own noun phrase.
_PHRASE_END_POS = frozenset({"PUNCT", "CCONJ", "ADP", "AUX", "VERB", "SCONJ", "PART"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any event verb may stand as the participle, so
    it is asked of every candidate (it opens with a test of the word's form)."""
    return (SenseCheck("people named by a participle: the injured", people_named_by_participle, any_word=True),)


def people_named_by_participle(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is a past participle right after "the" and the next word (or the sentence's
    end) closes the noun phrase: "the injured and", "the wounded."."""
    low, lemma = t.text.lower(), t.lemma.lower()
    if low == lemma or not (low.endswith("ed") or low in _irregular_participles()):
        return False
    sent = doc.sentences[t.sent]
    if t.i == sent.token_start or doc.tokens[t.i - 1].text.lower() != "the":
        return False
    after = t.i + 1
    return after >= sent.token_end or doc.tokens[after].pos in _PHRASE_END_POS
