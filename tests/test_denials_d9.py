"""Denials on real-news shapes, stop 39 (issue 14, helper d9): a bare verdict as a whole quote
said of a claim ('"Totally false," X said of the reports ...'), a headline "X on <claim>:
'<verdict>'", "bristled at the suggestion that ...", calling a report "a witch hunt", a verdict
reported after "said in a statement in March that ..." (rules); the traps beside them: a
rejoinder whose negated clause is about someone else ("shot back that the reporter had not read
the files"), "discounted what we can build", bristling at rules, a verdict fragment said of a
plan.  Sentences written for these tests."""

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
        ('"Totally false," the coach said of the reports that he had agreed to leave.', "coach"),
        ('"Complete nonsense," the senator said of rumours linking her to the bank.', "senator"),
        ("Governor on Affair Claims: 'Not True'", "Governor"),
        ("The minister bristled at the suggestion that his office had leaked the memo.", "minister"),
        ("The mayor's aides bristle at the suggestion that she ignored the floods.", "aides"),
        ('The chairman called the report about the club\'s debts "a witch hunt."', "chairman"),
        ('Ana Ruiz, a lawyer for the firm, said in a written statement in June that the claims had "no merit."', "Ruiz"),
        ("The lawyer countered that his client had never seen the contract.", "lawyer"),
    ],
)
def test_real_news_denial_shapes(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Asked about the story, the coach shot back that the reporter had not watched the game.",
        '"Critics have always discounted what our tiny lab can invent," the scientist said.',
        "The mayor bristled at the new parking rules.",
        '"Ridiculous," she said of the plan to close the library.',
        '"False modesty will not help the team," the coach said.',
        "Minister on Rail Plan: 'Ready by May'",
        "The film retells the witch hunts of the sixteenth century.",
    ],
)
def test_same_words_without_a_denied_claim(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_verdict_fragment_claim_is_what_it_is_said_of(engine):
    art = newsmodel.extract('"Totally false," the coach said of the reports that he had agreed to leave.', engine=engine)
    assert [(d.cue.text, d.denied.text if d.denied else None) for d in art.denials] == [("Totally false", "the reports")]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Totally", "Completely", "Absolutely", ""]),
    st.sampled_from(["false", "untrue", "baseless", "nonsense"]),
    st.sampled_from(["plan", "budget", "proposal", "road"]),
)
def test_verdict_fragment_needs_a_claim(adverb, verdict, thing):
    """A bare verdict said of no claim (a plan, a budget) denies nothing, whatever its words."""
    text = f'"{(adverb + " " + verdict).strip().capitalize()}," the mayor said of the {thing} for the harbour.'
    assert newsmodel.extract(text, engine="rules").denials == ()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ('"Totally false. We paid no one," the firm said of the report that it had bribed officials.', "firm"),
        ('"Nonsense! The club is healthy," the chairman said of rumours that it was broke.', "chairman"),
    ],
)
def test_verdict_opening_a_longer_quote(engine, text, denier):
    """The verdict as the quote's first sentence, whichever span the statement pass gave the speaker."""
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        # stop-38 leftovers: a lower-case verb the small model tags a proper noun, a "that" clause
        # the parser hangs on the last party of the claim's from-phrase
        ("The Indian trade minister jabbed back on Friday at complaints from her European counterpart that India's surplus of rice was flooding overseas markets.", "minister"),
        ("At a rally in Utah last month, Ms. Diaz rejected attacks from Tom Reyes and other candidates that she was not a conservative.", "Diaz"),
    ],
)
def test_stop38_leftovers(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        '"A short memo may go a little way to disputing a few of the stranger rumours, but I doubt it will change minds," said Ann Cole, an analyst.',
        "The mayor rejected attacks from rebels and other groups that killed ten people.",
        "The police jabbed back at the rioters with batons.",
    ],
)
def test_possible_denials_and_relative_clauses_deny_nothing(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The new rules allow the agency to cut its staff and deny any blame for the delays.",
        'Reporters asked the chief in charge of the border post about the raid. "At no time did I ever order the guards to leave," he said.',
    ],
)
def test_permitted_second_verb_and_in_charge_deny_nothing(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier, claim",
    [
        ("Coach on Transfer Rumours: 'Complete Rubbish'", "coach", "Transfer Rumours"),
        ('"That is a lie," the governor said of the claim that he had sold the land.', "governor", "the claim"),
    ],
)
def test_rubbish_and_a_pointer_verdict_said_of_a_claim(engine, text, denier, claim):
    art = newsmodel.extract(text, engine=engine)
    got = [(art.actor(d.denier).name if d.denier else None, d.denied.text if d.denied else None) for d in art.denials]
    assert len(got) == 1 and denier.lower() in (got[0][0] or "").lower() and got[0][1] == claim, got


@pytest.mark.parametrize("engine", ENGINES)
def test_rubbish_collected_is_no_verdict(engine):
    assert _deniers("The council said the rubbish was collected on Monday.", engine) == []
