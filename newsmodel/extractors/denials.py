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

from ..document import AnnotatedDocument
from ..draft import Draft
from ..lexicons import rows
from .mentions import clause_end, is_negated
from .statements import statement_context

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


def extract_denials(doc: AnnotatedDocument, draft: Draft) -> None:
    text = doc.text
    verbs = set(_cues().get("verb", [])) | set(_cues().get("noun", []))
    seen: set[tuple[int, int]] = set()

    def carrying_statement(start: int, end: int):  # type: ignore[no-untyped-def]
        for st in draft.statements:
            for c in st.content:
                if c.start <= start and end <= c.end:
                    return st
        return None

    def add(cue: tuple[int, int], denier: str | None, denied: tuple[int, int] | None, conf: float) -> None:
        if cue in seen:
            return
        seen.add(cue)
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

    # 1. verbs and nouns: "the Kremlin countered criticism that ..."
    for t in doc.tokens:
        if t.lemma not in verbs and t.text.lower() not in verbs:
            continue
        if _excluded(text, t.start) or is_negated(doc, t):
            continue
        if t.pos not in ("VERB", "NOUN"):
            continue
        denier = None
        if t.pos == "VERB":
            src = statement_context(doc, draft).subject_of(t)
            denier = src.actor if src else None
        c0 = t.i + 1
        sent = doc.sentences[t.sent]
        if c0 >= sent.token_end:
            continue
        c1 = clause_end(doc, c0)
        denied = (doc.tokens[c0].start, doc.tokens[c1 - 1].end) if c1 > c0 else None
        add((t.start, t.end), denier, denied, 0.8)

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
            if doc.tokens[end_k - 1].end > offset:
                end_k = k + 1
            return doc.tokens[start_k].start, doc.tokens[end_k - 1].end
    return None
