"""Stop 48 (helper s33, issue 13): cheaper gates in the events extractor, with no change in output.

* :func:`.non_event_senses.non_event` tests a check's ``sentence_words`` against the candidate's
  sentence with one bit of a mask read once per sentence (:meth:`.Dispatch.open_in`), where each
  check's words were tested against the sentence's set: the bit must say what the set test said,
  and the checks must come in the registry's order (:meth:`.Dispatch.gated_bits` mirrors
  :meth:`.Dispatch.gated`).  (``test_s23``, ``test_s30_word_gates`` and
  ``test_s31_non_event_gates`` compare the gated veto with the ungated one on the dev sentences.)
* :func:`.senses._pattern_sense` asks :func:`.taken_ground.ground_taken` and
  :func:`.senses._hit_in_words` only for a verb that passes their own first guard, a word test,
  so the object of every other verb is no longer read: the tests below prove on the dev sentences
  that the two checks are False wherever the word test fails, and that they still fire.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.extractors.events import non_event_senses, senses
from newsmodel.extractors.events.sense_checks import Dispatch, SenseCheck
from newsmodel.extractors.events.taken_ground import ground_taken, taker_verbs
from newsmodel.extractors.events.triggers import words_of

from ._engines import ENGINES

_DEV = Path(__file__).parent / "data" / "events_dev.tsv"


def _dev_rows() -> list[str]:
    return [line.split("\t")[0] for line in _DEV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _never(doc, draft, t, curated) -> bool:  # noqa: ANN001 - a stand-in check
    return False


def _other(doc, draft, t, curated) -> bool:  # noqa: ANN001 - a stand-in check
    return False


def _third(doc, draft, t, curated) -> bool:  # noqa: ANN001 - a stand-in check
    return False


def test_gated_bits_mirror_gated_on_a_small_registry() -> None:
    """Each check keeps its place; a declaring check gets its own bit, any other 0; the sentence's
    mask holds the bit of each check with a word there, and only those."""
    dispatch = Dispatch((
        SenseCheck("keyed", _never, lemmas=frozenset({"rally"})),
        SenseCheck("declared", _other, any_word=True, sentence_words=frozenset({"history", "decade"})),
        SenseCheck("declared too", _third, any_word=True, sentence_words=frozenset({"decade", "poll"})),
    ))
    assert dispatch.gated_bits("rally", "rallied", None) == ((_never, 0), (_other, 2), (_third, 4))
    assert dispatch.gated_bits("march", "marched", None) == ((_other, 2), (_third, 4))
    assert dispatch.open_in(frozenset({"the", "history", "of"})) == 2
    assert dispatch.open_in(frozenset({"a", "decade"})) == 6
    assert dispatch.open_in(frozenset({"a", "poll"})) == 4
    assert dispatch.open_in(frozenset({"nothing", "here"})) == 0


def _all_admitted() -> Dispatch:
    """The real registry with every check admitted for every candidate (keys aside), so that
    :meth:`Dispatch.gated_bits` lists each check once, in order."""
    return Dispatch(tuple(replace(c, any_word=True) for c in non_event_senses.sense_checks()))


_DISPATCH = _all_admitted()
_DECLARED = sorted({w for c in _DISPATCH.checks for w in c.sentence_words or ()})


@settings(max_examples=300, deadline=None)
@given(
    declared=st.lists(st.sampled_from(_DECLARED), max_size=6),
    other=st.lists(st.sampled_from(["the", "said", "on", "zzqx", "attack", "minister", "tuesday", "to", "will"]), max_size=8),
)
def test_open_in_says_what_each_checks_word_test_said(declared: list[str], other: list[str]) -> None:
    """For every check of the registry and any sentence's words, the check's bit is in
    :meth:`Dispatch.open_in`'s mask exactly when its ``sentence_words`` meet the sentence (the
    test :func:`non_event` made before), and a check that declares nothing has no bit."""
    present = frozenset(declared) | frozenset(other)
    opened = _DISPATCH.open_in(present)
    pairs = _DISPATCH.gated_bits("zzqx", "zzqx", None)
    assert [ask for ask, _bit in pairs] == [c.ask for c in _DISPATCH.checks]
    for (ask, bit), check in zip(pairs, _DISPATCH.checks):
        assert ask is check.ask
        if check.sentence_words is None:
            assert bit == 0
        else:
            assert bit != 0
            assert bool(opened & bit) == (not check.sentence_words.isdisjoint(present)), check.name


def test_open_in_keeps_the_last_sentences_answer_only_for_that_set() -> None:
    """The kept answer is the same set's: a second set with other words gets its own mask."""
    dispatch = _all_admitted()
    a = frozenset(_DECLARED[:3])
    b = frozenset({"zzqx"})
    assert dispatch.open_in(a) == dispatch.open_in(a) != 0
    assert dispatch.open_in(b) == 0
    assert dispatch.open_in(frozenset(_DECLARED[:3])) == dispatch.open_in(a)


