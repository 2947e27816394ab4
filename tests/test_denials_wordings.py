"""Denials in further wordings, and non-denials of the same shape (issue 14, denials dev batch 6).
Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES
from ._engines import deniers as _deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ('"That dinner never happened," the governor told reporters.', "governor"),
        ("Police Say Photos of Warehouse Fire Are 'Fake'", "Police"),
        ("The army said the video of the raid was fabricated.", "army"),
    ],
)
def test_a_verdict_on_what_was_claimed_is_a_denial(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
def test_a_headline_verdict_in_quotes_needs_no_verb(engine):
    art = newsmodel.extract("Minister: Reports of Cabinet Split 'Pure Fiction'", engine=engine)
    assert len(art.denials) == 1
    assert "Reports of Cabinet Split" in art.denials[0].denied.text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        '"The meeting never took place because of the snow," the governor said.',
        "The claim for damages was rejected by the court.",
        "The governor said the video would be published next week.",
    ],
)
def test_facts_and_claims_for_money_are_no_denials(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ("KREMLIN DENIES PLANS TO CALL UP MORE RESERVISTS", "Kremlin"),
        ("The army denied plans to close the border crossing.", "army"),
        ("The fire chief contested reports that crews had arrived late.", "chief"),
        ("Tennis Star Hits Back at Doping Claims", "Star"),
    ],
)
def test_denied_plans_and_misparsed_denial_verbs(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Council Denies Plans for New Stadium",
        "The hotly contested reports were published on Monday.",
        "Union Hits Back at Pay Cuts",
    ],
)
def test_plans_turned_down_and_contested_things_are_no_denials(engine, text):
    assert _deniers(text, engine) == []
