"""Legislatures and local governments named by a common noun: "the lower house", "the city".

News names a legislature by its chamber ("the lower house impeached the chief justice", "the
assembly expelled two members") and a local government by its city or town ("the city evicted 80
tenants", "the town fined the landlord"). The words are too ambiguous to be agent words of their
own -- "freedom of assembly", "an assembly line", "an echo chamber", "a house", "in the city", "the
city flooded" name no party -- so each is an actor only in a phrase that makes it one, decided by
construction:

* a chamber noun (class ``chamber-noun`` of ``actor_words.tsv``) after a word that ranks a
  legislature's chambers ("lower", "upper": ``chamber-rank``), or "assembly"/"chamber" after a word
  of a legislature's kind ("national", "legislative": ``chamber-kind``), is a legislature, LEG;
* "the assembly", "the chamber" with nothing else before them (``bare-chamber``) are a legislature
  when they are the subject of an event's verb ("the chamber censured the minister");
* "the city", "the town" (``municipality``) are its local government, GOV -- CAMEO codes a local
  government as government (Phoenix agents MAYOR, CITY_MAYOR, PROVINCIAL_OFFICIALS [~GOV]) -- when
  they are the subject of an event's verb that has a direct object: a place is where things
  happen, a government does them to someone ("the city sued the state").

An of-phrase after the noun makes another body of it ("the chamber of commerce", BUS, left to the
dictionary's generic agents) or a place. Called by :func:`.actors.extract_actors` after the
generic and body agents, so an actor found there is kept.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import word_class
from .word_positions import positions

__all__ = ["add_civic_bodies"]


def _words(cls: str) -> frozenset[str]:
    return word_class("actor_words.tsv", cls)


def add_civic_bodies(doc: AnnotatedDocument, draft: Draft, lemmas: list[str]) -> None:
    """Actors for legislatures and city governments named by common nouns (module docstring).
    ``lemmas``: the document's lemmas in lower case."""
    chambers, towns = _words("chamber-noun"), _words("municipality")
    tokens = doc.tokens
    column = lemmas if len(lemmas) <= len(tokens) else lemmas[: len(tokens)]
    # only the tokens whose lemma is a chamber's or a town's noun (word_positions: the word test in C)
    for i in positions(chambers | towns, column):
        t, lemma = tokens[i], lemmas[i]
        if t.pos != "NOUN" or not t.text[:1].islower() or draft.actor_at(t.start, t.end) or not _heads_phrase(doc, t):
            continue  # (a capitalised "House", "City of London" is a name: the named actors' business)
        if lemma in chambers:
            first = _legislature_start(doc, t, lemma)
            if first is None:
                continue
            words = [doc.tokens[k].text.lower() for k in range(first, t.i + 1)]
            _add(draft, doc, " ".join(words[1:] if words[0] == "the" else words), "LEG", first, t)  # "lower house"
        elif _bare_subject(doc, t) and _acts_on_someone(doc, t):
            _add(draft, doc, lemma, "GOV", t.i - 1, t)


def _add(draft: Draft, doc: AnnotatedDocument, name: str, code: str, first: int, t: Token) -> None:
    actor_id = draft.actor_id_named(name, "organization")
    actor = draft.actor_fields(actor_id)
    if actor is not None and actor.code is None:
        draft.update_actor_fields(actor_id, code=code)
    draft.add_mention(actor_id, doc.tokens[first].start, t.end)


def _legislature_start(doc: AnnotatedDocument, t: Token, lemma: str) -> int | None:
    """The first token of the legislature phrase ``t`` heads ("the lower house"), None when the
    phrase names no legislature."""
    lo = doc.sentences[t.sent].token_start
    prev = doc.tokens[t.i - 1] if t.i > lo else None
    if prev is not None and prev.text.lower() in _words("chamber-rank"):
        return _with_article(doc, t.i - 1)
    if prev is not None and lemma != "house" and prev.text.lower() in _words("chamber-kind"):
        return _with_article(doc, t.i - 1)
    if lemma in _words("bare-chamber") and _bare_subject(doc, t) and _verb_after(doc, t) is not None:
        return t.i - 1
    return None


def _with_article(doc: AnnotatedDocument, k: int) -> int:
    """``k``, or the "the" right before it."""
    return k - 1 if k > doc.sentences[doc.tokens[k].sent].token_start and doc.tokens[k - 1].text.lower() == "the" else k


def _heads_phrase(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` ends its noun phrase: no noun after it ("assembly line", "city council") and no
    of-phrase ("the chamber of commerce", "the city of Basra")."""
    end = doc.sentences[t.sent].token_end
    nxt = doc.tokens[t.i + 1] if t.i + 1 < end else None
    if nxt is None:
        return True
    if nxt.text.lower() == "of" or nxt.text in ("'s", "’s") or nxt.pos in ("NOUN", "PROPN"):
        return False
    if t.i + 2 < end and doc.tokens[t.i + 2].text in ("'s", "’s") and nxt.text[:1].isalpha():
        return False  # "the upper chamber millionaire's club": a modifier of the possessor a tagger left untagged
    return not (doc.has_parse and t.dep in ("compound", "flat", "amod"))


def _bare_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` has only "the" before it ("the assembly", not "an echo chamber", "the gas chamber",
    "freedom of assembly") and is its clause's subject (parsed: nsubj; else a verb follows)."""
    lo = doc.sentences[t.sent].token_start
    if t.i <= lo or doc.tokens[t.i - 1].text.lower() != "the":
        return False
    if doc.has_parse:
        return t.dep == "nsubj" and t.head is not None and doc.tokens[t.head].pos == "VERB"
    return _verb_after(doc, t) is not None


def _verb_after(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb ``t`` is the subject of: the parse's head, or without a parse a finite verb right
    after it (adverbs between)."""
    if doc.has_parse:
        return doc.tokens[t.head] if t.dep == "nsubj" and t.head is not None and doc.tokens[t.head].pos == "VERB" else None
    end = doc.sentences[t.sent].token_end
    k = t.i + 1
    while k < end and (doc.tokens[k].pos == "ADV" or doc.tokens[k].pos == "AUX" and doc.tokens[k].text.lower() in _PERFECT_OR_MODAL):
        k += 1  # "the city has sued", "the town will fine"
    if k < end and doc.tokens[k].pos == "VERB" and (doc.tokens[k].tag in ("VBD", "VBZ", "VBP") or not doc.tokens[k].tag and not doc.tokens[k].text.lower().endswith("ing")):
        return doc.tokens[k]  # (the rules engine's tagger gives no fine tags: a verb not in -ing)
    return None


#: Auxiliaries of a finite active verb phrase (no "be": "the city was shelled" is a passive).
_PERFECT_OR_MODAL = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must"})


def _acts_on_someone(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb ``t`` is the subject of is an event's verb and has a direct object ("the city
    sued the state"): an act done to someone or something, which a place does not do."""
    from .events.triggers import match_trigger  # (here: the events package imports the actors)

    verb = _verb_after(doc, t)
    if verb is None or match_trigger(doc, verb) is None:
        return False
    if doc.has_parse:
        return any(c.dep in ("obj", "dobj") for c in doc.children(verb.i))
    end = doc.sentences[t.sent].token_end
    nxt = doc.tokens[verb.i + 1] if verb.i + 1 < end else None
    return nxt is not None and nxt.pos in ("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON") and nxt.text.lower() not in ("it", "there")
