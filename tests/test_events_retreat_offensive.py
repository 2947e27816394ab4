"""RETREAT for a halted or suspended offensive (issue 14, dev batch 29, e12): the PLOVER manual's
RETREAT covers "observing a ceasefire or otherwise ending active conflicts", and a force halting its
offensive is that act carried out, not promised. Sentences are written for these tests; the dev
cases live in ``tests/data/events_dev.tsv``."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The militia halted its offensive on the airport on Friday after talks with local elders.",
        "The army suspended its offensive in the north for the holiday, a spokesman said.",
    ],
)
def test_halting_an_offensive_is_a_retreat(engine, text):
    assert "RETREAT" in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_halting_other_things_is_no_retreat(engine):
    # "halt" alone is no trigger: only its object "offensive" makes the event
    assert "RETREAT" not in types("The factory halted production on Friday after a fire.", engine)
