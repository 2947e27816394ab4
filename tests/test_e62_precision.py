"""Event precision on real political news, rules-weighted (stop 42, e62; dev batch 113): the noun
"appeal" as a candidate's draw or pitch to a bloc or a feeling, a committee's, panel's or board's
own sitting, "meet" of norms, and the greeting "nice to meet you" are no events -- each beside a
real appeal or meeting of the same word.

Our own sentences, of the shapes found in a hand judgment of every rules event on PolNeAR train
(random.Random(595).sample(train, 40)[:10]) and in the rules engine's events on all train texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, trigger_events


def _triggers(text: str, engine: str) -> list[str]:
    return [e[0].lower() for e in trigger_events(text, engine)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The governor's appeals to the anxieties of laid-off miners helped her in the north.", "appeals"),
        ("The congressman's appeal to young minorities surprised his rivals.", "appeal"),
        ("The new nominee had only one appeal for the party elders: she could win Ohio.", "appeal"),
        ("The request will be taken up when the finance committee meets in March.", "meets"),
        ("The parole board met behind closed doors on Thursday.", "met"),
        ('"So glad to meet you," the governor told the young volunteer.', "meet"),
        ("The company cut its emissions to meet federal pollution norms.", "meet"),
    ],
)
def test_no_event(text: str, trigger: str, engine: str) -> None:
    assert trigger not in _triggers(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The charity launched an appeal to farmers for seed and fuel.", "appeal", "REQUEST"),
        ("Chile appealed to the World Bank for emergency loans on Tuesday.", "appealed", "REQUEST"),
        ("The finance committee met with the central bank governor on Monday.", "met", "CONSULT"),
        ("The foreign minister met the Turkish ambassador in Ankara.", "met", "CONSULT"),
    ],
)
def test_real_events_stay(text: str, trigger: str, kind: str, engine: str) -> None:
    found = [e for e in trigger_events(text, engine) if e[0].lower() == trigger]
    assert found and found[0][1] == kind


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Nice", "Glad", "It is a pleasure", "Such an honor", "Great"]),
    st.sampled_from(["mayor", "senator", "ambassador", "governor"]),
)
def test_a_greeting_is_never_a_meeting(opening: str, speaker: str) -> None:
    """Whatever the pleasure word and the speaker, "<pleasure> to meet you" names no meeting."""
    text = f'"{opening} to meet you," the {speaker} said to the students.'
    assert "meet" not in _triggers(text, "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The assembly approved a measure funding the water department until spring.", "funding"),
        ("She vowed to raise state funding for rural schools.", "vowed"),
        ("The mayor has argued for more transit funding since 2019.", "funding"),
        ("A gunman, armed with a hunting rifle, walked into the bank.", "armed"),
        ("Lightly armed guards watched the gate of the depot.", "armed"),
        ("Farmers fleeing the floods camped on the ridge.", "fleeing"),
    ],
)
def test_budget_lines_states_and_flight_are_no_events(text: str, trigger: str, engine: str) -> None:
    assert trigger not in _triggers(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Sweden funded the Afghan government's clinics for years.", "funded", "AID"),
        ("Iran armed the Houthi fighters with drones, the panel found.", "armed", "AID"),
    ],
)
def test_real_aid_stays(text: str, trigger: str, kind: str, engine: str) -> None:
    found = [e for e in trigger_events(text, engine) if e[0].lower() == trigger]
    assert found and found[0][1] == kind
