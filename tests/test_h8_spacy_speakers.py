"""Statement speakers on the spaCy engine (issue 14, stop 47, helper h8): a negator in the content
before a comma does not negate the cue after it ("The offer is not enough, said ..."), for both
engines through one check (``cue_negation``); and h6's rules (stop 46, branch h6) ported without
its bare-medium rule: a cue whose only source is a noun that names no one -- a subject shared with
the clause the cue hangs on, or the noun an infinitive modifies -- and a reflexive "found
themselves" make no statement.  Sentences written for this file."""

from __future__ import annotations

import pytest

import newsmodel
from tests._engines import ENGINES, SPACY_ONLY


def _pairs(text: str, engine: str) -> list[tuple[str | None, str | None]]:
    """Each statement of ``text`` as (cue text, source text)."""
    art = newsmodel.extract(text, engine=engine)
    return [(st.cue.text if st.cue else None, st.source.text if st.source else None) for st in art.statements]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The offer is not enough, said the union leader.", "said", "the union leader"),
        ("The plan is not finished, the engineer told reporters.", "told", "the engineer"),
        ("The bridge will never be safe, said the mayor.", "said", "the mayor"),
    ],
)
def test_a_negator_in_the_content_before_a_comma_leaves_the_cue(text: str, cue: str, source: str, engine: str) -> None:
    assert (cue, source) in _pairs(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The senator did not say whether the bill would pass.",
        "The coach never said that the team would move.",
    ],
)
def test_a_negated_cue_still_makes_no_statement(text: str, engine: str) -> None:
    assert _pairs(text, engine) == []


@SPACY_ONLY
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The anger among the delegates grew, suggesting that the vote would fail.", "suggesting"),
        ("The confusion over the new rules has lasted for weeks, underscoring that the ministry acted too fast.", "underscoring"),
        ("Her task is to find a way to admit that the plan failed.", "to admit"),
        ("It was one of the main reasons to oppose the merger.", "to oppose"),
        ("The negotiators found themselves unable to agree on a date.", "found"),
    ],
)
def test_no_statement_when_no_one_speaks(text: str, cue: str) -> None:
    found = _pairs(text, "spacy")
    assert cue not in [c for c, _s in found], found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The mayor cut the budget, saying that the city was broke.", "saying", "The mayor"),
        ("The council voted on Tuesday, arguing that the road was unsafe.", "arguing", "The council"),
        ("The auditors found that the agency had lost the files.", "found", "The auditors"),
    ],
)
def test_a_shared_subject_that_names_a_party_still_speaks(text: str, cue: str, source: str, engine: str) -> None:
    assert (cue, source) in _pairs(text, engine)


def test_mute_nouns_file_is_the_build_scripts_output() -> None:
    import importlib.util
    from pathlib import Path

    from newsmodel.extractors.statements.mute_subjects import mute_nouns

    script = Path(__file__).resolve().parent.parent / "scripts" / "build_mute_nouns.py"
    spec = importlib.util.spec_from_file_location("build_mute_nouns", script)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    try:
        from wordnet_reader import WordNet  # type: ignore[import-not-found]

        wn = WordNet()
    except Exception:  # noqa: BLE001 - no WordNet files on this machine: check the rows' shape only
        wn = None
    if wn is not None:
        assert mod.OUT.read_text(encoding="utf-8") == mod.build(wn)
    words = mute_nouns()
    assert "potential" in words and "extent" in words
    assert not {"authority", "majority", "press", "percent"} & words
