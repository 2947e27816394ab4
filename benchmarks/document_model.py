"""What the document model costs a text, counted (not a test; figures for docs/performance.md).

    python benchmarks/document_model.py               # first 300 PolNeAR train texts, rules
    python benchmarks/document_model.py --texts 50

Prints, per text of ``extract_many`` over the train texts (read in place, never copied):

1. **field reads** of ``Token``, ``Sentence`` and ``Entity``, by field: each slot is replaced, for
   one counted run, by a property that counts and then reads the slot;
2. **calls of the document and draft helpers** (``token_at``, ``lowered_texts``,
   ``lowered_lemmas``, ``Draft.actor_at``, ``lexicons.word_class``), each wrapped for one run;
3. **what one field read costs** (timeit): the ``Token`` class against a plain slotted class, a
   class with a ``__dict__``, a ``namedtuple``, a tuple index and a per-document column list;
4. **the collector**: its CPU a text by generation, over two warm runs (``gc.callbacks``).

Stop 39 (s22) asked whether a cheaper document model could reach the rules target; the counts
times the costs answer it (see docs/performance.md).  Counting slows a run several times over,
so the counted runs give counts, never times.
"""

from __future__ import annotations

import argparse
import collections
import gc
import sys
import time
import timeit
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import newsmodel  # noqa: E402
from newsmodel import document, draft, lexicons  # noqa: E402

POLNEAR = REPO.parent / "shared" / "data" / "polnear"
if not POLNEAR.is_dir():  # a git worktree beside the main checkout
    POLNEAR = Path("/work/shared/data/polnear")


def run(texts: list[str]) -> float:
    t0 = time.process_time()
    for _ in newsmodel.extract_many(texts, engine="rules"):
        pass
    return time.process_time() - t0


def count_field_reads(texts: list[str]) -> collections.Counter[str]:
    """Field reads during one run, by ``Class.field``; the classes are restored after."""
    counts: collections.Counter[str] = collections.Counter()
    saved: list[tuple[type, str, Any]] = []

    def counting(slot: Any, key: str) -> property:
        get, put = slot.__get__, slot.__set__

        def read(obj: Any) -> Any:
            counts[key] += 1
            return get(obj, type(obj))

        return property(read, lambda obj, value: put(obj, value))  # frozen __init__ stores through it

    for cls in (document.Token, document.Sentence, document.Entity):
        for name in cls.__slots__:  # type: ignore[attr-defined]
            slot = cls.__dict__[name]
            saved.append((cls, name, slot))
            setattr(cls, name, counting(slot, f"{cls.__name__}.{name}"))
    try:
        run(texts)
    finally:
        for cls, name, slot in saved:
            setattr(cls, name, slot)
    return counts


def count_helper_calls(texts: list[str]) -> collections.Counter[str]:
    """Calls of the helpers during one run; the originals are restored after."""
    counts: collections.Counter[str] = collections.Counter()
    targets: list[tuple[Any, str]] = [
        (document.AnnotatedDocument, "token_at"),
        (document.AnnotatedDocument, "lowered_texts"),
        (document.AnnotatedDocument, "lowered_lemmas"),
        (draft.Draft, "actor_at"),
        (lexicons, "word_class"),
    ]
    saved = [(owner, name, owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)) for owner, name in targets]

    def counted(fn: Callable[..., Any], key: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            counts[key] += 1
            return fn(*args, **kwargs)

        return call

    for owner, name, fn in saved:
        setattr(owner, name, counted(fn, name))
    # modules that imported ``word_class`` by name hold their own reference
    users = [m for n, m in list(sys.modules.items()) if n.startswith("newsmodel") and getattr(m, "word_class", None) is saved[-1][2]]
    for m in users:
        m.word_class = lexicons.word_class  # type: ignore[attr-defined]
    try:
        run(texts)
    finally:
        for owner, name, fn in saved:
            setattr(owner, name, fn)
        for m in users:
            m.word_class = saved[-1][2]  # type: ignore[attr-defined]
    return counts


def read_costs() -> dict[str, float]:
    """ns a read over a bare name load, best of 7, for one field of each representation."""
    from collections import namedtuple

    t = document.new_token(3, "word", 10, 14, "word", "NOUN", 0, None, "", "", True)
    slots = document.Token.__slots__  # type: ignore[attr-defined]
    values = tuple(getattr(t, k) for k in slots)
    plain_slots = type("PlainSlots", (), {"__slots__": slots})()
    with_dict = type("WithDict", (), {})()
    for k, v in zip(slots, values):
        setattr(plain_slots, k, v)
        setattr(with_dict, k, v)
    cases: list[tuple[str, str, Any]] = [
        ("Token (frozen, slotted dataclass)", "x.pos", t),
        ("plain __slots__ class", "x.pos", plain_slots),
        ("class with a __dict__", "x.pos", with_dict),
        ("namedtuple field", "x.pos", namedtuple("T", slots)(*values)),
        ("tuple index", "x[5]", values),
        ("column list index", "x[i]", ["NOUN"] * 1000),
    ]

    def per_read(expr: str, x: Any) -> float:
        stmt = "for i in r:\n    " + "; ".join([expr] * 10)
        best = min(timeit.repeat(stmt, globals={"x": x, "r": range(1000)}, number=200, repeat=7))
        return best / (200 * 1000 * 10) * 1e9

    bare = per_read("x", t)
    return {label: per_read(expr, x) - bare for label, expr, x in cases}


def collector(texts: list[str]) -> tuple[float, dict[int, list[float]]]:
    """CPU a run and the collector's (count, seconds) by generation, median of two warm runs."""
    acc: dict[int, list[float]] = {0: [0, 0.0], 1: [0, 0.0], 2: [0, 0.0]}
    started = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            a = acc[info["generation"]]
            a[0] += 1
            a[1] += time.process_time() - started[0]

    gc.callbacks.append(callback)
    try:
        total = run(texts) + run(texts)
    finally:
        gc.callbacks.remove(callback)
    return total / 2, {g: [a[0] / 2, a[1] / 2] for g, a in acc.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=int, default=300, help="first N PolNeAR train texts")
    args = ap.parse_args()
    paths = sorted((POLNEAR / "train" / "text").glob("*.txt"))[: args.texts]
    if not paths:
        sys.exit(f"PolNeAR not found under {POLNEAR}")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    n = len(texts)
    run(texts[:5])  # lexicons and tables loaded before anything is counted
    reads = count_field_reads(texts)
    print(f"1. field reads a text: {sum(reads.values()) / n:,.0f}")
    for key, v in reads.most_common():
        print(f"   {key:24s} {v / n:8,.0f}")
    calls = count_helper_calls(texts)
    print("2. helper calls a text: " + ", ".join(f"{k} {v / n:,.0f}" for k, v in calls.most_common()))
    print("3. one field read, ns over a bare load:")
    for label, ns in read_costs().items():
        print(f"   {label:34s} {ns:5.1f}")
    cpu, gens = collector(texts)
    spent = sum(s for _, s in gens.values())
    print(f"4. the collector: {spent / n * 1e3:.2f} of {cpu / n * 1e3:.2f} ms a text ({spent / cpu:.1%}); "
          + ", ".join(f"generation {g}: {c:.1f} x {s / max(c, 1) * 1e3:.2f} ms" for g, (c, s) in gens.items()))


if __name__ == "__main__":
    main()
