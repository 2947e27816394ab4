"""Acceptance on the hand-written seed gold (skips when ../shared is absent).

Scoring rule (from the gold file's ``about``): a gold statement is found when
some extracted statement has the same speaker and a content span overlapping
the expected one by at least half of the shorter span.
"""

from __future__ import annotations

import json

import pytest

from .conftest import SEED_GOLD

pytestmark = pytest.mark.skipif(not SEED_GOLD.exists(), reason=f"seed gold not found at {SEED_GOLD}")


def _overlap_ok(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def _found_statements(article, gold) -> list[bool]:
    text = article.text
    out = []
    for g in gold["statements"]:
        start = text.find(g["content"])
        assert start >= 0, g["content"]
        span = (start, start + len(g["content"]))
        hit = False
        for s in article.statements:
            speaker = article.actor(s.speaker)
            names = {speaker.name.lower(), *(x.lower() for x in speaker.aliases)} if speaker else set()
            if g["speaker"].lower() in names and any(_overlap_ok(span, (c.start, c.end)) for c in s.content):
                hit = True
        out.append(hit)
    return out


def test_rules_engine_finds_at_least_ten_gold_statements(seed_article):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    found = _found_statements(seed_article, gold)
    assert sum(found) >= 10, f"found {sum(found)}/17"


def test_no_not_statement_is_extracted(seed_article):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text = seed_article.text
    for ns in gold["not_statements"]:
        start = text.find(ns)
        span = (start, start + len(ns))
        for s in seed_article.statements:
            assert not any(_overlap_ok(span, (c.start, c.end)) for c in s.content), ns
