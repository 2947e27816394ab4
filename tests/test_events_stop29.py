"""Event roles found at stop 29 (issue 14): honorifics heading a noun phrase are people, and a
headline verb the parser made a modifier of the line's noun phrase keeps its roles. Sentences
written for these tests."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES, SPACY_ONLY
from ._engines import trigger_events as _events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, title",
    [
        ("The Dutch trade minister met the Jordanian crown prince in Amman on Sunday.", "crown prince"),
        ("The French president met the archbishop at the Elysee palace on Monday.", "archbishop"),
    ],
)
def test_an_honorific_heading_its_phrase_is_a_person_who_takes_part(engine, text, title):
    art = newsmodel.extract(text, engine=engine)
    people = {a.id: a for a in art.actors if a.kind == "person"}
    assert any(title in a.name for a in people.values()), [(a.name, a.kind) for a in art.actors]
    met = [e for e in art.events if e.type == "CONSULT"]
    assert met and any(people.get(i) is not None and title in people[i].name for e in met for i in e.targets), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_an_honorific_before_a_name_stays_a_title(engine):
    art = newsmodel.extract("Prince Albert met the mayor of Nice on Friday.", engine=engine)
    assert not any(a.name.lower() == "prince" for a in art.actors), [a.name for a in art.actors]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_cleric_or_tycoon_named_by_standing_is_a_person(engine):
    art = newsmodel.extract("The tycoon pledged $10 million to the flood victims.", engine=engine)
    assert [a.kind for a in art.actors if a.name.endswith("tycoon")] == ["person"], [(a.name, a.kind) for a in art.actors]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, agent",
    [
        ("Austria Vetoes EU Sanctions Package", "Vetoes", "REJECT", "Austria"),
        ("Finland Expels Russian Diplomats Over Spying", "Expels", "SANCTION", "Finland"),
    ],
)
def test_a_headline_verb_read_as_a_modifier_keeps_its_agent(engine, text, trigger, category, agent):
    events = _events(text, engine)
    assert any(t == trigger and c == category and agent in a for t, c, a, _tg in events), events


@pytest.mark.parametrize("engine", ENGINES)
def test_a_verb_modifying_a_noun_in_running_text_is_no_headline_verb(engine):
    # a participle modifying a noun in an ordinary sentence: no title case, so no headline reading
    events = _events("The minister discussed the vetoed budget with reporters.", engine)
    assert not any(c == "REJECT" for _t, c, _a, _tg in events), events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, thing",
    [
        ("Coast guard officers seized a ferry carrying Libyan fuel near the port on Monday.", "ferry"),
        ("Navy commandos seized a Liberian-flagged tanker in the strait on Friday.", "tanker"),
    ],
)
def test_a_seizure_names_the_ship_taken_as_its_recipient(engine, text, thing):
    # PLOVER COERCE seize ("Seize or damage property"): what is taken is the recipient, not only a
    # country that describes it
    events = [e for e in _events(text, engine) if e[1] == "COERCE"]
    assert events and any(thing in name for _t, _c, _a, targets in events for name in targets), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_seized_shipment_is_no_struck_thing(engine):
    # goods seized are no place or vehicle: the seizure keeps no invented recipient
    events = [e for e in _events("Customs officers seized a shipment of rifles at the border crossing.", engine) if e[1] == "COERCE"]
    assert events and not any("shipment" in name for _t, _c, _a, targets in events for name in targets), events


@pytest.mark.parametrize(
    "text, place",
    [
        ("Militiamen attacked a police station in the town of Mbanza on Sunday.", "Mbanza"),
        ("Gunmen killed six farmers near Kivuye before dawn.", "Kivuye"),
        ("Fighting spread to the province of Lomari overnight.", "Lomari"),
    ],
)
def test_an_unknown_name_in_a_place_phrase_is_a_place_without_a_parse(text, place):
    # the rules engine's default kind for an unknown name is a person; "the town of X", "near X" say otherwise
    art = newsmodel.extract(text, engine="rules")
    kinds = {a.name: a.kind for a in art.actors}
    assert kinds.get(place) == "location", kinds
    assert not any(place == art.actors[[a.id for a in art.actors].index(i)].name for e in art.events for i in e.targets + e.agents)


def test_a_possessive_keeps_the_person_near_a_place_word():
    art = newsmodel.extract("Reporters waited outside Okafor's house all night.", engine="rules")
    assert {a.name: a.kind for a in art.actors}.get("Okafor") == "person", [(a.name, a.kind) for a in art.actors]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, head",
    [
        ("Coast guards from Greece and Turkey agreed on Monday to hold joint search drills.", "coast guards"),
        ("The navies of Chile and Peru began coordinated patrols off the coast on Tuesday.", "navies"),
    ],
)
def test_the_head_of_a_phrase_with_joined_names_acts(engine, text, head):
    # the people or bodies the phrase names act, not the last country of its from/of-phrase
    art = newsmodel.extract(text, engine=engine)
    name = {a.id: a.name for a in art.actors}
    assert art.events and any(head in name[i].lower() for e in art.events for i in e.agents), _events(text, engine)


def test_a_country_dictionarys_city_after_a_preposition_is_a_place():
    # the Phoenix countries dictionary lists cities under their country (Geneva -> CHE); after
    # "in" such a name is a place, not the person an untrained tagger calls it
    art = newsmodel.extract("The two envoys held talks in Geneva on Monday.", engine="rules")
    assert {a.name: a.kind for a in art.actors}.get("Geneva") == "location", [(a.name, a.kind) for a in art.actors]
    speaker = newsmodel.extract("Austin said the troops would stay in the region.", engine="rules")
    assert {a.name: a.kind for a in speaker.actors}.get("Austin") == "person"


def test_a_number_word_between_article_and_noun_keeps_the_subject():
    art = newsmodel.extract("The two presidents met in Nairobi on Sunday.", engine="rules")
    assert [e.type for e in art.events] == ["CONSULT"], art.events


@pytest.mark.parametrize("engine", ENGINES)
def test_an_article_before_the_verb_is_no_cameo_subject(engine):
    # CAMEO.2.0's "- &MILITARY ON_THE *" (military on the move) once became a pattern whose
    # subject was "the": any "The ... moved" was a troop movement
    assert _events("The committee moved its hearing to Thursday because of the storm.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_capital_naming_where_an_attack_happened_is_not_its_agent(engine):
    art = newsmodel.extract("Since the Madrid and London train attacks, rail security has been tightened.", engine=engine)
    name = {a.id: a.name for a in art.actors}
    assert not any(name[i] in ("Madrid", "London") for e in art.events for i in e.agents), _events(art.text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_capital_with_a_possessive_still_acts(engine):
    events = _events("Moscow's strikes on the port killed six dock workers.", engine)
    assert any(c == "ASSAULT" and "Moscow" in a for _t, c, a, _tg in events), events


@pytest.mark.parametrize("engine", ENGINES)
def test_a_campaign_targeting_voters_is_no_attack(engine):
    assert _events("The campaign has steadily targeted young voters through online ads in Spanish.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["Gunmen targeted voters queueing outside a polling station in the south.", "Suicide bombers targeted shoppers at a crowded market in the capital."],
)
def test_armed_men_targeting_voters_or_shoppers_attack(engine, text):
    assert "ASSAULT" in [c for _t, c, _a, _tg in _events(text, engine)], _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_hackers_targeting_systems_is_cyber_coercion(engine):
    events = _events("Hackers targeted data systems at two state election offices last month.", engine)
    assert [c for _t, c, _a, _tg in events] == ["COERCE"], events
    art = newsmodel.extract("Hackers targeted data systems at two state election offices last month.", engine=engine)
    assert art.events[0].mode == "cyber"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["The army boosted security along the northern border.", "The government mobilized 50,000 reservists on Friday."],
)
def test_armed_security_and_mobilisation_stay_events(engine, text):
    assert "MOBILIZE" in [c for _t, c, _a, _tg in _events(text, engine)], _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_kick_off_talks_is_still_a_consultation(engine):
    events = _events("Israeli and Lebanese negotiators kicked off talks on the maritime border on Monday.", engine)
    assert "CONSULT" in [c for _t, c, _a, _tg in events], events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, agent",
    [
        ("Chile's foreign minister travelled to Lima on Monday for talks on the border.", "minister"),
        ("The Kenyan president travelled to Addis Ababa for his first meeting with the new Ethiopian leader.", "president"),
    ],
)
def test_a_traveller_holds_the_talks_he_travels_for(engine, text, agent):
    art = newsmodel.extract(text, engine=engine)
    name = {a.id: a.name for a in art.actors}
    consult = [e for e in art.events if e.type == "CONSULT"]
    assert consult and any(agent in name[i] for e in consult for i in e.agents), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_politician_attacking_another_is_criticism(engine):
    events = _events("The prime minister attacked the opposition leader in parliament on Wednesday.", engine)
    assert ("attacked", "ACCUSE") in [(t, c) for t, c, _a, _tg in events], events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", ["A mob attacked the mayor outside city hall.", "Gunmen attacked the governor's convoy near the border."])
def test_unarmed_or_armed_attacks_on_officials_are_no_criticism(engine, text):
    assert "ACCUSE" not in [c for _t, c, _a, _tg in _events(text, engine)], _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_the_forecast_itself_is_still_no_event(engine):
    assert _events("Most analysts expect the junta to expel the French ambassador within weeks.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_market_lifted_is_no_concession(engine):
    assert _events("A weaker dollar lifted commodities priced in the currency on Friday.", engine) == []
    assert "CONCEDE" in [c for _t, c, _a, _tg in _events("The junta lifted the ban on opposition parties.", engine)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, thing",
    [
        ("Insurgents seized the river town on Friday after two days of fighting.", "town"),
        ("The militia seized control of the city on Sunday, residents said.", "city"),
    ],
)
def test_a_town_taken_is_the_seizures_recipient(engine, text, thing):
    # CAMEO2PLOVER: 192 "Occupy territory" is COERCE seize; what is taken is its recipient
    events = [e for e in _events(text, engine) if e[1] == "COERCE"]
    assert events and any(thing in name for _t, _c, _a, targets in events for name in targets), _events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_an_ing_adjective_is_no_event(engine):
    events = _events("Party leaders, worried about the party's declining appeal to women, met on Monday.", engine)
    assert "REJECT" not in [c for _t, c, _a, _tg in events], events
    assert "ASSAULT" in [c for _t, c, _a, _tg in _events("The killing of the journalist sparked protests in the capital.", engine)]


@SPACY_ONLY
def test_a_weapon_subject_trigger_takes_the_verbs_object_as_target():
    art = newsmodel.extract("Turkish drones struck a fuel depot near the border on Friday.", engine="spacy")
    name = {a.id: a.name for a in art.actors}
    hits = [e for e in art.events if e.type == "ASSAULT"]
    assert hits and any("depot" in name[i] for e in hits for i in e.targets), [(e.trigger.text, [name[i] for i in e.targets]) for e in hits]


@pytest.mark.parametrize("engine", ENGINES)
def test_armed_men_taking_over_a_station_seize_it(engine):
    events = _events("Mutinous soldiers took over the state broadcaster before dawn on Sunday.", engine)
    assert ("took", "COERCE") in [(t, c) for t, c, _a, _tg in events], events
    assert _events("The economist took over as head of the central bank in May.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_firing_on_all_cylinders_is_no_shooting(engine):
    assert _events("The economy is firing on all cylinders, the finance minister said.", engine) == []


def test_a_noun_after_a_and_a_noun_is_no_verb_without_a_parse():
    # "a police post": after "a" + noun a verb would agree ("a spokesman says"); the rules tagger
    # reads "post" as the noun, so the post is what was attacked
    art = newsmodel.extract("Militants attacked a police post on the highway on Thursday.", engine="rules")
    name = {a.id: a.name for a in art.actors}
    hits = [e for e in art.events if e.type == "ASSAULT"]
    assert hits and any("post" in name[i] for e in hits for i in e.targets), [(e.trigger.text, [name[i] for i in e.targets]) for e in hits]


@pytest.mark.parametrize("engine", ENGINES)
def test_armed_men_driving_people_from_their_homes_coerce_them(engine):
    events = _events("Militias drove hundreds of families out of their villages in the north.", engine)
    assert ("drove", "COERCE") in [(t, c) for t, c, _a, _tg in events], events
    assert _events("The drought forced herders from their land.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_talks_held_stay_a_consultation(engine):
    assert "CONSULT" in [c for _t, c, _a, _tg in _events("The two leaders held talks in Geneva on Monday.", engine)]


@pytest.mark.parametrize("engine", ENGINES)
def test_launching_a_campaign_of_strikes_is_no_request(engine):
    events = _events("The army launched a campaign of air strikes on Monday.", engine)
    assert "REQUEST" not in [c for _t, c, _a, _tg in events], events
    assert _events("The senator launched his presidential campaign in June.", engine) == []


@SPACY_ONLY
def test_a_campaign_of_strikes_is_the_strikes():
    events = _events("The army launched a campaign of air strikes on Monday.", "spacy")
    assert [(c, a) for _t, c, a, _tg in events] == [("ASSAULT", ["army"])], events


#: Sentences written for these tests, by the test that first held them: event words that report no event.
_NO_EVENT = [
    pytest.param("The congresswoman keeps raising money faster than her two challengers.", id="political_reporting_words_that_report_no_event-0"),
    pytest.param("The mayor's talk of a third term has worried the city council.", id="political_reporting_words_that_report_no_event-1"),
    pytest.param("Members are free to endorse any candidate they like, the party's rules say.", id="political_reporting_words_that_report_no_event-2"),
    pytest.param("Voters know what the young senator has to offer, his campaign manager said.", id="political_reporting_words_that_report_no_event-3"),
    pytest.param("Donors take the threat of a second Sanders campaign seriously, one fundraiser said.", id="political_reporting_words_that_report_no_event-4"),
    pytest.param("There is wide recognition among economists that the rules need to change.", id="political_reporting_words_that_report_no_event-5"),
    pytest.param("The governor suspended his campaign on Tuesday after a poor result in the primary.", id="campaign_reporting_words_that_report_no_event-6"),
    pytest.param("Local party leaders rallied behind the ticket after the convention.", id="campaign_reporting_words_that_report_no_event-7"),
    pytest.param("Thousands of supporters attended her rallies across Ohio last week.", id="campaign_reporting_words_that_report_no_event-8"),
    pytest.param("Voters have every right to support whomever they choose, the candidate said.", id="campaign_reporting_words_that_report_no_event-9"),
    pytest.param("Okafor said the minister immediately started firing off questions to him about local issues.", id="campaign_reporting_words_that_report_no_event-10"),
    pytest.param("In a new Gallup poll released Monday, 45 percent of respondents chose the senator.", id="more_political_reporting_without_events-11"),
    pytest.param("The mayor also managed to win over skeptical business owners in the suburbs.", id="more_political_reporting_without_events-12"),
    pytest.param("Nobody comes closer to the job's demands than she does, the former governor said.", id="more_political_reporting_without_events-13"),
    pytest.param("The study shows how the senator broke through with younger voters.", id="business_and_campaign_words_without_events-14"),
    pytest.param("Her campaign shelled out to air a short film called \"Our Town\" on cable.", id="business_and_campaign_words_without_events-15"),
    pytest.param("A company he owns has charged the campaign about $2.1 million in travel costs.", id="business_and_campaign_words_without_events-16"),
    pytest.param("The vice president talks tough in his first rally with the nominee.", id="business_and_campaign_words_without_events-17"),
    pytest.param("A spokeswoman did not answer a request for comment about the audit.", id="business_and_campaign_words_without_events-18"),
    pytest.param("Any bank that turns down customers over a poor credit history has to say why.", id="business_and_campaign_words_without_events-19"),
    pytest.param("The two leaders found some common ground on trade, an adviser said.", id="agreement_and_campaign_words_without_events-20"),
    pytest.param("Several counties have boosted their election security since the primaries.", id="agreement_and_campaign_words_without_events-21"),
    pytest.param("Party volunteers are trying to mobilize young voters in Atlanta.", id="agreement_and_campaign_words_without_events-22"),
    pytest.param("The governor fights off two rivals in the primary this spring.", id="block_idioms_stay_with_their_verb-23"),
    pytest.param("The company fired 300 employees last year for opening fake accounts.", id="block_idioms_stay_with_their_verb-24"),
    pytest.param("The former mayor also ran into financial trouble in the 1990s.", id="block_idioms_stay_with_their_verb-25"),
    pytest.param("The prime minister stood by his original comments, his spokesman said.", id="standing_by_words_and_a_march_to_the_nomination_are_no_events-26"),
    pytest.param("Her rivals tried to slow her march to the nomination.", id="standing_by_words_and_a_march_to_the_nomination_are_no_events-27"),
    pytest.param("Voters have heard his vague tough talk on trade before.", id="standing_by_words_and_a_march_to_the_nomination_are_no_events-28"),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", _NO_EVENT)
def test_reporting_words_that_report_no_event(engine, text):
    assert _events(text, engine) == []


#: The same words in their event sense: the checks above leave these events alone.
_EVENT_OF_CATEGORY = [
    pytest.param("Iran threatened to close the strait, raising the threat of higher oil prices.", "THREATEN", id="the_same_words_still_report_events-0"),
    pytest.param("Norway extended diplomatic recognition to the new government on Friday.", "SUPPORT", id="the_same_words_still_report_events-1"),
    pytest.param("The rebels offered to free 30 prisoners in exchange for a truce.", "CONCEDE",  # a promised retreat (e50, stop 40)
                  id="the_same_words_still_report_events-2"),
    pytest.param("The rebels suspended their campaign of attacks on the capital.", "CONCEDE", id="the_same_campaign_words_in_events-3"),
    pytest.param("Soldiers shot back at the gunmen who had ambushed the convoy.", "ASSAULT", id="the_same_campaign_words_in_events-4"),
    pytest.param("Thousands of farmers rallied outside parliament against the new tax.", "PROTEST", id="the_same_campaign_words_in_events-5"),
    pytest.param("The army shelled rebel positions outside the town.", "ASSAULT", id="the_same_words_in_their_event_sense-6"),
    pytest.param("Prosecutors charged the mayor with fraud on Monday.", "ACCUSE", id="the_same_words_in_their_event_sense-7"),
    pytest.param("Merkel called Putin on Tuesday to discuss the ceasefire.", "CONSULT", id="the_same_words_in_their_event_sense-8"),
    pytest.param("Economists predicted a recession, and on Tuesday the army shelled the capital.", "ASSAULT", id="a_forecast_does_not_swallow_the_facts_beside_it-9"),
    pytest.param("Analysts expect fuel prices to rise after Russia attacked a refinery on Monday.", "ASSAULT", id="a_forecast_does_not_swallow_the_facts_beside_it-10"),
    pytest.param("Investors expect the central bank to cut rates, while police arrested 40 protesters outside it.", "COERCE", id="a_forecast_does_not_swallow_the_facts_beside_it-11"),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text, category", _EVENT_OF_CATEGORY)
def test_the_same_words_in_their_event_sense(engine, text, category):
    assert category in [c for _t, c, _a, _tg in _events(text, engine)], _events(text, engine)
