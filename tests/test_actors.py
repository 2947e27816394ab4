"""Canonical actors through the public API."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


def _actors(text: str, engine: str):
    return {a.name: a for a in newsmodel.extract(text, engine=engine).actors}


@pytest.mark.parametrize("engine", ENGINES)
def test_titles_split_and_affiliation(engine):
    text = "Kremlin spokesman Dmitry Peskov spoke. Iranian Foreign Minister Abbas Araqchi agreed."
    actors = _actors(text, engine)
    peskov, araqchi = actors["Dmitry Peskov"], actors["Abbas Araqchi"]
    assert peskov.titles == ("Kremlin spokesman",) and peskov.affiliation == actors["Kremlin"].id
    assert araqchi.affiliation == actors["Iran"].id


@pytest.mark.parametrize("engine", ENGINES)
def test_title_inside_the_name_is_split_off(engine):
    a = _actors("Supreme Leader Ayatollah Ali Khamenei spoke. Khamenei left.", engine)["Ali Khamenei"]
    assert a.titles == ("Supreme Leader", "Ayatollah")
    assert "Supreme" not in _actors("Supreme Leader Ayatollah Ali Khamenei spoke.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_surname_and_spelling_variant_fold_into_one_actor(engine):
    text = "Abbas Araqchi arrived. Araqchi spoke. Later Mr. Araghchi left."
    people = [a for a in newsmodel.extract(text, engine=engine).actors if a.kind == "person"]
    assert [p.name for p in people] == ["Abbas Araqchi"]


@pytest.mark.parametrize("engine", ENGINES)
def test_demonym_and_capital_map_to_country(engine):
    actors = _actors("Israeli strikes hit Iran. Tehran said Israel would pay.", engine)
    assert "Israeli" not in actors and "Tehran" not in actors
    assert {m.text for m in actors["Israel"].mentions} >= {"Israeli", "Israel"}
    assert "Tehran" in {m.text for m in actors["Iran"].mentions}


@pytest.mark.parametrize("engine", ENGINES)
def test_kremlin_is_an_organization_of_russia(engine):
    actors = _actors("The Kremlin said Russia would help.", engine)
    assert actors["Kremlin"].kind == "organization" and actors["Kremlin"].affiliation == actors["Russia"].id
    assert actors["Kremlin"].wikidata is None


@pytest.mark.parametrize("engine", ENGINES)
def test_anonymous_sources_are_group_actors(engine):
    actors = _actors("According to sources, officials were worried.", engine)
    assert actors["sources"].kind == "group"


def test_pronouns_left_out_of_the_engines_chains_still_resolve():
    """A chain places the pronouns it covers; a pronoun it misses gets the nearest-person rule."""
    from newsmodel import CorefChain

    text = "Maria Lopez met Tom Baker. He said the plan was right. Later she left."
    doc = newsmodel.annotate(text)
    tom, he, she = text.index("Tom Baker"), text.index("He"), text.rindex("she")
    doc.chains = [CorefChain(mentions=((tom, tom + 9), (he, he + 2)))]  # "she" is not in any chain
    art = newsmodel.run_extractors(doc)
    owners = {m.start: a.name for a in art.actors for m in a.mentions}
    assert owners[he] == "Tom Baker"
    assert she in owners  # resolved by the fallback rule instead of left without an actor
