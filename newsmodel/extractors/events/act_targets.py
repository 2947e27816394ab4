"""Whom a refused or threatened act would reach: "refused to meet the striking doctors",
"threatened to expel the envoys".

A REJECT or THREATEN trigger whose complement is an infinitive names no
recipient of its own; the act it refuses or threatens does.  PLOVER's
REJECT mode ``meet`` ("Meetings and negotiations") is a refusal *of* the
party one would meet, so a refused meeting's partner is the rejection's
target; a threat's target is whom the threatened act would hit (manual,
THREATEN modes: expel diplomats, arrest, restrict).  Other refused acts
("refused to release the prisoners") keep no target: those prisoners asked
for nothing.  With a parse the infinitive is the trigger's ``xcomp``
(THREATEN is read in :mod:`.parse_roles` already); without one it is
"to" + a verb right after the trigger, and its first actor before the
clause ends are the ones reached (up to a preposition after them).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .senses import event_words
from .surface_roles import _actors_in, _target_end

__all__ = ["act_targets"]


def _reaches(category: str, verb: Token) -> bool:
    """The infinitive's act has a recipient this category takes as its target."""
    return category == "THREATEN" or category == "REJECT" and verb.lemma.lower() in event_words("meet-verb")


def act_targets(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token, category: str, agents: list[str]) -> list[str]:
    """The target of a REJECT/THREATEN trigger read from the act in its infinitive; [] when none."""
    if category not in ("REJECT", "THREATEN"):
        return []
    sent = doc.sentences[t.sent]
    if doc.has_parse:
        if category != "REJECT":
            return []  # parse_roles reads a threatened act's targets
        from .parse_roles import parse_roles

        for c in doc.children(t.i):
            if c.dep == "xcomp" and c.pos == "VERB" and _reaches(category, c):
                _a, reached = parse_roles(doc, draft, c)
                return [a for a in reached if a not in agents][:1]
        return []
    k = last.i + 1
    if k + 1 >= sent.token_end or doc.tokens[k].text.lower() != "to" or doc.tokens[k + 1].pos != "VERB":
        return []
    verb = doc.tokens[k + 1]
    if not _reaches(category, verb):
        return []
    end = _target_end(doc, k + 2, 8)
    for j in range(k + 3, end):
        # the object phrase ends at the first preposition after an actor ("expel the Baltic envoys
        # over the closure of its consulates"); "cut off gas supplies to Moldova" runs on to one
        if doc.tokens[j].pos == "ADP" and _actors_in(doc, draft, k + 2, j):
            end = j
            break
    return [a for a in _actors_in(doc, draft, k + 2, end) if a not in agents]
