"""Event precision on real political news, both engines (stop 40, e48; dev batch 93): "barring"
as a preposition, a quality a thing offers, a field "killed", campaign money in a passive, a
stance held in a "which" clause, a private sale agreed, and -- rules engine -- "demonstrated" as
showed, an -ing modifier of a business noun, an event noun after a gerund "calling for"; each
beside real events of the same words.

Our own sentences, of the shapes found in a hand judgment of every event on PolNeAR train
(random.Random(440).sample(train, 40)[:10])."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Barring a strike by the pilots, the airline expects a record summer.",
        "The ruling bloc will hold the seat, barring a rival candidate the unions could rally behind.",
        "The harbour hotel offers one clear advantage: it is next to the ministry.",
        "Leasing the buses rather than buying them offers a degree of flexibility.",
        "The columnist wrote that cable pundits were killing serious debate.",
        "Endless court fights are killing tourism on the island, the mayor said.",
        "She attacked radio spots against her funded by a group of timber barons.",
        "The mayor's reelection campaign was funded mostly by hotel owners.",
        "The council wants a tram line to the airport, which the mayor also supports.",
        "He agreed to sell the yacht to a retired banker in Monaco.",
    ],
)
def test_no_event_in_these_shapes(engine: str, text: str) -> None:
    assert not types(text, engine) - {"ACCUSE"}  # "attacked radio spots" is criticism


@pytest.mark.parametrize(
    "text",
    [
        "The senator has a talent for detail, as he demonstrated at the budget hearing.",
        "Vance, a partner at a tax and consulting company, said the audit was fair.",
        "The former envoy received consulting fees from three shipping firms.",
        "Bryce runs Harbor Line, a marine consulting firm for ports and ferry lines.",
    ],
)
def test_rules_no_event_in_these_shapes(text: str) -> None:
    assert types(text, "rules") == set()


def test_rules_the_noun_a_call_asks_for_is_no_second_event() -> None:
    assert types("The party chairman urged those calling for the governor's withdrawal to be patient.", "rules") == {"REQUEST"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Serbia is barring two rights groups from entering its territory.", "REJECT"),
        ("The government offered the striking dockers a pay rise of five percent.", "AGREE"),
        ("Gunmen killed four policemen near the border on Sunday.", "ASSAULT"),
        ("Iran has funded the militia for a decade, the report said.", "AID"),
        ("Thousands of teachers demonstrated outside the parliament on Monday.", "PROTEST"),
        ("India agreed to buy 36 fighter jets from France.", "AGREE"),
    ],
)
def test_the_same_words_in_real_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@settings(max_examples=20, deadline=None)
@given(
    case=st.sampled_from(["a surprise", "a late collapse in the talks", "a scandal", "any setback", "an upset in the north"]),
    main=st.sampled_from(["the incumbent will win a third term", "the coalition keeps its majority", "the bill passes in May"]),
)
def test_barring_a_case_is_no_refusal(case: str, main: str) -> None:
    """Whatever the case excepted and the main clause, "barring" that opens its phrase names no
    refusal (rules engine)."""
    assert "REJECT" not in types(f"Barring {case}, {main}.", "rules")
    assert "REJECT" not in types(f"{main[0].upper()}{main[1:]}, barring {case}.", "rules")


@settings(max_examples=20, deadline=None)
@given(
    thing=st.sampled_from(["The old ferry", "The new terminal", "Renting a car", "The harbour route"]),
    quality=st.sampled_from(["a fine view of the bay", "one advantage", "a measure of privacy", "a glimpse of the old town"]),
)
def test_a_quality_offered_is_no_offer(thing: str, quality: str) -> None:
    """What a thing offers, when it is a quality, is no AGREE (rules engine)."""
    assert "AGREE" not in types(f"{thing} offers {quality}.", "rules")
