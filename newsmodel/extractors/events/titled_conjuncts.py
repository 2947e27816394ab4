"""Subjects of two people joined by "and", each with an of-phrase of place or body, without a parse.

"Senator Alan Ross of Maine and Senator Joan Bell of Utah criticized the treaty", "Paul Hart of
the farmers' union and Nina Roy of the teachers' union met the minister": news names each party
of a joint act with where or whom they come from. The rules engine read such a subject as one
phrase whose head is the first name (the "and" taken to join names inside an of-phrase, as in
"Police forces from Austria and Slovenia agreed") or gave the act to the place or body before
"and"; PLOVER lists every party of a joint act as an actor, and the head of "X of Utah" is X.
Two tests: the word after "and" opens a person's mention (past a title word), so "and" joins two
heads (:func:`person_opens`); and the person an of-phrase hangs on, for an actor that ends such a
phrase (:func:`owner_before_of`). Issue 14 batch 136 (helper e77 at stop 45; on PolNeAR train
the second of two senators "of Texas" and "of Florida" who urged a rival went missing).
"""

from __future__ import annotations

from ...document import AnnotatedDocument
from ...draft import Draft
from ...lexicons import title_words

#: Words that may stand inside the of-phrase between "of" and the actor that ends it.
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
_APOSTROPHES = frozenset({"'", "’", "'s", "’s"})


def _person(draft: Draft, actor_id: str | None) -> bool:
    fields = draft.actor_fields(actor_id)
    return fields is not None and fields.kind == "person"


def person_opens(doc: AnnotatedDocument, draft: Draft, k: int) -> bool:
    """A person's full name (two words or more) starts at token ``k``, or right after one
    capitalised title word there ("and *Senator* Joan Bell", "and Nina Roy"); a one-word name may
    be a country the lexicons do not know ("the foreign ministers of Tarvia and Oslen")."""
    if k + 1 >= len(doc.tokens):
        return False
    tok = doc.tokens[k]
    if tok.text[:1].isupper() and tok.text.lower() in title_words():
        k += 1
        tok = doc.tokens[k]
    if k + 1 >= len(doc.tokens) or tok.pos != "PROPN" or doc.tokens[k + 1].pos != "PROPN":
        return False
    found = draft.actor_at(tok.start, tok.end)
    return _person(draft, found) and draft.actor_at(doc.tokens[k + 1].start, doc.tokens[k + 1].end) == found


def owner_before_of(doc: AnnotatedDocument, draft: Draft, k: int, start: int) -> str | None:
    """The person whose of- or from-phrase ends at token ``k`` ("Senator Alan Ross of *Maine*",
    "Paul Hart of the farmers' *union*"), not before token ``start``; None when the phrase hangs
    on no person."""
    j = k
    while j - 1 > start and (doc.tokens[j - 1].pos in _PHRASE_POS or doc.tokens[j - 1].text in _APOSTROPHES):
        j -= 1
    if j - 2 < start or doc.tokens[j - 1].text.lower() not in ("of", "from"):
        return None
    owner = doc.tokens[j - 2]
    found = draft.actor_at(owner.start, owner.end)
    return found if _person(draft, found) else None
