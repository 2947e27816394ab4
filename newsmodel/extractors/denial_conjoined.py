"""The first of two conjoined deniers, without a parse (issue 14, d19, stop 48).

"The developer and his lawyers have firmly denied the claims", "the senator and her aides rejected
the report": both parties deny, and the one the sentence puts first is the denier the parse gives
(the conjunction's head).  The rules engine reads the noun phrase right before the verb, the second
conjunct.  This finds the first: the words before "and" that open the sentence (or follow a comma),
all of them parts of a noun phrase, naming an actor.  "The report came out on Monday and the
ministry denied it" keeps the ministry -- "on" is no part of a noun phrase, so no phrase before
"and" opens the sentence.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token

#: Parts of speech a noun phrase before "and" may consist of.
_NP_PARTS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
#: Possessive determiners that may open the second conjunct ("and | his | lawyers").
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "the"})
#: Words that may sit in a noun phrase as possessive markers.
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def first_conjunct(doc: AnnotatedDocument, np_start: int) -> tuple[int, Token] | None:
    """(start, head) of the noun phrase joined by "and" before the subject phrase starting at
    ``np_start`` ("| The developer | and his lawyers denied"), when it opens the sentence or follows
    a comma; else None."""
    toks = doc.tokens
    sent = doc.sentences[toks[np_start].sent]
    k = np_start - 1
    if k > sent.token_start and toks[k].text.lower() in _POSSESSIVE_DETERMINERS:
        k -= 1  # "and | her | aides": the subject phrase read from its noun
    if k - 1 < sent.token_start or toks[k].text.lower() != "and":
        return None
    head = toks[k - 1]
    if head.pos not in ("NOUN", "PROPN"):
        return None
    j = k - 1
    while j - 1 >= sent.token_start and (toks[j - 1].pos in _NP_PARTS or toks[j - 1].text in _POSSESSIVE_MARKS):
        j -= 1
    if j > sent.token_start and toks[j - 1].text != ",":
        return None
    return j, head
