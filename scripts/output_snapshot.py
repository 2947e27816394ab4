"""Write every extraction of a fixed corpus as canonical JSON, to prove a speed change output-identical.

    python scripts/output_snapshot.py OUT_DIR                 # rules on all train + dev, spaCy on 150 train
    python scripts/output_snapshot.py OUT_DIR --spacy-texts 0 # rules only
    python scripts/output_snapshot.py OUT_DIR --compare BASE_DIR   # write OUT_DIR, then compare

A speed change must leave every Article the same, byte for byte.  Run this
at the base commit into one folder and after each change into another, then
compare (``--compare``): any difference is a behaviour change.

The PolNeAR texts are read in place from ``../shared/data/polnear`` (never
copied); the output holds the extracted Articles, which quote the texts, so
keep it outside the repository (``/tmp``).  One line per text, the
Article's own ``model_dump_json()`` (so a change of key order shows too),
in the order of the sorted file names, one file per engine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "data" / "polnear"
if not POLNEAR.is_dir():  # a git worktree beside the main checkout
    POLNEAR = Path("/work/shared/data/polnear")


def corpus(split: str) -> list[Path]:
    return sorted((POLNEAR / split / "text").glob("*.txt"))


def evenly(paths: list[Path], n: int) -> list[Path]:
    """``n`` paths spread over the whole list (every k-th), so each publisher is in."""
    if n <= 0:
        return []
    if n >= len(paths):
        return paths
    step = len(paths) / n
    return [paths[int(i * step)] for i in range(n)]


def write(engine: str, paths: list[Path], out: Path) -> str:
    import newsmodel

    digest = hashlib.sha256()
    with out.open("w", encoding="utf-8") as fh:
        for p in paths:
            text = p.read_text(encoding="utf-8")
            article = newsmodel.extract(text, engine=engine, id=p.parent.parent.name + "/" + p.name)
            line = article.model_dump_json() + "\n"  # the data contract itself, key order included
            digest.update(line.encode("utf-8"))
            fh.write(line)
    return digest.hexdigest()


def compare(a: Path, b: Path) -> int:
    bad = 0
    for f in sorted(a.glob("*.jsonl")):
        g = b / f.name
        if not g.exists():
            print(f"{f.name}: missing in {b}")
            bad += 1
            continue
        la, lb = f.read_text(encoding="utf-8").splitlines(), g.read_text(encoding="utf-8").splitlines()
        diff = [i for i, (x, y) in enumerate(zip(la, lb)) if x != y]
        if len(la) != len(lb):
            print(f"{f.name}: {len(la)} lines against {len(lb)}")
            bad += 1
        if diff:
            ids = [json.loads(la[i])["id"] for i in diff[:5]]
            print(f"{f.name}: {len(diff)} of {len(la)} articles differ, first {ids}")
            bad += 1
        elif len(la) == len(lb):
            print(f"{f.name}: {len(la)} articles identical")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--spacy-texts", type=int, default=150)
    ap.add_argument("--compare", type=Path, help="a folder written before, to compare OUT with")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    rules = corpus("train") + corpus("dev")
    print("rules", len(rules), write("rules", rules, args.out / "rules.jsonl"))
    spacy = evenly(corpus("train"), args.spacy_texts)
    if spacy:
        print("spacy", len(spacy), write("spacy", spacy, args.out / "spacy.jsonl"))
    return compare(args.compare, args.out) if args.compare is not None else 0


if __name__ == "__main__":
    sys.exit(main())
