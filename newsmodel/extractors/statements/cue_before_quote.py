"""The cue before a quote: ``Peskov said: “…”``, ``He added, “…”``, and a
lead-in sentence ending in a colon before a quote or a block."""

from __future__ import annotations

from ...document import Sentence, Token
from ...lexicons import cue_noun_frames
from ..attribution import Context, Source, is_cue_token
from ..mentions import POSSESSIVES, QUOTE_CHARS, is_negated
from ..quotes import Quote
from .cue_verbs import clause_content
from .embedded_quotes import runs_on_in_clause
from .shapes import is_full_sentence_quote


def cue_before_quote(ctx: Context, q: Quote) -> tuple[Token, Source | None] | None:
    """``Peskov said: “…”`` / ``He added, “…”`` / ``which condemned the “…”``."""
    doc = ctx.doc
    first = doc.token_at(q.open)
    if first is None:
        return None
    sent = doc.sentences[first.sent]
    j = first.i - 1
    while j >= sent.token_start and (doc.tokens[j].text in QUOTE_CHARS or doc.tokens[j].text == "'") and doc.tokens[j].end == doc.tokens[j + 1].start:
        j -= 1  # the first mark of a doubled opening mark ('' or ``)
    # skip punctuation and a few function words between cue and quote
    skipped = 0
    while j >= sent.token_start and (doc.tokens[j].text in (",", ":", "that", "the", "a", "as") or doc.tokens[j].pos == "DET") and skipped < 3:
        j -= 1
        skipped += 1
    if j < sent.token_start:
        # a quote opening its paragraph after a colon lead-in: "Peskov said:\n“…”"
        if first.sent > 0:
            return colon_lead_in(ctx, doc.sentences[first.sent - 1])
        return None
    t = doc.tokens[j]
    if not doc.has_parse and not is_cue_token(t, doc):
        # "The guild said in a memo: “…”", "She said curtly: “…”": an adjunct between the
        # cue and the colon that opens the quote (a16, stop 41)
        t = _cue_before_adjunct(ctx, first.i, sent.token_start) or t
    # in a parse a noun before a quote is a cue only as a noun of saying
    # ("the statement: “…”"), not a title's head ("his show “Brennan Live”")
    noun_title = doc.has_parse and t.pos == "NOUN" and t.lemma not in cue_noun_frames()
    if not (is_cue_token(t, doc) and not noun_title and not is_negated(doc, t) and not ctx.quoted[t.start]):
        if not doc.has_parse or not is_full_sentence_quote(ctx, q):
            return None
        # "Brandt told his podcast listeners on Monday, “…”": the quote's
        # clause hangs on a cue further back in the sentence
        governing = _governing_cue(ctx, q, sent.token_start)
        if governing is None:
            return None
        t = governing
    if doc.has_parse and _quote_inside_clause(ctx, t, q):
        return None  # 'claimed that the “forces of correctness” were ...': the clause is the content
    if not doc.has_parse and runs_on_in_clause(ctx, t, q):
        return None  # the same without a parse: the reported clause runs on past the quote (.embedded_quotes)
    src = None
    if not doc.has_parse and t.text.lower().endswith("ing") and t.i > sent.token_start and doc.tokens[t.i - 1].text == ",":
        # "Brandt praised Ortiz's skills, telling the Ledger: “…”": the participle's speaker is the
        # clause's subject, not the noun nearest it (a17; the same reading as .reported_speech's)
        from .reported_speech import sentence_subject  # noqa: PLC0415 (reported_speech reads quotes)

        src = sentence_subject(ctx, sent.token_start, t.i)
    src = src or ctx.subject_of(t)
    return (t, src) if src is not None else None


def colon_lead_in(ctx: Context, sent: Sentence) -> tuple[Token, Source | None] | None:
    """The cue of a lead-in sentence ending in a colon: "Peskov said:",
    "Okafor made the following comment:", "Lund called them on it:".

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
        elif is_cue_token(t, doc):
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


#: Tags of the words an adjunct between a cue and its colon is made of ("in a memo",
#: "on the radio on Monday", "of the new tax", "curtly", "in a note to members").
_ADJUNCT_TAGS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"})
#: Longest adjunct read, in tokens.
_MAX_ADJUNCT = 8


def _cue_before_adjunct(ctx: Context, quote_at: int, sent_start: int) -> Token | None:
    """Without a parse, the cue verb before a colon and the quote it opens, past an adjunct of
    time, place, medium or manner: "said in a memo: “…”", "wrote in a note: “…”", "said
    curtly: “…”". A colon after a cue and an adjunct can only introduce what was said; any other
    verb or mark in between ("said the plan, which ...:") leaves the quote alone."""
    doc = ctx.doc
    colon = quote_at - 1
    while colon >= sent_start and (doc.tokens[colon].text in QUOTE_CHARS or doc.tokens[colon].text in ("'", "`")):
        colon -= 1  # the marks of the opening quote, doubled apostrophes too ('' as in NYT copy; a17)
    if colon <= sent_start:
        return None
    if doc.tokens[colon].text == ",":
        return _cue_before_prepositional_adjuncts(ctx, colon, quote_at, sent_start)
    if doc.tokens[colon].text != ":":
        return None
    for k in range(colon - 1, max(sent_start, colon - 1 - _MAX_ADJUNCT) - 1, -1):
        t = doc.tokens[k]
        if t.pos == "VERB" and is_cue_token(t, doc) and not is_negated(doc, t) and not ctx.quoted[t.start]:
            return t if k < colon - 1 else None
        if t.pos not in _ADJUNCT_TAGS and t.text.lower() not in POSSESSIVES:
            return None
    return None


#: Longest run of prepositional adjuncts read between a cue and the comma before its quote.
_MAX_COMMA_ADJUNCTS = 14


def _cue_before_prepositional_adjuncts(ctx: Context, comma: int, quote_at: int, sent_start: int) -> Token | None:
    """Without a parse, the cue verb before a run of prepositional phrases, set off by commas, and
    the quote after the last comma: "said on the radio on Monday, in answer to a caller, “…”".
    After a cue, phrases that each open with a preposition or an adverb can only be its adjuncts,
    so the quoted sentence that follows is what was said. The quote must open a sentence (a
    capital first word); a noun or verb outside such a phrase ("called the plan, “…”") leaves the
    quote alone. Issue 14, helper a17 at stop 41."""
    doc = ctx.doc
    word = quote_at
    while word < len(doc.tokens) and (doc.tokens[word].text in QUOTE_CHARS or doc.tokens[word].text in ("'", "`")):
        word += 1
    if word >= len(doc.tokens) or not doc.tokens[word].text[:1].isupper():
        return None
    phrase_opened = False
    for k in range(comma - 1, max(sent_start, comma - 1 - _MAX_COMMA_ADJUNCTS) - 1, -1):
        t = doc.tokens[k]
        if t.pos == "VERB" and is_cue_token(t, doc) and not is_negated(doc, t) and not ctx.quoted[t.start]:
            return t if phrase_opened and k + 1 < comma and doc.tokens[k + 1].pos in ("ADP", "ADV") else None
        if t.text == ",":
            if not phrase_opened:
                return None
            phrase_opened = False
            continue
        if t.pos in ("ADP", "ADV") and k > sent_start and (doc.tokens[k - 1].text == "," or doc.tokens[k - 1].pos == "VERB"):
            phrase_opened = True  # the phrase's first word, after a comma or the cue
        if t.pos not in _ADJUNCT_TAGS and t.text.lower() not in POSSESSIVES:
            return None
    return None
