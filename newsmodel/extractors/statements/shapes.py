"""Shapes of text the statement rules test: a full-sentence quote, a quote
that opens its sentence or fills its paragraph, the first content word of
a sentence.  Judged on characters and tokens, the same for every engine."""

from __future__ import annotations

from ...document import AnnotatedDocument
from ..attribution import Attribution, Context
from ..mentions import QUOTE_CHARS
from ..quotes import Quote


def is_full_sentence_quote(ctx: Context, q: Quote) -> bool:
    inner = ctx.text[q.start : q.end].strip()
    words = inner.split()
    return len(words) >= 4 and (inner[:1].isupper() or inner[:1] in "….") and not inner[:1].islower()


def first_content_token(doc: AnnotatedDocument, i: int) -> int:
    """Skip sentence-initial discourse words ("Moreover,", "However,")."""
    sent = doc.sentences[doc.tokens[i].sent]
    k = i
    if k + 1 < sent.token_end and doc.tokens[k].pos in ("ADV", "CCONJ") and doc.tokens[k + 1].text == ",":
        k += 2
    return k


def opens_sentence(ctx: Context, q: Quote) -> bool:
    """The quote opens a sentence: only sentence-final punctuation or a closed quote before it.

    Judged on the characters, not the engine's sentence split, which often
    leaves an opening quote mark at the end of the previous sentence.
    """
    before = ctx.text[max(0, q.open - 4) : q.open].rstrip("'` \t")  # a doubled '' or `` mark opens at its second half
    return not before or before[-1] in ".!?:\n" or before[-1] in QUOTE_CHARS


def whole_paragraph(ctx: Context, q: Quote) -> bool:
    """The quote is its paragraph: nothing but whitespace between it and the line breaks."""
    text = ctx.text
    line_start = text.rfind("\n", 0, q.open) + 1
    line_end = text.find("\n", q.close_end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : q.open].strip(" \t'`") and not text[q.close_end : line_end].strip(" \t'`")


def next_sentence(ctx: Context, a: int, b: int) -> bool:
    """The character at ``b`` is in the sentence after the one ending at ``a`` (or the same one)."""
    ta, tb = ctx.doc.token_at(a - 1), ctx.doc.token_at(b)
    return ta is not None and tb is not None and tb.sent - ta.sent <= 1


def speaker_of(a: Attribution) -> str | None:
    return a.source.actor if a.source is not None else None
