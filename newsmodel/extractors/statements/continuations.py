"""Quotes with no cue of their own that carry on the previous speaker's words."""

from __future__ import annotations

from ..attribution import Attribution, Context
from .shapes import (
    is_full_sentence_quote,
    next_sentence,
    opens_sentence,
    speaker_of,
    whole_paragraph,
)


def join_continuations(ctx: Context, found: list[Attribution], used: set[int]) -> None:
    """Quotes without a cue of their own that carry on the previous speaker's words.

    In the same paragraph (“A,” she said. “B.”) the quote is more content of
    the same statement, whatever its length, provided it opens its sentence;
    after reported speech (A, she said. “B.”) too, when it opens the next sentence;
    in a later paragraph a full-sentence quote is a new statement by the same
    speaker.
    """
    doc, text = ctx.doc, ctx.text
    for k, q in enumerate(ctx.quotes):
        inner = text[q.start : q.end].strip()
        if k in used or not inner or inner[0].islower():
            continue
        prev = [a for a in found if a.content[-1][1] <= q.open and a.source is not None]
        if not prev:
            continue
        last = max(prev, key=lambda a: a.content[-1][1])
        if last.kind != "direct":
            # “A,” she said, adding that B. “C.”: the quote carries on the
            # direct statement when everything since is by the same speaker
            direct = [a for a in prev if a.kind == "direct"]
            if direct:
                ld = max(direct, key=lambda a: a.content[-1][1])
                since = [a for a in prev if a.content[-1][1] > ld.content[-1][1]]
                if all(speaker_of(a) == speaker_of(ld) for a in since) and "\n" not in text[ld.content[-1][1] : q.open]:
                    last = ld
        t_prev = doc.token_at(last.content[-1][0])
        t_here = doc.token_at(q.open)
        if t_prev is None or t_here is None or t_here.sent - t_prev.sent > 3:
            continue
        same_paragraph = "\n" not in text[last.content[-1][1] : q.open]
        if last.kind == "direct" and same_paragraph and opens_sentence(ctx, q):
            # “A,” she said. “B.” -- one statement whose content runs on
            last.content.append((q.start, q.end))
            used.add(k)
        elif same_paragraph and last.cue is not None and opens_sentence(ctx, q) and next_sentence(ctx, last.cue[1], q.open):
            # A, Vance said. “B.” -- the reported words go on in a quote
            # that opens the next sentence (train: 25 more matches)
            last.content.append((q.start, q.end))
            used.add(k)
        elif is_full_sentence_quote(ctx, q) and whole_paragraph(ctx, q):
            # a paragraph that is only a quote, after the speaker's own quoted
            # words: that statement runs on over the paragraph break, as
            # attribution corpora (PolNeAR) mark it
            own = [a for a in prev if a.kind == "direct" and speaker_of(a) == speaker_of(last)]
            if own:
                max(own, key=lambda a: a.content[-1][1]).content.append((q.start, q.end))
                used.add(k)
