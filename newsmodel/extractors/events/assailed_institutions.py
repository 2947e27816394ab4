"""An "assault on" a process or an institution is words, not violence (issue 14, helper e94 at
stop 48; dev batch 157).

Campaign news borrows the attack nouns for speech: "the senator's relentless assault on the
nominating rules", "a fierce attack on the court system", "the mayor's verbal assault on the budget
office".  PLOVER's ASSAULT needs a party struck with force; a process, a set of rules or a system
(``assailed-institution`` in ``sense_words.tsv``) can be criticised but not struck, and an attack
noun called ``verbal-attack`` ("verbal", "rhetorical") says so itself.  Such a candidate is no
event (an accusation of a named party is read by the accusation rules, not here).  "The militia's
assault on the town" and "an armed assault on the border post" name places, which are struck, and
stay.

By construction the check reads the words only: the noun phrase right after the noun's "on" or
"against" (its last noun before a verb, preposition or punctuation) and the adjectives right
before the noun.  It can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "institution_assailed"]

#: Attack nouns that news uses for a verbal attack.
_ATTACK_NOUNS = frozenset({"assault", "attack", "onslaught"})

#: Quote marks that may stand around a word of the phrase.
_QUOTES = frozenset({"''", "``", '"', "'", "\u2018", "\u2019", "\u201c", "\u201d"})

#: Tags that may stand inside the noun phrase after "on" ("the nominating rules", "the court system").
_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: the attack nouns only."""
    return (SenseCheck("an institution assailed: an assault on the voting process", institution_assailed, lemmas=_ATTACK_NOUNS),)


def institution_assailed(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the attack noun is called verbal or is "on"/"against" a process or institution."""
    if t.lemma.lower() in _ATTACK_NOUNS and t.pos == "NOUN":  # the key test first (tests/test_s12.py reads it)
        return _called_verbal(doc, t) or _on_an_institution(doc, t)
    return False


def _called_verbal(doc: AnnotatedDocument, t: Token) -> bool:
    """An adjective within the two words before the noun is a ``verbal-attack`` word ("verbal
    assault", "rhetorical attack")."""
    verbal = _words("verbal-attack")
    start = max(doc.sentences[t.sent].token_start, t.i - 2)
    return any(doc.tokens[k].text.lower() in verbal for k in range(start, t.i))


def _on_an_institution(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun phrase of the "on"/"against" right after the noun ends in an
    ``assailed-institution`` noun ("on the nominating rules", "against the court system")."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k >= sent.token_end or doc.tokens[k].text.lower() not in ("on", "against"):
        return False
    head: Token | None = None
    j = k + 1
    if j + 2 < sent.token_end and doc.tokens[j].text.lower() == "what" and doc.tokens[j + 1].pos == "PRON" and doc.tokens[j + 2].pos == "VERB":
        k = j = j + 3  # "an assault on what he calls the rigged process": the thing so named
    while j < sent.token_end and j - k <= 7:
        w = doc.tokens[j]
        if w.text in _QUOTES:
            j += 1  # "the ''crooked'' process": a scare-quoted word stays in the phrase
            continue
        if w.pos not in _PHRASE_TAGS and not (head is None and _participle_modifier(doc, j, sent.token_end)):
            break  # "the voting process", "the broken system": a participle before a noun is a modifier, not a verb
        if w.pos in ("NOUN", "PROPN"):
            head = w
        j += 1
    if head is None:
        return False
    institutions = _words("assailed-institution")
    return head.lemma.lower() in institutions or head.text.lower() in institutions


def _participle_modifier(doc: AnnotatedDocument, j: int, end: int) -> bool:
    """Token ``j`` is a verb form in -ing, -ed or -en with a noun right after it (past a quote
    mark): a modifier inside the noun phrase ("the nominating process", "the 'broken' system")."""
    w = doc.tokens[j]
    if w.pos != "VERB" or not w.text.lower().endswith(("ing", "ed", "en")):
        return False
    n = j + 1
    while n < end and doc.tokens[n].text in _QUOTES:
        n += 1
    return n < end and doc.tokens[n].pos == "NOUN"