# -- the gates of _pattern_sense -------------------------------------------------------------------

_OWN = [
    "Insurgents retook the river port after two days of shelling.",
    "The senator hit her opponent for missing the budget vote.",
    "The hikers took the hill trail on Friday.",
    "The boxer hit his opponent in the third round.",
]


@pytest.mark.parametrize("engine", ENGINES)
def test_pattern_sense_gates_are_the_checks_own_guards(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """At every ``_pattern_sense`` call while extracting the dev sentences (rules every 3rd,
    spaCy every 16th) and the sentences above, with the draft as it stands then: a verb outside
    ``take-ground-verb`` (lemma and text) gets False from ``ground_taken``, one outside
    ``reasoned-attack-verb`` False from ``_hit_in_words``; and each check is True somewhere."""
    rows = _dev_rows()[:: 3 if engine == "rules" else 16] + _OWN
    real = senses._pattern_sense
    seen = {"calls": 0, "taken": 0, "hit": 0}

    def checked(doc, draft, t, curated, lemma, ambiguous):  # type: ignore[no-untyped-def]
        if t.pos == "VERB":
            seen["calls"] += 1
            took = ground_taken(doc, draft, t, senses._direct_object(doc, t))
            if lemma not in taker_verbs() and t.text.lower() not in taker_verbs():
                assert not took, (t.text, doc.text)
            seen["taken"] += took
            hit = senses._hit_in_words(doc, draft, t)
            if lemma not in words_of("reasoned-attack-verb"):
                assert not hit, (t.text, doc.text)
            seen["hit"] += hit
        return real(doc, draft, t, curated, lemma, ambiguous)

    monkeypatch.setattr(senses, "_pattern_sense", checked)
    for text in rows:
        newsmodel.extract(text, engine=engine)
    assert seen["calls"] > 200 and seen["taken"] > 0 and seen["hit"] > 0, seen


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gated checks still answer where their words stand
        ("Insurgents retook the river port after two days of shelling.", [("COERCE", "seize")]),
        ("The senator hit her opponent for missing the budget vote.", [("ACCUSE", "disapprove")]),
        ("The hikers took the hill trail on Friday.", []),
        ("The boxer hit his opponent in the third round.", []),
        # a declared sentence word present: its check still vetoes; absent: the event stands
        ("There is no evidence that the gang attacked the depot.", []),
        ("The gang attacked the depot on Tuesday.", [("ASSAULT", None)]),
    ],
)
def test_events_through_the_public_api(engine: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(e.type, e.mode) for e in newsmodel.extract(text, engine=engine).events] == expected


def test_a_wrong_sentence_mask_would_be_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The veto reads :meth:`Dispatch.open_in`: a mask that opened no declaring check would let
    the event of "no evidence that ..." through, so the public-API test above can see a broken mask."""
    text = "There is no evidence that the gang attacked the depot."
    assert not newsmodel.extract(text, engine="rules").events
    monkeypatch.setattr(Dispatch, "open_in", lambda self, present: 0)
    monkeypatch.setattr(non_event_senses, "_DISPATCH", Dispatch(non_event_senses.sense_checks()))
    assert [e.type for e in newsmodel.extract(text, engine="rules").events] == ["ASSAULT"]


def test_object_class_is_the_union_made_once() -> None:
    """:func:`.triggers.object_class` keeps each class's union: equal to the union of the two
    lexicons for every class of ``object_classes.tsv``, and the same set at the next call."""
    from newsmodel.extractors.events import triggers
    from newsmodel.lexicons import word_classes

    names = sorted(word_classes("object_classes.tsv"))
    assert "arms" in names
    for name in names:
        direct = word_classes("object_classes.tsv")[name] | word_classes("object_classes_wordnet.tsv").get(name, frozenset())
        assert triggers.object_class(name) == direct
        assert triggers.object_class(name) is triggers.object_class(name)
    with pytest.raises(KeyError):
        triggers.object_class("no such class")
