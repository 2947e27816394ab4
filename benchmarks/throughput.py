"""Speed figures for docs/performance.md, measured in one paired run (not a test).

    python benchmarks/throughput.py                      # everything
    python benchmarks/throughput.py --skip-spacy         # rules engine only
    python benchmarks/throughput.py --rounds 7 --spacy-texts 30
    python benchmarks/throughput.py --only-stages --rounds 3   # where the time goes

Prints, for this machine:

1. **rules MB/s**: ``extract_many`` with the rules engine over the PolNeAR
   train texts (read in place, never copied), end to end, and the engine alone;
2. **per-byte cost** of one document of 10 KB, 100 KB and 1 MB (prefixes of
   the train texts joined into one document), each size fed about 1 MB per
   round so the three do the same work, and a 200 KB text with no sentence end;
3. **spaCy full / raw**: ``extract_many(engine="spacy")`` against the bare
   ``nlp.pipe`` on the same texts, both the engine's own pipeline and the
   stock one it was loaded from; then (3b) in wall-clock time, the
   single-process ratio beside ``extract_many(..., overlap=True)``, which
   finishes and extracts in a second process while this one parses (a
   second core), with the CPU of both processes counted, the parsing
   process's own CPU ratio and the worker's CPU, and that ratio split
   into the parse itself (``nlp.pipe``'s own time, overlapped against raw)
   and the parsing process's time outside it (``--only-overlap`` for 3b
   alone);
4. **textacy on the same parse**: textacy's ``direct_quotations`` against
   newsmodel's conversion and extractors, both reading the same spaCy docs
   (see ``benchmarks/textacy_baseline.py`` for their accuracy);
5. **where the time goes** (``--skip-stages`` to leave out): the CPU time of
   each stage of a full extraction, per text: the engine (for spaCy, the
   parse alone), the conversion of its output (spaCy), the document check,
   each extractor in pipeline order, and building and validating the
   Article; for the rules engine on the train texts and for spaCy on the
   same dev texts as 3.

Times are CPU seconds of the benchmark process by default (``--clock wall``
for elapsed time): on a shared machine CPU time moves far less with other
jobs than elapsed time does.  Every comparison alternates its sides round by
round (A B, then B A), and each figure is the median over the rounds, so
that load from other processes hits both sides alike.  The load average is printed
before and after: figures taken under load are slower, and ratios hold up
better than absolute rates.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from collections import deque
from typing import Any, Callable, Iterator

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import newsmodel  # noqa: E402

POLNEAR = REPO.parent / "shared" / "data" / "polnear"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def read_texts(split: str, limit: int | None = None) -> list[str]:
    d = POLNEAR / split / "text"
    if not d.is_dir():
        return []
    paths = sorted(d.glob("*.txt"))[:limit]
    return [p.read_text(encoding="utf-8") for p in paths]


def mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


#: "cpu" (this process's CPU time, the default: it hardly moves with other
#: jobs on the machine) or "wall" (elapsed time), set by ``--clock``.
CLOCK = "cpu"


def timed(fn: Callable[[], Any]) -> float:
    clock = time.process_time if CLOCK == "cpu" else time.perf_counter
    t0 = clock()
    fn()
    return clock() - t0


def paired(sides: dict[str, Callable[[], Any]], rounds: int) -> dict[str, list[float]]:
    """Run each side once per round, in turn, and return every side's times."""
    times: dict[str, list[float]] = {k: [] for k in sides}
    for r in range(rounds):
        order = list(sides) if r % 2 == 0 else list(reversed(sides))  # A B, then B A
        for k in order:
            times[k].append(timed(sides[k]))
    return times


def prefix(big: str, size: int) -> str:
    """The first ``size`` characters of ``big``, cut back to a line end."""
    cut = big[:size]
    return cut[: cut.rfind("\n")] if "\n" in cut else cut


# -- 1 and 2: the rules engine ----------------------------------------------------


