"""Material cooperation on wire wording (issue 14, dev batch 12): aid to people no lexicon
names, sums of money that count the aid, envoys withdrawn, resignations tendered and new
trigger wordings -- with their traps.  Sentences are written for these tests; the dev cases
live in ``tests/data/events_dev.tsv``."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES, SPACY_ONLY, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Army medics treated the injured at a field hospital.", "injured"),
        ("Coast guard crews rescued 40 exhausted survivors from the sea.", "survivors"),
    ],
)
def test_aid_to_people_no_lexicon_names_keeps_them_as_recipient(engine, text, recipient):
    # PLOVER AID requires a recipient; the people helped become one (manual sec. AID)
    aid = [(a, r) for t, a, r in events(text, engine) if t == "AID"]
    assert aid, events(text, engine)
    assert any(recipient in name for name in aid[0][1])


@pytest.mark.parametrize("engine", ENGINES)
def test_aid_to_a_thing_or_a_place_gets_no_made_up_recipient(engine):
    # "the reconstruction fund" is no one: no recipient, so no AID event (precision)
    art = newsmodel.extract("The bank treated the reconstruction fund as a priority.", engine=engine)
    assert all(e.type != "AID" for e in art.events)
    assert not any(a.name in ("fund", "reconstruction fund") for a in art.actors)


@pytest.mark.parametrize("engine", ENGINES)
def test_treating_a_patient_for_an_injury_in_sport_is_no_aid(engine):
    assert types("Club doctors treated the midfielder for a knee injury.", engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sum_of_money_counts_the_aid_it_is_in(engine):
    # "froze $40 million in aid": the verb + object trigger "freeze aid" across the amount
    got = events("Britain froze $40 million in aid to Myanmar after the coup.", engine)
    assert [(t, r) for t, _a, r in got] == [("SANCTION", ["Myanmar"])]


@pytest.mark.parametrize("engine", ENGINES)
def test_withdrawing_envoys_from_a_country_is_sanction_with_the_country_as_recipient(engine):
    # manual tab:sanctionmode, withdraw: "one's non-military resources (e.g., aid, observers,
    # diplomats, peacekeepers)"; the country left receives the event
    got = events("Norway pulled its diplomats out of Sudan.", engine)
    assert ("SANCTION", ["Norway"], ["Sudan"]) in got
    assert "RETREAT" not in {t for t, _a, _r in got}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_light_verb_lends_its_subject_to_a_resignation(engine):
    got = events("The defence minister submitted his resignation on Friday.", engine)
    assert [t for t, _a, _r in got] == ["RETREAT"]
    assert "minister" in got[0][1][0]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Rebel forces vacated two towns in the north.", "RETREAT"),
        ("Pakistan and Afghanistan exchanged prisoners on Monday.", "RETREAT"),
        ("The militia turned over its arms to the peacekeepers.", "RETREAT"),
        ("The authorities restored internet access in the province.", "CONCEDE"),
        ("The cabinet bowed to pressure from the unions.", "CONCEDE"),
        ("The European Union imposed tariffs on Indian steel.", "SANCTION"),
        ("Ireland gave shelter to 2,000 refugees.", "AID"),
    ],
)
def test_new_wordings_of_material_cooperation(engine, text, category):
    assert category in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The tenants vacated the flat in March.",
        "The bank exchanged the notes for new ones.",
        "The company imposed a hiring freeze.",
    ],
)
def test_same_words_without_political_sense_give_no_event(engine, text):
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_dropping_charges_against_someone_makes_them_the_recipient(engine):
    # "against" after a measure noun names whom the measure hits, not an opponent of the act
    got = events("The prosecutor dropped the case against the journalist.", engine)
    concede = [r for t, _a, r in got if t == "CONCEDE"]
    assert concede and any("journalist" in name for name in concede[0])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The interior minister quit on Sunday.", "RETREAT"),
        ("Separatist fighters fell back to the river after a week of shelling.", "RETREAT"),
        ("Pirates released the crew of the tanker on Friday.", "RETREAT"),
        ("The government let UN inspectors into the plant.", "RETREAT"),
    ],
)
def test_retreat_wordings(engine, text, category):
    assert category in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The senator quit smoking in 1990.",
        "Oil prices fell back after the report.",
        "The studio released the crew list for the film.",
    ],
)
def test_retreat_words_in_other_senses_give_no_event(engine, text):
    assert types(text, engine) == set()


@SPACY_ONLY
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Four Syrian airlines were hit with sanctions by Britain.", "United Kingdom", "airlines"),
        ("Canada slapped two Chinese shipping firms with tariffs.", "Canada", "firms"),
        ("Japan placed the trading company on a blacklist.", "Japan", "company"),
    ],
)
def test_a_measure_noun_takes_its_roles_from_the_verb_that_applies_it(text, agent, target):
    got = [(a, r) for t, a, r in events(text, "spacy") if t == "SANCTION"]
    assert got, events(text, "spacy")
    assert agent in got[0][0] and any(target in name for name in got[0][1])


@SPACY_ONLY
def test_measure_verbs_in_other_senses_give_no_event():
    assert types("The storm hit the coast with heavy rain and strong winds.", "spacy") == set()
    assert types("The coach placed the team on a strict diet.", "spacy") == set()


@SPACY_ONLY
def test_freeing_victims_is_a_rescue_and_releasing_hostages_a_retreat():
    # manual sec. AID: "Police in Barcelona freed 10 human trafficking victims ..." is AID
    assert "AID" in types("Border police freed 30 forced labour victims from a farm.", "spacy")
    assert types("The militia freed 30 hostages on Sunday.", "spacy") == {"RETREAT"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Government forces left the town of Bor on Sunday.", "RETREAT"),
        ("Rebel fighters abandoned the airport after the air strikes.", "RETREAT"),
        ("Hungary revoked its energy agreement with Ukraine.", "SANCTION"),
        ("The army opened a humanitarian corridor for civilians.", "RETREAT"),
        ("Britain and Norway deepened defence cooperation.", "COOPERATE"),
    ],
)
def test_more_material_wordings(engine, text, category):
    assert category in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The prime minister left the country for a summit in Rome.",
        "The ministry abandoned plans for a new airport.",
        "Soldiers left the barracks to vote in the election.",
    ],
)
def test_leaving_and_abandoning_without_ground_given_up_is_no_retreat(engine, text):
    assert "RETREAT" not in types(text, engine)


@SPACY_ONLY
def test_a_mutual_act_under_a_light_verb_lists_both_partners():
    # both partners take part: the one named first acts, the other receives (COOPERATE needs a recipient)
    got = [(a, r) for t, a, r in events("Seoul and Tokyo expanded intelligence sharing.", "spacy") if t == "COOPERATE"]
    assert got and got[0] == (["Seoul"], ["Tokyo"])


@SPACY_ONLY
def test_a_partner_no_lexicon_names_completes_cooperation():
    got = [r for t, _a, r in events("Kenya exchanged information with Somali police.", "spacy") if t == "COOPERATE"]
    assert got and got[0]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_person_handed_over_to_a_state_is_judicial_cooperation(engine):
    # manual sec. COOPERATE: "Cooperation on judicial matters, such as extraditions"
    got = events("Peru handed over 12 gang members to Chile.", engine)
    assert ("COOPERATE", ["Peru"], ["Chile"]) in got


@SPACY_ONLY
def test_captives_handed_over_are_released():
    assert "RETREAT" in types("The militants handed over four prisoners to the Red Cross.", "spacy")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The captain handed the trophy to the mayor.",
        "The bank transferred its chief economist to the London office.",
        "The club transferred the goalkeeper to Benfica.",
    ],
)
def test_handing_over_a_thing_or_to_a_business_is_no_cooperation(engine, text):
    assert "COOPERATE" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_carrier_noun_passes_the_trigger_to_its_modifier(engine):
    # "allowed 40 aid lorries into the city": "allow aid" (RETREAT access, CAMEO 0863)
    assert "RETREAT" in types("Ethiopia allowed 40 aid lorries into Tigray.", engine)


@SPACY_ONLY
def test_training_another_country_s_forces_is_military_aid():
    got = events("Britain trained 3,000 Somali soldiers last year.", "spacy")
    assert [t for t, _a, _r in got] == ["AID"]
    assert types("The army trained 800 new recruits.", "spacy") == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_trade_halted_from_a_country_makes_it_the_recipient(engine):
    got = events("Japan halted oil purchases from Venezuela.", engine)
    assert ("SANCTION", ["Japan"], ["Venezuela"]) in got


@pytest.mark.parametrize("engine", ENGINES)
def test_rescue_teams_sent_are_aid(engine):
    assert "AID" in types("Greece sent rescue teams to Turkey after the earthquake.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_purpose_clause_names_who_the_aid_helps(engine):
    got = events("Norway donated $10 million to help flood survivors.", engine)
    aid = [r for t, _a, r in got if t == "AID"]
    assert aid and any("survivors" in name for name in aid[0])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_shipment_of_relief_goods_sent_is_aid(engine):
    assert "AID" in types("The Red Cross sent a shipment of medicine to Haiti.", engine)


@SPACY_ONLY
def test_an_arms_dealer_handed_over_is_no_disarmament():
    got = types("Serbia handed over a suspected arms dealer to Bosnian authorities.", "spacy")
    assert "RETREAT" not in got and "COOPERATE" in got
    assert "RETREAT" in types("The militia handed over its weapons to the army.", "spacy")


@pytest.mark.parametrize("engine", ENGINES)
def test_ending_cooperation_with_a_country_is_sanction(engine):
    assert ("SANCTION", ["Chad"], ["France"]) in events("Chad ended its defence cooperation with France.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_promised_aid_needs_no_recipient_to_be_a_promise(engine):
    # manual sec. AGREE / AID: "Broad promises of future AID should be coded as AGREE"; AGREE needs
    # no recipient, so a promise of aid to a place is kept
    got = events("Canada will send 3,000 tents to the quake zone.", engine)
    assert [(t, a) for t, a, _r in got] == [("AGREE", ["Canada"])]


@pytest.mark.parametrize("engine", ENGINES)
def test_aid_that_happened_still_needs_its_recipient(engine):
    # a destination names the recipient (the people there: "sent 3,000 tents to the quake zone" is
    # AID, stop 27); with no destination and no recipient actor there is no AID
    assert types("Canada sent 3,000 tents to the quake zone.", engine) == {"AID"}
    assert "AID" not in types("Canada sent 3,000 tents on Monday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_unfreezing_plans_or_flights_to_a_resort_are_no_events(engine):
    assert types("The retailer unfroze its hiring plans after a strong quarter.", engine) == set()
    assert "COOPERATE" not in types("The airline resumed flights to Phuket in March.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_laying_down_arms_is_disarmament(engine):
    assert "RETREAT" in types("Hundreds of rebels laid down their arms on Sunday.", engine)


@SPACY_ONLY
def test_adding_companies_to_a_blacklist_sanctions_them():
    got = [(a, r) for t, a, r in events("Britain added 12 Iranian firms to its sanctions blacklist.", "spacy") if t == "SANCTION"]
    assert got and "United Kingdom" in got[0][0] and got[0][1]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_bare_sum_approved_for_a_country_is_aid_to_it(engine):
    assert ("AID", ["IMF"], ["Egypt"]) in events("The IMF approved $3 billion for Egypt.", engine)
    assert events("The bank approved $3 billion for its buyback programme.", engine) == []


@SPACY_ONLY
def test_equipping_another_country_s_forces_is_military_aid():
    assert "AID" in types("Turkey equipped Somali forces with armoured vehicles.", "spacy")
    assert types("The club equipped its players with new boots.", "spacy") == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_bailing_out_a_country_is_aid(engine):
    assert ("AID", ["European Union"], ["Cyprus"]) in events("The European Union bailed out Cyprus in 2013.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_released_schoolgirls_are_captives(engine):
    assert "RETREAT" in types("The gunmen released the abducted schoolgirls on Sunday.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_an_envoy_told_to_leave_is_expelled(engine):
    # manual tab:sanctionmode expel: the expulsion of ambassadors or similar diplomats
    got = events("Chad gave the German ambassador 48 hours to leave the country.", engine)
    assert "SANCTION" in {t for t, _a, _r in got}
    assert types("The president asked the ambassador to stay for dinner.", engine) != {"SANCTION"}


@pytest.mark.parametrize("engine", ENGINES)
def test_troops_ordered_to_leave_have_not_left(engine):
    assert "RETREAT" not in types("The junta ordered foreign troops to leave the country.", engine)


@SPACY_ONLY
def test_a_sum_announced_lends_its_announcer_to_the_aid_it_counts():
    got = events("The World Bank announced $300 million in emergency assistance for flood victims.", "spacy")
    aid = [(a, r) for t, a, r in got if t == "AID"]
    assert aid and aid[0][0] == ["World Bank"] and any("victims" in n for n in aid[0][1])


@pytest.mark.parametrize("engine", ENGINES)
def test_withdrawing_a_contested_law_is_a_concession(engine):
    assert "CONCEDE" in types("The government withdrew the controversial media law after protests.", engine)
