#!/usr/bin/env python3
"""Development and held-out figures for events and denials on the project's own cases.

``--set dev`` (the default) reads ``tests/data/events_dev.tsv`` and
``tests/data/denials_dev.tsv`` -- the cases the rules are tuned on.
``--set heldout`` reads ``tests/data/events_heldout.tsv``,
``tests/data/cameo_heldout.tsv`` and ``tests/data/denials_heldout.tsv`` --
cases written without looking at the extractor, never to be tuned on, so
the figure estimates performance on unseen news.  (See the files' headers.)

Prints, per engine:

* events: PLOVER type micro P/R/F1 over sentences (a sentence's predicted
  types against its gold type), case accuracy (the gold type is among the
  predicted types; for a no-event sentence, nothing is predicted), case
  accuracy with roles (that, and the gold agent and target named by that
  event's actors: a miss in the ``-v`` list), and agent/target accuracy on
  the cases whose type was found;
* CAMEO-coded sentences (held-out only): the same figures, the gold type
  being the sentence's CAMEO code mapped to PLOVER;
* denials: P/R/F1 of "this sentence has a denial", denier accuracy, and
  actor-denial P/R/F1 (a denial whose denier is the gold one; a denial with
  the wrong denier counts as a false positive and a miss).

With ``--set heldout`` the misses are counted per PLOVER category (numbers
only); ``-v``, which lists the missed sentences, works on the dev set only,
so that nobody tunes on the held-out cases by accident.

Dev rows may have a sixth column, the gold event's factuality, scored on the cases whose type
was found; ``--batch N`` scores one batch of the dev files ("# ====" lines separate them).

Usage: python scripts/dev_events.py [--set dev|heldout] [--engine spacy] [--engine rules] [--batch N] [-v]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import newsmodel

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"

#: File names per set: events, denials, and (held-out only) CAMEO-coded sentences.
SETS = {
    "dev": {"events": "events_dev.tsv", "denials": "denials_dev.tsv"},
    "heldout": {"events": "events_heldout.tsv", "denials": "denials_heldout.tsv", "cameo": "cameo_heldout.tsv"},
}


def read(name: str, width: int = 5, batch: int | None = None) -> list[list[str]]:
    """Non-comment rows of a TSV under tests/data, padded to ``width`` columns. A line starting
    "# ====" opens the file's next batch of cases (the first is batch 1); ``batch`` keeps one."""
    out = []
    current = 1
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# ===="):
            current += 1
        elif line.strip() and not line.startswith("#") and batch in (None, current):
            out.append((line.split("\t") + [""] * width)[:width])
    return out


def cameo_rows(name: str) -> list[list[str]]:
    """CAMEO-coded rows as event rows: the CAMEO code column dropped, the PLOVER type kept."""
    return [[text, plover, trigger, agent, target] for text, _code, plover, trigger, agent, target in read(name, 6)]


def names(article: newsmodel.Article, ids: list[str]) -> list[str]:
    out = []
    for i in ids:
        a = article.actor(i)
        if a is not None:
            out.append(" ".join([a.name, *a.aliases, *(m.text for m in a.mentions)]).lower())
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_events(engine: str, rows: list[list[str]], verbose: bool, misses: Counter | None = None) -> dict[str, float]:
    """Event figures over ``rows``; a missed case (wrong type, agent or target) is counted in ``misses`` by gold type."""
    tp = fp = fn = 0
    cases_ok = n = agent_ok = target_ok = found = fact_ok = full_ok = 0
    for text, gold, trigger, agent, target, *rest in rows:
        factuality = rest[0] if rest else ""  # dev rows may give the gold event's factuality
        art = newsmodel.extract(text, engine=engine)
        pred = {e.type for e in art.events}
        gold_set = set() if gold == "-" else {gold}
        tp += len(pred & gold_set)
        fp += len(pred - gold_set)
        fn += len(gold_set - pred)
        ok = gold in pred if gold_set else not pred
        n += 1
        cases_ok += ok
        if gold_set and ok:
            found += 1
            ev = next(e for e in art.events if e.type == gold)
            a_ok = not agent or any(agent.lower() in s for s in names(art, ev.agents))
            t_ok = not target or any(target.lower() in s for s in names(art, ev.targets))
            f_ok = not factuality or ev.factuality == factuality
            agent_ok += a_ok
            target_ok += t_ok
            fact_ok += f_ok
            ok = ok and a_ok and t_ok and f_ok
        full_ok += ok
        if not ok and misses is not None:
            misses[gold] += 1
        if verbose and not ok:
            got = [(e.trigger.text, e.type, names(art, e.agents)[:1], names(art, e.targets)[:1]) for e in art.events]
            print(f"  [{engine}] {gold:9} {text}\n      got {got}")
    p, r, f = prf(tp, fp, fn)
    return {
        "type P": p, "type R": r, "type F1": f, "cases": cases_ok / n, "cases with roles": full_ok / n,
        "agent": agent_ok / max(found, 1), "target": target_ok / max(found, 1), "factuality": fact_ok / max(found, 1),
    }


