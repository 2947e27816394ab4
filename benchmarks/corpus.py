"""Corpus throughput: ``extract_many`` with 1 and N worker processes on a synthetic stream.

    python benchmarks/corpus.py --engine rules --n 100000 --jobs 1 2
    python benchmarks/corpus.py --engine spacy --n 2000 --jobs 1 2
    python benchmarks/corpus.py --engine rules --n 5000 --paragraphs 6 --jobs 1 2

The stream is generated on the fly (never held in memory) from invented
sentences, so the figures say how memory behaves on an endless input: the
parent's resident memory is sampled every tenth of the run, and the workers'
peak comes from ``getrusage(RUSAGE_CHILDREN)`` once the pool is gone.  Each
run is a fresh process, so the engine load is part of the wall time (for
spaCy every worker loads its own model).  The load average before and after
each run is printed, because the speed-up means little on a busy machine,
and so is the CPU time of the parent and of the workers: on a busy machine
``serial CPU / (parallel CPU / N)`` says what N free cores would give.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from typing import Iterator

PEOPLE = ["Maria Lopez", "John Smith", "Amina Diallo", "Chen Wei", "Olga Petrova", "Rahul Mehta", "Sara Cohen", "Tom Baker"]
ORGS = ["the Kremlin", "the ministry", "the United Nations", "the central bank", "the army", "the union", "Reuters"]
COUNTRIES = ["Iran", "Israel", "Russia", "France", "Brazil", "Kenya", "Japan", "Turkey", "Egypt", "Mexico"]
CLAIMS = ["the talks had failed", "troops had crossed the border", "the budget was balanced", "the vote was rigged",
          "prices would rise next year", "the plant was safe", "the deal was signed on Friday"]
QUOTES = ["We will not back down", "The plan is ready", "Nobody can stop us now", "This is a fair deal",
          "We have done nothing wrong", "The talks were useful"]
EVENTS = ["{a} accused {b} of breaking the ceasefire.", "{a} imposed sanctions on {b} on Monday.",
          "{a} and {b} agreed to resume talks.", "{a} sent aid to {b} after the floods.",
          "{a} threatened to expel diplomats from {b}.", "{a} rejected the proposal from {b}."]


def _paragraph(rng: random.Random) -> list[str]:
    a, b = rng.sample(COUNTRIES, 2)
    person, org = rng.choice(PEOPLE), rng.choice(ORGS)
    sentences = [
        rng.choice(EVENTS).format(a=a, b=b),
        f"“{rng.choice(QUOTES)},” {person} said on {rng.choice(['Monday', 'Tuesday', 'Friday'])}.",
        f"{org[0].upper() + org[1:]} denied reports that {rng.choice(CLAIMS)}.",
        f"According to officials in {a}, {rng.choice(CLAIMS)}.",
        f"{person} told reporters that {rng.choice(CLAIMS)} and that talks with {b} would go on.",
    ]
    rng.shuffle(sentences)
    return sentences


def synthetic(n: int, seed: int = 0, paragraphs: int = 1) -> Iterator[dict[str, str]]:
    """``n`` invented news articles of ``paragraphs`` five-sentence paragraphs (about 80 words each)."""
    rng = random.Random(seed)
    for i in range(n):
        text = "\n\n".join(" ".join(_paragraph(rng)) for _ in range(paragraphs))
        yield {"id": f"syn-{i}", "text": text}


def rss_mib() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def one_run(engine: str, n: int, jobs: int, batch_size: int, paragraphs: int) -> dict[str, object]:
    import newsmodel

    samples = []
    load_before = os.getloadavg()[0]
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    first = None
    count = 0
    for count, _ in enumerate(newsmodel.extract_many(synthetic(n, paragraphs=paragraphs), engine=engine, n_jobs=jobs, batch_size=batch_size), 1):
        if first is None:
            first = time.perf_counter()
        if count % max(1, n // 10) == 0:
            samples.append(round(rss_mib(), 1))
    total = time.perf_counter() - t0
    steady = time.perf_counter() - (first or t0)
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = kids.ru_maxrss / 1024
    parent_cpu = own.ru_utime + own.ru_stime - cpu0.ru_utime - cpu0.ru_stime
    worker_cpu = kids.ru_utime + kids.ru_stime
    return {
        "engine": engine, "n": count, "paragraphs": paragraphs, "jobs": jobs, "seconds": round(total, 2),
        "articles_per_s": round(count / total, 1),
        "steady_articles_per_s": round((count - 1) / steady, 1) if steady > 0 and count > 1 else None,
        "parent_rss_mib_every_tenth": samples, "worker_peak_rss_mib": round(children, 1) if jobs > 1 else None,
        "parent_cpu_s": round(parent_cpu, 2), "worker_cpu_s": round(worker_cpu, 2),
        "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", default="rules")
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--paragraphs", type=int, default=1, help="five-sentence paragraphs per article")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # internal: a single run in this process
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one_run(args.engine, args.n, args.jobs[0], args.batch_size, args.paragraphs)))
        return
    results = []
    for jobs in args.jobs:
        out = subprocess.run(
            [sys.executable, __file__, "--one", "--engine", args.engine, "--n", str(args.n), "--jobs", str(jobs),
             "--batch-size", str(args.batch_size), "--paragraphs", str(args.paragraphs)],
            capture_output=True, text=True, check=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        print(json.dumps(result))
    base = results[0]["seconds"]
    base_cpu = results[0]["parent_cpu_s"] + results[0]["worker_cpu_s"]
    for r in results[1:]:
        cpu = r["parent_cpu_s"] + r["worker_cpu_s"]
        print(f"speed-up with {r['jobs']} jobs: {base / r['seconds']:.2f}x wall"
              + (f", {r['steady_articles_per_s'] / results[0]['steady_articles_per_s']:.2f}x after the first article"
                 if r["steady_articles_per_s"] and results[0]["steady_articles_per_s"] else "")
              + f"; CPU {base_cpu:.1f} s -> {cpu:.1f} s, so {r['jobs']} free cores would give {base_cpu / (cpu / r['jobs']):.2f}x")


if __name__ == "__main__":
    main()
