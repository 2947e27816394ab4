"""Verb + object triggers whose object stands before the verb (issue 14 dev batch 22, f1): the
noun a past participle modifies ("the rations shipped by Norway"), and, with traps, the same
shapes around goods that are trade ("the cars shipped by Kia"). Parse only (spaCy engine).

The sentences are written for these tests (none copied from a corpus, none taken from the dev file).
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import SPACY

pytestmark = pytest.mark.skipif(not SPACY, reason="spaCy model not installed")


def _events(text: str):
    return newsmodel.extract(text, engine="spacy").events


@pytest.mark.parametrize(
    ("text", "category", "trigger"),
    [
        ("Blankets shipped by Norway to Chad arrived on Sunday, the agency said.", "AID", "shipped"),
        ("Soldiers dispatched by Rwanda to the capital began patrols on Monday, officials said.", "MOBILIZE", "dispatched"),
    ],
)
def test_participle_on_its_object_names_the_event(text, category, trigger):
    assert any(e.type == category and trigger in e.trigger.text for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "The cars shipped by Kia to Europe last month rose 8 percent, the company said.",
        "Letters sent by readers in May praised nothing and blamed nobody, the editor wrote.",
    ],
)
def test_participle_on_goods_for_sale_is_no_aid(text):
    assert not any(e.type in ("AID", "MOBILIZE") for e in _events(text))
