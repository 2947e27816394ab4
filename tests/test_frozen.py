"""Articles are immutable: frozen models with tuple collections; the Draft is the one builder."""

from __future__ import annotations

import pydantic
import pytest

import newsmodel
from newsmodel.testing import registered_extractor

TEXT = "“We are ready,” Kremlin spokesman Dmitry Peskov said. Russia attacked Ukraine on Monday."


@pytest.fixture(scope="module")
def article():
    return newsmodel.extract(TEXT)


def test_collections_reject_in_place_change(article):
    assert article.statements and article.actors and article.actors[0].mentions
    for collection in (article.actors, article.statements, article.actors[0].mentions, article.statements[0].content,
                       article.provenance.extractors):
        assert isinstance(collection, tuple)
        with pytest.raises(AttributeError):
            collection.append(collection[0])  # type: ignore[attr-defined]


def test_fields_reject_assignment(article):
    with pytest.raises(pydantic.ValidationError):
        article.title = "changed"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        article.actors[0].name = "changed"  # type: ignore[misc]


def test_a_changed_copy_leaves_the_original_alone(article):
    copy = article.model_copy(update={"title": "changed"})
    assert copy.title == "changed" and article.title is None
    assert newsmodel.Article.model_validate(article.model_dump()) == article


def test_the_draft_updates_an_actor_by_swapping_a_validated_copy():
    seen = {}

    def retitle(doc, draft):
        peskov = next(a for a in draft.actors if a.name == "Dmitry Peskov")
        seen["before"] = peskov.titles
        draft.update_actor(peskov.id, titles=["press secretary"])
        with pytest.raises(ValueError):
            draft.update_actor(peskov.id, mentions=())
        with pytest.raises(pydantic.ValidationError):
            draft.update_actor(peskov.id, kind="planet")

    with registered_extractor(retitle, order=150, requires=("actors",)) as name:
        art = newsmodel.extract(TEXT, extractors=[name])
    peskov = next(a for a in art.actors if a.name == "Dmitry Peskov")
    assert seen["before"] == ("Kremlin spokesman",) and peskov.titles == ("press secretary",)
