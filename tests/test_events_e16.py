"""Event words in sentences that report no act by any actor (issue 14, dev batch 37, e16):
third parties' forecasts and made-up scenarios, rivals "battling for" customers, events recalled
at anniversaries or feared, pests that "invade" fields -- beside real events of the same shape,
which stay. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        # a forecaster's forecast (non_event_senses._forecast)
        "Economists expect the government to impose new tariffs on steel imports later this year.",
        "Several analysts predict that the army will expel the foreign observers before the vote.",
        # a made-up future: a simulation or scenario as subject or opening frame
        "A simulation by the research group found that a naval blockade of the island would halt most shipping.",
        "Under the scenario prepared by the planners, militants would attack the pipeline within days.",
        # rivalry for a prize (_fights_for_a_prize)
        "Streaming services are battling for subscribers in Southeast Asia, the report said.",
        # a recalled or feared event in a frame noun's of-phrase (_framed_by_noun)
        "Veterans marked the 40th anniversary of the invasion of the islands with a parade.",
        "Fears of an attack on the capital rose sharply among residents, the survey said.",
        # pests as the subject of a verb of damage (_hazard_subject with hazard-verb)
        "Locusts destroyed maize fields across the eastern districts, farmers said.",
    ],
)
def test_no_event(text: str, engine: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the same verbs with the actor's own act
        ("The government imposed new tariffs on steel imports from China on Monday.", "SANCTION"),
        ("The army expelled the foreign observers on Friday, the electoral commission said.", "SANCTION"),
        ("Militants attacked the pipeline near the border on Sunday, officials said.", "ASSAULT"),
        # a fight with no prize: an armed clash
        ("Government soldiers battled rebels for control of the bridge on Tuesday.", "ASSAULT"),
        # an anniversary as the date of a new act
        ("On the anniversary of the uprising, police arrested dozens of activists in the capital.", "COERCE"),
        # fears as background of a real attack
        ("Fears grew after gunmen attacked a police station in the town on Sunday.", "ASSAULT"),
    ],
)
def test_event_kept(text: str, category: str, engine: str) -> None:
    assert category in types(text, engine)
