"""Issue 14, helper a15 at stop 40: spaCy statements, precision of the parse-based cue verbs.

* A verb that puts out a text ("released", "issued", "published", "unveiled") whose object
  carries its own cue participle ("a statement saying ...") makes no statement of its own:
  the participle's statement, with the same source, is the one attribution.

Sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import SPACY_ONLY


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    article = newsmodel.extract(text, engine="spacy")
    return [(s.cue.text if s.cue else None, s.source.text if s.source else None, s.content[0].text) for s in article.statements]


@SPACY_ONLY
@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The harbour board released a statement on Monday saying the ferry fares would rise.", "The harbour board", "the ferry fares would rise"),
        ("The museum trustees issued a statement late on Friday calling the auction a mistake.", "The museum trustees", "the auction a mistake"),
    ],
)
def test_the_medium_object_yields_to_its_participle(text: str, source: str, content: str) -> None:
    found = _statements(text)
    assert [(src, c) for _cue, src, c in found] == [(source, content)], found


@SPACY_ONLY
@pytest.mark.parametrize(
    "text",
    [
        "The museum trustees issued a statement calling the auction a mistake.",
        "Mayor Tilda Brandvold unveiled a plan calling for two new bus lanes.",
    ],
)
def test_one_statement_when_the_participle_follows_the_medium(text: str) -> None:
    # the verb's content holds the participle: one statement, whichever cue carries it
    found = _statements(text)
    assert len(found) == 1, found


@SPACY_ONLY
def test_a_release_with_no_words_of_its_own_is_unchanged() -> None:
    # no participle on the object: the rule leaves the verb's own reading alone
    found = _statements("The orchestra released a statement on Friday.")
    assert [cue for cue, _src, _c in found] in ([], ["released"]), found


@SPACY_ONLY
def test_a_stance_verb_keeps_its_statement_beside_the_participle() -> None:
    # "criticized" is no verb of putting out a text: its object is what is criticized
    found = _statements("Senator Ivo Marchetti criticized an advert claiming that the dam was unsafe.")
    assert any(cue == "criticized" for cue, _src, _c in found), found


@SPACY_ONLY
@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(["released", "issued", "published"]),
    st.sampled_from(["statement", "note", "letter"]),
    st.sampled_from(["saying", "claiming"]),
)
def test_no_statement_has_the_bare_medium_as_content(verb: str, noun: str, participle: str) -> None:
    text = f"The league {verb} a {noun} late on Sunday {participle} that the final would be moved."
    for s in newsmodel.extract(text, engine="spacy").statements:
        content = " ".join(piece.text for piece in s.content)
        assert content.lower() not in (f"a {noun}", noun), (s.cue, content)


@SPACY_ONLY
@pytest.mark.parametrize(
    "text",
    [
        "The ferry is late again. That said, the harbour master expects the new boats by May.",
        "Turnout was low in the valley. But that said, the council still won every ward it held.",
        "Ticket prices rose twice. Having said that, the club sold out the whole season.",
    ],
)
def test_a_that_said_connective_is_no_statement(text: str) -> None:
    found = _statements(text)
    assert found == [], found


@SPACY_ONLY
def test_said_with_a_demonstrative_object_keeps_its_statement() -> None:
    # "said that" with a clause, and "That, she said, ..." are reports, not the connective
    found = _statements("The harbour master said that the new boats would come by May.")
    assert [src for _cue, src, _c in found] == ["The harbour master"], found


@SPACY_ONLY
@pytest.mark.parametrize(
    "text, cue",
    [
        ("It is hard to know which ward the new depot will serve.", "to know"),
        ("It is premature to assume that the ferry strike has ended.", "to assume"),
        ("It is a mistake to assume that the tolls will fall next year.", "to assume"),
    ],
)
def test_an_extraposed_it_is_no_source(text: str, cue: str) -> None:
    article = newsmodel.extract(text, engine="spacy")
    mine = [s for s in article.statements if s.cue is not None and s.cue.text == cue]
    for s in mine:
        assert s.source is None and s.speaker is None, s
    assert all(s.source is None or s.source.text.lower() != "it" for s in article.statements), article.statements


@SPACY_ONLY
def test_an_infinitive_with_its_own_for_subject_keeps_it() -> None:
    found = _statements("It was common for commentators to portray the mayor as a loner.")
    assert ("to portray", "commentators") in [(cue, src) for cue, src, _c in found], found


@SPACY_ONLY
def test_a_medium_with_a_topic_keeps_the_verb_statement() -> None:
    # PolNeAR reads "issued a statement on <topic>" as its own attribution, its content the topic
    found = _statements("The union also issued a statement on the pension reform, saying that talks would resume.")
    assert "issued" in [cue for cue, _src, _c in found], found


@SPACY_ONLY
@pytest.mark.parametrize(
    "text",
    [
        "The border guards released the fisherman on Tuesday.",
        "Officials released two aid workers after a week in custody.",
    ],
)
def test_releasing_a_person_is_no_statement(text: str) -> None:
    assert [cue for cue, _src, _c in _statements(text) if cue and "releas" in cue] == [], _statements(text)


@SPACY_ONLY
def test_releasing_a_report_keeps_its_statement() -> None:
    found = _statements("The auditors released a report on the harbour accounts.")
    assert "released" in [cue for cue, _src, _c in found], found
