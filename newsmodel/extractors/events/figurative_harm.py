"""A political party "destroyed" or "wrecked" is a figure of speech, no attack (issue 14, stop 35, e34).

PLOVER's ASSAULT destroy is the destruction of property.  A party is an organisation: "the
senator single-handedly destroyed the Liberal Party", "the feud nearly wrecked the Labour Party"
say its fortunes were ruined, as "destroyed his reputation" (``standing-thing``,
:mod:`.everyday_senses`) and "destroyed the president's plan" (:mod:`.party_senses`) do.  The
party's property stays: "destroyed the offices of the Socialist Party" (the phrase's head is
"offices").

The heads that name a party are a lexicon class (``party-body`` in ``sense_words.tsv``).  Found in
a hand judgment of every rules event on PolNeAR train (stop 35, e34; dev batch 69).  The check
reads the noun phrase after the verb; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck
from .senses import event_words

__all__ = ["checks", "party_destroyed"]

#: Verbs of destruction a party can be the object of in a figure of speech.
_WRECK = event_words("wreck-verb")  # sense_words.tsv: destroy, wreck, demolish, devastate, obliterate
#: Words of the object phrase before its head: determiners, adjectives, names ("the once-mighty
#: Liberal Party", "his own party").
_IN_PHRASE = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a party destroyed: a figure of speech", party_destroyed, lemmas=_WRECK),)


def party_destroyed(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` is one of destruction (:data:`_WRECK`) and the head of the noun
    phrase right after it -- its last word before a preposition, a verb or punctuation -- names a
    party ("destroyed the Liberal Party", "wrecked their own party")."""
    lemma = t.lemma.lower()
    if not (lemma in _WRECK and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    head = None
    for k in range(t.i + 1, min(sent.token_end, t.i + 7)):
        if doc.tokens[k].pos not in _IN_PHRASE and lows[k] not in ("'s", "’s"):
            break
        head = k
    return head is not None and doc.tokens[head].pos in ("NOUN", "PROPN") and lows[head] in event_words("party-body")
