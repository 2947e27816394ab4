"""Whether a noun names a political camp, whose compounded chamber or party name says where it sits.

"Some Senate liberals who have opposed the bill met the governor", "the bill is opposed by House
conservatives": the liberals and the conservatives act, not the Senate or the House as a body.
With a parse, ``roles.actor_of`` gives a noun phrase to the actor named by its compound modifier
("Customs officers": Customs, whose officers they are); a camp is no body's staff, so a camp noun
(``sense_words.tsv`` class ``political-camp``) keeps the phrase for itself. Issue 14 batch 136
(helper e77 at stop 45; spaCy on PolNeAR train gave a chamber's conservatives' opposition to a
bill to the chamber).
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import word_class


def camp_noun(head: Token) -> bool:
    """``head`` is a plural noun for a political camp ("liberals", "moderates")."""
    words = word_class("sense_words.tsv", "political-camp")
    return head.pos == "NOUN" and (head.text.lower() in words or head.lemma.lower() + "s" in words)


def names_camp_seat(doc: AnnotatedDocument, end: int) -> bool:
    """The mention ending at offset ``end`` is a chamber's name right before a camp noun ("House"
    of "House conservatives"): a modifier saying where the camp sits, no antecedent for a later
    "it" (a compound's modifier is no referent of its own)."""
    text = doc.text
    j = end
    while j < len(text) and text[j].isspace():
        j += 1
    # the token that starts at the first non-space character after the mention, found by the
    # document's offset index (a scan from the first token was a pass over the text per mention)
    nxt = doc.token_at(j)
    return nxt is not None and nxt.start == j and camp_noun(nxt)
