"""Acts that did not happen (issue 14, stop 45, helper e78, dev batch 138).

An act told, advised or begged of a party, hoped for in a modal clause or wanted after "would
like" is no event (``directed_acts``); the telling verb's own REQUEST stays.  Negated future
cooperation is AGREE with factuality ``negated``.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The coalition would like the United Nations to send peacekeepers to the border.",
        "The rebels would like the government to release their commanders.",
        "The envoy hopes Damascus will release the detained journalists.",
        "The minister hopes Tehran will free the sailors before the holiday.",
    ],
)
def test_act_wished_from_another_party_is_no_event(text: str, engine: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_act_told_to_a_party_leaves_only_the_request(engine: str) -> None:
    assert types("The president told the generals to withdraw from the disputed hills.", engine) == {"REQUEST"}
    assert types("The minister encouraged the two factions to resume talks.", engine) == {"REQUEST"}


@pytest.mark.parametrize("engine", ENGINES)
def test_act_advised_is_not_done(engine: str) -> None:
    assert "RETREAT" not in types("The ambassador advised the regime to release the political prisoners.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_done_acts_and_threats_stay(engine: str) -> None:
    # traps: a purpose infinitive keeps its done act; a threat and a done release stay
    assert types("Police arrested three men in order to question them about the bombing.", engine) == {"COERCE"}
    assert types("The rebels threatened to shell the airport.", engine) == {"THREATEN"}
    assert types("In a bid to end the blockade, the rebels released twenty hostages.", engine) == {"RETREAT"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The senator said she would never endorse a candidate who lied to voters.",
        "Party leaders said they would not back the governor's nominee.",
        "Tokyo said it would not provide aid to the junta.",
    ],
)
def test_negated_future_cooperation_is_agree_negated(text: str, engine: str) -> None:
    art = newsmodel.extract(text, engine=engine)
    agree = [e for e in art.events if e.type == "AGREE"]
    assert agree and all(e.factuality == "negated" for e in agree)


@pytest.mark.parametrize("engine", ENGINES)
def test_promised_cooperation_stays_asserted(engine: str) -> None:
    art = newsmodel.extract("Tokyo said it would provide aid to the flood victims.", engine=engine)
    assert [e.factuality for e in art.events if e.type == "AGREE"] == ["asserted"]


@pytest.mark.parametrize("engine", ENGINES)
def test_going_to_is_future_cooperation(engine: str) -> None:
    # "be going to" is the future: said by its own actor, cooperation to come is AGREE
    assert types('"I\'m going to back Governor Reyes," the senator said.', engine) == {"AGREE"}
    assert types("The delegates are going to the convention by bus.", engine) == set()
