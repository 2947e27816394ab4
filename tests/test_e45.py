"""Stop 39, e45: event recall on real political news (issue 14, dev batch 88).

Causes of missed events found in a hand-made gold of PolNeAR train articles, each checked through
the public API with our own sentences, beside traps of the same words that name no event: the
rules lemmatiser's reading of "coordinated" (a participle that also opens the trigger "coordinated
patrol"); the doer of a gerund of time after a passive main clause ("was suspended after
slamming"); a verbal-act noun posted ("posted criticisms of"); criticism verbs the lexicons
lacked (needle, taunt).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, events


def _of_type(text: str, engine: str, kind: str) -> list[tuple[str, list[str], list[str]]]:
    return [e for e in events(text, engine) if e[0] == kind]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        ("The interior ministry coordinated with Turkish border officials on the refugee transfer.", "ministry"),
        ("The customs agency coordinated with Europol to trace the shipments.", "agency"),
    ],
)
def test_coordinated_with_a_partner_is_cooperation(engine: str, sentence: str, agent: str) -> None:
    found = _of_type(sentence, engine, "COOPERATE")
    assert found and any(agent in a for a in found[0][1])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The parade was a carefully coordinated display of floats and bands.",
        "His tie was coordinated with the curtains of the studio.",
    ],
)
def test_coordinated_things_are_no_event(engine: str, sentence: str) -> None:
    assert not _of_type(sentence, engine, "COOPERATE")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "kind", "agent"),
    [
        ("The ambassador was summoned to Vienna after criticizing the Austrian government on radio.", "ACCUSE", "ambassador"),
        ("The commentator was taken off the air after slamming Senator Okafor in a podcast.", "ACCUSE", "commentator"),
    ],
)
def test_gerund_of_time_after_a_passive_is_the_subjects_act(engine: str, sentence: str, kind: str, agent: str) -> None:
    found = _of_type(sentence, engine, kind)
    assert found and all(agent in " ".join(a) for _k, a, _t in found)


@pytest.mark.parametrize("engine", ENGINES)
def test_gerund_of_time_after_a_passive_is_not_the_by_agents_act(engine: str) -> None:
    sentence = "The premier was applauded by the crowd after meeting the leaders of the dockworkers."
    for _k, agents, _t in _of_type(sentence, engine, "CONSULT"):
        assert not any("crowd" in a for a in agents)


@pytest.mark.parametrize("engine", ENGINES)
def test_posted_criticism_is_the_posters(engine: str) -> None:
    found = _of_type("Ms. Lindqvist posted criticisms of the governor on her blog on Friday.", engine, "ACCUSE")
    assert found and "Lindqvist" in " ".join(found[0][1]) and "governor" in " ".join(found[0][2])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The airline posted record profits for the summer, the company said.",
        "The museum posted a picture of the demonstration on its site.",
    ],
)
def test_posted_things_are_no_event(engine: str, sentence: str) -> None:
    assert events(sentence, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "trigger_agent"),
    [
        ("A senior columnist needled the mayor over the late buses.", "columnist"),
        ("Opposition senators taunted the finance minister over the deficit.", "senators"),
    ],
)
def test_needle_and_taunt_are_criticism(engine: str, sentence: str, trigger_agent: str) -> None:
    found = _of_type(sentence, engine, "ACCUSE")
    assert found and trigger_agent in " ".join(found[0][1])


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The doctor needled the patient's arm to test the reflexes.",
        "The view of the summit taunted the weary climbers.",
    ],
)
def test_needle_and_taunt_without_criticism(engine: str, sentence: str) -> None:
    assert not _of_type(sentence, engine, "ACCUSE")


_ROLES = st.sampled_from(["envoy", "columnist", "ambassador", "minister"])  # ("the spokesman" alone is no actor on rules)
_PASSIVES = st.sampled_from(["was suspended", "was recalled", "was reprimanded"])
_MARKS = st.sampled_from(["after", "before"])
_NAMES = st.sampled_from(["Okafor", "Lindqvist", "Moreau", "Tanaka"])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(role=_ROLES, passive=_PASSIVES, mark=_MARKS, name=_NAMES)
def test_rules_adjunct_gerund_doer_is_the_passive_subject(role: str, passive: str, mark: str, name: str) -> None:
    """Whatever the role, the passive verb, the conjunction of time and the name criticised, the
    critic is the passive's subject (rules engine, no parse)."""
    import newsmodel

    article = newsmodel.extract(f"The {role} {passive} {mark} criticizing Senator {name} in an interview.")
    found = [e for e in article.events if e.trigger.text == "criticizing"]
    assert found and all(role in article.actor(a).name for e in found for a in e.agents)
