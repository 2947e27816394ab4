"""Stop 47, helper e89 (issue 14, dev batch 152): e85's event leftovers on real political news.

Checks: :mod:`newsmodel.extractors.events.own_meetings` (a single group's own meeting is no
CONSULT), :mod:`.withdrawn_backing` (a withdrawn endorsement is SANCTION, not SUPPORT),
:mod:`.floor_sit_ins` (a chamber's floor taken by its members is PROTEST) and the "with whom"
antecedent in :mod:`.verbal_clashes`.  Each shape sits beside an event of the same words.  The
sentences are the project's own.
"""

from __future__ import annotations

import pytest

from ._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "The union's leaders met at the treasurer's home on Saturday.",
    "The farmers' association met in Topeka last week.",
    "Leaders of the governing party met at the prime minister's residence on Monday.",
    "Members of the dockworkers' union met in a warehouse near the port.",
    "The meeting of Iowa Democrats on Saturday ended in a shouting match.",
    "The senator will speak before a meeting of the Rural Freedom Coalition on Friday.",
])
def test_one_groups_own_meeting_is_no_consult(engine: str, text: str) -> None:
    assert "CONSULT" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "The union's leaders met the labour minister at the treasurer's home on Saturday.",
    "The farmers' association met with the governor in Topeka last week.",
    "The meeting of NATO defence ministers in Brussels ended on Friday.",
    "A meeting of Ugandan and Rwandan officials in Kampala ended without a deal.",
])
def test_meetings_between_parties_stay_consult(engine: str, text: str) -> None:
    assert "CONSULT" in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_withdrawn_endorsement_is_sanction_on_the_endorsed(engine: str) -> None:
    found = events("The nurses' union withdrew its endorsement of the governor on Tuesday.", engine)
    assert [t for t, _a, _r in found] == ["SANCTION"]
    _t, agents, targets = found[0]
    assert any("union" in a for a in agents)
    assert any("governor" in r for r in targets)


@pytest.mark.parametrize("engine", ENGINES)
def test_endorsement_given_stays_support(engine: str) -> None:
    assert types("The nurses' union announced its endorsement of the governor on Tuesday.", engine) == {"SUPPORT"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "Republicans seized the floor of the Senate on Thursday.",
    "Opposition lawmakers occupied the chamber floor for two days.",
    "Dozens of legislators took over the floor of the assembly on Monday.",
])
def test_floor_taken_by_lawmakers_is_protest(engine: str, text: str) -> None:
    assert types(text, engine) == {"PROTEST"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "Armed men seized the parliament building on Monday.",
    "Rebels seized the ground floor of the police station.",
])
def test_armed_seizures_stay_coerce(engine: str, text: str) -> None:
    assert types(text, engine) == {"COERCE"}


@pytest.mark.parametrize("engine", ENGINES)
def test_debate_clash_with_whom_is_no_assault(engine: str) -> None:
    assert "ASSAULT" not in types("The governor greeted his opponent, with whom he clashed in the last debate, on Monday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_armed_clash_with_whom_stays_assault(engine: str) -> None:
    assert "ASSAULT" in types("The militants, with whom the troops clashed near the dam, fled east.", engine)
