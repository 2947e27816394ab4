"""Stop 42, e59: event recall on real political news (issue 14, dev batch 110).

Causes of missed events found in a hand-made gold of PolNeAR train articles, each checked through
the public API with our own sentences, beside sentences of the same words that must not change:
a passive shared by coordinated participles ("was tried and convicted") makes the second
participle passive too -- the shared subject undergoes it, no one named does it
(``extractors/shared_passives.py``), while a second conjunct with an object of its own is active;
"hit" said of a person with a reason or a setting of speech is criticism
(``spoken_attacks.attacked_for`` for ``reasoned-attack-verb``), "hit" of a storm or a tax is none;
a talk noun in a phrase opening the sentence is held by the main clause's subject
(``events/opening_talks.py``), not when the meeting is the subject of its own clause, has no
partner or is with friends.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, has_event, trigger_events_lower

_PATIENTS = st.sampled_from(["The former transport minister", "A retired army colonel", "The opposition mayor", "Two union leaders"])
_FIRST = st.sampled_from(["tried", "questioned", "stopped at the border", "flown to the capital", "held overnight"])
_SECOND = st.sampled_from([("convicted of fraud", "SANCTION"), ("deported", "COERCE"), ("detained for questioning", "COERCE")])


def _of(events: list[tuple[str, str, list[str], list[str]]], trigger: str) -> tuple[str, str, list[str], list[str]]:
    return next(e for e in events if e[0] == trigger)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(patient=_PATIENTS, first=_FIRST, second=_SECOND)
def test_a_shared_passive_never_makes_its_subject_the_doer(patient: str, first: str, second: tuple[str, str]) -> None:
    """Whatever the participles, the subject of "was X-ed and Y-ed" is never the agent of Y."""
    verb = second[0].split()[0]
    aux = "were" if patient.startswith("Two") else "was"
    found = [e for e in trigger_events_lower(f"{patient} {aux} {first} and {second[0]} last week.", "rules") if e[0] == verb]
    head = patient.split()[-1].lower()
    assert all(not any(head in a for a in e[2]) for e in found)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "trigger", "kind", "target"),
    [
        ("The former transport minister was tried and convicted of taking bribes in 2021.", "convicted", "SANCTION", "minister"),
        ("Six aid workers were flown to the capital and deported on Saturday.", "deported", "COERCE", "workers"),
        ("The dissident blogger was stopped at the border and detained for questioning.", "detained", "COERCE", "blogger"),
    ],
)
def test_second_participle_of_a_shared_passive_is_done_to_the_subject(engine: str, sentence: str, trigger: str, kind: str, target: str) -> None:
    trig, found, agents, targets = _of(trigger_events_lower(sentence, engine), trigger)
    assert found == kind and agents == [] and any(target in g for g in targets)


@pytest.mark.parametrize("engine", ENGINES)
def test_by_phrase_on_the_second_participle_names_the_doer(engine: str) -> None:
    assert has_event("The two activists were held overnight and deported by the border police on Friday.", engine, "COERCE", "police", "activists")


@pytest.mark.parametrize("engine", ENGINES)
def test_an_active_second_conjunct_keeps_the_subject_as_doer(engine: str) -> None:
    assert has_event("The special prosecutor was appointed in May and convicted three former officials within a year.", engine, "SANCTION", "prosecutor", "officials")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "agent", "target"),
    [
        ("The governor hit her Republican rival for skipping the televised debate.", "governor", "rival"),
        ("Senator Ana Ruiz hit the mayor in a radio interview on Tuesday.", "ruiz", "mayor"),
        ("Mayor Tom Keller has hit the state senator for what he called a budget stunt.", "keller", "senator"),
    ],
)
def test_hit_with_a_reason_or_a_setting_of_speech_is_criticism(engine: str, sentence: str, agent: str, target: str) -> None:
    assert has_event(sentence, engine, "ACCUSE", agent, target)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The storm hit the coastal towns for the second time this month.",
        "The striker hit the ball over the bar for the third time.",
        "The new fuel tax hit rural drivers for the cost of the bypass.",
    ],
)
def test_hit_of_a_storm_a_ball_or_a_tax_is_no_criticism(engine: str, sentence: str) -> None:
    assert not has_event(sentence, engine, "ACCUSE")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "agent", "target"),
    [
        ("After a meeting with the Brazilian president, the German chancellor said trade talks would resume.", "chancellor", "president"),
        ("Following talks with rebel commanders, the UN envoy told reporters a truce was close.", "", "commanders"),
        ("Leaving a meeting with the finance minister, the mayor said the city would get its grant.", "mayor", "minister"),
    ],
)
def test_talks_of_an_opening_phrase_are_held_by_the_main_subject(engine: str, sentence: str, agent: str, target: str) -> None:
    assert has_event(sentence, engine, "CONSULT", agent, target)


@pytest.mark.parametrize("engine", ENGINES)
def test_opening_talks_stop_at_the_phrase_comma(engine: str) -> None:
    """The partner is the with-phrase's, not a party of the main clause."""
    found = [e for e in trigger_events_lower("Following his meeting with Ana Ruiz, the senator criticized county officials in Dayton.", engine) if e[0] == "meeting"]
    assert found and all(not any("officials" in g for g in e[3]) for e in found)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "After the meeting, the mayor said the budget was balanced.",
        "After a planned meeting with the governor was called off, the mayor flew home.",
    ],
)
def test_opening_phrase_with_no_talks_held_is_no_event(engine: str, sentence: str) -> None:
    assert not has_event(sentence, engine, "CONSULT")


def test_opening_phrase_with_friends_is_private_life_on_rules() -> None:
    assert not has_event("After a meeting with old friends, the senator went to bed early.", "rules", "CONSULT")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "agent", "target"),
    [
        ("Senator Ana Ruiz spoke warmly of the Irish prime minister after their lunch.", "ruiz", "minister"),
        ("The outgoing mayor has spoken well of Chancellor Weber.", "mayor", "weber"),
        ("Judge Maria Ortega spoke highly of the former governor's personal gifts last week.", "ortega", "governor"),
    ],
)
def test_praise_told_as_a_manner_of_speech_is_support(engine: str, sentence: str, agent: str, target: str) -> None:
    assert has_event(sentence, engine, "SUPPORT", agent, target)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The minister spoke highly of the new rail plan.",
        "The coach spoke warmly about the weather in Madrid.",
        "The ambassador speaks French well and often.",
        "At the wake, his old teammates spoke warmly about his kindness.",
    ],
)
def test_praise_of_a_thing_or_no_praise_is_no_support(engine: str, sentence: str) -> None:
    assert not has_event(sentence, engine, "SUPPORT")
