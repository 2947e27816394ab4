#!/usr/bin/env python3
"""Why a sentence gives the events it gives: every trigger candidate that was dropped, and why.

Runs the pipeline with the ``newsmodel.events`` logger at DEBUG level (see
:mod:`newsmodel.extractors.events`) and prints, for each sentence, the dropped
candidates -- word sense (with the lexicon entry and the CAMEO pattern), a
precision filter (noun modifier, "declined to comment", subsumed by a threat or
request), no agent actor, or a required recipient missing (with the actors the
role rules found) -- then the events kept and the actors found.

Usage: python scripts/why_events.py [--engine spacy|rules] "sentence" ["sentence" ...]
"""

from __future__ import annotations

import argparse
import logging

import newsmodel


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sentences", nargs="+")
    ap.add_argument("--engine", default="spacy")
    args = ap.parse_args()
    log = logging.getLogger("newsmodel.events")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    handler = _Collect()
    log.addHandler(handler)
    for text in args.sentences:
        handler.lines.clear()
        doc = newsmodel.extract(text, engine=args.engine)
        names = {a.id: f"{a.name} [{a.kind}{' ' + a.code if a.code else ''}]" for a in doc.actors}
        print(f"== {text}  ({args.engine})")
        for line in handler.lines:
            print("  " + line)
        for e in doc.events:
            agents = ", ".join(names.get(a, a) for a in e.agents)
            targets = ", ".join(names.get(a, a) for a in e.targets)
            print(f"  event {e.type}/{e.mode} {e.trigger.text!r}: agents [{agents}] targets [{targets}] {e.factuality}")
        if not doc.events:
            print("  no event")
        print("  actors: " + "; ".join(names.values()))


if __name__ == "__main__":
    main()
