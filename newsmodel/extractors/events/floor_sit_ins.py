"""A chamber's floor taken by its members is a sit-in (issue 14, stop 47, e89; dev batch 152).

"Democrats seized the floor of the House", "they hijacked the floor of the chamber for a day",
"opposition deputies occupied the speaker's podium": lawmakers holding their own chamber to
force a vote are a collective protest -- PLOVER PROTEST ("all civilian demonstrations and other
collective actions carried out as protests", sit-ins among them; dev convention: sit-ins are
PROTEST), mode demo.  Both engines coded COERCE seize ("seized", "occupied") or ASSAULT
("hijacked") on them (e85's hand judgment of PolNeAR train).

The frame: a verb of taking (seize, occupy, hijack, or "take over") whose object's head is a
``chamber-floor`` noun (floor, podium, rostrum, dais) -- not a building's storey
(``building-storey`` before it: "the ground floor", "the factory floor") -- with no armed party in
the sentence ("Rebels seized the top floor of the ministry" stays COERCE).  Read on words and
tags, so both engines agree.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from .non_event_senses import _words

__all__ = ["floor_taken"]

#: Tags of the words between the verb and the floor noun ("the House floor", "the speaker's podium").
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART"})
#: How many words the object's phrase may take before its head.
_REACH = 5


def floor_taken(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """True when the verb at ``t`` takes a chamber's floor or podium, and no armed party stands
    in the sentence (module docstring)."""
    from .senses import armed_party

    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k < sent.token_end and lows[k] == "over":
        k += 1
    floors, storeys = _words("chamber-floor"), _words("building-storey")
    for j in range(k, min(sent.token_end, k + _REACH)):
        w = doc.tokens[j]
        if lows[j] in floors and w.pos in ("NOUN", "PROPN"):
            if j + 1 < sent.token_end and doc.tokens[j + 1].pos in ("NOUN", "PROPN") and lows[j + 1] not in ("on", "for"):
                return False  # "the floor leader", "a floor vote": the noun is a modifier
            if j > k and lows[j - 1] in storeys:
                return False  # "the ground floor", "the factory floor"
            return not armed_party(doc, draft, t)
        if w.pos in _NP_POS or lows[j] in POSSESSIVES or lows[j] in ("'s", "\u2019s", "'"):
            continue
        return False
    return False
