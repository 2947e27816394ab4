"""Who denies in a sentence-opening "with" phrase: its noun (issue 14, d11, stop 41).

"With the ministry under fire and denying reports of a cover-up, the minister cancelled his trip":
the "-ing" verb inside the opening "with" phrase has that phrase's noun as its subject -- an
absolute construction, a clause with its own subject, not the main clause's.  A parser hangs the
verb under whatever noun comes before it ("denying" a conjunct of "fire" or of "criticism") and
gives it no subject, so the denier is read from the surface: the first noun after "With", past a
determiner, possessive pronoun or adjective, and past a possessor's "'s" ("With the ministry's
spokesman denying ...": the spokesman).  Only the phrase before its closing comma is read; a
"with" phrase elsewhere ("she met him with reporters denying ...") is left to the other rules.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token

#: Words that may open the noun phrase after "With" before its noun.
_BEFORE_NOUN = frozenset({"DET", "PRON", "ADJ", "NUM"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def with_phrase_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The head noun of the sentence-opening "With <noun phrase> ..." phrase that holds the "-ing"
    verb ``t`` before the phrase's comma, or None."""
    sent = doc.sentences[t.sent]
    first = sent.token_start
    toks = doc.tokens
    if toks[first].text.lower() != "with" or not toks[t.i].text.lower().endswith("ing"):
        return None
    comma = next((k for k in range(first + 1, sent.token_end) if toks[k].text == ","), None)
    if comma is None or t.i > comma:
        return None
    noun = None
    k = first + 1
    while k < t.i:
        w = toks[k]
        if w.pos in ("NOUN", "PROPN"):
            noun = w
        elif noun is not None and w.text in _POSSESSIVE_MARKS:
            noun = None  # "the ministry's spokesman": the possessor is no subject
        elif noun is not None or w.pos not in _BEFORE_NOUN:
            break
        k += 1
    return noun
