"""Ultimatums: "The president warned that troops would be sent in if the blockade was not lifted".

A warning or threat whose reported clause holds an act of force that would
follow unless the addressee does something is a threat by the one who
warns, whoever the clause names as doing the act (troops, police, "sanctions
would be imposed"): the PLOVER manual's THREATEN covers "coercive or
forceful warnings with serious potential repercussions", and CAMEO 13x
codes the warning party.  The condition must come after the act and be set
on someone else's conduct ("if ... not", "unless"); a forecast ("warned
that troops would be needed if the storm hit") names no act of force, and
an act stated as fact is no threat.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft

__all__ = ["ultimatum_speaker", "warned_party"]

#: Cues of the warning that carries the ultimatum (lemmas).
_WARNING_CUES = frozenset({"warn", "threaten"})
#: Words that set the condition: "unless ...", "if ... not".
_NEGATIONS = frozenset({"not", "n't", "never", "fail", "fails", "failed", "refuse", "refuses", "refused"})


def _condition_after(doc: AnnotatedDocument, t: Token) -> bool:
    """"unless <clause>", or "if <clause with a negation or a failure>", after the act."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, sent.token_end):
        w = doc.tokens[k].text.lower()
        if w == "unless":
            return True
        if w == "if":
            return any(doc.tokens[j].text.lower() in _NEGATIONS for j in range(k + 1, min(sent.token_end, k + 10)))
    return False


def ultimatum_speaker(doc: AnnotatedDocument, draft: Draft, t: Token, statement: str | None) -> str | None:
    """The speaker of a warning whose clause holds the hypothetical act ``t`` under a condition on
    the addressee (an ultimatum); None otherwise."""
    if statement is None:
        return None
    st = next((x for x in draft.statements if x.id == statement), None)
    if st is None or st.speaker is None or st.cue is None:
        return None
    # (a passive cue spans its auxiliary: "were warned by police that ...")
    cue = next((w for w in doc.tokens if st.cue.start <= w.start < st.cue.end and w.lemma.lower() in _WARNING_CUES), None)
    if cue is None or cue.lemma.lower() not in _WARNING_CUES or cue.i >= t.i or cue.sent != t.sent:
        return None
    return st.speaker if _condition_after(doc, t) else None


def warned_party(doc: AnnotatedDocument, draft: Draft, statement: str | None) -> str | None:
    """Whom the warning addresses, with a parse: the cue's object ("warned Kyiv that ...") or its
    passive subject ("Protesters were warned by police that ..."); None otherwise."""
    if statement is None or not doc.has_parse:
        return None
    st = next((x for x in draft.statements if x.id == statement), None)
    if st is None or st.cue is None:
        return None
    cue = next((w for w in doc.tokens if st.cue.start <= w.start < st.cue.end and w.lemma.lower() in _WARNING_CUES), None)
    if cue is None:
        return None
    from ..roles import actor_of

    for c in doc.children(cue.i):
        if c.dep in ("obj", "iobj", "nsubj:pass"):
            a = actor_of(doc, draft, c)
            if a is not None and a != st.speaker:
                return a
    return None
