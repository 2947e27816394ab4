"""Events talked about, not reported (stop 34, e30; dev batch 64): generic statements, supposed
events, rankings of an event named before, present wh-questions, an effort's aim, a score conceded,
a trend eased, a hazard threatening and weights lifted are no event; the same words with a party
acting stay events.

Our own sentences, of the shapes of the PLOVER manual's categories and of news style."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, SPACY_ONLY, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "A naval blockade by a large power usually takes months to bite.",
        "An invasion of the islands would be a disaster for the region.",
        "A strike by the air traffic controllers could ground every flight in the country.",
        "The siege of the old fortress remains one of the best known episodes of the century.",
        "Why do small states so often seek the protection of larger ones?",
        "Mediators have made repeated attempts to end the fighting in the hills.",
        "The goalkeeper conceded two goals in the first ten minutes.",
        "Fuel prices should ease later in the year, the bank said.",
        "Floods threaten thousands of homes along the river.",
        "The champion lifted 210 kilograms on her final attempt.",
        "If the union calls a strike, the factory will close, the owner said.",
        "Journalists asked the minister whether the army would withdraw from the valley.",
        "The governor's plan to deport the migrants has divided the party.",
    ],
)
def test_events_talked_about_are_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The navy blockaded the rebel-held port on Thursday.", "COERCE"),
        ("The interior ministry eased restrictions on public gatherings.", "CONCEDE"),
        ("Travel curbs on the border province were relaxed by the government on Monday.", "CONCEDE"),
        ("The militia threatened to blow up the dam.", "THREATEN"),
        ("The government lifted the ban on opposition rallies.", "CONCEDE"),
        ("Rebels stormed the radio station in an attempt to seize power.", "ASSAULT"),
        ("The rebels threatened to shell the town if the army advanced.", "THREATEN"),
        ("Speaking against inequality, the senator condemned the governor's budget.", "ACCUSE"),
        ("Norway announced plans to send 200 tonnes of medicine to Sudan.", "AGREE"),
    ],
)
def test_the_same_words_with_a_party_acting_stay_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@SPACY_ONLY
def test_a_past_wh_question_keeps_its_event() -> None:
    """"Why did ...?" presupposes the event it asks about; only present and modal wh-questions
    ask about events in general."""
    assert "ASSAULT" in types("Why did the army shell the village?", "spacy")


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["attack", "strike", "resignation", "boycott", "blockade", "withdrawal"]),
    st.sampled_from(["the army", "the union", "the minister", "the rebels", "Chile"]),
    st.sampled_from(["would", "could", "might", "may"]),
)
def test_an_event_noun_under_a_modal_is_no_event(noun: str, party: str, modal: str) -> None:
    """An event noun as the subject of a modal supposes the event, whoever would act."""
    text = f"A {noun} by {party} {modal} change the course of the crisis."
    assert types(text, "rules") == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_an_act_named_only_in_a_condition_is_no_event(engine: str) -> None:
    """The dev file labels conditions "-" ("If the ceasefire collapses, ..."); the act the sentence
    reports outside the condition stays (a threat with its condition)."""
    assert types("If Israel attacks Iran, oil prices will rise.", engine) == set()
    assert "THREATEN" in types("Israel threatened to attack Iran if the talks failed.", engine)
