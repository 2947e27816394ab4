"""A named body called again by its head word alone: "The Harlan Gazette reported ... The Gazette
said ..." is one outlet, not two actors.

News names an outlet, a company or an office in full once and then by the last word of its name
with "the" ("the Journal" after "The Wall Street Journal", "the Post" after "The Washington
Post", "Technologies" after "United Technologies"). The extractors made the short form an actor
of its own (an organisation on the rules engine, often a person on spaCy's small model). A
one-word name is read as the full name when

* the word heads organisations' names (``org_words.tsv`` class ``org_head``: Times, Post,
  Journal, Gazette, Technologies, Department ...), so no person or place is meant;
* exactly one name of two words or more in the document ends with it (the Harlan Gazette and the
  Dorset Gazette leave "the Gazette" alone), and that name made an organisation;
* neither the gazetteer nor the Phoenix dictionaries know the word itself ("House" after "White
  House" is the chamber, "GOP" after "New Hampshire GOP" the national party);
* the word is no plural of people ("Democrats" after "Virginia Democrats": the party at large);
* the longer name does not open with a quantifier (``actor_words.tsv`` class
  ``counting-adjective``: "Other Republicans" is no name "Republicans" shortens).

A company is also called by the first word of its name when the rest of it is head words ("Ford"
after "Ford Motor", "Hallam" after "Hallam Motor Company"): the same tests hold, with the word
opening exactly one such name, and neither a given name (``first_names.tsv``) nor a word of a
person's longer name in the document ("Trump" beside "Donald Trump" and "Trump Casinos"); issue
14, helper a23 at stop 45 ("Ford" was a person beside the carmaker on PolNeAR train).

Issue 14, helper a22 at stop 45 (outlet name variants split on PolNeAR train: "Journal" beside
"Wall Street Journal", "Post" beside "Washington Post", "Technologies" beside "United
Technologies").
"""

from __future__ import annotations

from functools import lru_cache

from typing import Sequence

from ..document import AnnotatedDocument, Entity
from ..draft import Draft
from ..lexicons import gazetteer, word_class
from ..lexicons.nouns import org_head_word, person_nouns, wordnet_people
from .cameo import actor_code

#: Labels a short form may carry: the small spaCy model tags some "the Gazette" PERSON.
_SHORT_LABELS = frozenset({"ORG", "PERSON"})


def _people_plural(word: str) -> bool:
    """A plural whose singular names a person (``nouns.person_nouns``, WordNet's people:
    "Democrats", "Republicans", "Partners"): members of a party, whom a longer name narrows."""
    low = word.lower()
    return low.endswith("s") and (low[:-1] in person_nouns() or low[:-1] in wordnet_people())


def _full_names(entities: Sequence[Entity], stripped: Sequence[tuple[int, list[str]]], hits: Sequence[object]) -> dict[str, list[int]]:
    """Last word -> indices of the entities of two words or more, each word capitalised, that end
    with it, one per distinct name: organisations, and names tagged people (spaCy's small model
    tags some outlets PERSON: "the Dorset Gazette" still makes "the Gazette" ambiguous)."""
    counting = word_class("actor_words.tsv", "counting-adjective")
    out: dict[str, list[int]] = {}
    seen: dict[str, set[tuple[str, ...]]] = {}
    for i, (e, (_first, words), hit) in enumerate(zip(entities, stripped, hits)):
        if e.label not in _SHORT_LABELS or hit is not None or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if words[0].lower() in counting and not _opens_with_place(words):
            continue  # "Other Republicans": a quantifier a tagger took into the name, no longer name
        names = seen.setdefault(words[-1], set())
        if tuple(words) not in names:
            names.add(tuple(words))
            out.setdefault(words[-1], []).append(i)
    return out


