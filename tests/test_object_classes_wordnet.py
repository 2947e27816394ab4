"""Object classes from WordNet 3.0 (``object_classes_wordnet.tsv``, issue 14 dev batch 23, w1).

Verb + object triggers ("dispatch @forces", "swap @captives") fire for nouns WordNet lists under a
class's roots when the noun's first sense is there; nouns whose first sense is something else
("carrier", "cutter") and trade goods stay out. The committed file must be what
``scripts/build_object_classes.py`` writes (checked only where the WordNet files are present).

The sentences are written for these tests (none copied from a corpus, none taken from the dev file).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from ._engines import ENGINES
from ._engines import types as _types

_SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, _SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The navy dispatched three corvettes to the Gulf of Aden on Monday, the ministry said.", "MOBILIZE"),
        ("Minsk massed grenadiers and artillerymen near the Polish border this week, officials said.", "MOBILIZE"),
        ("Armenia and Azerbaijan swapped 12 internees at the border on Friday, officials said.", "RETREAT"),
        ("Egypt sent anaesthetists and midwives to Sudan on Sunday, the health ministry said.", "AID"),
        ("Ankara shipped antiseptics and eiderdowns to Syria on Tuesday, the ministry said.", "AID"),
        ("The interior ministry shut down two dailies critical of the government on Monday.", "COERCE"),
        # envoys recalled (WordNet diplomat.n.01) and trade measures extended or tightened
        ("Lithuania recalled its envoy from Beijing on Tuesday after the row over Taiwan.", "SANCTION"),
        ("The European Union extended sanctions on Russia for six months on Monday.", "SANCTION"),
        ("Washington tightened tariffs on Chinese steel on Friday, officials said.", "SANCTION"),
        # arms delivered to another party are military aid; money given frozen is a sanction
        ("Germany delivered howitzers and ammunition to Ukraine on Monday, the defence ministry said.", "AID"),
        ("The World Bank froze subsidies to Mali's government after the coup on Tuesday.", "SANCTION"),
        # food handed out to people in need (only "distribute" and "hand out" take @food)
        ("UNICEF handed out biscuits and dumplings to Syrian refugees in Lebanon on Monday.", "AID"),
    ],
)
def test_wordnet_class_noun_names_the_category(engine, text, category):
    assert category in _types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        # trade goods: WordNet's food is no class (food.n.02 is mostly what is bought and sold)
        ("The meat packer shipped 9,000 tonnes of pork and sausages to Japan in May.", "AID"),
        # first senses elsewhere: a carrier is a person or an airline, a cutter a person who cuts
        ("The logistics group sent two carriers and three cutters to the plant in Ohio on Monday.", "MOBILIZE"),
        # stopped by hand: volunteers are mostly civilians, a budget approved is a government's own
        ("The town sent its volunteers to clean the beach on Saturday morning.", "MOBILIZE"),
        ("The city council approved the budget for next year on Tuesday.", "AID"),
        # a product recalled, a price plan extended
        ("The carmaker recalled 40,000 sedans over a brake fault on Monday.", "SANCTION"),
        ("The British utility extended its cheapest tariff to two million households on Monday.", "SANCTION"),
        # guns sold to shops: no recipient that is a party
        ("The gun maker shipped 3,000 rifles to sporting goods stores in Texas last month.", "AID"),
        ("The supermarket chain distributed free pancakes to shoppers at its 200 stores on Tuesday.", "AID"),
        ("The meat packer delivered 9,000 tonnes of sausages and bacon to China in May.", "AID"),
    ],
)
def test_nouns_outside_the_wordnet_classes_name_no_such_event(engine, text, category):
    assert category not in _types(text, engine)


def test_committed_file_is_what_the_build_script_writes():
    reader = _load("wordnet_reader")
    if not (reader.default_dir() / "data.noun").is_file():
        pytest.skip("WordNet 3.0 files absent: run scripts/get_wordnet.sh")
    build = _load("build_object_classes")
    assert build.OUT.read_text(encoding="utf-8") == build.build(reader.WordNet())


def test_every_generated_class_is_a_hand_written_class():
    # a "@class" is declared by object_classes.tsv; the generated file only adds nouns to it
    from newsmodel.lexicons import word_classes

    assert set(word_classes("object_classes_wordnet.tsv")) <= set(word_classes("object_classes.tsv"))
