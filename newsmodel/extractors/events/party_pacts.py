"""A pact noun names an agreement reached only with its parties in the noun phrase (e83, stop 46).

PLOVER AGREE covers agreeing to cooperate, and news often names the agreement by its noun alone,
with the parties inside the phrase: "the accord between Ghana and Togo", "a provisional agreement
between the airline and the pilots' union", "Mali's agreement with the Tuareg rebels".  The pact
nouns (``pact-noun`` of ``sense_words.tsv``: agreement, accord, pact, deal, treaty; trigger rows)
count only in those shapes:

* followed by "between" or "among" and a phrase naming two actors, or by "between" and "X and Y"
  with one of them an actor, or one plural actor ("the truce agreement between the two
  militias"); or
* with an actor before the noun (a possessor or a modifier: "Colombia's accord", "the EU-Turkey
  deal") and "with" and an actor right after it.

A pact noun that is the object of a verb is left to the verb ("signed an agreement with Peru" is
the signing, "struck a deal with" the verb + object trigger), and one with no parties in its
phrase ("Under the agreement, the wage will rise", "a big deal for the workers", "broad agreement
among economists that ...") names no act of any party.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .pact_names import pact_own_name

# (no import of another event module: triggers.match_trigger reads pact_shape)

__all__ = ["pact_nouns", "pact_shape", "pact_with_parties"]

#: How many words the party phrase after "between" / "with" may run before its end.
_REACH = 10
#: Words that end the party phrase after "between" / "with".
_PHRASE_END = frozenset({",", ".", ";", ":", "that", "which", "who", "to", "on", "over", "in", "for", "was", "were", "is", "are", "has", "had"})


@lru_cache(maxsize=1)
def pact_nouns() -> frozenset[str]:
    """The pact nouns (``pact-noun`` of ``sense_words.tsv``)."""
    return word_class("sense_words.tsv", "pact-noun")


def _actors_between(doc: AnnotatedDocument, draft: Draft, lo: int, hi: int) -> list[str]:
    """The distinct actors named from token ``lo`` up to the party phrase's end (at most ``hi``)."""
    found: list[str] = []
    for k in range(lo, hi):
        w = doc.tokens[k]
        if w.text.lower() in _PHRASE_END or w.pos in ("VERB", "AUX"):
            break
        a = draft.actor_at(w.start, w.end)
        if a is not None and a not in found:
            found.append(a)
    return found


def _plural_party(doc: AnnotatedDocument, draft: Draft, lo: int, hi: int) -> bool:
    """The party phrase from ``lo`` names one actor in a plural noun ("the two militias")."""
    for k in range(lo, hi):
        w = doc.tokens[k]
        if w.text.lower() in _PHRASE_END or w.pos in ("VERB", "AUX"):
            return False
        if w.pos == "NOUN" and w.text.lower().endswith("s") and draft.actor_at(w.start, w.end) is not None:
            return True
    return False


def _and_in_phrase(doc: AnnotatedDocument, lo: int, hi: int) -> bool:
    """The party phrase from ``lo`` joins two noun phrases with "and"."""
    for k in range(lo, hi):
        w = doc.tokens[k]
        if w.text.lower() == "and":
            return k > lo
        if w.text.lower() in _PHRASE_END or w.pos in ("VERB", "AUX"):
            return False
    return False


def _phrase_start(doc: AnnotatedDocument, t: Token) -> int:
    """The first token of the noun phrase the pact noun ``t`` heads (past determiners, modifiers
    and possessors)."""
    lo = doc.sentences[t.sent].token_start
    k = t.i
    while k - 1 >= lo and (doc.tokens[k - 1].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "PART") or doc.tokens[k - 1].text in ("'s", "’s", "'", "’", "-")):
        k -= 1
    return k


def _owner_before(doc: AnnotatedDocument, draft: Draft, start: int, t: Token) -> bool:
    """An actor is named inside the noun phrase before the pact noun ("Mali's agreement"), and is
    no pact's own name (:func:`.pact_names.pact_own_name`: "the Minsk accord with the rebels")."""
    return any(
        draft.actor_at(doc.tokens[k].start, doc.tokens[k].end) is not None and not pact_own_name(doc, draft, doc.tokens[k], t)
        for k in range(start, t.i)
    )


@lru_cache(maxsize=1)
def _hearsay_nouns() -> frozenset[str]:
    """Nouns whose of-phrase names an act only rumoured, feared or recalled ("reports of an arms
    deal", "fears of a deal": ``hearsay-noun`` and ``frame-noun`` of ``sense_words.tsv``)."""
    return word_class("sense_words.tsv", "hearsay-noun") | word_class("sense_words.tsv", "frame-noun")


def pact_shape(doc: AnnotatedDocument, t: Token) -> bool:
    """The pact noun at ``t`` stands where it can name a pact of its own: "between", "among" or
    "with" right after it, no verb taking its phrase as object ("signed an agreement with Peru",
    "ratified the treaty with Lithuania": the verb carries the act, and its with-phrase stays the
    verb's), and no rumour or memory owning it ("reports of an arms deal between ..."). Read by
    :func:`.triggers.match_trigger` before the noun counts as a trigger at all, so that the role
    readings that look for a trigger noun (a by-phrase's or a with-phrase's owner) see none there."""
    sent = doc.sentences[t.sent]
    j = t.i + 1
    if j >= sent.token_end or doc.tokens[j].text.lower() not in ("between", "among", "with"):
        return False
    start = _phrase_start(doc, t)
    if start > sent.token_start and doc.tokens[start - 1].pos in ("VERB", "AUX"):
        return False
    if start - 1 > sent.token_start and doc.tokens[start - 1].text.lower() == "of" and doc.tokens[start - 2].text.lower() in _hearsay_nouns():
        return False
    return True


def pact_with_parties(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The pact noun at ``t`` names its parties in its own phrase and is no verb's object (see the
    module docstring)."""
    if t.pos != "NOUN" or t.lemma.lower() not in pact_nouns() or not pact_shape(doc, t):
        return False
    sent = doc.sentences[t.sent]
    start = _phrase_start(doc, t)
    j = t.i + 1
    nxt = doc.tokens[j].text.lower()
    hi = min(sent.token_end, j + 1 + _REACH)
    if nxt in ("between", "among"):
        # one plural party only after "between" ("between the two militias"): "broad agreement
        # among economists" is a shared view, no pact
        parties = _actors_between(doc, draft, j + 1, hi)
        if len(parties) >= 2:
            return True
        # after "between" "X and Y" names two parties even when only one is an actor ("between the
        # airline and the pilots' union"), and one plural party may stand alone ("between the two
        # militias"); "broad agreement among economists" is a shared view, no pact
        return nxt == "between" and (bool(parties) and _and_in_phrase(doc, j + 1, hi) or _plural_party(doc, draft, j + 1, hi))
    if nxt == "with":
        return _owner_before(doc, draft, start, t) and bool(_actors_between(doc, draft, j + 1, hi))
    return False
