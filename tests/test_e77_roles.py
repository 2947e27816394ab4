"""Issue 14 (helper e77, stop 45): event roles on real news -- the doer of the later clauses of a
list of -ing clauses, the party an endorsement or praise noun with its own doer names in its
of-phrase, a person named after a body and a title as the subject of an -ing clause, coordinated
titled subjects each with an of-phrase of place, the head of "the leader of the farmers' union",
a hedged count inside a subject's in-phrase, a political camp after a chamber's name; beside
traps where the old reading stays. Sentences are the helper's own."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, SPACY_ONLY, events


def _roles(text: str, engine: str, kind: str) -> tuple[list[str], list[str]]:
    found = [(a, t) for k, a, t in events(text, engine) if k == kind]
    assert found, events(text, engine)
    return found[-1]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind, agent",
    [
        # (participle_lists) the second and third clause of a list share the first one's doer
        ("The police raided the office, detaining the editor and accusing the paper of sedition.", "ACCUSE", "police"),
        ("The mayor spoke outside city hall, praising the firefighters and criticizing the fire chief.", "ACCUSE", "mayor"),
        ("The general spoke to reporters, denying the raid, blaming the militia and threatening the rebels with new strikes.", "THREATEN", "general"),
        ("Soldiers stormed the compound, freeing four hostages and arresting the kidnappers.", "COERCE", "soldiers"),
    ],
)
def test_later_participle_clause_has_first_clause_doer(engine: str, text: str, kind: str, agent: str) -> None:
    agents, _targets = _roles(text, engine, kind)
    assert [a.lower() for a in agents] == [agent], events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_participle_list_with_unknown_controller_gives_no_agent(engine: str) -> None:
    # a storm is no party: the later clause takes no name from the clause before
    text = "A cyclone battered the southern islands on Monday, grounding dozens of flights and closing schools in four provinces."
    assert all(not a for _k, a, _t in events(text, engine)), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, agent, target",
    [
        # (endorsed_parties) a noun with its own doer: the of-phrase is whom it supports
        ("The senator made an endorsement of Governor Lucy Marsh on Friday.", "senator", "Lucy Marsh"),
        ("The newspaper announced its endorsement of Senator Maria Ruiz on Sunday.", "newspaper", "Maria Ruiz"),
        ("The mayor's endorsement of the challenger surprised the party.", "mayor", "challenger"),
    ],
)
def test_endorsement_of_names_the_supported(engine: str, text: str, agent: str, target: str) -> None:
    agents, targets = _roles(text, engine, "SUPPORT")
    assert agents and agents[0].lower() == agent.lower() and target in targets, events(text, engine)


@SPACY_ONLY
def test_endorsements_of_without_doer_keep_the_endorsers() -> None:
    text = "The endorsements of three former governors gave the senator a boost."
    agents, _targets = _roles(text, "spacy", "SUPPORT")
    assert agents == ["governors"], events(text, "spacy")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind, agent",
    [
        # a body and a title before the name: the person acts
        ("Party Chairman Paul Ortiz wrote to the board, accusing it of bias.", "ACCUSE", "Paul Ortiz"),
        ("Budget Committee Chairman Ben Okafor sent an email to party leaders, accusing them of stalling the proposal.", "ACCUSE", "Ben Okafor"),
        # the head of an of-phrase ending in a plural's possessive
        ("The leader of the farmers' union criticized the trade minister.", "ACCUSE", "leader"),
        ("The spokeswoman for the teachers' union accused the mayor of lying.", "ACCUSE", "spokeswoman"),
        # a hedged count inside the subject's in-phrase
        ("Mayors in more than a dozen cities rejected the new rules.", "REJECT", "mayors"),
        # a political camp after a chamber's name
        ("Several Senate moderates criticized the governor's spending plan.", "ACCUSE", "moderates"),
        ("The bill is opposed by some House conservatives.", "REJECT", "conservatives"),
    ],
)
def test_phrase_head_acts(engine: str, text: str, kind: str, agent: str) -> None:
    agents, _targets = _roles(text, engine, kind)
    assert agents and agents[0].lower() == agent.lower(), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, agents",
    [
        # (titled_conjuncts) each titled person of the joint subject acts
        ("Senator Alan Ross of Maine and Senator Joan Bell of Utah criticized the treaty.", {"Alan Ross", "Joan Bell"}),
        ("Governor Ted Marsh of Iowa and Governor Lena Fox of Ohio urged Congress to act.", {"Ted Marsh", "Lena Fox"}),
    ],
)
def test_titled_conjuncts_both_act(engine: str, text: str, agents: set[str]) -> None:
    found = [a for _k, a, _t in events(text, engine)][0]
    assert set(found) == agents, events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind, agent",
    [
        # traps: the readings that stay
        ("The foreign ministers of Tarvia and Oslen met in Geneva on Wednesday.", "CONSULT", "foreign ministers"),
        ("Argentina and Bhutan established diplomatic ties.", "SUPPORT", "Argentina"),
        ("The council fined the company, accusing it of polluting the river and endangering residents.", "ACCUSE", "council"),
        # (the customs officers act: spaCy names the body "Customs"; since a23 at stop 45 the rules
        # engine no longer reads a sentence-opening "Customs" as a person's name, and names the officers)
        ("Customs officers seized the smuggled cargo at the port.", "COERCE", "Customs|officers"),
    ],
)
def test_traps_keep_their_reading(engine: str, text: str, kind: str, agent: str) -> None:
    agents, _targets = _roles(text, engine, kind)
    assert any(a in agents for a in agent.split("|")), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind, place",
    [
        # (venue_phrases) a city or state before a venue noun after "at" says where, not whom
        ("The governor promised at a Denver rally to cut taxes.", "AGREE", "Denver"),
        ("The minister met the envoy at a Geneva hotel.", "CONSULT", "Geneva"),
        ("The senator criticized the president at an Ohio town hall.", "ACCUSE", "Ohio"),
    ],
)
def test_place_before_venue_is_no_target(engine: str, text: str, kind: str, place: str) -> None:
    _agents, targets = _roles(text, engine, kind)
    assert place not in targets, events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_party_after_at_stays_a_target(engine: str) -> None:
    text = "Troops fired at a Taliban checkpoint near the border."
    _agents, targets = _roles(text, engine, "ASSAULT")
    assert any("Taliban" in t for t in targets), events(text, engine)


@SPACY_ONLY
def test_chamber_before_camp_is_no_antecedent() -> None:
    # the chamber's name says where the camp sits: the camp opposes, and "it" is not the chamber
    # (stop 48, e90: "who have long opposed it" is now a stance held, no event -- held_stances; the
    # roles are asked of a vote instead)
    text = "The reform gives towns more say, though not enough for some Senate conservatives who opposed it in last week's vote."
    agents, targets = _roles(text, "spacy", "REJECT")
    assert agents == ["conservatives"] and "Senate" not in targets, events(text, "spacy")
