"""An attitude told as a noun is no act: "his openness to working with", "her willingness to
negotiate", "the president's eagerness to meet" (issue 14, the stop-34 hand judgment of PolNeAR
output, read as COOPERATE, CONSULT or AGREE).

PLOVER AGREE is an actor's act of agreeing, offering or "otherwise indicat[ing] willingness ...
to cooperate" (manual, AGREE): the act is the indication.  News also names the attitude as a
trait someone has, talked about by others ("analysts questioned the president's eagerness to
meet the North Korean leader", "the governor's readiness to compromise made him a target");
then no one indicated anything, and the act after "to" (the meeting, the compromise) has not
happened.  So:

* a ``disposition-noun`` (openness, willingness, eagerness, readiness, reluctance) is an event
  only as the object of a verb that expresses it (``disposition-verb``: signalled, expressed,
  voiced, reiterated -- "Iran signalled its willingness to negotiate", AGREE);
* the verb of the act after such a noun and "to" ("eagerness *to meet*") is never an event of
  its own: at most the indication is.

"combat readiness" (MOBILIZE) is a trigger of its own whose first word is "combat", never read here;
a disposition noun read as MOBILIZE ("raised the readiness of its missile forces") is an alert and
stays.  The act after the noun is dropped whatever its category: "a deep reluctance *to send* more
troops" sends none (MOBILIZE; stop 45, e73, from a hand judgment of PolNeAR train, dev batch 131).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "attitude_only"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: the act after "<noun> to" may be any verb,
    so it is asked of every candidate; its first guards are two look-ups of nearby words."""
    return (SenseCheck(
        "an attitude told as a noun", attitude_only, any_word=True,
        sentence_words=_words("disposition-noun"),  # the candidate itself or the noun before "to" (_disposition)
    ),)


def _disposition(doc: AnnotatedDocument, k: int) -> bool:
    nouns = _words("disposition-noun")
    return doc.lowered_texts()[k] in nouns or doc.tokens[k].lemma.lower() in nouns


def _expressed(doc: AnnotatedDocument, k: int) -> bool:
    """The disposition noun at ``k`` is the object of a ``disposition-verb`` within four words
    before it, over determiners, adjectives and possessives ("signalled *its* willingness",
    "expressed *its full* readiness")."""
    sent = doc.sentences[doc.tokens[k].sent]
    lows = doc.lowered_texts()
    verbs = _words("disposition-verb")
    for j in range(k - 1, max(sent.token_start, k - 5) - 1, -1):
        w = doc.tokens[j]
        if lows[j] in verbs or w.lemma.lower() in verbs:
            return True
        if w.pos not in ("DET", "ADJ", "ADV", "PRON") and lows[j] not in POSSESSIVES and lows[j] not in ("'s", "’s"):
            return False
    return False


def attitude_only(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is a disposition noun no verb expresses ("the governor's readiness to
    compromise"), or the verb of the act right after such a noun and "to" ("eagerness to *meet*")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.pos == "NOUN" and _disposition(doc, t.i):
        if curated is not None and curated[1] == "MOBILIZE":
            return False  # "raised the readiness of its missile forces": a weapons or troops alert
        return not _expressed(doc, t.i)
    k = t.i - 1
    if k - 1 < sent.token_start or lows[k] != "to":
        return False
    return t.pos == "VERB" and _disposition(doc, k - 1)
