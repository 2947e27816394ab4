"""Issue 14 (helper e60, stop 42): parties named by common nouns that events need --
a legislature by its chamber ("the lower house", "the assembly"), a city or town acting as its
government, and a partitive subject ("two of the senators") whose of-phrase names the agent --
beside the same words naming no party ("freedom of assembly", "an echo chamber", "in the city")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES, SPACY_ONLY, agent_events


def _actors(text: str, engine: str) -> dict[str, tuple[str, str | None]]:
    art = newsmodel.extract(text, engine=engine)
    return {a.name.lower(): (a.kind, a.code) for a in art.actors}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, name, code",
    [
        ("The upper chamber blocked the tariff bill on Thursday.", "upper chamber", "LEG"),
        ("The lower house censured the finance minister over the loans.", "lower house", "LEG"),
        ("The assembly expelled two deputies over the scandal.", "assembly", "LEG"),
        ("The town sued the mining company over the polluted river.", "town", "GOV"),
        ("The city has fined the bus operator for the late services.", "city", "GOV"),
    ],
)
def test_body_named_by_common_noun_acts(engine: str, text: str, name: str, code: str) -> None:
    found = agent_events(text, engine)
    assert any(agent == name and kind == "organization" and c == code for _t, agents in found for agent, kind, c in agents), found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, word",
    [
        ("The charter guarantees freedom of assembly to every citizen.", "assembly"),
        ("Critics called the forum an echo chamber for the ruling party.", "chamber"),
        ("The old house collapsed after the storm.", "house"),
        ("Heavy rain flooded the town on Tuesday.", "town"),
        ("Thousands of nurses rallied in the city on Saturday.", "city"),
        ("The city flooded after the dam burst.", "city"),
    ],
)
def test_word_naming_no_body_is_no_government(engine: str, text: str, word: str) -> None:
    for name, (_kind, code) in _actors(text, engine).items():
        assert not (word in name and code in ("LEG", "GOV")), (name, code)


@pytest.mark.parametrize("engine", ENGINES)
def test_chamber_of_commerce_is_no_legislature(engine: str) -> None:
    for name, (_kind, code) in _actors("The chamber of commerce criticized the new port fees.", engine).items():
        assert code != "LEG", name


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, agent",
    [
        ("Four of the nine judges criticized the ruling party.", "judges"),
        ("None of the militants attacked the checkpoint.", "militants"),
    ],
)
def test_partitive_subject_names_its_of_phrase(engine: str, text: str, agent: str) -> None:
    found = agent_events(text, engine)
    assert found and all(agent in [a for a, _k, _c in agents] for _t, agents in found), found
    assert not any(a.lower() in ("none", "four") for _t, agents in found for a, _k, _c in agents)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["city", "town", "assembly", "chamber", "house"]), st.sampled_from(["in", "near", "outside", "across"]))
def test_place_phrase_makes_no_body(word: str, prep: str) -> None:
    """A chamber or city word after a preposition of place is where, never who (rules engine)."""
    text = f"Protesters gathered {prep} the {word} on Monday."
    for name, (_kind, code) in _actors(text, "rules").items():
        assert not (word in name and code in ("LEG", "GOV")), (name, code)


@SPACY_ONLY
def test_partitive_with_apposed_name_keeps_the_name() -> None:
    """"One of them, Medora Health, has threatened": the apposed name says which one acts."""
    found = agent_events("Lawmakers courted two big insurers. One of them, Medora Health, has threatened to quit the market.", "spacy")
    assert found and found[0][1][0][0] == "Medora Health", found
