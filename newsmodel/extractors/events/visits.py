"""The host of a visit reported as an arrival: "The delegation arrived in Cairo on Monday".

PLOVER codes visits as CONSULT with the visitor as actor and the host as recipient (manual,
CONSULT: "In events where one side is hosting and one is visiting, the visitor will always be
coded as the actor and the host will be the recipient"); CAMEO's ARRIVE block codes a bare
"arrive in" as a visit (046).  The dev file names the host by the place visited ("The prime
minister visited Kenya", "arrived in Beijing for a three-day state visit": Kenya, Beijing).
A verb of arrival has no object, so the place after its "in"/"at" -- the event's location -- is
its host, when that place stands for a state: a country, or a capital the gazetteer lists
(news writes "Tehran" for Iran's government).  A town or a region ("arrived in Mosul") is where
the visit was, not who hosted it.

The place of an event is no target of its own (``time_and_place.location``), but a state that
is also named between the trigger and the place stays one: in "met his Turkish counterpart in
Ankara" the capital is folded into Turkey, and Turkey's counterpart is whom the minister met.
"""

from __future__ import annotations

from ...document import Token
from ...draft import Draft
from ...lexicons import word_class
from ..roles import is_capital

__all__ = ["arrival_host", "named_before_place"]


def arrival_host(draft: Draft, t: Token, where: str | None) -> str | None:
    """The actor hosting a CONSULT told by an arrival verb ``t`` (``arrive-verb`` of
    ``sense_words.tsv``) at the place ``where`` (the event's location actor), or None."""
    if where is None or t.pos != "VERB" or t.lemma.lower() not in word_class("sense_words.tsv", "arrive-verb"):
        return None
    fields = draft.actor_fields(where)
    if fields is None:
        return None
    return where if fields.kind == "country" or is_capital(fields) else None


def named_before_place(draft: Draft, t: Token, actor: str, loc: tuple[int, int]) -> bool:
    """``actor``, the event's place, has a mention between the trigger ``t`` and the place span
    ``loc`` ("met his *Turkish* counterpart in Ankara"): a participant as well as the place."""
    return loc[0] > t.end and any(a == actor for _s, _e, a in draft.mentions_between(t.end, loc[0]))
