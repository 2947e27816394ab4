"""Denials on real-news shapes, stop 42 (issue 14, helper d12): a statement set "contrary to" a
claim, a party decrying a claim it calls false ("Slams 'Groundless' Accusations"), an aside "as <X> alleges but <Y> denies", a claimant said to have made up or invented a
story, an event just reported said never to have happened, a headline's quoted "I did not <wrongful
act>", the claim ending before the denier's own aside (", saying ...", ", with ...") or a relative
clause's comma; the traps beside them: "denial of" a reality or a question clause (refusing to face
facts), "contrary to expectations", false claims spread (the writer's verdict), a smear campaign
condemned, "fake news" as a label, the writer's own "contrary to his claims", "made up" a share,
a plain "never happened", a headline's plain negated quote, a verdict in what someone refuses to
admit ("refusing to concede that any of the numbers were wrong").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES
from ._engines import deniers as _deniers


def _denied(text: str, engine: str) -> list[str | None]:
    art = newsmodel.extract(text, engine=engine)
    return [d.denied.text if d.denied else None for d in art.denials]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ("Contrary to the landlord's claims, city officials say the flats were never heated.", "officials"),
        ("If the mill is dumping waste in the river -- as the anglers have charged but the company denies -- the fines could be large.", "company"),
        ('The goalkeeper told reporters he believed the agent had "invented the story."', "goalkeeper"),
        ("The magazine reported that the judge had dined with the defendant. The judge said the dinner never took place.", "judge"),
        ("Commissioner: 'I Never Took a Bribe'", "Commissioner"),
        ("Militia: 'We Never Attacked the Convoy'", "Militia"),
        ("Oslo Slams 'Groundless' Spying Accusations", "Oslo"),
        ("The bank condemned the baseless allegations in a short statement.", "bank"),
        ("Governor Hits Back at 'Smear' Over Pension Fund", "Governor"),
    ],
)
def test_real_news_denial_shapes(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The bishop warned of a growing denial of the extent of the famine.",
        "Their policy is a denial of what the country needs, the senator said.",
        "Contrary to expectations, the museum said visitor numbers rose.",
        "Contrary to his claims, he never served in the navy.",
        "The union said nurses make up half the hospital's staff.",
        "The concert never happened because of the flood, the promoter said.",
        "Striker: 'We Did Not Deserve to Win'",
        "Winger: 'We Did Not Attack Enough'",
        "The blogger spread false claims about the count for weeks.",
        "The mayor condemned the smear campaign against her deputy.",
        "Senator Slams 'Fake News' Networks",
        "The two mayors mocked the auditors while refusing to admit that any of their figures were wrong.",
    ],
)
def test_same_words_without_a_denied_claim(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_as_alleged_claim_is_the_clause_before_the_aside(engine):
    text = "If the mill is dumping waste in the river -- as the anglers have charged but the company denies -- the fines could be large."
    assert _denied(text, engine) == ["the mill is dumping waste in the river"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, claim",
    [
        ("The coach rejected the idea that his side was tired, saying the players had run more than their rivals.", "the idea that his side was tired"),
        ("The council has denied the flooding took place, with its leader calling the photographs old.", "the flooding took place"),
        ("Ana Cruz, who has dismissed the report about the harbour, spoke to the board on Monday.", "the report about the harbour"),
    ],
)
def test_claim_ends_before_the_deniers_aside(engine, text, claim):
    assert _denied(text, engine) == [claim]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["reality", "the scale of the losses", "the extent of the damage", "who the real culprit is", "what the voters want", "the threat"]),
    st.sampled_from(["a continued denial of", "the denial of", "their denial of", "this denial of"]),
)
def test_denial_of_unfaced_facts_denies_nothing(what, phrase):
    """"denial of" a reality, an extent or a question clause is refusing to face facts: no claim."""
    text = f"The senator spoke of {phrase} {what}."
    assert newsmodel.extract(text, engine="rules").denials == ()
