"""Event word senses found at stop 30 (issue 14) while reading the engines' output on US political
news: executing a plan, a poll's share that "agreed", feelings offered, a trip to a place that
stands for no party, and a time phrase read as a verb's particle. Sentences written for these
tests; each no-event shape sits beside an event of the same words."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES, SPACY_ONLY
from ._engines import trigger_events as _events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The fund executed the share sale within two days, a spokeswoman said.",
        "Her aide said she would never execute a plan she did not believe in.",
        "Fifty-eight percent of Democrats agreed, according to the survey.",
        "Forty percent of independents opposed the plan in the latest poll.",
        "The candidate flew to Iowa on Sunday for a final weekend of campaigning.",
        "The governor travelled to Ohio to raise money for her campaign.",
    ],
)
def test_no_event_in_political_reporting_of_plans_polls_and_trips(engine, text):
    assert _events(text, engine) == []


@SPACY_ONLY
def test_feelings_offered_are_no_offer():
    # (the rules tagger reads "students hope" as a clause: no parse to find the second object)
    assert _events("Community colleges are offering students hope of a better job.", "spacy") == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, agent, target",
    [
        ("Iranian authorities executed two protesters at dawn on Saturday.", "executed", "ASSAULT", "Iran", "protesters"),
        ("Militants executed dozens of villagers, witnesses said.", "executed", "ASSAULT", "Militants", "villagers"),
        ("The president flew to Beijing on Monday.", "flew", "AGREE", "president", "Beijing"),
        ("The rebels offered the government a two-week truce.", "offered", "AGREE", "rebels", "government"),
    ],
)
def test_the_same_words_still_report_events(engine, text, trigger, category, agent, target):
    events = _events(text, engine)
    assert any(
        t == trigger and c == category and any(agent.lower() in x.lower() for x in a) and any(target.lower() in x.lower() for x in tg)
        for t, c, a, tg in events
    ), events


@pytest.mark.parametrize("engine", ENGINES)
def test_a_time_phrase_after_the_object_is_no_particle(engine):
    # "call ... on" would be an appeal; "on Tuesday" is when the call was made
    events = _events("The prime minister called his Turkish counterpart on Tuesday to discuss the refugee crisis.", engine)
    assert not any(c == "REQUEST" for _t, c, _a, _tg in events), events
    appeal = _events("The prime minister called on his Turkish counterpart to release the journalists.", engine)
    assert any(t == "called on" and c == "REQUEST" for t, c, _a, _tg in appeal), appeal


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The former mayor said he would not withdraw from running for governor.",
        "Two senators pulled out of the race for the leadership last week.",
        "He has never sought public office, his lawyer said.",
        "Campaign staff are taking new steps to reach young voters in Nevada.",
        "The first lady visited the museum's new wing on Friday.",
    ],
)
def test_no_event_in_candidacies_campaign_steps_and_sightseeing(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, agent",
    [
        ("The rebels withdrew from the town after a week of heavy fighting.", "withdrew", "RETREAT", "rebels"),
        ("Both sides have sought the good offices of the Swiss government.", "sought", "REQUEST", "sides"),
        ("Police took tight security measures around the stadium ahead of the match.", "took", "MOBILIZE", "Police"),
        ("The president visited Kenya on Monday on his first trip to Africa.", "visited", "CONSULT", "president"),
    ],
)
def test_withdrawals_appeals_shows_of_force_and_visits_stay_events(engine, text, trigger, category, agent):
    events = _events(text, engine)
    assert any(t == trigger and c == category and any(agent.lower() in x.lower() for x in a) for t, c, a, _tg in events), events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Young voters were backing the governor by a wide margin in June.",
        "Voters prefer to back a winner, the pollster said.",
        "The senator agreed with the assessment.",
        "The governor declined several requests for an interview.",
        "The chief executive defended his decision to sell the unit.",
        "Local families had mobilized against the new stadium.",
        "An army of volunteers had amassed outside the town hall.",
        "The city did not host the championship that year.",
        "Private clinics charge more for the same treatment.",
        "At Sanders rallies across the state, the crowds were young.",
    ],
)
def test_no_event_in_opinions_courtesies_and_civic_life(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, agent",
    [
        ("Russia mobilized 300,000 reservists in September.", "mobilized", "MOBILIZE", "Russia"),
        ("The army amassed troops along the border.", "amassed", "MOBILIZE", "army"),
        ("Qatar hosted talks between the warring sides on Sunday.", "hosted", "CONSULT", "Qatar"),
        ("Prosecutors charged the former minister with corruption.", "charged", "ACCUSE", "Prosecutors"),
        ("The opposition declined the government's request for talks.", "declined", "REJECT", "opposition"),
        ("Thousands of protesters rallied against the president in the capital.", "rallied", "PROTEST", "protesters"),
    ],
)
def test_forces_hosts_charges_refusals_and_rallies_stay_events(engine, text, trigger, category, agent):
    events = _events(text, engine)
    assert any(t == trigger and c == category and any(agent.lower() in x.lower() for x in a) for t, c, a, _tg in events), events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The comedian discussed his childhood on a late-night show.",
        "A strong showing in the suburbs would yield victories for the party, an aide said.",
        "The governor's campaign raised more money from small donors in March.",
    ],
)
def test_no_event_for_one_speaker_a_yield_or_fundraising(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, agent",
    [
        ("Macron and Scholz discussed energy prices on Friday.", "discussed", "CONSULT", "Macron"),
        ("The envoy discussed the ceasefire with Hamas officials in Cairo.", "discussed", "CONSULT", "envoy"),
        ("The militia yielded the bridge to the army after a week of fighting.", "yielded", "CONCEDE", "militia"),
    ],
)
def test_talks_between_parties_and_concessions_stay_events(engine, text, trigger, category, agent):
    events = _events(text, engine)
    assert any(t == trigger and c == category and any(agent.lower() in x.lower() for x in a) for t, c, a, _tg in events), events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Fifty-two percent were sure they would support the governor in the fall.",
        "Large majorities of Democratic voters in four states said they back a tax on wealth.",
        "Two of three Americans disapproved of the way the mayor handled the floods, the survey found.",
        "The governor thanked supporters at a victory rally in Denver.",
        "The phrase became a rallying cry for the strikers.",
    ],
)
def test_no_event_in_poll_findings_and_rally_courtesies(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_an_appeal_beside_a_count_of_lawmakers_stays_an_event(engine):
    events = _events("Forty lawmakers signed a letter urging the president to veto the bill.", engine)
    assert any(c == "REQUEST" for _t, c, _a, _tg in events), events


@pytest.mark.parametrize("engine", ENGINES)
def test_campaign_money_and_raising_a_person_are_no_aid_or_concession(engine):
    assert not any(c == "AID" for _t, c, _a, _tg in _events("Wealthy donors are funding a super PAC this cycle.", engine))
    assert _events("Uncommitted delegates could lift her above the threshold.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_aid_funded_and_sanctions_lifted_stay_events(engine):
    assert any(c == "AID" for _t, c, _a, _tg in _events("Japan is funding a new hospital in Kabul.", engine))
    assert _events("The EU lifted sanctions on Belarus.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The campaign sent an email on Friday saying that the results in Ohio show a two-way race.",
        "The senator called into a late-night program on the radio.",
    ],
)
def test_a_clause_said_and_a_second_prepositional_phrase_are_no_pattern_arguments(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_an_appeal_named_by_its_first_preposition_stays(engine):
    events = _events("The foreign minister called on Israel on Monday to halt the offensive in Gaza.", engine)
    assert any(c == "REQUEST" for _t, c, _a, _tg in events), events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The two candidates clashed on the debate stage in Denver.",
        "The governor has freed up $40 million in state funds for flood relief.",
        "The adviser occupied a role that few people envied.",
    ],
)
def test_no_event_for_verbal_clashes_freed_funds_and_roles_held(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, category",
    [
        ("Police clashed with protesters outside parliament.", "ASSAULT"),
        ("Rebels clashed with government troops near the border.", "ASSAULT"),
        ("Protesters occupied the main square on Sunday.", "PROTEST"),
    ],
)
def test_clashes_with_force_and_occupied_squares_stay_events(engine, text, category):
    assert any(c == category for _t, c, _a, _tg in _events(text, engine)), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", ["Artillery shelled the border town overnight.", "Heavy gunfire killed two civilians in the old city."])
def test_arms_as_the_subject_give_an_attack_with_its_attacker_unnamed(engine, text):
    events = [(c, a) for _t, c, a, _tg in _events(text, engine)]
    assert ("ASSAULT", []) in events, events


@pytest.mark.parametrize("engine", ENGINES)
def test_a_barrage_of_words_is_no_attack(engine):
    assert _events("A barrage of criticism hit the minister.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_campaign_against_an_ill_is_a_policy_not_an_event(engine):
    assert _events("The president launched a campaign against corruption.", engine) == []
    crackdown = _events("Police launched a crackdown on drug gangs.", engine)
    assert any(c == "COERCE" for _t, c, _a, _tg in crackdown), crackdown


@pytest.mark.parametrize("engine", ENGINES)
def test_denying_someone_something_is_a_refusal_not_a_denial(engine):
    art = newsmodel.extract("The electoral board denied her coalition the seats and detained its leader.", engine=engine)
    assert not art.denials, art.denials
    art = newsmodel.extract("The ministry denied the party's claims on Friday.", engine=engine)
    assert [d.cue.text for d in art.denials] == ["denied"]


@SPACY_ONLY
@pytest.mark.parametrize(
    "text",
    [
        "Diners rejected the new menu at the downtown restaurant.",
        "Holidaymakers invaded the beaches on the first hot weekend.",
        "Gardeners attacked the weeds with hoes.",
    ],
)
def test_no_event_when_people_only_wordnet_names_act_on_things(text):
    # (the rules engine reads a capitalised plural that opens a sentence as a name, not these nouns)
    assert _events(text, "spacy") == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, category",
    [
        ("The gang hacked a village elder to death with machetes.", "ASSAULT"),
        ("Hackers hacked the health ministry's servers overnight.", "COERCE"),
        ("Tribesmen kidnapped two foreign engineers near the oil field.", "ASSAULT"),
        ("Al-Shabaab fighters stormed a hotel in Mogadishu.", "ASSAULT"),
    ],
)
def test_blades_hackers_kidnappers_and_fighters_stay_events(engine, text, category):
    assert any(c == category for _t, c, _a, _tg in _events(text, engine)), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, category",
    [
        ("Parliament approved an amnesty for rebels who surrender their weapons.", "CONCEDE"),
        ("The creditors agreed to write off half of Zambia's debt.", "AID"),
        ("Iraq returned the seized archives to Kuwait on Tuesday.", "RETREAT"),
    ],
)
def test_amnesties_debt_relief_and_returned_property_per_the_manual(engine, text, category):
    assert any(c == category for _t, c, _a, _tg in _events(text, engine)), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["Norway deployed a field hospital to help earthquake victims in Turkey.", "China delivered a second batch of vaccines to Cambodia."],
)
def test_medical_teams_and_batches_of_supplies_are_aid(engine, text):
    assert any(c == "AID" for _t, c, _a, _tg in _events(text, engine)), _events(text, engine)


@pytest.mark.parametrize("text", ["She thanked volunteers at a Super Tuesday rally in Richmond.", "The senator spoke on Good Friday in Boston."])
def test_the_rules_engine_reads_a_named_day_as_a_date_not_a_person(text):
    art = newsmodel.extract(text, engine="rules")
    assert not any(a.name.endswith(("Tuesday", "Friday")) for a in art.actors), [a.name for a in art.actors]


def test_the_rules_tagger_reads_a_determiner_adjective_before_a_past_verb_as_the_subject_noun():
    art = newsmodel.extract("The general gave the rebels 48 hours to surrender or face an assault.", engine="rules")
    assert any(e.type == "THREATEN" and art.actor(e.agents[0]).name == "general" for e in art.events if e.agents), [(e.type, e.agents) for e in art.events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The singer grinned and proudly lifted a placard of her own.",
        "The chief executive reinforced our commitment to the Chicago plant.",
        "The senator began Sunday with a personally signed letter to voters.",
    ],
)
def test_no_event_for_things_lifted_ideas_reinforced_and_participles_as_adjectives(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_embargoes_lifted_and_accords_signed_stay_events(engine):
    assert _events("The EU lifted the arms embargo on Sudan.", engine)
    assert any(c == "SUPPORT" for _t, c, _a, _tg in _events("The two leaders signed the accord in Paris.", engine))


def test_the_rules_engine_reads_a_span_of_time_opening_a_sentence_as_no_name():
    art = newsmodel.extract("Hours later, the ministry issued a statement.", engine="rules")
    assert [a.name for a in art.actors] == ["ministry"], [a.name for a in art.actors]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_judged_execution_and_marching_orders_are_no_events(engine):
    assert _events("Flawless execution.", engine) == []
    assert _events("The campaign has sent marching orders to its media allies.", engine) == []
    ordered = _events("The junta ordered the execution of four activists.", engine)
    assert any(c == "ASSAULT" for _t, c, _a, _tg in ordered), ordered


@pytest.mark.parametrize("engine", ENGINES)
def test_released_aid_workers_are_captives_let_go_and_sent_aid_workers_are_aid(engine):
    released = _events("The militia released two kidnapped aid workers on Sunday.", engine)
    assert [c for _t, c, _a, _tg in released] == ["RETREAT"], released
    sent = _events("The UN sent aid workers to the flooded region.", engine)
    assert any(c == "AID" for _t, c, _a, _tg in sent), sent


@pytest.mark.parametrize("engine", ENGINES)
def test_a_bodys_own_meeting_and_a_degree_of_agreement_are_no_events(engine):
    assert _events("At the RNC's spring meeting in Florida, the chairman spoke.", engine) == []
    assert _events("The senator largely agreed with the governor on the issue.", engine) == []
    agreed = _events("Iran agreed with Iraq to reopen the border.", engine)
    assert any(c == "AGREE" for _t, c, _a, _tg in agreed), agreed


@SPACY_ONLY
def test_an_international_bodys_meeting_stays_a_consultation():
    met = _events("The OPEC meeting in Vienna ended without a deal.", "spacy")
    assert any(c == "CONSULT" for _t, c, _a, _tg in met), met
