"""Build ``newsmodel/lexicons/noun_kinds_wordnet.tsv``: nouns for people, and nouns for animals and
natural phenomena, from WordNet 3.0.

Why, class ``people``: news names the party that acts by what its people are -- "Tribesmen
kidnapped two tourists", "Smugglers abducted three guards", "Squatters occupied the building" --
and no hand-written list or the Phoenix agents dictionary foresees every such noun. A plural of one
heading a subject is a group of people, an actor (:func:`newsmodel.extractors.nominals.nominal_kind`).

Why, class ``no-party``: the other way round, a capitalised plural opening a sentence ("Wolves
killed dozens of sheep", "Herds of elephants raided farms") reads to the rules engine as a name;
a plural of an animal, a plant or a natural phenomenon is none
(:mod:`newsmodel.engines.rules.ner`), since PLOVER codes only events between actors.

WordNet's noun hierarchy lists these nouns; this script walks it once and writes rows the runtime
reads like any lexicon (the runtime never needs WordNet; see ``scripts/build_object_classes.py``
for the same scheme).

Sense is the trap: a noun is kept only when its FIRST (most frequent) WordNet sense is of the
class -- for ``people`` under ``person.n.01`` or ``operator.n.02`` (drivers, pilots: WordNet puts
them under causal agents, not persons) and in the lexicographer file ``noun.person``; for
``no-party`` in ``noun.animal``, ``noun.plant`` or ``noun.phenomenon``, or under
``animal_group.n.01`` ("herd", "flock"). "Star", "giant", "fan", "wolf" and "hawk" are first
something other than people; "rebel" and "crane" something other than an animal. Heads that pass
the test but in news name something else are in :data:`STOP` / :data:`STOP_NO_PARTY` with the reason.

Usage: python scripts/build_noun_kinds.py [--wordnet DIR] [--check]
  (DIR: the WordNet 3.0 dictionary files, see scripts/get_wordnet.sh; --check exits 1 when the
  committed file differs from what would be written.)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_reader import WordNet, build_main  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "newsmodel" / "lexicons" / "noun_kinds_wordnet.tsv"

ROOTS = ("person.n.01", "operator.n.02")

#: Heads whose first sense is a person but that news mostly uses otherwise (as plurals, which is
#: how the runtime reads them), with the reason.
STOP: dict[str, str] = {
    **{w: "a thing or a quantity in news" for w in (
        "bull", "bear", "dove", "hawk", "lemon", "peach", "plum", "dish", "lamb", "chicken", "turkey",
        "sport", "card", "character", "type", "number", "figure", "model", "agent", "medium", "host",
        "head", "hand", "body", "heavy", "regular", "minor", "major", "general", "private", "native",
        "subject", "object", "case", "mate", "match", "second", "square", "spot", "cover", "sign",
        "lead", "draw", "pick", "rep", "sub", "temp", "pro", "con", "ace", "star", "shot", "wing",
        "fence", "mole", "rat", "snake", "pig", "dog", "cat", "fox", "goat", "sheep", "mouse",
        "vegetable", "plant", "stiff", "drip", "drag", "flop", "hit", "bomb", "sink", "crank",
        "loser", "winner", "runner-up", "leader", "follower", "baby",
    )},
    **{w: "an institution or a group already typed by the hand-written lexicons" for w in (
        "people", "public", "crowd", "police", "military", "staff", "personnel", "management",
    )},
    **{w: "a part of the body named before it ('gang members', 'member states', 'staff members'): that body, or the person named, is the party" for w in (
        "member", "affiliate", "associate",
    )},
    **{w: "a market actor in financial news ('sellers pushed prices down')" for w in (
        "buyer", "seller", "investor", "trader", "speculator", "shareholder", "stockholder", "bidder",
        "borrower", "lender", "saver", "consumer", "shopper", "exporter", "importer",
    )},
    **{w: "a sports side or a role in a game ('the visitors attacked down the left')" for w in (
        "visitor", "host", "striker", "defender", "forward", "keeper", "goalkeeper", "midfielder",
        "batsman", "bowler", "player", "champion", "challenger", "finalist", "underdog", "favorite",
        "favourite", "opponent", "rival", "runner",
    )},
}

WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")

#: Roots and lexicographer files of class ``no-party``.
NO_PARTY_FILES = ("noun.animal", "noun.plant", "noun.phenomenon")
NO_PARTY_ROOTS = ("animal_group.n.01",)

#: Heads of class ``no-party`` that news uses for people or parties, with the reason.
STOP_NO_PARTY: dict[str, str] = {
    **{w: "a word for people or a body of them in news ('Young Turks', 'the old guard', 'Greens')" for w in (
        "turk", "green", "red", "white", "black", "brown", "grey", "gray", "youngster", "kid", "chick",
        "pack", "wing", "cell", "party", "force", "power", "movement", "wave", "current", "flood",
    )},
    **{w: "a market or money word ('Bulls pushed prices up', 'Bears')" for w in ("bull", "bear", "dove", "hawk")},
}

HEADER = """\
# noun_kinds_wordnet.tsv -- GENERATED by scripts/build_noun_kinds.py from Princeton WordNet 3.0
#   (licence: newsmodel/lexicons/NOTICE). Do not edit by hand: change the script's roots or stop
#   lists and run it again (tests/test_events_a4.py checks this file equals its output).
#
# Format: noun<TAB>class<TAB>source.
#   people: a common noun for people; its plural heading a noun phrase names a group of people
#     (newsmodel.extractors.nominals.nominal_kind). A noun is here when its first (most frequent)
#     WordNet noun sense, in the file noun.person, lies under person.n.01 or operator.n.02.
#   no-party: an animal, a plant, a natural phenomenon or a group of animals; its capitalised plural
#     opening a sentence is no name (newsmodel.engines.rules.ner). A noun is here when its first
#     sense is in noun.animal, noun.plant or noun.phenomenon, or under animal_group.n.01.
#   source = "wordnet:<that sense> < <root or file>".
"""


def _one_words(wn: WordNet, synsets) -> set[str]:  # type: ignore[no-untyped-def]
    """The one-word lower-case lemmas of ``synsets`` (proper names and phrases are no head nouns)."""
    out: set[str] = set()
    for synset in synsets:
        for word in synset.words:
            word = word.split("(")[0]
            if WORD.match(word):
                out.add(word)
    return out


def rows(wn: WordNet) -> list[tuple[str, str, str]]:
    """(noun, "people", source) for every one-word lemma under the roots whose first sense is there."""
    roots = {r: wn.synset(r) for r in ROOTS}
    under = set(roots.values())
    candidates = _one_words(wn, {s for root in under for s in {root} | wn.hyponym_closure(root)})
    out = []
    for word in sorted(candidates):
        if word in STOP:
            continue
        first = wn.synsets(word, "n")[0]
        if first.lexname != "noun.person" or not wn.is_under(first, under):
            continue
        root = next(r for r, s in roots.items() if wn.is_under(first, {s}))
        out.append((word, "people", f"wordnet:{wn.name(first)} < {root}"))
    return out


def no_party_rows(wn: WordNet) -> list[tuple[str, str, str]]:
    """(noun, "no-party", source) for every one-word noun whose first sense is an animal, a plant, a
    natural phenomenon or a group of animals."""
    roots = {r: wn.synset(r) for r in NO_PARTY_ROOTS}
    candidates = _one_words(wn, {s for root in roots.values() for s in {root} | wn.hyponym_closure(root)})
    candidates |= _one_words(wn, [s for s in wn.all_synsets("n") if s.lexname in NO_PARTY_FILES])
    out = []
    for word in sorted(candidates):
        if word in STOP_NO_PARTY:
            continue
        first = wn.synsets(word, "n")[0]
        if first.lexname in NO_PARTY_FILES:
            out.append((word, "no-party", f"wordnet:{wn.name(first)} < {first.lexname}"))
        else:
            root = next((r for r, s in roots.items() if wn.is_under(first, {s})), None)
            if root is not None:
                out.append((word, "no-party", f"wordnet:{wn.name(first)} < {root}"))
    return out


def build(wn: WordNet) -> str:
    return HEADER + "\n".join("\t".join(r) for r in rows(wn) + no_party_rows(wn)) + "\n"


def main() -> int:
    return build_main(__doc__.split("\n")[0], build, OUT)


if __name__ == "__main__":
    sys.exit(main())
