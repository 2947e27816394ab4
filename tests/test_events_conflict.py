"""Conflict PLOVER categories on news wording (issue 14, dev batch 13): casualty ledes whose
attacker is unnamed, instruments, word-sense traps of violent verbs. Sentences are written for
these tests; the dev cases live in ``tests/data/events_dev.tsv``."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, SPACY_ONLY, types


@pytest.mark.parametrize("engine", ENGINES)
def test_beating_with_an_instrument_is_assault_not_a_threat(engine):
    # CAMEO's DESTROY block carries "(WITH) -> 130 threaten", written for "break with"
    got = types("Police beat the students with clubs outside the university.", engine)
    assert "ASSAULT" in got and "THREATEN" not in got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed by a landmine near the border on Monday.",
        "Four passengers were wounded by a grenade at the bus station.",
    ],
)
def test_weapon_in_a_by_phrase_codes_the_attack_without_an_actor(engine, text):
    # PLOVER sector UNK: "two civilians were killed by a bomb"
    assert "ASSAULT" in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "A missile strike on a school killed eleven children, the health ministry said.",
        "An artillery attack hit a hospital in the northern city.",
    ],
)
def test_armed_attack_noun_as_subject_is_an_assault(engine, text):
    assert "ASSAULT" in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed when a truck collided with a minibus near the capital.",
        "Her late strike killed off the contest in the final minute.",
        "A heart attack killed the former champion at the age of 70.",
    ],
)
def test_accidents_and_sport_are_no_assault(engine, text):
    assert "ASSAULT" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_casualties_when_gunmen_open_fire_stay_an_assault(engine):
    assert "ASSAULT" in types("Six people were killed when gunmen opened fire on a bus in the north.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_an_order_with_or_face_is_an_ultimatum(engine):
    # CAMEO 139 "Give ultimatum" -> THREATEN
    assert "THREATEN" in types("Moscow told Kyiv to withdraw its troops or face the consequences.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_warning_of_the_speakers_reprisal_is_a_threat(engine):
    assert "THREATEN" in types("The army warned the rebels that it would respond with force to any attack.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The minister warned that prices would rise sharply next year.",
        "Analysts warned that the new measures would hurt growth.",
    ],
)
def test_warning_of_a_forecast_is_no_threat(engine, text):
    assert "THREATEN" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_stormed_with_nothing_stormed_is_no_assault(engine):
    assert "ASSAULT" not in types("The chess champion stormed out of the press conference.", engine)
    assert "ASSAULT" not in types("The Labour candidate stormed to a landslide win.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_shooting_down_a_proposal_is_a_rejection(engine):
    got = types("Senators shot down the plan to raise the retirement age.", engine)
    assert "REJECT" in got and "ASSAULT" not in got


@pytest.mark.parametrize("engine", ENGINES)
def test_shooting_down_an_aircraft_stays_an_assault(engine):
    assert "ASSAULT" in types("Soldiers shot down a drone over the capital.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_expelled_asylum_seekers_are_deported_but_diplomats_are_sanctioned(engine):
    assert "COERCE" in types("Border guards expelled hundreds of asylum seekers.", engine)
    got = types("Spain expelled two Russian diplomats.", engine)
    assert "SANCTION" in got and "COERCE" not in got


@SPACY_ONLY
def test_expelling_lawmakers_is_no_deportation():
    # (the rules engine reads this COERCE by another path, from before batch 13)
    assert "COERCE" not in types("The party expelled two lawmakers for voting against the budget.", "spacy")


@pytest.mark.parametrize("engine", ENGINES)
def test_sending_a_task_force_is_mobilize(engine):
    assert "MOBILIZE" in types("Washington sent a naval task force to the Gulf.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_scrambling_jets_is_mobilize_and_scrambling_to_act_is_not(engine):
    assert "MOBILIZE" in types("Japan scrambled fighter jets after Russian bombers neared its airspace.", engine)
    assert "MOBILIZE" not in types("Officials scrambled to find a solution before the deadline.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_missiles_fired_off_ones_own_coast_are_a_weapons_test(engine):
    got = types("North Korea fired two ballistic missiles off its east coast on Sunday.", engine)
    assert "MOBILIZE" in got and "ASSAULT" not in got


@pytest.mark.parametrize("engine", ENGINES)
def test_workers_striking_for_days_is_a_protest(engine):
    got = types("Postal workers struck for a second day over pay.", engine)
    assert "PROTEST" in got and "ASSAULT" not in got and "ACCUSE" not in got


@pytest.mark.parametrize("engine", ENGINES)
def test_calling_in_the_army_is_mobilize(engine):
    assert "MOBILIZE" in types("The president called in the army to quell the riots.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_fired_on_with_a_target_is_an_assault_and_fired_on_a_day_is_not(engine):
    assert "ASSAULT" in types("Mourners were fired on by police outside the cemetery.", engine)
    assert "ASSAULT" not in types("The finance director was fired on Tuesday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_calling_a_general_strike_is_a_protest_not_a_threat_of_force(engine):
    got = types("Teachers' unions called a national strike over pay.", engine)
    assert "PROTEST" in got and "THREATEN" not in got


@pytest.mark.parametrize("engine", ENGINES)
def test_target_is_violence_only_for_an_armed_party(engine):
    assert "THREATEN" in types("The rebels said they would target any convoy on the road.", engine)
    assert types("The advertising campaign targeted first-time buyers.", engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_dissolving_a_party_is_coercion(engine):
    # CAMEO 1722 "Ban political parties or politicians"
    assert "COERCE" in types("The junta dissolved the largest opposition party.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_walking_off_the_job_is_a_strike(engine):
    assert "PROTEST" in types("Hundreds of nurses walked off the job at two city hospitals.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_warning_that_ones_forces_would_crush_dissent_is_a_threat(engine):
    assert "THREATEN" in types("The governor warned students that the police would crush any riot.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_warning_what_an_unarmed_body_would_do_is_a_forecast(engine):
    assert "THREATEN" not in types("Economists warned that the central bank would respond with higher rates.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_live_rounds_fired_at_people_are_an_assault(engine):
    assert "ASSAULT" in types("Soldiers fired live rounds at the protesters.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_counted_forces_deployed_are_mobilize_and_counted_things_are_not(engine):
    assert "MOBILIZE" in types("Hundreds of riot police were sent to the port city.", engine)
    assert "MOBILIZE" not in types("Thousands of laptops were deployed to schools.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_warning_that_forces_would_target_something_is_a_threat(engine):
    assert "THREATEN" in types("Iran warned that its troops would target any foreign warship.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_people_hauled_or_dragged_away_are_arrested_and_things_are_not(engine):
    assert "COERCE" in types("Riot police dragged the students into police vans.", engine)
    assert types("Volunteers hauled away the rubbish after the festival.", engine) == set()
