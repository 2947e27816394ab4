"""Build ``newsmodel/lexicons/object_classes_wordnet.tsv``: object-noun classes from WordNet 3.0.

Why: a verb + object trigger ("send @relief", "mass @forces", "swap @captives") fires only for
an object noun its class lists, and wire stories name the goods, units and vessels in words no
hand-written list foresees ("corvettes", "internees", "antiseptics"). WordNet's noun hierarchy
lists them; this script walks it once and writes rows the runtime reads like any lexicon (the
runtime never needs WordNet). Hand-written rows stay in ``object_classes.tsv``; the coder reads
the union of both files.

Sense is the trap: a noun is kept only when its FIRST (most frequent) WordNet sense lies under
one of its class's root synsets ("carrier" is first a person who carries, "cruiser" a police
car, "company" a business, so none of them becomes a warship or a unit). Heads that pass that
test but still name something else in news, or name one person rather than a force, are in
the class's stop list with the reason. Whole roots were left out where their closure is
mostly trade goods: food.n.02 (bread, pork, cheese, potatoes ... -- "shipped 40,000 tonnes of
pork" is commerce), like the hand-written classes' exclusions (wheat, rice, oil, cars, drugs).

Usage: python scripts/build_object_classes.py [--wordnet DIR] [--check]
  (DIR: the WordNet 3.0 dictionary files, see scripts/get_wordnet.sh; --check exits 1 when the
  committed file differs from what would be written.)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_reader import WordNet, build_main  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "newsmodel" / "lexicons" / "object_classes_wordnet.tsv"

# heads left out of every class: the hand-written classes' exclusions (object_classes.tsv header)
EVERYWHERE = {
    "wheat": "trade good", "rice": "trade good", "oil": "trade good", "car": "trade good",
    "drug": "trade good and narcotics", "equipment": "generic", "unit": "generic", "team": "generic",
    "vehicle": "generic", "levy": "domestic taxes", "fee": "domestic charges", "penalty": "sport and courts",
}

# class -> (root synsets, {stopped head: why})
CLASSES: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    # AID: relief goods -- medicines, bedding and tents (not food.n.02: mostly trade goods)
    "relief": (
        ("medicine.n.02", "bedclothes.n.01", "tent.n.01"),
        {
            "acoustic": "a hearing aid sense, not relief goods", "chrism": "consecrated oil", "chrisom": "consecrated oil",
            "cure": "a remedy in general ('a cure for inflation')", "cure-all": "figurative", "catholicon": "figurative",
            "curative": "adjective in news", "downer": "slang", "depressant": "slang", "aloes": "rare",
            "read": "no noun sense in news", "marquee": "an event tent or a star ('marquee signing')",
            "pavilion": "a building at fairs and sports grounds", "cabana": "beach hut", "afghan": "nationality",
            "manta": "the ray", "throw": "a throw in sport", "praetorium": "historical", "pretorium": "historical",
            "dose": "already hand-written; also 'a dose of reality'",
            "placebo": "figurative", "refill": "a refill of anything", "nostrum": "figurative ('economic nostrums')",
            "palliative": "figurative", "preventive": "adjective in news", "preventative": "adjective in news",
            "restorative": "adjective in news", "therapeutic": "adjective in news", "maleate": "a chemical",
        },
    ),
    # AID: food handed out or distributed -- only with those two verbs ("distribute @food",
    # "hand out @food"): shipped, sent or delivered, most of food.n.02 is trade goods
    "food": (
        ("food.n.02",),
        {
            **{w: "figurative or another sense in news" for w in (
                "organs", "windfall", "toast", "greens", "orange", "lemon", "roast", "loaf", "leftovers",
                "chips", "fries", "steamer", "sinker", "delicatessen", "halal", "murphy", "cling", "freestone",
                "clingstone", "chilly", "gobbet", "crape", "jimmies", "sprinkles", "toad-in-the-hole", "weenie",
                "takeaway", "takeout", "ready-mix", "chine", "flitch", "pie", "plum", "produce", "oreo", "bismark")},
            **{w: "a French or slang word" for w in (
                "bleu", "porc", "veau", "boeuf", "volaille", "poulet", "huitre", "jambon", "mouton", "choc",
                "cuke", "spud", "tater", "edda", "jak", "annon")},
        },
    ),
    # AID: people sent to help (health workers; "send @helper")
    "helper": (
        ("health_professional.n.01",),
        {
            "abortionist": "not relief", "quack": "pejorative", "shrink": "a verb in news", "head-shrinker": "slang",
            "doc": "a document in news text", "intern": "office trainees", "interne": "office trainees",
            "extern": "rare", "houseman": "hospital grade", "probationer": "courts: someone on probation",
            "diplomate": "rare", "apothecary": "historical", "druggist": "a shop", "vet": "a veteran in news",
            "veterinary": "adjective in news", "hakeem": "a given name", "caregiver": "home care, not relief",
            "foster-nurse": "not relief", "accoucheur": "rare", "accoucheuse": "rare", "sawbones": "slang",
            "pharmacologist": "a researcher", "embryologist": "a researcher", "etiologist": "a researcher",
            "aetiologist": "a researcher", "gerontologist": "a researcher", "electrologist": "cosmetics",
            "hygienist": "dental", "psychoanalyst": "not relief", "inoculator": "rare",
            "pathologist": "forensic investigators", "alienist": "historical", "amputator": "rare",
            "bonesetter": "rare",
        },
    ),
    # AID: money approved, allocated or extended
    "funds": (
        ("fund.n.01", "grant.n.01", "loan.n.01"),
        {
            "budget": "a government's own budget is no aid ('approved the budget')",
            "savings": "households' savings", "postdoc": "a person", "postdoctoral": "adjective",
        },
    ),
    # MOBILIZE: armed forces, units, warships and warplanes sent, dispatched or massed
    "forces": (
        ("military_unit.n.01", "serviceman.n.01", "warship.n.01", "warplane.n.01"),
        {
            # one officer sent somewhere is a visit or a posting, not a mobilisation
            **{rank: "one officer or rank, not a force" for rank in (
                "adjutant", "admiral", "aide", "aide-de-camp", "brigadier", "captain", "colonel", "commandant",
                "commander", "commodore", "corporal", "ensign", "general", "generalissimo", "lieutenant", "major",
                "major-general", "officer", "sergeant", "subaltern", "sublieutenant", "quartermaster",
                "recruiting-sergeant", "noncom", "orderly", "private", "master-at-arms", "bombardier", "striper")},
            "enemy": "the other side, not one's own forces", "echelon": "a level ('upper echelons')",
            "vanguard": "figurative ('the vanguard of the movement')", "rearguard": "figurative ('a rearguard action')",
            "squad": "sport ('the squad for the World Cup')", "musketry": "historical",
            "noncombatant": "not a force", "veteran": "former soldiers", "ex-serviceman": "former soldiers",
            "voluntary": "adjective in news", "volunteer": "civilian volunteers", "fodder": "figurative",
            "goldbrick": "slang", "sprog": "slang", "yardbird": "slang", "doughboy": "historical",
            "lobsterback": "historical", "redcoat": "historical", "greyback": "historical", "poilu": "historical",
            "trainband": "historical", "trainbandsman": "historical", "territorial": "adjective in news",
            "kamikaze": "figurative ('a kamikaze strategy')", "interceptor": "missile or police car as well",
            "nautilus": "the mollusc", "pigboat": "slang", "battlewagon": "slang", "reserves": "currency reserves",
            "patrol": "police patrols", "armour": "clothing and figurative ('chink in the armour')",
            "ranker": "rare", "battery": "electric batteries",
            "peacekeeper": "sending peacekeepers is a UN mission, not a mobilisation",
        },
    ),
    # MOBILIZE: heavy weapons massed ("mass @arms")
    "arms": (
        ("weaponry.n.01", "gun.n.01", "missile.n.01"),
        {
            "hardware": "computers", "round": "a round of talks", "blockbuster": "a film", "canister": "a container",
            "arsenal": "figurative ('an arsenal of arguments')", "cartouch": "an ornament", "cartouche": "an ornament",
            "whizbang": "slang", "whizzbang": "slang", "bombie": "rare", "gunnery": "a skill",
            "four-pounder": "historical", "culverin": "historical", "automatic": "adjective in news",
            "gat": "slang", "piece": "a piece of news", "forty-five": "a number", "twenty-two": "a number",
            "repeater": "rare", "cannon": "figurative ('loose cannon')", "semiautomatic": "adjective in news",
        },
    ),
    # RETREAT: detained people swapped or exchanged
    "captives": (
        ("prisoner.n.01",),
        {"trusty": "an adjective in news", "surety": "a guarantee", "yardbird": "slang", "con": "a trick"},
    ),
    # SANCTION: trade measures imposed
    "trade-measures": (
        ("tariff.n.01", "embargo.n.01"),
        {"tonnage": "a ship's size", "tunnage": "rare", "customs": "the service ('customs officers')"},
    ),
    # COERCE: utilities and fuel cut off
    "utilities": (
        ("fuel.n.01",),
        {
            "firebrand": "a person", "spunk": "slang", "touchwood": "rare", "tinder": "the app; figurative",
            "kindling": "figurative", "firelighter": "rare", "igniter": "a device", "ignitor": "a device",
            "lighter": "a device", "illuminant": "rare", "combustible": "adjective in news", "resid": "rare",
            "coke": "the drink", "napalm": "a weapon", "biomass": "rare as a cut-off supply", "derv": "rare",
        },
    ),
    # SANCTION withdraw: envoys recalled or withdrawn ("minister" is no diplomat's first sense)
    "envoys": (("diplomat.n.01",), {"embassador": "a misspelling", "diplomatist": "rare", "diplomat": "staff withdrawn for their safety is no sanction"}),
    # COERCE: news outlets shut down
    "media": (("newspaper.n.01",), {}),
    # COERCE: roads blocked
    "roads": (
        ("road.n.01",),
        {
            "shortcut": "figurative", "speedway": "a sports track", "horse-trail": "not a public road",
            "driveway": "private", "mews": "private", "loop-line": "rare", "pike": "the fish and the weapon",
            "detour": "figurative", "bypass": "surgery", "byway": "figurative", "bypath": "rare",
            "cartroad": "rare", "highroad": "figurative", "clearway": "rare", "ringway": "rare",
        },
    ),
    # ASSAULT: crowds dispersed
    "crowds": (
        ("crowd.n.01", "multitude.n.02", "protester.n.01"),
        {
            "gridlock": "traffic", "snarl-up": "traffic", "swarm": "insects", "rout": "a defeat",
            "beatnik": "historical", "maverick": "figurative", "recusant": "historical", "objector": "generic",
            "dissenter": "generic", "concourse": "a hall", "hive": "bees", "ruck": "rugby", "dissident": "one person held or freed, not a crowd",
        },
    ),
    # COERCE: people expelled or sent back across a border
    "migrants": (
        ("migrant.n.01", "refugee.n.01", "immigrant.n.01"),
        {
            "backwoodsman": "not a migrant in news", "colonist": "historical", "departer": "rare",
            "frontiersman": "historical", "frontierswoman": "historical", "goer": "rare", "homesteader": "historical",
            "leaver": "school leavers", "migrator": "animals", "nester": "birds", "outgoer": "rare",
            "settler": "West Bank settlers: evicting them is no expulsion across a border",
            "squatter": "an eviction, not an expulsion across a border",
        },
    ),
    # ASSAULT: things lobbed or hurled at a target
    "projectiles": (
        ("projectile.n.01", "explosive_device.n.01"),
        {
            "boomerang": "figurative", "spitball": "figurative", "kiley": "rare", "kylie": "a given name",
            "slug": "the animal; slang", "dart": "sport", "blockbuster": "a film", "bombie": "rare",
            "detonator": "not thrown", "banderilla": "bullfighting", "projectile": "generic", "petard": "figurative ('hoist by his own petard')",
        },
    ),
}

WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")


def class_rows(wn: WordNet, name: str, roots: tuple[str, ...], stop: dict[str, str]) -> list[tuple[str, str, str]]:
    """(noun, class, source) for every one-word lemma under ``roots`` whose first sense is under them."""
    root_sets = {r: wn.synset(r) for r in roots}
    under = set(root_sets.values())
    candidates: set[str] = set()
    for root in under:
        for synset in {root} | wn.hyponym_closure(root):
            for word in synset.words:
                word = word.split("(")[0]
                if WORD.match(word):  # one lower-case word: proper names and phrases are no head nouns
                    candidates.add(word)
    out = []
    for word in sorted(candidates):
        if word in stop or word in EVERYWHERE:
            continue
        first = wn.synsets(word, "n")[0]
        if not wn.is_under(first, under):
            continue
        root = next(r for r, s in root_sets.items() if wn.is_under(first, {s}))
        out.append((word, name, f"wordnet:{wn.name(first)} < {root}"))
    return out


HEADER = """\
# object_classes_wordnet.tsv -- GENERATED by scripts/build_object_classes.py from Princeton WordNet 3.0
#   (licence: newsmodel/lexicons/NOTICE). Do not edit by hand: change the script's roots or stop
#   lists and run it again (tests/test_object_classes_wordnet.py checks this file equals its output).
#
# Format: as object_classes.tsv -- noun<TAB>class<TAB>source. The event coder reads the union of
#   both files for a row's "@class". A noun is here when its first (most frequent) WordNet noun
#   sense lies under one of the class's root synsets; source = "wordnet:<that sense> < <root>".
#   Heads the script stops by hand (with the reason) are listed in it, per class.
"""


def build(wn: WordNet) -> str:
    lines = [HEADER.rstrip("\n")]
    for name, (roots, stop) in CLASSES.items():
        lines.append(f"# ---- {name}: under {', '.join(roots)}")
        lines += ["\t".join(r) for r in class_rows(wn, name, roots, stop)]
    return "\n".join(lines) + "\n"


def main() -> int:
    return build_main(__doc__.split("\n")[0], build, OUT)


if __name__ == "__main__":
    sys.exit(main())
