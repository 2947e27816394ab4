"""Denials of stop 47, the leftovers of d17 (issue 14, helper d18): a claim called false in the
passive with its caller in a by-phrase, a speaker's own wish rejected after "something" (no denial),
and rebuttals by a deed that is no evidence (no denial) beside rebuttals by proof or words.
Own sentences."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, denials_denied


_denials = denials_denied  # (denier name, cue text, denied text) of each denial


# ---- passive calling verbs with a by-phrase (denial_passive_calling)


@pytest.mark.parametrize("engine", ENGINES)
def test_branded_a_fabrication_by_an_office(engine: str) -> None:
    got = _denials("The rumour was branded a fabrication by the senator's press office.", engine)
    assert len(got) == 1
    assert got[0][0] is not None and "office" in got[0][0]
    assert got[0][2] == "The rumour"


@pytest.mark.parametrize("engine", ENGINES)
def test_labelled_false_by_a_ministry_names_the_ministry(engine: str) -> None:
    got = _denials("The allegations were labelled false by the interior ministry.", engine)
    assert [d for d, _c, _x in got] == ["interior ministry"]


@pytest.mark.parametrize("engine", ENGINES)
def test_described_as_untrue_after_have_been(engine: str) -> None:
    got = _denials("The reports have been described as untrue by the airline's chief executive.", engine)
    assert len(got) == 1
    assert "executive" in (got[0][0] or "")


@pytest.mark.parametrize(
    "text",
    [
        "The old banknote was branded false by the bank's experts.",  # a forgery, no claim
        "The new bridge was branded a triumph by the governor.",  # no falsity verdict
        "The crates were labelled by the warehouse staff on Friday.",  # no verdict at all
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_passive_calling_without_a_claim_called_false(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


# ---- a speaker's own wish rejected (denial_apposed)


@pytest.mark.parametrize(
    "text",
    [
        "The pilots said they wanted shorter shifts, something the airline rejected.",
        "The town said it hoped to host the final, something the federation dismissed.",
        "The senator said she would like a recount, something the board rejected on Friday.",
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_own_wish_rejected_is_no_denial(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_third_party_wish_reported_and_denied(engine: str) -> None:
    got = _denials("Aides said the governor wanted to sell the port, something the governor has denied.", engine)
    assert len(got) == 1
    assert "governor" in (got[0][0] or "")
    assert got[0][2] == "the governor wanted to sell the port"


# ---- rebuttals by a deed (denial_deed_rebuttal)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor rebutted the criticism by planting two thousand trees.",
        "The coach rebutted by winning the next four games.",
        "The senator set out to rebut that complaint, raising money for four candidates in May.",
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_rebuttal_by_a_deed_is_no_denial(text: str, engine: str) -> None:
    assert _denials(text, engine) == []


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The agency rebutted the charge by releasing its inspection logs.", "agency"),
        ("The bank refuted the claims by citing its audited accounts.", "bank"),
        ("The mayor rebutted the claims, calling them false.", "mayor"),
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_rebuttal_by_proof_or_words_is_a_denial(text: str, denier: str, engine: str) -> None:
    got = _denials(text, engine)
    assert len(got) == 1
    assert denier in (got[0][0] or "")
