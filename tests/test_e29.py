"""Rules-engine precision on real news, round 6 (stop 34, e29; dev batch 62): private pacts signed,
"concede that" a plain fact, the act a request asks for, pledges to voters, a party meeting or
deploying its own people, and what ought to happen are no events; the same words with parties
acting stay events.  So are what would have happened, a site visited with no host, a meal
invitation, an election margin and the book trade.

Our own sentences, of the shapes found in a hand-judged sample of PolNeAR train (seeds 200, 201)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The singer signed a confidentiality agreement before the tour.",
        "Both chefs had to sign non-compete agreements with the restaurant group.",
        "The author signed a publishing deal with a small press last spring.",
        "Her advisers concede that the runoff will be tight.",
        "He conceded that the odds were long.",
        "The candidate pledged to win every county in the state.",
        "Ortega has pledged a \"fresh start\" for the middle class.",
        "The mayor convened her senior staff for a budget session.",
        "The senator huddled with his aides after the debate.",
        "The campaign deployed paid organizers to four states.",
        "The chairman should resign, the columnist wrote.",
        "Parents ought to support the new school board, she said.",
        "The coach should have stepped down last year.",
        "Without the truce, the rebels would have bombed the bridge.",
        "With more ships, the coast guard could have intercepted the smugglers.",
        "The minister visited a war cemetery near the coast.",
        "His agent invited him to dinner after the premiere.",
        "Ohio, then a swing state, backing Hughes by four points over his rival in 1916.",
        "The publisher agreed to reprint the novel in hardback.",
        "The poet asked his publisher to reissue the book.",
    ],
)
def test_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile and Peru signed a border agreement in Lima on Monday.", "SUPPORT"),
        ("The interior minister conceded that the police had mishandled the protest.", "CONCEDE"),
        ("The governor conceded that the nurses' demands were fair.", "CONCEDE"),
        ("The two ministries pledged to cooperate on drug trafficking.", "AGREE"),
        ("The foreign minister met his Chinese counterpart's aides in Beijing.", "CONSULT"),
        ("Russia deployed two brigades to the border.", "MOBILIZE"),
        ("The defence minister resigned on Thursday.", "RETREAT"),
        ("The rebels bombed the bridge on Tuesday.", "ASSAULT"),
        ("The Indian prime minister visited Tokyo on Monday.", "CONSULT"),
        ("The king invited the opposition leader to talks at the palace.", "AGREE"),
        ("The ministry asked the newspaper to publish a correction.", "REQUEST"),
    ],
)
def test_the_same_words_with_parties_stay_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The opposition called on the interior minister to resign.",
        "Lawmakers urged the general to step down over the scandal.",
        "The UN envoy asked the militia to release the aid workers.",
        "The union called for the director's resignation.",
    ],
)
def test_the_act_asked_for_is_one_request(engine: str, text: str) -> None:
    assert types(text, engine) == {"REQUEST"}


def test_who_after_a_place_refers_to_the_person_sent() -> None:
    text = "The tycoon sent a lawyer to her office who threatened to sue her."
    assert ("THREATEN", ["lawyer"]) in [(t, agents) for t, agents, _ in events(text, "rules")]


@settings(max_examples=25, deadline=None)
@given(
    subject=st.sampled_from(["The minister", "The general", "Rebel leaders", "The governor", "Moscow"]),
    verb=st.sampled_from(["resign", "step down", "withdraw its troops", "visit Kenya", "attack the town", "support the plan"]),
    modal=st.sampled_from(["should", "should not", "should have", "ought to"]),
)
def test_what_ought_to_happen_is_no_event(subject: str, verb: str, modal: str) -> None:
    """Whatever the act, a verb under "should" or "ought to" reports no event (rules engine)."""
    if modal == "should have":
        verb = {"resign": "resigned", "step down": "stepped down", "withdraw its troops": "withdrawn its troops",
                "visit Kenya": "visited Kenya", "attack the town": "attacked the town", "support the plan": "supported the plan"}[verb]
    assert types(f"{subject} {modal} {verb}, the editorial said.", "rules") == set()
