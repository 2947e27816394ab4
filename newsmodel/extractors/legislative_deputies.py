"""Deputies who sit in a legislature are legislators, not police (issue 14, helper e93 at stop 48).

The Phoenix agents dictionary codes "deputy" COP: a sheriff's deputy.  In parliamentary reporting
"deputies" are the members of a chamber ("opposition deputies occupied the rostrum", "deputies of
the ruling party"), which CAMEO codes LEG -- the same dictionary has "chamber of deputies" LEG.  A
COP code made their sit-in an armed party's seizure (``senses.armed_party``).

:func:`recode_legislative_deputies` recodes an actor whose code ends in COP and one of whose
mentions ends in a ``legislator-deputy`` word when a legislature cue (``deputy-legislature-cue``
in ``actor_words.tsv``) stands in the three words before that word, in an of/from phrase right
after it, or -- for the cue words that name a legislature, not "party" or "ruling" -- anywhere in
its sentence; a police cue (``deputy-police-cue``: "sheriff's", "county") before the word keeps
the COP.  "Deputies arrested two men" keeps COP: nothing says legislature.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import word_class

__all__ = ["recode_legislative_deputies", "legislator_deputy"]

_BEFORE = 3  # words before the head read for a cue ("ruling party deputies")
_AFTER = 4  # words of the of/from phrase read for a cue ("deputies of the ruling party")
_PHRASE_ONLY = frozenset({"party", "ruling", "opposition", "pro-government"})  # not cues from afar


def _words(cls: str) -> frozenset[str]:
    return word_class("actor_words.tsv", cls)


def legislator_deputy(doc: AnnotatedDocument, head: Token) -> bool:
    """``head`` is a ``legislator-deputy`` word that a legislature cue marks as a legislator."""
    if head.text.lower() not in _words("legislator-deputy"):
        return False
    cues, police = _words("deputy-legislature-cue"), _words("deputy-police-cue")
    sent = doc.sentences[head.sent]
    before = [doc.tokens[k].text.lower() for k in range(max(sent.token_start, head.i - _BEFORE), head.i)]
    if any(w in police for w in before):
        return False
    if any(w in cues or w.split("-")[0] in cues for w in before):
        return True
    after = [doc.tokens[k].text.lower() for k in range(head.i + 1, min(sent.token_end, head.i + 1 + _AFTER))]
    if after and after[0] in ("of", "from") and any(w in cues for w in after[1:]):
        return True
    lowered = doc.lowered_texts()
    return any(lowered[k] in cues and lowered[k] not in _PHRASE_ONLY for k in range(sent.token_start, sent.token_end))


def recode_legislative_deputies(doc: AnnotatedDocument, draft: Draft) -> None:
    """Give LEG (after any country prefix) to COP-coded deputies that a legislature cue marks."""
    for actor_id in draft.actor_ids:
        actor = draft.actor_fields(actor_id)
        if actor is None or not actor.code or not actor.code.endswith("COP"):
            continue
        for start, end in draft.mention_offsets(actor_id) or ():
            head = doc.token_at(end - 1)
            if head is not None and legislator_deputy(doc, head):
                draft.update_actor_fields(actor_id, code=actor.code[:-3] + "LEG")
                break
