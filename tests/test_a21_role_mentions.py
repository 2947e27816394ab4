"""Issue 14, helper a21 at stop 44: a definite role noun that names again a person named earlier
with that title ("Senator Ann Lowe ... the senator said") is a mention of that person, not a second
actor; two people with one title stay two, and the noun goes to the nearest one named before it;
"the attorney general" is no "general". Sentences are our own.
"""

from __future__ import annotations

import newsmodel
import pytest

from ._engines import ENGINES


def _by_name(text: str, engine: str) -> dict[str, list[str]]:
    article = newsmodel.extract(text, engine=engine)
    return {a.name: [m.text for m in a.mentions] for a in article.actors}


def _holder(actors: dict[str, list[str]], mention: str) -> list[str]:
    return [name for name, mentions in actors.items() if mention in mentions]


@pytest.mark.parametrize("engine", ENGINES)
def test_the_senator_is_the_senator_named_before(engine: str) -> None:
    actors = _by_name("Senator Ann Lowe toured the flooded farms on Tuesday. The senator said the state would pay for repairs.", engine)
    assert "senator" not in actors, actors
    assert _holder(actors, "The senator") == ["Ann Lowe"], actors


@pytest.mark.parametrize("engine", ENGINES)
def test_abbreviated_title_names_the_role(engine: str) -> None:
    actors = _by_name("Gov. Rita Vance signed the budget on Monday. Critics said the governor had ignored the schools.", engine)
    assert "governor" not in actors, actors
    assert _holder(actors, "the governor") == ["Rita Vance"], actors


@pytest.mark.parametrize("engine", ENGINES)
def test_two_senators_stay_two_and_the_nearest_is_meant(engine: str) -> None:
    text = (
        "Senator Ann Lowe backed the bill last week. On Friday Senator Piet Okafor voted against it. "
        "The senator said the plan cost too much."
    )
    actors = _by_name(text, engine)
    assert "Ann Lowe" in actors and "Piet Okafor" in actors, actors
    assert _holder(actors, "The senator") == ["Piet Okafor"], actors


@pytest.mark.parametrize("engine", ENGINES)
def test_attorney_general_is_no_general(engine: str) -> None:
    text = "Attorney General Mara Quint opened an inquiry into the mill. The general who ran the base refused to comment."
    actors = _by_name(text, engine)
    assert "The general" not in actors.get("Mara Quint", []), actors


@pytest.mark.parametrize("engine", ENGINES)
def test_the_attorney_general_is_the_one_named(engine: str) -> None:
    text = "Attorney General Mara Quint opened an inquiry into the mill. The attorney general said the owners had hidden the spill."
    actors = _by_name(text, engine)
    assert _holder(actors, "The attorney general") == ["Mara Quint"], actors


@pytest.mark.parametrize("engine", ENGINES)
def test_role_noun_with_no_titled_person_stays_its_own(engine: str) -> None:
    actors = _by_name("Tomas Reiter opened the plant on Monday. The governor said the jobs were welcome.", engine)
    assert "The governor" not in actors.get("Tomas Reiter", []), actors


def test_two_word_surname_alone_is_the_full_name() -> None:
    # rules only: the small spaCy model tags no entity on the two-word surname here
    actors = _by_name("Rep. Nadia Ortega Ruiz spoke to the crowd on Monday. Later Ortega Ruiz left the hall without comment.", "rules")
    assert _holder(actors, "Ortega Ruiz") == ["Nadia Ortega Ruiz"], actors


def test_surname_alone_is_the_full_name_not_a_run_opened_by_a_common_word() -> None:
    text = (
        "Former Halvorsen aides met in the capital. Tomas Halvorsen spoke on Monday. "
        "Halvorsen said the plan had worked."
    )
    actors = _by_name(text, "rules")
    assert _holder(actors, "Halvorsen") == ["Tomas Halvorsen"], actors



@pytest.mark.parametrize("engine", ENGINES)
def test_role_in_apposition_is_named_again(engine: str) -> None:
    actors = _by_name("Ann Lowe, a retired general, criticised the plan on Sunday. The general said it was reckless.", engine)
    assert _holder(actors, "The general") == ["Ann Lowe"], actors


@pytest.mark.parametrize("engine", ENGINES)
def test_fronted_place_is_no_apposition_host(engine: str) -> None:
    actors = _by_name("In Corvale, the candidate rejected the charges against him.", engine)
    assert "the candidate" not in actors.get("Corvale", []), actors
