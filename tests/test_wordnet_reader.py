"""scripts/wordnet_reader.py: the WordNet 3.0 reader used by lexicon build scripts.

Skips unless the WordNet files are present (scripts/get_wordnet.sh); the runtime never needs them.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "wordnet_reader.py"
_spec = importlib.util.spec_from_file_location("wordnet_reader", _SCRIPT)
wordnet_reader = importlib.util.module_from_spec(_spec)
sys.modules["wordnet_reader"] = wordnet_reader  # dataclasses look their module up here
_spec.loader.exec_module(wordnet_reader)

if not (wordnet_reader.default_dir() / "data.noun").is_file():
    pytest.skip("WordNet 3.0 files absent: run scripts/get_wordnet.sh", allow_module_level=True)


@pytest.fixture(scope="module")
def wn():
    return wordnet_reader.WordNet()


def test_names_round_trip(wn):
    for name in ("person.n.01", "weapon.n.01", "tent.n.01", "military_unit.n.01"):
        assert wn.name(wn.synset(name)) == name


def test_senses_come_in_frequency_order(wn):
    # "strike" as a noun: the labour sense is listed first in WordNet 3.0, the attack sense later.
    senses = wn.synsets("strike")
    assert "refusal to work" in senses[0].gloss
    assert "attack" in senses[1].gloss


def test_closures(wn):
    person = wn.synset("person.n.01")
    fisherman = wn.synsets("fisherman")[0]
    assert wn.is_under(fisherman, {person})
    assert person in wn.hypernym_closure(fisherman)
    assert fisherman in wn.hyponym_closure(person)
    rifle = wn.synsets("rifle")[0]
    assert wn.is_under(rifle, {wn.synset("weapon.n.01")})
    assert not wn.is_under(wn.synsets("tent")[0], {wn.synset("weapon.n.01")})


def test_lemmas_are_plain_lower_case(wn):
    assert "military force" in wn.lemmas(wn.synset("military_unit.n.01"))


def test_unknown_synset_is_a_key_error(wn):
    with pytest.raises(KeyError):
        wn.synset("person.n.99")
