"""Stop 42, lead: acts a party may, must or is kept from doing are no events; a political group's
"attack ... over <topic>" is criticism; impeachment and lifted penalties are coded.

Found judging every event of six PolNeAR train texts by hand (an opportunity handed to a party
to criticise its rivals, a legislature that has to approve future accords, a bill that would bar
a leader from lifting sanctions: each gave an event); dev batch 107 holds more rows of each shape.  Sentences written for this project."""

from __future__ import annotations

import pytest

import newsmodel

ENGINES = ["rules", "spacy"]


def _types(text: str, engine: str) -> list[str]:
    return [e.type for e in newsmodel.extract(text, engine=engine).events]


def _agents(text: str, engine: str, kind: str) -> list[str]:
    art = newsmodel.extract(text, engine=engine)
    ev = next((e for e in art.events if e.type == kind), None)
    assert ev is not None, [(e.type, e.trigger.text) for e in art.events]
    return [art.actor(i).name.lower() for i in ev.agents if art.actor(i) is not None]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        # an opportunity, a power, a right or a freedom to act
        "The scandal hands the senator's challengers a golden opportunity to attack her.",
        "The new charter gives the council the power to expel any member who lies under oath.",
        "Residents will get a chance to reject the dam project at the polls in June.",
        "A court ruling leaves the nurses' union free to strike at the two clinics.",
        # an obligation, present or future
        "The assembly has to ratify the fishing accord with Norway before it can take effect.",
        "The two ministries will have to approve the arms sale first.",
        "Both rebel groups must sign the truce before the aid convoy moves.",
        # barred, prevented, refraining
        "The injunction bars the ministry from deporting the students until a hearing.",
        "A new rule prevents the navy from seizing fishing boats in the bay.",
        "The guards were prohibited from arresting the marchers.",
    ],
)
def test_an_act_one_may_must_or_may_not_do_is_no_event(engine: str, text: str) -> None:
    assert _types(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind", "agent"),
    [
        # the act done: a party uses or seizes the opportunity, or had to act in the past
        ("The senator seized the opportunity to attack the governor over the floods.", "ACCUSE", "senator"),
        ("The president used his authority to pardon the jailed reporters.", "CONCEDE", "president"),
        ("The militia had to withdraw from the airport after two days of fighting.", "RETREAT", "militia"),
        # the same verbs reporting the act
        ("The navy seized three fishing boats in the bay.", "COERCE", "navy"),
        ("The ministry deported the students on Thursday.", "COERCE", "ministry"),
    ],
)
def test_the_same_verbs_reporting_the_act_stay_events(engine: str, text: str, kind: str, agent: str) -> None:
    assert any(agent in a for a in _agents(text, engine, kind))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_political_groups_attack_over_a_topic_is_criticism_and_a_time_is_not_a_topic(engine: str) -> None:
    assert "ACCUSE" in _types("The opposition attacked the finance minister over the pension reform.", engine)
    assert _types("Gunmen attacked the district governor over the weekend.", engine) == ["ASSAULT"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The senate impeached the interior minister on Tuesday.", "ACCUSE"),
        ("Washington lifted penalties on the Belarusian potash firm.", "RETREAT"),
        ("The European Union eased sanctions on Minsk's state airline.", "RETREAT"),
    ],
)
def test_impeachment_and_lifted_penalties_are_coded(engine: str, text: str, kind: str) -> None:
    assert kind in _types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_impeaching_oneself_is_a_figure(engine: str) -> None:
    assert _types("Beating the governor, or helping her impeach herself, is the goal.", engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("The marines beat their drums outside the embassy.", False),
        ("Two generals were beating their chests over the border raid.", False),
        ("The rebels beat the odds and held the ridge.", False),
        ("The marines beat two fishermen outside the embassy.", True),
        ("The marines beat scores of fishermen outside the embassy.", True),
        ("The rebels beat back an army assault on the ridge.", True),
    ],
)
def test_beat_strikes_someone_only_when_its_object_is_a_party_or_people(engine: str, text: str, struck: bool) -> None:
    assert ("ASSAULT" in _types(text, engine)) is struck


@pytest.mark.parametrize("engine", ENGINES)
def test_a_particle_word_before_a_noun_phrase_is_its_preposition(engine: str) -> None:
    # without a parse "given ... in the capital" was read as "give in" (CONCEDE)
    assert _types("The agency will need more staff, given caseload growth in the capital.", engine) == []
    assert "RETREAT" in _types("The rebels handed the border post back to the army.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("The prime minister declined to condemn the militia's raid on the depot.", False),
        ("The chancellor refused to blame the unions for the shortages.", False),
        ("The central bank refused to rule out a further rate rise in March.", False),
        ("The ministry declined to rule out sanctions on the two refineries.", False),
        ("The rebels refused to meet the United Nations envoy in Geneva.", True),
        ("The junta declined to join the regional talks.", True),
    ],
)
def test_a_refusal_to_judge_or_to_rule_out_is_no_rejection(engine: str, text: str, rejected: bool) -> None:
    assert ("REJECT" in _types(text, engine)) is rejected


@pytest.mark.parametrize("engine", ENGINES)
def test_appeal_as_an_attraction_is_no_request(engine: str) -> None:
    assert _types("The mayor holds particular appeal for rural voters.", engine) == []
    assert _types("The tax plan has wide appeal among shop owners.", engine) == []
    assert "REQUEST" in _types("The relief agency launched an appeal for tents and blankets.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "factuality"),
    [
        ("None of the three main rivals criticized the mayor at the forum.", "negated"),
        ("Neither government signed the water accord in Nairobi.", "negated"),
        ("Three rivals criticized the mayor at the forum.", "asserted"),
        ("The rebels shelled the town, and none of the villagers fled.", "asserted"),
    ],
)
def test_a_negative_subject_negates_the_event(engine: str, text: str, factuality: str) -> None:
    events = newsmodel.extract(text, engine=engine).events
    assert events, text
    assert events[0].factuality == factuality


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The union spent its funds on leaflets, as opposed to suing the employer.",
        "The resignations beg the question of whether the cabinet can survive the winter.",
        "A police officer, who declined to be named, said the suspects had fled.",
    ],
)
def test_fixed_phrases_name_no_act(engine: str, text: str) -> None:
    assert not any(e.type in ("REJECT", "REQUEST") for e in newsmodel.extract(text, engine=engine).events)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Border guards arrested the lorry driver at the crossing.", "COERCE"),
        ("Gunmen abducted the village schoolteacher on Tuesday.", "ASSAULT"),
    ],
)
def test_a_person_noun_only_wordnet_knows_is_a_participant(engine: str, text: str, kind: str) -> None:
    assert kind in _types(text, engine)
