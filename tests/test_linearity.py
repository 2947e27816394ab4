"""Extraction does work in proportion to the text: doubling the text at most
(about) doubles the work.

Work is counted, not timed: the number of Python source lines executed
during ``newsmodel.extract`` (``sys.settrace`` line events).  The count does
not depend on the machine or its load, so the test cannot flake on a busy
machine, and it catches a rule that rescans the whole article for every cue,
mention or event: such a rule adds work growing with the square of the length.
Wall-clock speed is measured by ``benchmarks/throughput.py``, not here.

The texts are invented: paragraphs with new names in each (so the actors,
mentions, statements, denials and events all grow with the text), a run-on
text with no sentence end at all, and one person named throughout (one
actor whose mentions grow with the text, so that a pass over an actor's
mentions for each new mention shows).
"""

from __future__ import annotations

import itertools
import sys

import pytest

import newsmodel

_SURNAMES = [(a + b + c + "ar").capitalize() for a, b, c in itertools.product("bdgklmnprstvz", "aeiou", "bdgklmnprstvz")]


def _name(k: int) -> str:
    return _SURNAMES[k % len(_SURNAMES)]


def prose(paragraphs: int) -> str:
    """News-like paragraphs, each with new people: quotes, reported speech, a denial, events, dates."""
    out = []
    for i in range(paragraphs):
        first, last, other = _name(7 * i), _name(7 * i + 3) + "ov", f"{_name(5 * i + 1)} {_name(11 * i + 2)}ski"
        out.append(
            f"“We will not accept these terms,” said {first} {last}, the foreign minister of Norway, on Monday. "
            f"{last} told reporters that the government had agreed to new talks with Sweden. "
            f"He denied that officials had attacked the embassy, according to a statement. "
            f"Critics said the plan would fail, and {last} met {other} in Oslo."
        )
    return "\n\n".join(out)


def run_on(words: int) -> str:
    """One paragraph with no sentence end: a feed dump, a table flattened to text."""
    vocab = ["officials", "said", "the", "talks", "with", "Norway", "would", "resume", "and", "Tuesday", "minister"]
    return " ".join(vocab[k % len(vocab)] if k % 7 else _name(k) for k in range(words))


def one_actor(sentences: int) -> str:
    """One person named again and again (and "he" in between): an actor whose mentions grow with the text."""
    out = ["Foreign Minister Ingrid Dalvar spoke in Oslo."]
    for k in range(sentences):
        out.append(f"Dalvar said on day {k} that talks went on." if k % 2 else "He met Dalvar and officials again.")
    return " ".join(out)


def titled_people(paragraphs: int) -> str:
    """New titled people in each paragraph, each named again by a role phrase ("the senator"): a
    search for the person a role phrase repeats must not scan the whole text before it."""
    out = []
    for i in range(paragraphs):
        name = f"{_name(3 * i)} {_name(3 * i + 1)}"
        out.append(f"Senator {name} met the governor in Oslo on Monday. The senator said the talks had gone well.")
    return "\n\n".join(out)


def executed_lines(text: str) -> int:
    count = 0

    def local(frame, event, arg):  # noqa: ANN001, ANN202
        nonlocal count
        if event == "line":
            count += 1
        return local

    sys.settrace(lambda frame, event, arg: local)
    try:
        newsmodel.extract(text, engine="rules")
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize(
    ("make", "size"),
    [(prose, 40), (run_on, 1500), (one_actor, 300), (titled_people, 200)],
    ids=["prose-with-new-names", "run-on-without-sentence-end", "one-actor-mentioned-throughout", "titled-people-named-again"],
)
def test_work_per_character_stays_flat_when_the_text_doubles(make, size):
    newsmodel.extract(make(2))  # lexicons and caches loaded outside the count
    small, large = make(size), make(2 * size)
    assert len(large) > 1.9 * len(small)
    per_char_small = executed_lines(small) / len(small)
    per_char_large = executed_lines(large) / len(large)
    # linear work keeps the ratio near 1; a whole-text rescan per item drives it towards 2
    assert per_char_large / per_char_small < 1.1, (per_char_small, per_char_large)
