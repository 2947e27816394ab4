"""Lead's rules at stop 44 (issue 14), through the public API, with sentences written for this file."""

from __future__ import annotations

import pytest

import newsmodel

ENGINES = ("rules", "spacy")


def _events(text: str, engine: str) -> list[tuple[str, str, list[str], list[str]]]:
    a = newsmodel.extract(text, engine=engine)
    names = {x.id: x.name.lower() for x in a.actors}
    return [(e.type, e.trigger.text, [names[i] for i in e.agents], [names[i] for i in e.targets]) for e in a.events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Taxi drivers blocked the square outside the transport ministry to protest the new licence fees.", "protest", "drivers"),
        ("Pensioners assembled in front of the parliament on Monday to demand higher pensions.", "demand", "pensioners"),
        ("Dockworkers piled crates near the customs office to denounce the new inspections.", "denounce", "dockworkers"),
    ],
)
def test_an_infinitive_of_purpose_after_a_place_is_the_subjects(engine: str, text: str, trigger: str, doer: str) -> None:
    got = [e for e in _events(text, engine) if e[1] == trigger]
    assert got, text
    assert any(doer in name for name in got[0][2]), got
    assert not any("ministry" in n or "parliament" in n or "office" in n for n in got[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_party_asked_past_a_place_phrase_still_does_the_act_asked(engine: str) -> None:
    got = _events("The premier urged governors in the eastern provinces to impose a curfew.", engine)
    assert [e[0] for e in got if e[1] == "urged"] == ["REQUEST"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger", "repeller"),
    [
        ("Army units repulsed a militant incursion across the northern frontier.", "repulsed", "army"),
        ("The rebels repelled a government offensive on their stronghold.", "repelled", "rebels"),
        ("Marines pushed back an enemy advance along the coast road.", "pushed", "marines"),
    ],
)
def test_an_attack_driven_back_is_the_repellers_assault(engine: str, text: str, trigger: str, repeller: str) -> None:
    got = [e for e in _events(text, engine) if e[1] == trigger]
    assert [e[0] for e in got] == ["ASSAULT"], text
    assert any(repeller in name for name in got[0][2])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The brewer repelled a hostile bid from a private equity group.",
        "The governor repelled a fierce attack on her budget from the opposition.",
    ],
)
def test_bids_and_attacks_in_words_driven_back_are_no_force(engine: str, text: str) -> None:
    assert [e for e in _events(text, engine) if e[0] == "ASSAULT"] == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("The sports minister asked the head of the federation to step down.", "minister"),
        ("The health minister asked doctors in rural clinics to report every case.", "minister"),
        ("The mayor asked residents of the flooded valley to boil their water.", "mayor"),
    ],
)
def test_asking_a_party_past_its_phrase_is_a_request(engine: str, text: str, asker: str) -> None:
    got = [e for e in _events(text, engine) if e[1] == "asked"]
    assert [e[0] for e in got] == ["REQUEST"], text
    assert any(asker in name for name in got[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_question_put_to_a_party_is_no_request(engine: str) -> None:
    text = "The columnist asked the head of the federation about the missing funds."
    assert [e for e in _events(text, engine) if e[0] == "REQUEST"] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_state_that_hangs_people_executes_them(engine: str) -> None:
    got = [e for e in _events("Saudi Arabia hanged three smugglers on Tuesday.", engine) if e[1] == "hanged"]
    assert [e[0] for e in got] == ["ASSAULT"]
    assert any("saudi" in n for n in got[0][2])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    ["Volunteers hung flags along the parade route.", "The verdict hangs on a single witness.", "The premier hung up on the caller."],
)
def test_things_hung_are_no_execution(engine: str, text: str) -> None:
    assert [e for e in _events(text, engine) if e[0] == "ASSAULT"] == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "protester"),
    [
        ("Seoul protested the drills near the disputed islands.", "seoul"),
        ("The interior ministry protested the arrest of its officials abroad.", "ministry"),
    ],
)
def test_a_states_protest_is_a_diplomatic_complaint(engine: str, text: str, protester: str) -> None:
    got = [e for e in _events(text, engine) if e[1] == "protested"]
    assert [e[0] for e in got] == ["ACCUSE"], text
    assert any(protester in n for n in got[0][2])


@pytest.mark.parametrize("engine", ENGINES)
def test_civilians_protest_stays_a_demonstration(engine: str) -> None:
    got = [e for e in _events("Nurses protested the hospital closures outside the health ministry.", engine) if e[1] == "protested"]
    assert [e[0] for e in got] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "pronoun", "not_meant"),
    [
        ("Maria Santos criticized the minister, urging him to resign.", "him", "Maria Santos"),
        ("Carlos Vega praised the minister, urging her to stay on.", "her", "Carlos Vega"),
    ],
)
def test_a_gendered_pronoun_is_no_person_of_the_other_gender(text: str, pronoun: str, not_meant: str) -> None:
    a = newsmodel.extract(text, engine="spacy")
    start = text.index(f" {pronoun} ") + 1
    holders = [x.name for x in a.actors if any(m.start == start for m in x.mentions)]
    assert not_meant not in holders


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Carlos Vega criticized the finance minister, urging him to resign.", "minister"),
        ("The council sent the report to the chief prosecutor, asking her to open an inquiry.", "prosecutor"),
    ],
)
def test_an_object_pronoun_may_stand_for_a_role_noun_of_its_sentence(text: str, asked: str) -> None:
    got = [e for e in _events(text, "spacy") if e[0] == "REQUEST"]
    assert got and any(asked in n for n in got[0][3]), got


def test_a_subject_pronoun_still_needs_a_named_antecedent() -> None:
    a = newsmodel.extract("The minister met Tom Lee, who said he would resign.", engine="spacy")
    start = a.text.index(" he ") + 1
    assert not any(x.name == "minister" and any(m.start == start for m in x.mentions) for x in a.actors)
