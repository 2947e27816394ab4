"""News sentences that report no PLOVER event, issue 14 batch 131 (helper e73, stop 45): an act
after a noun of reluctance, figures or details withheld (CAMEO 011), a message or a speech
delivered to no one named (CAMEO 010), a multinational company coming to a country, a player's
ban counted in matches, a participle after "than" -- beside the same words in real events.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The president showed a deep reluctance to send more troops to Syria.",
        "Critics noted the premier's reluctance to deploy soldiers to the border.",
    ],
)
def test_an_act_after_a_noun_of_reluctance_is_not_done(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_an_act_done_despite_reluctance_stays(engine: str) -> None:
    got = events("Despite her reluctance, the governor deployed the National Guard to the city.", engine)
    assert "MOBILIZE" in [t for t, _a, _r in got]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman declined to offer an estimate of the damage.",
        "The minister declined to offer his own estimate of the losses.",
        "The treasury refused to release the figures for March.",
    ],
)
def test_figures_or_details_withheld_are_no_rejection(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_concessions_refused_stay_a_rejection(engine: str) -> None:
    got = events("The minister declined to offer concessions to the strikers.", engine)
    assert [t for t, _a, _r in got] == ["REJECT"]
    assert any("minister" in a.lower() for a in got[0][1])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The governor has been delivering a blunter message about taxes.",
        "The candidate delivered a sharper message about wages on Monday.",
    ],
)
def test_a_message_delivered_to_no_one_is_no_consultation(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_message_passed_between_parties_stays_a_consultation(engine: str) -> None:
    got = events("The envoy delivered a message from the emir to the president.", engine)
    assert [t for t, _a, _r in got] == ["CONSULT"]
    assert any("president" in r.lower() for r in got[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_multinational_coming_to_a_country_is_no_visit(engine: str) -> None:
    assert types("Samsung is coming to Vietnam with a new chip plant.", engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_leader_coming_to_a_country_stays_a_visit(engine: str) -> None:
    got = events("The Japanese prime minister is coming to Mexico next week.", engine)
    assert [t for t, _a, _r in got] == ["CONSULT"]
    assert any("Mexico" in r for r in got[0][2])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The striker was banned for three matches after a red card.",
        "The federation banned the cyclist for two races.",
    ],
)
def test_a_ban_counted_in_matches_is_sport(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_junta_ban_stays_coercion(engine: str) -> None:
    got = events("The junta banned the opposition newspaper for three months.", engine)
    assert [t for t, _a, _r in got] == ["COERCE"]
    assert any("junta" in a.lower() for a in got[0][1])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_participle_after_than_is_no_promise(engine: str) -> None:
    assert types("The minister said the economy grew faster than expected in the third quarter.", engine) == set()