def rules_throughput(texts: list[str], rounds: int) -> None:
    engine = newsmodel.get_engine("rules")
    newsmodel.extract(texts[0])  # load the lexicons before the first timed round
    size = mb(texts)
    times = paired(
        {
            "end to end": lambda: sum(1 for _ in newsmodel.extract_many(texts, engine="rules")),
            # each document dropped as soon as it is made, as ``extract_many`` does: a list of all 840
            # keeps them alive, and the collector's full collections then walk every one of their
            # tokens (measured: 4.58 against 2.89 ms a text on 840 train texts, stop 37)
            "engine alone": lambda: deque(map(engine.annotate, texts), maxlen=0),
        },
        rounds,
    )
    print(f"\n1. rules engine, {len(texts)} PolNeAR train texts, {size:.2f} MB, {rounds} rounds")
    for k, ts in times.items():
        print(f"   {k:14s} {size / statistics.median(ts):6.2f} MB/s   (median {statistics.median(ts):.2f} s; rounds {', '.join(f'{t:.2f}' for t in ts)})")


def per_byte_cost(texts: list[str], rounds: int) -> None:
    big = "\n".join(texts)
    sizes = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000}
    docs = {k: prefix(big, n) for k, n in sizes.items() if len(big) >= n}
    # about 1 MB of text per size and round: 100 x 10 KB, 10 x 100 KB, 1 x 1 MB
    reps = {k: max(1, round(1_000_000 / len(d))) for k, d in docs.items()}
    newsmodel.extract(docs["10 KB"])  # warm the lexicons
    times = paired({k: (lambda d=d, n=reps[k]: [newsmodel.extract(d) for _ in range(n)]) for k, d in docs.items()}, rounds)
    print(f"\n2. per-byte cost of one document (rules, end to end), {rounds} rounds")
    cost = {}
    for k, d in docs.items():
        cost[k] = statistics.median(times[k]) / (reps[k] * len(d.encode("utf-8"))) * 1e6
        print(f"   {k:7s} ({len(d):>9,d} chars x {reps[k]:3d})  {cost[k]:6.2f} µs/byte")
    if "1 MB" in cost and "100 KB" in cost:
        print(f"   1 MB / 100 KB per-byte ratio: {cost['1 MB'] / cost['100 KB']:.2f}   (100 KB / 10 KB: {cost['100 KB'] / cost['10 KB']:.2f})")
    no_end = big[:400_000].translate({ord(c): " " for c in ".!?…\n"})[:200_000]  # one 200 KB run-on sentence
    t = statistics.median(timed(lambda: newsmodel.extract(no_end)) for _ in range(max(1, rounds // 2)))
    print(f"   200 KB with no sentence end: {t:.2f} s")


# -- 3 and 4: spaCy ---------------------------------------------------------------


def spacy_overhead(texts: list[str], rounds: int, batch_size: int, overlap_batch_size: int | None = None) -> None:
    if "spacy" not in newsmodel.available_engines():
        print("\n3. spaCy: engine not installed; skipped")
        return
    import spacy
    from newsmodel_spacy.normalize import plain_text

    engine = newsmodel.get_engine("spacy")
    stock = spacy.load(engine.model)
    plain = [plain_text(t) for t in texts]
    size = mb(texts)
    newsmodel.extract(texts[0], engine="spacy")  # load the lexicons before the first timed round
    for nlp in (engine.nlp, stock):
        nlp(plain[0])  # and the pipelines' first call, slower than the others
    # "raw" runs the engine's own pipeline (the same components, the paragraph one included)
    # on the texts the engine feeds it; "full" adds what newsmodel does around it: the
    # normalisation, the conversion, the extractors and the Article's validation
    times = paired(
        {
            "full": lambda: sum(1 for _ in newsmodel.extract_many(texts, engine="spacy", batch_size=batch_size)),
            "raw": lambda: sum(1 for _ in engine.nlp.pipe(plain, batch_size=batch_size)),
            "stock": lambda: sum(1 for _ in stock.pipe(plain, batch_size=batch_size)),
        },
        rounds,
    )
    full, raw, bare = (statistics.median(times[k]) for k in ("full", "raw", "stock"))
    print(f"\n3. spaCy ({engine.model}), {len(texts)} PolNeAR dev texts, {size:.2f} MB, batch {batch_size}, {rounds} rounds")
    print(f"   full extraction                  {full:6.2f} s   ({1000 * full / len(texts):.0f} ms per text)")
    print(f"   raw nlp.pipe, engine's pipeline  {raw:6.2f} s   -> full / raw   {full / raw:.3f}")
    print(f"   raw nlp.pipe, stock pipeline     {bare:6.2f} s   -> full / stock {full / bare:.3f}   (same texts, without the paragraph component)")
    per_round = [f / r for f, r in zip(times["full"], times["raw"])]
    print(f"   full / raw per round: {', '.join(f'{x:.3f}' for x in per_round)}")
    print(f"   engine's pipeline: {', '.join(engine.nlp.pipe_names)}; stock: {', '.join(stock.pipe_names)}")
    spacy_overlapped(engine, texts, plain, rounds, overlap_batch_size or batch_size)
    textacy_same_parse(engine, plain, texts, rounds)


def overlap_only(texts: list[str], rounds: int, batch_size: int) -> None:
    """3b alone (``--only-overlap``), with the engine and the texts set up as 3 does."""
    from newsmodel_spacy.normalize import plain_text

    engine = newsmodel.get_engine("spacy")
    plain = [plain_text(t) for t in texts]
    newsmodel.extract(texts[0], engine="spacy")  # load the lexicons before the first timed round
    engine.nlp(plain[0])  # and the pipeline's first call
    spacy_overlapped(engine, texts, plain, rounds, batch_size)


def cpu_with_children() -> float:
    """CPU seconds of this process, of its children reaped so far and of the kept overlap worker so far."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system + overlap_worker_cpu()


def overlap_worker_cpu() -> float:
    """CPU seconds of the kept overlap worker (``newsmodel.overlap_worker``) so far, read from /proc; 0 when none.

    The worker is kept between calls, so it is not reaped (and not in
    ``os.times()``'s children) until it is closed.
    """
    from newsmodel.overlap_worker import worker_pid

    pid = worker_pid()
    if pid is None:
        return 0.0
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime, in clock ticks


def spacy_overlapped(engine: Any, texts: list[str], plain: list[str], rounds: int, batch_size: int) -> None:
    """3b: ``extract_many(..., overlap=True)`` against raw ``nlp.pipe`` in elapsed time, beside the single-process path.

    Always wall-clock (the overlap's gain is elapsed time on a second core),
    alternating round by round, each ratio taken within its round.  The CPU
    ratios count the overlap worker's CPU with this process's; the parsing
    process's own CPU ratio is the one the wall-clock ratio approaches when
    the second core is free, and the worker's CPU per text says how much of
    that core it takes.  The worker is started before the first round (it is
    kept between calls), so no round pays for the fork.
    """
    from newsmodel.overlap_worker import close_overlap_worker

    close_overlap_worker()
    sum(1 for _ in newsmodel.extract_many(texts[:1], engine="spacy", overlap=True))  # fork the kept worker now
    sides = {
        "overlapped": lambda: sum(1 for _ in newsmodel.extract_many(texts, engine="spacy", batch_size=batch_size, overlap=True)),
        "single process": lambda: sum(1 for _ in newsmodel.extract_many(texts, engine="spacy", batch_size=batch_size)),
        "raw": lambda: sum(1 for _ in engine.nlp.pipe(plain, batch_size=batch_size)),
    }
    wall: dict[str, list[float]] = {k: [] for k in sides}
    cpu: dict[str, list[float]] = {k: [] for k in sides}
    own: dict[str, list[float]] = {k: [] for k in sides}
    worker: list[float] = []
    parse: dict[str, list[float]] = {k: [] for k in sides}  # nlp.pipe's own CPU (main thread) in a run
    main: dict[str, list[float]] = {k: [] for k in sides}  # the main thread's CPU in a run
    in_pipe = [0.0]
    engine.nlp.pipe = _thread_timed(engine.nlp.pipe, in_pipe)
    try:
        for r in range(rounds):
            for k in list(sides) if r % 2 == 0 else list(reversed(sides)):
                in_pipe[0] = 0.0
                w0, c0, p0, k0, m0 = time.perf_counter(), cpu_with_children(), time.process_time(), overlap_worker_cpu(), time.thread_time()
                sides[k]()
                wall[k].append(time.perf_counter() - w0)
                cpu[k].append(cpu_with_children() - c0)
                own[k].append(time.process_time() - p0)
                main[k].append(time.thread_time() - m0)
                parse[k].append(in_pipe[0])
                if k == "overlapped":
                    worker.append(overlap_worker_cpu() - k0)
    finally:
        del engine.nlp.pipe  # the instance attribute set above: back to the class's method

    def ratios(times: dict[str, list[float]], k: str) -> str:
        per_round = [a / b for a, b in zip(times[k], times["raw"])]
        return f"{statistics.median(per_round):.3f} (rounds {', '.join(f'{x:.3f}' for x in per_round)})"

    print(f"\n3b. spaCy overlapped: extract_many(overlap=True), {len(texts)} dev texts, batch {batch_size}, {rounds} rounds, "
          f"wall-clock; the overlapped run uses a second core (one worker process)")
    print(f"   raw nlp.pipe                     {statistics.median(wall['raw']):6.2f} s wall")
    print(f"   single process full / raw        wall {ratios(wall, 'single process')}")
    print(f"   overlapped full / raw            wall {ratios(wall, 'overlapped')}")
    print(f"   CPU, this process + worker / raw: single process {ratios(cpu, 'single process')}; overlapped {ratios(cpu, 'overlapped')}")
    print(f"   CPU, this process alone / raw:    overlapped {ratios(own, 'overlapped')}   (the parsing process's CPU ratio)")
    if worker:
        med = statistics.median(worker)
        print(f"   the worker's CPU (the second core): {med:.2f} s a run, {1000 * med / len(texts):.1f} ms per text, "
              f"{med / statistics.median(wall['overlapped']):.0%} of the overlapped run's elapsed time")
    # the parsing process's ratio in two parts: the parse running slower or faster beside the worker,
    # and newsmodel's own code in that process (normalising, reading the columns, the hand-over,
    # reading the Articles back; the pool's threads)
    print(f"   the parse itself (nlp.pipe's own CPU), overlapped / raw: {ratios(parse, 'overlapped')}")
    outside = [m - p for m, p in zip(main["overlapped"], parse["overlapped"])]
    threads = [o - m for o, m in zip(own["overlapped"], main["overlapped"])]
    print(f"   the parsing process outside the parse: main thread {1000 * statistics.median(outside) / len(texts):.2f} ms per text, "
          f"the pool's threads {1000 * statistics.median(threads) / len(texts):.2f} ms per text "
          f"({statistics.median(o / r for o, r in zip(outside, parse['raw'])):.1%} and "
          f"{statistics.median(t / r for t, r in zip(threads, parse['raw'])):.1%} of the raw parse)")


def _thread_timed(pipe: Callable[..., Any], total: list[float]) -> Callable[..., Any]:
    """``pipe`` that adds the calling thread's CPU inside each of its steps to ``total[0]``.

    Why: the parsing process's CPU ratio mixes the parse itself, which runs
    at another speed beside a busy second process, with newsmodel's own code
    around it; only the thread's CPU inside ``nlp.pipe`` tells them apart.
    The normalisation that ``extract_many`` feeds through the pipe's input
    generator is counted inside (0.3 ms a text).
    """

    def timed(*args: Any, **kwargs: Any) -> Any:
        steps = pipe(*args, **kwargs)
        while True:
            t0 = time.thread_time()
            try:
                doc = next(steps)
            except StopIteration:
                return
            finally:
                total[0] += time.thread_time() - t0
            yield doc

    return timed


def textacy_same_parse(engine: Any, plain: list[str], texts: list[str], rounds: int) -> None:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        print("\n4. textacy: not installed (pip install textacy); skipped")
        return
    from newsmodel_spacy.convert import doc_to_annotated

    docs = list(engine.nlp.pipe(plain))
    unbalanced = 0

    def textacy_run() -> None:
        nonlocal unbalanced
        unbalanced = 0
        for d in docs:
            try:
                list(direct_quotations(d))
            except ValueError:
                unbalanced += 1  # an odd number of quote marks: textacy gives up on the document

    def newsmodel_run() -> None:
        for d, t in zip(docs, texts):
            ann = doc_to_annotated(d, engine_version=engine.version, has_parse=engine.has_parse, text=t).check()
            newsmodel.run_extractors(ann, engine_version=engine.version)

    times = paired({"textacy": textacy_run, "newsmodel": newsmodel_run}, rounds)
    tx, nm = statistics.median(times["textacy"]), statistics.median(times["newsmodel"])
    print(f"\n4. on the same {len(docs)} spaCy parses, {rounds} rounds")
    print(f"   textacy direct_quotations              {1000 * tx / len(docs):6.1f} ms per text ({unbalanced} texts refused: unbalanced quotes)")
    print(f"   newsmodel conversion + all extractors  {1000 * nm / len(docs):6.1f} ms per text")


# -- 5: where the time goes ----------------------------------------------------------


def stage_times(texts: list[str], parse: Callable[[list[str]], Iterator[Any]], convert: Callable[[Any, str], Any] | None, rounds: int) -> dict[str, list[float]]:
    """Each stage's CPU time per round, over all ``texts``: what ``extract_many`` does, step by step.

    One document at a time, as ``extract_many`` does: ``parse`` yields the documents lazily
    (the engine stage is the time of each ``next``), and each is converted, checked, extracted
    and built, then dropped before the next one is made.  Holding every document of the round
    until its extractors ran (as this did up to stop 36) kept hundreds of documents alive, so
    the collector's full collections walked all their tokens and every stage measured slower
    than it runs in ``extract_many``.
    """
    from newsmodel import plugins
    from newsmodel.draft import Draft
    from newsmodel.inputs import content_id
    from newsmodel.schema import Provenance

    clock = time.process_time if CLOCK == "cpu" else time.perf_counter
    chosen = plugins.resolve_extractors(None)
    provenance = Provenance(extractors=tuple(i.name for i in chosen))
    out: dict[str, list[float]] = {}
    for _ in range(rounds):
        t: dict[str, float] = dict.fromkeys(("engine", "conversion", "document check", "draft"), 0.0)
        if convert is None:
            del t["conversion"]
        docs = parse(texts)
        for text in texts:
            t0 = clock()
            doc = next(docs)
            t["engine"] += clock() - t0
            if convert is not None:
                t0 = clock()
                doc = convert(doc, text)
                t["conversion"] += clock() - t0
            t0 = clock()
            doc = doc.check()
            t["document check"] += clock() - t0
            t0 = clock()
            draft = Draft(doc, id=content_id(doc.text))
            t["draft"] += clock() - t0
            for info in chosen:
                t0 = clock()
                info.extractor(doc, draft)
                t1 = clock()
                t[f"extractor {info.name}"] = t.get(f"extractor {info.name}", 0.0) + t1 - t0
            t0 = clock()
            draft.build(provenance)
            t["Article build"] = t.get("Article build", 0.0) + clock() - t0
            doc = draft = None  # dropped before the next document is made
        for k, v in t.items():
            out.setdefault(k, []).append(v)
    return out


def print_stages(title: str, texts: list[str], times: dict[str, list[float]]) -> None:
    med = {k: statistics.median(v) for k, v in times.items()}
    total = sum(med.values())
    print(f"\n5. where the time goes: {title}, {len(texts)} texts, {mb(texts):.2f} MB (median CPU per stage)")
    for k, v in med.items():
        print(f"   {k:24s} {1000 * v / len(texts):7.2f} ms per text  {100 * v / total:5.1f}%")
    print(f"   {'total':24s} {1000 * total / len(texts):7.2f} ms per text  ({mb(texts) / total:.2f} MB/s)")


def stages_rules(texts: list[str], rounds: int) -> None:
    engine = newsmodel.get_engine("rules")
    newsmodel.extract(texts[0])
    times = stage_times(texts, lambda ts: map(engine.annotate, ts), None, rounds)
    print_stages("rules engine, PolNeAR train", texts, times)


def stages_spacy(texts: list[str], rounds: int, batch_size: int) -> None:
    if "spacy" not in newsmodel.available_engines():
        return
    from newsmodel_spacy.normalize import plain_text

    engine = newsmodel.get_engine("spacy")
    newsmodel.extract(texts[0], engine="spacy")
    times = stage_times(
        texts,
        lambda ts: iter(engine.nlp.pipe(map(plain_text, ts), batch_size=batch_size)),
        engine._convert,
        rounds,
    )
    print_stages(f"spaCy ({engine.model}; engine = normalisation + nlp.pipe), PolNeAR dev", texts, times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5, help="rounds per comparison (median taken)")
    ap.add_argument("--train-limit", type=int, default=None, help="use only the first N train texts for MB/s")
    ap.add_argument("--spacy-texts", type=int, default=20, help="PolNeAR dev texts for the spaCy comparisons")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--overlap-batch-size", type=int, default=None, help="batch size of the overlapped comparison (3b); default --batch-size")
    ap.add_argument("--skip-spacy", action="store_true")
    ap.add_argument("--skip-rules", action="store_true")
    ap.add_argument("--skip-stages", action="store_true", help="leave out the per-stage breakdown (5)")
    ap.add_argument("--only-stages", action="store_true", help="print only the per-stage breakdown (5)")
    ap.add_argument("--only-overlap", action="store_true", help="print only the overlapped comparison (3b)")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="CPU time of this process (default) or elapsed time")
    args = ap.parse_args()
    global CLOCK
    CLOCK = args.clock

    train = read_texts("train", args.train_limit)
    if not train:
        print(f"PolNeAR not found under {POLNEAR}; nothing to measure", file=sys.stderr)
        raise SystemExit(2)
    print(f"{_dt.datetime.now(_dt.timezone.utc):%Y-%m-%d %H:%M} UTC; {machine()}")
    print(f"load average before: {load()}; times are {'CPU' if CLOCK == 'cpu' else 'wall-clock'} seconds", flush=True)
    if args.only_overlap:
        overlap_only(read_texts("dev", args.spacy_texts), args.rounds, args.overlap_batch_size or args.batch_size)
        print(f"\nload average after: {load()}")
        return
    if not args.skip_rules and not args.only_stages:
        rules_throughput(train, args.rounds)
        per_byte_cost(read_texts("train"), args.rounds)
    if not args.skip_spacy and not args.only_stages:
        spacy_overhead(read_texts("dev", args.spacy_texts), args.rounds, args.batch_size, args.overlap_batch_size)
    if not args.skip_stages or args.only_stages:
        if not args.skip_rules:
            stages_rules(train, args.rounds)
        if not args.skip_spacy:
            stages_spacy(read_texts("dev", args.spacy_texts), args.rounds, args.batch_size)
    print(f"\nload average after: {load()}")


if __name__ == "__main__":
    main()
