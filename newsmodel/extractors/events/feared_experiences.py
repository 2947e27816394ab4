"""An experience liked, disliked, feared or risked is no event (issue 14, stop 36, e35).

"I don't like being arrested", "several lawmakers fear being expelled from the party", "the
reporters risk being detained": "being" + a participle after a verb of liking, fearing, risking
or avoiding (``dread-verb``) names what might happen to the subject, in general or later; no one
has arrested, expelled or detained anyone.  "Police detained the activist" stays.

Found in a hand judgment of every event of PolNeAR train texts (stop 36, e35; dev batch 74),
both engines.  The check reads the two or three words before the participle; it can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck
from .senses import event_words

__all__ = ["checks", "experience_feared"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any participle can follow "being", so it is
    asked of every candidate and opens with a test of the word before it."""
    return (SenseCheck("an experience feared: fear being expelled", experience_feared, any_word=True, sentence_words=frozenset({"being"})),)


def experience_feared(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the word at ``t`` follows "being" (an adverb may stand between) right after a verb
    of liking, fearing, risking or avoiding: "like being detained", "fear being publicly expelled"."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    if k > lo and doc.tokens[k].pos == "ADV":
        k -= 1
    if k <= lo or lows[k] != "being":
        return False
    verb = doc.tokens[k - 1]
    dread = event_words("dread-verb")
    return verb.lemma.lower() in dread or lows[k - 1] in dread
