"""Parties joined by "and" as one plural antecedent ("Brazil and Chile ... *They* accused Peru").

A coordination of noun phrases is plural whatever its conjuncts are (CGEL ch. 15, agreement
with coordinated subjects): "Brazil and Chile signed a pact. They ..." means both states, and "it"
never stands for one of them ("Argentina criticized Brazil and Chile. It then recalled ...": not
Chile).  The pronoun resolvers give one actor, the nearest; a26 at stop 47 left the pair to the
nearer state.  This module reads the coordination around one mention from the words between
mentions (a comma, "and", "&", an optional "the"), so both engines read it alike:

* :func:`conjuncts` -- the mentions coordinated with one mention, itself included, in text order;
* :func:`joined_partners` -- for a plural pronoun an actor took, the other parties of the
  coordination its antecedent stood in, which the event rules add to the role (an event with a
  joined agent, as "Brazil and Chile signed ..." has; issue 14, helper e92 at stop 48).
"""

from __future__ import annotations

import re
from typing import Callable

from ..document import AnnotatedDocument, Token
from ..draft import Draft, Mention
from ..schema import Actor

__all__ = ["conjuncts", "is_conjunct", "joined_partners", "with_joined_partners"]

#: What stands between two coordinated noun phrases: "X and Y", "X, Y and Z", "X, Y, and Z", "X & Y".
_BETWEEN = re.compile(r"^\s*(,\s*(and\s+)?|and\s+|&\s*)(the\s+)?$")
#: How far back a plural pronoun's antecedent mention is looked for (characters), as the resolvers do.
_WINDOW = 1500


def _sentence_mentions(doc: AnnotatedDocument, draft: Draft, start: int) -> list[Mention]:
    tok = doc.token_at(start)
    if tok is None:
        return []
    sent = doc.sentences[tok.sent]
    lo, hi = doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end
    # one mention per span (the widest first at a start), in text order
    out: list[Mention] = []
    for m in sorted(draft.mentions_between(lo, hi), key=lambda m: (m[0], -m[1])):
        if out and m[0] < out[-1][1]:
            continue  # nested in the one before
        out.append(m)
    return out


def conjuncts(doc: AnnotatedDocument, draft: Draft, start: int, end: int) -> list[Mention]:
    """The mentions coordinated with the mention at ``start:end`` ("Kenya, Uganda and Tanzania"),
    itself included, in text order; just that mention when it stands alone (or is no mention)."""
    ms = _sentence_mentions(doc, draft, start)
    at = next((i for i, m in enumerate(ms) if m[0] <= start < m[1] or start <= m[0] < end), None)
    if at is None:
        return []
    lo = hi = at
    while lo > 0 and _BETWEEN.match(doc.text[ms[lo - 1][1] : ms[lo][0]]) and ms[lo - 1][2] != ms[lo][2]:
        lo -= 1
    while hi + 1 < len(ms) and _BETWEEN.match(doc.text[ms[hi][1] : ms[hi + 1][0]]) and ms[hi + 1][2] != ms[hi][2]:
        hi += 1
    group = ms[lo : hi + 1]
    # a list joined by commas alone is an apposition ("Ruiz, the mayor"), not a coordination: an
    # "and" or "&" must close it
    if len(group) > 1 and not re.search(r"\b(and)\b|&", doc.text[group[-2][1] : group[-1][0]]):
        return [ms[at]]
    return group


def is_conjunct(doc: AnnotatedDocument, draft: Draft, start: int, end: int) -> bool:
    """The mention at ``start:end`` is one of two or more parties joined by "and": a plural."""
    return len(conjuncts(doc, draft, start, end)) > 1


def joined_partners(doc: AnnotatedDocument, draft: Draft, pron_start: int, actor_id: str, fits: Callable[[Actor], bool]) -> list[str]:
    """The parties joined with ``actor_id`` where it was last named before the plural pronoun at
    ``pron_start`` ("Brazil and Chile signed ... *They*": Brazil and Chile for Chile), itself
    included, in the order named, keeping those whose actors ``fits``; [actor_id] when that
    mention stands alone."""
    for s, e, a in draft.mentions_before(pron_start, limit=max(0, pron_start - _WINDOW)):
        if a != actor_id:
            continue
        tok = doc.token_at(s)
        if tok is not None and tok.pos == "PRON":
            continue  # another pronoun of the same chain
        out: list[str] = []
        for _s, _e, b in conjuncts(doc, draft, s, e):
            fields = draft.actor_fields(b)
            if b not in out and (b == actor_id or fields is not None and fits(fields)):
                out.append(b)
        return out or [actor_id]
    return [actor_id]


def with_joined_partners(doc: AnnotatedDocument, draft: Draft, t: Token, role: list[str], words: frozenset[str]) -> list[str]:
    """``role`` (an event's agents or targets, actor ids) with each actor a plural pronoun of
    ``words`` holds in the trigger ``t``'s sentence -- before ``t`` for a subject "they", after it
    for an object "them" -- widened to the parties joined where that actor was named ("Brazil and
    Chile signed a pact. *They* accused Peru": Brazil and Chile accused), in the order named."""
    from .plural_antecedents import PLURAL_KINDS

    if not role:
        return role
    sent = doc.sentences[t.sent]
    lo, hi = doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end
    subject = "they" in words
    out: list[str] = []
    for x in role:
        prons = [m for m in draft.mentions_between(lo, hi) if m[2] == x and doc.text[m[0] : m[1]].lower() in words and (m[1] <= t.start if subject else m[0] >= t.end)]
        group = [x]
        if prons:
            pron = prons[-1] if subject else prons[0]  # the one nearest the trigger
            group = joined_partners(doc, draft, pron[0], x, lambda f: f.kind in PLURAL_KINDS and f.kind != "person")
        out.extend(p for p in group if p not in out and (p == x or p not in role))
    return out
