"""Actors on news text (issue 14, helper a23 at stop 45): common words opening a sentence and
companies read as people on the rules engine, found on a PolNeAR train sample, each with its
traps. All sentences are written for this test."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


def _actors(text: str, engine: str) -> dict[str, tuple[str, int]]:
    """Actor name -> (kind, number of mentions)."""
    art = newsmodel.extract(text, engine=engine)
    return {a.name: (a.kind, len(a.mentions)) for a in art.actors}


# -- 1. an opening plural of a common noun, a participle before "by" (opening_forms) -------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, word",
    [
        ("Things are going to be fine, the mayor said on Monday.", "Things"),
        ("Programs for older patients vary from town to town, the mayor said.", "Programs"),
        ("Tensions in the port are high after the strike.", "Tensions"),
        ("Flanked by guards, the mayor walked out of the hall.", "Flanked"),
        ("Buoyed by the vote, the mayor flew home.", "Buoyed"),
        ('The mayor told the crowd: "Tensions are high, and we know it."', "Tensions"),
    ],
)
def test_opening_inflected_common_word_is_no_actor(engine: str, text: str, word: str) -> None:
    assert word not in _actors(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_plural_surname_of_a_full_name_stays_the_person(engine: str) -> None:
    # a surname that is also a plural noun: the full name elsewhere keeps it a name
    actors = _actors("Tom Woods runs the port. Woods says the strike will end.", engine)
    assert actors["Tom Woods"] == ("person", 2)
    actors = _actors("Clara Powers chairs the board. Powers said the strike will end.", engine)
    assert actors["Clara Powers"] == ("person", 2)


def test_plural_surname_before_a_singular_verb_stays_a_name() -> None:
    # the rules engine keeps a bare "Powers says": a singular verb wants a singular subject
    assert _actors("Powers says the strike will end soon.", "rules").get("Powers") == ("person", 1)


def test_opening_plural_before_a_full_verb_stays_as_read() -> None:
    # a plural a full verb follows may be the agent of an event: the rules engine reads it as at base
    assert _actors("Coastguards evacuated dozens of residents from the island.", "rules").get("Coastguards") == ("person", 1)


@pytest.mark.parametrize("engine", ENGINES)
def test_opening_agent_plural_is_still_no_named_actor(engine: str) -> None:
    actors = _actors("Militants attacked a convoy near the port on Monday.", engine)
    assert not [n for n in actors if n[:1].isupper()]


# -- 2. a company named by a business noun, an outlet named by a hyphened head (org_words) --------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, name",
    [
        ("The poll, run by Walker Dunn Research, shows the mayor ahead.", "Walker Dunn Research"),
        ("She worked at Hallam Motor for a decade before she ran for mayor.", "Hallam Motor"),
        ("She joined Metro Legal Clinic in May, and the mayor met her.", "Metro Legal Clinic"),
        ("Emma Hart, who writes for the Denver Sun-Times, said the mayor was ahead.", "Denver Sun-Times"),
    ],
)
def test_business_name_is_an_organization(engine: str, text: str, name: str) -> None:
    assert _actors(text, engine)[name][0] == "organization"


def test_short_name_of_a_hyphened_outlet_is_the_outlet() -> None:
    text = "Emma Hart, who writes for the Denver Sun-Times, said the mayor was ahead. The Sun-Times endorsed him."
    actors = _actors(text, "rules")
    assert actors["Denver Sun-Times"] == ("organization", 2)
    assert "Sun-Times" not in actors


@pytest.mark.parametrize("engine", ENGINES)
def test_double_barrelled_given_name_stays_a_person(engine: str) -> None:
    assert _actors("Hans-Peter Kessler, a lawyer, said the mayor was ahead.", engine)["Hans-Peter Kessler"][0] == "person"


# -- 3. a title-case headline with a full stop, a colon or an abbreviation (headline_case) ------

_HEADLINES = [
    "Poll: Mara Quist Beats Tomas Hale With Record Lead.\n\nMara Quist leads Tomas Hale by six points in a new survey, the pollster said.",
    "Mara Quist Backs Tomas Hale: I Am ‘Thrilled’ By His Plan.\n\nMara Quist said on Monday she would back Tomas Hale.",
    "St. Cloud Votes To Censure Tomas Hale Over Harbor Deal.\n\nThe council in St. Cloud voted on Monday to censure Tomas Hale.",
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", _HEADLINES)
def test_headline_words_are_no_name_parts(engine: str, text: str) -> None:
    actors = _actors(text, engine)
    assert actors["Tomas Hale"] == ("person", 2 + text.count("Mara Quist Backs"))  # the headline's mention joins the body's
    assert not [n for n in actors if any(w in n for w in ("Beats", "Backs", "Votes", "Record Lead", "Harbor Deal"))]


@pytest.mark.parametrize("engine", ENGINES)
def test_two_sentences_in_capitals_are_no_headline(engine: str) -> None:
    # a line of two stopped sentences is running text, read as written
    text = "Tomas Hale Wins Big. Voters Cheer Mara Quist Loudly.\n\nTomas Hale won the vote."
    assert "Tomas Hale Wins Big" in _actors(text, engine)


# -- 4. a company called again by its first word (short_org_names) -------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_company_first_word_is_the_company(engine: str) -> None:
    actors = _actors("He worked at Hallam Motor for a decade. Hallam said he retired in May.", engine)
    assert actors["Hallam Motor"] == ("organization", 2)
    assert "Hallam" not in actors


@pytest.mark.parametrize("engine", ENGINES)
def test_first_word_of_a_person_stays_the_person(engine: str) -> None:
    # "Grove" is also the surname of a person named in full: no fold into the company
    actors = _actors("Donald Grove runs Grove Casinos. Grove said the deal was off.", engine)
    assert actors["Donald Grove"] == ("person", 2)
    assert actors["Grove Casinos"] == ("organization", 1)
