"""Sourceless hedges: "Trump seems ready to move on", "X is expected to Y".

A hedge on the subject's own act of speaking or judging ("He seems to feel the
case is lost", "The senator appeared to confirm the reports") is no
sourceless hedge: the subject is the one who speaks, as PolNeAR marks it
(source "He", cue "seems to feel"); the writer only softens the cue.  "X is
expected to speak" stays a hedge: what is expected is a future act, not a
stance of X's.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import cue_frames
from ..attribution import Attribution, Context
from ..mentions import is_negated
from ..tree import char_span, child, contiguous, subtree, trim, verb_group
from .cue_verb_content import contiguous_span


@lru_cache(maxsize=1)
def _hedge_lemmas() -> frozenset[str]:
    """Lemmas with a sourceless ``subj+xcomp`` frame ("seem", "expect")."""
    return frozenset(lemma for lemma, fr in cue_frames().items() if "subj+xcomp" in fr)


def find_hedges(ctx: Context, found: list[Attribution], cue_tokens: set[int]) -> None:
    """Attributions without a source: "Trump seems ready to move on", "X is expected to Y".

    The content is the subject and the predicate (two pieces, the cue
    between them), as PolNeAR marks the writer's hedges; the statement has
    no source and no speaker.
    """
    doc = ctx.doc
    covered = [(s, e) for a in found for s, e in a.content]
    hedging = _hedge_lemmas()
    for t in [t for t in doc.tokens if t.lemma in hedging]:
        if t.i in cue_tokens or ctx.quoted[t.start] or is_negated(doc, t):
            continue
        passive = child(doc, t.i, "nsubj:pass")
        subj = passive if passive is not None else child(doc, t.i, "nsubj")
        if t.lemma == "expect" and passive is None:
            continue  # active "X expects" has a source: the cue_frames rows handle it
        if subj is None or subj.i > t.i or any(c.dep in ("obl:agent",) for c in doc.children(t.i)):
            continue
        pred = next((c for c in doc.children(t.i) if c.dep == "xcomp" and c.i > t.i), None)
        if pred is None or t.lemma != "expect" and _speaks_itself(doc, pred):
            continue
        s_span = trim(doc, *contiguous(doc, subtree(doc, subj.i), subj.i), keep_quotes=False)
        p_span = contiguous_span(doc, subtree(doc, pred.i), pred.i)
        if s_span is None or p_span is None:
            continue
        pieces = [char_span(doc, *s_span), char_span(doc, *p_span)]
        if any(s < pieces[-1][1] and pieces[0][0] < e for s, e in covered):
            continue
        c_lo, c_hi = verb_group(doc, t.i)
        found.append(Attribution(char_span(doc, c_lo, c_hi), None, pieces, "indirect", 0.6))
        cue_tokens.add(t.i)


def _speaks_itself(doc: AnnotatedDocument, pred: Token) -> bool:
    """The hedged predicate is a cue verb of the subject's ("seems to feel", "appeared to confirm",
    "seemed to be ready to riff on": through "be ... to" too) -- not a state the writer hedges."""
    frames = cue_frames()
    seen = 0
    while pred is not None and seen < 3:
        if pred.pos == "VERB" and pred.lemma in frames:
            return True
        pred = next((c for c in doc.children(pred.i) if c.dep == "xcomp" and c.i > pred.i), None)
        seen += 1
    return False
