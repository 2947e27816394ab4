"""Stop 34 (lead): companies and platforms are organisations; a platform is where words were said.

The rules engine read any unknown capitalised subject as a person, so "Google said ..." made
Google a person although the Phoenix dictionaries code it as a company (MNCUSAMED); the social
platforms were in no dictionary, and "on Twitter" made Twitter a person and, in an attack, a
target.  A one-word name coded as a company is now an organisation; the platforms are coded as
Phoenix codes Google (``named_actors_extra.tsv``); and a platform or a broadcast after "on", "in"
or "via" is where an attack in words was made (ACCUSE), not who underwent it.  Sentences are our own.
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


def _actor(article: newsmodel.Article, name: str) -> newsmodel.Actor:
    return next(a for a in article.actors if a.name == name)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", ["Google", "Twitter", "Facebook", "YouTube"])
def test_a_company_subject_is_an_organisation(engine: str, name: str) -> None:
    article = newsmodel.extract(f"{name} said on Tuesday that it would appeal the fine.", engine=engine)
    actor = _actor(article, name)
    assert actor.kind == "organization"
    assert actor.code is not None and actor.code.startswith("MNC")


def test_a_full_name_with_a_company_surname_stays_a_person() -> None:
    article = newsmodel.extract("Mike Honda said the bill would pass the House next week.", engine="rules")
    assert _actor(article, "Mike Honda").kind == "person"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("medium", ["on Twitter", "on television", "in a radio interview"])
def test_an_attack_in_words_on_a_platform_is_criticism_of_its_object(engine: str, medium: str) -> None:
    article = newsmodel.extract(f"Senator Alma Reyes attacked the governor {medium} on Sunday.", engine=engine)
    events = [e for e in article.events if e.trigger.text == "attacked"]
    assert [e.type for e in events] == ["ACCUSE"]
    targets = [article.actor(a).name for a in events[0].targets]
    assert targets == ["governor"]


@pytest.mark.parametrize("engine", ENGINES)
def test_armed_attack_is_still_an_assault(engine: str) -> None:
    article = newsmodel.extract("Militants attacked an army checkpoint on the highway on Sunday.", engine=engine)
    assert [e.type for e in article.events if e.trigger.text == "attacked"] == ["ASSAULT"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Senator Ruiz called the governor a pathological liar on Tuesday.", "governor"),
        ("The opposition leader branded the prime minister a coward for skipping the debate.", "prime minister"),
        ("Protesters labelled the president a dictator in chants outside the palace.", "president"),
    ],
)
def test_a_party_called_a_term_of_abuse_is_criticised(engine: str, sentence: str, target: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    accusations = [e for e in article.events if e.type == "ACCUSE"]
    assert len(accusations) == 1
    assert target in [article.actor(a).name for a in accusations[0].targets]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The senator called the governor a friend and a trusted ally.",
        "The mayor called the new budget a disaster for the city.",
        "Analysts called the merger a bold bet on streaming.",
        "The speaker called a vote on the measure for Thursday.",
    ],
)
def test_a_kind_word_or_a_thing_named_is_no_event(engine: str, sentence: str) -> None:
    assert newsmodel.extract(sentence, engine=engine).events == ()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The European Union’s foreign ministers met in Brussels on Monday.", "European Union"),
        ("The Washington Post's editorial board endorsed her on Friday.", "Washington Post"),
    ],
)
def test_a_name_never_ends_in_a_possessive(engine: str, sentence: str, name: str) -> None:
    names = [a.name for a in newsmodel.extract(sentence, engine=engine).actors]
    assert name in names
    assert not any(n.endswith(("'s", "’s")) for n in names)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence, name, code",
    [
        ("The House passed the spending bill on Friday.", "House", "USAGOVLEG"),
        ("The Republican Party condemned the remarks on Sunday.", "Republican Party", "USAPTY"),
        ("The IRS said the audit would continue.", "IRS", "USAGOV"),
    ],
)
def test_us_bodies_are_coded_organisations(engine: str, sentence: str, name: str, code: str) -> None:
    actor = _actor(newsmodel.extract(sentence, engine=engine), name)
    assert (actor.kind, actor.code) == ("organization", code)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_funding_cut_for_a_programme_sanctions_no_one(engine: str) -> None:
    cut = newsmodel.extract("The legislature cut funding for the rural broadband program last spring.", engine=engine)
    assert [e.type for e in cut.events] == []
    aid = newsmodel.extract("The United States cut funding for the UN refugee agency last year.", engine=engine)
    assert [e.type for e in aid.events] == ["SANCTION"]
