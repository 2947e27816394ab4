"""Speaker figures on a fixed PolNeAR *train* slice, and the pronoun speakers behind them.

PolNeAR marks sources but no coreference, so the end-to-end speaker score
credits a pronoun source ("he said") whatever actor it was resolved to.  To
see resolution errors this script also lists every statement whose source is
a personal pronoun, with the actor it resolved to and flags that need no gold:

* ``gender``: "he" resolved to an actor written with Mrs./Ms./Miss or already
  resolved from "she" (and the converse);
* ``number``: "they" resolved to a person, or "he"/"she" to a group;
* ``kind``: "he"/"she" resolved to an organization, a country or a place.

The listing (with ``-v``) prints the text before each pronoun for a reader
judging the antecedent by hand; it goes to the terminal, never into the repo.

    cd /tmp && python /work/NAME/scripts/pronoun_slice.py --engine rules [--limit 200] [-v]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from typing import Any

from newsmodel import pipeline
from newsmodel.evaluate import load_corpus, score_articles

TRAIN = "/work/shared/data/polnear/train"
_HE, _SHE, _THEY = {"he", "him"}, {"she", "her"}, {"they", "them"}
_FEMALE_HON = re.compile(r"\b(Mrs|Ms|Miss)\.?\s*$")
_MALE_HON = re.compile(r"\bMr\.?\s*$")


def _gender_evidence(text: str, actor: Any) -> Counter[str]:
    """Votes for the actor's gender from its own mentions: honorifics and pronouns resolved to it."""
    votes: Counter[str] = Counter()
    for m in actor.mentions:
        word = text[m.start : m.end].lower()
        before = text[max(0, m.start - 6) : m.start]
        if word in _HE:
            votes["m"] += 1
        elif word in _SHE:
            votes["f"] += 1
        elif _FEMALE_HON.search(before):
            votes["f_hon"] += 1
        elif _MALE_HON.search(before):
            votes["m_hon"] += 1
    return votes


def flags(text: str, pronoun: str, actor: Any) -> list[str]:
    """The agreement problems of ``pronoun`` resolved to ``actor`` that need no gold."""
    out = []
    if actor is None:
        return ["unresolved"]
    votes = _gender_evidence(text, actor)
    # the actor's own chain already holds the other gender (the pronoun itself is one of its mentions)
    if pronoun in _HE and (votes["f_hon"] or votes["f"]):
        out.append("gender")
    if pronoun in _SHE and (votes["m_hon"] or votes["m"]):
        out.append("gender")
    if pronoun in _THEY and actor.kind == "person":
        out.append("number")
    if pronoun in _HE | _SHE and actor.kind in ("organization", "country", "location", "group"):
        out.append("kind")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", default="rules")
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--path", default=TRAIN)
    ap.add_argument("-v", action="store_true", help="print each pronoun speaker with the text before it")
    args = ap.parse_args()
    docs = load_corpus(args.path, limit=args.limit)
    articles = list(pipeline.extract_many([{"text": d.text, "id": d.name} for d in docs], engine=args.engine))
    report = score_articles(docs, articles)
    sp = report.metrics["end_to_end.speaker"]
    print(f"{args.engine} train[:{args.limit}] speaker TP {sp.tp} FP {sp.fp} FN {sp.fn}")
    counts: Counter[str] = Counter()
    for doc, art in zip(docs, articles):
        text = doc.text
        for st in art.statements:
            if st.source is None:
                continue
            word = text[st.source.start : st.source.end].lower()
            if word not in _HE | _SHE | _THEY:
                continue
            actor = art.actor(st.speaker) if st.speaker else None
            fl = flags(text, word, actor)
            counts["pronoun"] += 1
            for f in fl:
                counts[f] += 1
            if args.v:
                name = f"{actor.name} ({actor.kind})" if actor else "-"
                ctx = " ".join(text[max(0, st.source.start - 260) : st.source.end + 40].split())
                print(f"\n[{doc.name[:40]} @{st.source.start}] {word} -> {name} {fl}\n   ...{ctx}")
    print("pronoun speakers:", dict(counts))


if __name__ == "__main__":
    main()
