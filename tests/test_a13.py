"""Issue 14, helper a13 at stop 40: speakers and actors on both engines.

* "you" is the addressee: no rule resolves it, so a source "you" keeps no speaker and
  "you" is no mention of the last person named (the rules engine took the nearest person).

Sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES


def _mention_texts(article, text: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {a.name: [text[m.start : m.end] for m in a.mentions] for a in article.actors}


@pytest.mark.parametrize("engine", ENGINES)
def test_you_in_a_quote_is_no_mention_of_the_speaker(engine: str) -> None:
    text = (
        'Senator Mara Quill met Governor Dan Ruiz on Friday. "You promised the teachers a raise," '
        "Quill said. "
    )
    article = newsmodel.extract(text, engine=engine)
    mentions = _mention_texts(article, text)
    assert all(m.lower() != "you" for ms in mentions.values() for m in ms), mentions
    for e in (e for e in article.events if e.trigger.text == "promised"):
        assert "Mara Quill" not in [article.actor(a).name for a in e.agents], e


@pytest.mark.parametrize("engine", ENGINES)
def test_a_you_source_has_no_speaker(engine: str) -> None:
    text = 'Pavel Orsk is the new coach. "If you want a title, you buy a striker," he wrote.'
    article = newsmodel.extract(text, engine=engine)
    for s in article.statements:
        if s.source is not None and s.source.text.lower() == "you":
            assert s.speaker is None, s


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Lina Marsh", "Governor Otto Kell", "Judge Rosa Imbert"]), st.sampled_from(["said", "told reporters", "wrote"]))
def test_you_never_joins_a_named_person(name: str, cue: str) -> None:
    text = f'{name} spoke first. "You know the roads are closed," {name.split()[-1]} {cue}.'
    article = newsmodel.extract(text, engine="rules")
    for a in article.actors:
        assert all(text[m.start : m.end].lower() != "you" for m in a.mentions), a


def _speaker_of(article, cue: str) -> str | None:  # type: ignore[no-untyped-def]
    for s in article.statements:
        if s.cue is not None and s.cue.text == cue and s.speaker:
            return article.actor(s.speaker).name
    return None


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "agent"),
    [
        ("Governor Lena Brandt backs the new water deal with Idaho.", "backs", "SUPPORT", "Lena Brandt"),
        ("Prime Minister Tarek Salem meets the Qatari emir in Doha today.", "meets", "CONSULT", "Tarek Salem"),
        ("Mayor Dina Holt attacks the transit plan as wasteful.", "attacks", "ACCUSE", "Dina Holt"),
    ],
)
def test_a_names_verb_in_s_before_its_object_is_a_verb_on_rules(text: str, trigger: str, kind: str, agent: str) -> None:
    article = newsmodel.extract(text, engine="rules")
    got = [(e.type, [article.actor(a).name for a in e.agents]) for e in article.events if e.trigger.text == trigger]
    assert got == [(kind, [agent])], got


@pytest.mark.parametrize(
    "text",
    [
        "The Varga emails the inspectors reviewed were mostly routine.",
        "Pieter Fletcher hosts the morning show on a local radio station.",
    ],
)
def test_no_event_from_an_s_word_after_a_determiner_and_name_or_without_event_sense(text: str) -> None:
    assert newsmodel.extract(text, engine="rules").events == ()


@pytest.mark.parametrize("engine", ENGINES)
def test_he_continues_the_main_subject_not_a_subordinate_clauses(engine: str) -> None:
    text = (
        "Governor Piet Farr, a Democrat, predicted that his party would keep the seat if Senator Omar Vail wins "
        'the primary.\n\n"That is not even close," he said.'
    )
    article = newsmodel.extract(text, engine=engine)
    assert _speaker_of(article, "said") == "Piet Farr"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Senator Ana Ruiz is expected to announce her run on Monday.", "expected"),
        ("The primaries known as Super Tuesday fall early in March.", "known"),
        ("The old mill was widely described as a ruin until last year.", "described"),
    ],
)
def test_the_subject_of_an_agentless_passive_cue_is_no_speaker(engine: str, text: str, cue: str) -> None:
    article = newsmodel.extract(text, engine=engine)
    for s in article.statements:
        if s.cue is not None and s.cue.text == cue:
            assert s.source is None and s.speaker is None, s


def test_an_agentless_passive_cue_keeps_a_sourceless_statement_on_rules() -> None:
    article = newsmodel.extract("Senator Ana Ruiz is expected to announce her run on Monday.", engine="rules")
    assert [(s.cue.text, s.source) for s in article.statements if s.cue is not None] == [("expected", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The farm ministry is worried that the dam will fail.", "ministry"),
        ("Mayor Tilde Brun said on Friday that the bridge would reopen.", "Tilde Brun"),
        ("Rafael Ocampo has said he will not run again.", "Rafael Ocampo"),
    ],
)
def test_an_active_cue_or_a_feeling_keeps_its_subject_as_speaker(text: str, speaker: str) -> None:
    article = newsmodel.extract(text, engine="rules")
    assert [article.actor(s.speaker).name for s in article.statements if s.speaker] == [speaker]
