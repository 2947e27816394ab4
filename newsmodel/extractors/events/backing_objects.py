"""Whom a declared support is for: "Delegates declaring support for Governor Reyes" (issue 14,
helper e93 at stop 48; dev batch 156).

A SUPPORT verb of saying ("declare", "voice", "express") takes the support itself as its object;
who is supported stands in that noun's "for"/"of"/"with" phrase.  The parse hangs the phrase on the
noun, not on the verb, so the verb's own roles (:mod:`.parse_roles`) found no recipient, where the
rules engine's words-after-the-verb reading did.  :func:`backing_recipient` reads the words: after
the trigger, determiners, possessives and adjectives, then a ``declared-backing`` noun
(``sense_words.tsv``: support, backing, endorsement, solidarity), then "for", "of" or "with", and
the first actor named in the next few words before a verb or a clause mark.  Words and tags only,
so both engines read it alike; asked only when the event has no recipient yet.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

__all__ = ["backing_recipient"]

_LEAD_POS = frozenset({"DET", "ADJ", "ADV", "PRON"})  # "their full", "its strong"
_PREPS = frozenset({"for", "of", "with"})
_REACH = 6  # words of the phrase after the preposition read for its party
_STOPS = frozenset({",", ";", ":", ".", "and", "but"})


def backing_recipient(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> str | None:
    """The actor the support named after the trigger (ending at ``last``) is for, or None."""
    nouns = word_class("sense_words.tsv", "declared-backing")
    sent = doc.sentences[t.sent]
    k = last.i
    if doc.tokens[k].lemma.lower() not in nouns and doc.tokens[k].text.lower() not in nouns:
        k += 1  # the noun is the object after the verb, not part of the trigger
        while k < sent.token_end and doc.tokens[k].pos in _LEAD_POS:
            k += 1
        if k >= sent.token_end or (doc.tokens[k].lemma.lower() not in nouns and doc.tokens[k].text.lower() not in nouns):
            return None
    k += 1
    if k >= sent.token_end or doc.tokens[k].text.lower() not in _PREPS:
        return None
    for j in range(k + 1, min(sent.token_end, k + 1 + _REACH)):
        w = doc.tokens[j]
        if w.text.lower() in _STOPS or w.pos in ("VERB", "AUX"):
            return None
        found = draft.actor_at(w.start, w.end)
        if found is not None:
            return found
    return None
