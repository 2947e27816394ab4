"""Conflict wordings and their word-sense traps (issue 14, dev batch 13): weapons as
instruments, "fired on", threats in a warning's clause, a market "rally", "stormed to
victory", "seized the initiative", weapons tests, people expelled, proposals shot down.
Sentences are written for these tests; the dev cases live in ``tests/data/events_dev.tsv``."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers beat the villagers with rifle butts and sticks.",
        "Militiamen attacked the checkpoint with machetes and knives.",
    ],
)
def test_a_weapon_after_with_is_a_blow_not_a_threat(engine, text):
    # CAMEO's DESTROY block reads any "(WITH)" phrase as a threat (130); a weapon keeps the violence
    got = types(text, engine)
    assert "ASSAULT" in got and "THREATEN" not in got and "ACCUSE" not in got, got


@pytest.mark.parametrize("engine", ENGINES)
def test_fired_on_people_is_assault_and_under_fire_is_none(engine):
    assert "ASSAULT" in types("Border guards fired on a boat carrying migrants.", engine)
    assert types("The finance minister came under fire on Tuesday over the budget.", engine) <= {"ACCUSE"}
    for text in (
        "The head coach was fired on Monday after a run of defeats.",
        "The manager was fired at the end of the season.",
        "The sergeant told his men to fire at will.",
    ):
        assert "ASSAULT" not in types(text, engine), text


@pytest.mark.parametrize("engine", ENGINES)
def test_warning_of_ones_own_force_is_a_threat(engine):
    assert "THREATEN" in types("Israel warned it would strike the militia's weapons depots.", engine)
    assert "THREATEN" in types("Pakistan warned India of a swift response to any incursion.", engine)
    # the force named in the clause is the speaker's side, not the speaker: the warning is the threat
    assert "THREATEN" in types("The Pentagon warned that American warships would target any vessel laying mines.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Meteorologists warned that the cyclone would hit the islands on Friday.",
        "The minister warned farmers of a long drought this summer.",
        "Turkey warned that it would not attack the town.",
    ],
)
def test_forecasts_and_promises_of_restraint_are_no_threat(engine, text):
    assert "THREATEN" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Bank shares rallied on hopes of a rate cut.",
        "The yen staged a late rally against the dollar.",
        "The Labour candidate stormed to victory in the mayoral race.",
        "The challenger seized the opportunity in the second debate.",
    ],
)
def test_same_words_in_markets_and_contests_are_no_event(engine, text):
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_rallies_and_storming_by_people_stay_events(engine):
    assert "PROTEST" in types("Supporters of the jailed leader rallied outside the court.", engine)
    assert "ASSAULT" in types("Militants stormed a police post near the border.", engine)
    assert "COERCE" in types("The coast guard seized a fishing boat off the coast.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_missile_launched_in_a_test_is_mobilize(engine):
    got = types("Pakistan launched a cruise missile during a routine training test.", engine)
    assert "MOBILIZE" in got and "ASSAULT" not in got, got


@pytest.mark.parametrize("engine", ENGINES)
def test_people_expelled_counted_by_the_dozen_is_coerce(engine):
    got = types("Greece expelled hundreds of migrants across the river into Turkey.", engine)
    assert "COERCE" in got and "SANCTION" not in got, got


@pytest.mark.parametrize("engine", ENGINES)
def test_a_proposal_shot_down_is_rejected_and_jets_scrambled_are_mobilised(engine):
    got = types("The senators shot down a plan to cut farm subsidies.", engine)
    assert "REJECT" in got and "ASSAULT" not in got, got
    assert "MOBILIZE" in types("Japan scrambled fighter jets to shadow the bombers.", engine)
    assert "MOBILIZE" not in types("Investors scrambled to sell their shares.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_hyphenated_triggers_count_however_the_tokenizer_splits_them(engine):
    # spaCy splits "sit-in" and "cease-fire" at the hyphen; the trigger list has them as one word
    assert "PROTEST" in types("Relatives of the victims began a sit-in outside the courthouse.", engine)
    assert "RETREAT" in types("The rebels declared a cease-fire in the east.", engine)
    # a hyphen with spaces around it joins nothing: no "cease-fire" made of "cease - fire"
    assert "RETREAT" not in types("Factories will cease - fire safety rules say - all night work.", engine)
