"""Throughput and memory of extraction, printed as figures (not a timed test).

    python benchmarks/throughput.py [--engine rules] [--corpus ../shared/data/polnear/dev]

Uses the PolNeAR texts when present (read in place, never copied), else the
seed article repeated.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

import newsmodel

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", default="rules")
    ap.add_argument("--corpus", default=str(REPO.parent / "shared/data/polnear/dev"))
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()

    text_dir = Path(args.corpus) / "text"
    if text_dir.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(text_dir.glob("*.txt"))]
        label = f"{len(texts)} texts from {args.corpus}"
    else:
        texts = [(REPO / "seeds/kremlin-iran.txt").read_text(encoding="utf-8")] * 50
        label = "the seed article x50"
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    import_start = time.perf_counter()
    newsmodel.get_engine(args.engine)
    load = time.perf_counter() - import_start

    t0 = time.perf_counter()
    n = sum(1 for _ in newsmodel.extract_many(texts, engine=args.engine, batch_size=args.batch_size))
    elapsed = time.perf_counter() - t0

    # memory in a second pass: tracemalloc slows Python down several times
    tracemalloc.start()
    for _ in newsmodel.extract_many(texts[:20], engine=args.engine, batch_size=args.batch_size):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"engine {args.engine}: {label}")
    print(f"  engine load        {load:8.2f} s")
    print(f"  articles           {n:8d}")
    print(f"  words              {words:8d}")
    print(f"  total              {elapsed:8.2f} s")
    print(f"  per article        {1000 * elapsed / max(n, 1):8.1f} ms")
    print(f"  words per second   {words / elapsed:8.0f}")
    print(f"  peak traced memory {peak / 2**20:8.1f} MiB (Python allocations, first 20 texts)")


if __name__ == "__main__":
    main()
