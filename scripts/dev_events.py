#!/usr/bin/env python3
"""Development figures for events and denials on the project's own dev cases.

Reads ``tests/data/events_dev.tsv`` and ``tests/data/denials_dev.tsv``
(sentences written for the project, see their headers) and prints, per
engine:

* events: PLOVER type micro P/R/F1 over sentences (a sentence's predicted
  types against its gold type), case accuracy (the gold type is among the
  predicted types; for a no-event sentence, nothing is predicted), and
  agent/target accuracy on the cases whose type was found;
* denials: P/R/F1 of "this sentence has a denial", and denier accuracy.

Usage: python scripts/dev_events.py [--engine spacy] [--engine rules] [-v]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsmodel

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def read(name: str) -> list[list[str]]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append((line.split("\t") + [""] * 5)[:5])
    return out


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


def score_events(engine: str, verbose: bool) -> dict[str, float]:
    tp = fp = fn = 0
    cases_ok = n = agent_ok = target_ok = found = 0
    for text, gold, trigger, agent, target in read("events_dev.tsv"):
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
            agent_ok += a_ok
            target_ok += t_ok
            ok = ok and a_ok and t_ok
        if verbose and not ok:
            got = [(e.trigger.text, e.type, names(art, e.agents)[:1], names(art, e.targets)[:1]) for e in art.events]
            print(f"  [{engine}] {gold:9} {text}\n      got {got}")
    p, r, f = prf(tp, fp, fn)
    return {"type P": p, "type R": r, "type F1": f, "cases": cases_ok / n, "agent": agent_ok / max(found, 1), "target": target_ok / max(found, 1)}


def score_denials(engine: str, verbose: bool) -> dict[str, float]:
    tp = fp = fn = 0
    denier_ok = 0
    for text, gold, denier, _x, _y in read("denials_dev.tsv"):
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
        if verbose and (has != want or not d_ok):
            got = [(d.cue.text, names(art, [d.denier] if d.denier else [])[:1]) for d in art.denials]
            print(f"  [{engine}] {gold:3} {text}\n      got {got}")
    p, r, f = prf(tp, fp, fn)
    return {"P": p, "R": r, "F1": f, "denier": denier_ok / max(tp, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", action="append")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    for engine in args.engine or ["spacy", "rules"]:
        ev = score_events(engine, args.verbose)
        de = score_denials(engine, args.verbose)
        print(f"{engine}: events " + ", ".join(f"{k} {v:.2f}" for k, v in ev.items()))
        print(f"{engine}: denials " + ", ".join(f"{k} {v:.2f}" for k, v in de.items()))


if __name__ == "__main__":
    main()
