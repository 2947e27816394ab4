"""Protesters gathering: a demonstration told by the verb of a crowd coming together (issue 14 batch
142, helper e82 at stop 46: PolNeAR train rally and convention news, where "hundreds of protesters
gathered outside the hotel" is the report of the protest).

A ``gather-verb`` ("gathered", "massed", "assembled", "converged", "thronged", "filled") whose
subject is a ``protester-word`` (protesters, demonstrators, marchers, rioters) reports a
demonstration, PLOVER PROTEST mode demo (CAMEO 141: "demonstrate or rally"): the protesters are
who gathered, as in "Protesters marched".  Fans, shoppers or reporters gathering are no protest, nor
troops massing (that stays MOBILIZE), nor clouds.  The subject is read on the words, so both
engines agree: the noun right before the verb (past adverbs and auxiliaries), which in an English
clause is its subject's head -- "Hundreds of *protesters* gathered", "Angry *demonstrators*
thronged", but not "The protesters' *lawyers* gathered".  A particle after the verb is a phrasal
verb of another sense ("filled out forms", "filled up the tank"): none.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class

__all__ = ["protesters_gather"]

#: Particles that make a gathering verb a phrasal verb of another sense ("filled out", "filled up"); not
#: "in", a preposition after these verbs far more often ("massed in front of", "gathered in the square").
_PARTICLES = frozenset({"out", "up"})
#: Parts of speech that may stand between the subject and its verb ("had quickly gathered").
_BETWEEN = frozenset({"ADV", "AUX", "PART"})


def protesters_gather(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is a ``gather-verb`` right after a ``protester-word`` subject (module docstring)."""
    if t.pos != "VERB" or t.lemma.lower() not in word_class("sense_words.tsv", "gather-verb"):
        return False
    sent = doc.sentences[t.sent]
    if t.i + 1 < sent.token_end and doc.tokens[t.i + 1].text.lower() in _PARTICLES:
        return False
    k = t.i - 1
    while k >= sent.token_start and doc.tokens[k].pos in _BETWEEN:
        k -= 1
    if k < sent.token_start:
        return False
    w = doc.tokens[k]
    words = word_class("sense_words.tsv", "protester-word")
    return w.text.lower() in words or w.lemma.lower() in words
