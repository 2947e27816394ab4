"""A promise made to no party is no event (issue 14, dev batch 63, helper e31 at stop 34).

PLOVER's AGREE is a commitment between parties: a state or a body pledging aid, troops, talks or
a release ("Japan pledged to send engineers to Ukraine", "the rebels promised to free the aid
workers"), or anyone promising something to a party or about one ("promised Kyiv more air
defence", "pledged to meet the Mexican president").  On PolNeAR train (seeds 210-211, spaCy) the
promises read as AGREE that were wrong had none of that: a candidate, an aide or a charity
promising its own conduct or a goal at home (in the dev file's words: "the governor promised to
press for an open convention", "campaign aides have been promising a bigger ground operation",
"the charity is pledging to tighten its rules further").  ``everyday_senses`` already drops promises whose object is on a word list (taxes,
regulations, one's own race); this check reads who takes part instead, so it needs no list.

A promise (a ``promise-verb`` lemma, verb or noun, read as AGREE) is dropped when

* it has no target (no recipient: "promised Kyiv ..." keeps it),
* no agent is a state or a body CAMEO codes (``pattern_parties``): a person, whatever the office,
  or a group no dictionary codes ("aides", "donors"), and
* the promised clause -- the words after the trigger up to a comma, a semicolon or a subordinate
  clause ("if the senator wins ...") -- names no actor but the agents, leaving places aside
  ("to campaign in Iowa").

:func:`promise_without_party` reads the roles the event rules found, so it runs after them; it can
only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..nominals import nominal_kind
from .pattern_parties import known_party
from .senses import event_words

__all__ = ["promise_without_party"]


def promise_without_party(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token, agents: list[str], targets: list[str]) -> bool:
    """True when the AGREE read from the promise at ``t`` binds its maker to no party (module docstring)."""
    if targets or t.lemma.lower() not in event_words("promise-verb"):
        return False
    if known_party(doc, draft, t, agents, targets):
        return False  # "Japan pledged ...", "Zambia's finance minister promised ...": a state or a coded body
    if len(agents) > 1 or _mutual(doc, t, last):
        return False  # "the two leaders promised to work together": the makers bind each other
    if any(_coded_organisation(draft, a) for a in agents):
        return False  # "the state energy company pledged to restore power": a body's public commitment
    end = promised_clause_end(doc, last)
    if end <= last.i:
        return True
    named = draft.mentions_between(doc.tokens[last.i + 1].start, doc.tokens[end].end)
    if any(a not in agents and not _place(draft, a) for _s, _e, a in named):
        return False  # "pledged to meet the Mexican president": a party in the promise
    return not any(nominal_kind(doc.tokens[k]) is not None for k in range(last.i + 1, end + 1))  # "to back the nominee"


def _mutual(doc: AnnotatedDocument, t: Token, last: Token) -> bool:
    """A ``promise-mutual`` word ("both", "two", "together", "jointly") in the sentence: a promise
    parties make to each other."""
    sent = doc.sentences[t.sent]
    words = event_words("promise-mutual")
    lows = doc.lowered_texts()
    return any(lows[k] in words for k in range(sent.token_start, sent.token_end))


def _coded_organisation(draft: Draft, actor_id: str) -> bool:
    """An organisation with a CAMEO code of any sector (a company, a utility): its promise is made
    to the public it serves, as the dev file labels it."""
    actor = draft.actor_fields(actor_id)
    return actor is not None and actor.kind == "organization" and bool(actor.code)


def _place(draft: Draft, actor_id: str) -> bool:
    actor = draft.actor_fields(actor_id)
    return actor is not None and actor.kind == "location"


def promised_clause_end(doc: AnnotatedDocument, last: Token) -> int:
    """The last token of the promised clause: before a ``promise-clause-end`` word (a comma, a
    semicolon, "if", "while", "because", a relative pronoun ...) or the sentence's end."""
    sent = doc.sentences[last.sent]
    stops = event_words("promise-clause-end")
    lows = doc.lowered_texts()
    for k in range(last.i + 1, sent.token_end):
        if lows[k] in stops:
            return k - 1
    return sent.token_end - 1
