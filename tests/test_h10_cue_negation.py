"""Negated cues on both engines (issue 14, stop 48, helper h10): a negator set off from its cue by
a comma-bounded aside ("did not, however, say when ...") negates the cue, as "did not say" does;
a negator inside a quote or a content that ends before an inverted cue ('"Absolutely not," said
the mayor.', "The offer is not enough, said the farmer.") is the content's, and the cue stands.
Sentences written for this file."""

from __future__ import annotations

import pytest

import newsmodel
from tests._engines import ENGINES


def _cues(text: str, engine: str) -> list[str | None]:
    """The cue text of each statement of ``text``."""
    art = newsmodel.extract(text, engine=engine)
    return [st.cue.text if st.cue else None for st in art.statements]


def _pairs(text: str, engine: str) -> list[tuple[str | None, str | None]]:
    """Each statement of ``text`` as (cue text, source text)."""
    art = newsmodel.extract(text, engine=engine)
    return [(st.cue.text if st.cue else None, st.source.text if st.source else None) for st in art.statements]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The minister did not, however, say when the bridge would reopen.", "say"),
        ("The coach would not, however, say which player was injured.", "say"),
        ("The governor has not, so far, said whether she will run again.", "said"),
        ("The firm did not, in a statement, say why the vote was delayed.", "say"),
        ("The agency did not, as of Friday, say whether the fee would rise.", "say"),
        ("The mayor did not, however, say when the road would reopen, and the council would not either.", "say"),
        ("The landlord has never, in fact, said that the rent would fall.", "said"),
    ],
)
def test_a_negator_before_an_aside_negates_the_cue(text: str, cue: str, engine: str) -> None:
    assert cue not in _cues(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor did not say when the road would reopen.", "say"),
        ("The council never said that the park would close.", "said"),
        ("The mayor, however, did not say when the road would reopen.", "say"),
        ("The board did not immediately say why the vote was delayed.", "say"),
    ],
)
def test_a_cue_negated_without_an_aside_stays_negated(text: str, cue: str, engine: str) -> None:
    assert cue not in _cues(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ('"Absolutely not," said the mayor.', "said", "the mayor"),
        ('"The answer is no," said Ms. Okafor.', "said", "Ms. Okafor"),
        ('"It was not me" said the driver.', "said", "the driver"),
        ("The offer is not nearly enough, said the union leader.", "said", "the union leader"),
        ("The deal is not dead, a spokesman for the ministry said.", "said", "a spokesman for the ministry"),
        ("The bridge is not closed, said the minister, but traffic will be slow.", "said", "the minister"),
        ("The minister said, however, that the bridge would reopen in May.", "said", "The minister"),
        ("The farmer said the offer is not enough.", "said", "The farmer"),
    ],
)
def test_a_negator_in_the_content_leaves_the_cue(text: str, cue: str, source: str, engine: str) -> None:
    assert (cue, source) in _pairs(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_negator_after_the_quote_still_negates_the_cue(engine: str) -> None:
    text = '"We will see," the coach did not say, though fans hoped he would.'
    assert "say" not in _cues(text, engine)
