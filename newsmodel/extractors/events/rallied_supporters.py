""""Rally" with an object gathers support: no demonstration (issue 14, stop 41, e54).

PLOVER's PROTEST is a demonstration by the people who rally: "thousands of teachers rallied outside
the parliament", "farmers rallied against the water tax", "supporters rallied on Sunday to demand
elections" -- the verb with no object, its crowd the subject.  With an object the verb means to
gather others behind a cause: "the governor rallied local mayors behind her plan", "spent the week
rallying rural voters", "proposed rallying the Nordic partners", "rallied thousands with promises"
-- the subject mobilises support and no one demonstrates.  The object is read by construction: the
word after the verb (past adverbs) opens a noun phrase -- a determiner, a possessive or personal
pronoun, a number, a name, an adjective or a noun -- and is no date or time ("rallied Saturday").
A phrase headed by a span of time ("could rally another time", ``time-span-noun``), a preposition,
a "to" infinitive, punctuation or the sentence's end keep the demonstration.

Found in a hand judgment of every rules event of 12 PolNeAR train texts (stop 41, e54; dev batch
101): both engines read a candidate proposing to rally an alliance and its partners as PROTEST; on
all 840 train texts the rules engine read eleven such uses (a number, a voter bloc or "support" as
the object).  It can only remove an event; the noun "rally" is left to the other
checks.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "rallies_others"]

#: Word classes that open the object's noun phrase.
_OPENS_OBJECT = frozenset({"DET", "PRON", "NUM", "PROPN", "ADJ", "NOUN"})
#: Pronouns that stand for no object (a relative, an expletive) or are the subject's own reflexive.
_NO_OBJECT_PRONOUNS = frozenset({"who", "which", "that", "there", "where", "when", "themselves", "itself", "himself", "herself"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the one verb it reads."""
    return (SenseCheck("rally with an object: support gathered, no demonstration", rallies_others, lemmas=frozenset({"rally"})),)


def rallies_others(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "rally" at ``t`` (a PROTEST) has an object: the word after it, past
    adverbs in -ly, opens a noun phrase that is no date or time (spaCy tags "outside" an adverb:
    "rallied outside parliament" has no object)."""
    if not (t.pos == "VERB" and t.lemma.lower() == "rally" and curated is not None and curated[1] == "PROTEST"):
        return False
    k = t.i + 1
    while k < doc.sentences[t.sent].token_end and doc.tokens[k].pos == "ADV" and doc.tokens[k].text.lower().endswith("ly"):
        k += 1  # past manner adverbs ("rallied quickly"); "outside", "home" are places, no object
    if k >= doc.sentences[t.sent].token_end:
        return False
    w = doc.tokens[k]
    if w.pos not in _OPENS_OBJECT or w.text.lower() in _NO_OBJECT_PRONOUNS or w.text.lower() in word_class("sense_words.tsv", "place-adverb"):
        return False  # ("rallied outside parliament": spaCy's adjective "outside" and object "parliament")
    if any(e.label in ("DATE", "TIME") and e.token_start <= k < e.token_end for e in doc.entities_in_sentence(t.sent)):
        return False
    return not _time_head(doc, k)


def _time_head(doc: AnnotatedDocument, k: int) -> bool:
    """The noun phrase opening at ``k`` is headed by a span of time (``time-span-noun``: "could
    rally another time", "rallied every week"), an adverbial phrase, no object."""
    end = doc.sentences[doc.tokens[k].sent].token_end
    while k < end and doc.tokens[k].pos in ("DET", "ADJ", "NUM"):
        k += 1
    if k >= end or doc.tokens[k].pos != "NOUN":
        return False
    return doc.tokens[k].lemma.lower() in word_class("sense_words.tsv", "time-span-noun") or doc.tokens[k].text.lower() in word_class("sense_words.tsv", "time-span-noun")
