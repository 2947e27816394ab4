"""Stop 41, e56: spaCy event precision on real political news, round 2 (issue 14, dev batch 106).

Causes of wrong events found in a hand judgment of every spaCy event of twelve PolNeAR train
articles, each checked through the public API with our own sentences, beside real events of the
same words: a habit told in the simple present with an adverb of frequency or an every / each
phrase (``habitual_acts``), and an act inside the of-phrase of a noun of likelihood
(``possible_acts``).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, types

_ADVERBS = st.sampled_from(["regularly", "routinely", "frequently", "often", "usually", "sometimes", "rarely"])
_HABITS = st.sampled_from([
    ("The defence minister {adv} meets with tribal elders in the north.", "CONSULT"),
    ("The prime minister {adv} criticizes the election commission.", "ACCUSE"),
    ("Militia fighters {adv} attack supply trucks near the pass.", "ASSAULT"),
])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(adv=_ADVERBS, habit=_HABITS)
@pytest.mark.parametrize("engine", ENGINES)
def test_a_habit_in_the_simple_present_is_no_event(engine: str, adv: str, habit: tuple[str, str]) -> None:
    text, kind = habit
    assert kind not in types(text.format(adv=adv), engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Every spring, the governor meets with the farmers' cooperative.",
        "The envoy still meets every Friday with the refugee council.",
        "The chairman usually visits the garrison at New Year.",
    ],
)
def test_every_each_periods_and_adverbs_make_habits(engine: str, sentence: str) -> None:
    assert not types(sentence, engine) & {"CONSULT"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The defence minister met with tribal elders in the north on Sunday.", "CONSULT"),
        ("The prime minister sharply criticized the election commission on Tuesday.", "ACCUSE"),
        ("Militia fighters attacked two supply trucks near the pass on Monday.", "ASSAULT"),
        ("The defence minister has often criticized the election commission.", "ACCUSE"),  # a perfect: left alone
    ],
)
def test_the_same_verbs_reporting_an_act_stay(engine: str, sentence: str, kind: str) -> None:
    assert kind in types(sentence, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("There is a slim chance of the two mayors being charged by the state prosecutor.", "ACCUSE"),
        ("Ministers dismissed the possibility of sanctions against the island republic.", "SANCTION"),
        ("Officials warned of the risk of the militia attacking the pipeline.", "ASSAULT"),
    ],
)
def test_an_act_after_a_noun_of_likelihood_is_no_event(engine: str, sentence: str, kind: str) -> None:
    assert kind not in types(sentence, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The state prosecutor charged the two mayors with bribery on Friday.", "ACCUSE"),
        ("The militia attacked the pipeline on Thursday despite the risk of reprisals.", "ASSAULT"),
    ],
)
def test_real_acts_beside_a_noun_of_likelihood_stay(engine: str, sentence: str, kind: str) -> None:
    assert kind in types(sentence, engine)
