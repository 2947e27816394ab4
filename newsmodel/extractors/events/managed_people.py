"""Coordinating one's own people is managing them, no cooperation (issue 14, stop 37, e38).

"The senator's deputy is coordinating hundreds of volunteers", "the campaign coordinated an army
of volunteers", "delegates have been coordinated by a former Cruz adviser": "coordinate" with a
campaign's or an office's own people for object (volunteers, staff, organizers, delegates ...)
means directing them.  PLOVER's COOPERATE is cooperation between parties; nothing is done with
another party here.  "Germany coordinated its response with France" and "the two coast guards
coordinated their patrols" (a thing done jointly) stay.

The nouns are lexicon classes (``managed-people``, and ``people-group-noun`` for "an army / a
team / hundreds of" read through its of-phrase, in ``sense_words.tsv``).  A "with" + partner in
the clause keeps the event.  Found in a hand judgment of every event of PolNeAR train texts
(stop 37, e38; dev batch 78), both engines.  The check can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "coordinates_own_people"]

#: Words of the object phrase before its head ("hundreds of", "an army of", "the state's").
_PHRASE_POS = frozenset({"DET", "ADJ", "NUM", "PRON", "ADV"})
#: The longest object phrase read after the verb, and the longest subject read before it.
_REACH = 7
#: Forms of "be" that make "coordinated" passive ("have been coordinated by").
_BE = frozenset({"is", "are", "was", "were", "been", "be", "being"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("one's own people coordinated: managed, no COOPERATE", coordinates_own_people, lemmas=frozenset({"coordinate"})),)


def coordinates_own_people(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "coordinate" at ``t`` has no "with" + partner after it and its object
    (or, in the passive, its subject) is a body of one's own people (``managed-people``)."""
    if not (t.lemma.lower() == "coordinate" and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if any(lows[k] == "with" for k in range(t.i + 1, sent.token_end)):
        return False  # "coordinated its response with France"
    be = before_adverbs(doc, t)
    if be > sent.token_start and lows[be] in _BE and lows[t.i].endswith("ed"):
        return any(_people(doc, k) for k in range(max(sent.token_start, be - _REACH), be))  # "delegates have been coordinated by" 
    k = t.i + 1
    while k < min(sent.token_end, t.i + 1 + _REACH):
        if _people(doc, k):
            return True
        w = doc.tokens[k]
        if w.pos in _PHRASE_POS or lows[k] in ("'s", "’s", "of") or lows[k] in word_class("sense_words.tsv", "people-group-noun"):
            k += 1
            continue
        return False
    return False


def _people(doc: AnnotatedDocument, k: int) -> bool:
    """The word at ``k`` is a noun of one's own people ("volunteers", "staff", "delegates")."""
    return doc.tokens[k].pos in ("NOUN", "PROPN") and doc.lowered_texts()[k] in word_class("sense_words.tsv", "managed-people")
