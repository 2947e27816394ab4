"""Stop 35 (lead): a quotation that opens inside the object's noun phrase.

Without a parse, the rules engine ends an event's object at a quote mark, because a mark after
the verb usually closes the quotation the verb stands in.  A mark right after an article,
possessive or adjective opens one instead ("condemned the “reckless moves of Ruritania”"), and
the actors inside it are what the verb acts on, as the parsed engines read them.  Sentences are our own.
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister condemned the “provocative moves of Japan and China,” his office said.",
        'The foreign minister condemned the "provocative moves of Japan and China," his office said.',
        "The foreign minister condemned their “provocative moves,” naming Japan and China.",
    ],
)
def test_a_scare_quote_in_the_object_keeps_its_actors(engine: str, sentence: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    events = [e for e in article.events if e.trigger.text == "condemned"]
    assert [e.type for e in events] == ["ACCUSE"]
    if "of Japan" in sentence:
        names = {a.name for a in article.actors if a.id in events[0].targets}
        assert names == {"Japan", "China"}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_closing_quote_still_ends_the_object(engine: str) -> None:
    # the verb stands inside a quotation; the mark after its object closes it, and who was told
    # the quotation is not what was condemned
    article = newsmodel.extract("“Japan condemned the raid,” the envoy told China on Friday.", engine=engine)
    events = [e for e in article.events if e.trigger.text == "condemned"]
    assert [e.type for e in events] == ["ACCUSE"]
    assert events[0].targets == ()
