"""A "person" named only by general English words is no actor.

The rules engine reads a capitalised word it does not know as a person's name, so a common noun
that opens a sentence or follows a colon ("Tolerance, she says, is a virtue", "Acceptance: ..."),
a word of a heading, or the last word of a name cut short ("the Council for Development" ->
"Development") became a person actor, which a later "he" or an event's role could then take.

A person actor is dropped when its name is one word, an abstract noun -- a general English word of
the headline vocabulary (:func:`~newsmodel.engines.headline_vocabulary.general_common`: a WordNet
word the name lexicons do not list) bearing a suffix of ``actor_words.tsv`` class
``abstract-noun-suffix`` ("Acceptance", "Donations", "Securities"; a first version took any general
word and lost real names that are also words -- "Pike", "Apple", "Hicks" -- on the dev rows and
PolNeAR dev) and nothing marks it as a person
(:func:`~newsmodel.extractors.city_places.not_a_person`: no title, no pronoun resolved to it, no
verb of speech after a mention, no given name opening it), and no other person's full name ends
with it (a surname alone), and no mention is followed by a cue verb of any class of
``speech_verbs.tsv`` ("Documentation shows that ...", "Inspection found ..."): such a word is a statement's
source, a wrong kind but no junk. Run before pronouns are resolved, so a pronoun looks for a real
person.
Issue 14, helper a25 at stop 47 (PolNeAR train sample, rules engine: 30-odd such actors in 25
texts).
"""

from __future__ import annotations

from ..draft import Draft
from ..engines.headline_vocabulary import general_common
from ..lexicons import word_class
from ..lexicons.cues import speech_verbs
from .city_places import not_a_person


def _surnames(draft: Draft) -> set[str]:
    """The last words of the person actors' names of two words or more."""
    out: set[str] = set()
    for actor_id in draft.actor_ids:
        a = draft.actor_fields(actor_id)
        if a is not None and a.kind == "person" and " " in a.name:
            out.add(a.name.split()[-1])
    return out


def _abstract(word: str) -> bool:
    """``word`` (lower case), or its singular, ends in a suffix of ``actor_words.tsv`` class
    ``abstract-noun-suffix`` ("acceptance", "donations", "securities"), with a stem before it."""
    for w in (word, word[:-1] if word.endswith("s") else "", word[:-3] + "y" if word.endswith("ies") else ""):
        if w and any(w.endswith(sfx) and len(w) > len(sfx) + 2 for sfx in word_class("actor_words.tsv", "abstract-noun-suffix")):
            return True
    return False


def _common_name(name: str) -> bool:
    """One capitalised word, a general English word that is an abstract derived noun. A longer name
    is left alone: it is often a body or a place the tagger typed as a person ("Sandy Hook",
    "Communications Workers"), wrong in kind but an entity. Concrete words are left alone too: news
    surnames and brands are often such words ("Pike", "Apple", "Hicks", a president's "Macron")."""
    return " " not in name and name[:1].isupper() and _abstract(name.lower()) and general_common(name)


def _cue_after(draft: Draft, end: int) -> bool:
    """The word right after a mention ending at ``end`` -- or after the capitalised words of a
    headline's noun phrase that follow it, up to three ("Popular Website Shows ...") -- is a cue
    verb ("shows", "said", "found")."""
    text = draft.text
    verbs = speech_verbs()
    k = end
    for _ in range(4):
        start = k
        while k < len(text) and text[k] in " \t":
            k += 1
        t = draft.doc.token_at(k)
        if t is None or t.start != k or k == start:
            return False
        low = t.text.lower()
        if (t.lemma or "").lower() in verbs or low in verbs or (low.endswith("s") and low[:-1] in verbs):
            return True
        if not t.text[:1].isupper():
            return False
        k = t.end
    return False


def drop_common_word_people(draft: Draft) -> None:
    """Remove the person actors named only by general English words (above)."""
    drop: list[str] = []
    surnames: set[str] | None = None
    for actor_id in draft.actor_ids:
        a = draft.actor_fields(actor_id)
        if a is None or a.kind != "person" or a.titles or not _common_name(a.name):
            continue
        if surnames is None:
            surnames = _surnames(draft)
        if a.name in surnames or not not_a_person(draft, actor_id):
            continue
        actor = draft.actor(actor_id)
        if actor is None or any(_cue_after(draft, m.end) for m in actor.mentions):
            continue
        drop.append(actor_id)
    if drop:
        draft.remove_actors(drop)
