"""A country named again by a descriptive phrase: "the Gulf state", "the Baltic nation", "the island
nation", "the oil-rich kingdom".

News names a country once and then, to vary the wording, by what it is: "Qatar ... The Gulf state
condemned ...".  Read word by word, the phrase's region word is a place ("Gulf": the Persian Gulf) or,
on the rules engine, an unknown capitalised word taken for a person ("Baltic"); the party that acts is
the country.  So the whole phrase is a mention of a country actor (PLOVER's actors are states and
bodies, not places): the country named last within a short window before it, else -- no country in
context -- a country actor named by the phrase itself ("Gulf state").  An of-phrase that names the
country ("the Gulf state of Kuwait") makes the phrase that country's.

What counts (``actor_words.tsv``): "the", then one to three modifiers, then a singular head
(``epithet-head``).  The modifiers are a capitalised region word (``epithet-region``, optionally after
a compass word, ``epithet-compass``: "the West African nation") or a lower-case adjective of
``epithet-adjective`` ("island", "oil-rich"); a head "state" takes only a region word, since "the swing
state" and "the home state" name US states.  An of-phrase naming no country ("the Gulf state of
Louisiana") leaves the phrase alone.  Issue 14, helper a11 at stop 39.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..document import AnnotatedDocument
from ..draft import Draft
from ..lexicons import gazetteer, word_class

#: How far back (characters) the country the phrase names again is looked for.
_WINDOW = 1200


class Epithet(NamedTuple):
    """One phrase: its tokens ``first`` ("the") .. ``end`` (exclusive, after the head)."""

    first: int
    end: int


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    name = "actor_words.tsv"
    return (
        word_class(name, "epithet-region"), word_class(name, "epithet-compass"),
        word_class(name, "epithet-adjective"), word_class(name, "epithet-head"),
    )


def find_epithets(doc: AnnotatedDocument) -> list[Epithet]:
    """The country epithets of ``doc``, in text order (see the module's docstring)."""
    regions, compass, adjectives, heads = _words()
    lowered = doc.lowered_texts()
    tokens = doc.tokens
    out: list[Epithet] = []
    for h, low in enumerate(lowered):
        if low not in heads or h < 2 or not tokens[h].text.islower():
            continue  # "the Central African Republic": a capitalised head is part of a name
        if h + 1 < len(tokens) and tokens[h + 1].text[:1].isupper() and tokens[h + 1].pos == "PROPN":
            continue  # "the Gulf state Qatar": a name follows, the name is the actor
        k, region, adjective, n = h - 1, False, False, 0
        while k >= 0 and n < 3:
            word, text, first = lowered[k], tokens[k].text, k
            if k >= 2 and lowered[k - 1] == "-" and tokens[k - 2].end == tokens[k - 1].start and tokens[k - 1].end == tokens[k].start:
                first = k - 2  # "oil-rich" split into three tokens by the tokenizer
                word, text = "".join(lowered[first : k + 1]), tokens[first].text
            if word in regions and text[:1].isupper():
                region = True
            elif word in compass and region and text[:1].isupper():
                pass  # "the West African nation": a compass word before a region word
            elif word in adjectives and text[:1].islower():
                adjective = True
            else:
                break
            k, n = first - 1, n + 1
        if k < 0 or lowered[k] != "the" or k == h - 1 or tokens[k].sent != tokens[h].sent:
            continue
        if not region and (not adjective or low == "state"):
            continue
        out.append(Epithet(k, h + 1))
    return out


def epithet_tokens(epithets: list[Epithet]) -> set[int]:
    """The token indices the phrases cover: no entity inside one is an actor of its own."""
    return {k for e in epithets for k in range(e.first, e.end)}


def add_country_epithets(doc: AnnotatedDocument, draft: Draft, epithets: list[Epithet]) -> None:
    """Each phrase as a mention of the country it names again (see the module's docstring)."""
    gaz = gazetteer()
    tokens = doc.tokens
    for ep in epithets:
        start, end = tokens[ep.first].start, tokens[ep.end - 1].end
        of_country = _of_country(doc, ep.end, gaz)
        if of_country is False:
            continue  # "the Gulf state of Louisiana": a place that is no country
        if isinstance(of_country, str):
            actor_id: str | None = draft.actor_id_named(of_country, "country")
        else:
            actor_id = _country_before(draft, start)
        if actor_id is None:
            words = [t.text for t in tokens[ep.first + 1 : ep.end]]
            actor_id = draft.actor_id_named(" ".join(words), "country")
        draft.add_mention(actor_id, start, end)


def _of_country(doc: AnnotatedDocument, after: int, gaz) -> str | bool | None:  # type: ignore[no-untyped-def]
    """The country an of-phrase right after the head names ("the Gulf state of Kuwait"): its canonical
    name; False when the of-phrase names something else; None when there is no of-phrase."""
    tokens = doc.tokens
    if after + 1 >= len(tokens) or tokens[after].text.lower() != "of" or not tokens[after + 1].text[:1].isupper():
        return None
    for n in (3, 2, 1):
        words = tuple(t.text for t in tokens[after + 1 : after + 1 + n])
        hit = gaz.get(words)
        if hit is not None and hit[0] == "country":
            return hit[1]
    return False


def _country_before(draft: Draft, offset: int) -> str | None:
    """The country actor mentioned last before ``offset``, within the window."""
    for _s, _e, actor_id in draft.mentions_before(offset, limit=max(0, offset - _WINDOW)):
        actor = draft.actor_fields(actor_id)
        if actor is not None and actor.kind == "country":
            return actor_id
    return None
