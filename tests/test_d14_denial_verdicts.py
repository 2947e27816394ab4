"""Denials of stop 44 (issue 14, helper d14): a claim called "not accurate" / "isn't correct", a
bare falsity quote answering an accusation just reported, and (rules engine) a prepositional comma
aside between the denier and the denial verb.  Own sentences."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES
from tests._engines import denials as _denials  # (denier name, cue text) of each denial


@pytest.mark.parametrize("engine", ENGINES)
def test_claim_called_not_accurate_is_denied(engine: str) -> None:
    got = _denials('"The story that we will shut the depot isn\'t accurate," the transport chief said.', engine)
    assert len(got) == 1
    assert "chief" in (got[0][0] or "")
    assert "accurate" in got[0][1]


@pytest.mark.parametrize("engine", ENGINES)
def test_claim_called_not_correct_is_denied(engine: str) -> None:
    got = _denials("The federation said the report that it had fixed the draw was not correct.", engine)
    assert [d for d, _c in got] == ["federation"]


@pytest.mark.parametrize("engine", ENGINES)
def test_thing_not_accurate_is_no_denial(engine: str) -> None:
    assert _denials("The speedometer in the old van was not accurate, the mechanic found.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_bare_verdict_after_accusation_is_denial(engine: str) -> None:
    text = 'Councillors accused the treasurer of moving funds without a vote. "Completely untrue," his spokesman said.'
    got = _denials(text, engine)
    assert len(got) == 1
    assert "spokesman" in (got[0][0] or "")


@pytest.mark.parametrize("engine", ENGINES)
def test_verdict_said_of_other_thing_is_no_denial(engine: str) -> None:
    text = 'Residents accused the cyclist of riding on the pavement. "Ridiculous," a shopkeeper said of the new bike lane.'
    assert _denials(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_prepositional_aside_keeps_denier(engine: str) -> None:
    got = _denials("The referee, for his part, has denied that he was told to favour the home side.", engine)
    assert [d for d, _c in got] == ["referee"]
