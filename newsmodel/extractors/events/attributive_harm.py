"""A participle of harm used as an adjective ("the slain activist", "the widow of slain officer
X", "Widow Of Slain Border Agent") names no event (issue 14, stop 36, e37; dev batch 76).

The participle before its noun describes a person by something that happened to them before; it
reports no act and names no one who acted.  PLOVER codes no event without an explicit actor
(manual, "Required entities": "4 people were arrested/killed in a suicide bombing" is not coded),
and an adjective never has a by-phrase to name one.  The spaCy engine tags such a word ``amod``
and made no event; the rules engine read it as a verb after a preposition or a capital and made
an ASSAULT with no agent.  Both now agree: none.  "The activist was slain by militiamen" (a
passive verb with its agent) and "people killed in the raid" (a reduced relative clause, read by
:mod:`.reduced_passives`) are not adjectives and stay.

Only the verbs of harm whose object can only be people (``harm-verb`` in ``sense_words.tsv``), in
a past participle form; the check can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck, keys
from .senses import event_words

__all__ = ["attributive_harm", "checks"]

#: Words that open a noun phrase, after which a participle before a noun is an adjective
#: ("the slain activist", "a wounded soldier", "his murdered brother"); "that", "which" and
#: "who" are left out: a verb after them is a relative clause's ("a bomb that killed soldiers").
_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "'s", "’s"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: verbs of harm only."""
    return (SenseCheck("a participle of harm as an adjective: no event", attributive_harm, lemmas=keys(event_words("harm-verb"))),)


def attributive_harm(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is a past participle of a verb of harm standing as an adjective before its
    noun: the parse's ``amod``, or without a parse a participle right after a determiner, a
    possessive or a preposition (or opening the sentence) and right before a noun."""
    low, lemma = t.text.lower(), t.lemma.lower()
    if lemma not in event_words("harm-verb") or low == lemma or low.endswith(("ing", "s")):
        return False  # "kill", "killing", "kills": no participle
    if doc.has_parse:
        return t.dep == "amod"
    sent = doc.sentences[t.sent]
    after = t.i + 1
    if after >= sent.token_end or doc.tokens[after].pos not in ("NOUN", "PROPN"):
        return False
    if t.i == sent.token_start:
        return True  # "Slain officer's family sues the city"
    before = doc.tokens[t.i - 1]
    return before.text.lower() in _OPENERS or before.pos == "ADP" and before.text.lower() not in ("that", "by")
