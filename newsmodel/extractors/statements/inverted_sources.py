"""The source after an inverted cue, without a parse: "..., said Tom Lee, editor of the Ledger."

News puts the cue before its subject after the content ("The vote is near, said Tom Lee."), and
often sets an apposition after the name that runs to the end of the sentence ("..., said Tom Lee,
editor of the Ledger.", "..., said Ana Ruiz, the city's budget director."). The subject is the
phrase right after the cue, up to its first comma: the noun the apposition holds ("editor") is
no second source. Read from the far end of a four-token window, the rules engine took that noun
for the source, found a word after it, and gave the cue up as not inverted -- the statement then
went to the noun before the cue ("The vote"), with the name as its content.

The source as written spans the name and its apposition, as PolNeAR marks it, when the
apposition holds no verb (a relative clause, "who ran the race", or a participle, "referring to
...", is no part of it). Issue 14, helper a18 at stop 42 (PolNeAR train, rules engine).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..mentions import QUOTE_CHARS
from .inverted_people import person_after_cue

if TYPE_CHECKING:
    from ..attribution import Context, Source

#: Words that open no apposition on a name ("..., said Lee, and ...", "..., according to").
_NOT_APPOSITION = frozenset({"who", "whom", "whose", "which", "where", "and", "but", "according", "that", "this", "these"})
#: Longest subject read after an inverted cue, and longest apposition after it, in tokens.
_WINDOW = 4
_MAX_APPOSITION = 20


def inverted_source(ctx: Context, cue: int, sent_end: int) -> Source | None:
    """The source of the inverted cue at token ``cue``: a mention among the (at most four) tokens
    after it, before the first comma; widened over an apposition that ends the sentence."""
    from ..attribution import Source  # noqa: PLC0415 (attribution's statements import this module)

    doc = ctx.doc
    last = min(sent_end - 1, cue + _WINDOW)
    comma = next((x for x in range(cue + 2, last + 1) if doc.tokens[x].text == ","), None)
    src = ctx.source_at(cue + 1, comma - 1 if comma is not None else last)
    person = person_after_cue(ctx, cue, sent_end)
    if person is not None and (src is None or src.start >= doc.tokens[person[1]].end):
        # "..., said the farmer.", "..., said a nurse at the clinic.": a common noun for people
        # right after the cue, read from its start, not the window's last noun (.inverted_people)
        return person[0]
    if person is not None and src is not None and person[0].start <= src.start and src.end <= person[0].end:
        src = Source(person[0].start, person[0].end, src.actor or person[0].actor)  # "a retired teacher", not "teacher"
    if src is None:
        return None
    end_tok = doc.token_at(src.end - 1)
    if end_tok is None:
        return src
    end = _apposition_end(ctx, end_tok.i, sent_end)
    return Source(src.start, doc.tokens[end].end, src.actor) if end is not None else src


def _apposition_end(ctx: Context, name_end: int, sent_end: int) -> int | None:
    """The last token of an apposition set off by a comma after token ``name_end`` that runs to the
    sentence's end (its closing stop and quote marks aside) with no verb in it, else None."""
    doc = ctx.doc
    if name_end + 2 >= sent_end or doc.tokens[name_end + 1].text != ",":
        return None
    end = sent_end - 1
    while end > name_end and (doc.tokens[end].pos == "PUNCT" or doc.tokens[end].text in QUOTE_CHARS):
        end -= 1
    if end <= name_end + 1 or end - name_end > _MAX_APPOSITION:
        return None
    words = doc.tokens[name_end + 2 : end + 1]
    if words[0].text.lower() in ("who", "whom", "whose", "which", "where", "and", "but", "according") or any(
        w.pos in ("VERB", "AUX") or w.text in (",", ";", ":") and w is words[0] or ctx.quoted[w.start] for w in words
    ):
        return None
    return end


def apposition_after(ctx: Context, k: int, sent_end: int) -> int | None:
    """The last token of an apposition on an inverted cue's source that opens at token ``k`` (after
    the source's comma) and ends at a comma before a relative clause or a second apposition:
    "..., said Tom Lee, *a professor of law at Dunmore*, who ...", "..., said Ana Ruiz, *director of
    the union*, a group that ...".  None when the words at ``k`` are no such apposition -- a verb
    before the comma ("..., said Lee, would be clear"), or no comma and relative clause after it.

    Without it the words after the source's comma were read as the content resuming ("A, he
    said, B"), and the apposition became half of the content (issue 14, helper h7 at stop 47).
    """
    doc = ctx.doc
    if k >= sent_end or doc.tokens[k].pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or doc.tokens[k].text.lower() in _NOT_APPOSITION:
        return None
    comma = next((x for x in range(k + 1, min(sent_end, k + _MAX_APPOSITION)) if doc.tokens[x].text == ","), None)
    if comma is None or comma + 1 >= sent_end or comma - k < 2:
        return None
    if any(w.pos in ("VERB", "AUX") or w.text in QUOTE_CHARS or ctx.quoted[w.start] for w in doc.tokens[k:comma]):
        return None
    nxt = doc.tokens[comma + 1]
    if nxt.text.lower() in ("who", "whose", "which") or nxt.pos == "DET" and nxt.text.lower() in ("a", "an", "the"):
        return comma - 1
    return None
