"""Attribution scoring against gold (source, cue, content) annotations.

Rules, all micro-averaged over the corpus (true/false positives and false
negatives are summed over documents, then P/R/F1 computed once):

Span normalisation
    Spans are compared as sets of character offsets.  Before comparison
    each fragment is stripped of whitespace, punctuation and quote marks at
    its edges, and whitespace inside is ignored (see
    :func:`~newsmodel.evaluate.spans.normalized_chars`).  A discontiguous
    span is the union of its fragments.

Component scores (``content``, ``source``, ``cue``)
    Each gold attribution contributes one gold item per component it has
    (an attribution without a Source contributes no source item); each
    predicted attribution one predicted item per component it has.  Items
    are matched within a document, one-to-one, independently per component
    (the source of one attribution may match the source of another: the
    component score asks "was this mention found as a source", not "is it
    paired with the right content" — that is the end-to-end score).

    * ``exact``: the normalised character sets are equal.
    * ``overlap``: for content, Dice of the normalised sets ≥ 0.5; for source
      and cue, any shared character (they are short, and "Trump" versus
      "Donald Trump" or "said" versus "has said" should count).

End to end
    A prediction matches a gold attribution when its content Dice ≥ 0.5 and
    its source is right:

    * ``mention``: the gold attribution has a Source and the predicted
      source span shares a character with it; or the gold attribution has no
      Source (PolNeAR's ``Attribution-no-source``: "it is believed that…")
      and the prediction has no source span either.
    * ``speaker``: as ``mention``, but a gold Source is also matched when the
      prediction's resolved speaker is the same entity as far as the gold can
      tell (it carries no entity ids): one of the speaker actor's mentions
      overlaps the gold Source, or the gold Source text (lowercased, edge
      punctuation and a leading "the " stripped) equals the actor's name,
      one of its aliases, or the name's last word ("Trump" for "Donald
      Trump").  This credits a pipeline that anchors a statement on another
      mention of the right speaker ("Peskov" where the gold marks "he").

One-to-one matching
    Every pair that satisfies a rule is a candidate, scored by content Dice
    (then source Dice); candidates are taken best first and kept when neither
    side is already matched (:func:`~newsmodel.evaluate.spans.greedy_one_to_one`).
    So two predictions for the same gold attribution give one true positive
    and one false positive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from .brat import GoldAttribution, GoldDocument
from .spans import Fragment, dice, greedy_one_to_one, normalized_chars, overlaps, strip_edges

__all__ = [
    "PredictedAttribution",
    "Counts",
    "DocumentScore",
    "CorpusReport",
    "METRICS",
    "predictions_from_article",
    "score_document",
    "score_predictions",
    "score_articles",
]

#: Metric keys in report order: (key, component, match rule).
METRICS: tuple[tuple[str, str, str], ...] = (
    ("content.exact", "content", "exact"),
    ("content.overlap", "content", "overlap"),
    ("source.exact", "source", "exact"),
    ("source.overlap", "source", "overlap"),
    ("cue.exact", "cue", "exact"),
    ("cue.overlap", "cue", "overlap"),
    ("end_to_end.mention", "end-to-end", "mention"),
    ("end_to_end.speaker", "end-to-end", "speaker"),
)

CONTENT_DICE = 0.5


@dataclass
class PredictedAttribution:
    """One predicted attribution, engine-neutral (a Statement, a textacy triple…)."""

    content: list[Fragment]
    source: list[Fragment] = field(default_factory=list)
    cue: list[Fragment] = field(default_factory=list)
    #: Resolved speaker's canonical name and aliases (for the ``speaker`` variant).
    speaker_names: list[str] = field(default_factory=list)
    #: Every mention of the resolved speaker (for the ``speaker`` variant).
    speaker_mentions: list[Fragment] = field(default_factory=list)
    id: str | None = None


def predictions_from_article(article: Any) -> list[PredictedAttribution]:
    """One :class:`PredictedAttribution` per ``article.statements`` entry."""
    out = []
    for st in article.statements:
        actor = article.actor(st.speaker) if st.speaker is not None else None
        out.append(
            PredictedAttribution(
                id=st.id,
                content=[(sp.start, sp.end) for sp in st.content],
                source=[(st.source.start, st.source.end)] if st.source is not None else [],
                cue=[(st.cue.start, st.cue.end)] if st.cue is not None else [],
                speaker_names=[actor.name, *actor.aliases] if actor is not None else [],
                speaker_mentions=[(m.start, m.end) for m in actor.mentions] if actor is not None else [],
            )
        )
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class DocumentScore:
    name: str
    gold: int
    predicted: int
    metrics: dict[str, Counts]
    #: End-to-end (mention) pairs as ``(gold id, prediction id or index)``.
    matches: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "gold": self.gold,
            "predicted": self.predicted,
            "metrics": {k: v.to_dict() for k, v in self.metrics.items()},
            "matches": [list(m) for m in self.matches],
        }


@dataclass
class CorpusReport:
    """Micro-averaged attribution scores over a corpus."""

    documents: list[DocumentScore]
    metrics: dict[str, Counts]
    label: str | None = None

    @property
    def gold(self) -> int:
        return sum(d.gold for d in self.documents)

    @property
    def predicted(self) -> int:
        return sum(d.predicted for d in self.documents)

    def __getitem__(self, key: str) -> Counts:
        return self.metrics[key]

    def to_dict(self, *, per_document: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": self.label,
            "documents": len(self.documents),
            "gold_attributions": self.gold,
            "predicted_attributions": self.predicted,
            "metrics": {k: self.metrics[k].to_dict() for k, _, _ in METRICS},
        }
        if per_document:
            out["per_document"] = [d.to_dict() for d in self.documents]
        return out

    def format_table(self) -> str:
        head = (
            f"{self.label or 'attributions'}: {len(self.documents)} documents, "
            f"{self.gold} gold, {self.predicted} predicted"
        )
        lines = [head, f"{'component':<11} {'match':<8} {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}"]
        lines.append("-" * len(lines[1]))
        for key, component, rule in METRICS:
            c = self.metrics[key]
            lines.append(
                f"{component:<11} {rule:<8} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} {c.tp:>6} {c.fp:>6} {c.fn:>6}"
            )
        return "\n".join(lines)


# -- matching -----------------------------------------------------------------

Candidate = tuple[tuple[float, ...], int, int]


def _component_counts(
    gold: Sequence[frozenset[int] | None],
    pred: Sequence[frozenset[int] | None],
    rule: Callable[[frozenset[int], frozenset[int]], float | None],
) -> Counts:
    g_idx = [i for i, g in enumerate(gold) if g is not None]
    p_idx = [j for j, p in enumerate(pred) if p is not None]
    cands: list[Candidate] = []
    for i in g_idx:
        for j in p_idx:
            score = rule(gold[i], pred[j])  # type: ignore[arg-type]
            if score is not None:
                cands.append(((score,), i, j))
    tp = len(greedy_one_to_one(cands))
    return Counts(tp=tp, fp=len(p_idx) - tp, fn=len(g_idx) - tp)


def _exact(a: frozenset[int], b: frozenset[int]) -> float | None:
    return 1.0 if a == b else None


def _content_overlap(a: frozenset[int], b: frozenset[int]) -> float | None:
    d = dice(a, b)
    return d if d >= CONTENT_DICE else None


def _any_overlap(a: frozenset[int], b: frozenset[int]) -> float | None:
    return dice(a, b) if overlaps(a, b) else None


def _name_key(text: str) -> str:
    s, e = strip_edges(text, 0, len(text))
    key = " ".join(text[s:e].lower().split())
    return key[4:] if key.startswith("the ") else key


def _speaker_is(gold_source_text: str, names: Iterable[str]) -> bool:
    key = _name_key(gold_source_text)
    if not key:
        return False
    for name in names:
        n = _name_key(name)
        if n and (key == n or key == n.split()[-1]):
            return True
    return False


def score_document(gold_doc: GoldDocument, predictions: Sequence[PredictedAttribution]) -> DocumentScore:
    """Score one document's predictions (see the module docstring for the rules)."""
    text = gold_doc.text
    n = len(text)
    for k, p in enumerate(predictions):
        for role in ("content", "source", "cue"):
            for s, e in getattr(p, role):
                if not 0 <= s < e <= n:
                    raise ValueError(f"{gold_doc.name}: prediction {p.id or k} has {role} {s}:{e} outside the text ({n} characters)")
        if not p.content:
            raise ValueError(f"{gold_doc.name}: prediction {p.id or k} has no content")

    def norm(frags: list[Fragment]) -> frozenset[int] | None:
        return normalized_chars(text, frags) if frags else None

    golds: list[GoldAttribution] = gold_doc.attributions
    g_content = [norm(g.content) for g in golds]
    g_source = [norm(g.source) for g in golds]
    g_cue = [norm(g.cue) for g in golds]
    p_content = [norm(p.content) for p in predictions]
    p_source = [norm(p.source) for p in predictions]
    p_cue = [norm(p.cue) for p in predictions]
    p_mentions = [norm(p.speaker_mentions) for p in predictions]

    metrics: dict[str, Counts] = {
        "content.exact": _component_counts(g_content, p_content, _exact),
        "content.overlap": _component_counts(g_content, p_content, _content_overlap),
        "source.exact": _component_counts(g_source, p_source, _exact),
        "source.overlap": _component_counts(g_source, p_source, _any_overlap),
        "cue.exact": _component_counts(g_cue, p_cue, _exact),
        "cue.overlap": _component_counts(g_cue, p_cue, _any_overlap),
    }

    mention_cands: list[Candidate] = []
    speaker_cands: list[Candidate] = []
    for i, g in enumerate(golds):
        gc, gs = g_content[i], g_source[i]
        assert gc is not None
        for j, p in enumerate(predictions):
            pc, ps = p_content[j], p_source[j]
            assert pc is not None
            d = dice(gc, pc)
            if d < CONTENT_DICE:
                continue
            if gs is None:
                if ps is None:
                    mention_cands.append(((d, 1.0), i, j))
                    speaker_cands.append(((d, 1.0), i, j))
                continue
            sd = dice(gs, ps) if ps is not None else 0.0
            mention_ok = ps is not None and overlaps(gs, ps)
            if mention_ok:
                mention_cands.append(((d, sd), i, j))
            pm = p_mentions[j]
            if (
                mention_ok
                or (pm is not None and overlaps(gs, pm))
                or _speaker_is(gold_doc.span_text(g.source), p.speaker_names)
            ):
                speaker_cands.append(((d, sd), i, j))

    pairs = greedy_one_to_one(mention_cands)
    metrics["end_to_end.mention"] = Counts(tp=len(pairs), fp=len(predictions) - len(pairs), fn=len(golds) - len(pairs))
    sp_pairs = greedy_one_to_one(speaker_cands)
    metrics["end_to_end.speaker"] = Counts(tp=len(sp_pairs), fp=len(predictions) - len(sp_pairs), fn=len(golds) - len(sp_pairs))
    return DocumentScore(
        name=gold_doc.name,
        gold=len(golds),
        predicted=len(predictions),
        metrics=metrics,
        matches=[(golds[i].id, predictions[j].id or str(j)) for i, j in pairs],
    )


