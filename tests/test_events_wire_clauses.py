"""Who acts in a long wire sentence's clauses (issue 14, events dev batch 15, denials dev batch 8).

Wire copy reports a deed in a clause under "said" and then hangs what the reporter did on it
("..., accusing X of ..."); it closes with its source ("..., state television reported") after a
subject with a relative clause, which leaves the parser two subjects for one verb; and it puts
adverbial clauses with their own that-clauses after verbs that can deny or fire ("dismissed the
director after an audit found that ..."). Parse-based behaviours, so the spaCy engine. The
sentences are written for these tests (none copied from a corpus).
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import SPACY

needs_spacy = pytest.mark.skipif(not SPACY, reason="spaCy model not installed")


def _events(text: str) -> dict[str, list[str]]:
    """Trigger word -> agent names."""
    art = newsmodel.extract(text, engine="spacy")
    name = {a.id: a.name for a in art.actors}
    return {e.trigger.text: [name[i] for i in e.agents] for e in art.events}


@needs_spacy
@pytest.mark.parametrize("participle", ["accusing the army of war crimes", "urging the government to open an inquiry", "condemning the attack"])
def test_a_speech_participle_after_a_reported_clause_is_the_reporters(participle):
    text = f"The Red Cross said on Friday that gunmen had burned a clinic near the border, {participle}."
    events = _events(text)
    trigger = participle.split()[0]
    assert trigger in events, events
    assert any("Red Cross" in a for a in events[trigger]), events
    assert not any("gunmen" in a.lower() for a in events[trigger]), events


@needs_spacy
def test_a_deed_participle_stays_with_the_clauses_subject():
    events = _events("The governor said bandits had raided the village overnight, killing nine farmers.")
    assert "killing" in events, events
    assert any("bandits" in a.lower() for a in events["killing"]), events


@needs_spacy
def test_a_participle_after_a_reported_speech_act_is_that_speakers():
    events = _events("The union said the mayor had blamed the police for the deaths, accusing them of negligence.")
    assert "accusing" in events, events
    assert not any("union" in a.lower() for a in events["accusing"]), events


@needs_spacy
def test_a_subject_with_a_relative_clause_keeps_its_verb_before_a_closing_source():
    text = ("Mali's military rulers, who took power in a coup two years ago, rejected on Monday a plan by regional "
            "leaders for elections next year, saying the country was not ready, state radio reported.")
    art = newsmodel.extract(text, engine="spacy")
    name = {a.id: a.name for a in art.actors}
    rejects = [e for e in art.events if e.type == "REJECT"]
    assert rejects, [(e.trigger.text, e.type) for e in art.events]
    assert any("Mali" in name[i] for e in rejects for i in e.agents)


@needs_spacy
def test_a_firing_after_an_inquiry_found_something_is_no_denial():
    text = ("Transport officials dismissed the airport's security chief on Tuesday after an audit found that "
            "scanners had been switched off for weeks, the minister said.")
    assert newsmodel.extract(text, engine="spacy").denials == ()


@needs_spacy
def test_a_denial_followed_by_a_when_clause_is_still_a_denial():
    text = "The minister dismissed the reports on Monday after a newspaper claimed that he had taken bribes."
    art = newsmodel.extract(text, engine="spacy")
    assert any("minister" in art.actor(d.denier).name for d in art.denials if d.denier), art.denials


@needs_spacy
def test_a_relative_freed_is_a_release_and_an_album_is_not():
    freed = newsmodel.extract("The junta freed the jailed opposition leader's daughter on Sunday, her lawyer said.", engine="spacy")
    assert any(e.type == "RETREAT" for e in freed.events), [(e.trigger.text, e.type) for e in freed.events]
    album = newsmodel.extract("The governor's son released his first album on Friday.", engine="spacy")
    assert not any(e.type == "RETREAT" for e in album.events)


@pytest.mark.parametrize("engine", ["rules", pytest.param("spacy", marks=needs_spacy)])
@pytest.mark.parametrize("verdict", ["had no basis", 'had "no foundation whatsoever"', "have no truth in them"])
def test_a_claim_that_has_no_basis_is_denied(engine, verdict):
    text = f"A spokeswoman for the ministry told reporters on Friday that the allegations {verdict}."
    art = newsmodel.extract(text, engine=engine)
    assert art.denials, text


@pytest.mark.parametrize("engine", ["rules", pytest.param("spacy", marks=needs_spacy)])
def test_having_no_basis_to_act_is_no_denial(engine):
    text = "The judge said on Tuesday that the tribunal had no basis to rule on the dispute between the two firms."
    assert newsmodel.extract(text, engine=engine).denials == ()


@pytest.mark.parametrize("engine", ["rules", pytest.param("spacy", marks=needs_spacy)])
def test_taking_up_an_office_is_no_mobilisation(engine):
    text = "The new consul, who served in Lagos before taking up the post last year, will leave in March."
    assert not [e for e in newsmodel.extract(text, engine=engine).events if e.type == "MOBILIZE"]


@needs_spacy
def test_soldiers_taking_up_posts_still_mobilise():
    events = newsmodel.extract("Soldiers took up posts along the border overnight.", engine="spacy").events
    assert any(e.type == "MOBILIZE" for e in events), [(e.trigger.text, e.type) for e in events]


@pytest.mark.parametrize("engine", ["rules", pytest.param("spacy", marks=needs_spacy)])
@pytest.mark.parametrize("who, blocked, kind", [
    ("Striking taxi drivers", "the main road to the airport", "PROTEST"),
    ("Villagers", "the highway with burning tyres", "PROTEST"),
    ("The army", "the bridge into the city", "COERCE"),
    ("Police", "the streets around parliament", "COERCE"),
])
def test_who_blocks_a_road_says_protest_or_restriction(engine, who, blocked, kind):
    events = newsmodel.extract(f"{who} blocked {blocked} on Tuesday.", engine=engine).events
    assert kind in {e.type for e in events}, [(e.trigger.text, e.type) for e in events]


@pytest.mark.parametrize("engine", ["rules", pytest.param("spacy", marks=needs_spacy)])
def test_a_landslide_blocking_a_road_is_no_event(engine):
    assert newsmodel.extract("A landslide blocked the highway for six hours on Tuesday.", engine=engine).events == ()
