"""Every lexicon file parses and opens with a header comment that says what it is and where its
entries come from (the project's rule: word lists are data files, not literals in code)."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from newsmodel import lexicons

FILES = sorted(p.name for p in resources.files(lexicons).iterdir() if p.name.endswith(".tsv"))


def _text(name: str) -> str:
    return resources.files(lexicons).joinpath(name).read_text(encoding="utf-8")


def test_lexicon_files_found() -> None:
    assert "sense_words.tsv" in FILES and "event_cues.tsv" in FILES


@pytest.mark.parametrize("name", FILES)
def test_header_comment_says_where_entries_come_from(name: str) -> None:
    lines = _text(name).splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    assert len(header) >= 2, f"{name}: no header comment"
    assert re.search(r"\b(source|sources|written|from)\b", " ".join(header), re.IGNORECASE), f"{name}: header names no source"


@pytest.mark.parametrize("name", FILES)
def test_rows_parse(name: str) -> None:
    rows = lexicons.rows(name)
    assert rows, f"{name}: no data rows"
    assert all(r[0] for r in rows), f"{name}: a row with an empty first column"
    widths = {len(r) for r in rows}
    assert max(widths) - min(widths) <= 1, f"{name}: rows of {sorted(widths)} columns"


@pytest.mark.parametrize("name", ["sense_words.tsv", "denial_words.tsv", "actor_words.tsv", "engine_words.tsv", "object_classes.tsv"])
def test_word_class_files(name: str) -> None:
    """The word lists moved out of the extractors: word, class, source; lower case; each word
    found in its class."""
    rows = lexicons.rows(name)
    assert all(len(r) == 3 and r[1] and r[2] for r in rows)
    for word, cls, _source in rows:
        assert word == word.lower() and word in lexicons.word_class(name, cls)
    pairs = [(r[0], r[1]) for r in rows]
    assert len(pairs) == len(set(pairs)), "a word listed twice in one class"


def test_unknown_class_fails_loudly() -> None:
    with pytest.raises(KeyError):
        lexicons.word_class("sense_words.tsv", "no-such-class")
