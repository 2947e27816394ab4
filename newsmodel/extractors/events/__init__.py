"""Events: PLOVER category, roles, time and factuality.

One module per step: :mod:`.triggers` (what happened), :mod:`.parse_roles`
or :mod:`.surface_roles` (who did it to whom, with or without a parse),
:mod:`.time_and_place` (when and where) and :mod:`.factuality` (how sure
the text is).

Triggers come from ``event_triggers.tsv`` (lemma + POS -> category and
mode, each entry citing its PLOVER/CAMEO source); multi-word triggers win
over their head word.  Roles:

* verb triggers: agent = subject (parse ``nsubj`` or the nearest actor
  mention before the verb in its clause), targets = actors in the object
  up to the end of the clause;
* noun triggers: agents = actor mentions modifying the noun ("U.S. and
  Israeli strikes"), targets = actors after "on/against/of" ("strikes on
  the Islamic Republic").

Factuality: ``hypothetical`` inside an if-clause, ``negated`` under a
negation, ``denied`` inside a denied claim, ``reported`` inside a statement
(``statement`` links it), else ``asserted``.  Precision over recall: a
trigger with neither agent nor target is dropped.
"""

from __future__ import annotations

from ...document import AnnotatedDocument
from ...draft import Draft
from ..attribution import Context
from .factuality import ClaimIndex, event_factuality
from .parse_roles import parse_roles
from .surface_roles import surface_roles
from .time_and_place import event_time, is_object, location, resolve_date
from .triggers import filtered, match_trigger

__all__ = ["extract_events", "resolve_date"]


#: Categories whose events are often complete without a target ("declined to send troops",
#: "a ceasefire", "troops mobilised", "protesters marched"); all others need agent and target.
_TARGETLESS = {"RETREAT", "REJECT", "MOBILIZE", "PROTEST", "CONCEDE"}


def extract_events(doc: AnnotatedDocument, draft: Draft) -> None:
    claims: ClaimIndex | None = None  # built at the first event
    ctx = None if doc.has_parse else Context(doc, draft)  # the surface role rules need it
    skip_until = -1
    for t in doc.tokens:
        if t.i < skip_until or t.pos in ("PUNCT", "PROPN", "DET", "ADP", "PRON"):
            continue
        m = match_trigger(doc, t)
        if m is None:
            continue
        n, category, mode = m
        skip_until = t.i + n
        last = doc.tokens[t.i + n - 1]
        if filtered(doc, t, last, category):
            continue
        if doc.has_parse:
            agents, targets = parse_roles(doc, draft, t)
        else:
            agents, targets = surface_roles(ctx, t, last)
        loc = location(doc, t)
        if loc is not None:
            where = draft.actor_at(*loc)
            targets = [x for x in targets if x != where or (doc.has_parse and is_object(doc, t, loc))]
        targets = [x for x in targets if x not in agents]
        if not agents or (not targets and category not in _TARGETLESS):
            continue  # precision over recall: an event needs its participants
        claims = claims or ClaimIndex(doc, draft)
        factuality, statement = event_factuality(doc, draft, t, claims)
        time = event_time(doc, t)
        draft.add_event(
            type=category,
            mode=mode,
            trigger=draft.span(t.start, last.end),
            agents=agents,
            targets=targets,
            time=draft.span(*time) if time else None,
            location=draft.span(*loc) if loc else None,
            date=resolve_date(doc.text[time[0] : time[1]], draft.published) if time else None,
            factuality=factuality,
            statement=statement,
            confidence=0.6 if targets else 0.45,
        )
