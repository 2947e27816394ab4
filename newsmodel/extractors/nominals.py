"""Nominal actors: "the governor", "the ministry", "officials", "liberals".

A role, organisation or collective noun that names no one in particular is
an actor of its own.  Whichever rule meets the noun first -- a statement's
source, a denial's or an event's agent -- the actor is made here, typed by
the same lexicons (``org_words.tsv``, ``titles.tsv``) and named the same
way, so the governor who speaks and the governor who acts are one person.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from ..document import Token
from ..draft import Draft
from ..lexicons import group_nouns, org_nouns, person_nouns, titles, word_class
from ..lexicons.nouns import wordnet_people
from .role_people import one_person_noun
from .title_phrases import title_code, title_phrase_end
from .titled_antecedents import titled_person

__all__ = ["nominal_kind", "nominal_name", "nominal_actor", "surname_in_s", "names_party", "kin_owner"]

#: Possessive determiners that make a kin noun someone's ("his wife", "her brother").
_OWNER_PRONOUNS = frozenset({"his", "her", "their"})


@lru_cache(maxsize=1)
def _kin_nouns() -> frozenset[str]:
    return word_class("actor_words.tsv", "kin-noun")


def kin_owner(draft: Draft, head: Token) -> str | None:
    """Whose kin the noun ``head`` names, from the possessor right before it (lower-case
    modifiers aside): the possessor's actor name ("his wife" with "his" resolved to Ana Ruiz: "Ana
    Ruiz"; "Putin's daughter": "Vladimir Putin"), else the possessor as written ("the senator's
    brother": "senator").  Kin are people of their own (the kin-noun class of
    ``actor_words.tsv``), so two owners' kin are two actors, not one "wife" (issue 14, helper
    a10).  None when no possessor is written or a pronoun stays unresolved."""
    doc = draft.doc
    first_of_sentence = doc.sentences[head.sent].token_start
    k = head.i - 1
    while k >= first_of_sentence and head.i - k <= 3 and doc.tokens[k].pos in ("ADJ", "NOUN") and doc.tokens[k].text[:1].islower():
        k -= 1  # "his former wife", "the senator's ex-wife"
    if k < first_of_sentence:
        return None
    t = doc.tokens[k]
    if t.text.lower() in _OWNER_PRONOUNS:
        actor = draft.actor_fields(draft.actor_at(t.start, t.end))
        return actor.name if actor is not None and actor.kind == "person" else None
    if t.text not in ("'s", "’s"):
        return None
    first = k - 1
    while first > first_of_sentence and k - first < 4 and doc.tokens[first - 1].pos in ("PROPN", "NOUN", "ADJ"):
        first -= 1
    if first < first_of_sentence or doc.tokens[first].pos not in ("PROPN", "NOUN", "ADJ"):
        return None
    a, z = doc.tokens[first].start, doc.tokens[k - 1].end
    owner = draft.actor_fields(draft.actor_at(a, z))
    if owner is not None and owner.kind == "person" and owner.name[:1].isupper():
        return owner.name
    written = doc.text[a:z]
    return written if written[:1].isupper() and doc.tokens[first].pos == "PROPN" else written.lower()


#: Prefixes of a role noun that make its bearer a former holder ("ex-governor"): still a person.
_FORMER_PREFIXES = ("ex-", "ex–")


def nominal_kind(head: Token) -> str | None:
    """``organization`` ("ministry"), ``group`` ("officials", "senators") or ``person`` ("governor").

    None for a word no lexicon types.
    """
    low, lemma = head.text.lower(), head.lemma.lower()
    if head.pos not in ("NOUN", "PROPN"):
        return None
    for prefix in _FORMER_PREFIXES:  # "the ex-governor", "ex-ministers": a former governor is a person
        if low.startswith(prefix) and len(low) > len(prefix) + 2:
            low, lemma = low[len(prefix) :], lemma[len(prefix) :] if lemma.startswith(prefix) else lemma
            break
    if low in org_nouns() or lemma in org_nouns():
        return "organization"
    if low in group_nouns() or lemma in group_nouns():
        return "group"
    if lemma in person_nouns() or titles().get((lemma,)) == "role" or titles().get((low,)) == "role":
        return "group" if _plural(head) else "person"  # "the senators" are a group of people
    if _wordnet_plural(low, lemma) and not surname_in_s(head):
        return "group"  # "Tribesmen kidnapped ...", "smugglers": people the hand-written lists leave out
    return None


def names_party(draft: Draft, w: Token, *, actor_kinds: Collection[str] | None, noun_kinds: Collection[str]) -> bool:
    """Whether ``w`` names a party of one of the kinds a rule asks for: the actor found at ``w``
    if there is one (any actor when ``actor_kinds`` is None), else a noun the lexicons type
    (:func:`nominal_kind`) as one of ``noun_kinds`` ("the governor", "the party's leaders").

    Sense rules ask this of an object or a subject ("blasted the governor", "pushed lawmakers to
    act", "committed to Senator Smith"); each passes the kinds its own sense needs, so one answer
    is read the same way everywhere.
    """
    actor = draft.actor_fields(draft.actor_at(w.start, w.end))
    if actor is not None:
        return actor_kinds is None or actor.kind in actor_kinds
    return nominal_kind(w) in noun_kinds


def surname_in_s(t: Token) -> bool:
    """A word in -s that is a surname, not a capitalised plural ("Adams accused the mayor", "Jones
    met the envoy" -- not "Landslides blocked", "Guards confiscated"): the tagger calls it a singular
    proper noun (NNP, not NNPS or NNS), and neither it nor its singular less -s or -es is a common
    word of the lexicons' vocabulary (issue 14 batch 52). "Adams" is no plural of WordNet's Adam."""
    from ..engines.headline_case import is_common_word

    text = t.text
    if t.tag != "NNP" or not text.endswith("s") or text.endswith("ss"):
        return False
    singulars = [text, text[:-1]] + ([text[:-2]] if text.endswith("es") else [])
    return not any(is_common_word(w) for w in singulars)


def _wordnet_plural(low: str, lemma: str) -> bool:
    """``low`` is the plural of a WordNet noun for people (class ``people`` of ``noun_kinds_wordnet.tsv``). Only
    plurals: a group of people acting is what news names this way, while a singular ("a driver",
    "the winner") is more often a role in a story than a party to an event. A capitalised plural a
    tagger took for a name keeps its -s as its lemma ("Smugglers abducted"), so the -s and -men
    forms are read too."""
    people = wordnet_people()
    if low != lemma:
        return lemma in people
    return (low.endswith("s") and low[:-1] in people) or (low.endswith("men") and low[:-3] + "man" in people)


def _plural(head: Token) -> bool:
    low = head.text.lower()
    return low.endswith("s") and low != head.lemma.lower()


def nominal_name(head: Token) -> str:
    """The actor's name: a plural as written ("officials", "senators"), else the lemma
    ("governor"), lower-cased when a lexicon knows the word ("Governor" -> "governor")."""
    low, lemma = head.text.lower(), head.lemma.lower()
    if low.endswith("s") or (low != lemma and lemma in wordnet_people() and lemma not in person_nouns()):
        return low  # "tribesmen", "fishermen": a WordNet plural without an -s, as written too
    return lemma if nominal_kind(head) is not None else head.lemma


def nominal_actor(draft: Draft, head: Token, start: int, *, fallback: str | None = None) -> str | None:
    """The actor the noun ``head`` names, with a mention from ``start`` to the noun's end.

    ``fallback`` is the kind for a noun the lexicons do not type (a source
    "the newspaper" is a ``group``); without it such a noun is no actor. A singular noun for one
    person ("the businessman said", "the actress denied") that a rule asks for as a speaker or a
    denier is a ``person`` whatever the fallback (:func:`.role_people.one_person_noun`), so that a
    later he or she can stand for it (issue 14, helper a8).
    """
    kind = nominal_kind(head) or (fallback and one_person_noun(head) and "person") or fallback
    if kind is None:
        return None
    if kind == "person":
        named = titled_person(draft, head)  # "Senator Ann Lowe ... the senator": Ann Lowe again
        if named is not None:
            draft.add_mention(named, start, head.end)
            return named
    if kind == "person" and (last := title_phrase_end(draft.doc, head)) is not None:
        # "the bank's chief executive said": the whole title names its holder, coded by its owner
        # (:mod:`.title_phrases`), not "chief", where the rules tagger ends the noun
        actor_id = draft.actor_id_named(" ".join(t.text.lower() for t in draft.doc.tokens[head.i : last.i + 1]), kind)
        code = title_code(draft.doc, draft, head, last)
        if code is not None and draft.actor_fields(actor_id).code is None:  # type: ignore[union-attr]
            draft.update_actor_fields(actor_id, code=code)
        draft.add_mention(actor_id, start, last.end)
        return actor_id
    name = nominal_name(head)
    owner = kin_owner(draft, head) if head.lemma.lower() in _kin_nouns() else None
    if owner:
        name = f"{owner}'s {name}"  # "the senator's brother", "the mayor's brother": two people
    actor_id = draft.actor_id_named(name, kind)
    draft.add_mention(actor_id, start, head.end)
    return actor_id
