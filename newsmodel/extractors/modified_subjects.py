"""A plural of people with a modifier after it, opening the clause of a cue: "People familiar with
the talks say", "Sources close to the governor said", "Some officials in the capital argued".

Without a parse the subject of a cue is read right before it (:meth:`.attribution.Context.subject_of`),
so the noun that ends the modifier ("the talks", "the governor") was taken for the speaker.  When the
clause opens with a plural noun for people (:func:`.nominals.nominal_kind` ``group``) -- after at
most a conjunction and a determiner, number or counting word ("But many", "Two") -- and what follows
it up to the cue is one short modifier (a preposition, or one word and a preposition: "in the
capital", "close to", "familiar with", "briefed on"), the plural is the subject and the whole phrase
the source as written, as PolNeAR marks it (issue 14, helper h7 at stop 47: PolNeAR train slice,
rules speakers given to the modifier's noun).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..document import Token
from ..lexicons import word_class
from .mentions import POSSESSIVES
from .nominals import nominal_kind

if TYPE_CHECKING:
    from .attribution import Context, Source

#: Longest modifier read between the plural and the cue, in tokens.
_MAX_MODIFIER = 8


def after_opening_adverb(toks: Sequence[Token], first: int, k: int) -> int:
    """The first token of the clause that opens at token ``first`` after an adverb set off by a
    comma ("Instead, people close to the mayor say"; at most two words before the comma), else
    ``first`` (issue 14, helper h9 at stop 48)."""
    comma = next((x for x in range(first + 1, min(k, first + 3)) if toks[x].text == ","), None)
    if comma is not None and all(toks[x].pos in ("ADV", "CCONJ") for x in range(first, comma)):
        return comma + 1
    return first


def modified_subject(ctx: Context, first: int, k: int) -> Source | None:
    """The source when tokens ``first``..``k`` (``k`` the last word before the cue) are a plural of
    people and one modifier after it, else None."""
    from .attribution import Source  # noqa: PLC0415 (attribution imports this module)

    doc = ctx.doc
    toks = doc.tokens
    h = after_opening_adverb(toks, first, k)
    if h < k and toks[h].pos == "CCONJ":
        h += 1  # "But people close to the mayor say"
    start = h
    while h < k and h - start < 2 and (toks[h].pos in ("DET", "NUM") or toks[h].text.lower() in word_class("actor_words.tsv", "counting-adjective")):
        h += 1  # "Some officials", "Two sources", "Many voters"
    if h >= k - 1 or k - h > _MAX_MODIFIER or nominal_kind(toks[h]) != "group":
        return None
    if toks[h].text.lower() in word_class("surface_cue_nouns.tsv", "survey"):
        return None  # "The poll by the institute showed": a poll and its maker, read as a source elsewhere
    # the modifier: a preposition right after the plural, or one word ("close", "familiar", "briefed")
    # and then a preposition; no verb of its own, no comma, no quote
    prep = h + 1 if toks[h + 1].pos == "ADP" else h + 2 if toks[h + 2].pos == "ADP" and toks[h + 1].pos in ("ADJ", "NOUN", "VERB", "ADV") else None
    if prep is None or prep >= k:
        return None
    if any((t.pos in ("AUX", "PUNCT", "PRON") or t.pos == "VERB" and t.i != h + 1) and t.text.lower() not in POSSESSIVES for t in toks[h + 1 : k + 1]):
        return None
    head = ctx.nominal_source(toks[h])
    if head.actor is None:
        return None
    return Source(toks[start].start, toks[k].end, head.actor)
