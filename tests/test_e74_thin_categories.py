"""Recall in the thinnest PLOVER categories, COOPERATE, REJECT and THREATEN (issue 14, stop 45,
helper e74; dev batch 132): wordings the trigger lexicon lacked -- "repudiated", "nixed",
"dismissed calls / a proposal", "denied visas", "intimidated" -- beside the same words in senses
that name no event ("dismissed the film", "dismissed the charges" stays a concession).

Our own sentences, of the shapes of the PLOVER manual's REJECT and THREATEN sections and of
CAMEO 12x/13x; none is taken from a corpus."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Hanoi repudiated the arbitration panel's award on the fishing grounds.", "Hanoi"),
        ("The president dismissed demands for an early election.", "president"),
        ("Lithuania dismissed the offer of mediation.", "Lithuania"),
        ("Canada denied visas to four Iranian officials.", "Canada"),
        ("Senate Nixes Peace Plan", "Senate"),
    ],
)
def test_rejections_in_new_wordings(text: str, agent: str, engine: str) -> None:
    rejects = [a for kind, a, _t in events(text, engine) if kind == "REJECT"]
    assert rejects, events(text, engine)
    assert any(agent.lower() in name.lower() for names in rejects for name in names)


@pytest.mark.parametrize("engine", ENGINES)
def test_intimidation_of_voters_is_a_threat(engine: str) -> None:
    got = [(a, t) for kind, a, t in events("Soldiers intimidated voters outside the town hall.", engine) if kind == "THREATEN"]
    assert got and any("voters" in name.lower() for _a, t in got for name in t)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Reviewers dismissed the novel as tedious.",
        "Fans dismissed the rumour about the band.",
    ],
)
def test_dismissing_a_work_or_rumour_is_no_rejection(text: str, engine: str) -> None:
    assert "REJECT" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_charges_dismissed_stay_a_concession(engine: str) -> None:
    assert "REJECT" not in types("The judge dismissed the charges against the four protesters.", engine)


# ---- a participle after a verb of feeling or seeming (felt_states)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The prime minister felt threatened.",
        "Opposition leaders seemed intimidated.",
        "Many of the delegates felt deeply rejected after the vote.",
    ],
)
def test_a_state_felt_is_no_act(text: str, engine: str) -> None:
    assert not types(text, engine) & {"THREATEN", "REJECT"}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_threat_made_beside_a_feeling_stays(engine: str) -> None:
    assert "THREATEN" in types("The governor felt that the rebels threatened the convoy.", engine)


# ---- a vote's outcome recognized or refused recognition (event_triggers "recognize vote/result ...")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The opposition refused to recognize the election results.",
        "Belgrade Refuses to Recognize Pristina Vote",
    ],
)
def test_refusing_to_recognize_a_vote_is_a_rejection(text: str, engine: str) -> None:
    assert "REJECT" in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_recognizing_a_referendum_is_support(engine: str) -> None:
    assert "SUPPORT" in types("Washington recognized the outcome of the referendum.", engine)


# ---- future cooperation without "will" (scheduled_acts): AGREE, per the PLOVER manual


@pytest.mark.parametrize("engine", ENGINES)
def test_cooperation_scheduled_with_is_to_is_agree(engine: str) -> None:
    got = types("Chile is to cooperate with Peru on fighting forest fires.", engine)
    assert "AGREE" in got and "COOPERATE" not in got


@pytest.mark.parametrize("engine", ENGINES)
def test_an_aim_that_is_to_cooperate_is_no_promise(engine: str) -> None:
    assert "AGREE" not in types("The mediator, whose task is to cooperate with both sides, has no power to impose terms.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_the_purpose_of_a_trip_that_is_to_cooperate_is_no_promise(engine: str) -> None:
    assert "AGREE" not in types("Minister Ruiz said the purpose of his trip is to cooperate with Lima on water.", engine)
