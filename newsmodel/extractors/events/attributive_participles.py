"""A verb's past participle used as an adjective before its noun ("the slain activist", "the
widow of slain officer X", "Widow Of Slain Border Agent", "her widely criticized interview") names
no event (issue 14, stop 36, e37; dev batch 76).

The participle before its noun describes a person by something that happened to them before; it
reports no act and names no one who acted.  PLOVER codes no event without an explicit actor
(manual, "Required entities": "4 people were arrested/killed in a suicide bombing" is not coded),
and an adjective never has a by-phrase to name one.  The spaCy engine tags such a word ``amod``
and made no event; the rules engine read it as a verb after a preposition or a capital and made
an ASSAULT with no agent.  Both now agree: none.  "The activist was slain by militiamen" (a
passive verb with its agent) and "people killed in the raid" (a reduced relative clause, read by
:mod:`.reduced_passives`) are not adjectives and stay.

Any event verb in a past participle form (regular in -ed, or an irregular participle that differs
from the lemma); the check can only remove an event.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import rows
from .sense_checks import SenseCheck

__all__ = ["attributive_participle", "checks", "noun_follows"]

#: Words that open a noun phrase, after which a participle before a noun is an adjective
#: ("the slain activist", "a wounded soldier", "his murdered brother"); "that", "which" and
#: "who" are left out: a verb after them is a relative clause's ("a bomb that killed soldiers").
_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "'s", "’s"})


#: Degree words a tagger may call a noun or an adjective before a participle ("a *better* coordinated
#: policy", "a *well* planned attack" reads as an adverb on the parse too).
_DEGREE_WORDS = frozenset({"well", "better", "best", "badly", "worse", "poorly", "less", "more", "most", "least"})


@lru_cache(maxsize=1)
def _irregular_participles() -> frozenset[str]:
    """Irregular past participles ("slain", "shot", "hit", "held") of ``irregular_verbs.tsv``."""
    return frozenset(r[0] for r in rows("irregular_verbs.tsv") if len(r) > 1 and r[0] != r[1])


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it may fire for any verb trigger (it opens with
    a test of the word's form)."""
    return (SenseCheck("a participle as an adjective: no event", attributive_participle, any_word=True),)


def attributive_participle(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is a past participle standing as an adjective before its noun (the parse's
    ``amod`` where there is a parse): right after a determiner, a possessive or a
    preposition (or opening the sentence; an adverb may stand between: "her widely criticized
    interview", "a well coordinated effort"), or joined to the word before by a hyphen
    (:func:`_hyphen_compound`), and before a noun, with at most two adjectives
    between ("a better coordinated preventive strategy")."""
    low, lemma = t.text.lower(), t.lemma.lower()
    if t.pos not in ("VERB", "ADJ") or low == lemma or low.endswith(("ing", "s")):
        return False  # "kill", "killing", "kills": no participle
    if not (low.endswith("ed") or low in _irregular_participles()):
        return False
    if doc.has_parse and t.dep != "amod":
        return False
    # the words around it, with a parse too: a small parser calls a main verb "amod" now and then
    # ("Beijing loosened controls", "Norway and Sweden shared intelligence"), never after "the"
    sent = doc.sentences[t.sent]
    if not noun_follows(doc, t):
        return False
    if t.i == sent.token_start:
        return True  # "Slain officer's family sues the city"
    before = doc.tokens[t.i - 1]
    if _hyphen_compound(doc, t):
        return True  # "the U.N.-backed tribunal", "an E.U.-led mission": a compound adjective
    if (before.pos == "ADV" or before.text.lower() in _DEGREE_WORDS) and t.i - 1 > sent.token_start:
        before = doc.tokens[t.i - 2]  # "her widely criticized interview", "a better coordinated policy"
    if before.text in ("'", "’") and before.i > sent.token_start and doc.tokens[before.i - 1].text.lower().endswith("s"):
        return True  # "Sanders' widely criticized interview": a possessive's apostrophe alone
    return before.text.lower() in _OPENERS or before.pos == "ADP" and before.text.lower() not in ("that", "by")


def noun_follows(doc: AnnotatedDocument, t: Token) -> bool:
    """A noun or a name follows modifier ``t`` in its sentence, with at most two adjectives between
    ("a better coordinated *preventive* strategy"): ``t`` can modify it.  Shared with
    :mod:`.adjective_gerunds`."""
    sent = doc.sentences[t.sent]
    after = t.i + 1
    while after < min(sent.token_end, t.i + 3) and doc.tokens[after].pos == "ADJ":
        after += 1
    return after < sent.token_end and doc.tokens[after].pos in ("NOUN", "PROPN")


def _hyphen_compound(doc: AnnotatedDocument, t: Token) -> bool:
    """Participle ``t`` is joined by a hyphen written with no space on either side to the word before
    it ("U.S.-led", "U.N.-backed": the tokenizer splits the hyphen off a dotted abbreviation): the
    two words make one compound adjective naming a standing relation ("a Saudi-led coalition"), no
    act, as "union-backed" written as one token is read (issue 14, stop 41, e55: PolNeAR train,
    rules engine, a SUPPORT and a MOBILIZE from "U.S.-backed" and "U.S.-led"). A spaced dash ("the
    talks - led by Qatar - resumed") is a clause break and stays."""
    if t.i < 2:
        return False
    hyphen, word = doc.tokens[t.i - 1], doc.tokens[t.i - 2]
    return hyphen.text == "-" and hyphen.end == t.start and word.end == hyphen.start

