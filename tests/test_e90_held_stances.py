"""Stop 48, helper e90 (issue 14, dev batch 153): a stance told by its tense and aspect is a
position held, no event; a past habit told with "would" + a frequency adverb is no act.

Checks: :mod:`newsmodel.extractors.events.held_stances` and the "would" reading of
:mod:`newsmodel.extractors.events.habitual_acts`.  The sentences are the project's own.
"""

from __future__ import annotations

import pytest

from ._engines import ENGINES, SPACY_ONLY, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "The senator said on Wednesday that he supports the port agreement.",
    "The labor minister told the committee she opposes the airline merger.",
    "Councilwoman Ada Brink backs the transit levy, her office said.",
    "The mayor added that she backs the new stadium lease.",
])
def test_present_stance_under_a_past_verb_of_saying_is_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "Most farmers oppose the water deal, the survey found.",
    "Most nurses support the hospital merger, a survey shows.",
])
def test_poll_share_holding_a_stance_is_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "Senator Omar Vey has long opposed the canal treaty with Panama.",
    "The governor has always supported the firefighters' union.",
    "The council has consistently backed the harbor expansion.",
])
def test_standing_perfect_of_a_stance_is_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_would_of_habit_is_no_event(engine: str) -> None:
    assert types("In those days the envoy would often meet with tribal elders.", engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_acts_with_the_same_words_stay(engine: str) -> None:
    assert "REJECT" in types("Senator Omar Vey opposed the canal treaty in a vote on Thursday.", engine)
    assert "REJECT" in types("The senator said on Wednesday that she now opposes the port agreement.", engine)
    assert "SUPPORT" in types('"I support the mayor," Senator Ana Ruiz said on Monday.', engine)
    assert "CONSULT" in types("The envoy met tribal elders in Kandahar on Monday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [
    "The senator has typically supported the fishing lobby's bills.",
    "The minister personally opposes the casino licence.",
    "Party members backed Senator Ana Ruiz, 64 percent to 29 percent.",
    "The two senators have backed the canal plan since the 1980s.",
])
def test_frequency_personal_margin_and_span_readings_are_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_headline_present_stays(engine: str) -> None:
    assert "REJECT" in types("Parliament Rejects Budget Plan", engine)


@SPACY_ONLY
def test_quoted_fragment_under_said_stays() -> None:
    """A quoted fragment under "said" is the speaker's own declaration; left as an event (the
    rules engine tags this "supports" a noun and codes nothing, before and after)."""
    assert "SUPPORT" in types('In Miami, Rey Alonso said that he "supports Ana Ruiz 100 percent," while his rival did not.', "spacy")
