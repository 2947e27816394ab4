"""Stop 33 (lead): US states are places to the rules engine, as they are to spaCy.

The rules engine's NER knew countries, capitals and some regions from the gazetteer but no US
state, so a state opening a sentence ("Texas sued ...") became a *person* who could act and
speak.  The states are now gazetteer regions: a place, never an agent or speaker; a state's name
that opens a longer name ("Virginia Foxx", "Kansas City") stays inside that name; and a trip to a
region ("flew to Iowa") is still no intent to meet anyone.  Sentences are our own.
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


def _kinds(article: newsmodel.Article) -> dict[str, str]:
    return {a.name: a.kind for a in article.actors}


@pytest.mark.parametrize("state", ["Texas", "Ohio", "North Carolina", "Wisconsin"])
def test_a_state_opening_a_sentence_is_a_place_not_a_person(state: str) -> None:
    article = newsmodel.extract(f"{state} sued the federal government over the new rule on Monday.", engine="rules")
    assert _kinds(article)[state] == "location"
    assert all(state not in [article.actor(a).name for a in e.agents] for e in article.events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Representative Virginia Foxx said the bill would pass.", "Virginia Foxx"),
        ("Kansas City officials said the storm had passed.", "Kansas City"),
    ],
)
def test_a_state_opening_a_longer_name_stays_in_that_name(text: str, name: str) -> None:
    article = newsmodel.extract(text, engine="rules")
    assert name in _kinds(article)
    assert name.split()[0] not in _kinds(article)


def test_a_state_after_a_title_is_still_a_place() -> None:
    article = newsmodel.extract("Texas Gov. Greg Abbott said he would send more troops to the border.", engine="rules")
    kinds = _kinds(article)
    assert kinds["Texas"] == "location"
    assert kinds["Greg Abbott"] == "person"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("state", ["Iowa", "New Hampshire"])
def test_a_trip_to_a_state_is_no_intent_to_meet(engine: str, state: str) -> None:
    article = newsmodel.extract(f"The senator flew to {state} on Sunday for a last weekend of campaigning.", engine=engine)
    assert not article.events


@pytest.mark.parametrize("engine", ENGINES)
def test_a_trip_to_a_country_is_still_an_intent_to_meet(engine: str) -> None:
    article = newsmodel.extract("The prime minister flew to Japan on Sunday for talks on trade.", engine=engine)
    assert [e.type for e in article.events if e.trigger.text == "flew"] == ["AGREE"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The Justice Department opened an inquiry into the firm on Monday.", "Justice Department", "GOV"),
        ("The Supreme Court heard the case on Monday.", "Supreme Court", "JUD"),
        ("The National Assembly voted on the budget on Monday.", "National Assembly", "LEG"),
    ],
)
def test_a_named_state_body_the_dictionaries_miss_gets_its_sector(engine: str, text: str, name: str, code: str) -> None:
    article = newsmodel.extract(text, engine=engine)
    assert {a.name: a.code for a in article.actors}.get(name) == code


@pytest.mark.parametrize("engine", ENGINES)
def test_a_police_department_and_a_bare_court_get_no_guessed_code(engine: str) -> None:
    article = newsmodel.extract("The Riverside Police Department said the Court would decide.", engine=engine)
    codes = {a.name: a.code for a in article.actors}
    assert codes.get("Riverside Police Department") is None
    assert codes.get("Court") is None
