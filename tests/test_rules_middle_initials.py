"""The rules engine keeps a name with a middle initial whole ("Loretta E. Lynch"): the initial's
full stop ends neither the sentence nor the name -- unless the word before the letter is a common
word ("Plan B."), where the stop may end a sentence. (A split here once made "Lynch" a verb at a
sentence start, and the PolNeAR speaker of many statements was lost.)"""

from __future__ import annotations

import pytest

import newsmodel


def _names(text: str) -> list[str]:
    return sorted(a.name for a in newsmodel.extract(text, engine="rules").actors)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Attorney General Maria T. Lynch said the inquiry would continue.", "Maria T. Lynch"),
        ("Senator Harold J. Grant told reporters the bill was dead.", "Harold J. Grant"),
        ("The award went to Amina K. Osei on Tuesday.", "Amina K. Osei"),
    ],
)
def test_a_middle_initial_stays_inside_the_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_the_speaker_with_a_middle_initial_is_found() -> None:
    doc = newsmodel.extract("Maria T. Lynch said the department would review the case.", engine="rules")
    assert [doc.actor(s.speaker).name for s in doc.statements if s.speaker] == ["Maria T. Lynch"]


def test_a_letter_after_a_common_word_may_end_the_sentence() -> None:
    doc = newsmodel.extract("The fallback was called Plan B. Officials said it had failed.", engine="rules")
    assert "Plan B. Officials" not in _names(doc.text)
    speakers = [doc.actor(s.speaker).name.lower() for s in doc.statements if s.speaker]
    assert "officials" in speakers
