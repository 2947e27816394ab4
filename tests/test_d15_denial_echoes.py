"""Denials of stop 45 (issue 14, helper d15): a claim called made up by a pronoun pointing to it, a
speaker saying another party is lying about the speaker, a first-person negation repeating the act
of an accusation just made, an accused named with a dotted title, and (rules engine) a claim noun
after a possessor that is a refusal word.  Own sentences."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES
from tests._engines import denials as _denials  # (denier name, cue text) of each denial


@pytest.mark.parametrize("engine", ENGINES)
def test_made_it_up_said_of_a_claim(engine: str) -> None:
    got = _denials('"She cooked it up over the weekend," the treasurer said of the allegation.', engine)
    assert len(got) == 1
    assert "treasurer" in (got[0][0] or "")
    assert "cooked it up" in got[0][1]


@pytest.mark.parametrize("engine", ENGINES)
def test_made_that_up_answers_a_reported_claim(engine: str) -> None:
    got = _denials('The magazine reported that the coach had sold his medals. "Someone invented that," the coach said.', engine)
    assert [d for d, _c in got] == ["coach"]


@pytest.mark.parametrize("engine", ENGINES)
def test_made_it_up_to_someone_is_no_denial(engine: str) -> None:
    text = 'The paper reported that the club would be sold. "The team made it up to the supporters with a late goal," the manager said.'
    assert _denials(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_made_it_up_with_no_claim_is_no_denial(engine: str) -> None:
    assert _denials('"The drummer made it up on the spot," the singer said of the song.', engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_lying_about_me_is_denied(engine: str) -> None:
    got = _denials('"The Bexley campaign keeps lying about my pension plan," the councillor said.', engine)
    assert len(got) == 1
    assert "councillor" in (got[0][0] or "")
    assert got[0][1].startswith("lying")


@pytest.mark.parametrize("engine", ENGINES)
def test_lying_about_a_place_or_oneself_is_no_denial(engine: str) -> None:
    assert _denials('"The keys were lying about the kitchen all week," the tenant said.', engine) == []
    assert _denials('"I lied about my age to get the job," the actor said.', engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_accusation_of_lying_is_no_denial(engine: str) -> None:
    assert _denials("The auditor accused the clerk of lying about his expenses.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_negation_repeating_the_accused_act_is_denied(engine: str) -> None:
    text = 'Neighbours accused the farm of poisoning the stream. "We have never poisoned any water," the farm\'s owner said.'
    got = _denials(text, engine)
    assert len(got) == 1
    assert "owner" in (got[0][0] or "")
    assert "poisoned" in got[0][1]


@pytest.mark.parametrize("engine", ENGINES)
def test_accused_with_a_dotted_title(engine: str) -> None:
    text = 'Critics accused Mr. Vance of hiding the survey. "I have never hidden a single page," he said.'
    got = _denials(text, engine)
    assert len(got) == 1
    assert "Vance" in (got[0][0] or "")


@pytest.mark.parametrize("engine", ENGINES)
def test_negation_of_another_act_or_a_promise_is_no_denial(engine: str) -> None:
    assert _denials('Neighbours accused the farm of poisoning the stream. "We have never seen the stream so low," the owner said.', engine) == []
    assert _denials('The mayor accused the board of wasting money. "We will never waste a cent," the board\'s chair said.', engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_possessor_before_a_claim_noun(engine: str) -> None:
    assert [d for d, _c in _denials("The bakery denied the lawsuit's allegations.", engine)] == ["bakery"]


@pytest.mark.parametrize("engine", ENGINES)
def test_possessor_before_a_refusal_noun_is_no_denial(engine: str) -> None:
    assert _denials("The embassy denied the journalist's visa.", engine) == []
