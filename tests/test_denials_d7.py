"""Denials on real-news shapes, stop 37 (issue 14, helper d7): "disagree with" a claim, a suit called
meritless, the accused's own "no evidence that I ...", and the word-sense traps beside them (a group
dismissed as naive, a critic who "never met me", an outcome that showed forecasts wrong, words that
serve a group as propaganda); the denied claim's span without the words around it.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES
from ._engines import deniers as _deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ("The coach disagreed sharply with reports that he had lost the dressing room.", "coach"),
        ("The charity hit back at a lawsuit brought by two donors, calling it meritless.", "charity"),
        ('"There is no evidence that we hid the losses from anyone," the bank said.', "bank"),
    ],
)
def test_real_news_denial_shapes(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The dockers -- dismissed for years as naive and slow -- won the vote.",
        "The coach disagreed with his assistant about the lineup.",
        "The rivals agreed to disagree on the claims and moved on.",
        'Asked about the criticism, the mayor said: "He has never met me and does not know my record."',
        '"Sunday\'s vote showed the projections were misleading," the analyst said.',
        'The senator said the minister\'s speech was welcome "propaganda" for the militia.',
        "Auditors said there was no evidence that the account had been emptied.",
    ],
)
def test_same_words_without_a_denied_claim(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, claim",
    [
        ("The governor hit back at the reports on Friday, citing the audit.", "the reports"),
        ("The club strongly disagreed with the allegations.", "the allegations"),
        ("The agency denies that the dam was unsafe and asks for an inquiry.", "that the dam was unsafe"),
        ("Her denial of the story came two days later.", "the story"),
        ("The firm denied the charges and sued the paper.", "the charges"),
    ],
)
def test_claim_span_is_the_claim_alone(engine, text, claim):
    art = newsmodel.extract(text, engine=engine)
    assert [d.denied.text for d in art.denials if d.denied] == [claim]


@pytest.mark.parametrize("engine", ["rules"])
@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["The ministry", "The senator", "Club officials"]),
    st.sampled_from(["hit back at", "pushed back on", "pushed back against"]),
    st.sampled_from(["the reports", "those claims", "the allegations"]),
    st.sampled_from(["", " on Monday", " Thursday", " yesterday"]),
)
def test_pushback_claim_has_no_preposition_or_day(engine, subject, verb, claim, when):
    """Whatever the day after it, the claim pushed back on is the noun phrase alone."""
    art = newsmodel.extract(f"{subject} {verb} {claim}{when}.", engine=engine)
    assert [d.denied.text for d in art.denials if d.denied] == [claim]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, owner",
    [
        ('"The senator\'s absurd and plainly wrong claim that the port is closing shows he has no idea," the union leader said.', "senator"),
        ("“Mayor Okafor’s ridiculous and wholly inaccurate claim that the bridge is safe proves he never read the survey,” wrote the engineer.", "Okafor"),
    ],
)
def test_a_claims_owner_is_not_its_denier(engine, text, owner):
    """A verdict word before someone's claim ("the senator's absurd claim") modifies the noun: the
    senator made the claim, so the senator is never read as denying it."""
    assert not any(d and owner.lower() in d.lower() for d in _deniers(text, engine))
