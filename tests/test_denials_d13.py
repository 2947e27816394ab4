"""Denials on real-news shapes, stop 43 (issue 14, helper d13): holding oneself innocent of a
charge ("maintained her innocence", "pleaded not guilty to ..."), "done nothing wrong" after an
accusation, "called the allegations politically motivated", a quote saying "that is not what
happened"; the traps beside them: "pleaded guilty", "maintained his lead", a plain "done nothing
wrong" with no accusation, a view of
what should be rejected ("rejected the notion that it should be forgotten"), a rejoinder at bare
comments ("fired back at the mayor's comments"), a cleft ("It is not what happened ... that
matters"), "not what happened" with no account of events before it; a headline's inverted frame
"'Not True,' Says <speaker> of <claim>" (a plan judged is none).  Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES
from ._engines import deniers as _deniers


def _denied(text: str, engine: str) -> list[str | None]:
    art = newsmodel.extract(text, engine=engine)
    return [d.denied.text if d.denied else None for d in art.denials]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ("The dentist, charged with forging prescriptions, has maintained her innocence.", "dentist"),
        ("Okonkwo has always protested his innocence in the arson case.", "Okonkwo"),
        ("The port official pleaded not guilty to charges of taking kickbacks.", "official"),
        ("The coach, accused of hiding injuries from the league, insisted he had done nothing wrong.", "coach"),
        ("The senator called the allegations politically motivated.", "senator"),
        ('The tabloid reported that the actor had skipped the premiere. "That is simply not what happened," his spokeswoman said.', "spokeswoman"),
        ("The goalkeeper brushed off reports that he would retire.", "goalkeeper"),
        ("'Not True,' Says Governor of Pardon Rumor", "Governor"),
        ("Inspectors accused the registrar of losing the ballots. She insisted she had done nothing wrong.", "registrar"),
    ],
)
def test_answers_to_accusations(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, claim",
    [
        ("The port official pleaded not guilty to charges of taking kickbacks.", "charges of taking kickbacks"),
        ("The dentist, charged with forging prescriptions, has maintained her innocence.", "charged with forging prescriptions"),
    ],
)
def test_the_charge_is_the_denied_claim(engine, text, claim):
    assert _denied(text, engine) == [claim]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The baker pleaded guilty to selling spoiled flour.",
        "The rower maintained his lead over the last two kilometres.",
        '"We have done nothing wrong in this match," the captain said.',
        "Ibsen rejected the notion that the scandal should be forgotten, saying voters deserved answers.",
        "The union fired back at the mayor's comments on Tuesday.",
        '"It is not what happened in the first half that matters," the manager said.',
        "'Ridiculous,' Says Mayor of Tram Plan",
        'The model said prices would fall. "That is not what happened," the economist said.',
    ],
)
def test_same_words_without_a_denied_claim(engine, text):
    assert _deniers(text, engine) == []


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["maintained his innocence", "has maintained her innocence", "pleaded not guilty", "has protested his innocence"]),
    st.sampled_from(["The trader", "The former clerk", "Marek Duda", "The bus driver"]),
)
def test_innocence_is_always_a_denial_by_its_subject(plea, who):
    """Holding oneself innocent denies a charge whatever the wording: one denial, the subject's."""
    art = newsmodel.extract(f"{who} {plea}.", engine="rules")
    assert len(art.denials) == 1
    assert art.denials[0].denier is not None
