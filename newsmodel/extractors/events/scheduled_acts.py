"""Future acts written without "will": "is to" + verb (issue 14, stop 45, helper e74; dev batch 132).

The PLOVER manual codes cooperative acts announced for the future as AGREE.  News writes a
scheduled act as "be" in the present + "to" + verb ("Malaysia is to cooperate with Singapore",
"the two leaders are to sign the accord on Friday"); the tense test of the events pass knew only
the auxiliaries "will" / "shall", a plan word and the headline "X to do Y".

Left alone: with a parse, a trigger noun in the object of a verb with "will" ("the navies will
hold joint drills") keeps COOPERATE on the spaCy engine (the rules engine reads "will" in the words
before the noun and says AGREE).  Reading the verb's future too would flip an old dev row of batch 31
whose gold says COOPERATE for "will conduct joint exercises", against the manual; the lead decides.

"is to" after a noun of an aim or a duty (``copular-aim-noun``: "whose task is to mediate", "the
goal is to cooperate more") describes the aim, and "was / were to" is a past plan: neither is read.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class
from .factuality import to_before

__all__ = ["scheduled"]

#: Present forms of "be" that schedule an act with "to" + verb.
_BE_PRESENT = frozenset({"is", "are", "am", "'s", "'re"})
#: How far back from "is" the subject's noun phrase is read for an aim noun ("the purpose of our trip is").
_REACH = 5


def scheduled(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb at ``t`` follows "is / are" + "to" (an adverb after "to" passed), and no word of the
    noun phrase before "is" (up to :data:`_REACH` words, back to a verb or punctuation) -- nor, with
    a parse, the subject of "is" -- is a ``copular-aim-noun``."""
    k = to_before(doc, t)
    lo = doc.sentences[t.sent].token_start
    if k is None or k - 1 < lo or doc.tokens[k - 1].text.lower() not in _BE_PRESENT:
        return False
    be = doc.tokens[k - 1]
    aims = word_class("sense_words.tsv", "copular-aim-noun")
    for j in range(be.i - 1, max(lo, be.i - _REACH) - 1, -1):
        w = doc.tokens[j]
        if w.pos in ("PUNCT", "VERB", "AUX"):
            break
        if w.text.lower() in aims:
            return False  # "whose task is to", "the purpose of our trip is to": an aim described
    if doc.has_parse and any(c.dep.startswith("nsubj") and c.text.lower() in aims for c in doc.children(be.i)):
        return False
    return True
