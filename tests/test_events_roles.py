"""Events whose participants are generic or organisational, nominal events, and the debug log
that says why a trigger gave no event (issue 14, dev batch 9). Sentences written for these tests."""

from __future__ import annotations

import logging

import pytest

import newsmodel

from ._engines import ENGINES


def _drops(caplog, text: str, engine: str) -> list[str]:
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="newsmodel.events"):
        newsmodel.extract(text, engine=engine)
    return [r.getMessage() for r in caplog.records if r.name == "newsmodel.events"]


@pytest.mark.parametrize("engine", ENGINES)
def test_debug_log_says_why_a_trigger_gave_no_event(caplog, engine):
    # a refusal to speak is filtered; the log names the word and the reason
    drops = _drops(caplog, "The union declined to comment on the talks.", engine)
    assert any("'declined'" in d and "refusal" in d for d in drops), drops


@pytest.mark.parametrize("engine", ENGINES)
def test_debug_log_is_silent_when_debug_is_off(caplog, engine):
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="newsmodel.events"):
        newsmodel.extract("The union declined to comment on the talks.", engine=engine)
    assert not [r for r in caplog.records if r.name == "newsmodel.events"]


@pytest.mark.parametrize("engine", ENGINES)
def test_struck_targets_is_an_attack_not_a_drill(engine):
    # CAMEO's "{MOCK TARGET}" (a drill) no longer stands for every "target" once cut to its head
    art = newsmodel.extract("Fighter jets struck targets across the valley overnight.", engine=engine)
    assert [e.type for e in art.events if e.trigger.text == "struck"] == ["ASSAULT"]
