"""Generic agent phrases the tagger cuts or extends (issue 14 follow-up).

The small spaCy model tags "Riot" in "Riot police fired ..." as a PERSON entity and leaves
"police" outside it; the phrase "riot police" (Phoenix COP) is the actor.  Sentences written
for this test.
"""

from __future__ import annotations

import pytest

import newsmodel


@pytest.mark.parametrize("engine", ["rules", "spacy"])
@pytest.mark.parametrize(
    "sentence, agent, code",
    [
        ("Riot police fired tear gas at the students.", "riot police", "COP"),
        ("Riot Police Clash With Farmers in Lagos", "riot police", "COP"),
        ("Border guards detained 30 migrants near the river.", "border guards", "MIL"),
    ],
)
def test_the_agent_is_the_whole_phrase(engine, sentence, agent, code):
    if engine == "spacy":
        pytest.importorskip("newsmodel_spacy")
    article = newsmodel.extract(sentence, engine=engine)
    names = {a.name.lower(): a for a in article.actors}
    assert agent in names and names[agent].code == code
    assert "riot" not in names and "border" not in names  # no one named after the phrase's first word
    assert any(names[agent].id in e.agents for e in article.events)



@pytest.mark.parametrize("engine", ["rules", "spacy"])
@pytest.mark.parametrize(
    "sentence, agent, code",
    [
        ("Army units shelled the village at dawn.", "army units", "MIL"),
        ("Navy vessels blockaded the port for a week.", "navy vessels", "MIL"),
    ],
)
def test_an_agents_units_and_craft_act_for_it(engine, sentence, agent, code):
    # org_words.tsv member_noun: "army units" is the army's, with its sector code
    if engine == "spacy":
        pytest.importorskip("newsmodel_spacy")
    article = newsmodel.extract(sentence, engine=engine)
    names = {a.name.lower(): a for a in article.actors}
    assert agent in names and names[agent].code == code
    assert [names[agent].id] in [list(e.agents) for e in article.events]
