"""Issue 14 (helper e69, stop 44): event precision on real news -- uses that name no act of the
event's type (an -ing adjective before its noun, "offer" of a feel or talking points, "discuss" a
topic whose "between" is its own, "propose" a tax or a sum of spending, a media appearance), and
the doer of an -ing clause after a quoted epithet; beside the same words that keep their event."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, events, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, word",
    [
        ("The senator ran a hugely appealing campaign for governor.", "REQUEST"),
        ("Economists noted a decade of declining farm export earnings.", "REJECT"),
        ("The mayor ran a blunt, plain and broadly appealing campaign for governor.", "REQUEST"),
        ("The two mayors offered the relaxed feel of an old street fair at the opening.", "AGREE"),
        ("The party chair may offer her members a sheet of talking points.", "AGREE"),
        ("The retired diplomat discussed the rift between the rival factions of the party.", "CONSULT"),
        ("The senator has proposed a VAT of 8 percent on imported cars.", "AGREE"),
        ("The senator proposed trillions of dollars in new spending on railways.", "AGREE"),
        ("The governor visited ABC's evening program to discuss her memoir.", "CONSULT"),
        ("The senator appeared on a Sunday radio show to discuss the drought.", "CONSULT"),
    ],
)
def test_no_event_of_that_type(engine: str, text: str, word: str) -> None:
    assert word not in types(text, engine), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind",
    [
        ("The charity was appealing for warm clothes on Friday.", "REQUEST"),
        ("The minister has been declining invitations to debate the opposition.", "REJECT"),
        ("The militia offered a three-day truce to the army.", "AGREE"),
        ("The two premiers discussed the fishing dispute between their countries.", "CONSULT"),
        ("The premier discussed the river dispute between the provinces with the Chinese envoy.", "CONSULT"),
        ("The insurgents proposed a ten-day truce to the government.", "AGREE"),
        ("The minister visited the Ghanaian president in Accra to discuss trade.", "CONSULT"),
    ],
)
def test_same_words_keep_their_event(engine: str, text: str, kind: str) -> None:
    assert kind in types(text, engine), events(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind, agent",
    [
        ('Ana Reyes has called the governor "cold and vain," accusing him of ignoring the flood victims.', "ACCUSE", "Reyes"),
        ('The union leader, Tom Bright, has branded the minister a "careless gambler," urging him to quit.', "REQUEST", "Bright"),
    ],
)
def test_ing_clause_after_a_quoted_epithet_is_the_subjects(engine: str, text: str, kind: str, agent: str) -> None:
    found = [agents for t, agents, _targets in events(text, engine) if t == kind]
    assert found and all(any(agent in name for name in agents) for agents in found), events(text, engine)
