"""Denials on real political news, d6 stop 36 (issue 14).

A speaker's "I never said that" or "I have never said <clause>" denies the remark put in the
speaker's mouth ("never said goodbye" denies nothing); "quash" rumours or speculation is a denial,
a court quashing a conviction or the charges is a ruling; "that is pure propaganda" and "those
stories weren't true" are verdicts on what was said ("not true to" is faithful, "if it wasn't
true" a condition); the party a gerund after "for" is said of denies ("gave the mayor poor marks
for dismissing"); "her repeated denials" are hers; withholding power is no denial; a surface claim
span stops before the denier's own ", but ..." clause and before "through its lawyer" or "by
tweeting".  Sentences written for these tests.
"""

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
        ('"I never said that," the coach told the club\'s website.', "coach"),
        ('"We did not say it, and we would not say it," the spokeswoman said.', "spokeswoman"),
        ('"I have never said the bridge was unsafe," the engineer told the inquiry.', "engineer"),
        ('"We never had talks with the buyers. That is pure propaganda," the mayor replied.', "mayor"),
        ("The striker's agent quashed rumours that he was moving abroad.", "agent"),
        ("Senate Leader Quashes Talk of Early Vote", "Leader"),
        ('"Both of those reports weren\'t true," the colonel said.', "colonel"),
        ("The auditors gave the treasurer poor marks for dismissing the idea that funds were missing.", "treasurer"),
        ("The governor was criticised for rejecting the reports of abuse at the prison.", "governor"),
        ("Governor Okafor has faced questions about whether she will run again, despite her repeated denials.", "Okafor"),
        ('"Frankly, both of those things were false," the coach said.', "coach"),
        ('"Honestly, none of that talk was true," the mayor told the paper.', "mayor"),
    ],
)
def test_denials_read_on_real_news_shapes(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        '"I never said goodbye to her," the actor said.',
        '"We never said thanks to the volunteers," the organiser said.',
        '"We never said the season would be easy," the coach said.',
        "A higher court quashed the conviction on Friday.",
        "The appeals court quashed the charges against the three students.",
        "The army quashed the mutiny within a week.",
        "The documentary was wartime propaganda, the critic said.",
        '"He was never true to his promises," the voter said.',
        '"Why would he admit it if it wasn\'t true?" the lawyer asked.',
        "The new statute denies the power of arrest to park wardens.",
        "Both of those things were untrue, the ledgers later showed.",
        '"That end of the street is not safe after dark," the officer said.',
    ],
)
def test_same_words_that_deny_no_claim(engine, text):
    assert not newsmodel.extract(text, engine=engine).denials


@pytest.mark.parametrize("engine", ENGINES)
def test_a_repeated_never_said_in_one_quote_is_one_denial(engine):
    art = newsmodel.extract('"I never said it. Read the transcript: I never said it," the senator said.', engine=engine)
    assert len(art.denials) == 1


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, claim",
    [
        ("The club denied the allegations through its lawyer, describing the player as bitter.", "the allegations"),
        ("Analysts have discounted the ministry's claims, but have said exports could recover.", "the ministry's claims"),
        ("The aide quashed rumours he was writing a memoir by tweeting that he was bound by a contract.", "rumours he was writing a memoir"),
        ("The ministry denied the reports of a leak, and the agency has said it will look into them.", "the reports of a leak"),
    ],
)
def test_claim_span_stops_before_the_deniers_own_words(engine, text, claim):
    art = newsmodel.extract(text, engine=engine)
    assert [d.denied.text for d in art.denials if d.denied] == [claim]


_SUBJECTS = ["the treaty", "the budget", "our party", "the new stadium", "his plan"]
_PREDICATES = ["was a mistake", "had failed", "went too far", "is finished", "had been cancelled"]
_SPEAKERS = ["minister", "senator", "governor", "chairwoman"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.sampled_from(_PREDICATES), st.sampled_from(_SPEAKERS))
def test_a_remark_never_said_is_the_denied_claim(subject, predicate, speaker):
    clause = f"{subject} {predicate}"
    text = f'"I have never said {clause}," the {speaker} told reporters.'
    art = newsmodel.extract(text, engine="rules")
    assert [(d.denied.text if d.denied else None) for d in art.denials] == [clause]
    assert speaker in art.actor(art.denials[0].denier).name
