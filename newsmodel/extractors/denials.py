"""Denials: who denied which claim.

Cues come from ``denial_cues.tsv``: denial verbs ("denied", "countered"),
nouns ("denial"), predicates applied to a claim ("this report is not
true") and negated content inside a statement ("no written document had
been handed over").  Exclusion phrases ("denied a visa", "declined to
comment", "rejected the proposal") are skipped.  The denied claim is the
verb's complement or, for "this report is not true", the most recent
"report/claim/allegation that ..." before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import rows
from .attribution import Context
from .mentions import clause_end, is_negated
from .roles import actor_of, agent_actor, kids, object_tokens
from .span_index import SpanIndex
from .tree import subtree_bounds

#: Governing verbs under which a denial verb is not a denial made ("refused to disavow").
_NOT_DONE = {"refuse", "decline", "fail", "avoid"}

_CLAIM_NOUNS = {"report", "reports", "claim", "claims", "allegation", "allegations", "accusation", "accusations", "criticism", "suggestion", "suggestions", "speculation", "rumor", "rumors", "rumour", "rumours", "story", "stories", "assertion", "charge", "charges"}


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in rows("denial_cues.tsv"):
        if len(r) >= 2:
            out.setdefault(r[1], []).append(r[0].lower())
    return out


@lru_cache(maxsize=1)
def _negation_patterns() -> list[re.Pattern[str]]:
    pats = []
    for cue in _cues().get("negation", []):
        parts = [re.escape(p.strip()) for p in cue.split("...")]
        pats.append(re.compile(r"\b" + r"\b(?:\s+\S+){1,4}?\s+\b".join(parts) + r"\b", re.IGNORECASE))
    return pats


@lru_cache(maxsize=1)
def _predicate_pattern() -> re.Pattern[str]:
    preds = sorted(_cues().get("predicate", []), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in preds)
    return re.compile(r"\b(?:is|are|was|were|be|been|'s|’s)\s+(?:\w+\s+)?(?:" + body + r")\b", re.IGNORECASE)


def _excluded(text: str, start: int) -> bool:
    """An exclusion phrase ("denied a visa", "declined to comment") covers the cue at ``start``."""
    lo = max(0, start - 30)
    window = text[lo : start + 60].lower()
    cue_at = start - lo
    for ex in _cues().get("exclusion", []):
        k = window.find(ex)
        while k >= 0:
            if k <= cue_at < k + len(ex):
                return True
            k = window.find(ex, k + 1)
    return False


def _phrasal(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """Token range of a denial verb or noun cue at ``t``, particles included ("brushed the report aside")."""
    low, lemma = t.text.lower(), t.lemma.lower()
    first_words = _cue_first_words()
    if low not in first_words and lemma not in first_words:
        return None  # the common case: no cue starts with this word
    sent_end = doc.sentences[t.sent].token_end
    best = None
    for cue in _cue_words():
        if cue[0] not in (low, lemma):
            continue
        if len(cue) == 1:
            best = best or (t.i, t.i)
            continue
        # the particle may follow the object ("brushed the concerns aside"): up to 4 tokens on
        for k in range(t.i + 1, min(sent_end, t.i + 5)):
            if doc.tokens[k].text.lower() == cue[1]:
                return t.i, k
    return best


@lru_cache(maxsize=1)
def _cue_words() -> tuple[tuple[str, ...], ...]:
    words = [tuple(c.split()) for kind in ("verb", "noun") for c in _cues().get(kind, [])]
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _cue_first_words() -> frozenset[str]:
    return frozenset(cue[0] for cue in _cue_words())


def _is_refusal(doc: AnnotatedDocument, t: Token) -> bool:
    """"denied him a visa", "rejected calls for an inquiry": a refusal or REJECT, not a denial."""
    refusal = set(_cues().get("refusal", []))
    if doc.has_parse:
        if kids(doc, t.i, ("iobj",)):
            return True  # ditransitive deny: "deny Trump the nomination"
        for o in object_tokens(doc, t):
            if o.lemma.lower() in refusal or o.text.lower() in refusal:
                return True
        return False
    sent_end = doc.sentences[t.sent].token_end
    for k in range(t.i + 1, min(sent_end, t.i + 5)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            return w.lemma.lower() in refusal or w.text.lower() in refusal
        if w.pos in ("VERB", "PUNCT", "SCONJ"):
            return False
    return False


def _under_refusal(doc: AnnotatedDocument, t: Token) -> bool:
    """"refused to disavow", "declined to deny": a denial that was not made."""
    if doc.has_parse and t.head is not None and t.dep == "xcomp":
        return doc.tokens[t.head].lemma.lower() in _NOT_DONE
    return t.i >= 2 and doc.tokens[t.i - 1].text.lower() == "to" and doc.tokens[t.i - 2].lemma.lower() in _NOT_DONE


def _denied_span(doc: AnnotatedDocument, t: Token, last: int) -> tuple[int, int] | None:
    """The denied claim: the verb's object or complement clause, else the rest of the clause."""
    if doc.has_parse and t.pos == "VERB":
        args = object_tokens(doc, t) or kids(doc, t.i, ("ccomp",))
        if args:
            lo, hi = subtree_bounds(doc, args[0].i)
            return doc.tokens[lo].start, doc.tokens[hi].end
    c0 = last + 1
    if c0 >= doc.sentences[t.sent].token_end:
        return None
    c1 = clause_end(doc, c0)
    return (doc.tokens[c0].start, doc.tokens[c1 - 1].end) if c1 > c0 else None


