"""Evaluation harness: score extracted Articles against gold attributions.

Two gold sources:

* a brat corpus such as PolNeAR (``text/`` + ``attributions/``), scored with
  micro-averaged precision, recall and F1 for content, source and cue spans
  (exact and overlap matching) and end to end — :func:`evaluate_corpus`, or
  :func:`score_articles` when the Articles are already extracted;
* a hand-written seed gold file (``seeds/*.gold.json``) for one article —
  :func:`evaluate_seed` / :func:`score_seed`.

The matching rules are documented in :mod:`newsmodel.evaluate.scoring` and
:mod:`newsmodel.evaluate.seed`.

    >>> from newsmodel.evaluate import evaluate_corpus
    >>> report = evaluate_corpus("../shared/data/polnear/dev", engine="rules", limit=10)  # doctest: +SKIP
    >>> print(report.format_table())  # doctest: +SKIP
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Sequence

from .brat import BratError, GoldAttribution, GoldDocument, load_corpus
from .scoring import (
    CorpusReport,
    Counts,
    PredictedAttribution,
    predictions_from_article,
    score_articles,
    score_predictions,
)
from .seed import SeedReport, score_seed

__all__ = [
    "load_corpus",
    "evaluate_corpus",
    "score_articles",
    "score_predictions",
    "predictions_from_article",
    "evaluate_seed",
    "score_seed",
    "GoldDocument",
    "GoldAttribution",
    "PredictedAttribution",
    "CorpusReport",
    "Counts",
    "SeedReport",
    "BratError",
]


def evaluate_corpus(
    path: str | Path,
    *,
    engine: str = "rules",
    limit: int | None = None,
    engine_options: Mapping[str, Any] | None = None,
    batch_size: int = 16,
) -> CorpusReport:
    """Extract every document of a brat corpus with ``engine`` and score it.

    ``limit`` keeps the first documents in name order.  Errors from the
    engine or the extractors propagate: a document that fails to extract is
    a bug to see, not a zero to average in.
    """
    from .. import pipeline

    docs: Sequence[GoldDocument] = load_corpus(path, limit=limit)
    articles = list(
        pipeline.extract_many(
            [{"text": d.text, "id": d.name} for d in docs],
            engine=engine,
            batch_size=batch_size,
            engine_options=engine_options,
        )
    )
    return score_articles(docs, articles, label=f"{Path(path).name} ({engine})")


def evaluate_seed(gold_path: str | Path, text_path: str | Path | None = None, *, engine: str = "rules") -> SeedReport:
    """Extract the seed article with ``engine`` and score it against ``gold_path``.

    ``text_path`` defaults to the gold file's ``article`` entry, resolved
    next to the gold file.
    """
    from .. import pipeline

    gold_path = Path(gold_path)
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    if text_path is None:
        if not gold.get("article"):
            raise ValueError(f"{gold_path} names no 'article'; pass text_path")
        text_path = gold_path.parent / gold["article"]
    with open(text_path, encoding="utf-8", newline="") as f:
        text = f.read()
    article = pipeline.extract(text, engine=engine, id=Path(text_path).stem)
    return score_seed(gold, article)
