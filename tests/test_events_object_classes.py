"""Verb + object triggers whose object is a noun class (``object_classes.tsv``, issue 14 dev
batch 20, e5): a wire story names the goods, funds, forces or captives in words no single pair
row lists, and the verb alone names no event. The same verbs with objects outside the classes
("sent a letter", "moved the meeting", "shipped cars") stay no event of that category.

The sentences are written for these tests (none copied from a corpus, none taken from the dev file).
"""

from __future__ import annotations

import pytest

from ._engines import ENGINES, SPACY
from ._engines import types as _types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Turkey sent tarpaulins and blankets to the flooded villages of northern Iraq on Monday.", "AID"),
        ("Oman delivered insulin to hospitals in Aden on Tuesday, the health ministry said.", "AID"),
        ("Denmark allocated 40 million kroner in grants to Moldovan schools on Monday.", "AID"),
        ("Kenya shut down two opposition radio stations on Friday.", "COERCE"),
        # a class noun as the second of two objects, or counted by a unit
        ("Sweden allocated 200 million crowns in grants to Ukrainian hospitals on Monday.", "AID"),
        ("Belarus massed howitzers near the Lithuanian border over the weekend.", "MOBILIZE"),
        ("Sudan dispatched paratroopers to the city of El Fasher on Wednesday.", "MOBILIZE"),
        ("The two sides swapped 40 detainees at the border on Friday.", "RETREAT"),
        ("Washington slapped duties on Vietnamese solar panels on Thursday.", "SANCTION"),
        ("Police lobbed grenades at the barricades overnight.", "ASSAULT"),
    ],
)
def test_object_of_a_class_names_the_category(engine, text, category):
    assert category in _types(text, engine)


@pytest.mark.skipif(not SPACY, reason="spaCy model not installed")
def test_class_noun_as_a_second_object_names_the_category():
    # the parse joins the objects; the rules engine reads only the first
    text = "Kuwait delivered cement and tarpaulins to Syrian families in Idlib on Thursday."
    assert "AID" in _types(text, "spacy")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The minister sent a letter to the regional governors on Monday.", "AID"),
        ("The carmaker shipped 8,000 vehicles to Chile in March.", "AID"),
        ("The airline shared its booking figures with analysts on Tuesday.", "COOPERATE"),
        ("The council imposed a fee on tourist buses entering the old town.", "SANCTION"),
        ("The studio swapped its release dates for the two films.", "RETREAT"),
        ("The publisher sent 300 copies of its new atlas to schools in the region.", "AID"),
        ("The exporter shipped cement and steel to Iraq last month.", "AID"),
    ],
)
def test_same_verbs_with_other_objects_name_no_such_event(engine, text, category):
    assert category not in _types(text, engine)
