"""Event recall on real news, round 3 (stop 33, helper e28, dev batch 61): shapes PolNeAR train
(seeds 170-173) and the lead's known misses report events in and the coder missed -- money given
to people in need (AID), territory conceded or given up (RETREAT, not CONCEDE), a race conceded
(no event), criticism as "panned", "attacked X as ..." or "during his speech", insults traded,
pressure on a party to act ("pressured ... to", "pressed by ... to"), a punch that lands on a
person, a ceasefire agreed between two parties -- each beside a same-word use that names no
event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, SPACY_ONLY
from ._engines import has_event as _has
from ._engines import trigger_events_lower as _events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Japan has given $50 million to flood victims.", "japan", "victims"),
        ("Canada gave $12 million to earthquake survivors in the north.", "canada", "survivors"),
    ],
)
def test_money_given_to_people_in_need_is_aid(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "AID", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The senator gave $5,000 to the governor's re-election campaign.",
        "The charity gave hope to the flood victims.",
    ],
)
def test_money_to_a_campaign_and_hope_are_no_aid(engine: str, text: str) -> None:
    assert not _has(text, engine, "AID"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The rebels conceded the district to government forces.", "rebels"),
        ("Militants gave up the town after a long siege.", "militants"),
        ("The insurgents yielded the village to the advancing army.", "insurgents"),
    ],
)
def test_territory_conceded_or_given_up_is_retreat(engine: str, text: str, agent: str) -> None:
    assert _has(text, engine, "RETREAT", agent), _events(text, engine)
    assert not _has(text, engine, "CONCEDE"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_conceding_that_a_city_was_poorly_run_is_no_retreat(engine: str) -> None:
    text = "The minister conceded that the city had been poorly run."
    assert not _has(text, engine, "RETREAT"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The candidate conceded the race shortly before midnight.",
        "The governor conceded the election to his rival on Wednesday.",
    ],
)
def test_a_race_conceded_is_no_event(engine: str, text: str) -> None:
    assert not _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The senator panned the governor's budget on Tuesday.", "senator", "governor"),
        ("Critics panned the mayor for skipping the memorial service.", "critics", "mayor"),
        ("The governor attacked the senator in a televised interview.", "governor", "senator"),
        ("Trump later attacked Clinton and Jeb Bush during a speech in Ohio.", "trump", "clinton"),
        ("The two candidates traded insults during the televised debate.", "candidates", ""),
        ("The rivals exchanged barbs at the forum.", "rivals", ""),
    ],
)
def test_criticism_in_new_verbs_and_frames_is_accuse(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "ACCUSE", agent, target), _events(text, engine)


def test_attacked_as_something_is_criticism_rules() -> None:
    text = "Sanders attacked Clinton as too close to Wall Street."
    assert _has(text, "rules", "ACCUSE", "sanders", "clinton"), _events(text, "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The cameraman panned across the crowd as the speech began.",
        "Prospectors panned the river for gold.",
        "The two chefs traded recipes on the morning show.",
        "A man attacked the senator as she left the building.",
    ],
)
def test_same_words_without_criticism_are_no_accusation(engine: str, text: str) -> None:
    assert not _has(text, engine, "ACCUSE"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The union pressured the governor to veto the bill.", "union", "governor"),
        ("The moderator pressed the senator to release the transcripts.", "moderator", "senator"),
        ("The senator was pressed by colleagues to resign.", "colleagues", "senator"),
    ],
)
def test_pressure_on_a_party_to_act_is_request(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "REQUEST", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Rising costs pressured the airline to cut hundreds of jobs.",
        "The grapes were pressed by hand to make wine.",
    ],
)
def test_pressure_from_things_is_no_request(engine: str, text: str) -> None:
    assert not _has(text, engine, "REQUEST"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("A protester was punched in the face by a supporter of the candidate.", "supporter", "protester"),
        ("A man punched a journalist outside the hotel.", "man", "journalist"),
    ],
)
def test_a_punch_that_lands_on_a_person_is_assault(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "ASSAULT", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Workers punched a hole in the wall to reach the pipes.",
        "The winger punched the air after scoring the equaliser.",
        "The clerk punched in the code and opened the safe.",
    ],
)
def test_a_punch_at_a_thing_is_no_event(engine: str, text: str) -> None:
    assert not _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_ceasefire_agreed_between_two_parties_names_them(engine: str) -> None:
    text = "The ceasefire agreed between the army and the rebels on Monday collapsed within hours."
    assert _has(text, engine, "RETREAT", "army"), _events(text, engine)


@SPACY_ONLY
def test_a_ceasefire_between_armies_that_would_need_monitors_stays_as_before() -> None:
    # the rules engine reads no event here (dev batch 30); the participle rule must not add one
    text = "A ceasefire between the two armies would require international monitors, the mediators said."
    assert not _has(text, "rules", "RETREAT"), _events(text, "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The senator encouraged the mayor to run for governor.", "senator", "mayor"),
        ("The union prodded the governor to veto the bill.", "union", "governor"),
    ],
)
def test_encouraged_or_prodded_to_act_is_request(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "REQUEST", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_things_encouraging_borrowing_are_no_request(engine: str) -> None:
    text = "Low interest rates encouraged families to borrow more."
    assert not _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The governor made charges that the judge was biased against him.", "governor"),
        ("The senator levelled charges of fraud against the mayor.", "senator"),
        ("The opposition made allegations of vote rigging.", "opposition"),
    ],
)
def test_charges_made_or_levelled_are_accusations(engine: str, text: str, agent: str) -> None:
    assert _has(text, engine, "ACCUSE", agent), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The bank made charges for every transfer.",
        "The phone lost its charge after an hour.",
    ],
)
def test_fees_and_a_battery_charge_are_no_accusation(engine: str, text: str) -> None:
    assert not _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The governor bashed the senator's plan to cut school funding.", "governor", "senator"),
        ("The pundit trashed the governor's speech as empty.", "pundit", "governor"),
        ("The senator savaged the mayor's record on housing.", "senator", "mayor"),
    ],
)
def test_bashed_trashed_savaged_are_criticism(engine: str, text: str, agent: str, target: str) -> None:
    assert _has(text, engine, "ACCUSE", agent, target), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Vandals bashed the windows of the campaign office.",
        "The storm hammered the coast with heavy rain.",
    ],
)
def test_bashed_windows_and_a_hammered_coast_are_no_criticism(engine: str, text: str) -> None:
    assert not _has(text, engine, "ACCUSE"), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Protesters interrupted the governor's speech on Monday.", "protesters"),
        ("Dozens of demonstrators disrupted the senator's rally in Ohio.", "demonstrators"),
    ],
)
def test_protesters_interrupting_a_speech_is_protest(engine: str, text: str, agent: str) -> None:
    assert _has(text, engine, "PROTEST", agent), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_band_interrupting_its_set_is_no_event(engine: str) -> None:
    assert not _events("The band interrupted its set to thank the crowd.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_trashing_a_deal_is_scrapping_it_not_criticism(engine: str) -> None:
    text = "The candidate vowed to trash bad trade deals."
    assert not _has(text, engine, "ACCUSE"), _events(text, engine)
