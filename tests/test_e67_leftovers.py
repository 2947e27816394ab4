"""Stop-42 event leftovers (stop 43, e67; dev batch 118): "evict" is COERCE, but not a contestant
put out of a show (contest_exits); "used to" + a bare verb is a past habit, while an object
relative's "used to" keeps its act (habit_frames.past_habit); "come / grow to" + a verb of
attitude is no act (attitude_changes); a speech verb's next noun that opens a that-less clause is
no object of the verb (complement_subjects); a plural "them" whose nearest plural noun is a thing
takes no party as its role (plural_things) -- each beside the reading that stays.

Our own sentences, of the shapes the lead listed at stop 42."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES, SPACY_ONLY, has_event, trigger_events_lower


def _types(text: str, engine: str) -> list[str]:
    return [t for _trig, t, _a, _g in trigger_events_lower(text, engine)]


@pytest.mark.parametrize("engine", ENGINES)
def test_an_authority_evicting_people_is_coerce(engine: str) -> None:
    assert has_event("Bailiffs working for the council evicted forty squatters from the depot on Tuesday.", engine, "COERCE", target="squatters")
    assert has_event("The militia evicted dozens of farmers from their land last week.", engine, "COERCE", "militia", "farmers")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The comedian was evicted from the talent contest after a public vote.",
        "Two dancers were expelled from the competition on Sunday.",
        "The state eviction ban ends next month.",
    ],
)
def test_no_party_coerced_out_of_a_show_or_by_a_policy(text: str, engine: str) -> None:
    assert _types(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers used to detain traders at this checkpoint.",
        "The governor used to attack the press in his speeches.",
        "A mayor who used to praise the union is now its fiercest critic.",
    ],
)
def test_used_to_with_a_bare_verb_is_a_past_habit(text: str, engine: str) -> None:
    assert _types(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_the_instrument_of_an_object_relative_keeps_its_act(engine: str) -> None:
    assert has_event("The pistol the soldier used to kill the judge was never found.", engine, "ASSAULT", "soldier", "judge")
    # an adverb between the relative's subject and "used" (a shape found on PolNeAR train)
    assert has_event("Detectives traced the rifle the soldier reportedly used to shoot the guard.", engine, "ASSAULT", "soldier", "guard")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Conservatives have come to accept the climate accord with Brazil.",
        "Over the years the villagers grew to trust the rebels.",
    ],
)
def test_an_attitude_reached_over_time_is_no_act(text: str, engine: str) -> None:
    assert _types(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_coming_to_the_aid_of_a_party_stays_aid(engine: str) -> None:
    assert has_event("France came to the aid of Mali after the rebel advance.", engine, "AID", "france", "mali")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Governor Lena Brandt argued her fight for the pension fund is far from over.",
        "The mayor insisted his battle with the transit union was worth it.",
    ],
)
def test_a_clause_subject_after_a_speech_verb_is_no_object(text: str, engine: str) -> None:
    assert _types(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_speech_verb_with_a_that_clause_still_lets_the_clause_act(engine: str) -> None:
    assert has_event("The ministry said the police had arrested nine smugglers.", engine, "COERCE", "police", "smugglers")


@SPACY_ONLY
def test_them_standing_for_things_takes_no_country() -> None:
    text = "Border guards in Croatia found 60 pistols in a van. Police seized them on Sunday."
    found = [e for e in trigger_events_lower(text, "spacy") if e[0] == "seized"]
    assert found and not any("croatia" in g for g in found[0][3])


@pytest.mark.parametrize("engine", ENGINES)
def test_them_standing_for_people_keeps_them(engine: str) -> None:
    text = "Police detained 40 dockers in Durban on Monday. A judge freed them two days later."
    art = newsmodel.extract(text, engine=engine)
    dockers = [a for a in art.actors if "docker" in a.name.lower()]
    assert dockers  # the people stay an actor; whether the pronoun joins them is the resolver's


@settings(max_examples=12, deadline=None)
@given(
    subject=st.sampled_from(["Police", "The rebels", "Mr. Okafor", "The army"]),
    verb=st.sampled_from(["arrest", "attack", "criticize", "detain", "praise"]),
    obj=st.sampled_from(["students", "the minister", "journalists", "the governor"]),
)
def test_used_to_never_reports_an_act(subject: str, verb: str, obj: str) -> None:
    """Invariant (rules engine): "<subject> used to <verb> <object> in those years." names no act."""
    assert _types(f"{subject} used to {verb} {obj} in those years.", "rules") == []
