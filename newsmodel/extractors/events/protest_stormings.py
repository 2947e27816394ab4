"""A building stormed by protesters or by civilians in protest is a riot, not an armed assault.

"Protesters stormed the parliament", "Farmers Storm Regional Assembly in Protest Over Water
Fees", "students storm campus offices in protest": PLOVER's PROTEST has a mode *riot* --
"distinct, continuous and violent action directed toward members of a distinct 'other' group
or government authorities. The participants intend to cause physical injury and/or property
damage" -- and the manual keeps ASSAULT for organised force. So "storm" is PROTEST (riot) when
its subject is a protester word (``protester-word``: protesters, demonstrators, rioters), an
actor of a civilian trade (the labour, farming, education ... sectors whose "strike" is a
walk-out: farmers, students, teachers), or when the clause says it was done "in protest".
Gunmen, militants, troops and police storming a place stay ASSAULT ("Militants Storm Army
Post").  Read on the subject and the words after the verb, so both engines agree
(issue 14 batch 80, e40 at stop 37).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft

__all__ = ["stormed_in_protest"]


def stormed_in_protest(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` ("storm") is done by protesters or civilians, or "in protest" (module docstring)."""
    from .non_event_senses import _subject
    from .senses import _CIVILIAN_TRADES, _protesters_subject

    if _protesters_subject(doc, t) or _in_protest(doc, t):
        return True
    subj = _subject(doc, t)
    if subj is None or subj.i > t.i:
        return False
    actor = draft.actor_fields(draft.actor_at(subj.start, subj.end))
    return actor is not None and actor.kind in ("group", "person") and bool(actor.code) and actor.code[:3] in _CIVILIAN_TRADES


def _in_protest(doc: AnnotatedDocument, t: Token) -> bool:
    """"in protest" among the words after the verb in its clause (up to a comma or a second verb)."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, sent.token_end - 1):
        w = doc.tokens[k]
        if w.text in (",", ";", ":") or (w.pos == "VERB" and w.dep not in ("amod",)):
            return False
        if w.text.lower() == "in" and doc.tokens[k + 1].text.lower() == "protest":
            return True
    return False
