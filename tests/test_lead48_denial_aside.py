"""A negator set off from a denial cue by a comma-bounded aside ("did not, however, deny that
...") negates the denial, as "did not deny" does (issue 14, stop 48, lead; h10 found the gap:
the statements' ``negator_before_aside`` was not asked by the denial cue check). Sentences
written for this file."""

from __future__ import annotations

import pytest

import newsmodel
from tests._engines import ENGINES


def _cues(text: str, engine: str) -> list[str]:
    """The cue text of each denial of ``text``."""
    return [d.cue.text for d in newsmodel.extract(text, engine=engine).denials]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The minister did not, however, deny that the talks had failed.",
        "The minister has never, in fact, denied that the talks had failed.",
        "The mayor did not, in her statement, deny that the contract was signed in secret.",
    ],
)
def test_negator_before_an_aside_negates_the_denial(text: str, engine: str) -> None:
    assert _cues(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        # an aside with no negator before it: the denial stands
        "The minister, however, denied that the talks had failed.",
        "Asked on Monday, the minister denied that the talks had failed.",
        # a negator in an earlier clause, not before the aside that precedes the cue
        "The spokesman did not comment, but, in a statement, denied that the talks had failed.",
    ],
)
def test_an_aside_without_a_negator_keeps_the_denial(text: str, engine: str) -> None:
    assert _cues(text, engine) == ["denied"]
