"""Event recall on real news, round 2 (stop 32, helper e25, dev batch 57): shapes PolNeAR train
(seeds 130-139) reports events in and the coder missed -- criticism in verbs of force or scorn
(chided, ripped, excoriated, blasted, mocked), an attack launched on a rival, shots or aim taken
at someone, an endorsement picked up or won from someone, congratulations tweeted or conveyed --
each beside a same-word use that names no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, SPACY, SPACY_ONLY
from ._engines import has_event as _has
from ._engines import trigger_events_lower as _events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The senator chided the president for ignoring the committee's report.", "senator", "president"),
        ("The governor excoriated the senator's record on taxes at a town hall on Monday.", "governor", "senator"),
        ("The senator ripped into the governor's budget on Tuesday.", "senator", "governor"),
        ("The senator ripped the attorney general for mishandling the inquiry.", "senator", "general"),
        ("The senator immediately blasted the governor, who had spoken just before him.", "senator", "governor"),
        ("The opposition leader mocked the prime minister's promise to cut hospital waiting lists.", "leader", "minister"),
    ],
)
def test_criticism_verbs_are_accusations(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "ACCUSE", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Workers blasted through the rock to finish the tunnel on time.",
        "The storm ripped the roof off the town's only school.",
        "The designer mocked up a campaign poster for the exhibition.",
        "A radio blasted music from an open window all night.",
        "Assailed by doubts, the young pianist nearly cancelled the concert.",
    ],
)
def test_same_verbs_with_a_thing_are_no_event(engine: str, text: str) -> None:
    assert not _events(text, engine)


@SPACY_ONLY
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The senator leveled a fresh attack on the governor over the budget.", "senator", "governor"),
        ("The candidate unleashed a harsh attack on the governor last night, comparing him to a con man.", "candidate", "governor"),
    ],
)
def test_attack_launched_on_a_politician_is_criticism(text: str, agent: str, target: str) -> None:
    assert _has(text, "spacy", "ACCUSE", agent, target), _events(text, "spacy")


@pytest.mark.parametrize("engine", ENGINES)
def test_attack_launched_by_an_armed_group_stays_assault(engine: str) -> None:
    text = "Militants launched an attack on an army base near the border overnight."
    assert _has(text, engine, "ASSAULT", "militants"), _events(text, engine)
    assert not _has(text, engine, "ACCUSE"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_attack_in_sport_is_no_event(engine: str) -> None:
    assert not _events("The striker launched an attack down the left wing in the second half.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The senator took some shots at the governor over his tax plan.", "senator", "governor"),
        ("The mayor took aim at the governor's plan to close two hospitals.", "mayor", "governor"),
        ("The governor took a swipe at the senator during his speech on Thursday.", "governor", "senator"),
    ],
)
def test_shots_taken_at_someone_are_criticism(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "ACCUSE", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The photographer took some shots of the senator at the rally.",
        "The archer took aim at the target from seventy metres.",
        "The players took shots at goal in the second half.",
    ],
)
def test_shots_and_aim_without_criticism_are_no_event(engine: str, text: str) -> None:
    assert not _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The governor picked up an endorsement from the state's largest union on Monday.", "union", "governor"),
        ("The mayor won the endorsement of the teachers' union after a long interview.", "union", "mayor"),
    ],
)
def test_endorsement_received_names_both_sides(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "SUPPORT", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The tennis player picked up an endorsement deal from a sportswear brand.",
        "The senator won an award from the state historical society on Friday.",
    ],
)
def test_deals_and_awards_received_are_no_support(engine: str, text: str) -> None:
    assert not _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The president tweeted congratulations to the prime minister after the vote.", "president", "minister"),
        ("The foreign minister conveyed his congratulations to his Italian counterpart on Sunday.", "minister", "ital"),
    ],
)
def test_congratulations_tweeted_or_conveyed_are_support(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "SUPPORT", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_congratulations_cards_are_no_support(engine: str) -> None:
    assert not _events("Congratulations cards sold out in the city's shops after the final.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ('First, the senator attacked the former nominee Mitt Romney for being a "failed candidate."', "senator", "romney"),
        ("Senator Ruiz hit back in April, attacking Governor Okafor for the vanity and excess of his campaign.", "ruiz", "okafor"),
        ("The mayor was taking slams at the governor and ignoring the senator.", "mayor", "governor"),
    ],
)
def test_attacked_for_a_reason_and_slams_are_criticism(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "ACCUSE", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_gunmen_attacking_for_the_second_time_stay_assault(engine: str) -> None:
    text = "Gunmen attacked the mayor for the second time in a month."
    assert _has(text, engine, "ASSAULT", "gunmen", "mayor"), _events(text, engine)


@pytest.mark.parametrize(
    ("engine", "text", "agent", "target"),
    [
        ("spacy", "The governor has faced sharp criticism from rivals over his handling of the floods.", "rivals", "governor"),
        ("rules", "The governor has faced sharp criticism from rivals over his handling of the floods.", "rivals", "governor"),
        ("spacy", "The water program is facing criticism from environmental groups.", "groups", ""),
    ],
)
def test_criticism_faced_from_someone(engine: str, text: str, agent: str, target: str) -> None:
    if engine == "spacy" and not SPACY:
        pytest.skip("spaCy model not installed")
    assert _has(text, engine, "ACCUSE", agent, target), _events(text, engine)


@SPACY_ONLY
def test_a_deal_ripped_is_criticism() -> None:
    text = "In a letter to colleagues, the senator rips the agreement to restructure the city's debt."
    assert _has(text, "spacy", "ACCUSE", "senator"), _events(text, "spacy")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The teachers' union pressed the governor to veto the pension bill.", "union", "governor"),
        ("Senator Pushes Party Leaders To Reject Debt Deal", "senator", "leaders"),
    ],
)
def test_pressing_someone_to_act_is_a_request(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "REQUEST", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The governor faced questions from reporters about the budget on Monday.",
        "She ripped the envelope open and read the letter aloud.",
        "Crews blasted the hillside to widen the road.",
        "The driver pushed the button to open the gate.",
        "Volunteers pushed the stalled car to the side of the road.",
    ],
)
def test_same_words_round_two_are_no_event(engine: str, text: str) -> None:
    assert not _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_criticising_a_police_chief_is_criticism(engine: str) -> None:
    text = "The senator ripped Police Commissioner Dana Reyes for acting as judge and jury in the inquiry."
    assert _has(text, engine, "ACCUSE", "senator", "reyes"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Troops blasted the rebels' positions near the border.",
        "The army blasted the rebel commander's hideout with rockets.",
    ],
)
def test_armed_parties_blasting_are_no_criticism(engine: str, text: str) -> None:
    assert not _has(text, engine, "ACCUSE"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_mocking_a_rivals_talk_is_criticism_and_the_talk_no_meeting(engine: str) -> None:
    """Moved from tests/test_events_stop29.py (its no-event list, kept for "tough talk" being no
    CONSULT): mocking is CAMEO 111 (MOCK), as "ridiculed" and "derided" already were."""
    text = "The senator mocked his vague tough talk on trade."
    kinds = {k for _, k, _, _ in _events(text, engine)}
    assert kinds == {"ACCUSE"}, _events(text, engine)
