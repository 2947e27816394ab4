"""An apology offered is an apology, not an offer (issue 14, stop 37, e38).

"The ministry offered a formal apology to the families", "the board wishes to offer its
heartfelt apology to the mayor": the verb of offering carries the noun's act.  PLOVER's AGREE is a
commitment to cooperate ("agree to, offer, promise"); what is offered here is no future act
but the apology itself, which PLOVER codes CONCEDE (apologize).  So the verb "offer" with an
apology for object names no AGREE (:func:`offers_an_apology`), and the noun is the event: it is
not subsumed by the offer as an act promised would be (:func:`apology_offered`, asked by
:func:`.triggers.filtered`).  "Offered a ceasefire" stays AGREE.

The nouns are a lexicon class (``apology-noun`` in ``sense_words.tsv``).  Found in a hand
judgment of every event of PolNeAR train texts (stop 37, e38; dev batch 78), both engines.  The
checks read the words after the verb, so they work with and without a parse.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "offers_an_apology", "apology_offered"]

#: Words that may stand between the verb and its object's head: determiners, possessives,
#: adjectives and adverbs ("offered his full and humble apology"), noun modifiers ("a public
#: apology"; a tagger without a parse may call an adjective it does not know a noun).
_BETWEEN_POS = frozenset({"DET", "ADJ", "ADV", "PRON", "CCONJ", "NUM", "NOUN"})
#: Quote marks that may open or close the object (the apology quoted from a written statement).
_QUOTES = frozenset({"\"", "“", "”", "'", "‘", "’"})
#: The longest object phrase read after the verb.
_REACH = 6


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("an apology offered: CONCEDE on the noun, no AGREE", offers_an_apology, lemmas=frozenset({"offer"})),)


def offers_an_apology(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "offer" at ``t`` takes an apology as its object ("offered a formal apology")."""
    if not (t.lemma.lower() == "offer" and t.pos == "VERB"):
        return False
    return _object_head(doc, t) is not None


def apology_offered(doc: AnnotatedDocument, noun: Token) -> bool:
    """True when the apology noun at ``noun`` is the object of a verb "offer" before it: the noun
    carries the event, and the offer does not subsume it."""
    if noun.text.lower() not in word_class("sense_words.tsv", "apology-noun"):
        return False
    lo = doc.sentences[noun.sent].token_start
    for k in range(noun.i - 1, max(lo, noun.i - _REACH) - 1, -1):
        w = doc.tokens[k]
        if w.lemma.lower() == "offer" or w.text.lower().startswith("offer"):
            return _object_head(doc, w) == noun.i
        if w.pos not in _BETWEEN_POS and w.text not in ("'s", "’s") and w.text not in _QUOTES:
            return False
    return False


def _object_head(doc: AnnotatedDocument, verb: Token) -> int | None:
    """The index of the apology noun that is the object of ``verb``, or None."""
    end = min(doc.sentences[verb.sent].token_end, verb.i + 1 + _REACH)
    apologies = word_class("sense_words.tsv", "apology-noun")
    for k in range(verb.i + 1, end):
        w = doc.tokens[k]
        if w.text.lower() in apologies:
            return k
        if w.pos not in _BETWEEN_POS and w.text not in ("'s", "’s") and w.text not in _QUOTES:
            return None
    return None
