"""Lead's rules at stop 43 (issue 14), through the public API, with sentences written for this file."""

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
    ("text", "trigger", "relieved"),
    [
        ("A magistrate threw out the case against the former governor of Kasai.", "threw", "governor"),
        ("The appeals court quashed the conviction of the jailed editor.", "quashed", "editor"),
        ("Prosecutors dropped every charge against the union leader.", "dropped", "union leader"),
    ],
)
def test_legal_relief_is_a_concession_to_the_person_relieved(engine: str, text: str, trigger: str, relieved: str) -> None:
    got = [e for e in _events(text, engine) if e[1] == trigger]
    assert [e[0] for e in got] == ["CONCEDE"]
    assert any(relieved in name for name in got[0][3])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The governor dismissed the charges against her as a partisan smear.",  # the accused's denial
        "The mayor dismissed the charges as baseless.",
        "The judge threw out the evidence taken from the laptop.",
    ],
)
def test_legal_words_with_no_one_relieved_are_no_event(engine: str, text: str) -> None:
    assert [e for e in _events(text, engine) if e[0] == "CONCEDE"] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_throwing_members_out_of_a_party_stays_an_expulsion(engine: str) -> None:
    got = _events("The ruling party threw out four rebel lawmakers on Friday.", engine)
    assert [e[0] for e in got if e[1] == "threw"] == ["SANCTION"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang conducted its seventh nuclear test on Sunday.",
        "India carried out a nuclear test in the Thar desert.",
    ],
)
def test_a_nuclear_test_is_a_show_of_weapons(engine: str, text: str) -> None:
    assert ("MOBILIZE", "test") in {(e[0], e[1].split()[-1]) for e in _events(text, engine)}


@pytest.mark.parametrize("engine", ENGINES)
def test_jammed_broadcasts_are_censorship(engine: str) -> None:
    got = _events("The junta jammed foreign radio broadcasts during the strike.", engine)
    assert [e[0] for e in got if e[1].startswith("jammed")] == ["COERCE"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The election board conducted a test of the new ballot scanners.",
        "Thousands of fans jammed the square outside the stadium.",
    ],
)
def test_tests_and_jams_of_other_things_are_no_event(engine: str, text: str) -> None:
    assert _events(text, engine) == []


def test_ahead_is_no_noun_to_the_rules_tagger() -> None:
    # "ahead of the vote" closes the object phrase: the channels are what was jammed
    got = _events("Security services jammed satellite television channels ahead of the vote.", "rules")
    assert [e[0] for e in got] == ["COERCE"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army pushed back the insurgents from the northern suburbs.", "pushed"),
        ("Marines drove back the militants after a night of fighting.", "drove"),
        ("The garrison repelled the rebels at the river crossing.", "repelled"),
    ],
)
def test_an_armed_party_driven_back_is_military_force(engine: str, text: str, trigger: str) -> None:
    assert [e[0] for e in _events(text, engine) if e[1].startswith(trigger)] == ["ASSAULT"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The agency pushed back the deadline for the new licences by two weeks.",
        "The insurer repelled a hostile takeover bid from a rival.",
        "The governor fended off a challenge from her own party.",
    ],
)
def test_deadlines_and_bids_driven_back_are_no_event(engine: str, text: str) -> None:
    assert _events(text, engine) == []



def _statements(text: str, engine: str) -> list[tuple[str, str, str]]:
    a = newsmodel.extract(text, engine=engine)
    names = {x.id: x.name.lower() for x in a.actors}
    return [(names.get(s.speaker, ""), s.kind, " | ".join(c.text for c in s.content)) for s in a.statements]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # straight single quote marks, as plain-text feeds of British copy write them
        ("'We are ready to talk,' the minister told reporters.", "We are ready to talk,"),
        ("'We don't accept the ruling,' the mayor said on Monday.", "We don't accept the ruling,"),
        # a possessive plural inside the quote is no closing mark
        ("'We will not cut the nurses' pay this year,' the minister said.", "We will not cut the nurses' pay this year,"),
    ],
)
def test_straight_single_quotes_are_quotations(engine: str, text: str, content: str) -> None:
    got = _statements(text, engine)
    assert [(s[1], s[2]) for s in got] == [("direct", content)]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_decade_apostrophe_opens_no_quotation(engine: str) -> None:
    got = _statements("In the '90s the mayor said the city would double in size.", engine)
    assert [(s[0], s[1], s[2]) for s in got] == [("mayor", "indirect", "the city would double in size")]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("mark", ["'", "‘"])
def test_a_partial_quote_inside_a_colon_headline_is_the_labels_statement(engine: str, mark: str) -> None:
    close = "'" if mark == "'" else "’"
    text = f"Alvarez: Rival {mark}Plainly Wrong{close} to Call Me a Crook"
    got = _statements(text, engine)
    assert [(s[0], s[1], s[2]) for s in got] == [("alvarez", "indirect", text.split(": ", 1)[1])]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("The mayor met the striking drivers and rejected their demands.", "rejected", "mayor"),
        ("The governor took questions from rebel lawmakers and criticized their whip.", "criticized", "governor"),
    ],
)
def test_a_verb_after_and_shares_an_irregular_past_verbs_subject(text: str, trigger: str, agent: str) -> None:
    # the rules engine has no parse: the verb before "and" ("met", "took") gives the second its doer
    got = [e for e in _events(text, "rules") if e[1] == trigger]
    assert len(got) == 1 and got[0][2] and agent in got[0][2][0]


@pytest.mark.parametrize("engine", ENGINES)
def test_federal_agents_are_a_party(engine: str) -> None:
    got = _events("Federal agents detained two aides to the senator in Reno.", engine)
    assert [(e[0], e[2]) for e in got] == [("COERCE", ["federal agents"])]


def test_a_gerund_of_manner_is_no_cue_of_the_quote_before_it() -> None:
    # the quoted words belong to Lee's headline statement; "in saying" tells what Park was wrong about
    got = _statements("Lee says Park 'plainly wrong' in saying taxes will rise", "rules")
    assert [(s[0], s[1]) for s in got] == [("lee", "mixed")]
