"""Known false and missed events on political news (stop 35, e33; dev batch 68): a phone call to
discuss something is one CONSULT on "called"; a clash of words over an attack is no ASSAULT; a
resignation from no official's post, donors' backing, a candidate's rally, ties cut between
private parties, an attitude told as a noun and "ammunition" given in a figure of speech are no
events -- beside the same words with states, officials, armed parties and protesters.

Our own sentences, of the shapes the stop-34 hand judgment of PolNeAR output found."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The chancellor called the Polish president on Monday to discuss the pipeline.", "Polish president"),
        ("Erdogan called Macron late on Sunday to discuss the migrant deal.", "Macron"),
    ],
)
def test_a_call_to_discuss_is_one_consultation_with_the_party_called(engine: str, text: str, target: str) -> None:
    found = events(text, engine)
    assert [t for t, _a, _r in found] == ["CONSULT"]
    assert any(target.split()[-1].lower() in r.lower() for r in found[0][2])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The committee chairman called a hearing for Thursday to discuss the audit.",
        "The governor called a special session to discuss school funding.",
        "The senator clashed with the attorney general over the inquiry into the bombing.",
        "Two candidates clashed over military spending in a debate after the missile strike.",
        "The campaign manager resigned on Sunday after the leak.",
        "The senator has resigned himself to a long and bitter primary.",
        "Small donors backed the senator's campaign with record sums in March.",
        "The candidate rallied voters in Iowa ahead of the caucuses.",
        "The candidate addressed a rally of about 3,000 people in Toledo.",
        "The broadcaster cut ties with the commentator after the remarks.",
        "The mayor's eagerness to meet the union leaders worried her aides.",
        "The verdict would give regulators ammunition to pursue smaller lenders.",
    ],
)
def test_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels clashed with government troops near the airport on Sunday.", "ASSAULT"),
        ("The transport minister resigned on Friday.", "RETREAT"),
        ("Peru cut diplomatic ties with Venezuela on Monday.", "SANCTION"),
        ("Teachers organised a march against the pension reform.", "PROTEST"),
        ("Hanoi signalled its willingness to negotiate with Beijing.", "AGREE"),
        ("Germany gave Lithuania ammunition and artillery shells last month.", "AID"),
    ],
)
def test_the_same_words_with_a_party_stay_events(engine: str, text: str, expected: str) -> None:
    assert expected in types(text, engine)


_LEADERS = ["Merkel", "Putin", "Erdogan", "Modi", "Lula", "Ramaphosa"]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(_LEADERS), st.sampled_from(_LEADERS), st.sampled_from(["Monday", "Friday", "Sunday"]))
def test_a_call_to_discuss_is_never_two_events(caller: str, called: str, day: str) -> None:
    """Whoever calls whom, the call and its purpose are one consultation."""
    if caller == called:
        return
    found = events(f"{caller} called {called} on {day} to discuss the gas dispute.", "rules")
    assert [t for t, _a, _r in found] == ["CONSULT"]
