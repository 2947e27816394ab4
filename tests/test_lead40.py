"""Stop 40 (lead): passive by-phrases whose head is a part or a group of the acting party.

"was detained by members of the presidential guard", "was rejected by a majority of lawmakers":
those counted act, not the quantity word.  A passive's subject never acts: when the by-phrase
names no actor ("was struck by a series of earthquakes") the clause gives no agent rather than
the subject.  Without a parse, a passive's subject is the object CAMEO's patterns name ("The envoy
was received by the king" is a visit hosted, as "The king received the envoy").

Sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES


def _roles(text: str, engine: str) -> list[tuple[str, str, list[str], list[str]]]:
    a = newsmodel.extract(text, engine=engine)
    names = {x.id: x.name.lower() for x in a.actors}
    return [(e.type, e.trigger.text, [names[i] for i in e.agents], [names[i] for i in e.targets]) for e in a.events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category", "agent"),
    [
        ("The harbour plan was rejected by a majority of lawmakers in a vote on Monday.", "REJECT", "lawmakers"),
        ("The reporter was detained by members of the presidential guard.", "COERCE", "guard"),
        ("The grain convoy was attacked by dozens of armed men near the river.", "ASSAULT", "men"),
        ("The fishing accord was endorsed by a majority of the bloc's governments.", "SUPPORT", "governments"),
    ],
)
def test_the_counted_party_of_a_by_phrase_acts(engine: str, text: str, category: str, agent: str) -> None:
    found = [r for r in _roles(text, engine) if r[0] == category]
    assert found, _roles(text, engine)
    assert any(agent in name for name in found[0][2]), found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The island villages were struck by a series of strong storms.",
        "The budget was passed by a margin of nine votes.",
        "The satellite launch was delayed by a shortage of fuel.",
    ],
)
def test_a_by_phrase_naming_no_party_gives_no_event(engine: str, text: str) -> None:
    assert _roles(text, engine) == []


def test_a_passive_subject_never_acts_on_the_rules_engine() -> None:
    # the by-phrase names a unit no lexicon knows: the detained man is the target or nothing, never the agent
    for category, trigger, agents, _targets in _roles("The editor was detained by soldiers of an unnamed brigade.", "rules"):
        assert not any("editor" in a for a in agents), (category, trigger, agents)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_visit_hosted_reads_the_same_in_the_passive(engine: str) -> None:
    active = _roles("The queen received the envoy at the palace.", engine)
    passive = _roles("The envoy was received by the queen at the palace.", engine)
    assert [r[0] for r in active] == [r[0] for r in passive] == ["CONSULT"]
    assert passive[0][2] == active[0][2] and passive[0][3] == active[0][3]


@settings(max_examples=20, deadline=None)
@given(
    quantity=st.sampled_from(["a majority of", "members of", "a group of", "dozens of", "a delegation of"]),
    party=st.sampled_from(["the senators", "the rebels", "the ministers", "the soldiers"]),
)
def test_a_quantity_before_the_party_never_becomes_the_agent(quantity: str, party: str) -> None:
    text = f"The proposal was rejected by {quantity} {party}."
    found = [r for r in _roles(text, "rules") if r[0] == "REJECT"]
    assert found, text
    for _category, _trigger, agents, _targets in found:
        assert agents and all(party.split()[-1][:-1] in a for a in agents), (text, agents)


@pytest.mark.parametrize(
    ("text", "category", "agent", "target"),
    [
        ("The envoys whom Chile expelled on Friday flew home on Sunday.", "SANCTION", "chile", "envoys"),
        ("The columnist, whom the gang kidnapped in June, is still missing.", "ASSAULT", "gang", "columnist"),
        ("The reporter that the soldiers detained last week was a local stringer.", "COERCE", "soldiers", "reporter"),
    ],
)
def test_the_noun_an_object_relative_hangs_on_undergoes_the_act(text: str, category: str, agent: str, target: str) -> None:
    found = [r for r in _roles(text, "rules") if r[0] == category]
    assert found, _roles(text, "rules")
    assert any(agent in a for a in found[0][2]) and any(target in a for a in found[0][3]), found


def test_a_name_told_before_that_is_no_antecedent() -> None:
    text = "The aide told Senator Okafor that the governor had opposed raising taxes."
    for _category, _trigger, _agents, targets in _roles(text, "rules"):
        assert not any("okafor" in a for a in targets), targets


@pytest.mark.parametrize("tag", ["(D)", "(R)", "(I)", "(D-Ore.)"])
def test_a_party_tag_after_a_name_is_no_actor(tag: str) -> None:
    # "Gov. Ana Lindqvist (D) blasted the legislature": the governor acts, the party letter is no one
    a = newsmodel.extract(f"Gov. Ana Lindqvist {tag} blasted the legislature on Monday.", engine="rules")
    names = {x.id: x.name for x in a.actors}
    assert all(len(n) > 1 for n in names.values()), names
    found = [e for e in a.events if e.type == "ACCUSE"]
    assert found and [names[i] for i in found[0].agents] == ["Ana Lindqvist"]


@pytest.mark.parametrize(
    "text",
    ["Militants Free Three Abducted Teachers", "The militia freed three abducted teachers on Friday."],
)
def test_a_participle_before_the_freed_noun_leaves_it_the_target(text: str) -> None:
    found = [r for r in _roles(text, "rules") if r[0] == "RETREAT"]
    assert found and any("teachers" in t for t in found[0][3]), _roles(text, "rules")


def test_a_content_clause_is_no_object_relative() -> None:
    # "the news that the governor would quit": the clause is the news; "quit" keeps no object
    found = _roles("The senator welcomed the news that the governor would quit.", "rules")
    assert any(r[0] == "RETREAT" and r[1] == "quit" for r in found), found


def test_a_progressive_with_a_by_phrase_is_no_passive() -> None:
    # "was signaling ... by releasing": the ministry signals, it is not signalled to
    found = _roles("The ministry was signaling its support for the envoy by releasing the statement early.", "rules")
    assert any(r[0] == "SUPPORT" and r[2] == ["ministry"] for r in found), found


def test_cameo_patterns_read_a_passive_subject_only_with_a_by_phrase() -> None:
    # no party acts in "no charges be filed against": CAMEO's "file charges" reads nothing here
    assert _roles("The panel recommended that no charges be filed against the mayor.", "rules") == []
