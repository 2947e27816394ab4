"""Event roles of -ing clauses hung on a main clause after a comma (stop 43, e68; dev batch 121):
the main clause's subject does the deed also when that subject is two names joined by "and", a
name with an apposed title, a pronoun, or an owner's phrase with the person's name apposed, and
when the object carries an apposed phrase (participle_controllers); a verb after a subordinator
whose clause has a subject of its own takes no agent from the clause before -- each beside the
reading that stays.

Our own sentences, of the shapes found judging event roles on PolNeAR train
(random.Random(650).sample(train, 40)[:8])."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, trigger_events_lower


def _roles(text: str, trigger: str, engine: str) -> tuple[list[str], list[str]] | None:
    found = [e for e in trigger_events_lower(text, engine) if e[0] == trigger]
    return (found[0][2], found[0][3]) if found else None


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger", "agent", "not_agent"),
    [
        ("Senators Ada Pike and Tom Hale sent the complaint to the state attorney general, asking him to open an inquiry.", "asking", "pike", "attorney"),
        ("Councilman Omar Reyes wrote an essay for the Harbor Gazette, the city's oldest paper, mocking the mayor as idle.", "mocking", "reyes", "gazette"),
        ("Lena Brandt, a senator from Maine, filed a motion with the tribunal, accusing the governor of fraud.", "accusing", "brandt", "tribunal"),
        ("Omar Reyes practises law in a river town. He recently wrote an essay for the Harbor Gazette, the city's oldest paper, mocking the mayor as idle.", "mocking", "reyes", "gazette"),
        ("Pike's husband, Walter, spoke at a rally on Sunday, accusing the governor of lying.", "accusing", "walter", "pike"),
    ],
)
def test_an_ing_clause_after_the_main_clause_is_done_by_its_subject(text: str, trigger: str, agent: str, not_agent: str, engine: str) -> None:
    roles = _roles(text, trigger, engine)
    if roles is None and not isinstance(engine, str):
        pytest.skip("the parse finds no event here; the rule is the rules engine's")
    assert roles is not None
    agents, _targets = roles
    assert any(agent in a for a in agents)
    assert not any(not_agent in a for a in agents)


def test_a_subordinate_clause_with_its_own_subject_takes_no_agent_from_the_clause_before() -> None:
    text = "The mayor has called the budget a priority, whereas several councilors criticized the finance chief over the deficit."
    roles = _roles(text, "criticized", "rules")
    assert roles is None or not any("mayor" in a for a in roles[0])


def test_a_gerund_after_a_subordinator_keeps_the_main_subject() -> None:
    roles = _roles("The minister, while touring the port, criticized the customs agency for the delays.", "criticized", "rules")
    assert roles is not None and any("minister" in a for a in roles[0])


def test_a_second_clause_before_the_comma_keeps_the_participle_from_the_first_subject() -> None:
    # "and" joining two clauses: the -ing clause may be the second clause's; not given to the first subject
    roles = _roles("The mayor praised the firefighters and the governor visited the camp, thanking the volunteers.", "thanking", "rules")
    assert roles is None or not any("mayor" in a for a in roles[0])


@settings(max_examples=15, deadline=None)
@given(
    first=st.sampled_from(["Ada Pike", "Tom Hale", "Ruth Alder"]),
    second=st.sampled_from(["Omar Reyes", "Lena Brandt", "Nadia Varga"]),
    outlet=st.sampled_from(["the Harbor Gazette, the city's oldest paper", "the Valley Herald, a weekly paper", "the Courier"]),
)
def test_the_doer_is_the_first_subject_name_whatever_the_object_aside(first: str, second: str, outlet: str) -> None:
    text = f"Senators {first} and {second} wrote a letter to {outlet}, accusing the governor of fraud."
    roles = _roles(text, "accusing", "rules")
    assert roles is not None
    assert any(first.split()[-1].lower() in a for a in roles[0])
