"""Lead's rules at stop 43 (issue 14), through the public API, with sentences written for this file."""

from __future__ import annotations

import pytest

import newsmodel

ENGINES = ("rules", "spacy")


def _events(text: str, engine: str) -> list[tuple[str, str, list[str], list[str]]]:
    a = newsmodel.extract(text, engine=engine)
    names = {x.id: x.name.lower() for x in a.actors}
    return [(e.type, e.trigger.text, [names[i] for i in e.agents], [names[i] for i in e.targets]) for e in a.events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger", "relieved"),
    [
        ("A magistrate threw out the case against the former governor of Kasai.", "threw", "governor"),
        ("The appeals court quashed the conviction of the jailed editor.", "quashed", "editor"),
        ("Prosecutors dropped every charge against the union leader.", "dropped", "union leader"),
    ],
)
def test_legal_relief_is_a_concession_to_the_person_relieved(engine: str, text: str, trigger: str, relieved: str) -> None:
    got = [e for e in _events(text, engine) if e[1] == trigger]
    assert [e[0] for e in got] == ["CONCEDE"]
    assert any(relieved in name for name in got[0][3])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The governor dismissed the charges against her as a partisan smear.",  # the accused's denial
        "The mayor dismissed the charges as baseless.",
        "The judge threw out the evidence taken from the laptop.",
    ],
)
def test_legal_words_with_no_one_relieved_are_no_event(engine: str, text: str) -> None:
    assert [e for e in _events(text, engine) if e[0] == "CONCEDE"] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_throwing_members_out_of_a_party_stays_an_expulsion(engine: str) -> None:
    got = _events("The ruling party threw out four rebel lawmakers on Friday.", engine)
    assert [e[0] for e in got if e[1] == "threw"] == ["SANCTION"]
