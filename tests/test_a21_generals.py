"""Issue 14, helper a21 at stop 44: a general or an admiral named by the role noun is a person
actor, also after a participle ("a retired general", "the decorated admiral"), while "in general",
"the general election" and "Attorney General" name no general. Sentences are our own.
"""

from __future__ import annotations

import newsmodel
import pytest

from ._engines import ENGINES


def _people(text: str, engine: str) -> dict[str, list[str]]:
    article = newsmodel.extract(text, engine=engine)
    return {a.name: [m.text for m in a.mentions] for a in article.actors if a.kind == "person"}


def _holders(people: dict[str, list[str]], word: str) -> list[str]:
    return [name for name, mentions in people.items() if any(word in m.lower() for m in mentions)]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_retired_general_is_a_person(engine: str) -> None:
    people = _people("A retired general criticised the withdrawal plan on Sunday.", engine)
    assert _holders(people, "general"), people


@pytest.mark.parametrize("engine", ENGINES)
def test_the_retired_general_who_speaks_is_a_person(engine: str) -> None:
    people = _people("The retired general told reporters the base would close.", engine)
    assert _holders(people, "general"), people


@pytest.mark.parametrize("engine", ENGINES)
def test_a_decorated_admiral_is_one_person_with_the_later_admiral(engine: str) -> None:
    people = _people("A decorated admiral criticised the budget cuts. The admiral said the fleet was too small.", engine)
    holders = _holders(people, "admiral")
    assert len(holders) == 1, people
    assert len([m for m in people[holders[0]] if "admiral" in m.lower()]) == 2, people


@pytest.mark.parametrize("engine", ENGINES)
def test_general_as_adverb_or_modifier_is_no_person(engine: str) -> None:
    people = _people("In general, voters backed the measure. The general election is set for May.", engine)
    assert not _holders(people, "general"), people
