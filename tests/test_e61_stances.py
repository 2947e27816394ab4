"""Stances told in present-tense relative clauses and careers told as "experience" + gerund name no
event (issue 14, stop 42, helper e61; dev batch 112).  Sentences are the project's own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

ENGINES = ["rules", "spacy"]


def _types(text: str, engine: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in newsmodel.extract(text, engine=engine).events]


def _engine(name: str) -> str:
    if name == "spacy":
        pytest.importorskip("newsmodel_spacy")
    return name


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "Farmers who back Governor Ellis filled the stands at the county fair.",
    "Retired teachers who oppose Mayor Grant outnumber the younger residents of the ward.",
    "Parents who strongly support Senator Okafor live mostly in the suburbs.",
])
def test_stance_in_present_relative_is_no_event(engine: str, text: str) -> None:
    trig = {"back", "oppose", "support"}
    assert not [t for t in _types(text, _engine(engine)) if t[1] in trig]


@pytest.mark.parametrize("engine", ENGINES)
def test_past_relative_and_main_verb_stay(engine: str) -> None:
    eng = _engine(engine)
    assert ("SUPPORT", "backed") in _types(
        "Delegates who backed Governor Ellis at the convention were later given cabinet posts.", eng)
    assert ("SUPPORT", "supported") in _types(
        "The teachers' union supported Senator Okafor at a rally in Dayton on Monday.", eng)


@pytest.mark.parametrize("engine", ENGINES)
def test_experience_gerund_is_background(engine: str) -> None:
    eng = _engine(engine)
    assert not _types("Perkins talked about his experience vetoing budget bills in his first term.", eng)
    assert not [t for t in _types("The senator cited her experience blocking spending bills as governor of Kansas.", eng)
                if t[1] == "blocking"]


@settings(max_examples=15, deadline=None)
@given(group=st.sampled_from(["Voters", "Farmers", "Nurses", "Many students"]),
       verb=st.sampled_from(["support", "back", "oppose"]),
       name=st.sampled_from(["Governor Ellis", "Senator Okafor", "Mayor Grant"]))
def test_present_stance_relative_never_an_event_rules(group: str, verb: str, name: str) -> None:
    """Invariant: "<group> who <stance verb> <party> live in the north." gives no event of that verb."""
    text = f"{group} who {verb} {name} live in the north."
    assert not [t for t in _types(text, "rules") if t[1] == verb]
