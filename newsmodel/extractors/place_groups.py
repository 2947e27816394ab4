"""Officials named by a place: "Pacific Island leaders", "Balkan envoys", "Sahel defence ministers".

A plural noun for officials (``actor_words.tsv`` class ``official-plural``) after a name, with at
most two lower-case words between ("Pacific island leaders", "Nordic foreign ministers"), names
people: the officials of that place, not the place.  When the name is a country or an
organisation the other rules already read the phrase ("Egyptian officials": Egypt's officials,
coded EGYGOV; "Hamas leaders": the movement), so only a place, a region or a name the tagger
could not type (the rules engine calls any unknown capitalised run a person) is read here.  The
phrase becomes one group actor, the participant its noun heads; the name keeps its own actor and
mention (a place named, not a party: "Kansas City" stays the city) (issue 14, helper a10 at stop
38; both engines, no parse needed).
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument
from ..draft import Draft
from ..lexicons import word_class
from .cameo import longest_agent
from .generic_agents import CODE, national_only
from .word_positions import positions

__all__ = ["add_place_groups", "official_plurals"]

#: Kinds of name actor whose officials this module reads (countries and bodies are read elsewhere).
_PLACE_KINDS = frozenset({"location", "other", "person"})


@lru_cache(maxsize=1)
def official_plurals() -> frozenset[str]:
    return word_class("actor_words.tsv", "official-plural")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return word_class("first_names.tsv", "male") | word_class("first_names.tsv", "female")


def _place_like(draft: Draft, actor_id: str) -> bool:
    """A place or an untyped name; a person only when nothing says it is one (no title, no given name)."""
    actor = draft.actor_fields(actor_id)
    if actor is None or actor.kind not in _PLACE_KINDS:
        return False
    if actor.kind == "person":
        return not actor.titles and actor.name.split()[0].lower() not in _given_names()
    return True


def add_place_groups(doc: AnnotatedDocument, draft: Draft, lowered: list[str]) -> None:
    """Make the officials named by a place one group actor each (see the module's docstring)."""
    plurals = official_plurals()
    tokens = doc.tokens
    column = lowered if len(lowered) <= len(tokens) else lowered[: len(tokens)]
    for i in positions(plurals, column):  # only the officials' plurals (word_positions: the word test in C)
        t = tokens[i]
        if t.pos not in ("NOUN", "PROPN") or draft.actor_at(t.start, t.end):
            continue
        first = doc.sentences[t.sent].token_start
        k = t.i - 1
        while k >= first and t.i - k <= 2 and doc.tokens[k].pos in ("NOUN", "ADJ") and doc.tokens[k].text[:1].islower():
            k -= 1
        if k < first or not doc.tokens[k].text[:1].isupper():
            continue
        name = doc.tokens[k]
        name_id = draft.actor_at(name.start, name.end)
        if name_id is None or not _place_like(draft, name_id):
            continue
        # the name's own mention, which may take in a lower-case word ("Pacific island", LOC)
        mention = next(((s, e) for s, e, a in draft.mentions_between(doc.tokens[first].start, t.start) if a == name_id and s <= name.start < e), None)
        if mention is None:
            continue
        start = mention[0]
        actor_id = draft.actor_id_named(doc.text[start : t.end], "group")
        draft.add_mention(actor_id, start, t.end)
        code = None if national_only(t) else longest_agent(doc, t)
        actor = draft.actor_fields(actor_id)
        if actor is not None and actor.code is None and code is not None and CODE.match(code[1]):
            draft.update_actor_fields(actor_id, code=code[1])
