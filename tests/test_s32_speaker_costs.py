"""Helper s32 at stop 48 (issue 13, speed): the subject lookup's time-aside test and the plural people
candidates do less work for the same answers.  Sentences written for this file."""

from __future__ import annotations

from collections import Counter

import pytest

import newsmodel
from newsmodel.extractors import plural_people, time_asides
from tests._engines import ENGINES

_STRIKE = (
    "The hospital porters gathered outside the clinic on Monday with their banners. "
    "They said the new rota was unsafe for patients. Their stewards handed out leaflets to the "
    "visitors, and later they said they would walk out again in June."
)


def _speakers(text: str, engine: str) -> list[tuple[str | None, str | None]]:
    art = newsmodel.extract(text, engine=engine)
    return [(s.source.text if s.source else None, art.actor(s.speaker).name if s.speaker else None) for s in art.statements]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Halvard Brekke earlier in the day said the port would reopen.", "Halvard Brekke"),
        ("Senator Ilse Varga just a week ago announced that the bridge would close.", "Senator Ilse Varga"),
        ("The mayor said on Tuesday that the budget was balanced.", "The mayor"),
    ],
)
def test_a_time_aside_between_subject_and_cue_is_still_passed_over(engine: str, text: str, source: str) -> None:
    assert [s for s, _ in _speakers(text, engine)] == [source], _speakers(text, engine)


def test_the_time_aside_test_reads_no_calendar_list_when_no_time_word_ends_the_span(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the cue stands a name, not a unit, anchor, month or number: the test answers at once
    (before s32 it read the month list and built the unit set at every cue)."""
    newsmodel.extract("Dana Moss said the vote was fair.", engine="rules")  # the word sets are made
    asked: list[str] = []
    real = time_asides.months

    def counting_months() -> frozenset[str]:
        asked.append("months")
        return real()

    monkeypatch.setattr(time_asides, "months", counting_months)
    text = "Dana Moss said the vote was fair. The council chair told reporters the count was over."
    assert [s for s, _ in _speakers(text, "rules")] == ["Dana Moss", "The council chair"]
    assert asked == []


def test_each_token_is_asked_once_whether_it_is_a_plural_people_head(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three plural pronouns whose 1,500-character windows overlap: each noun is tested once for the
    document, not once a pronoun (before s32, once a pronoun)."""
    real = plural_people._plural_people_head
    asked: Counter[int] = Counter()

    def counting(doc, w):  # type: ignore[no-untyped-def]
        asked[w.i] += 1
        return real(doc, w)

    monkeypatch.setattr(plural_people, "_plural_people_head", counting)
    newsmodel.extract(_STRIKE, engine="rules")
    assert asked, "no plural pronoun asked for people nouns"
    assert max(asked.values()) == 1, asked.most_common(3)


@pytest.mark.parametrize("engine", ENGINES)
def test_the_plural_pronouns_still_find_their_people(engine: str) -> None:
    speakers = _speakers(_STRIKE, engine)
    assert [s for s, _ in speakers] == ["They", "they"], speakers

