"""AGREE and CONCEDE precision on political news (issue 14, stop 45, helper e79; dev batch 139).

Own sentences, through the public API, on both engines: "agree" / "concede" with a clause and no
"that", or as a closing aside, shares a view or admits a fact (``clause_concessions``); a pledge or
a plan to provide a domestic good with no other party named is campaign policy
(``domestic_pledges``); beside agreements, concessions and pledges to other parties that stay.
"""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
def test_bare_clause_after_agree_or_concede_is_no_event(engine: str) -> None:
    assert types("The treasurer agrees the county's budget is badly out of balance.", engine) == set()
    assert types("The mayor conceded his housing scheme had fallen short.", engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_closing_aside_agree_is_no_event(engine: str) -> None:
    assert types("The suburbs will decide the contest, both parties agree.", engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_agreement_with_terms_or_yielding_stays(engine: str) -> None:
    assert "AGREE" in types("Syria agreed to admit the chemical weapons inspectors.", engine)
    assert "AGREE" in types("The two envoys agreed the outline of a truce on Monday.", engine)
    assert "CONCEDE" in types("The regime conceded to the miners' demand for higher wages.", engine)
    assert "CONCEDE" in types("The governor conceded her tram scheme had failed.", engine)  # a fault admitted


@pytest.mark.parametrize("engine", ENGINES)
def test_pledge_of_a_domestic_good_is_no_agree(engine: str) -> None:
    assert "AGREE" not in types("The governor pledged to create two hundred thousand jobs.", engine)
    assert "AGREE" not in types("The senator promised to bring down prescription costs.", engine)
    assert "AGREE" not in types("The mayor vowed to repair the city's bridges.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_plan_of_a_domestic_good_is_no_agree(engine: str) -> None:
    assert "AGREE" not in types("The congresswoman offered a plan to cut medical debt.", engine)
    assert "AGREE" not in types("The governor announced a proposal to raise nurses' pay.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_pledges_and_plans_for_another_party_stay(engine: str) -> None:
    assert "AGREE" in types("Sweden pledged to build new schools in Moldova.", engine)
    assert "AGREE" in types("Turkey offered a plan to end the fighting in Sudan.", engine)
    assert "AGREE" in types("Oman offered to mediate between the two governments.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_slogan_or_solutions_offered_is_no_agree(engine: str) -> None:
    assert "AGREE" not in types("The party secretary offered a catchy slogan for the autumn.", engine)
    assert "AGREE" not in types("The challenger offered no solutions to rising rents.", engine)
    assert "AGREE" in types("The guerrillas offered a swap of captured soldiers.", engine)