def _denier(doc: AnnotatedDocument, draft: Draft, t: Token, ctx: Context | None) -> str | None:
    """The parse agent (subject, "by" phrase, possessor of a noun), else the nearest subject before."""
    if doc.has_parse:
        if t.pos == "VERB":
            return agent_actor(doc, draft, t)
        poss = kids(doc, t.i, ("nmod:poss", "poss"))
        if poss:
            return actor_of(doc, draft, poss[0])
        return None
    if t.pos == "VERB" and ctx is not None:
        src = ctx.subject_of(t)
        return src.actor if src else None
    return None


def extract_denials(doc: AnnotatedDocument, draft: Draft) -> None:
    text = doc.text
    seen: set[tuple[int, int]] = set()
    ctx = None if doc.has_parse else Context(doc, draft)  # the surface subject rules need it

    seen_spans = SpanIndex()
    # every content span, in statement order, to find the first statement holding a cue
    holders = [st for st in draft.statements for _ in st.content]
    contents = SpanIndex((c.start, c.end) for st in draft.statements for c in st.content)

    def carrying_statement(start: int, end: int):  # type: ignore[no-untyped-def]
        first = contents.first_containing(start, end)
        return holders[first] if first is not None else None

    def add(cue: tuple[int, int], denier: str | None, denied: tuple[int, int] | None, conf: float) -> None:
        if cue in seen or seen_spans.contains(cue[0], cue[0] + 1):  # a cue starting inside an earlier one
            return
        seen.add(cue)
        seen_spans.add(*cue)
        st = carrying_statement(*cue)
        if denier is None and st is not None:
            denier = st.speaker
        draft.add_denial(
            denier=denier,
            statement=st.id if st is not None else None,
            cue=draft.span(*cue),
            denied=draft.span(*denied) if denied else None,
            confidence=conf,
        )

    # 1. verbs and nouns: "the Kremlin countered criticism that ...", "brushed off the report"
    for t in doc.tokens:
        if t.pos not in ("VERB", "NOUN"):
            continue
        rng = _phrasal(doc, t)
        if rng is None:
            continue
        if _excluded(text, t.start) or is_negated(doc, t) or _under_refusal(doc, t):
            continue
        if t.pos == "VERB" and _is_refusal(doc, t):
            continue
        cue_end = doc.tokens[rng[1]].end if rng[1] == t.i + 1 else t.end
        add((t.start, cue_end), _denier(doc, draft, t, ctx), _denied_span(doc, t, rng[1]), 0.8)

    # 2. predicates: "this report is not true"
    for m in _predicate_pattern().finditer(text):
        subj_start = _subject_before(doc, m.start())
        cue = (subj_start, m.end())
        add(cue, None, _claim_before(doc, subj_start), 0.75)

    # 3. negated content inside statements: "no written document had been handed over"
    for st in draft.statements:
        for c in st.content:
            for pat in _negation_patterns():
                for m in pat.finditer(text, c.start, c.end):
                    end_tok = doc.token_at(m.end() - 1)
                    if end_tok is None:
                        continue
                    c1 = clause_end(doc, end_tok.i)
                    end = max(m.end(), doc.tokens[c1 - 1].end) if c1 > end_tok.i else m.end()
                    end = min(end, c.end)
                    add((m.start(), end), st.speaker, _claim_before(doc, m.start()), 0.7)


def _subject_before(doc: AnnotatedDocument, offset: int) -> int:
    """Start of the short noun phrase before a predicate ("this report")."""
    t = doc.token_at(offset - 1) or doc.token_at(offset - 2)
    if t is None:
        return offset
    sent = doc.sentences[t.sent]
    k = t.i
    while k - 1 >= sent.token_start and doc.tokens[k - 1].pos in ("DET", "ADJ", "NOUN", "PROPN", "PRON") and t.i - k < 3:
        k -= 1
    if doc.tokens[k].pos not in ("DET", "NOUN", "PROPN", "PRON"):
        return offset
    return doc.tokens[k].start


def _claim_before(doc: AnnotatedDocument, offset: int) -> tuple[int, int] | None:
    """The most recent "(a) report/claim that ..." before ``offset`` (3 sentences back)."""
    here = doc.token_at(offset)
    if here is None:
        return None
    first_sent = max(0, here.sent - 3)
    lo = doc.sentences[first_sent].token_start
    for k in range(here.i - 1, lo - 1, -1):
        t = doc.tokens[k]
        if t.text.lower() in _CLAIM_NOUNS and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text.lower() in ("that", "of", "about"):
            start_k = k - 1 if k > 0 and doc.tokens[k - 1].pos == "DET" else k
            end_k = clause_end(doc, k + 2)
            comma = next((j for j in range(k + 2, end_k) if doc.tokens[j].text == ","), end_k)
            end_k = min(end_k, comma)
            if doc.tokens[end_k - 1].end > offset:
                end_k = k + 1
            return doc.tokens[start_k].start, doc.tokens[end_k - 1].end
    return None
