"""Quotes with no cue of their own that carry on the previous speaker's words."""

from __future__ import annotations

import bisect

from ..attribution import Attribution, Context
from .shapes import (
    is_full_sentence_quote,
    next_sentence,
    opens_sentence,
    speaker_of,
    whole_paragraph,
)


class _ByContentEnd:
    """Attributions with a source, sorted by where their content ends.

    Stands in for "every earlier attribution" (a list rebuilt for every
    quote, which made this rule quadratic in the length of the article).
    Keys are ``(end, -position in found)``, so the last key up to an offset
    is the latest-ending attribution and, among equal ends, the first in
    ``found``: what ``max`` over the list in order returns.
    """

    def __init__(self, found: list[Attribution], direct_only: bool) -> None:
        self.found = found
        self.keys = sorted(
            (a.content[-1][1], -k)
            for k, a in enumerate(found)
            if a.source is not None and (a.kind == "direct" or not direct_only)
        )

    def upto(self, offset: int) -> int:
        """How many keys end at or before ``offset``."""
        return bisect.bisect_right(self.keys, (offset, 1))

    def at(self, n: int) -> Attribution:
        return self.found[-self.keys[n][1]]

    def moved(self, k: int, old_end: int, new_end: int) -> None:
        """``found[k]``'s content now ends at ``new_end``."""
        pos = bisect.bisect_left(self.keys, (old_end, -k))
        if pos < len(self.keys) and self.keys[pos] == (old_end, -k):
            self.keys.pop(pos)
            bisect.insort(self.keys, (new_end, -k))


def join_continuations(ctx: Context, found: list[Attribution], used: set[int]) -> None:
    """Quotes without a cue of their own that carry on the previous speaker's words.

    In the same paragraph (“A,” she said. “B.”) the quote is more content of
    the same statement, whatever its length, provided it opens its sentence;
    after reported speech (A, she said. “B.”) too, when it opens the next sentence;
    in a later paragraph a full-sentence quote is a new statement by the same
    speaker.
    """
    doc, text = ctx.doc, ctx.text
    every = _ByContentEnd(found, direct_only=False)
    direct = _ByContentEnd(found, direct_only=True)
    position = {id(a): k for k, a in enumerate(found)}

    def extend(a: Attribution, q) -> None:  # type: ignore[no-untyped-def]
        old_end = a.content[-1][1]
        a.content.append((q.start, q.end))
        for index in (every, direct):
            index.moved(position[id(a)], old_end, q.end)

    for k, q in enumerate(ctx.quotes):
        inner = text[q.start : q.end].strip()
        if k in used or not inner or inner[0].islower():
            continue
        n_prev = every.upto(q.open)  # the attributions ending before the quote
        if not n_prev:
            continue
        last = every.at(n_prev - 1)
        n_direct = direct.upto(q.open)
        if last.kind != "direct":
            # “A,” she said, adding that B. “C.”: the quote carries on the
            # direct statement when everything since is by the same speaker
            if n_direct:
                ld = direct.at(n_direct - 1)
                since = [every.at(n) for n in range(every.upto(ld.content[-1][1]), n_prev)]
                if all(speaker_of(a) == speaker_of(ld) for a in since) and "\n" not in text[ld.content[-1][1] : q.open]:
                    last = ld
        t_prev = doc.token_at(last.content[-1][0])
        t_here = doc.token_at(q.open)
        if t_prev is None or t_here is None or t_here.sent - t_prev.sent > 3:
            continue
        same_paragraph = "\n" not in text[last.content[-1][1] : q.open]
        if last.kind == "direct" and same_paragraph and opens_sentence(ctx, q):
            # “A,” she said. “B.” -- one statement whose content runs on
            extend(last, q)
            used.add(k)
        elif same_paragraph and last.cue is not None and opens_sentence(ctx, q) and next_sentence(ctx, last.cue[1], q.open):
            # A, Vance said. “B.” -- the reported words go on in a quote
            # that opens the next sentence (train: 25 more matches)
            extend(last, q)
            used.add(k)
        elif is_full_sentence_quote(ctx, q) and whole_paragraph(ctx, q):
            # a paragraph that is only a quote, after the speaker's own quoted
            # words: that statement runs on over the paragraph break, as
            # attribution corpora (PolNeAR) mark it
            speaker = speaker_of(last)
            # the latest-ending direct statement by the same speaker
            own = next((direct.at(n) for n in range(n_direct - 1, -1, -1) if speaker_of(direct.at(n)) == speaker), None)
            if own is not None:
                extend(own, q)
                used.add(k)
