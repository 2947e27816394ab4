"""Roles of a visit told by a noun: the visitor, not the visitor's state; the state visited as host
(issue 14, helper e93 at stop 48; dev batch 156).

"The visit of the Chinese premier to Nairobi": the of-phrase (or by-phrase) names the visitor, and
the nationality adjective inside that phrase is a mention of China nested in the premier's own
mention ("Chinese premier", coded CHNGOV).  PLOVER codes the visitor as the actor (manual, CONSULT:
"the visitor will always be coded as the actor and the host will be the recipient"), so a country
whose every mention in the sentence lies inside another agent's mention is no agent of its own
(:func:`nested_states`) -- the premier stands for it through the code.

The place after the visit noun's "to" is where the visitor goes, and when it stands for a state
(a country, or a capital the gazetteer lists: news writes "Nairobi" for Kenya's government) it
is the host, the recipient (:func:`visit_destination`), as `visits.arrival_host` reads "arrived
in Cairo".  A town ("a visit to Mosul") is where the visit was, not who hosted it.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..roles import is_capital

__all__ = ["nested_states", "visit_destination"]

_REACH = 10  # words after the trigger read for its "to" phrase ("visit of the Indian prime minister to Tokyo")
_GAP = 4  # token steps from a nationality to its person's head ("India 's prime minister")
_STOPS = frozenset({";", ":", ",", "."})


def nested_states(doc: AnnotatedDocument, draft: Draft, t: Token, agents: list[str]) -> set[str]:
    """Country agents that only modify another agent: each of the country's mentions in ``t``'s
    sentence stands in the few words before a mention of an agent affiliated with it ("the *Chinese*
    premier", "*India's* prime minister")."""
    sent = doc.sentences[t.sent]
    lo, hi = doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end
    spans = {a: [(s, e) for s, e in draft.mention_offsets(a) or () if lo <= s and e <= hi] for a in agents}
    out = set()
    for a in agents:
        fields = draft.actor_fields(a)
        if fields is None or fields.kind != "country" or not spans[a]:
            continue
        members = [span for b in agents if b != a and getattr(draft.actor_fields(b), "affiliation", None) == a for span in spans[b]]
        if members and all(any(_modifies(doc, e, s2) for s2, _e2 in members) for _s, e in spans[a]):
            out.add(a)
    return out


def _modifies(doc: AnnotatedDocument, end: int, head_start: int) -> bool:
    """The mention ending at ``end`` stands at most :data:`_GAP` words before the one starting at
    ``head_start`` ("Chinese premier", "India's prime minister")."""
    if end > head_start:
        return False
    first, last = doc.token_at(end - 1), doc.token_at(head_start)
    return first is not None and last is not None and last.i - first.i <= _GAP


def visit_destination(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> str | None:
    """The state visited: the actor right after the first "to" after the visit noun ``last`` (within
    its phrase: no clause punctuation or verb before it) when it is a country or a capital."""
    sent = doc.sentences[last.sent]
    for k in range(last.i + 1, min(sent.token_end, last.i + 1 + _REACH)):
        w = doc.tokens[k]
        if w.text in _STOPS or w.pos in ("VERB", "AUX"):
            return None
        if w.text.lower() != "to":
            continue
        j = k + 1
        while j < sent.token_end and doc.tokens[j].pos == "DET":
            j += 1
        if j >= sent.token_end:
            return None
        a = draft.actor_at(doc.tokens[j].start, doc.tokens[j].end)
        fields = draft.actor_fields(a) if a is not None else None
        if fields is not None and (fields.kind == "country" or is_capital(fields)):
            return a
        return None
    return None
