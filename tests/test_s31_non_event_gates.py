"""Stop 47 (helper s31, issue 13): sentence-word gates on two non-event checks asked of every
candidate, with no change in output.

:func:`.directed_acts.directed_act` ("told the generals to withdraw", "hopes Damascus will
release") and :func:`.wished_acts.wished_act` ("wants the army to free") declare the words their
first guards look for in the candidate's sentence ("to", and for the hope a modal):
:func:`.non_event_senses.non_event` skips them in a sentence with none.  As s30's test of the
pre-pattern gates does for the sense chain, every ``non_event`` call on the dev sentences, and
every word of its sentence asked again, must get the answer of asking every check with no
sentence gate at all; and the new gates must keep the checks from being asked somewhere.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import newsmodel
from newsmodel.extractors.events import directed_acts, non_event_senses, senses, wished_acts
from newsmodel.extractors.events.sense_checks import Dispatch

from ._engines import ENGINES

_DEV = Path(__file__).parent / "data" / "events_dev.tsv"
_GATED = (directed_acts.directed_act, wished_acts.wished_act)


def _dev_rows() -> list[str]:
    return [line.split("\t")[0] for line in _DEV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _open_dispatch() -> Dispatch:
    """Every check as registered, with no ``sentence_words``: each asked wherever its keys admit."""
    return Dispatch(tuple(replace(c, sentence_words=None) for c in non_event_senses.sense_checks()))


def test_new_checks_declare_their_words() -> None:
    """The two checks declare "to" (and the hope its modals), and nothing else of theirs changed."""
    by_ask = {c.ask: c for c in non_event_senses.sense_checks()}
    told, wished = by_ask[directed_acts.directed_act], by_ask[wished_acts.wished_act]
    assert told.any_word and wished.any_word
    assert wished.sentence_words == frozenset({"to"})
    assert told.sentence_words is not None and "to" in told.sentence_words and "will" in told.sentence_words
    assert told.sentence_words == frozenset({"to"}) | directed_acts._MODALS


@pytest.mark.parametrize("engine", ENGINES)
def test_gated_answers_are_every_checks(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``non_event`` call while extracting the dev sentences (rules all, spaCy every 8th),
    and every word of its sentence asked with no curated trigger, is answered the same with the
    sentence gates as with none; the new gates skip their checks in some sentences, and the checks
    fire in others (so the comparison can see a gate that is too narrow)."""
    rows = _dev_rows() if engine == "rules" else _dev_rows()[::8]
    gated = non_event_senses._DISPATCH or Dispatch(non_event_senses.sense_checks())
    opened = _open_dispatch()
    real = non_event_senses.non_event
    seen = {"calls": 0, "skipped": 0, "fired": 0}
    swept: set[tuple[int, int]] = set()

    def ask(dispatch: Dispatch, doc, draft, t, curated) -> bool:  # type: ignore[no-untyped-def]
        monkeypatch.setattr(non_event_senses, "_DISPATCH", dispatch)
        try:
            return real(doc, draft, t, curated)
        finally:
            monkeypatch.setattr(non_event_senses, "_DISPATCH", gated)

    def both(doc, draft, t, curated) -> bool:  # type: ignore[no-untyped-def]
        got = ask(gated, doc, draft, t, curated)
        assert got == ask(opened, doc, draft, t, curated), (t.text, curated, doc.text)
        present = non_event_senses._sentence_words(doc, t.sent)
        for check in _GATED:
            words = next(c.sentence_words for c in gated.checks if c.ask is check)
            if words is not None and words.isdisjoint(present):
                seen["skipped"] += 1
            elif check(doc, draft, t, curated):
                seen["fired"] += 1
        if (id(doc), t.sent) not in swept:
            swept.add((id(doc), t.sent))
            sent = doc.sentences[t.sent]
            for u in doc.tokens[sent.token_start : sent.token_end]:
                assert ask(gated, doc, draft, u, None) == ask(opened, doc, draft, u, None), (u.text, doc.text)
        seen["calls"] += 1
        return got

    monkeypatch.setattr(senses, "non_event", both)
    for text in rows:
        newsmodel.extract(text, engine=engine)
    assert seen["calls"] > 300 and seen["skipped"] > 100 and seen["fired"] > 5, seen


@pytest.mark.parametrize("engine", ENGINES)
def test_a_gate_without_the_modals_would_be_caught(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hope told with a modal and no "to" is vetoed by :func:`.directed_acts.directed_act`; had its
    gate been copied from :func:`.directed_acts._told_to` alone ("to"), the event would come back."""
    text = "The envoy hopes the junta will free the reporters on Friday."
    assert not newsmodel.extract(text, engine=engine).events
    narrowed = Dispatch(tuple(
        replace(c, sentence_words=frozenset({"to"})) if c.ask is directed_acts.directed_act else c for c in non_event_senses.sense_checks()
    ))
    monkeypatch.setattr(non_event_senses, "_DISPATCH", narrowed)
    assert [e.type for e in newsmodel.extract(text, engine=engine).events] == ["RETREAT"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the gated checks still veto where their words stand
        ("The envoy hopes the junta will free the reporters on Friday.", []),
        ("The senator wants the army to free the prisoners.", []),
        ("The governor advised the mayor to ban the march.", []),
        # no "to" and no modal: the checks are skipped, and the event stands as before
        ("The envoy said the junta freed the reporters on Friday.", ["RETREAT"]),
        ("The army freed the prisoners on Sunday.", ["RETREAT"]),
    ],
)
def test_gated_checks_keep_their_answers(engine: str, text: str, types: list[str]) -> None:
    assert [e.type for e in newsmodel.extract(text, engine=engine).events] == types
