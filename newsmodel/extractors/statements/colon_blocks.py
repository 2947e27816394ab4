"""A lead-in ending its paragraph with a colon, then a paragraph without quote marks."""

from __future__ import annotations

from ..attribution import Attribution, Context
from ..mentions import QUOTE_CHARS
from .cue_before_quote import colon_lead_in


def find_colon_blocks(ctx: Context, found: list[Attribution], cue_tokens: set[int]) -> None:
    """A lead-in that ends its paragraph with a colon, then a paragraph without quote marks.

    "The governor added:\\n\\nIt's typical of Maria Mendez. ...": web copy
    often sets the quoted words as a block, without marks; the block is
    the content of the lead-in's cue.
    """
    doc, text = ctx.doc, ctx.text
    covered = [(s, e) for a in found for s, e in a.content]
    for sent in doc.sentences:
        colon = doc.tokens[sent.token_end - 1]
        if colon.text != ":" or "\n" not in text[colon.end : colon.end + 3]:
            continue
        start = colon.end
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        block = text[start:end].strip()
        if len(block.split()) < 4 or block[0] in QUOTE_CHARS or block.isupper() or block[0].isdigit() or any(s < end and start < e for s, e in covered):
            continue
        lead = colon_lead_in(ctx, sent)
        if lead is None or lead[1] is None or lead[0].i in cue_tokens:
            continue
        t, src = lead
        end = start + len(text[start:end].rstrip())
        found.append(Attribution((t.start, t.end), src, [(start, end)], "direct", 0.6))
        cue_tokens.add(t.i)
        covered.append((start, end))
