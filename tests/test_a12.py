"""Issue 14, helper a12 at stop 39: cue nouns on the rules engine (no parse).

A possessor + a noun of ``cue_nouns.tsv`` + its content in one of the noun's frames is a
statement whose speaker is the possessor ("X's claim that ...", "X's pledge to ...", "X's call
for ...", "Under X's plan, CLAUSE"); see ``newsmodel/extractors/statements/possessed_cue_nouns.py``.

Sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel


def _by_cue(article, cue: str):  # type: ignore[no-untyped-def]
    return [s for s in article.statements if s.cue is not None and s.cue.text == cue]


def _speaker_name(article, statement) -> str | None:  # type: ignore[no-untyped-def]
    actor = article.actor(statement.speaker) if statement.speaker else None
    return actor.name if actor is not None else None


@pytest.mark.parametrize(
    ("text", "cue", "source", "speaker", "content"),
    [
        ("Senator Ilse Varga's claim that the reservoir was full proved wrong.", "claim", "Senator Ilse Varga's", "Ilse Varga", "that the reservoir was full"),
        ("The mayor's promise to repave Elm Street won praise.", "promise", "The mayor's", "mayor", "to repave Elm Street"),
        ("Hana Lutz’s pledge to quit the board surprised few.", "pledge", "Hana Lutz’s", "Hana Lutz", "to quit the board"),
        ("Governor Tomas Reyes's call for a recount was rejected.", "call for", "Governor Tomas Reyes's", "Tomas Reyes", "a recount"),
        ("The union rejected Ms. Okoro's assertion that wages had risen.", "assertion", "Ms. Okoro's", "Okoro", "that wages had risen"),
        ("Under Governor Tomas Reyes's plan, bus fares would drop by half.", "plan", "Governor Tomas Reyes's", "Tomas Reyes", "bus fares would drop by half"),
    ],
)
def test_a_possessed_cue_noun_is_its_possessors_statement(text: str, cue: str, source: str, speaker: str, content: str) -> None:
    article = newsmodel.extract(text, engine="rules")
    found = _by_cue(article, cue)
    assert len(found) == 1
    st_ = found[0]
    assert st_.source is not None and st_.source.text == source
    assert _speaker_name(article, st_) == speaker
    assert [c.text for c in st_.content] == [content]


def test_the_content_of_a_subject_phrase_stops_before_its_verb() -> None:
    # "was false" is said of the claim, not part of it; a clause of the content's own keeps its verbs
    article = newsmodel.extract("Ms. Okoro's assertion that wages rose and prices fell was denied.", engine="rules")
    assert [c.text for s in _by_cue(article, "assertion") for c in s.content] == ["that wages rose and prices fell"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("That's a claim that nobody believes.", "claim"),  # "'s" for "is": no possessor
        ("Tuesday's claim that the dam leaked was false.", "claim"),  # a time, no actor
        ("The firm's message that emerged from the talks was brief.", "message"),  # relative "that" + verb
        ("The port authority's decision to close the pier angered fishermen.", "decision"),  # an act decided, not words said
    ],
)
def test_no_statement_without_a_speaking_possessor_or_a_content_frame(text: str, cue: str) -> None:
    article = newsmodel.extract(text, engine="rules")
    assert not [s for s in _by_cue(article, cue) if s.source is not None and s.source.text.endswith(("'s", "’s"))]


def test_a_claim_inside_another_statements_content_is_that_statement() -> None:
    # as the parse-based cue_nouns: the reporting verb's speaker holds the whole phrase
    article = newsmodel.extract("Ana Ruiz said Reyes's claim that the bridge was safe was wrong.", engine="rules")
    assert _by_cue(article, "claim") == []
    assert [_speaker_name(article, s) for s in article.statements] == ["Ana Ruiz"]


_NAMES = ["Ilse Varga", "Tomas Reyes", "Hana Lutz", "Piet Morandi", "Oona Keller"]
_NOUNS = ["claim", "assertion", "accusation", "suggestion", "warning"]


@settings(max_examples=25, deadline=None)
@given(name=st.sampled_from(_NAMES), noun=st.sampled_from(_NOUNS), apostrophe=st.sampled_from(["'s", "’s"]))
def test_possessor_source_and_content_never_overlap(name: str, noun: str, apostrophe: str) -> None:
    text = f"Senator {name}{apostrophe} {noun} that the canal had flooded was disputed."
    article = newsmodel.extract(text, engine="rules")
    found = _by_cue(article, noun)
    assert len(found) == 1
    s = found[0]
    assert s.source is not None and s.source.text.endswith(apostrophe)
    assert _speaker_name(article, s) == name
    assert [c.text for c in s.content] == ["that the canal had flooded"]
    assert all(s.source.end <= c.start for c in s.content)
