"""Attributions carried by a noun: "Trump's claim that …", "the warning by officials that …"."""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...lexicons import cue_noun_frames, light_verbs
from ..attribution import Attribution, Context, Source
from ..tree import case_of, char_span, child, clause_subject, mark_of, subtree
from .cue_verb_content import contiguous_span


def find_cue_nouns(ctx: Context, found: list[Attribution], cue_tokens: set[int]) -> None:
    """Attributions carried by a noun: "Trump's claim that ...", "the warning by officials that ..."."""
    doc = ctx.doc
    frames = cue_noun_frames()
    covered = [(s, e) for a in found for s, e in a.content]
    for t in [t for t in doc.tokens if t.pos == "NOUN" and t.lemma in frames]:
        fr = frames[t.lemma]
        if not fr or t.i in cue_tokens or ctx.quoted[t.start] or ctx.in_question(t.sent):
            continue
        content = _noun_content(doc, t, fr)
        if content is None:
            continue
        lo, hi, extra = content
        start, end = char_span(doc, lo, hi)
        if any(s < end and start < e for s, e in covered):
            continue
        src = _noun_source(ctx, t)
        if src is None or (src.start < end and start < src.end):
            continue
        c_hi = max([t.i] + extra)
        found.append(Attribution(char_span(doc, t.i, c_hi), src, [(start, end)], "indirect", 0.65))
        covered.append((start, end))
        cue_tokens.add(t.i)


def _noun_content(doc: AnnotatedDocument, t: Token, frames: tuple[str, ...]) -> tuple[int, int, list[int]] | None:
    kids = doc.children(t.i)
    for frame in frames:
        rel, _, prep = frame.partition(":")
        for c in kids:
            if c.i < t.i:
                continue
            if rel == "acl" and c.dep == "acl" and (mark_of(doc, c.i) == "that" or any(a.dep == "aux" and a.text.lower() == "to" for a in doc.children(c.i))):
                span = contiguous_span(doc, subtree(doc, c.i), c.i)
                if span is not None:
                    return span[0], span[1], []
            if rel == "nmod" and c.dep == "nmod" and case_of(doc, c.i) == prep:
                case = child(doc, c.i, "case")
                excl = frozenset({case.i}) if case is not None else frozenset()
                span = contiguous_span(doc, subtree(doc, c.i, exclude=excl), c.i)
                if span is not None:
                    return span[0], span[1], [case.i] if case is not None and case.i == t.i + 1 else []
    return None


def _noun_source(ctx: Context, t: Token) -> Source | None:
    """The possessor, the "by"/"from" phrase, or the subject of a light verb governing the noun."""
    doc = ctx.doc
    for c in doc.children(t.i):
        if c.dep == "nmod:poss" and c.i < t.i:
            # "Trump's claim that": PolNeAR marks the possessor with its "'s"
            src = ctx.np_source(c)
            mark = child(doc, c.i, "case")
            if mark is not None and (last := doc.token_at(src.end - 1)) is not None and mark.i == last.i + 1:
                return Source(src.start, mark.end, src.actor)
            return src
        if c.dep == "nmod" and c.i > t.i and case_of(doc, c.i) in ("by", "from"):
            return ctx.np_source(c)
    if t.dep == "obj" and t.head is not None and doc.tokens[t.head].lemma in light_verbs():
        subj = clause_subject(doc, t.head)
        if subj is not None and not (subj.pos == "PRON" and subj.text.lower() in ("who", "which", "that")):
            return ctx.np_source(subj)
    return None
