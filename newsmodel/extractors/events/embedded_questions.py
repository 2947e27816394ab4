"""An act inside an embedded wh-question with a modal is asked about, not reported (issue 14, stop 47, e85).

"The governor declined to say which tax breaks she would support", "the envoy would not
reveal which officials she would meet", "nobody knows whom the president will nominate": the act
after the wh-word is what a question asks -- whether and to whom it will happen -- and the modal
("would", "will", "might") puts it in the future or in supposition.  PLOVER codes acts that
happen; a careful coder codes none here.  The ``if`` / ``whether`` test
(:mod:`.generic_senses`) and the sentence-initial wh-word + modal test
(:mod:`.asked_and_supposed`) do not read a wh-clause that is the object of a verb of saying or
knowing.

The check walks back from the candidate to a wh-word (``embedded-wh-word``) with no clause
boundary between, having passed a modal (``embedded-modal``) on the way, and asks that the
word right before the wh-word be a verb of saying, asking or knowing (``wh-question-verb``;
"or" / "and" between two such wh-clauses is passed: "whom ... will nominate or which judges he
might praise").  Without the modal the clause tells an act that happened ("explained why he had
criticized the mayor" stays); a that-clause ("revealed that she would meet") is left to the
other checks.  Words and tags only, so both engines answer alike; it can only remove an event.

Found in a hand judgment of both engines' events on 27 PolNeAR train texts (stop 47, e85; dev
batch 148): both engines coded the supposed act as SUPPORT.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "embedded_question"]

#: Words that end the wh-clause when read back from the candidate.
_BOUNDARIES = frozenset({",", ";", ":", "--", "\u2014", "(", ")", ".", "but", "because", "while", "although", "that"})
#: The longest stretch read back from the candidate.
_REACH = 14
#: Words that join two wh-clauses under one verb ("whom ... or which ...").
_JOINERS = frozenset({"or", "and"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any trigger may stand in the wh-clause, so it
    is asked of every candidate whose sentence has a wh-word."""
    return (SenseCheck(
        "asked: an act in an embedded wh-question with a modal", embedded_question, any_word=True,
        sentence_words=_words("embedded-wh-word"),
    ),)


def embedded_question(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` follows a modal inside a wh-clause that is the object of a
    ``wh-question-verb`` (module docstring)."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    wh, modals, asking = _words("embedded-wh-word"), _words("embedded-modal"), _words("wh-question-verb")
    lemmas = doc.lowered_lemmas()
    modal = False
    for k in range(t.i - 1, max(lo, t.i - _REACH) - 1, -1):
        if lows[k] in _BOUNDARIES:
            return False
        if lows[k] in modals:
            modal = True
        elif lows[k] in wh:
            if not modal or k == lo:
                return False
            if lows[k - 1] in asking or lemmas[k - 1] in asking:
                return True
            if lows[k - 1] not in _JOINERS:
                return False
    return False
