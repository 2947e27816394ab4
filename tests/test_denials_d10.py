"""Denials on real-news shapes, stop 40 (issue 14, helper d10): a speaker calling someone wrong to
make a claim ("said the auditor was 'dead wrong' to claim ...", "'Wrong' to Call Me a Cheat"), a
claim called "a bald-faced lie" through a demonstrative ("called that story a ..."), a bare "that"
called false standing for a claim just reported, "said the ad mischaracterized her record", a
report corrected, "no plans to" answering a report, a reply negating a reported claim, the
rules engine's passive with a claim clause and an apposed subject ("the chairman, X, dismissed
criticism"); the traps beside them: wrong to act, one's own "I was wrong to say", "it would be
wrong to say", a proposal called preposterous, an effect that distorts, one's own figures
corrected, "no plans" with no claim, a reply to a question.  Sentences written for these tests."""

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
        ('The treasurer said the columnist was "dead wrong" to claim that the fund had lost money.', "treasurer"),
        ("The striker insisted that the pundit was wrong to say he had faked the fall.", "striker"),
        ("Senator Lindqvist: Rival 'Totally Wrong' to Call Me a Cheat", "Lindqvist"),
        ('The minister said his critic is "flat wrong" for saying he sold the farm to a friend.', "minister"),
        ('The coach called that story on Monday a "bald-faced lie."', "coach"),
        ('The mayor said the dockers had broken the deal. The dockers\' leader called that "utterly absurd."', "leader"),
        ("The governor said the flyer mischaracterized his vote on the water bill.", "governor"),
        ("A spokesman said the panel had misrepresented the senator's testimony about the loan.", "spokesman"),
        ("The navy corrected the report, saying the ship had been in port all week.", "navy"),
        ("Asked about reports that the bank would leave the city, a spokesman said it had no plans to move.", "spokesman"),
        ("Critics said the mayor had hidden the survey. The mayor replied that she had never seen the survey before May.", "mayor"),
        ("The trainers rejected any implication that the horse had been given drugs.", "trainers"),
    ],
)
def test_real_news_denial_shapes(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The treasurer said the board was wrong to sell the old stadium.",
        "Fans said the club was wrong to call a press conference so late.",
        '"I was wrong to say the bridge would be ready," the engineer admitted.',
        '"It would be wrong to say the crisis is over," the minister said.',
        'The mayor proposed a toll on the bridge. The drivers called that "utterly absurd."',
        "Officials said cheap loans were distorting the housing market.",
        "The bureau corrected its own jobs figures on Tuesday.",
        "The bakery has no plans to open on Sundays, its owner said.",
        "The senator asked whether the mayor would run again. The mayor replied that she had not decided.",
        "The judge rejected the implication of the new law for landlords.",
    ],
)
def test_same_words_without_a_denied_claim(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier, claim",
    [
        ("Rumours that the club would be sold were rejected by its chairman.", "chairman", "Rumours that the club would be sold"),
        ("The claims were dismissed by the ministry.", "ministry", "The claims"),
    ],
)
def test_passive_denial_claim_is_the_subject(engine, text, denier, claim):
    art = newsmodel.extract(text, engine=engine)
    got = [(art.actor(d.denier).name if d.denier else None, d.denied.text if d.denied else None) for d in art.denials]
    assert len(got) == 1 and denier.lower() in (got[0][0] or "").lower() and got[0][1] == claim, got


@pytest.mark.parametrize("engine", ENGINES)
def test_apposed_subject_dismissing_criticism(engine):
    text = "The party's treasurer, Olga Brandt, dismissed criticism of the budget as a rival's talking points."
    assert any(d and "Brandt" in d for d in _deniers(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
def test_wrong_to_say_claim_is_the_clause_after_the_verb(engine):
    art = newsmodel.extract("The striker insisted that the pundit was wrong to say he had faked the fall.", engine=engine)
    assert [d.denied.text for d in art.denials if d.denied] == ["he had faked the fall"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["cut the budget", "sell the land", "close the school", "hire a new coach", "call an election"]),
    st.sampled_from(["wrong", "dead wrong", '"flat wrong"', "mistaken"]),
)
def test_wrong_to_act_denies_nothing(act, verdict):
    """Calling someone wrong to do something (not to say something) denies no claim."""
    text = f"The mayor said the council was {verdict} to {act}."
    assert newsmodel.extract(text, engine="rules").denials == ()
