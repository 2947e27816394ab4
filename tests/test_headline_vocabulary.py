"""General English words in capitals and title-case headlines (issue 14, helper h2, stop 40).

The recaser (``newsmodel.engines.headline_case``) lower-cases the general words of a capitals or
title-case line from WordNet's lower-case-only words (``common_words_wordnet.tsv``), so the rules
engine no longer reads "BARLEY" or "FAMINE-HIT" as names, while surnames that are words ("Bush",
"Gates", "Baker", "Sanders") keep their capital. The sentences are written for these tests (none
copied from a corpus, none taken from the dev file).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel.engines.headline_case import normalise_headlines
from newsmodel.engines.headline_vocabulary import general_common

_SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, _SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _people(text: str) -> set[str]:
    art = newsmodel.extract(text, engine="rules")
    return {a.name.lower() for a in art.actors if a.kind in ("person", "organization")}


@pytest.mark.parametrize(
    ("text", "common"),
    [
        ("PERU SENDS 900 TONNES OF BARLEY TO DROUGHT-HIT BOLIVIA", {"tonnes", "barley", "drought-hit"}),
        ("Chile Ships Copper Cathodes To Famine-Hit Region", {"copper", "cathodes", "famine-hit"}),
        ("MINISTRY DENIES SHORTAGE OF MAIZE FLOUR IN BAKERIES", {"shortage", "maize", "bakeries"}),
    ],
)
def test_general_words_of_a_headline_are_no_actors(text, common):
    assert not any(w in name for name in _people(text) for w in common)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GATES WARNS ABOUT VACCINE HOARDING IN RICH NATIONS", "gates"),
        ("BAKER PRAISES TROOPS AT DESERT BASE", "baker"),
        ("Voters Back Sanders In Coastal Primary", "sanders"),
    ],
)
def test_surnames_that_are_words_stay_names(text, name):
    assert any(name in n for n in _people(text))


@pytest.mark.parametrize("word", ["Bush", "Gates", "King", "Rice", "Price", "Trump", "Baker", "Turkey", "March", "China"])
def test_names_and_homographs_are_not_in_the_general_vocabulary(word):
    assert not general_common(word)


def test_the_word_after_a_first_name_is_a_surname():
    assert general_common("Cotton")
    assert not general_common("Cotton", "Tom")
    assert general_common("Cotton", "In")  # "In" is in the census list, but a preposition here


def test_the_vocabulary_is_read_lazily():
    code = "import newsmodel, sys; from newsmodel.engines import headline_vocabulary as h; print(h._english.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "0"


@given(st.lists(st.sampled_from(["WHEAT", "BUSH", "TONNES", "OF", "U.S.", "SENDS", "FAMINE-HIT", "TO", "2,000", "RICE", "GATES"]), min_size=3, max_size=9))
def test_recasing_keeps_length_and_letters(words):
    line = " ".join(words)
    out = normalise_headlines(line)
    assert len(out) == len(line) and out.lower() == line.lower()


def test_committed_file_is_what_the_build_script_writes():
    reader = _load("wordnet_reader")
    if not (reader.default_dir() / "data.noun").is_file():
        pytest.skip("WordNet 3.0 files absent: run scripts/get_wordnet.sh")
    build = _load("build_common_words")
    assert build.OUT.read_text(encoding="utf-8") == build.build(reader.WordNet())


@pytest.mark.parametrize(
    "text",
    [
        "The cyclist hit back at doping claims on Tuesday.",
        "Cyclist Hits Back At Smuggling Claims",  # the recaser lower-cases "Smuggling": a gerund before the claim noun
    ],
)
def test_a_gerund_before_a_claim_noun_keeps_the_denial(text):
    art = newsmodel.extract(text, engine="rules")
    assert any(art.actor(d.denier).name.lower().endswith("cyclist") for d in art.denials if d.denier)
