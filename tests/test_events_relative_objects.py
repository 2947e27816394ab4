"""Verb + object triggers whose object is out of place, second set (issue 14 dev batch 27, f2):
the head of a which-, whom- or that-relative clause whose relative pronoun is the verb's object
("the tariffs, which Ottawa imposed"), and, with traps, the same shapes around goods, products
and figures ("the phones, which the firm shipped").

The sentences are written for these tests (none copied from a corpus, none taken from the dev file).
"""

from __future__ import annotations

import pytest

from ._engines import ENGINES, SPACY_ONLY, events, types


@SPACY_ONLY
@pytest.mark.parametrize(
    ("text", "category", "agent"),
    [
        ("The blankets, which Austria shipped to Armenia by rail last week, reached the camps on Monday, officials said.", "AID", "Austria"),
        ("The envoy, whom Peru recalled from Mexico City in May, returned to Lima on Friday, the ministry said.", "SANCTION", "Peru"),
        ("The troops that Serbia had massed near the boundary line were pulled back on Sunday, NATO said.", "MOBILIZE", "Serbia"),
    ],
)
def test_relative_pronoun_object_stands_for_its_head(text, category, agent):
    assert any(t == category and any(agent in a for a in agents) for t, agents, _ in events(text, "spacy"))


@SPACY_ONLY
@pytest.mark.parametrize(
    "text",
    [
        "The phones, which the company shipped to retailers in March, sold out within a week, analysts said.",
        "The officers, who sent a letter of complaint to the ministry, were given a pay rise on Friday.",
    ],
)
def test_relative_clause_on_goods_or_with_its_own_object_is_no_event(text):
    assert not types(text, "spacy") & {"AID", "MOBILIZE"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category", "agent"),
    [
        ("The blankets, which Austria shipped to Armenia by rail last week, reached the camps on Monday, officials said.", "AID", "Austria"),
        ("The tariffs that Canada imposed on Chinese steel in May will stay until the dispute is settled, the minister said.", "SANCTION", "Canada"),
        ("The sanctions, which were tightened on Iran by Britain in June, hit three shipping firms, the Treasury said.", "SANCTION", "United Kingdom"),
    ],
)
def test_relative_clause_head_completes_the_trigger(engine, text, category, agent):
    assert any(t == category and any(agent in a for a in agents) for t, agents, _ in events(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
def test_far_passive_subject_completes_the_trigger(engine):
    text = "Fuel and water to the northern districts, home to 90,000 people, were cut off by militia fighters on Sunday, residents said."
    assert "COERCE" in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The phones, which the company shipped to retailers in March, sold out within a week, analysts said.",
        "The troops, which withdrew from the town on Monday, are resting in barracks, officials said.",
        "Engineers from the carmaker, who had worked at the plant for years, were sent home by the company on Friday.",
        "Officials said that the envoys met the rebels and then sent a letter to the ministry.",
    ],
)
def test_same_shapes_without_the_object_class_are_no_event(engine, text):
    assert not types(text, engine) & {"AID", "MOBILIZE", "SANCTION"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Portugal recalled from Caracas on Monday, after weeks of insults from the government there, its ambassador and a consul.", "SANCTION"),
        ("Rebel fighters cut off on Sunday, a day after the talks failed, water and electricity to the northern suburbs, residents said.", "COERCE"),
        ("Belarus massed near the Polish border over the summer, despite repeated warnings from NATO, more than 20,000 troops, officials said.", "MOBILIZE"),
    ],
)
def test_object_after_a_long_adverbial_completes_the_trigger(engine, text, category):
    assert category in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The company shipped on Friday, after a delay of a month, 3,000 laptops to schools in the north.",
        "The charity handed over to the museum this week thousands of old photographs of the port, a curator said.",
    ],
)
def test_shifted_object_outside_the_class_is_no_event(engine, text):
    assert not types(text, engine) & {"AID", "COOPERATE"}


@pytest.mark.parametrize(
    ("text", "category", "agent"),
    [
        ("Tents shipped by Norway to Armenia arrived at the camps on Sunday, the agency said.", "AID", "Norway"),
        ("Tariffs slapped on Korean steel by Ottawa last year hurt the mills, the report said.", "SANCTION", "Ottawa"),
    ],
)
def test_participle_with_a_by_phrase_without_a_parse(text, category, agent):
    assert any(t == category and any(agent in a for a in agents) for t, agents, _ in events(text, "rules"))


@pytest.mark.parametrize(
    "text",
    [
        "A documentary released by the streaming service on Friday tells the story of the strike.",
        "The cars shipped by the carmaker to Europe last month rose 8 percent, the company said.",
    ],
)
def test_participle_with_a_by_phrase_outside_the_class_is_no_event_without_a_parse(text):
    assert not types(text, "rules") & {"AID", "RETREAT"}
