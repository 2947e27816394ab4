"""The cue after a quote: ``“…,” Peskov said``, ``“…,” said Peskov``, ``“…” ― Name``."""

from __future__ import annotations

import re

from ...document import AnnotatedDocument, Token
from ...lexicons import cue_frames
from ..apposed_subjects import initial_stop, opening_subject
from ..attribution import Context, Source, is_cue_token
from ..mentions import QUOTE_CHARS
from ..quotes import Quote
from .cue_negation import negates_cue

#: Dashes that introduce a byline after a quote (“…” ― Name): em, en,
#: hyphen and the horizontal bar U+2015 that some outlets use.
BYLINE_DASHES = ("—", "–", "-", "―")


def cue_after_quote(ctx: Context, q: Quote) -> tuple[Token, Source | None] | None:
    """``“…,” Peskov said`` / ``“…,” said Peskov`` / ``“…” - Name``."""
    doc = ctx.doc
    first = doc.token_at(q.close) if q.closed else None
    if first is None:
        return None
    sent = doc.sentences[first.sent]
    end = sent.token_end
    if end == first.i + 1 and end < len(doc.tokens) and ctx.text[q.start : q.end].rstrip()[-1:] in ("?", "!"):
        # engines end the sentence at a question inside the quote: “…?” Clinton said.
        end = doc.sentences[first.sent + 1].token_end
    # without a parse a cue is looked for in the next ten tokens, or up to 25 when a phrase and its
    # apposition stand between ('"...," Lena Ortiz, the head of the tenants union, told ...')
    near = min(end, first.i + 10)
    limit = min(end, first.i + 25)
    k = first.i + 1
    while k < limit and doc.tokens[k].text == "'" and doc.tokens[k].start == doc.tokens[k - 1].end and doc.tokens[k - 1].text == "'":
        k += 1  # the second half of a two-apostrophe closing mark ('' in typewriter copy)
    while k < limit and (doc.tokens[k].text in (",",) + BYLINE_DASHES or (doc.tokens[k].text in QUOTE_CHARS and doc.tokens[k].start == doc.tokens[k - 1].end)):
        k += 1
    crossed_conjunction = False  # without a parse: an "and" inside an apposition ("the former mayor and a candidate")
    for j in range(k, limit):
        t = doc.tokens[j]
        if t.text in QUOTE_CHARS or ctx.quoted[t.start] or "\n" in ctx.text[q.close_end : t.start]:
            break  # another quote, or the next paragraph: not this quote's cue
        if initial_stop(doc, j):
            continue  # "Ana T. Pike": a middle initial's stop ends nothing
        if t.text == "." and j > k and _PARTY_TAG.match(doc.tokens[j - 1].text) and j + 1 < limit and doc.tokens[j + 1].text == ",":
            continue  # "Ana Pike, R-Ohio., said": the state's abbreviation ends nothing
        if not doc.has_parse and t.pos == "CCONJ" and t.text.lower() == "and" and j > k and doc.tokens[j - 1].pos in ("NOUN", "PROPN"):
            crossed_conjunction = True  # kept only if an apposed subject ends before the cue (below)
            continue
        if t.text in (".", "!", "?", ";") or t.pos in ("SCONJ", "CCONJ") and not _inside_noun_phrase(doc, t) or t.text.lower() in ("though", "although", "while", "because", "but"):
            break  # "“…,” though she noted": the quote is not what that cue introduces
        if is_cue_token(t, doc) and not negates_cue(doc, t, first.i + 1):  # a negator in the quote is its own
            if j > k and doc.tokens[j - 1].text.lower() in ("in", "by") and t.text.lower().endswith("ing"):
                # "says Lee 'plainly wrong' in saying ...": a gerund of manner tells what the judgement
                # is about, no cue of the quote ("..., she sang before asking him" stays a cue)
                break
            if doc.has_parse:
                if not _cue_takes_quote_before(doc, t):
                    return None  # "“terrible,” denounced her record": that verb's content is after it
                src = ctx.subject_of(t)
                if src is not None:
                    return t, src
            if j > k:
                # '"...," Omar Reyes, an aide to the governor, wrote': the phrase after the quote,
                # not the noun nearest the cue inside its apposition (.apposed_subjects)
                src = opening_subject(ctx, k, j - 1) if doc.tokens[j - 1].text == "," and not doc.has_parse else None
                if src is None and (j >= near or crossed_conjunction) and not doc.has_parse:
                    return None  # far from the quote, or past an "and", with no apposed subject between: not its cue
                src = src or ctx.source_at(k, j - 1) or ctx.source_at(k, _before_party_tag(doc, k, j - 1))
            else:
                # "“…,” said Leonard Burman, a former official": the first mention after the cue
                src = _first_source(ctx, j + 1, min(limit - 1, j + 6))
            if src is None:
                src = ctx.subject_of(t)
            return (t, src) if src is not None else None
    return _dash_byline(ctx, q)


