"""A welcome that asks a party to come is an invitation: AGREE (issue 14, helper e84 at stop 46).

"Peru welcomed the Chilean president to Lima" is a visit hosted (CAMEO 043, CONSULT visit), but
"Peru welcomed the Chilean president *to visit* Lima" asks for a visit not yet made: the PLOVER
manual (CONSULT, potential ambiguities) codes "invitations for state visits" as AGREE, as
"invited the president to visit" already is (``invite`` is an AGREE trigger).  The shape: the
welcomed party, then "to" and a verb.  The visit itself is what was asked for, not done; the
``directive-verb`` row of "welcome" lets :mod:`.directed_acts` drop it.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token

__all__ = ["welcome_to_act"]

#: How many words the welcomed party's phrase may run before its "to".
_REACH = 6


def welcome_to_act(doc: AnnotatedDocument, obj: Token) -> bool:
    """After the welcomed party ``obj`` (its phrase's head) come "to" and a verb: "welcomed the
    king to visit the port", not "welcomed the king to the port"."""
    sent = doc.sentences[obj.sent]
    for k in range(obj.i + 1, min(sent.token_end - 1, obj.i + 1 + _REACH)):
        w = doc.tokens[k]
        if w.text.lower() == "to":
            return doc.tokens[k + 1].pos == "VERB"
        if w.text in (",", ".", ";", ":") or w.pos in ("VERB", "AUX"):
            return False
    return False
