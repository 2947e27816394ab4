"""Headline clauses whose verb is also a noun (issue 14 batch 80, helper e40 at stop 37).

"Police fire tear gas at ...", "court sentences ... to six years", "Rebels Attack Army
Convoy": taggers read the verb as a noun, so the line was one noun phrase and gave no event.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.engines.headline_clauses import is_headline_line

from ._engines import ENGINES, SPACY_ONLY, events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, category, agent, target",
    [
        ("Guards fire rubber bullets at marching nurses", "ASSAULT", "Guards", "nurses"),
        ("Border Guards Fire Rubber Bullets at Marching Nurses", "ASSAULT", "Guards", "Nurses"),
        ("court sentences former governor to nine years for fraud", "SANCTION", "court", "governor"),
        ("Court Sentences Former Governor to Nine Years for Fraud", "SANCTION", "Court", "Governor"),
        ("navy shells pirate boats off the coast", "ASSAULT", "navy", ""),
        ("Nurses march on health ministry over night shifts", "PROTEST", "Nurses", ""),
    ],
)
def test_the_headline_verb_read_as_a_noun_carries_its_event(engine, text, category, agent, target):
    found = events(text, engine)
    match = [e for e in found if e[0] == category]
    assert match, found
    assert any(agent.lower() in " ".join(a).lower() for _c, a, _t in match), found
    assert not target or any(target.lower() in " ".join(t).lower() for _c, _a, t in match), found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Fire Destroys Timber Yard Near Harbour",
        "Negotiations Continue as Budget Deadline Looms",
        "Calls Mount for Review of Hospital Closures",
        "Eagles Beat Falcons in League Decider",
        "Five Hurt in Explosion at Fuel Depot",
    ],
)
def test_the_same_words_with_no_party_acting_give_no_event(engine, text):
    assert events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_an_auxiliary_less_passive_with_its_agent_names_both_parties(engine):
    found = events("Three Bloggers Detained by Police in Port City", engine)
    assert [c for c, _a, _t in found] == ["COERCE"], found
    _c, agents, targets = found[0]
    assert any("police" in a.lower() for a in agents), found
    assert any("bloggers" in t.lower() for t in targets), found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, category",
    [
        ("Workers Storm Factory Offices in Protest Over Unpaid Bonuses", "PROTEST"),
        ("Demonstrators stormed the town hall on Friday.", "PROTEST"),
        ("Gunmen Storm Police Station in Mountain Town", "ASSAULT"),
    ],
)
def test_a_storming_by_civilians_is_a_riot_and_by_gunmen_an_assault(engine, text, category):
    found = {c for c, _a, _t in events(text, engine)}
    assert category in found and ({"PROTEST", "ASSAULT"} - {category}).isdisjoint(found), found


@pytest.mark.parametrize("engine", ENGINES)
def test_an_attack_on_a_partys_plan_is_criticism(engine):
    found = {c for c, _a, _t in events("Poland Attacks EU Plan on Asylum Quotas", engine)}
    assert "ACCUSE" in found and "ASSAULT" not in found, found


@pytest.mark.parametrize("engine", ENGINES)
def test_headline_raps_is_criticism(engine):
    found = events("UN Raps Belarus Over Treatment of Journalists", engine)
    assert [c for c, _a, _t in found] == ["ACCUSE"], found


@pytest.mark.parametrize("engine", ENGINES)
def test_a_title_line_closing_with_a_full_stop_is_read_as_a_headline(engine):
    art = newsmodel.extract("Governor endorses Ortega for senate.\n\nThe governor spoke at a rally on Monday.", engine=engine)
    assert "SUPPORT" in {e.type for e in art.events if e.trigger.start < 36}, art.events


def test_the_headline_line_test():
    assert is_headline_line("police fire tear gas at students", 0, 33)
    assert not is_headline_line("Police fired tear gas at students.", 0, 34)  # running text
    assert not is_headline_line("Police fire tear gas.", 0, 21)  # a full stop and no text after
    text = "Police fire tear gas.\n\nMore follows."
    assert is_headline_line(text, 0, 21)  # an article's title line
    assert not is_headline_line("He said police fire tear gas", 8, 28)  # not the whole line


_WORDS = ["police", "fire", "court", "sentences", "rebels", "attack", "army", "shells", "talks", "calls", "plans", "cuts", "march", "storm", "at", "over", "in", "students", "Tear", "Gas", "Convoy", "Ban"]


@SPACY_ONLY
@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=9))
def test_a_repaired_headline_is_still_one_tree(words):
    # whatever the words, every sentence of the parse keeps one root and no cycle
    doc = newsmodel.plugins.engine_info("spacy").factory().annotate(" ".join(words))
    for s in doc.sentences:
        toks = doc.tokens[s.token_start : s.token_end]
        assert sum(t.head is None for t in toks) == 1
        for t in toks:
            seen, h = 0, t.head
            while h is not None:
                seen += 1
                assert seen <= len(toks) and s.token_start <= h < s.token_end
                h = doc.tokens[h].head
