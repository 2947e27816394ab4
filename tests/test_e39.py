"""Stop 37, e39: event recall on real political news (issue 14, dev batch 79).

The causes of missed events found in a hand-made gold of PolNeAR train articles, each checked
through the public API with our own sentences, beside traps of the same words that name no
event: criticism told as "went after" a party, "took a whack at" and "rebutted" a party's
proposal; pressure "into" + a gerund; "acquiesced"; a party embraced; and an event in an "after"
adverbial under a promise, which is a fact of its own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES, SPACY_ONLY


def _types(text: str, engine: str, trigger: str) -> list[str]:
    article = newsmodel.extract(text, engine=engine)
    return [e.type for e in article.events if e.trigger.text.split()[0] == trigger]


@pytest.mark.parametrize("engine", ENGINES)
def test_went_after_a_party_is_criticism(engine: str) -> None:
    article = newsmodel.extract("The senator went after the governor on Friday over the flood money.", engine=engine)
    (event,) = [e for e in article.events if e.trigger.text.startswith("went")]
    assert event.type == "ACCUSE"
    assert {article.actor(a).name for a in event.targets} == {"governor"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The young lawyer went after the nomination with a small staff.",
        "Collectors went after the rare stamps as soon as the auction opened.",
        "Police went after the gang in the hills.",
    ],
)
def test_went_after_a_goal_or_with_force_is_no_criticism(engine: str, sentence: str) -> None:
    assert "ACCUSE" not in _types(sentence, engine, "went")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_whack_at_a_party_is_criticism_and_at_a_ball_none(engine: str) -> None:
    assert _types("The former governor took a whack at the president's trade record.", engine, "took") == ["ACCUSE"]
    assert newsmodel.extract("The boy took a whack at the ball with a stick.", engine=engine).events == ()


@pytest.mark.parametrize("engine", ENGINES)
def test_rebutting_a_partys_proposal_is_criticism(engine: str) -> None:
    assert _types("The finance minister rebutted the senator's proposal on fuel subsidies.", engine, "rebutted") == ["ACCUSE"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence, trigger",
    [
        ("The union pressured the city council into delaying the vote on pensions.", "pressured"),
        ("Senator Okafor coaxed the committee chairman into holding a second hearing.", "coaxed"),
        ("The activists goaded the governor into signing the bill.", "goaded"),
    ],
)
def test_pressure_into_a_gerund_is_a_request(engine: str, sentence: str, trigger: str) -> None:
    assert _types(sentence, engine, trigger) == ["REQUEST"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("sentence", ["The farmer pushed the cart into the barn before the rain.", "The chef coaxed the dough into a thin sheet."])
def test_a_thing_pushed_into_a_place_is_no_request(engine: str, sentence: str) -> None:
    assert newsmodel.extract(sentence, engine=engine).events == ()


@pytest.mark.parametrize("engine", ENGINES)
def test_acquiescing_is_a_concession(engine: str) -> None:
    assert _types("The two governors acquiesced in the board's decision to raise rates.", engine, "acquiesced") == ["CONCEDE"]


@SPACY_ONLY
def test_embracing_a_party_is_support() -> None:
    article = newsmodel.extract("The union chief moved fast to embrace the nominee after the primary.", engine="spacy")
    assert [e.type for e in article.events if e.trigger.text == "embrace"] == ["SUPPORT"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    ["The senator embraced his daughter after the vote.", "The governor embraced the idea of a four-day school week.", "Fans embraced the new stadium design."],
)
def test_embracing_a_relative_or_an_idea_is_no_support(engine: str, sentence: str) -> None:
    assert "SUPPORT" not in _types(sentence, engine, "embraced")


@SPACY_ONLY
def test_a_meeting_in_an_after_adverbial_under_a_promise_is_its_own_event() -> None:
    article = newsmodel.extract(
        "The two candidates promised to work together after a meeting at the party headquarters on Thursday.", engine="spacy"
    )
    meetings = [e for e in article.events if e.trigger.text == "meeting"]
    assert [e.type for e in meetings] == ["CONSULT"]
    assert meetings[0].factuality != "hypothetical"


@SPACY_ONLY
def test_a_meeting_promised_stays_part_of_the_promise() -> None:
    article = newsmodel.extract("The minister promised to hold a meeting with the union after the holiday.", engine="spacy")
    assert [e.type for e in article.events] == ["AGREE"]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["nomination", "prize", "rare stamps", "record", "title"]), st.sampled_from(["went", "came"]))
def test_went_after_a_thing_never_criticises(thing: str, verb: str) -> None:
    # a goal or a thing pursued with no party's name on it is no criticism, whatever it is
    text = f"The young lawyer {verb} after the {thing} with a small staff."
    assert all(e.type != "ACCUSE" for e in newsmodel.extract(text, engine="rules").events)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The charity rebutted the ministry's accusation that it had misused the grant.",
        "The mayor must rebut the council's claims about the budget.",
        "The senators acquiesced to the narrative that tax cuts should wait.",
    ],
)
def test_a_claim_rebutted_or_an_idea_acquiesced_in_is_no_act(engine: str, sentence: str) -> None:
    # words answered (claims_answered): no criticism, no concession
    found = [e.type for e in newsmodel.extract(sentence, engine=engine).events if e.trigger.text.startswith(("rebut", "acquiesc"))]
    assert found == []


@pytest.mark.parametrize("engine", ENGINES)
def test_acquiescing_to_a_partys_demand_stays_a_concession(engine: str) -> None:
    assert _types("The mayor acquiesced to the union's demand for a pay review.", engine, "acquiesced") == ["CONCEDE"]


@pytest.mark.parametrize("engine", ENGINES)
def test_embracing_a_partys_views_is_no_support_of_the_party(engine: str) -> None:
    assert "SUPPORT" not in _types("The governor has embraced Senator Ruiz's hard-line views on trade.", engine, "embraced")
