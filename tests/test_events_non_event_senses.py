"""Event words in markets, sport, weather, health and business senses give no event, and the
same words in their event sense still do (issue 14, dev batch 25). Sentences are written for
these tests; the dev cases live in ``tests/data/events_dev.tsv``."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._engines import ENGINES, types

LEXICONS = Path(__file__).resolve().parent.parent / "newsmodel" / "lexicons"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Chile thrashed Peru 4-1 in a friendly match in Santiago on Wednesday.",
        "Spain stormed into the semi-final with a 3-0 win over Norway on Sunday.",
        "The Swede defended her title in Melbourne on Saturday, beating the Czech in three sets.",
        "Pakistan's batsmen attacked the spinners after lunch on the second day in Karachi.",
    ],
)
def test_game_verbs_in_sport_reports_are_no_event(engine, text):
    assert types(text, engine) == set(), text


@pytest.mark.parametrize("engine", ENGINES)
def test_game_verbs_outside_sport_keep_their_event(engine):
    # the trap: the same verbs with armed parties and no sport word
    assert "ASSAULT" in types("Troops stormed a rebel camp near the border on Sunday, killing six fighters.", engine)
    assert "ASSAULT" in types("Gunmen attacked a police station in the north on Friday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_golf_score_is_not_a_shooting(engine):
    assert "ASSAULT" not in types("The Korean shot a closing 64 to win by three strokes.", engine)
    assert "ASSAULT" in types("Gunmen shot 12 villagers in the northern province on Sunday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Lightning killed nine people in Bangladesh on Tuesday, officials said.",
        "A landslide buried a mining camp in Myanmar on Sunday, killing at least 30 people.",
        "A truck slammed into a crowded market on Friday, killing 11 people, police said.",
    ],
)
def test_a_hazard_or_an_accident_that_kills_is_no_assault(engine, text):
    assert "ASSAULT" not in types(text, engine), text


@pytest.mark.parametrize("engine", ENGINES)
def test_armed_fire_and_a_car_bomb_still_kill(engine):
    # traps: an armed or national word in the subject's phrase, a compound whose head is a weapon
    assert "ASSAULT" in types("A car bomb exploded outside a police station on Monday, killing five officers.", engine)
    assert "ASSAULT" in types("Israeli fire killed three Palestinians near the border fence on Friday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_seized_on_figures_is_no_seizure(engine):
    assert "COERCE" not in types("The finance minister seized on the strong export figures to defend his budget.", engine)
    assert "COERCE" in types("Customs officers seized two tonnes of cocaine at the port of Antwerp.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_blaming_a_thing_accuses_no_one(engine):
    assert "ACCUSE" not in types("The airline cancelled 300 flights on Monday, blaming heavy snow and ice.", engine)
    assert "ACCUSE" in types("The government blamed the rebels for the bombing of the pipeline.", engine)
    assert "ACCUSE" in types("The interior minister blamed the attack on Hamas.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_business_bids_and_prices_per_share_are_no_event(engine):
    got = types("The Japanese retailer launched a takeover bid for its British rival, offering 310 pence a share.", engine)
    assert got == set(), got


@pytest.mark.parametrize("engine", ENGINES)
def test_a_space_probe_and_market_demand_are_no_event(engine):
    assert "ACCUSE" not in types("China launched a lunar probe on Tuesday from its southern launch site.", engine)
    assert "REQUEST" not in types("Copper fell on Monday on worries about weak demand in Europe.", engine)
    # traps: an investigation and a demand made by a party
    assert "ACCUSE" in types("The United Nations opened a probe into the killing of aid workers in Darfur.", engine)
    assert "REQUEST" in types("The opposition demanded the resignation of the interior minister.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_meeting_still_ahead_dates_the_sentence(engine):
    assert "CONSULT" not in types("Gold prices edged higher on Wednesday ahead of a meeting of Fed policymakers.", engine)
    assert "CONSULT" in types("The foreign ministers of Egypt and Jordan met in Cairo on Monday.", engine)


def test_cameo_verb_blocks_headed_without_a_space_are_read():
    # CAMEO.2.0.txt writes four block headers as "---  DELAY   [120]---  ---"; their verbs were read
    # as members of the block before ("postpone" as BLAME, 112: "the court postponed its hearing"
    # became an arrest through BLAME's "COURT *" pattern)
    rows = {}
    for line in (LEXICONS / "cameo_verbs.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            rows[cols[0]] = cols[2]
    assert rows["postpone"] == "delay" and rows["delay"] == "delay"
    assert rows["humiliate"] == "disgrace" and rows["override"] == "overrule"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The military government lifted the night curfew in Yangon on Tuesday.",
        "The army ended the curfew in the port city after a week of calm.",
        "The governor lifted a three-month state of emergency in the province on Friday.",
    ],
)
def test_lifting_a_curfew_is_a_concession_not_its_imposition(engine, text):
    # one reading for the dev file and the lexicon: PLOVER manual sec. CONCEDE, "removing curfews"
    got = types(text, engine)
    assert "CONCEDE" in got and "COERCE" not in got and "RETREAT" not in got, got


@pytest.mark.parametrize("engine", ENGINES)
def test_imposing_a_curfew_stays_coercion(engine):
    assert "COERCE" in types("The army imposed a dusk-to-dawn curfew on the port city on Monday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_prison_sentence_is_a_sanction(engine):
    # PLOVER SANCTION convict: "found guilty and sentenced ... via court-order" (a prison term
    # would add a COERCE arrest mode, which a one-label reading leaves out)
    got = types("A court in Baku sentenced the opposition journalist to eight years in prison on Monday.", engine)
    assert "SANCTION" in got and "COERCE" not in got, got


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "When it comes to trade, the two candidates agree on very little.",
        "The convoy's lead vehicle came to a stop outside the stadium.",
        "The finance minister came under fierce criticism over the budget on Monday.",
        "The senator's apology came in a short statement on Friday.",
    ],
)
def test_come_without_a_visitor_is_no_visit(engine, text):
    # CAMEO's ARRIVE block codes a bare "come in/to/from" as a visit or aid; a visit needs a visitor
    got = types(text, engine)
    assert "CONSULT" not in got and "AID" not in got, got


@pytest.mark.parametrize("engine", ENGINES)
def test_a_visitor_who_arrives_still_visits(engine):
    assert "CONSULT" in types("The Turkish foreign minister arrived in Baghdad on Sunday for talks with Iraqi leaders.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_offering_words_is_no_agreement(engine):
    assert "AGREE" not in types("The senator offered no proof for the claim on Tuesday.", engine)
    assert "AGREE" not in types("The former general offered his thoughts on military readiness.", engine)
    # trap: an offer of talks or of aid is still an offer
    assert "AGREE" in types("The rebels offered a truce in exchange for the release of prisoners.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_report_or_a_clip_released_is_no_release_of_captives(engine):
    for text in (
        "The video was released on Tuesday by the campaign.",
        "The campaign's new advertisement was released on Thursday in three states.",
    ):
        assert "RETREAT" not in types(text, engine), text
    assert "RETREAT" in types("Three journalists were released by the rebels on Sunday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_free_as_an_adjective_frees_no_one(engine):
    for text in (
        "The president is free to disclose his tax returns at any time.",
        "Businesses need to break free from quarterly earnings reports, the candidate said.",
    ):
        assert "RETREAT" not in types(text, engine), text


@pytest.mark.parametrize("engine", ENGINES)
def test_a_suicide_is_no_assault(engine):
    assert "ASSAULT" not in types("A former soldier shot himself outside the veterans hospital last month.", engine)
    assert "ASSAULT" in types("A former soldier shot two guards outside the veterans hospital last month.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_attraction_values_and_campaign_events_are_no_event(engine):
    assert "REQUEST" not in types("The governor's populist appeal among rural voters has grown, the poll found.", engine)
    assert "AGREE" not in types("The senator has long shown a deep commitment to free trade, his aides said.", engine)
    assert "PROTEST" not in types("The candidate spoke for an hour at a campaign rally in Ohio on Saturday.", engine)
    assert "SUPPORT" not in types("In the survey, 4 percent support the Green Party candidate.", engine)
    assert "AGREE" not in types("Most voters now accept that the climate is changing, the survey found.", engine)
    # traps: an appeal for help, a commitment made, a rally against a law, an invitation accepted
    assert "REQUEST" in types("The mayor repeated his appeal to donors for blankets and tents.", engine)
    assert "AGREE" in types("Both governments reaffirmed their commitment to a two-state solution.", engine)
    assert "PROTEST" in types("Thousands rallied outside parliament against the new media law on Sunday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_show_cause_and_attraction_idioms_are_no_event(engine):
    for text, category in (
        ("The governor must demonstrate that he can work with the legislature.", "PROTEST"),
        ("The new rules led to longer prison sentences for minor offences, the study found.", "CONSULT"),
        ("The senator came in second in the state's primary on Tuesday.", "CONSULT"),
        ("The minister has come to accept the reform, his aides said.", "CONSULT"),
        ("The candidate apologised for his offensive remarks about immigrants.", "ASSAULT"),
        ("Her message appealed to younger voters in the suburbs, the survey found.", "REQUEST"),
    ):
        assert category not in types(text, engine), text


@pytest.mark.parametrize("engine", ENGINES)
def test_the_event_senses_of_those_words_stay(engine):
    assert "PROTEST" in types("Thousands of students demonstrated outside the ministry on Monday.", engine)
    assert "ASSAULT" in types("The army's offensive against the rebels in the north has forced thousands to flee.", engine)
    assert "REQUEST" in types("The mayor appealed to residents to stay indoors as the fire spread.", engine)