# spaces include the no-break spaces that web copy puts around the dash
_BYLINE = re.compile(r"[ \t\xa0\u202f]*(?:[―—–]|--?)[ \t\xa0\u202f]*")


_BYLINE_NAME = re.compile(r"[A-Z][\w.'’-]*(?:[ \t\xa0]+(?:[A-Z][\w.'’-]*|de|van|von|da|del|al|bin))*")


_PARTY_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")


def _before_party_tag(doc: AnnotatedDocument, first: int, last: int) -> int:
    """The last token before an AP party tag set off by commas that ends tokens first..last
    ('"...," Senate Leader Ana Pike, R-Ohio., said': the tag names no one, the name before it is
    the source; a20, stop 43), else ``last``."""
    m = last
    if m >= first and doc.tokens[m].text == ",":
        m -= 1
    while m >= first and doc.tokens[m].text == ".":
        m -= 1
    if m - 1 >= first and _PARTY_TAG.match(doc.tokens[m].text) and doc.tokens[m - 1].text == ",":
        return m - 2
    return last


def _first_source(ctx: Context, first: int, last: int) -> Source | None:
    """The first source mention among tokens first..last (an apposition after it is no source)."""
    for k in range(first, last + 1):
        t = ctx.doc.tokens[k]
        if t.text in (",", ";", ":", ".") or t.pos == "VERB":
            break
        src = ctx.source_at(k, k)
        if src is not None:
            return ctx.widen_left(src, first) if src.start == t.start else src
    return None


def _cue_takes_quote_before(doc: AnnotatedDocument, t: Token) -> bool:
    """In a parse, a cue after a quote introduces it only if its own content is not after it."""
    if t.pos != "VERB":
        return False
    frames = cue_frames().get(t.lemma, ())
    for c in doc.children(t.i):
        if c.i > t.i and (c.dep in ("ccomp", "xcomp") or c.dep == "obj" and "obj" in frames):
            return False
    return True


def _inside_noun_phrase(doc: AnnotatedDocument, t: Token) -> bool:
    """A conjunction joining nouns ("an economist *and* tax expert"), in a parse."""
    return doc.has_parse and t.head is not None and doc.tokens[t.head].pos in ("NOUN", "PROPN")


def _dash_byline(ctx: Context, q: Quote) -> tuple[Token, Source | None] | None:
    """``“…” ― Marta Quiroga``: a dash and a name right after the quote, on its line.

    Read on the characters, because engines often end the sentence at the
    closing quote mark and glue the dash to it.
    """
    text, doc = ctx.text, ctx.doc
    m = _BYLINE.match(text, q.close_end)
    if m is None or m.end() == q.close_end:
        return None
    name = _BYLINE_NAME.match(text, m.end())
    if name is None:
        return None
    dash_at = m.start() + len(m.group()) - len(m.group().lstrip(" \t\xa0\u202f"))
    dash = doc.token_at(dash_at)
    if dash is None:
        return None
    start, end = name.start(), name.end()
    last = text[start:end].split()[-1]
    if last.endswith(".") and len(last) > 3 and last not in ("Jr.", "Sr."):
        end -= 1  # "― Irene Salcedo.": the sentence's full stop, not an initial
    actor = ctx.draft.actor_at(start, end)
    return dash, Source(start, end, actor)
