"""Statements: who said what.

Rules, applied in this order to every engine's document (the shared mention
and quote context is :mod:`.attribution`):

1. **Direct quotes** (any quote marks, see :mod:`.quotes`).  The cue and
   source are looked for right after the quote (``“…,” Peskov said`` /
   ``“…,” said Peskov`` / ``“…” ― Name``) and then right before it
   (``Peskov said: “…”``).  A quote split by its cue (``“A,” he said,
   “B.”``) is one statement with two content spans; a quoted fragment after
   an unquoted lead-in (``A top priority “is …,” he said``) takes the whole
   clause and is ``mixed``.
2. **According to / as reported by**: ``According to X, …``, ``…,
   according to X`` and ``as stated by X``; in a chain of them the
   innermost source is the speaker, and the source as written is the whole
   phrase.
3. **"Label: text" lines**: headlines (``Sanders: Clinton needs …``) and
   transcript turns (``WALLACE: …``), with the labels that are not speakers
   listed in ``line_labels.tsv``.
4. **Indirect speech**.  With a parse, :mod:`.parse_attribution` reads cue
   verbs, nouns and sourceless hedges off the tree (``cue_frames.tsv``,
   ``cue_nouns.tsv``).  Without one, a speech or cognition verb
   (``speech_verbs.tsv``) with a subject before it and a complement after
   it (``X said (that) …``, ``X stated, adding that …``, ``…, as X said``).
5. **Continuations**: a quote with no cue of its own carries on the
   previous speaker's direct quote -- as more content in the same
   paragraph, as a new statement when it is a paragraph of its own.

Questions, negated cues ("did not elaborate") and cues without a source
are not statements.  ``source`` is the mention as written ("Rendell, a
Clinton surrogate", "who", "the spokesman"); ``speaker`` the actor it
resolves to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import AnnotatedDocument, Sentence, Token
from ..draft import Draft
from .attribution import (
    PRONOUNS,
    Attribution,
    Context,
    Source,
    is_cue_token,
    statement_context,
)
from .mentions import QUOTE_CHARS, clause_end, group_nouns, is_negated, speech_verbs
from ..lexicons import rows
from .parse_attribution import clause_content, cue_frames, cue_noun_frames, hedges, noun_attributions, parse_attributions
from .quotes import Quote
from .tree import trim

__all__ = ["extract_statements", "statement_context"]

#: Dashes that introduce a byline after a quote (“…” ― Name): em, en,
#: hyphen and the horizontal bar U+2015 that some outlets use.
BYLINE_DASHES = ("—", "–", "-", "―")


def extract_statements(doc: AnnotatedDocument, draft: Draft) -> None:
    ctx = statement_context(doc, draft)
    found: list[Attribution] = []
    used_quotes: set[int] = set()
    cue_tokens: set[int] = set()

    _direct_quotes(ctx, found, used_quotes, cue_tokens)
    _according_to(ctx, found, cue_tokens)
    _line_labels(ctx, found)
    if doc.has_parse:
        parse_attributions(ctx, found, cue_tokens)
        noun_attributions(ctx, found, cue_tokens)
        hedges(ctx, found, cue_tokens)
    else:
        _indirect(ctx, found, cue_tokens)
    _colon_blocks(ctx, found, cue_tokens)
    for att in found:
        if att.kind != "direct":
            ctx.through_open_quote(att)
    found.sort(key=lambda a: a.content[0][0])
    _continuations(ctx, found, used_quotes)

    seen: set[tuple[tuple[int, int], ...]] = set()
    for att in sorted(found, key=lambda a: a.content[0][0]):
        spans = [draft.span(a, b) for a, b in _in_cue_paragraph(ctx.text, att)]
        content = [s for s in spans if s is not None]
        key = tuple((s.start, s.end) for s in content)
        if not content or key in seen:
            continue
        seen.add(key)
        draft.add_statement(
            speaker=att.source.actor if att.source else None,
            source=draft.span(att.source.start, att.source.end) if att.source else None,
            cue=draft.span(*att.cue) if att.cue else None,
            content=content,
            kind=att.kind,
            confidence=att.confidence,
        )


def _in_cue_paragraph(text: str, att: Attribution) -> list[tuple[int, int]]:
    """Indirect content stays in its cue's paragraph.

    A parse can run a clause over a line break ("12:30 p.m.\\n\\nThe vast
    majority ... say"); quoted words may run over paragraphs, so direct
    content is left alone.
    """
    if att.kind == "direct" or att.cue is None:
        return att.content
    para_start = text.rfind("\n", 0, att.cue[0]) + 1
    para_end = text.find("\n", att.cue[1])
    if para_end < 0:
        para_end = len(text)
    out = []
    for a, b in att.content:
        lo, hi = max(a, para_start), min(b, para_end)
        out.append((lo, hi) if "\n" in text[a:b] and lo < hi else (a, b))
    return out


# -- 1. direct quotes ------------------------------------------------------------
def _quote_content(ctx: Context, q: Quote) -> tuple[int, int]:
    return q.start, q.end


def _is_full_sentence_quote(ctx: Context, q: Quote) -> bool:
    inner = ctx.text[q.start : q.end].strip()
    words = inner.split()
    return len(words) >= 4 and (inner[:1].isupper() or inner[:1] in "….") and not inner[:1].islower()


def _direct_quotes(ctx: Context, found: list[Attribution], used: set[int], cue_tokens: set[int]) -> None:
    doc, text = ctx.doc, ctx.text
    quotes = ctx.quotes
    k = 0
    while k < len(quotes):
        q = quotes[k]
        after = _cue_after(ctx, q)
        before = None if after else _cue_before(ctx, q)
        hit = after or before
        if hit is None:
            k += 1
            continue
        cue_tok, source = hit
        cue_tokens.add(cue_tok.i)
        content = [_quote_content(ctx, q)]
        used.add(k)
        fragment = not _is_full_sentence_quote(ctx, q)
        kind = "mixed" if (before and fragment) else "direct"
        lead = _lead_in(ctx, q) if after and fragment else None
        if lead is not None:
            # 'A top priority “is increasing the tax,” Mr. Kamin said.': the
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


def _inside_noun_phrase(doc: AnnotatedDocument, t: Token) -> bool:
    """A conjunction joining nouns ("an economist *and* tax expert"), in a parse."""
    return doc.has_parse and t.head is not None and doc.tokens[t.head].pos in ("NOUN", "PROPN")


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
    lo = _first_content_token(doc, sent.token_start)
    if lo >= first.i or first.i - lo < 2:
        return None
    for k in range(lo, first.i):
        t = doc.tokens[k]
        if ctx.quoted[t.start] or t.text in QUOTE_CHARS or t.text in (":", ";", "(", ")") or is_cue_token(t) or "\n" in ctx.text[t.start : q.open]:
            return None
        if t.text in (".", "!", "?") and k > lo:
            return None  # the engine missed a sentence end before the quote
    return doc.tokens[lo].start


def _cue_after(ctx: Context, q: Quote) -> tuple[Token, Source | None] | None:
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
    limit = min(end, first.i + (25 if doc.has_parse else 10))
    k = first.i + 1
    while k < limit and (doc.tokens[k].text in (",",) + BYLINE_DASHES or (doc.tokens[k].text in QUOTE_CHARS and doc.tokens[k].start == doc.tokens[k - 1].end)):
        k += 1
    for j in range(k, limit):
        t = doc.tokens[j]
        if t.text in QUOTE_CHARS or ctx.quoted[t.start] or "\n" in ctx.text[q.close_end : t.start]:
            break  # another quote, or the next paragraph: not this quote's cue
        if t.text in (".", "!", "?", ";") or t.pos in ("SCONJ", "CCONJ") and not _inside_noun_phrase(doc, t) or t.text.lower() in ("though", "although", "while", "because", "but"):
            break  # "“…,” though she noted": the quote is not what that cue introduces
        if is_cue_token(t) and not is_negated(doc, t):
            if doc.has_parse:
                if not _cue_takes_quote_before(doc, t):
                    return None  # "“terrible,” denounced her record": that verb's content is after it
                src = ctx.subject_of(t)
                if src is not None:
                    return t, src
            if j > k:
                src = ctx.source_at(k, j - 1)
            else:
                src = ctx.source_at(j + 1, min(limit - 1, j + 6))
            if src is None:
                src = ctx.subject_of(t)
            return (t, src) if src is not None else None
    return _dash_byline(ctx, q)


# spaces include the no-break spaces that web copy puts around the dash
_BYLINE = re.compile(r"[ \t\xa0\u202f]*(?:[―—–]|--?)[ \t\xa0\u202f]*")
_BYLINE_NAME = re.compile(r"[A-Z][\w.'’-]*(?:[ \t\xa0]+(?:[A-Z][\w.'’-]*|de|van|von|da|del|al|bin))*")


def _cue_takes_quote_before(doc: AnnotatedDocument, t: Token) -> bool:
    """In a parse, a cue after a quote introduces it only if its own content is not after it."""
    if t.pos != "VERB":
        return False
    frames = cue_frames().get(t.lemma, ())
    for c in doc.children(t.i):
        if c.i > t.i and (c.dep in ("ccomp", "xcomp") or c.dep == "obj" and "obj" in frames):
            return False
    return True


def _dash_byline(ctx: Context, q: Quote) -> tuple[Token, Source | None] | None:
    """``“…” ― Sonya Herridge``: a dash and a name right after the quote, on its line.

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
        end -= 1  # "― Karen Bobadilla.": the sentence's full stop, not an initial
    actor = ctx.idx.at(start, end)
    return dash, Source(start, end, actor)


def _cue_before(ctx: Context, q: Quote) -> tuple[Token, Source | None] | None:
    """``Peskov said: “…”`` / ``He added, “…”`` / ``which condemned the “…”``."""
    doc = ctx.doc
    first = doc.token_at(q.open)
    if first is None:
        return None
    sent = doc.sentences[first.sent]
    j = first.i - 1
    while j >= sent.token_start and doc.tokens[j].text in QUOTE_CHARS and doc.tokens[j].end == doc.tokens[j + 1].start:
        j -= 1  # the first mark of a doubled opening mark ('' or ``)
    # skip punctuation and a few function words between cue and quote
    skipped = 0
    while j >= sent.token_start and (doc.tokens[j].text in (",", ":", "that", "the", "a", "as") or doc.tokens[j].pos == "DET") and skipped < 3:
        j -= 1
        skipped += 1
    if j < sent.token_start:
        # a quote opening its paragraph after a colon lead-in: "Peskov said:\n“…”"
        if first.sent > 0:
            return _colon_lead_in(ctx, doc.sentences[first.sent - 1])
        return None
    t = doc.tokens[j]
    # in a parse a noun before a quote is a cue only as a noun of saying
    # ("the statement: “…”"), not a title's head ("his show “Lopez Tonight”")
    noun_title = doc.has_parse and t.pos == "NOUN" and t.lemma not in cue_noun_frames()
    if not (is_cue_token(t) and not noun_title and not is_negated(doc, t) and not ctx.quoted[t.start]):
        if not doc.has_parse or not _is_full_sentence_quote(ctx, q):
            return None
        # "Limbaugh told his radio audience on Monday, “…”": the quote's
        # clause hangs on a cue further back in the sentence
        t = _governing_cue(ctx, q, sent.token_start)
        if t is None:
            return None
    if doc.has_parse and _quote_inside_clause(ctx, t, q):
        return None  # 'claimed that the “forces of correctness” were ...': the clause is the content
    src = ctx.subject_of(t)
    return (t, src) if src is not None else None


def _colon_lead_in(ctx: Context, sent: Sentence) -> tuple[Token, Source | None] | None:
    """The cue of a lead-in sentence ending in a colon: "Peskov said:",
    "Sanders made the following comment:", "Cruz called them on it:".

    The last cue verb of the sentence that has a speaker; in a parse, a
    cue noun ("the following statement:") speaks for the subject of its verb.
    """
    doc = ctx.doc
    last = sent.token_end - 1
    if doc.tokens[last].text != ":" or last - 1 < sent.token_start:
        return None
    for k in range(last - 1, sent.token_start - 1, -1):
        t = doc.tokens[k]
        if ctx.quoted[t.start] or is_negated(doc, t):
            continue
        if doc.has_parse and t.pos == "NOUN" and t.lemma in cue_noun_frames() and t.head is not None and doc.tokens[t.head].pos == "VERB":
            src = ctx.subject_of(doc.tokens[t.head])
            if src is not None:
                return t, src
        elif is_cue_token(t):
            src = ctx.subject_of(t)
            return (t, src) if src is not None else None
    return None


def _governing_cue(ctx: Context, q: Quote, sent_start: int) -> Token | None:
    """The cue verb before the quote whose complement is the quoted clause, in a parse."""
    doc = ctx.doc
    first = doc.token_at(q.start)
    last = doc.token_at(max(q.start, q.end - 1))
    if first is None or last is None:
        return None
    for k in range(first.i, last.i + 1):
        tok = doc.tokens[k]
        if tok.head is None or first.i <= tok.head <= last.i or tok.pos == "PUNCT":
            continue
        head = doc.tokens[tok.head]
        if tok.dep in ("ccomp", "parataxis", "obj", "xcomp") and sent_start <= head.i < first.i and is_cue_token(head) and not is_negated(doc, head):
            return head
        return None  # the quote's top word hangs elsewhere
    return None


def _quote_inside_clause(ctx: Context, t: Token, q: Quote) -> bool:
    """The quote is only part of the clause that cue ``t`` governs.

    The parse-based rules then take the whole clause as a mixed content,
    as attribution corpora mark it, instead of the quoted words alone.
    """
    span = clause_content(ctx.doc, t)
    if span is None or not (span[0] <= q.open and q.close_end <= span[1]):
        return False
    outside = ctx.text[span[0] : q.open] + " " + ctx.text[q.close_end : span[1]]
    return len([w for w in outside.split() if any(ch.isalnum() for ch in w) and w.lower() not in ("that", "the", "a", "an")]) >= 2


# -- 2. according to / as reported by ---------------------------------------------
def _according_to(ctx: Context, found: list[Attribution], cue_tokens: set[int]) -> None:
    doc = ctx.doc
    for sent in doc.sentences:
        toks = doc.sentences and doc.tokens[sent.token_start : sent.token_end]
        chain: list[tuple[Token, Token, Source | None, int]] = []  # (cue start tok, cue end tok, source, phrase end idx)
        for t in toks:
            low = t.text.lower()
            nxt = doc.tokens[t.i + 1] if t.i + 1 < sent.token_end else None
            if low == "according" and nxt is not None and nxt.text.lower() == "to":
                cue_first, cue_last = t, nxt
            elif low == "as" and nxt is not None and nxt.lemma in speech_verbs() and t.i + 2 < sent.token_end and doc.tokens[t.i + 2].text.lower() == "by":
                cue_first, cue_last = t, doc.tokens[t.i + 2]
            else:
                continue
            if ctx.quoted[t.start]:
                continue
            # the source phrase runs to the next comma / sentence end
            e = cue_last.i + 1
            while e < sent.token_end and doc.tokens[e].text not in (",", ".", ";", "?", "!") and not (
                doc.tokens[e].text.lower() in ("according", "as") and e > cue_last.i + 1
            ):
                e += 1
            src = _phrase_source(ctx, cue_last.i + 1, e)
            phrase = trim(doc, cue_last.i + 1, e - 1, keep_quotes=False) if e > cue_last.i + 1 else None
            if src is not None and phrase is not None:
                # the source as written is the whole phrase ("according to an
                # analysis by Lee Epstein, ..."); the speaker is its actor
                src = Source(doc.tokens[phrase[0]].start, doc.tokens[phrase[1]].end, src.actor)
            chain.append((cue_first, cue_last, src, e))
            cue_tokens.update(range(cue_first.i, cue_last.i + 1))  # "as reported by": no second cue in it
        if not chain:
            continue
        inner = chain[-1]  # innermost: the last in the chain ("as reported by X, according to Y")
        cue_first, cue_last, src, phrase_end = inner
        first_phrase_start = chain[0][0].i
        if first_phrase_start <= _first_content_token(doc, sent.token_start):
            # "According to X, CONTENT."
            c0 = phrase_end + 1 if phrase_end < sent.token_end and doc.tokens[phrase_end].text == "," else phrase_end
            c1 = clause_end(doc, c0, stop_at_comma_verb=False) if c0 < sent.token_end else c0
        else:
            # "CONTENT, according to X." -- the content is what comes before
            c0 = _first_content_token(doc, sent.token_start)
            c1 = first_phrase_start
            while c1 > c0 and doc.tokens[c1 - 1].text in (",", "—", "–"):
                c1 -= 1
            if phrase_end < sent.token_end - 1 and doc.tokens[phrase_end].text == ",":
                # "X, according to Y, CONTENT": the content follows
                c0b = phrase_end + 1
                c1b = clause_end(doc, c0b, stop_at_comma_verb=False)
                if c1b - c0b > c1 - c0 or c1 - c0 < 3:
                    c0, c1 = c0b, c1b
        if c1 <= c0:
            continue
        start, end = doc.tokens[c0].start, doc.tokens[c1 - 1].end
        kind = "mixed" if any(ctx.quoted[k] for k in range(start, end)) else "indirect"
        found.append(Attribution((cue_first.start, cue_last.end), src, [(start, end)], kind, 0.85))


def _first_content_token(doc: AnnotatedDocument, i: int) -> int:
    """Skip sentence-initial discourse words ("Moreover,", "However,")."""
    sent = doc.sentences[doc.tokens[i].sent]
    k = i
    if k + 1 < sent.token_end and doc.tokens[k].pos in ("ADV", "CCONJ") and doc.tokens[k + 1].text == ",":
        k += 2
    return k


def _phrase_source(ctx: Context, a: int, b: int) -> Source | None:
    """The source inside 'according to <phrase>': its possessor or head mention."""
    doc = ctx.doc
    for k in range(a, b):
        t = doc.tokens[k]
        actor = ctx.idx.at(t.start, t.end)
        if actor:
            s, e = ctx._mention_span(t, actor)
            return Source(s, e, actor)
        low = t.text.lower()
        if low in PRONOUNS:
            return Source(t.start, t.end, ctx.resolve_pronoun(t))
    for k in range(b - 1, a - 1, -1):
        t = doc.tokens[k]
        if t.pos in ("NOUN", "PROPN") or t.text.lower() in group_nouns():
            return ctx.nominal_source(t)
    return None


# -- 3. indirect speech --------------------------------------------------------------
def _indirect(ctx: Context, found: list[Attribution], cue_tokens: set[int]) -> None:
    doc = ctx.doc
    covered = [(a.content[0][0], a.content[-1][1]) for a in found]
    cue_offsets = {(a.cue[0]) for a in found if a.cue}
    for sent_index, sent in enumerate(doc.sentences):
        toks = doc.tokens[sent.token_start : sent.token_end]
        if not toks or ctx.in_question(sent_index):
            continue
        main_source: Source | None = None
        for t in toks:
            if t.i in cue_tokens or t.start in cue_offsets or ctx.quoted[t.start]:
                if t.i in cue_tokens:
                    prev = next((a for a in found if a.cue and a.cue[0] == t.start), None)
                    if prev is not None and prev.source is not None:
                        main_source = prev.source
                continue
            if not is_cue_token(t) or t.pos not in ("VERB",) or is_negated(doc, t):
                continue
            if t.i > sent.token_start and doc.tokens[t.i - 1].text.lower() in ("the", "a", "an", "his", "her", "its", "their"):
                continue
            after_comma = t.i > sent.token_start and doc.tokens[t.i - 1].text == ","
            participle = t.text.lower().endswith("ing") and after_comma
            src = main_source if participle and main_source is not None else None
            inverted = False
            if src is None and after_comma and not participle:
                # inverted: "..., said John Smith." -- the name ends the clause
                src = ctx.source_at(t.i + 1, min(sent.token_end - 1, t.i + 4))
                end_tok = doc.token_at(src.end - 1) if src is not None else None
                if end_tok is not None and end_tok.i + 1 < sent.token_end and doc.tokens[end_tok.i + 1].pos != "PUNCT":
                    src = None  # "Rendell, a surrogate, said he had ...": not inverted
                inverted = src is not None
            if src is None and not participle or src is None and main_source is None:
                src = ctx.subject_of(t)
            if src is None and participle:
                src = _sentence_subject(ctx, sent.token_start, t.i)
            if src is None:
                continue
            as_phrase = _as_phrase_content(ctx, sent.token_start, sent.token_end, t, src)
            if as_phrase is not None:
                found.append(Attribution((t.start, t.end), src, as_phrase, "indirect", 0.75))
                covered.append((as_phrase[0][0], as_phrase[-1][1]))
                cue_tokens.add(t.i)
                continue
            c0 = t.i + 1
            # "told reporters that ...", "said on Tuesday that ...": skip to "that"
            for j in range(c0, min(c0 + 9, sent.token_end)):
                tj = doc.tokens[j]
                if tj.text.lower() == "that" and tj.pos in ("SCONJ", "DET", "PRON"):
                    if j > c0 and doc.tokens[j - 1].lemma in cue_noun_frames():
                        c0 = -1  # "countered criticism that X": X is the criticism's claim
                    else:
                        c0 = j
                    break
                if tj.pos in ("VERB", "AUX", "PUNCT") and tj.text != ",":
                    break
            if c0 < 0:
                main_source = main_source or src  # still the clause's subject for a later participle
                continue
            # "stated, adding that ...": the participle is a cue of its own
            then_participle = (
                t.i + 2 < sent.token_end and doc.tokens[t.i + 1].text == ","
                and doc.tokens[t.i + 2].text.lower().endswith("ing") and doc.tokens[t.i + 2].pos == "VERB"
            )
            # the complementizer stays in the content ("said that X" -> "that X"),
            # as attribution corpora (PolNeAR) mark it
            while c0 < sent.token_end and (doc.tokens[c0].text in (",", ":") or doc.tokens[c0].pos == "ADV" and doc.tokens[c0].text.lower() in ("on", "again")):
                c0 += 1
            if c0 < sent.token_end and doc.tokens[c0].text.lower() == "that" and c0 + 1 < sent.token_end and doc.tokens[c0 + 1].text in (",", ":"):
                c0 += 2
            if inverted or then_participle or c0 >= sent.token_end or doc.tokens[c0].pos == "PUNCT" and doc.tokens[c0].text not in QUOTE_CHARS:
                # nothing after the cue: "CONTENT, he said." -- the content comes before
                before = _content_before_cue(ctx, sent.token_start, t, src)
                if before is not None:
                    start, end = before
                    if not any(a <= start and end <= b for a, b in covered):
                        kind = "mixed" if any(ctx.quoted[k] for k in range(start, end)) else "indirect"
                        spans = [(start, end)]
                        last = max(t.i, doc.token_at(src.end - 1).i if doc.token_at(src.end - 1) else t.i)
                        resumed = ctx.resumed_content(last)
                        if resumed is not None:
                            spans.append(resumed)
                        found.append(Attribution((t.start, t.end), src, spans, kind, 0.75))
                        covered.append((start, spans[-1][1]))
                        cue_tokens.add(t.i)
                continue
            if doc.tokens[c0].text in QUOTE_CHARS and _quote_is_attributed(found, doc.tokens[c0].start):
                continue
            if doc.tokens[c0].text.lower() in ("to", "about", "with", "by", "for", "in", "on", "of", "at"):
                continue
            c1 = clause_end(doc, c0)
            if c1 - c0 < 2:
                continue
            start, end = doc.tokens[c0].start, doc.tokens[c1 - 1].end
            if any(a <= start and end <= b for a, b in covered):
                continue
            kind = "mixed" if any(ctx.quoted[k] for k in range(start, end)) else "indirect"
            found.append(Attribution((t.start, t.end), src, [(start, end)], kind, 0.75))
            covered.append((start, end))
            cue_tokens.add(t.i)
            main_source = main_source or src


def _as_phrase_content(ctx: Context, first: int, end: int, cue: Token, src: Source) -> list[tuple[int, int]] | None:
    """``The talks failed, as Peskov said on Tuesday.``: the sentence around an "as" phrase."""
    doc = ctx.doc
    src_tok = doc.token_at(src.start)
    if src_tok is None or src_tok.i - 1 < first or doc.tokens[src_tok.i - 1].text.lower() != "as" or src_tok.i > cue.i:
        return None
    lo = src_tok.i - 1
    hi = cue.i
    while hi + 1 < end and doc.tokens[hi + 1].text not in (",", ".", ";", "!", "?") and hi - cue.i < 4:
        hi += 1
    pieces = []
    for a, b in ((first, lo - 1), (hi + 1, end - 1)):
        span = trim(doc, a, b) if a <= b else None
        if span is not None and span[1] - span[0] >= 1:
            pieces.append((doc.tokens[span[0]].start, doc.tokens[span[1]].end))
    return pieces or None


def _content_before_cue(ctx: Context, first: int, cue: Token, src: Source | None) -> tuple[int, int] | None:
    """For "CONTENT, SOURCE said." the span of CONTENT (None if not that shape)."""
    doc = ctx.doc
    if src is None:
        return None
    src_tok = doc.token_at(src.start)
    if src_tok is None:
        return None
    edge = min(src_tok.i, cue.i) - 1
    while edge >= first and doc.tokens[edge].text in QUOTE_CHARS:
        edge -= 1
    if edge < first or doc.tokens[edge].text != ",":
        return None
    c0 = _first_content_token(doc, first)
    c1 = edge
    if c1 - c0 < 3:
        return None
    return doc.tokens[c0].start, doc.tokens[c1 - 1].end


def _quote_is_attributed(found: list[Attribution], offset: int) -> bool:
    return any(a.content[0][0] - 1 <= offset <= a.content[0][0] for a in found)


def _sentence_subject(ctx: Context, first: int, before: int) -> Source | None:
    for k in range(first, before):
        src = ctx.source_at(k, k)
        if src is not None and src.actor:
            return src
    return None


# -- "He added:" and an unquoted paragraph ------------------------------------------
def _colon_blocks(ctx: Context, found: list[Attribution], cue_tokens: set[int]) -> None:
    """A lead-in that ends its paragraph with a colon, then a paragraph without quote marks.

    "The governor added:\\n\\nIt's typical of Hillary Clinton. ...": web copy
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
        lead = _colon_lead_in(ctx, sent)
        if lead is None or lead[1] is None or lead[0].i in cue_tokens:
            continue
        t, src = lead
        end = start + len(text[start:end].rstrip())
        found.append(Attribution((t.start, t.end), src, [(start, end)], "direct", 0.6))
        cue_tokens.add(t.i)
        covered.append((start, end))


# -- "Label: text" lines ----------------------------------------------------------------
_LINE_LABEL = re.compile(r"^[ \t" + "\"\u201c" + r"]*((?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]+(\S[^\n]*?)[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _line_label_uses() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("line_labels.tsv") if len(r) >= 2}


def _line_labels(ctx: Context, found: list[Attribution]) -> None:
    """Headlines and transcript turns: ``Sanders: Clinton needs to ...``, ``WALLACE: Governor, ...``.

    The label must name a speaker: an actor's mention, an all-capitals
    transcript name, or a report noun ("Poll:"); section labels
    ("CORRECTION:", "The Latest:") are listed in ``line_labels.tsv``.
    """
    uses = _line_label_uses()
    covered = [(s, e) for a in found for s, e in a.content]
    for m in _LINE_LABEL.finditer(ctx.text):
        label = m.group(1)
        use = uses.get(label.lower())
        if use == "not_source":
            continue
        start, end = m.span(1)
        # a transcript label ("WALLACE") names the person introduced in full elsewhere
        by_name = _actor_by_surname(ctx, label)
        actor = by_name if label.isupper() and by_name else ctx.idx.at(start, end) or by_name
        if actor is None and use != "source" and not (label.isupper() and len(label) >= 3):
            continue
        c0, c1 = m.span(2)
        if any(s < c1 and c0 < e for s, e in covered):
            continue
        colon = ctx.text.index(":", end)
        found.append(Attribution((colon, colon + 1), Source(start, end, actor), [(c0, c1)], "direct" if label.isupper() else "indirect", 0.7))


def _actor_by_surname(ctx: Context, label: str) -> str | None:
    """The person actor whose name ends with an all-capitals transcript label ("WALLACE")."""
    want = label.split()[-1].lower()
    for a in ctx.draft.actors:
        if a.kind == "person" and a.name.split()[-1].lower() == want:
            return a.id
    return None


# -- continuation quotes -------------------------------------------------------------
def _continuations(ctx: Context, found: list[Attribution], used: set[int]) -> None:
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
                if all(_speaker_of(a) == _speaker_of(ld) for a in since) and "\n" not in text[ld.content[-1][1] : q.open]:
                    last = ld
        t_prev = doc.token_at(last.content[-1][0])
        t_here = doc.token_at(q.open)
        if t_prev is None or t_here is None or t_here.sent - t_prev.sent > 3:
            continue
        same_paragraph = "\n" not in text[last.content[-1][1] : q.open]
        if last.kind == "direct" and same_paragraph and _opens_sentence(ctx, q):
            # “A,” she said. “B.” -- one statement whose content runs on
            last.content.append((q.start, q.end))
            used.add(k)
        elif same_paragraph and last.cue is not None and _opens_sentence(ctx, q) and _next_sentence(ctx, last.cue[1], q.open):
            # A, Schiff said. “B.” -- the reported words go on in a quote
            # that opens the next sentence (train: 25 more matches)
            last.content.append((q.start, q.end))
            used.add(k)
        elif _is_full_sentence_quote(ctx, q) and _whole_paragraph(ctx, q):
            # a paragraph that is only a quote, after the speaker's own quoted
            # words: that statement runs on over the paragraph break, as
            # attribution corpora (PolNeAR) mark it
            own = [a for a in prev if a.kind == "direct" and _speaker_of(a) == _speaker_of(last)]
            if own:
                max(own, key=lambda a: a.content[-1][1]).content.append((q.start, q.end))
                used.add(k)


def _next_sentence(ctx: Context, a: int, b: int) -> bool:
    """The character at ``b`` is in the sentence after the one ending at ``a`` (or the same one)."""
    ta, tb = ctx.doc.token_at(a - 1), ctx.doc.token_at(b)
    return ta is not None and tb is not None and tb.sent - ta.sent <= 1


def _whole_paragraph(ctx: Context, q: Quote) -> bool:
    """The quote is its paragraph: nothing but whitespace between it and the line breaks."""
    text = ctx.text
    line_start = text.rfind("\n", 0, q.open) + 1
    line_end = text.find("\n", q.close_end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : q.open].strip(" \t'`") and not text[q.close_end : line_end].strip(" \t'`")


def _speaker_of(a: Attribution) -> str | None:
    return a.source.actor if a.source is not None else None


def _opens_sentence(ctx: Context, q: Quote) -> bool:
    """The quote opens a sentence: only sentence-final punctuation or a closed quote before it.

    Judged on the characters, not the engine's sentence split, which often
    leaves an opening quote mark at the end of the previous sentence.
    """
    before = ctx.text[max(0, q.open - 4) : q.open].rstrip("'` \t")  # a doubled '' or `` mark opens at its second half
    return not before or before[-1] in ".!?:\n" or before[-1] in QUOTE_CHARS