def score_denials(engine: str, rows: list[list[str]], verbose: bool, misses: Counter | None = None) -> dict[str, float]:
    """Denial figures over ``rows``; missed cases are counted in ``misses`` as 'yes'/'no' by gold label."""
    tp = fp = fn = 0
    a_tp = a_fp = a_fn = 0
    denier_ok = 0
    for text, gold, denier, _x, _y in rows:
        art = newsmodel.extract(text, engine=engine)
        has = bool(art.denials)
        want = gold == "yes"
        tp += has and want
        fp += has and not want
        fn += want and not has
        d_ok = True
        if has and want and denier:
            d_ok = any(denier.lower() in s for s in names(art, [d.denier for d in art.denials if d.denier]))
            denier_ok += d_ok
        # Actor denial: a denial with the right denier (a wrong denier is a false positive and a miss).
        right = has and want and d_ok
        a_tp += right
        a_fp += has and not right
        a_fn += want and not right
        if misses is not None and (has != want or not d_ok):
            misses[gold] += 1
        if verbose and (has != want or not d_ok):
            got = [(d.cue.text, names(art, [d.denier] if d.denier else [])[:1]) for d in art.denials]
            print(f"  [{engine}] {gold:3} {text}\n      got {got}")
    p, r, f = prf(tp, fp, fn)
    ap, ar, af = prf(a_tp, a_fp, a_fn)
    return {"P": p, "R": r, "F1": f, "denier": denier_ok / max(tp, 1), "actor P": ap, "actor R": ar, "actor F1": af}


def line(engine: str, what: str, figures: dict[str, float]) -> str:
    return f"{engine}: {what} " + ", ".join(f"{k} {v:.2f}" for k, v in figures.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="dev", help="dev (tuned on) or heldout (never tuned on)")
    ap.add_argument("--engine", action="append")
    ap.add_argument("--batch", type=int, help="dev only: score one batch of the dev files (1 = the first)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses (dev set only)")
    args = ap.parse_args()
    files = SETS[args.set]
    heldout = args.set == "heldout"
    if heldout and args.verbose:
        ap.error("-v lists misses on the dev set only: the held-out cases are not for tuning (issue 14)")
    for engine in args.engine or ["spacy", "rules"]:
        ev_miss: Counter = Counter()
        cameo_miss: Counter = Counter()
        de_miss: Counter = Counter()
        rows = read(files["events"], 6, args.batch) if not heldout else read(files["events"])
        if rows:  # a batch may hold denial cases only
            print(line(engine, "events", score_events(engine, rows, args.verbose, ev_miss)))
        if "cameo" in files:
            print(line(engine, "cameo-coded", score_events(engine, cameo_rows(files["cameo"]), args.verbose, cameo_miss)))
        rows = read(files["denials"], 5, args.batch) if not heldout else read(files["denials"])
        if rows:  # or event cases only
            print(line(engine, "denials", score_denials(engine, rows, args.verbose, de_miss)))
        if heldout:
            for what, counts in (("event", ev_miss), ("cameo-coded", cameo_miss), ("denial", de_miss)):
                print(f"{engine}: {what} misses per gold type: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"))


if __name__ == "__main__":
    main()
