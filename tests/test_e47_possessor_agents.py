"""Issue 14 (helper e47, stop 39): a common noun's possessive before an event noun is the act's
agent on the rules engine ("the agency's probe of the loans"), made an actor by the nominal
lexicons; a time word, a thing, or one person before a protest noun is not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    art = newsmodel.extract(text, engine="rules")
    names = {a.id: a.name.lower() for a in art.actors}
    return [(e.trigger.text, e.type, [names[i] for i in e.agents]) for e in art.events]


@pytest.mark.parametrize(
    "text, trigger, kind, agent",
    [
        ("The agency's probe of the senator's business loans widened on Tuesday.", "probe", "ACCUSE", "agency"),
        ("The committee's inquiry into the port contracts ended in May.", "inquiry", "ACCUSE", "committee"),
        ("The union's march through the old town passed off calmly.", "march", "PROTEST", "union"),
        ("The ministry's requests for the files went unanswered.", "requests", "REQUEST", "ministry"),
    ],
)
def test_possessor_noun_acts(text: str, trigger: str, kind: str, agent: str) -> None:
    found = [(t, k, a) for t, k, a in _events(text) if t == trigger]
    assert found and found[0][1] == kind and any(agent in n for n in found[0][2])


@pytest.mark.parametrize(
    "text",
    [
        "Reporters waited outside the candidate's rallies all week.",  # one person holds a rally
        "The report's release was delayed until after the vote.",  # a document's release
    ],
)
def test_no_possessor_agent(text: str) -> None:
    assert _events(text) == []


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["week", "month", "year", "Tuesday", "weekend"]))
def test_time_possessor_is_no_agent(when: str) -> None:
    """A time's possessive dates the act; it never becomes its agent."""
    for _t, _k, agents in _events(f"Last {when}'s raid on the depot was over in minutes."):
        assert not any(when.lower() in a for a in agents)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
@pytest.mark.parametrize(
    "text, kind, agent",
    [
        ("Ortega's support for Senator Lind surprised the donors.", "SUPPORT", "ortega"),
        ("Peru's consent to an observer mission came late.", "AGREE", "peru"),
    ],
)
def test_possessed_act_nouns(engine: str, text: str, kind: str, agent: str) -> None:
    """"support" and "consent" as nouns are acts after a party's possessive and before for / of / to."""
    art = newsmodel.extract(text, engine=engine)
    names = {a.id: a.name.lower() for a in art.actors}
    assert any(e.type == kind and any(agent in names[i] for i in e.agents) for e in art.events)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
@pytest.mark.parametrize(
    "text",
    [
        "Lind's support in the polls fell to 30 percent last week.",  # standing in the polls
        "There is wide support for the plan among farmers.",  # no possessor: opinion
        "The sale needs the consent of the landowners.",  # a condition, no act
    ],
)
def test_possessed_act_noun_traps(engine: str, text: str) -> None:
    art = newsmodel.extract(text, engine=engine)
    assert not [e for e in art.events if e.trigger.text in ("support", "consent")]


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz was criticised for Ortiz's support of a failed tax bill.",  # a policy, no party
        "Voters cheered Lind's support for Quarry's budget plan.",  # a party's plan: a policy
    ],
)
def test_support_for_a_policy_is_no_noun_event(text: str) -> None:
    """spaCy only: the rules tagger still reads a possessive's "support" before "for" / "of" as a
    verb (its narrow reading after a possessive, kept at stop 39 -- see docs/accuracy.md)."""
    art = newsmodel.extract(text, engine="spacy")
    assert not [e for e in art.events if e.trigger.text == "support"]


def test_time_phrase_after_event_noun() -> None:
    """A time phrase after an event noun ("the pledge last month") leaves it the head of its phrase."""
    types = [k for _t, k, _a in _events("Ghana made a pledge last month to send nurses to Liberia.")]
    assert "AGREE" in types
