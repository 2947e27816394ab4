"""The person a relative "who" after an apposition stands for: "..., said Tom Reed, a senior
analyst at the bank, who notes ..." -- Tom Reed, not the bank.

Without a parse the antecedent of "who" was the mention nearest before it
(:meth:`.attribution.Context.subject_of`), and an apposition on a name often ends in a
prepositional phrase whose noun is an organisation or a place ("an analyst *at the bank*", "a
professor *of law at Dunmore*"). "Who" names a person, and the apposition is that person's: when
the words between the comma before "who" and an earlier comma are a common-noun phrase (an article
or a lower-case word opens it, no verb in it) and a person is mentioned right before that earlier
comma, the relative is that person's. Issue 14, helper h9 at stop 48 (a gap helper h7 noted on the
PolNeAR train slice at stop 47).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import Token

if TYPE_CHECKING:
    from .attribution import Context

__all__ = ["apposed_person"]

#: Longest apposition read back from the comma before "who", in tokens.
_MAX_APPOSITION = 14
#: Relative pronouns that stand for a person.
_PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def apposed_person(ctx: Context, rel: Token, sent_start: int) -> str | None:
    """The person actor the relative pronoun ``rel`` stands for when an apposition on that person
    stands between them ("NAME, a senior analyst at the bank, who ..."), else None."""
    toks = ctx.doc.tokens
    if rel.text.lower() not in _PERSON_RELATIVES or rel.i - 1 <= sent_start or toks[rel.i - 1].text != ",":
        return None
    close = rel.i - 1
    opening = next((x for x in range(close - 2, max(sent_start, close - _MAX_APPOSITION) - 1, -1) if toks[x].text == ","), None)
    if opening is None or opening - 1 < sent_start:
        return None
    words = toks[opening + 1 : close]
    if not (words[0].pos == "DET" or words[0].text[:1].islower() and words[0].pos in ("ADJ", "NOUN")):
        return None  # "Lee, Ortiz, who ...": a list of names, no apposition
    if any(w.pos in ("VERB", "AUX", "PRON") or w.text in (";", ":") for w in words):
        return None
    before = toks[opening - 1]
    actor = ctx.draft.actor_at(before.start, before.end)
    fields = ctx.draft.actor_fields(actor) if actor else None
    return actor if fields is not None and fields.kind == "person" else None
