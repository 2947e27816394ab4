"""One full validation, where the whole Article is known.

The draft makes spans and actors without re-validating values it has
already checked, and the Article checks its cross-cutting invariants in one
quick pass that works out error locations only when something is wrong.
These tests pin that neither shortcut lets bad data through: whatever is
built by hand is still rejected with a ValidationError naming the field,
and what extraction builds passes full validation again from its own dump.
"""

from __future__ import annotations

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Actor, Article, Draft, Event, Provenance, Span, Statement
from newsmodel.testing import strategies as nst

TEXT = (
    "Kremlin spokesman Dmitry Peskov said on Monday that Russia would not attend the talks. "
    "Ukrainian officials accused Moscow of shelling the city, a charge Peskov denied."
)


def test_extracted_articles_pass_full_validation_from_their_own_dump():
    article = newsmodel.extract(TEXT)
    assert article.actors and article.statements  # something to check
    assert Article.model_validate(article.model_dump()) == article
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_objects_built_by_hand_still_get_a_clear_validation_error():
    with pytest.raises(pydantic.ValidationError) as info:
        Span(start=5, end=2, text="abc")
    assert info.value.title == "Span"
    with pytest.raises(pydantic.ValidationError) as info:
        Actor(id="a1", name="", kind="person")
    assert info.value.errors()[0]["loc"] == ("name",)
    with pytest.raises(pydantic.ValidationError) as info:
        Statement(id="s1", content=[Span.of(TEXT, 0, 7)], kind="shouted")
    assert info.value.errors()[0]["loc"] == ("kind",)
    with pytest.raises(pydantic.ValidationError) as info:
        Article(text=TEXT, actors=[Actor(id="a1", name="Peskov", affiliation="a1")])
    assert [(e["loc"], e["type"]) for e in info.value.errors()] == [(("actors", 0, "affiliation"), "self_affiliation")]


def test_spans_made_by_a_draft_are_checked_against_another_article_text():
    draft = Draft(newsmodel.annotate(TEXT))
    peskov = draft.actor_named("Dmitry Peskov", "person")
    draft.add_mention(peskov.id, 18, 31)
    built = draft.build(Provenance())
    other = "x" * len(TEXT)
    with pytest.raises(pydantic.ValidationError) as info:
        Article(text=other, actors=built.actors)
    assert info.value.errors()[0]["loc"] == ("actors", 0, "mentions", 0)
    assert info.value.errors()[0]["type"] == "span_text_mismatch"


def _corrupt(article: Article, how: str) -> tuple[dict, tuple, str] | None:
    """The article's fields with one invariant broken, the error location and type expected; None if it cannot be."""
    fields = dict(article.__dict__)
    actors, statements, events = list(article.actors), list(article.statements), list(article.events)
    if how == "affiliation" and actors:
        fields["actors"] = [actors[0].model_copy(update={"affiliation": "nobody"}), *actors[1:]]
        return fields, ("actors", 0, "affiliation"), "unresolved_reference"
    if how == "speaker" and statements:
        fields["statements"] = [statements[0].model_copy(update={"speaker": "nobody"}), *statements[1:]]
        return fields, ("statements", 0, "speaker"), "unresolved_reference"
    if how == "target" and events:
        fields["events"] = [events[0].model_copy(update={"targets": ("nobody",)}), *events[1:]]
        return fields, ("events", 0, "targets", 0), "unresolved_reference"
    if how == "duplicate" and actors and events:
        fields["events"] = [events[0].model_copy(update={"id": actors[0].id}), *events[1:]]
        return fields, ("events", 0, "id"), "duplicate_id"
    if how == "span" and events:
        trigger = events[0].trigger
        shifted = trigger.model_copy(update={"text": "\x00" * len(trigger.text)})
        fields["events"] = [events[0].model_copy(update={"trigger": shifted}), *events[1:]]
        return fields, ("events", 0, "trigger"), "span_text_mismatch"
    if how == "beyond" and actors and actors[-1].mentions:
        far = Span(start=len(article.text) + 1, end=len(article.text) + 2, text="x")
        last = actors[-1]
        fields["actors"] = [*actors[:-1], last.model_copy(update={"mentions": (*last.mentions, far)})]
        return fields, ("actors", len(actors) - 1, "mentions", len(last.mentions)), "span_outside_text"
    return None


@settings(max_examples=40, deadline=None)
@given(nst.articles(), st.sampled_from(["affiliation", "speaker", "target", "duplicate", "span", "beyond"]))
def test_any_broken_invariant_is_reported_with_its_field(article: Article, how: str):
    assert Article.model_validate(dict(article.__dict__)) == article  # the valid article passes again
    broken = _corrupt(article, how)
    if broken is None:
        return
    fields, loc, kind = broken
    with pytest.raises(pydantic.ValidationError) as info:
        Article.model_validate(fields)
    assert (loc, kind) in [(e["loc"], e["type"]) for e in info.value.errors()]
