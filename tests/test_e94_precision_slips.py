"""Helper e94 at stop 48 (issue 14, dev batch 157): precision slips found at stop 48's merges --
a verbal "assault on" a process is no violence, a meeting with someone's kin meets the kin, a
"them" standing for documents is no release, and a specific building seized is a seizure.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The councillor's relentless assault on the zoning rules annoyed the developers.",
        "The pundit's fierce attack on the court system drew a reply.",
        "The nominee's verbal assault on the housing office made the evening news.",
    ],
)
def test_verbal_assault_is_no_violence(engine: str, text: str) -> None:
    assert "ASSAULT" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_armed_assault_on_a_town_stays(engine: str) -> None:
    found = events("The rebels' assault on the river town left many dead.", engine)
    assert any(t == "ASSAULT" and "rebels" in agents for t, agents, _ in found)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kin",
    [
        ("The ambassador met with the senator's father in Boston.", "senator's father"),
        ("The minister held talks with the governor's brother.", "governor's brother"),
    ],
)
def test_meeting_with_kin_meets_the_kin(engine: str, text: str, kin: str) -> None:
    found = [(a, r) for t, a, r in events(text, engine) if t == "CONSULT"]
    assert found and kin in found[0][1]
    assert not any(name in ("senator", "governor") for name in found[0][1])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Asked about the memos, the mayor said she will release them on Friday.",
        "The attorneys obtained the recordings and will release them next week.",
    ],
)
def test_documents_released_are_no_event(engine: str, text: str) -> None:
    assert not types(text, engine) & {"RETREAT", "CONCEDE"}


@pytest.mark.parametrize("engine", ENGINES)
def test_captives_released_stay(engine: str) -> None:
    found = events("The militia seized six guards and later released them.", engine)
    assert any(t == "RETREAT" and "guards" in targets for t, _a, targets in found)


@pytest.mark.parametrize("engine", ENGINES)
def test_specific_house_seized_is_coerce(engine: str) -> None:
    assert "COERCE" in types("Armed police seized the farm house on Monday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_seized_chance_stays_no_event(engine: str) -> None:
    assert "COERCE" not in types("The tenants seized the chance to buy the house.", engine)
