"""A role title of several lower-case words names its holder by the whole title ("the bank's chief
executive" is the "chief executive", not a "chief"), and a title after a possessive organisation
is coded by that organisation's sector ("the bank's chief executive": BUS, not the head of
government the agents dictionary means by "chief executive").

Why: the rules engine's tagger reads "executive" after "chief" as an adjective, so the subject
rules (:mod:`.attribution`) stopped at "chief" and named a person "chief" -- a word that names a
tribal chief as well as a company's head (issue 14, left by helper d19 at stop 48). Titles of
several words are listed in ``titles.tsv`` (class ``role``: "Chief Executive", "Chief Financial
Officer"); the title holder of a company, a bank or a party acts for it, so the organisation's
sector code ("BUS", "USAPTY") is the holder's too (CAMEO codes a firm's executive by its
sector). Issue 14, helper a27 at stop 48.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import titles
from ..lexicons.names import match_title
from .cameo import longest_agent
from .role_people import is_person_lemma

__all__ = ["title_phrase_end", "title_code", "owner_code"]

#: Words a title may have: "chief executive officer" is four at most in ``titles.tsv``.
_MAX_WORDS = 4


def title_phrase_end(doc: AnnotatedDocument, head: Token) -> Token | None:
    """The last token of a role title of two words or more that opens at ``head``, all in lower case
    ("chief executive", "chief financial officer"); None when no such title opens there, or when a
    name or a further noun follows it ("chief executive Ana Ruiz": the name is the participant;
    "chief executive pay": a thing)."""
    if not head.text[:1].islower():
        return None
    end = doc.sentences[head.sent].token_end
    words = [t.text for t in doc.tokens[head.i : min(end, head.i + _MAX_WORDS)]]
    n = match_title(words, 0, len(words))
    if n < 2 or not all(w[:1].islower() for w in words[:n]):
        return None
    if titles().get(tuple(w.lower() for w in words[:n])) != "role":
        return None
    last = doc.tokens[head.i + n - 1]
    if last.i + 1 < end and doc.tokens[last.i + 1].pos in ("PROPN", "NOUN"):
        return None
    return last


def owner_code(doc: AnnotatedDocument, draft: Draft, first: int) -> tuple[bool, str | None]:
    """Whether the title opening at token ``first`` is owned through a possessive by an
    organisation or a thing ("the bank's chief executive", "the insurer's new chairman"), and that
    owner's code: ``(True, "BUS")``; ``(True, None)`` for an owner with no code (the agents
    dictionary's code, a head of government's, is then no reading for the holder);
    ``(False, None)`` without a possessive, or when it names a person, a country or a place
    ("the president's chief of staff", "Germany's chancellor": the dictionary's reading stands)."""
    lo = doc.sentences[doc.tokens[first].sent].token_start
    k = first - 1
    while k >= lo and first - k <= 2 and doc.tokens[k].pos == "ADJ":
        k -= 1  # "the bank's new chief executive"
    if k - 1 < lo or doc.tokens[k].text not in ("'s", "’s"):
        return False, None
    owner = doc.tokens[k - 1]
    actor_id = draft.actor_at(owner.start, owner.end)
    actor = draft.actor_fields(actor_id) if actor_id else None
    if actor is None:
        return (owner.pos == "NOUN" and not is_person_lemma(owner.lemma.lower())), None
    if actor.kind != "organization":
        return False, None
    return True, actor.code


def title_code(doc: AnnotatedDocument, draft: Draft, head: Token, last: Token) -> str | None:
    """The code of the title from ``head`` to ``last``: its owner's (:func:`owner_code`, None for an
    owner with no code), else the
    agents dictionary's for the phrase (:func:`.cameo.longest_agent`), else None."""
    owned, code = owner_code(doc, draft, head.i)
    if owned:
        return code
    hit = longest_agent(doc, last)
    return hit[1] if hit is not None and hit[0] == head.i else None
