"""Event recall on real political news, both engines (stop 36, e36; dev batch 75): a party's
words or deeds called a term of abuse are criticism of the party, an abusive adjective on a plain
noun is a term of abuse, a verbal attack on a party's conduct or attitude is criticism of the
party, and criticism told in an agentless passive of a party keeps its unknown source -- beside
the same words where no party is criticised.

Our own sentences, of the shapes missed in a hand-made gold of PolNeAR train articles
(random.Random(290).sample(train, 40)[:8])."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, events, types


def _accused(text: str, engine: str) -> list[list[str]]:
    """The lowercased targets of each ACCUSE event of ``text``."""
    return [[x.lower() for x in targets] for kind, _agents, targets in events(text, engine) if kind == "ACCUSE"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Senator Brandt called the governor's tax speech a disgrace.", "governor"),
        ("Senator Ruiz called the mayor's remarks about the strike a new low.", "mayor"),
        ("Congresswoman Ibarra called the premier a petulant schoolboy.", "premier"),
        ("Senator Okoro's sharp attack on the governor's handling of the drought was loudly cheered.", "governor"),
        ("The union's attacks on the minister's readiness to cut pensions grew sharper.", "minister"),
        ("The health minister was sharply criticized for the vaccine delays.", "minister"),
        ("Senator Lindqvist has been condemned over the leaked emails.", "lindqvist"),
    ],
)
def test_criticism_of_a_party(engine: str, text: str, target: str) -> None:
    assert any(any(target in t for t in targets) for targets in _accused(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Senator Brandt called the tax speech a turning point.",
        "The treasurer called the mayor's remarks a starting point for the budget.",
        "Senator Brandt called the sandstorm a disgrace for the fair.",
        "The bridge design was criticized as too costly.",
        "The report was widely criticized in newspapers.",
        "The councilwoman, who was criticized last winter, kept her seat in the election.",
    ],
)
def test_no_party_criticised(engine: str, text: str) -> None:
    assert "ACCUSE" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_an_armed_attack_on_a_partys_convoy_stays_force(engine: str) -> None:
    got = types("The rebels' attack on the governor's convoy killed three guards.", engine)
    assert "ASSAULT" in got and "ACCUSE" not in got


@settings(max_examples=20, deadline=None)
@given(
    speaker=st.sampled_from(["Senator Brandt", "The party chairwoman", "Governor Okafor", "The mayor"]),
    owner=st.sampled_from(["the governor's", "his rival's", "the minister's", "her opponent's"]),
    thing=st.sampled_from(["speech", "remarks", "comments on the strike", "budget plan"]),
    term=st.sampled_from(["a disgrace", "a new low", "an embarrassment", "a joke"]),
)
def test_a_partys_words_called_abuse_are_criticism(speaker: str, owner: str, thing: str, term: str) -> None:
    """Whoever calls whoever's words whatever term of abuse, there is an ACCUSE (rules engine)."""
    assert "ACCUSE" in types(f"{speaker} called {owner} {thing} {term}.", "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("The governor vetoed the rent bill and was sharply criticized by tenant groups.", "ACCUSE", "governor"),
        ("The trade minister cut farm subsidies and has been condemned by the farmers' unions.", "ACCUSE", "minister"),
        ("The opposition senator flew home and was arrested at the airport.", "COERCE", "senator"),
    ],
)
def test_a_conjoined_passive_shares_its_subject_as_patient(engine: str, text: str, etype: str, target: str) -> None:
    """"X did A and was criticized": X, the subject of the first conjunct, undergoes the second."""
    assert any(kind == etype and any(target in t.lower() for t in targets) for kind, _a, targets in events(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
def test_an_obliged_passive_is_a_demand(engine: str) -> None:
    """"they must be condemned": a demand, no criticism reported; the past tense stays."""
    assert "ACCUSE" not in types("Until they halt the raids, the militia leaders must be condemned.", engine)
    assert "ACCUSE" in types("The militia leaders were condemned for the raids.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The senator's blunt critique of the prime minister drew a sharp reply.",
        "The president's rebuke of the army chief surprised his allies.",
        "Senator Ibarra aimed a pointed jab at Governor Haddad.",
        'Senator Ibarra landed a sharp dig at "my good friend Governor Haddad."',
    ],
)
def test_criticism_told_as_a_noun(engine: str, text: str) -> None:
    assert "ACCUSE" in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The documentary is a critique of modern consumer culture.",
        "Archaeologists started a new dig at the river site.",
        "Volunteers planned a dig at the old fort this summer.",
    ],
)
def test_the_same_nouns_with_no_party(engine: str, text: str) -> None:
    assert "ACCUSE" not in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("The premier ignored the criticism from Senator Ibarra.", "ACCUSE", "ibarra"),
        ("The cabinet discussed a critique of its pension plan from the opposition leader.", "ACCUSE", "leader"),
        ("The court weighed a request from the prosecutors for more time.", "REQUEST", "prosecutors"),
    ],
)
def test_a_from_phrase_names_the_source(engine: str, text: str, etype: str, source: str) -> None:
    """A criticism's, a request's or an apology's from-phrase names who made it, whatever the verb."""
    assert any(kind == etype and any(source in a.lower() for a in agents) for kind, agents, _t in events(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_from_phrase_naming_a_document_is_no_source(engine: str) -> None:
    assert "ACCUSE" not in types("The criticism from last year's audit still stings.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_cause_told_in_passing_names_no_source(engine: str) -> None:
    """"after a request from ...": the noun is the cause of the clause's act, told in passing."""
    assert "REQUEST" not in types("The two ministers shifted their talks to Oslo after a request from the Norwegian hosts.", engine)
