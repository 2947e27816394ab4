"""Direct quotes: quoted words with a cue right after or right before them.

``“…,” Peskov said`` / ``Peskov said: “…”``.  A quote split by its cue
(``“A,” he said, “B.”``) is one statement with two content spans; a quoted
fragment after an unquoted lead-in (``The main goal “is …,” he said``)
takes the whole clause and is ``mixed``.  The cue is looked for after the
quote first (:mod:`.cue_after_quote`), then before it
(:mod:`.cue_before_quote`).
"""

from __future__ import annotations

from ..attribution import Attribution, Context, is_cue_token
from ..mentions import QUOTE_CHARS
from ..quotes import Quote
from .cue_after_quote import cue_after_quote
from .cue_before_quote import cue_before_quote
from .shapes import first_content_token, is_full_sentence_quote


def _quote_content(ctx: Context, q: Quote) -> tuple[int, int]:
    return q.start, q.end


def find_direct_quotes(ctx: Context, found: list[Attribution], used: set[int], cue_tokens: set[int]) -> None:
    doc, text = ctx.doc, ctx.text
    quotes = ctx.quotes
    k = 0
    while k < len(quotes):
        q = quotes[k]
        after = cue_after_quote(ctx, q)
        before = None if after else cue_before_quote(ctx, q)
        hit = after or before
        if hit is None:
            k += 1
            continue
        cue_tok, source = hit
        cue_tokens.add(cue_tok.i)
        content = [_quote_content(ctx, q)]
        used.add(k)
        fragment = not is_full_sentence_quote(ctx, q)
        kind = "mixed" if (before and fragment) else "direct"
        lead = _lead_in(ctx, q) if after and fragment else None
        if lead is not None:
            # 'The main goal “is cutting the queue,” Mr. Dorsey said.': the
            # whole clause before the cue is what he said
            content = [(lead, content[0][1])]
            kind = "mixed"
        # "“A,” he said, “B.”": the next quote in the same sentence continues it
        if after and k + 1 < len(quotes):
            nxt = quotes[k + 1]
            t_cue_sent = cue_tok.sent
            tok = doc.token_at(nxt.open)
            after_cue = max(cue_tok.end, source.end if source is not None else 0)
            gap = text[after_cue : nxt.open].strip().strip("'`\"“‘") if "\n" not in text[after_cue : nxt.open] else "¶"
            if tok is not None and tok.sent == t_cue_sent and len(gap) < 40 and gap.strip() in (",", ":", "", ", but", ", and"):
                content.append(_quote_content(ctx, nxt))
                used.add(k + 1)
                k += 1
        found.append(Attribution((cue_tok.start, cue_tok.end), source, content, kind, 0.9))
        k += 1


def _lead_in(ctx: Context, q: Quote) -> int | None:
    """Start of the unquoted words that open the quote's sentence, if any.

    Only plain words count: another quote, a colon or a cue verb before the
    quote means the lead-in is not part of what the speaker said.
    """
    doc = ctx.doc
    first = doc.token_at(q.open)
    if first is None:
        return None
    sent = doc.sentences[first.sent]
    lo = first_content_token(doc, sent.token_start)
    if lo >= first.i or first.i - lo < 2:
        return None
    for k in range(lo, first.i):
        t = doc.tokens[k]
        if ctx.quoted[t.start] or t.text in QUOTE_CHARS or t.text in (":", ";", "(", ")") or is_cue_token(t, doc) or "\n" in ctx.text[t.start : q.open]:
            return None
        if t.text in (".", "!", "?") and k > lo:
            return None  # the engine missed a sentence end before the quote
    return doc.tokens[lo].start
