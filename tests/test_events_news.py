"""Events and denials on news sentences without named actors, word-sense traps and headlines (issue 14).

The sentences are written for these tests (none copied from a corpus);
the larger development set is ``tests/data/events_dev.tsv`` scored by
``scripts/dev_events.py``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel.engines.headline_case import is_title_case, normalise_headlines

from ._engines import ENGINES


def _events(text: str, engine: str):
    art = newsmodel.extract(text, engine=engine)
    name = {a.id: a.name for a in art.actors}
    return art, [(e.trigger.text, e.type, [name[i] for i in e.agents], [name[i] for i in e.targets], e) for e in art.events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, agent, target",
    [
        ("Gunmen killed nine villagers in an overnight raid.", "killed", "ASSAULT", "gunmen", "villagers"),
        ("Police arrested 40 demonstrators outside parliament.", "arrested", "COERCE", "police", "demonstrators"),
        ("North Korea threatened to respond with force.", "threatened", "THREATEN", "North Korea", None),
        ("Thousands of protesters marched through the capital.", "marched", "PROTEST", "protesters", None),
    ],
)
def test_generic_agents_take_part_in_events(engine, text, trigger, category, agent, target):
    _art, events = _events(text, engine)
    hits = [e for e in events if e[0] == trigger]
    assert hits, events
    _t, cat, agents, targets, _e = hits[0]
    assert cat == category and agent in agents
    assert (target in targets) if target else targets == []


@pytest.mark.parametrize("engine", ENGINES)
def test_generic_agent_actor_has_a_sector_code_and_country(engine):
    art = newsmodel.extract("Iranian troops shelled the border town as gunmen fled.", engine=engine)
    actors = {a.name: a for a in art.actors}
    assert actors["Iranian troops"].code == "IRNMIL"
    assert art.actor(actors["Iranian troops"].affiliation).name == "Iran"
    assert actors["gunmen"].code == "UAF" and actors["gunmen"].kind == "group"


@pytest.mark.parametrize("engine", ENGINES)
def test_places_are_locations_and_named_actors_get_codes(engine):
    art = newsmodel.extract("Vladimir Putin met the emir in Doha on Monday.", engine=engine)
    actors = {a.name: a for a in art.actors}
    assert actors["Doha"].kind == "location" and actors["Doha"].code == "QAT"
    assert actors["Vladimir Putin"].code is not None and actors["Vladimir Putin"].code.startswith("RUS")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Liverpool beat Arsenal 3-1 on Sunday.",
        "A lightning strike caused a power cut.",
        "The launch was pushed back to next year.",
        "Analysts played down the importance of the figures.",
        "No decision was made yet, the minister said.",
        "The band released a new single on Friday.",
        "The forward shot wide from close range.",
    ],
)
def test_word_sense_traps_are_no_events(engine, text):
    assert _events(text, engine)[1] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_labour_strike_is_a_protest(engine):
    _art, events = _events("Dock workers went on strike over pay.", engine)
    assert [e[1] for e in events if e[0] == "strike"] == ["PROTEST"]


@pytest.mark.parametrize("engine", ENGINES)
def test_future_cooperation_is_agree(engine):
    _art, events = _events("Brazil will provide military training to Paraguay.", engine)
    assert [(e[1], e[2]) for e in events] == [("AGREE", ["Brazil"])]


@pytest.mark.parametrize("engine", ENGINES)
def test_time_belongs_to_its_own_clause(engine):
    _art, events = _events("On Monday, the minister said that Russia had supported Iran with weapons.", engine)
    support = [e[4] for e in events if e[0] == "supported"]
    assert support and support[0].time is None


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "No decision was made yet, the minister said.",
        "The board dismissed the chief executive on Monday.",
        "Apple countered with a cheaper phone.",
        "The two countries dispute control of the islands.",
        "Our team will contest the final next month.",
        "Insurer Denies Coverage to Flood Victims",
        "Court Dismisses Charges Against Former Mayor",
        "Opposition Contests Election Result",
        "Minister Plays Down Recession Fears",
        "Passport Denied to Exiled Writer",
        "Officials said no one was injured in the blast.",
    ],
)
def test_negation_and_other_senses_are_not_denials(engine, text):
    assert newsmodel.extract(text, engine=engine).denials == ()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ("Acme Denies Report It Will Cut Jobs", "Acme"),
        ("Kremlin Dismisses Claims of Secret Talks", "Kremlin"),
        ("The company dismissed the accusation as baseless.", "company"),
        ("Ministry Calls Claims of Food Shortage Baseless", "ministry"),
        # a scare-quoted verdict leaves the line a title-case headline
        ("Consulate Calls Smuggling Accusations 'Absurd'", "consulate"),
        ("Senator Says Bribery Allegations Are 'Baseless'", "senator"),
        # the headline's subject is a common noun no tagger names
        ("Hospital Denies Negligence Over Patient Death", "hospital"),
        # the claim after the verdict; a claim with an of-phrase as the subject
        ('"There is no truth to these allegations," the company said.', "company"),
        ("The embassy said the reports of troop movements were false.", "embassy"),
    ],
)
def test_denials_of_a_claim_including_headlines(engine, text, denier):
    art = newsmodel.extract(text, engine=engine)
    assert art.denials
    names = [art.actor(d.denier).name for d in art.denials if d.denier]
    assert any(denier.lower() in n.lower() for n in names)


@pytest.mark.parametrize(
    "line, title",
    [
        ("Acme Denies Report It Will Cut Jobs", True),
        ("The minister said on Monday that the talks had failed.", False),
        ("Kremlin: no talks", False),
    ],
)
def test_title_case_detection(line, title):
    assert is_title_case(line) is title


def test_headline_normalisation_keeps_names():
    assert normalise_headlines("Acme Denies Report That Musk Will Join Cabinet") == "Acme denies report that Musk will join cabinet"


@given(st.text())
def test_headline_normalisation_only_changes_case(text):
    out = normalise_headlines(text)
    assert len(out) == len(text)
    assert all(a == b or a.lower() == b for a, b in zip(text, out))


@pytest.mark.parametrize("engine", ENGINES)
def test_headline_verb_read_as_a_noun_still_denies(engine):
    assert newsmodel.extract("Ministry Rejects Claims It Hid Data", engine=engine).denials


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, parse",
    [
        # a verb + object trigger across the object's modifiers; the trigger is the verb
        ("The United States imposed tough new sanctions on three oil companies.", "imposed", "SANCTION", True),
        ("The army lifted its siege of the town after three months.", "lifted", "RETREAT", False),
        ("Russia massed tens of thousands of troops near the border.", "massed", "MOBILIZE", False),
        # a two-word event noun whose first word modifies the second
        ("Israeli air strikes killed at least 12 people in Gaza.", "air strikes", "ASSAULT", False),
        # a labour strike begun by workers, not a military one "on Monday"
        ("Dock workers began a four-day strike on Monday.", "strike", "PROTEST", True),
    ],
)
def test_news_phrasings_of_events(engine, text, trigger, category, parse):
    if parse and engine == "rules":
        pytest.skip("the rules engine's tagger reads 'tough', 'four-day' as nouns")
    _art, events = _events(text, engine)
    assert (trigger, category) in [(e[0], e[1]) for e in events], events
    assert len({e[1] for e in events}) == 1, events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, category, parse",
    [
        ("The rebels threatened to kill the hostages.", "THREATEN", False),
        ("Turkey has threatened a new military offensive in northern Syria.", "THREATEN", True),
        ("Protesters demanded that the president step down.", "REQUEST", False),
    ],
)
def test_what_is_threatened_or_demanded_is_no_second_event(engine, text, category, parse):
    if parse and engine == "rules":
        pytest.skip("the rules engine's tagger reads 'offensive' as an adjective")
    _art, events = _events(text, engine)
    assert [e[1] for e in events] == [category], events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["The company fired 300 workers after the merger.", "The club sacked its coach on Sunday."],
)
def test_an_employer_letting_staff_go_is_no_event(engine, text):
    assert _events(text, engine)[1] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_an_event_inside_a_denied_report_is_denied(engine):
    _art, events = _events(
        "The ministry denied a report that Smith had given the president a letter from the prime minister.", engine
    )
    assert [(e[0], e[1], e[2], e[4].factuality) for e in events] == [("given", "CONSULT", ["Smith"], "denied")]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, agent, target",
    [
        ("Nine villagers were killed by gunmen in the north.", "killed", "ASSAULT", "gunmen", "villagers"),
        ("Prisoners were pardoned by the president on Sunday.", "pardoned", "CONCEDE", "president", "prisoners"),
    ],
)
def test_passive_events_take_the_by_phrase_as_agent(engine, text, trigger, category, agent, target):
    _art, events = _events(text, engine)
    hits = [e for e in events if e[0] == trigger]
    assert hits and hits[0][1] == category, events
    assert [a.lower() for a in hits[0][2]] == [agent] and target in [x.lower() for x in hits[0][3]], events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, target",
    [
        ("Two soldiers were killed in an ambush near the border.", "killed", "ASSAULT", "soldiers"),
        ("Dozens of journalists were detained after the vote.", "detained", "COERCE", "journalists"),
    ],
)
def test_agentless_passive_conflict_event_has_no_agent(engine, text, trigger, category, target):
    """Wire copy often leaves the attacker unnamed: the event stays, its subject is the target, not the agent."""
    _art, events = _events(text, engine)
    hits = [e for e in events if e[0] == trigger]
    assert hits and hits[0][1] == category, events
    assert hits[0][2] == [] and target in [x.lower() for x in hits[0][3]], events


@pytest.mark.parametrize("engine", ENGINES)
def test_agentless_passive_of_a_cooperative_act_is_still_dropped(engine):
    """Only conflict categories keep an unnamed agent; "were pardoned" alone names no one who conceded."""
    _art, events = _events("Hundreds of prisoners were pardoned on Sunday.", engine)
    assert all(e[2] for e in events), events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, is_request",
    [
        ("Jordan asked Egypt to reopen the border crossing.", True),
        ("Chad asked the African Union for election observers.", True),
        ("Asked about the ceasefire, the minister declined to comment.", False),
        ("A reporter asked the governor whether the road would reopen.", False),
    ],
)
def test_asking_someone_to_do_something_is_a_request(engine, text, is_request):
    """"asked X to/for Y" is REQUEST (CAMEO 10); a question put to someone is not."""
    _art, events = _events(text, engine)
    asked = [e for e in events if e[0].lower() == "asked"]
    assert bool(asked) == is_request and all(e[1] == "REQUEST" for e in asked), events


@pytest.mark.parametrize("engine", ENGINES)
def test_an_announced_retreat_is_a_concession(engine):
    """PLOVER manual, CONCEDE: "announced ... would withdraw troops" is coded CONCEDE; a withdrawal done is RETREAT."""
    _art, events = _events("Turkey said it would withdraw its soldiers from the buffer zone.", engine)
    assert [e[1] for e in events] == ["CONCEDE"], events
    _art, events = _events("Turkey withdrew its soldiers from the buffer zone.", engine)
    assert [e[1] for e in events] == ["RETREAT"], events


# -- headlines in title case, in capitals and after a label; nationalities' forces (issue 14, h1) ----------


@pytest.mark.parametrize(
    "line, normalised",
    [
        # a label before a colon stays as written; the headline after it is normalised
        ("Kenya: President Praises Police for Handling of Protests", "Kenya: President praises police for handling of protests"),
        # capitals: common words lower-cased, names keep their first capital, abbreviations stay
        ("IRAN DENIES ARMING HOUTHI REBELS", "Iran denies arming Houthi rebels"),
        ("US STRIKES HOUTHI TARGETS IN YEMEN", "US strikes Houthi targets in Yemen"),
        # hyphenated words whose parts are common; a month after a preposition is a date
        ("Iran Test-Fires Cruise Missiles in Gulf", "Iran test-fires cruise missiles in Gulf"),
        ("Inflation Eases to 3% in March", "Inflation eases to 3% in March"),
        # a common first word in capitals keeps only its first capital; "UN" is no "un"
        ("POLICE ARREST 12 IN RAID", "Police arrest 12 in raid"),
        ("UN SAYS CRIMES COMMITTED IN SUDAN", "UN says crimes committed in Sudan"),
    ],
)
def test_headline_shapes_are_normalised(line, normalised):
    assert is_title_case(line)
    assert normalise_headlines(line) == normalised


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, trigger, category, agent",
    [
        # the rules tagger reads these headline verbs as nouns without the headline pass
        ("Police Arrest Opposition Leader in Dawn Raid", "Arrest", "COERCE", "police"),
        ("China Deploys Warships Near Taiwan", "Deploys", "MOBILIZE", "China"),
        # a label before a colon is not the subject
        ("Kenya: President Praises Police for Handling of Protests", "Praises", "SUPPORT", "president"),
        # workers who strike walk out, whatever country their nationality names
        ("French Rail Workers Strike Over Pension Reform", "Strike", "PROTEST", "workers"),
        # a headline in capitals names its country in capitals
        ("SOUTH KOREA ACCUSES NORTH OF CYBERATTACK ON BANKS", "ACCUSES", "ACCUSE", "South Korea"),
    ],
)
def test_headline_events(engine, text, trigger, category, agent):
    _art, events = _events(text, engine)
    hits = [e for e in events if e[0] == trigger]
    assert hits, events
    assert hits[0][1] == category and agent in hits[0][2]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_nations_forces_are_its_military(engine):
    art, events = _events("Russian forces shelled the town overnight.", engine)
    assert [e[1] for e in events] == ["ASSAULT"]
    agent = art.actor(events[0][4].agents[0])
    assert agent.code == "RUSMIL" and art.actor(agent.affiliation).name == "Russia"
    # without a nationality "forces" are no armed actor
    market = newsmodel.extract("Market forces pushed prices higher.", engine=engine)
    assert not any(a.code and "MIL" in a.code for a in market.actors)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_place_in_the_subject_is_not_the_denier(engine):
    art = newsmodel.extract("Officials in Kabul Deny Reports of Taliban Split", engine=engine)
    deniers = [art.actor(d.denier) for d in art.denials if d.denier]
    assert deniers and all(a.kind not in ("location", "country") for a in deniers)
    assert any("officials" in a.name.lower() for a in deniers)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_headline_comma_joins_the_agents(engine):
    _art, events = _events("Xi, Putin Hold Talks in Moscow on Energy Ties", engine)
    consult = [e for e in events if e[1] == "CONSULT"]
    assert consult and {"Xi", "Putin"} <= set(consult[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_countrys_junta_in_a_headline(engine):
    # the small spaCy model tags "Mali" a person here; the gazetteer says it is a country
    art, events = _events("Mali Junta Refuses to Hand Over Power to Civilians", engine)
    reject = [e for e in events if e[1] == "REJECT"]
    assert reject
    agent = art.actor(reject[0][4].agents[0])
    assert agent.code == "MLIGOV" and art.actor(agent.affiliation).name == "Mali"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_refused_request_in_a_headline_is_no_denial(engine):
    assert not newsmodel.extract("Germany Denies Ukraine's Request for Long-Range Missiles", engine=engine).denials


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, name",
    [
        # a capital stands for its government: the officials are Turkey's, the place is no denier
        ("Officials in Ankara dismissed the report as propaganda.", "officials in Ankara"),
        ("Turkish officials dismissed the report as propaganda.", "Turkish officials"),
    ],
)
def test_a_states_officials_are_its_government(engine, text, name):
    art = newsmodel.extract(text, engine=engine)
    deniers = [art.actor(d.denier) for d in art.denials if d.denier]
    assert [a.name for a in deniers] == [name]
    assert deniers[0].code == "TURGOV" and art.actor(deniers[0].affiliation).name == "Turkey"


@pytest.mark.parametrize("engine", ENGINES)
def test_bare_officials_get_no_state(engine):
    art = newsmodel.extract("League officials said the match would go ahead.", engine=engine)
    officials = [a for a in art.actors if "officials" in a.name]
    assert officials and all(a.code is None and a.affiliation is None for a in officials)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        # a predicate adjective the lexicons know is lower-cased, so it is no second name
        ("Kremlin Denies Putin Is Ill", "Kremlin"),
        # the small spaCy model makes "Rejects" the subject of "Claims": read as a headline verb
        ("Ankara Rejects Claims Its Troops Crossed Into Iraq", "Ankara"),
    ],
)
def test_headline_denials_past_tagging_slips(engine, text, denier):
    art = newsmodel.extract(text, engine=engine)
    assert [art.actor(d.denier).name for d in art.denials if d.denier] == [denier]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_country_in_ly_opens_a_headline(engine):
    # the rules tagger reads a capitalised word in -ly as an adverb ("Italy")
    _art, events = _events("Italy Extradites Mafia Suspect to France", engine)
    assert [(e[1], e[2]) for e in events if e[0] == "Extradites"] == [("COOPERATE", ["Italy"])]
