"""Event precision on real political news, both engines (stop 36, e35; dev batch 74): an act
that someone wants, needs, expects or counts on another party to do is the content of a want,
no event of that party -- beside the same verbs in acts done or asked for.

Our own sentences, of the shapes found in a hand judgment of every event on PolNeAR train
(random.Random(280).sample(train, 40)[:10])."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The chancellor needs to persuade the Greens to back her pension reform.",
        "The senator needs another 30 delegates to endorse him by June.",
        "The governor wants the nurses' union to support her health bill.",
        "The council is counting on the chamber of commerce to back the new tram line.",
        "The donors the mayor was relying on to rally behind him stayed away.",
    ],
)
def test_an_act_wanted_of_another_party_is_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Green Party backed the chancellor in a statement on Thursday.", "SUPPORT"),
        ("Thirty delegates endorsed the senator at the state convention.", "SUPPORT"),
        ("The governor urged the nurses' union to support her health bill.", "REQUEST"),
    ],
)
def test_the_same_verbs_in_real_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@settings(max_examples=20, deadline=None)
@given(
    wanter=st.sampled_from(["The premier", "The candidate", "Ms. Halvorsen", "The party leader"]),
    want=st.sampled_from(["wants", "needs", "would need", "hopes to persuade", "is counting on"]),
    party=st.sampled_from(["the unions", "the farmers' league", "20 more senators", "the Liberal Democrats"]),
    act=st.sampled_from(["back", "support", "endorse"]),
)
def test_whatever_is_wanted_of_whom_no_support_is_reported(wanter: str, want: str, party: str, act: str) -> None:
    """Whoever wants whichever party to back them, no SUPPORT or AGREE (rules engine)."""
    found = types(f"{wanter} {want} {party} to {act} the budget.", "rules")
    assert not found & {"SUPPORT", "AGREE"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The mayor refused to concede that the count had been fair.",
        "The general declined to acknowledge that the offensive had stalled.",
        "Young interns once accepted some degree of hazing in their first year.",
        "The blogger said he did not like being arrested at every march.",
        "Two ministers fear being dismissed after the scandal.",
    ],
)
def test_words_refused_things_borne_and_fears_are_no_events(engine: str, text: str) -> None:
    """"refused to concede that" refuses a claim; "accepted an amount of" bears a thing; "fear
    being dismissed" is what may happen: no REJECT, AGREE or act of anyone."""
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The militia refused to hand over its weapons to the monitors.", "REJECT"),
        ("The strikers accepted the ministry's offer of a pay rise.", "AGREE"),
        ("Soldiers arrested the blogger at the march on Saturday.", "COERCE"),
    ],
)
def test_refusals_acceptances_and_arrests_done_stay(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The bishop asked the two parties to join the council in condemning the riots.",
        "The senator urged her colleagues to work with the mayor in opposing the closure.",
    ],
)
def test_an_act_joined_in_inside_a_request_is_part_of_it(engine: str, text: str) -> None:
    """The gerund after "in" is asked as much as the infinitive: one REQUEST, nothing more."""
    assert types(text, engine) == {"REQUEST"}


@pytest.mark.parametrize("engine", ENGINES)
def test_an_act_joined_in_and_done_stays(engine: str) -> None:
    assert "ACCUSE" in types("Both parties joined the council in condemning the riots on Friday.", engine)
