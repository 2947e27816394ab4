"""Event precision on real political news, both engines (stop 37, e38; dev batch 78): an apology
offered is CONCEDE, not AGREE; a reaction "invited" is provoked; an act permitted, owed or held
back is not done; what "no evidence that" names is not reported; coordinating one's own people
is managing them; one person's bare "agreed" shares a view -- each beside real events of the
same words.

Our own sentences, of the shapes found in a hand judgment of every event on PolNeAR train
(random.Random(320).sample(train, 40)[:10])."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The transport ministry offered a public apology to the stranded travellers on Friday.",
        "The electoral commission offered its humble apology to the voters of the district.",
    ],
)
def test_an_apology_offered_is_concede_not_agree(engine: str, text: str) -> None:
    found = events(text, engine)
    assert {t for t, _a, _r in found} == {"CONCEDE"}
    assert all(agents for t, agents, _r in found)


@pytest.mark.parametrize("engine", ENGINES)
def test_an_offer_of_an_act_stays_agree(engine: str) -> None:
    assert "AGREE" in types("The junta offered a truce to the rebels on Thursday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The candidate made the same joke in every town, inviting scorn on social media.",
        "State law entitles the governor to pardon any inmate.",
        "The charter permits the council to dismiss the mayor.",
        "Several senators were hesitant to endorse the nominee.",
        "There is no evidence that the police arrested the blogger.",
        "Officials said there was no sign that the navy had blockaded the port.",
        "The candidate's aide is coordinating dozens of canvassers in the county.",
        "Her brother agreed, but said the appeal would fail.",
    ],
)
def test_no_event_in_these_shapes(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The prime minister invited the Chilean president to Madrid for talks.", "AGREE"),
        ("The governor pardoned three inmates on Monday.", "CONCEDE"),
        ("Several senators endorsed the nominee on Tuesday.", "SUPPORT"),
        ("The police arrested the blogger on Sunday.", "COERCE"),
        ("The two parties agreed to form a coalition.", "AGREE"),
        ("The rebels agreed to a truce after two days of talks.", "AGREE"),
    ],
)
def test_the_same_words_in_real_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@settings(max_examples=20, deadline=None)
@given(
    noun=st.sampled_from(["evidence", "sign", "indication", "proof"]),
    adjective=st.sampled_from(["", "clear ", "direct "]),
    clause=st.sampled_from([
        "the army shelled the town",
        "the rebels kidnapped the engineers",
        "the minister met the envoy",
        "the police detained the organizers",
    ]),
)
def test_nothing_that_no_evidence_supports_is_an_event(noun: str, adjective: str, clause: str) -> None:
    """Whatever the noun of absence and whatever the clause after "that", no event (rules engine)."""
    assert types(f"There is no {adjective}{noun} that {clause}.", "rules") == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The retired general declined to run for governor last year.",
        "The mayor refused to seek a second term.",
        "Officials at the embassy and the consulate would not discuss the arrests.",
        "State rules bind the delegates to vote for the winner of the primary.",
    ],
)
def test_own_course_withheld_comment_and_bound_acts_are_no_events(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_the_gerund_talks_are_about_is_no_event(engine: str) -> None:
    """The act talks are about is not done: no SUPPORT, whatever else the talks are."""
    assert "SUPPORT" not in types("The union has been in talks about endorsing the mayor since May.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The rebels refused to accept the peace plan.", "REJECT"),
        ("The union endorsed the mayor after a month of talks.", "SUPPORT"),
        ("The ambassador and the consul discussed the arrests on Monday.", "CONSULT"),
    ],
)
def test_refusals_endorsements_and_talks_done_stay(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The ministry has characterized the probe as a routine audit.",
        "A poll of 800 likely voters released on Tuesday by the county college showed the mayor ahead.",
    ],
)
def test_words_put_on_a_probe_and_a_poll_released_are_no_events(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_rival_described_as_a_term_of_abuse_is_criticism(engine: str) -> None:
    assert "ACCUSE" in types("The senator described the governor as a coward.", engine)
