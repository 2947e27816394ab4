"""Lead's rules at stop 46 (issues 13 and 14), through the public API where they can be, with sentences written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from tests._engines import ENGINES


def _factualities(text: str, engine: str) -> dict[str, str]:
    art = newsmodel.extract(text, engine=engine)
    return {e.trigger.text: e.factuality for e in art.events}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Sudan reportedly arrested nine journalists in Khartoum on Monday.", "arrested"),
        ("The navy has allegedly seized two fishing boats off the coast.", "seized"),
        ("Reportedly, Belarus has expelled three Polish diplomats.", "expelled"),
        ("The guerrillas purportedly executed two hostages last month.", "executed"),
    ],
)
def test_a_hearsay_adverb_on_the_event_verb_makes_it_reported(engine: str, text: str, trigger: str) -> None:
    assert _factualities(text, engine).get(trigger) == "reported", _factualities(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Sudan arrested a reportedly prominent editor in Khartoum.", "arrested"),
        ("Police detained a woman who allegedly smuggled rifles.", "detained"),
        ("The allegedly corrupt governor was arrested by police on Friday.", "arrested"),
    ],
)
def test_a_hearsay_adverb_elsewhere_leaves_the_event_asserted(engine: str, text: str, trigger: str) -> None:
    assert _factualities(text, engine).get(trigger) == "asserted", _factualities(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The two air forces will hold joint drills next spring.", "AGREE"),
        ("Chile and Peru will stage joint naval manoeuvres in March.", "AGREE"),
        ("The two air forces held joint drills last spring.", "COOPERATE"),
    ],
)
def test_a_joint_exercise_to_come_is_a_promise_whoever_carries_the_tense(engine: str, text: str, category: str) -> None:
    """PLOVER codes cooperative acts announced for the future as AGREE; with a noun trigger the
    future auxiliary stands on the verb that governs the noun ("will hold joint drills")."""
    art = newsmodel.extract(text, engine=engine)
    assert [e.type for e in art.events] == [category], [(e.type, e.trigger.text) for e in art.events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("Rioters attacked the council's new budget at a noisy rally.", False),
        ("Demonstrators attacked the minister's plan to close the mines.", False),
        ("Rioters attacked the mayor's bodyguard outside the town hall.", True),
    ],
)
def test_a_crowd_attacking_what_a_person_owns_strikes_the_thing_not_its_owner(engine: str, text: str, assault: bool) -> None:
    """Without a parse, the noun before a possessive is no head: "the council's budget" is a
    budget, and a crowd attacking a budget strikes no one (blows._struck)."""
    art = newsmodel.extract(text, engine=engine)
    assert ("ASSAULT" in {e.type for e in art.events}) is assault, [(e.type, e.trigger.text) for e in art.events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category", "target"),
    [
        ("Gunmen freed the kidnapped nurses late on Saturday near the border.", "RETREAT", "nurses"),
        ("Police detained the two organisers early on Monday at their homes.", "COERCE", "organisers"),
        ("Ankara expelled four diplomats early in 2021.", "SANCTION", "diplomats"),
    ],
)
def test_late_or_early_before_a_date_is_no_object(engine: str, text: str, category: str, target: str) -> None:
    """"late on Saturday", "early in 2021": the adverb tells when; the rules tagger read it as a
    noun heading the object ("the nurses late"), and the event lost its object and its sense."""
    art = newsmodel.extract(text, engine=engine)
    names = {a.id: a.name.lower() for a in art.actors}
    got = [(e.type, [names[t] for t in e.targets]) for e in art.events]
    assert any(t == category and any(target in n for n in tg) for t, tg in got), got


def test_opens_quotation_reads_only_the_words_of_its_sentence() -> None:
    """Issue 13: the quote-mark count runs from the sentence's start, not from the document's first
    word (an ``islice`` walked every word before the sentence, for every question)."""
    from newsmodel.engines.rules.opening_words import opens_quotation

    walked: list[int] = []

    class Words(list):
        def __iter__(self):  # type: ignore[override]
            for w in list.__iter__(self):
                walked.append(1)
                yield w

    words = Words(["word"] * 5000 + ["The", "minister", "said", '"', "Never"])
    assert opens_quotation(words, len(words) - 1, 5000)
    assert len(walked) < 10


@given(st.text(alphabet='ab "\u201c\u201d\n.', max_size=60))
def test_quote_at_finds_what_a_scan_of_every_quote_finds(text: str) -> None:
    """The binary search over the quotes' starts answers as the scan of every quote did."""
    from types import SimpleNamespace

    from newsmodel.extractors.quote_speakers import quote_at
    from newsmodel.extractors.quotes import find_quotes

    ctx = SimpleNamespace(quotes=find_quotes(text))
    for offset in range(len(text) + 1):
        expected = next((q for q in ctx.quotes if q.start <= offset < q.end), None)
        assert quote_at(ctx, offset) == expected
