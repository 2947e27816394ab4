"""The data contract: models validate their own invariants."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from newsmodel import Actor, Article, Denial, Event, Span, Statement

TEXT = "Peskov said the report was not true."


def span(start: int, end: int, text: str = TEXT) -> Span:
    return Span.of(text, start, end)


def test_span_text_must_match_its_length():
    with pytest.raises(ValidationError, match="length"):
        Span(start=0, end=3, text="ab")


def test_empty_or_reversed_span_is_rejected():
    with pytest.raises(ValidationError):
        Span(start=3, end=3, text="")
    with pytest.raises(ValidationError):
        Span(start=-1, end=2, text="abc")


def test_valid_article_round_trips_through_json():
    peskov = Actor(id="a1", name="Dmitry Peskov", kind="person", mentions=[span(0, 6)])
    st = Statement(id="s1", speaker="a1", source=span(0, 6), cue=span(7, 11), content=[span(12, 35)])
    d = Denial(id="d1", denier="a1", statement="s1", cue=span(27, 35), denied=span(12, 22))
    art = Article(text=TEXT, actors=[peskov], statements=[st], denials=[d])
    again = Article.model_validate_json(art.model_dump_json())
    assert again == art


def test_span_that_does_not_match_the_text_names_the_field():
    bad = Span(start=0, end=6, text="Putin!")
    with pytest.raises(ValidationError) as info:
        Article(text=TEXT, actors=[Actor(id="a1", name="X", mentions=[bad])])
    err = info.value.errors()[0]
    assert err["loc"] == ("actors", 0, "mentions", 0)
    assert err["type"] == "span_text_mismatch"


def test_span_beyond_the_text_is_rejected():
    far = Span(start=100, end=103, text="abc")
    with pytest.raises(ValidationError) as info:
        Article(text=TEXT, statements=[Statement(id="s1", content=[far])])
    assert info.value.errors()[0]["loc"] == ("statements", 0, "content", 0)


def test_every_wrong_span_is_reported_in_order_with_its_field():
    good, bad, far = span(0, 6), Span(start=0, end=6, text="Putin!"), Span(start=100, end=103, text="abc")
    with pytest.raises(ValidationError) as info:
        Article(
            text=TEXT,
            actors=[Actor(id="a1", name="X", mentions=[good, bad])],
            statements=[Statement(id="s1", cue=far, content=[good])],
            events=[Event(id="e1", type="ACCUSE", trigger=good, location=bad)],
        )
    assert [(e["loc"], e["type"]) for e in info.value.errors()] == [
        (("actors", 0, "mentions", 1), "span_text_mismatch"),
        (("statements", 0, "cue"), "span_outside_text"),
        (("events", 0, "location"), "span_text_mismatch"),
    ]


def test_duplicate_ids_are_rejected_across_collections():
    with pytest.raises(ValidationError) as info:
        Article(
            text=TEXT,
            actors=[Actor(id="x", name="A")],
            statements=[Statement(id="x", content=[span(0, 6)])],
        )
    assert info.value.errors()[0]["type"] == "duplicate_id"
    assert info.value.errors()[0]["loc"] == ("statements", 0, "id")


@pytest.mark.parametrize(
    "kwargs, loc",
    [
        ({"statements": [Statement(id="s1", speaker="nobody", content=[span(0, 6)])]}, ("statements", 0, "speaker")),
        ({"denials": [Denial(id="d1", statement="s9", cue=span(0, 6))]}, ("denials", 0, "statement")),
        ({"actors": [Actor(id="a1", name="A", affiliation="a9")]}, ("actors", 0, "affiliation")),
        ({"events": [Event(id="e1", type="ACCUSE", trigger=span(0, 6), targets=["a7"])]}, ("events", 0, "targets", 0)),
    ],
)
def test_unresolved_references_name_the_field(kwargs, loc):
    with pytest.raises(ValidationError) as info:
        Article(text=TEXT, **kwargs)
    assert info.value.errors()[0]["loc"] == loc
    assert info.value.errors()[0]["type"] == "unresolved_reference"


def test_enumerations_hold():
    with pytest.raises(ValidationError):
        Actor(id="a1", name="A", kind="alien")
    with pytest.raises(ValidationError):
        Event(id="e1", type="PARTY", trigger=span(0, 6))
    with pytest.raises(ValidationError, match="PLOVER mode"):
        Event(id="e1", type="CONSULT", mode="aerial", trigger=span(0, 6))
    with pytest.raises(ValidationError):
        Statement(id="s1", content=[span(0, 6)], confidence=1.5)
    with pytest.raises(ValidationError):
        Statement(id="s1", content=[])


def test_gold_modes_are_known_plover_modes():
    import newsmodel

    for category, mode in [("ASSAULT", "aerial"), ("ACCUSE", "disapprove"), ("SUPPORT", "sign"),
                           ("REJECT", "assist"), ("CONSULT", "visit"), ("RETREAT", "ceasefire")]:
        assert mode in newsmodel.PLOVER_MODES[category]
    assert len(newsmodel.PLOVER_CATEGORIES) == 16
