"""Headline coordination: "Xi, Putin Hold Talks", "Colombia, ELN Rebels Agree to ...".

Headlines write "and" as a comma.  The parser (and the surface rules)
read the first name as an aside and give the event only the second
party; in a title-case or capitals line whose first name is followed by
a comma and then by the agent the rules found, that name is a co-agent.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft

__all__ = ["comma_coagent"]


def comma_coagent(doc: AnnotatedDocument, draft: Draft, t: Token, agents: list[str]) -> str | None:
    """The actor named before a headline's opening comma, when the event's agent follows that comma."""
    sent = doc.sentences[t.sent]
    a = sent.token_start
    if not agents or t.i - a < 3:
        return None
    comma = next((k for k in range(a + 1, min(a + 4, t.i)) if doc.tokens[k].text == ","), None)
    if comma is None:
        return None
    first = draft.actor_at(doc.tokens[a].start, doc.tokens[comma - 1].end)
    if first is None or first in agents:
        return None
    actor = draft.actor_fields(first)
    if actor is None or actor.kind == "location":
        return None
    # the agent's mention starts right after the comma ("Colombia, ELN Rebels Agree")
    after = [m for m in draft.mentions_between(doc.tokens[comma].end, t.start) if m[2] in agents]
    if not after or after[0][0] > doc.tokens[min(comma + 3, t.i - 1)].start:
        return None
    from ...engines.headline_case import is_title_case

    line_start = doc.text.rfind("\n", 0, t.start) + 1
    line_end = doc.text.find("\n", t.start)
    return first if is_title_case(doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]) else None
