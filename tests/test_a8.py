"""Actors and the roles that hang on them (issue 14, helper a8 at stop 34, dev batch 65):

* an organisation named "X of Y" ("the Ministry of Defence", "the Court of Appeals") is one
  organisation on the rules engine, while "the president of France" stays a person and a country;
* a role noun for one person ("the businessman", "the actress", "a spokeswoman") who speaks is a
  person, and a person a later he/she can stand for;
* heads of state or government named by a common noun ("the two leaders") are a government party,
  so a meeting between them is coded.

Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES
from ._engines import has_event as _has
from ._engines import trigger_events_lower as _events


def _actors(text: str, engine: str) -> list[tuple[str, str]]:
    art = newsmodel.extract(text, engine=engine)
    return [(a.kind, a.name) for a in art.actors]


def _speakers(text: str, engine: str) -> list[tuple[str | None, str | None]]:
    """(speaker name, speaker kind) of each statement."""
    art = newsmodel.extract(text, engine=engine)
    out = []
    for s in art.statements:
        actor = art.actor(s.speaker) if s.speaker is not None else None
        out.append((actor.name if actor else None, actor.kind if actor else None))
    return out


# -- "X of Y" organisations ------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials at the Ministry of Defence said the drill near the coast was routine.", "Ministry of Defence"),
        ("The Court of Appeals ruled on Monday that the fine could stand.", "Court of Appeals"),
        ("A chemist at the University of Texas said the samples had been mislabelled.", "University of Texas"),
        ("The Bank of England kept its main lending rate unchanged on Thursday.", "Bank of England"),
        ("The Department of Homeland Security said it would review the visa backlog.", "Department of Homeland Security"),
    ],
)
def test_an_of_name_of_an_organisation_is_one_actor(engine: str, text: str, name: str) -> None:
    actors = _actors(text, engine)
    assert ("organization", name) in actors, actors
    tail = name.split(" of ")[-1]
    assert not any(n == tail for _k, n in actors), actors  # no second actor for the part after "of"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_title_of_a_country_stays_a_person_and_a_country(engine: str) -> None:
    actors = _actors("The president of France met the Pope in Rome on Sunday.", engine)
    assert ("country", "France") in actors, actors
    assert not any("of France" in n for _k, n in actors), actors


def test_a_possessive_after_of_is_no_part_of_the_name() -> None:
    actors = _actors("The envoy informed the Senate of Iran's plans for the reactor.", "rules")
    assert not any("Senate of" in n for _k, n in actors), actors


_HEADS = ["Ministry", "Court", "Bank", "University", "Department", "Council", "Institute"]
_TAILS = ["Fisheries", "Northland", "Sorvania", "Transport", "Public Works", "Tarvos"]


@settings(max_examples=30, deadline=None)
@given(head=st.sampled_from(_HEADS), tail=st.sampled_from(_TAILS), the=st.booleans())
def test_head_of_name_is_one_organisation_whatever_the_words(head: str, tail: str, the: bool) -> None:
    """Invariant (rules engine): "<org head> of [the] <capitalised name>" opening a subject is one
    organisation, named as written, and none of the name's words is an actor of its own."""
    name = f"{head} of {'the ' if the else ''}{tail}"
    actors = _actors(f"The {name} said on Monday that the report was accurate.", "rules")
    assert ("organization", name) in actors, actors
    assert len([n for _k, n in actors if n in name]) == 1, actors


# -- a role noun for one person --------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The businessman said he would sell the shipping firm by spring.", "businessman"),
        ("The actress said she would return to the stage next year.", "actress"),
        ("The billionaire said the donation had no conditions attached.", "billionaire"),
    ],
)
def test_a_role_noun_for_one_person_who_speaks_is_a_person(engine: str, text: str, name: str) -> None:
    assert (name, "person") in _speakers(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The senators said the bill would pass.", "senators"),
        ("The newspaper said the figures were wrong.", "newspaper"),
    ],
)
def test_plurals_and_things_who_speak_are_no_person(engine: str, text: str, name: str) -> None:
    speakers = _speakers(text, engine)
    assert any(n == name and k in ("group", "organization") for n, k in speakers), speakers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The businessman arrived in Lisbon on Monday. He said the merger was dead.", "businessman"),
        ("The actress thanked the festival jury. She said the prize belonged to her crew.", "actress"),
        ("The billionaire flew to Oslo on Tuesday. He said the fund would open an office there.", "billionaire"),
    ],
)
def test_a_role_noun_for_one_person_is_an_antecedent(engine: str, text: str, name: str) -> None:
    assert (name, "person") in _speakers(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_named_person_stays_the_antecedent(engine: str) -> None:
    text = "Maria Lopez met the businessman in Lisbon on Monday. She said the merger was dead."
    assert ("Maria Lopez", "person") in _speakers(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_gendered_role_noun_is_no_antecedent_of_the_other_pronoun(engine: str) -> None:
    text = "The actress arrived in Lisbon on Monday. He said the merger was dead."
    assert ("actress", "person") not in _speakers(text, engine)


# -- heads of state or government ------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The two leaders held a joint news conference in Ankara on Friday.",
        "World leaders held a joint news conference in Geneva on Monday.",
        "The leaders of the two countries held a joint news conference in Lima.",
    ],
)
def test_leaders_holding_a_joint_conference_consult(engine: str, text: str) -> None:
    assert _has(text, engine, "CONSULT", "leaders"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Industry leaders held a conference call with analysts on Tuesday.",
        "Civic leaders held a bake sale to fund the library.",
        "The league leaders held their lead with a late goal.",
    ],
)
def test_leaders_of_no_state_hold_no_meeting(engine: str, text: str) -> None:
    assert not _has(text, engine, "CONSULT"), _events(text, engine)
