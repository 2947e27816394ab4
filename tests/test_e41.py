"""Event precision on real political news, both engines (stop 38, e41; dev batch 82): a document
released is published, no RETREAT; blame put "on" a cause that is no party accuses no one;
teaching offered for sale is no AGREE; agreeing or not with someone's views is a view held --
each beside real events of the same words.

Our own sentences, of the shapes found in a hand judgment of every event on PolNeAR train
(random.Random(360).sample(train, 40)[:10])."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, events, trigger_events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The court order released on Tuesday said the landlord's claim was weak.",
        "The audit released Friday found the fund had lost money.",
        "The senator asked that the letters and tapes, some dating back a decade, be released by June.",
        "The rise in prices can be blamed on a poor harvest and higher shipping costs.",
        "The coach blamed the team's slide on bad luck and a crowded schedule.",
        "The institute was set up in 2002 to offer courses in accounting.",
        "You might not agree with his political views, but he listens, the bishop said.",
        "Several lawmakers did not agree with the mayor's stance on housing.",
    ],
)
def test_no_event_in_these_shapes(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The kidnappers released three aid workers on Thursday.", "RETREAT"),
        ("The defence minister blamed the ambush on insurgents.", "ACCUSE"),
        ("The unrest was blamed on the opposition party by the government.", "ACCUSE"),
        ("Sweden offered to host talks between the two sides.", "AGREE"),
        ("The two factions agreed to a truce on Sunday.", "AGREE"),
    ],
)
def test_the_same_words_in_real_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_blame_on_a_party_keeps_its_target(engine: str) -> None:
    found = [(t, r) for t, _a, r in events("The governor blamed the blackout on the power company.", engine) if t == "ACCUSE"]
    assert found and any("company" in name for name in found[0][1])


@settings(max_examples=20, deadline=None)
@given(
    trouble=st.sampled_from(["The delay", "The shortfall", "Much of the decline", "The slowdown"]),
    cause=st.sampled_from(["weak demand", "bad weather", "outdated equipment", "poor planning", "rising costs"]),
    modal=st.sampled_from(["was", "could be", "has been", "can be"]),
)
def test_nothing_blamed_on_a_cause_is_an_accusation(trouble: str, cause: str, modal: str) -> None:
    """Whatever the trouble, the verb group and the cause, no ACCUSE (rules engine)."""
    assert "ACCUSE" not in types(f"{trouble} {modal} blamed on {cause}.", "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Retired doctors are bankrolling state legislative campaigns this year.", set()),
        ("Hedge fund managers financed dozens of House campaigns in 2014.", set()),
        ("Qatar funded militias running the border crossings.", {"AID"}),
    ],
)
def test_campaign_money_is_no_aid_but_funding_armed_groups_is(engine: str, text: str, expected: set[str]) -> None:
    assert types(text, engine) == expected


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The attorney general filed a $12 million lawsuit in 2019 alleging that the firm had cheated its customers.",
        "The union brought a complaint on Friday accusing the airline of breaking the contract.",
    ],
)
def test_a_suit_and_the_participle_that_tells_its_content_are_one_accusation(engine: str, text: str) -> None:
    """The participle after an accusation noun ("a lawsuit alleging that ...") tells the suit's
    content: one ACCUSE, not two."""
    accusations = [trig for trig, kind, _a, _t in trigger_events(text, engine) if kind == "ACCUSE"]
    assert len(accusations) == 1, accusations


@pytest.mark.parametrize("engine", ENGINES)
def test_a_participle_alleging_with_no_accusation_before_it_stays(engine: str) -> None:
    accusations = [trig for trig, kind, _a, _t in trigger_events("The senator released a statement accusing the governor of lying.", engine) if kind == "ACCUSE"]
    assert accusations == ["accusing"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An internal playbook obtained by the paper directed agents to call every customer twice.", set()),
        ("The firm's employee handbook instructs supervisors to log every complaint.", set()),
        ("The governor, citing the manual, directed the agencies to close their offices.", {"REQUEST"}),
        ("The court instructed the ministry to release the detainees.", {"REQUEST"}),
    ],
)
def test_a_text_of_instructions_asks_nothing_but_a_party_does(engine: str, text: str, expected: set[str]) -> None:
    assert "REQUEST" in types(text, engine) if expected else "REQUEST" not in types(text, engine)


def test_guidelines_a_government_issues_still_ask() -> None:
    """Guidelines carry one party's act at one time: they are no text of standing instructions
    (rules engine, which reads the subject from the words)."""
    assert "REQUEST" in types("Guidelines published by the education ministry on Monday told schools to close early.", "rules")