def _opens_with_place(words: Sequence[str]) -> bool:
    """The name's first two words name a place -- the gazetteer's, or one the Phoenix countries
    dictionary codes as a country's place (a bare country code): "New York Times", "New Jersey
    Herald". Its first word is then no quantifier ("New" is a ``counting-adjective``), and the name
    is a longer name whose head word may stand for it ("the Times"). Issue 14, helper a24 at stop 46
    (PolNeAR train sample: "the Times", five mentions, split from "The New York Times" on both
    engines)."""
    if len(words) < 3:
        return False
    pair = tuple(words[:2])
    if gazetteer().get(pair) is not None:
        return True
    code = actor_code(" ".join(pair)) or ""
    return len(code) == 3 and code.isalpha() and code.isupper()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names (``first_names.tsv``, both sexes), lower case; made once (the union of the two
    lists was a third of this module's cost when rebuilt for each text)."""
    return word_class("first_names.tsv", "male") | word_class("first_names.tsv", "female")


def _company_firsts(entities: Sequence[Entity], stripped: Sequence[tuple[int, list[str]]], hits: Sequence[object]) -> dict[str, set[tuple[str, ...]]]:
    """First word -> the distinct organisation names of two words or more, each capitalised, that
    open with it and whose other words are all head words ("Ford Motor", "Hallam Motor Company")."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for e, (_first, words), hit in zip(entities, stripped, hits):
        if e.label != "ORG" or hit is not None or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if all(org_head_word(w) for w in words[1:]) and not org_head_word(words[0]):
            out.setdefault(words[0], set()).add(tuple(words))
    return out


def _person_name_words(entities: Sequence[Entity], stripped: Sequence[tuple[int, list[str]]]) -> frozenset[str]:
    """The words of the document's person names of two words or more ("Donald Trump")."""
    return frozenset(w for e, (_first, words) in zip(entities, stripped) if e.label == "PERSON" and len(words) > 1 for w in words)


def short_names(doc: AnnotatedDocument, stripped: Sequence[tuple[int, list[str]]], hits: Sequence[object]) -> dict[int, int]:
    """Entity index of each short form -> entity index of the full name it stands for."""
    entities = doc.entities
    full = _full_names(entities, stripped, hits)
    firsts = _company_firsts(entities, stripped, hits)
    if not full and not firsts:
        return {}
    given = _given_names()
    people: frozenset[str] | None = None
    gaz = gazetteer()
    out: dict[int, int] = {}
    for i, (e, (_first, words), hit) in enumerate(zip(entities, stripped, hits)):
        if e.label not in _SHORT_LABELS or hit is not None or len(words) != 1:
            continue
        word = words[0]
        if word in firsts and len(firsts[word]) == 1 and word.lower() not in given and gaz.get((word,)) is None and actor_code(word) is None:
            if people is None:
                people = _person_name_words(entities, stripped)
            if word not in people:
                name = next(iter(firsts[word]))
                target = next((k for k, (_f, ws) in enumerate(stripped) if tuple(ws) == name and entities[k].label == "ORG"), None)
                if target is not None:
                    out[i] = target  # "Ford" after "Ford Motor": the company by its first word
                    continue
        if not org_head_word(word) or gaz.get((word,)) is not None or actor_code(word) is not None:
            continue  # "the House" after "the White House", "GOP" after "New Hampshire GOP": a body of its own
        if _people_plural(word):
            continue  # "Democrats" after "Virginia Democrats": the party's people, not that group alone
        targets = full.get(word, [])
        if len(targets) == 1:
            out[i] = targets[0]
    return out


def fold_short_names(doc: AnnotatedDocument, draft: Draft, pairs: dict[int, int], stripped: Sequence[tuple[int, list[str]]]) -> None:
    """Give each short form's span (without its "the") to the actor its full name made; a full
    name that made no actor leaves the short form unread."""
    entities = doc.entities
    for short, full in pairs.items():
        actor_id = draft.actor_at(doc.tokens[stripped[full][0]].start, entities[full].end)
        actor = draft.actor_fields(actor_id)
        if actor is None or actor.kind != "organization":
            continue
        start, end = doc.tokens[stripped[short][0]].start, entities[short].end
        if draft.actor_at(start, end) is None:
            draft.add_mention(actor_id, start, end)
