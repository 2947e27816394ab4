"""Event recall on real news, issue 14 batch 125 (helper e71, stop 44): a party contacted, a call
placed to a party, the party asked in a request's for-to clause, people disrupting a gathering,
"brass" as an actor -- and the same words with no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
def test_a_party_contacted_is_a_consultation(engine: str) -> None:
    got = events("The Kenyan envoy contacted the Somali foreign ministry on Tuesday.", engine)
    assert [t for t, _a, _r in got] == ["CONSULT"]
    assert any("envoy" in a.lower() for a in got[0][1])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "If contacted, the embassy will not comment on the case.",
        "Journalists contacted the governor's spokesman twice that week.",
        "The newspaper contacted the senator's campaign for comment on Friday.",
        "Her aides contacted thousands of registered voters before the primary.",
        "Contacted by the Gazette, a spokeswoman for the governor said the plan was dead.",
    ],
)
def test_the_press_or_a_campaign_canvassing_is_no_consultation(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_call_placed_to_a_party_is_a_phone_consultation(engine: str) -> None:
    got = events("The premier placed two calls to the Dutch prime minister on Sunday.", engine)
    assert [t for t, _a, _r in got] == ["CONSULT"]
    assert any("premier" in a.lower() for a in got[0][1])
    assert any("minister" in r.lower() for r in got[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_call_for_bids_is_no_phone_call(engine: str) -> None:
    assert "CONSULT" not in types("The port authority placed a call for tenders last spring.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_the_party_of_a_for_to_clause_is_asked(engine: str) -> None:
    got = events("The farmers' union called for the ministry to cancel the new levy.", engine)
    requests = [g for g in got if g[0] == "REQUEST"]
    assert requests and any("ministry" in r.lower() for r in requests[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_request_noun_asks_the_party_of_its_for_to_clause(engine: str) -> None:
    got = events("The bishops repeated their calls for the junta to free the prisoners.", engine)
    requests = [g for g in got if g[0] == "REQUEST"]
    assert requests and any("junta" in r.lower() for r in requests[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_people_disrupting_a_gathering_protest(engine: str) -> None:
    got = events("Dozens of students disrupted the minister's lecture at the university.", engine)
    assert [t for t, _a, _r in got] == ["PROTEST"]
    assert any("students" in a.lower() for a in got[0][1])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "A fire alarm interrupted the minister's lecture at the university.",
        "Snowstorms disrupted the party's annual convention.",
        "The mayor interrupted his address to greet a group of pupils.",
    ],
)
def test_no_people_or_their_own_speech_is_no_protest(engine: str, text: str) -> None:
    assert "PROTEST" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_brass_is_an_actor(engine: str) -> None:
    got = events("The navy's brass met the defence secretary in Portsmouth.", engine)
    assert [t for t, _a, _r in got] == ["CONSULT"]
    assert got[0][1] and any("brass" in a.lower() for a in got[0][1])