def score_predictions(
    gold_docs: Sequence[GoldDocument],
    predictions: Sequence[Sequence[PredictedAttribution]],
    *,
    label: str | None = None,
) -> CorpusReport:
    """Score per-document prediction lists, aligned with ``gold_docs`` by position."""
    if len(gold_docs) != len(predictions):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(predictions)} prediction lists")
    docs = [score_document(g, p) for g, p in zip(gold_docs, predictions)]
    total = {key: Counts() for key, _, _ in METRICS}
    for d in docs:
        for key in total:
            total[key].add(d.metrics[key])
    return CorpusReport(documents=docs, metrics=total, label=label)


def score_articles(gold_docs: Sequence[GoldDocument], articles: Sequence[Any], *, label: str | None = None) -> CorpusReport:
    """Score extracted Articles, aligned with ``gold_docs`` by position.

    Each Article's text must equal its gold document's text (offsets would
    not line up otherwise); a mismatch raises ``ValueError``.
    """
    articles = list(articles)
    if len(gold_docs) != len(articles):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(articles)} articles")
    for g, a in zip(gold_docs, articles):
        if a.text != g.text:
            raise ValueError(f"article {getattr(a, 'id', '?')!r} does not have the text of gold document {g.name!r}")
    return score_predictions(gold_docs, [predictions_from_article(a) for a in articles], label=label)
