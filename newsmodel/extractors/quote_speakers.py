"""The speaker a quotation's frame names, who is no antecedent of a he/she inside it.

A speaker quoted speaks of himself as "I", "me", "my"; a third-person "him" inside
his own quotation is someone else (a man defends another, then says "The mayor
criticized *him*": the other man).  Taking the nearest salient person -- often the
speaker, the subject of the sentence before -- gave the quoted acts to the speaker on
both engines (issue 14, helper e80 at stop 46, PolNeAR train: "I would welcome *his*
support," a candidate said of a governor's endorsement; "He viewed it as a rejection of
*him*," a senator wrote of his father).

The frame is read from the words around the quotation, as news writes it: after it,
``, Ruiz said`` / ``, said Ruiz`` / ``, Ruiz told reporters`` (a name and a speech
verb, either order, right after the closing mark); before it, ``Ruiz said:`` (a speech
verb whose subject is the name, then a colon right before the opening mark).  Speech
verbs are the cue lexicon's (``speech_verbs.tsv``).
"""

from __future__ import annotations

from bisect import bisect_right

from typing import TYPE_CHECKING

from ..lexicons import speech_verbs
from .quotes import Quote

if TYPE_CHECKING:
    from .attribution import Context

#: How many words after the closing mark the name and its speech verb may take ("," Sen. Paul Dunn said").
_AFTER = 7
#: How many words before the colon the speech verb and its subject may stand ("Ruiz told reporters on Friday:").
_BEFORE = 9


def quote_at(ctx: "Context", offset: int) -> Quote | None:
    """The quotation whose words hold ``offset``, if any.

    The context's quotes are sorted and do not overlap (:func:`.quotes.find_quotes`), so the one
    that can hold ``offset`` is the last to start at or before it: a binary search over their starts,
    kept on the context, instead of a pass over every quote of the article for each question.
    """
    starts = getattr(ctx, "_quote_starts", None)
    if starts is None or len(starts) != len(ctx.quotes):
        starts = [q.start for q in ctx.quotes]
        ctx._quote_starts = starts  # type: ignore[attr-defined]
    k = bisect_right(starts, offset) - 1
    if k >= 0 and offset < ctx.quotes[k].end:
        return ctx.quotes[k]
    return None


def _speech(ctx: "Context", i: int) -> bool:
    t = ctx.doc.tokens[i]
    verbs = speech_verbs()
    return t.pos in ("VERB", "AUX", "NOUN", "PROPN") and (t.lemma.lower() in verbs or t.text.lower() in verbs) and verbs.get(t.lemma.lower(), verbs.get(t.text.lower())) == "speech"


def _person(ctx: "Context", start: int, end: int) -> str | None:
    """The one person actor mentioned between ``start`` and ``end`` (None for none or several)."""
    draft = ctx.draft
    found = {a for _s, _e, a in draft.mentions_between(start, end)}
    if len(found) != 1:
        return None
    a = found.pop()
    fields = draft.actor_fields(a)
    return a if fields is not None and fields.kind == "person" else None


def quote_speaker(ctx: "Context", offset: int) -> str | None:
    """The person actor the frame of the quotation holding ``offset`` names as its speaker."""
    q = quote_at(ctx, offset)
    if q is None:
        return None
    return _speaker_after(ctx, q) or _speaker_before(ctx, q)


def _speaker_after(ctx: "Context", q: Quote) -> str | None:
    """'"...," Ruiz said', '"...," said Ruiz, a former aide', '"...," Ruiz told the court'."""
    if not q.closed:
        return None
    doc = ctx.doc
    first = doc.token_at(q.close_end) or doc.token_at(q.close_end + 1)
    if first is None:
        return None
    i = first.i
    if doc.tokens[i].text in (",", "'", "’", '"', "”"):
        i += 1
    stop = min(len(doc.tokens), i + _AFTER)
    for k in range(i, stop):
        t = doc.tokens[k]
        if t.text in (".", ";", ":", "“", '"', "”", "?", "!"):
            return None
        if _speech(ctx, k):
            if k > i:  # "Ruiz said": the words before the verb
                return _person(ctx, doc.tokens[i].start, doc.tokens[k - 1].end)
            # "said Ruiz": the name right after the verb (up to a comma or the sentence end)
            j = k + 1
            while j < stop and doc.tokens[j].text not in (",", ".", ";"):
                j += 1
            return _person(ctx, doc.tokens[k + 1].start, doc.tokens[j - 1].end) if j > k + 1 else None
    return None


def _speaker_before(ctx: "Context", q: Quote) -> str | None:
    """'Ruiz said: "..."', 'Moreno told reporters on Friday: "..."'."""
    doc = ctx.doc
    mark = doc.token_at(q.open)
    if mark is None or mark.i < 2 or doc.tokens[mark.i - 1].text != ":":
        return None
    colon = mark.i - 1
    lo = max(doc.sentences[doc.tokens[colon].sent].token_start, colon - _BEFORE)
    verb = next((k for k in range(colon - 1, lo - 1, -1) if _speech(ctx, k)), None)
    if verb is None or verb == lo:
        return None
    # the subject: the words from the clause's start (or the last comma) up to the verb
    start = verb - 1
    while start > lo and doc.tokens[start - 1].text not in (",", ";", "“", '"', "”"):
        start -= 1
    return _person(ctx, doc.tokens[start].start, doc.tokens[verb - 1].end)
