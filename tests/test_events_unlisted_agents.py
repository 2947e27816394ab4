"""People and group nouns news uses for unnamed participants ("donors", "pensioners",
"vigilantes") act as event agents, and a thing in the same place does not (issue 14, dev batch 21).
Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES
from ._engines import agent_events as _events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category", "agent", "code"),
    [
        ("Pensioners rallied outside the labour ministry against the new tax.", "PROTEST", "pensioners", "CVL"),
        ("Volunteers handed out food to flood victims in the delta.", "AID", "volunteers", "CVL"),
        ("Bondholders rejected the government's new offer.", "REJECT", "bondholders", "BUS"),
        ("Vigilantes attacked a police post in the northern town.", "ASSAULT", "vigilantes", "UAF"),
    ],
)
def test_unlisted_people_nouns_act(engine, text, category, agent, code):
    events = _events(text, engine)
    assert any(t == category and (agent, "group", code) in agents for t, agents in events), events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        # things in the subject place: no actor, so no event
        "A storm battered the coast on Monday, cutting power to thousands of homes.",
        "Landslides blocked the only road into the valley.",
        "The computer rejected the passwords of hundreds of users.",
    ],
)
def test_things_as_subjects_make_no_event(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # company names the small spaCy model tags a proper noun with no entity
        ("Rosatom signed an agreement with Uzbekistan on Thursday to build a nuclear plant.", "SUPPORT"),
    ],
)
def test_untagged_company_subject_acts(text, category):
    art = newsmodel.extract(text, engine="spacy")
    names = {a.id: (a.name, a.kind) for a in art.actors}
    assert any(e.type == category and ("Rosatom", "organization") in [names[i] for i in e.agents] for e in art.events), art.events


@pytest.mark.parametrize(
    "text",
    [
        # a common word capitalised at a sentence start is no name (the lexicons' vocabulary)
        "Curfew lifted in the capital after a week of calm.",
        # a surname the NER tagged a person elsewhere stays the person's, not an organisation
        "Senator Mary Lynch spoke on Monday. Lynch attacked the bill as wasteful.",
    ],
)
def test_untagged_subject_name_traps(text):
    art = newsmodel.extract(text, engine="spacy")
    assert not [a for a in art.actors if a.kind == "organization" and a.name in ("Curfew", "Lynch")], art.actors
