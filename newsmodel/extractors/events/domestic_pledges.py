"""A pledge or a plan to provide a domestic good, no other party named, is no AGREE (issue 14,
stop 45, helper e79; dev batch 139 B).

PLOVER's AGREE is a party's commitment or offer to cooperate with another party.  Political news
is full of promises to the public: "the governor pledged to create a million jobs", "promised to
lower health insurance premiums", "vowed to fix the state's roads", and of plans put to voters:
"offered a plan to reduce student debt", "announced a plan to expand child care".  What is
promised is a good of the country's own economy or services (``domestic-good`` of
``sense_words.tsv``: jobs, roads, schools, premiums, tuition, pay, debt, care, costs ...), and no
other party takes part.  ``everyday_senses`` already drops promises of a country's own rules or
taxes and a private candidate's pledges with no counterpart; this check reads the good promised,
whoever promises it, so that a senator's or a president's campaign pledge goes too.

The check reads "promise / pledge / vow to" + a verb, or "offer / announce / unveil / propose /
outline / present" + a plan noun (``policy-plan-noun``: plan, proposal, blueprint) + "to" + a
verb, and the verb's object: its head noun past determiners, numbers, adjectives, a particle
("bring back manufacturing jobs") and a possessor ("the state's roads").  A proper name anywhere
in the rest of the clause keeps the event -- "pledged to fund new schools in Malawi", "help
Ukraine rebuild its power grid" promise something to another party.  Found in a hand judgment of
both engines' AGREE events on PolNeAR train (stop 45); the check can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "domestic_good_pledged"]

#: Verbs of promising, whose "to" + verb is the pledge.
_PROMISE = frozenset({"promise", "pledge", "vow"})
#: Verbs that put a plan forward, whose plan's "to" + verb is the pledge.
_PUT_FORWARD = frozenset({"offer", "announce", "unveil", "propose", "outline", "present"})
#: Words inside the object phrase before its head.
_IN_PHRASE = frozenset({"DET", "ADJ", "NUM", "PRON", "ADV"})
#: Words that close the clause the pledge is read in.
_CLAUSE_END = frozenset({";", ":", ",", "but", "while", "because", "after", "before", "when", "where", "who", "which", "said"})
#: How many words the object phrase is read.
_REACH = 8


def _goods() -> frozenset[str]:
    return word_class("sense_words.tsv", "domestic-good")


def _plans() -> frozenset[str]:
    return word_class("sense_words.tsv", "policy-plan-noun")


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a domestic good pledged or planned, no other party", domestic_good_pledged, lemmas=_PROMISE | _PUT_FORWARD),)


def domestic_good_pledged(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when a pledge at ``t`` (or a plan it puts forward) is to provide a ``domestic-good``
    and no proper name follows in its clause."""
    lemma = t.lemma.lower()
    if t.pos != "VERB":
        return False
    if lemma in _PROMISE:
        to = t.i + 1
    elif lemma in _PUT_FORWARD:
        to = _after_plan(doc, t)
        if to is None:
            return False
    else:
        return False
    verb = _infinitive(doc, t, to)
    if verb is None or not _good_object(doc, t, verb):
        return False
    return not _names_a_party(doc, t)


def _after_plan(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of "to" after the verb's object when that object is a plan noun ("offered a plan
    to", "announced a new proposal to"), else None."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    plans = _plans()
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 5)):
        if lows[k] in plans:
            return k + 1 if lows[k + 1] == "to" else None
        if doc.tokens[k].pos not in ("DET", "ADJ", "PRON", "NUM"):
            return None
    return None


def _infinitive(doc: AnnotatedDocument, t: Token, to: int) -> int | None:
    """The index of the verb after "to" at ``to`` (past one adverb), or None."""
    sent = doc.sentences[t.sent]
    if to >= sent.token_end or doc.lowered_texts()[to] != "to":
        return None
    k = to + 1
    if k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1  # "to quickly rebuild"
    return k if k < sent.token_end and doc.tokens[k].pos in ("VERB", "AUX", "NOUN") else None


def _good_object(doc: AnnotatedDocument, t: Token, verb: int) -> bool:
    """The infinitive's object has its head noun in ``domestic-good``: past a particle ("bring
    back"), determiners, numbers, adjectives (an -ing or -ed modifier too) and a possessor, the
    last noun of the first run of nouns ("health insurance premiums")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    goods = _goods()
    k = verb + 1
    if k < sent.token_end and lows[k] in ("back", "down", "up", "out"):
        k += 1  # "bring back jobs", "bring down costs" (a tagger may call the particle a noun)
    end = min(sent.token_end, k + _REACH)
    while k < end:
        w = doc.tokens[k]
        if w.pos == "VERB" and lows[k] in goods and doc.tokens[k - 1].pos == "NOUN" and k - 1 > verb:
            return True  # "raise teacher pay": a compound's head that a tagger called a verb
        if w.pos in ("NOUN", "PROPN"):
            if k + 1 < sent.token_end and lows[k + 1] in ("'s", "’s"):
                k += 2
                continue  # "the state's roads": the possessor
            if k + 1 < sent.token_end and (doc.tokens[k + 1].pos == "NOUN" or lows[k + 1] in goods) and lows[k] not in goods:
                k += 1
                continue  # "health insurance premiums": the run's last noun ("make college free": a good first)
            return lows[k] in goods or w.lemma.lower() in goods
        if lows[k] == "-" and not w.space_after:
            k += 1
            continue  # "good-paying jobs" split by the tagger
        if w.pos not in _IN_PHRASE and not (w.pos == "VERB" and lows[k].endswith(("ing", "ed")) and k + 1 < end and doc.tokens[k + 1].pos in ("NOUN", "ADJ")):
            return False  # "the nation's crumbling infrastructure": a participle modifier stays in
        k += 1
    return False


def _names_a_party(doc: AnnotatedDocument, t: Token) -> bool:
    """A proper name stands after the verb in its clause ("new schools in Malawi")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, sent.token_end):
        if lows[k] in _CLAUSE_END:
            return False
        if doc.tokens[k].pos == "PROPN":
            return True
    return False
