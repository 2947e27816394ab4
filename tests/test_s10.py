"""Speed work of helper s10 (issue 13): the faster paths give what the slower ones gave."""

from __future__ import annotations

import re

import pytest

import newsmodel
from newsmodel.extractors.denials import _cues, _quoted_verdict_pattern
from newsmodel.lexicons import rows


@pytest.mark.parametrize(
    "text",
    [
        # a name in -ly that starts a sentence before a speech verb: its lemma is the name
        "The rally ended early. Kelly said the plan had failed. Reilly told reporters nothing.",
        # title-case headlines, tagged from a recased copy (the engine hands over its lower-case
        # words and lemmas for these documents too)
        "Police Arrest Protest Leaders In Capital\n\nPolice arrested five people on Monday, officials said.",
        "Italy Extradites Suspect To Germany.\n\nThe suspect was flown out on Friday.",
        "KREMLIN DENIES REPORT ON TALKS\nKelly Said Nothing\nOfficials said the talks would go on.",
    ],
)
def test_the_rules_engines_lower_case_columns_are_the_tokens_lower_cased(text: str) -> None:
    doc = newsmodel.annotate(text, engine="rules")
    assert doc.lowered_texts() == [t.text.lower() for t in doc.tokens]
    assert doc.lowered_lemmas() == [t.lemma.lower() for t in doc.tokens]


def _verdicts_by_lookbehind(text: str) -> list[tuple[int, int]]:
    """The quoted-verdict pattern as it was written before: the look-behind first."""
    preds = sorted(_cues().get("predicate", []), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in preds)
    old = re.compile(r"(?<=\s)['‘\"“](?:[A-Za-z]+\s+){0,2}(?:" + body + r")['’\"”]", re.IGNORECASE)
    return [m.span() for m in old.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kremlin: Reports of Putin Illness 'Nonsense'",
        "Ministry Calls Claims “Complete Nonsense”",
        "'Nonsense' at the start of a line, and\n\"fake\" after a line break",
        "no space before:'nonsense' and a tab before\t‘Totally false’ here",
        "a word inside quotes that is no verdict: 'Reports' and ''",
    ],
)
def test_the_quoted_verdict_pattern_matches_where_the_look_behind_pattern_did(text: str) -> None:
    assert [m.span() for m in _quoted_verdict_pattern().finditer(text)] == _verdicts_by_lookbehind(text)


def test_lexicon_rows_skip_comments_and_blank_lines_and_strip_columns(tmp_path, monkeypatch) -> None:
    from newsmodel import lexicons

    body = "# a comment\n\n   # an indented comment\nword \t class\t source \n  \t \nsecond\tx\n"

    class _Files:
        def joinpath(self, name: str) -> "_Files":
            return self

        def read_text(self, encoding: str) -> str:
            return body

    monkeypatch.setattr(lexicons.resources, "files", lambda _: _Files())
    rows.cache_clear()
    try:
        assert rows("any.tsv") == (("word", "class", "source"), ("second", "x"))
    finally:
        rows.cache_clear()
