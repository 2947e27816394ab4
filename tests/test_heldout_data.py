"""The held-out event, CAMEO-coded and denial files are well formed (issue 14).

These files are scored by ``scripts/dev_events.py --set heldout``; they are
never tuned on, so nothing here looks at what the extractor makes of them.
The checks only keep the data usable: the right number of columns, known
PLOVER categories, triggers, agents and deniers that occur in their sentence,
and no sentence shared with the development files.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsmodel

DATA = Path(__file__).resolve().parent / "data"
HELDOUT = {"events_heldout.tsv": 5, "cameo_heldout.tsv": 6, "denials_heldout.tsv": 3}
KNOWN_TYPES = set(newsmodel.PLOVER_CATEGORIES) | {"-"}


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def occurs(word: str, text: str) -> bool:
    return word.lower() in text.lower()


@pytest.mark.parametrize("name, width", sorted(HELDOUT.items()))
def test_rows_have_the_right_columns_and_a_held_out_header(name, width):
    text = (DATA / name).read_text(encoding="utf-8")
    assert "HELD-OUT" in text.splitlines()[0] and "NOT FOR TUNING" in text.splitlines()[0]
    found = rows(name)
    assert found
    bad = [r for r in found if len(r) != width or not r[0].strip()]
    assert not bad, bad


@pytest.mark.parametrize("name, type_col", [("events_heldout.tsv", 1), ("cameo_heldout.tsv", 2)])
def test_event_rows_use_known_plover_categories_and_words_of_their_sentence(name, type_col):
    for row in rows(name):
        text, gold = row[0], row[type_col]
        trigger, agent, target = row[type_col + 1 :]
        assert gold in KNOWN_TYPES, row
        assert (gold == "-") == (not trigger), row
        for word in (trigger, agent, target):
            assert not word or occurs(word, text), row


def test_every_plover_category_has_held_out_cases():
    counts = {t: 0 for t in newsmodel.PLOVER_CATEGORIES}
    for row in rows("events_heldout.tsv"):
        if row[1] != "-":
            counts[row[1]] += 1
    assert all(counts.values()), counts
    assert any(row[1] == "-" for row in rows("events_heldout.tsv"))


def test_cameo_codes_are_cameo_codes():
    for row in rows("cameo_heldout.tsv"):
        code = row[1]
        assert re.fullmatch(r"\d{2,4}", code) and 1 <= int(code[:2]) <= 20, row
        # PLOVER drops CAMEO 01 (statements) and 02 (appeals): no event.
        assert (code[:2] in ("01", "02")) == (row[2] == "-"), row


def test_denial_rows_are_yes_or_no_with_a_denier_in_the_sentence():
    found = rows("denials_heldout.tsv")
    assert {r[1] for r in found} == {"yes", "no"}
    for text, gold, denier in found:
        assert (gold == "yes") == bool(denier), (text, gold, denier)
        assert not denier or occurs(denier, text), (text, denier)


def test_no_held_out_sentence_is_a_development_sentence():
    dev = {r[0].strip().lower() for name in ("events_dev.tsv", "denials_dev.tsv") for r in rows(name)}
    held = [r[0].strip().lower() for name in HELDOUT for r in rows(name)]
    # Messages name only what a dev writer already wrote: the held-out sets themselves are never
    # printed (pytest would otherwise show their contents in the failure report).
    repeated = len(held) - len(set(held))
    assert repeated == 0, f"{repeated} held-out sentence(s) appear twice in the held-out files"
    shared = sorted(dev.intersection(held))
    assert not shared, "development sentences that are also held-out sentences (rewrite them): " + " | ".join(shared)
