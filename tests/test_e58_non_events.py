"""Stop 42, e58: wire-news sentences that carry an event word but report no event (issue 14, dev
batch 109).

Each shape through the public API, with our own sentences, beside a real event of the same word:
inverted conditions and a condition's consequence (``asked_and_supposed``), wh-clauses with a
modal and questions asking for the doer (the same module), habits and reputations
(``habit_frames``), lives and works retold (``life_stories``), a rule's provisions
(``rule_provisions``), markets attacked (``market_objects``) and counts that hit a record
(``kind_senses``).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Had the guards searched the van, the bombing might have been stopped, the report said.",
        "Should the mediation fail, the dockers will strike at every port in May.",
        "If the envoy is expelled, the neighbours could close the border within days.",
        "Unless the quota is raised, the fishermen may blockade the harbour, analysts say.",
        "Who will chair the talks between the two rivals is still open.",
        "When will the soldiers withdraw from the valley?",
        "Which groups have attacked the pipeline this year?",
        "Explainer: Who Has Imposed Sanctions on the Junta?",
        "Gangs in the district tend to kidnap traders after dark.",
        "The senator is notorious for attacking judges on the radio.",
        "As a young student, the mayor took part in marches against the army.",
        "His memoir recounts how soldiers beat villagers near the dam.",
        "Under the new law, journalists who insult officials can be jailed for two years.",
        "Speculators attacked the peso, forcing the bank to raise rates.",
        "Kidnappings of engineers hit a record high last year, the chamber said.",
    ],
)
def test_shapes_that_report_no_event(engine: str, sentence: str) -> None:
    assert types(sentence, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Police arrested the mayor's aide on bribery charges on Friday.", "COERCE"),
        ("The dockers went on strike at every port on Monday.", "PROTEST"),
        ("Gangs kidnapped two traders in the district on Sunday night.", "ASSAULT"),
        ("The senator attacked the chief justice on the radio on Monday.", "ACCUSE"),
        ("Soldiers beat villagers near the dam on Tuesday, witnesses said.", "ASSAULT"),
        ("Under the new law, police arrested 30 protesters on Tuesday.", "COERCE"),
        ("Warplanes hit the rebel town of Beni on Thursday, the army said.", "ASSAULT"),
        ("Police found the rifle the gunman used to kill the governor.", "ASSAULT"),
    ],
)
def test_the_same_words_as_real_events_stay(engine: str, sentence: str, kind: str) -> None:
    assert kind in types(sentence, engine)


_CONDITIONS = st.sampled_from(["If the talks collapse", "Should the talks collapse", "Unless the talks resume"])
_CONSEQUENCES = st.sampled_from([
    "the army could attack the port",
    "the union will strike in March",
    "the government may expel the envoy",
])


@settings(max_examples=9, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(condition=_CONDITIONS, consequence=_CONSEQUENCES)
@pytest.mark.parametrize("engine", ENGINES)
def test_a_consequence_of_an_opening_condition_is_no_event(engine: str, condition: str, consequence: str) -> None:
    """Any opening condition + a modal consequence: what would follow a supposed case."""
    assert types(f"{condition}, {consequence}.", engine) == set()


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consequence=_CONSEQUENCES)
@pytest.mark.parametrize("engine", ENGINES)
def test_the_same_act_told_plainly_keeps_an_event(engine: str, consequence: str) -> None:
    """Without the condition the forthcoming act keeps its (hypothetical) event."""
    sentence = consequence[0].upper() + consequence[1:] + ", officials said."
    assert types(sentence, engine) != set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Governor, will you veto the budget?",
        "Put simply, can the army attack the city without losing the bridge?",
        "Or will the junta expel the monitors first?",
        "The officers who fled the coup, should they be arrested?",
    ],
)
def test_a_yes_no_question_after_a_lead_is_no_event(engine: str, sentence: str) -> None:
    assert types(sentence, engine) == set()

