"""An attitude reached over time is no act (issue 14, stop 43, helper e67; dev batch 118).

"Republicans have come to accept the deal", "voters came to respect the senator", "Turkey has come
to believe the talks are futile", "she grew to trust him": "come / grow to" + a verb of attitude
tells how a party's view changed, slowly and at no one moment.  The verb after "to" names a state
(accepting, respecting, believing), not an act done to a party, so PLOVER has no event -- the same
reading as an attitude told as a noun (:mod:`.dispositions`).

By construction the candidate must be a verb of attitude (``attitude-verb``) right after "to"
(adverbs passed), whose word before is a form of "come" or "grow" (``gradual-verb``, by lemma).
"came to the aid of" (AID) has a noun after "to" and "came to power" no verb, so neither is read;
a purpose infinitive after a verb of motion ("troops came to help the flood victims") is no verb of
attitude and is left alone.  The check can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "attitude_reached"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("an attitude reached: came to accept", attitude_reached, lemmas=_words("attitude-verb")),)


def attitude_reached(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t``, a verb of attitude, follows "come / grow to"."""
    if not t.lemma.lower() in _words("attitude-verb"):  # noqa: E713 - the form tests/test_s12.py reads as the key test
        return False
    k = before_adverbs(doc, t)
    lo = doc.sentences[t.sent].token_start
    if k - 1 < lo or doc.lowered_texts()[k] != "to":
        return False
    return doc.lowered_lemmas()[k - 1] in _words("gradual-verb")
