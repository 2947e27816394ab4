"""Issue 14 (helper e80, stop 46): pronouns resolved to the wrong actor in event roles -- a
he/him/his/she/her inside a quotation is not the speaker its frame names (``quote_speakers``),
and an extraposition "it" ("it would be wrong to expel") stands for no actor (``extraposed_it``);
beside traps where the old reading stays. Sentences are the helper's own."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES, events


def _roles(text: str, engine: str, kind: str, trigger: str) -> tuple[list[str], list[str]]:
    art = newsmodel.extract(text, engine=engine)
    found = [e for e in art.events if e.type == kind and e.trigger.text == trigger]
    assert found, events(text, engine)
    ev = found[0]
    return [art.actor(a).name for a in ev.agents], [art.actor(a).name for a in ev.targets]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind, trigger, target",
    [
        # the speaker named after the quotation
        ('Mark Ruiz defended Henry Cole on Monday. "The mayor criticized him in public," Ruiz said.', "ACCUSE", "criticized", "Henry Cole"),
        ('Paul Novak backed Victor Hale at the hearing. "The governor threatened him with a lawsuit," Novak said.', "THREATEN", "threatened", "Victor Hale"),
        ('Mark Ruiz defended Henry Cole. "The mayor insulted him," said Ruiz.', "ACCUSE", "insulted", "Henry Cole"),
        ('Nancy Wu campaigned for Helen Ford. "The governor endorsed her last spring," Wu said.', "SUPPORT", "endorsed", "Helen Ford"),
        # the speaker named before it, with a colon
        ('Mark Ruiz defended Henry Cole. Ruiz said: "The council has criticized him for years."', "ACCUSE", "criticized", "Henry Cole"),
        ('Karen Lowe backed Nancy Wu. Lowe said: "The mayor threatened her with dismissal."', "THREATEN", "threatened", "Nancy Wu"),
    ],
)
def test_quoted_object_pronoun_is_not_the_speaker(engine: str, text: str, kind: str, trigger: str, target: str) -> None:
    _agents, targets = _roles(text, engine, kind, trigger)
    assert targets == [target]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind, trigger, agent",
    [
        ('Mark Ruiz met Senator Henry Cole in Dayton. "He threatened me," Ruiz said.', "THREATEN", "threatened", "Henry Cole"),
        ('Karen Lowe met Nancy Wu in Boston. "She criticized me in front of the staff," Lowe said.', "ACCUSE", "criticized", "Nancy Wu"),
        ('Victor Hale met Frank Bell. "He has praised me for years," said Hale.', "SUPPORT", "praised", "Frank Bell"),
    ],
)
def test_quoted_subject_pronoun_is_not_the_speaker(engine: str, text: str, kind: str, trigger: str, agent: str) -> None:
    agents, _targets = _roles(text, engine, kind, trigger)
    assert agents == [agent]


@pytest.mark.parametrize("engine", ENGINES)
def test_quoted_pronoun_with_no_one_else_named_stays_unresolved(engine: str) -> None:
    # the speaker alone is named: "him" is someone else, unnamed -- no target rather than the speaker
    text = 'Mark Ruiz spoke in Dayton on Friday. "The mayor criticized him in public," Ruiz said.'
    _agents, targets = _roles(text, engine, "ACCUSE", "criticized")
    assert "Mark Ruiz" not in targets


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind, trigger, agent, target",
    [
        # traps: the other person named is the subject of the sentence before; outside quotation
        # marks "him" may be the speaker; "I" is the speaker (and "him", then, the other man)
        ('Henry Cole met Mark Ruiz. "The mayor criticized him in public," Ruiz said.', "ACCUSE", "criticized", "mayor", "Henry Cole"),
        ("Mark Ruiz spoke on Monday. The mayor criticized him in public, Ruiz said.", "ACCUSE", "criticized", "mayor", "Mark Ruiz"),
        ('Henry Cole defended Mark Ruiz. "I criticized him once, in 2019," Cole said.', "ACCUSE", "criticized", "Henry Cole", "Mark Ruiz"),
        ("Henry Cole criticized the mayor. He also praised the police chief.", "SUPPORT", "praised", "Henry Cole", None),
    ],
)
def test_traps_keep_their_reading(engine: str, text: str, kind: str, trigger: str, agent: str, target: str | None) -> None:
    agents, targets = _roles(text, engine, kind, trigger)
    assert [a.lower() for a in agents] == [agent.lower()]
    if target is not None:
        assert targets[:1] == [target]


@pytest.mark.parametrize("engine", ENGINES)
def test_extraposed_it_gives_no_agent(engine: str) -> None:
    # "it" is a placeholder for the infinitive: the country named before does not expel anyone
    text = "Brazil has a new plan for its borders. It would be wrong to expel the migrants, the minister said."
    expellers = [agents for kind, agents, _targets in events(text, engine) if kind in ("COERCE", "SANCTION")]
    assert all("Brazil" not in agents for agents in expellers), events(text, engine)
    assert not any(kind == "COERCE" and "Tarvia" in agents for kind, agents, _t in events("The senator praised Tarvia. It was a mistake to arrest the journalists, she said.", engine))
    # the predicate word in quotation marks
    quoted = 'Brazil has a new plan for its borders. It was "premature" to expel the migrants, the minister said.'
    assert not any("Brazil" in agents for kind, agents, _t in events(quoted, engine) if kind in ("COERCE", "SANCTION")), events(quoted, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_extraposed_it_for_phrase_names_the_doer(engine: str) -> None:
    text = "It was a mistake for the police to arrest the journalists, the mayor said."
    agents, targets = _roles(text, engine, "COERCE", "arrest")
    assert [a.lower() for a in agents] == ["police"] and targets == ["journalists"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, kind, trigger, agent",
    [
        # traps: a control adjective, a verb of its own -- "it" is the body named before
        ("The army said it had arrested the plotters.", "COERCE", "arrested", "army"),
        ("Tarvia said it was ready to sanction the smugglers.", "SANCTION", "sanction", "Tarvia"),
    ],
)
def test_referential_it_keeps_its_body(engine: str, text: str, kind: str, trigger: str, agent: str) -> None:
    agents, _targets = _roles(text, engine, kind, trigger)
    assert [a.lower() for a in agents] == [agent.lower()]
