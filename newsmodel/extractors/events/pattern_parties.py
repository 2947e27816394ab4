"""Whether an event read from a CAMEO verb pattern alone has a party the pattern was written for
(issue 14, batch 59).

The CAMEO verb dictionary (``cameo_patterns.tsv``) was written for PETRARCH, which codes a
sentence only between a source and a target its actor dictionaries know: states, governments,
armed, official, opposition and organised bodies.  Read on every sentence, its verb + object
patterns also match where neither side is such an actor: "the candidate held a conference call",
"made three stops", "voters took part", "received the backing of 30 percent", "the committee
expanded the services" (``- * SERVICE [154]``: an army's "services").  On a hand-judged sample of
PolNeAR train events (seed 150) the events read from a pattern alone -- no curated trigger, no
sense rule of this package -- were right 3 times in 32 (spaCy) and 2 in 35 (rules), against 0.59
and 0.53 over all events; in the dev file their agents are states, ministries, armies, police,
rebels and envoys.

So such an event is kept only when one of its parties is a state (a country, or a place the
gazetteer codes to one), an actor whose CAMEO code names a sector of ``pattern-party-sector``
(``sense_words.tsv``: government, armed, judicial, opposition, international and organised
bodies, unions and the professions -- not civilians, business, media, elites or "people"), or a
state named in the plural ("the two Koreas").  Parties are the event's agents and targets and the
actors named in the agent's phrase before the trigger ("Officials from the two Koreas exchanged
views").  This is
one side where PETRARCH asks for two: a sentence whose other side no dictionary codes is still
read.  A pattern that names its own subject (``CRITICS SAY``) has tested the party itself and is
not asked; protests are not asked either, as their actors are civilians by definition (PLOVER
PROTEST).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .senses import event_words


def known_party(doc: AnnotatedDocument, draft: Draft, t: Token, agents: list[str], targets: list[str]) -> bool:
    """Some party of the event at ``t`` is one a CAMEO pattern was written for (module docstring)."""
    return any(coded_party(draft, a) for a in (*agents, *targets, *_agent_phrase(doc, draft, t)))


def coded_party(draft: Draft, actor_id: str) -> bool:
    """The actor is a state, a place the gazetteer codes to one, a state named in the plural, or
    carries a CAMEO code of a ``pattern-party-sector`` (also asked by ``promise_parties``)."""
    actor = draft.actor_fields(actor_id)
    if actor is None:
        return False
    if actor.kind == "country" or (actor.kind == "location" and actor.code):
        return True  # a state, or a place the gazetteer codes to one ("arrived in Beijing")
    if actor.name.lower() in event_words("state-plural-name"):
        return True
    code = (actor.code or "").lower()
    sectors = event_words("pattern-party-sector")
    return any(code[k : k + 3] in sectors for k in range(0, len(code) - 2, 3))


def _agent_phrase(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """The actors named between the sentence start and the trigger when no verb stands between:
    the agent's own phrase ("Officials from the two Koreas", "Police in Spain")."""
    sent = doc.sentences[t.sent]
    if t.i <= sent.token_start or any(doc.tokens[k].pos == "VERB" for k in range(sent.token_start, t.i)):
        return []
    return [a for _s, _e, a in draft.mentions_between(doc.tokens[sent.token_start].start, doc.tokens[t.i - 1].end)]
