"""Denials on real-news shapes, stop 41 (issue 14, helper d11): claimants "wrong in their belief
that" a claim, a claim resting on rumour "not hard facts", "Your figures are wrong", a party
corrected "saying ...", a denier inside a sentence-opening "With ..." phrase, a retort calling
"that" a fabrication after a reported claim, "there is no basis for these claims", a candidate's
team as denier, the issuer of "released a statement saying ...", the subject of a verb whose means is
"by denying ..."; the traps beside them: wrong in
a match, "that is wrong" of an act, one's own remarks called wrong, a course corrected, "no basis
for concern", a course urged with "should" then rejected as an idea, a thing "pushing back", a denial
guessed at ("probably would take issue").
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
        ("The coach said the fans were wrong in their belief that he had asked to leave.", "coach"),
        ("The club said the striker's comments about the stadium were based on rumour, not hard facts.", "club"),
        ('"Your figures are wrong," the economist told the minister.', "economist"),
        ("The ministry released a statement on Monday saying the senator's claims were false.", "ministry"),
        ("The professor corrected the governor, saying the river had never flooded the town.", "professor"),
        ("With the bank under pressure and denying rumours of a merger, its shares fell.", "bank"),
        ('The Gazette reported that the coach had bought a yacht. "That is simply a fabrication," the coach\'s agent replied.', "agent"),
        ('"There is no basis for these claims," the team\'s lawyer said.', "lawyer"),
        ("The paper reported that Lind would join the board, but Lind's team denied that she would accept.", "team"),
        ("The treasurer upset the donors by flatly denying that the fund had lost money.", "treasurer"),
        ("The port authority would later deny the report.", "authority"),
    ],
)
def test_real_news_denial_shapes(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The coach said the players were wrong in the first half.",
        '"That is wrong," the bishop said of the attack on the refugees.',
        "The senator said his remarks were wrong and apologised.",
        "The captain corrected the course, saying the wind had shifted.",
        "There is no basis for concern, the minister said.",
        "The host insisted that the mayor should publish her tax returns. The mayor rejected that idea.",
        "The senator's endorsement pushes back on the narrative that the governor is unbeatable.",
        "The decision was based on the budget, not the facts, the judge said.",
        "Some bankers probably would take issue with the claim that rates will fall.",
        "Most historians would likely dispute the notion that the treaty ended the war.",
    ],
)
def test_same_words_without_a_denied_claim(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_reported_claim_is_what_a_fabrication_retort_denies(engine):
    text = 'The Gazette reported that the coach had bought a yacht. "That is simply a fabrication," the coach\'s agent replied.'
    art = newsmodel.extract(text, engine=engine)
    assert [d.denied.text for d in art.denials if d.denied] == ["that the coach had bought a yacht"]


@pytest.mark.parametrize("engine", ENGINES)
def test_with_phrase_claim_ends_at_its_comma(engine):
    art = newsmodel.extract("With the bank under pressure and denying rumours of a merger, its shares fell.", engine=engine)
    assert [d.denied.text for d in art.denials if d.denied] == ["rumours of a merger"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["His comments", "That", "The decision", "Her remarks", "The plan", "What they did"]),
    st.sampled_from(["were wrong", "was wrong", "is simply wrong", "was dead wrong"]),
)
def test_wrong_of_conduct_denies_nothing(subject, verdict):
    """"wrong" said of remarks, an act or a decision judges conduct, not a claim's truth."""
    text = f'"{subject} {verdict}," the bishop said.'
    assert newsmodel.extract(text, engine="rules").denials == ()
