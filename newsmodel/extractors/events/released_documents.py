"""A "them" released that stands for documents is no captive freed (issue 14, helper e94 at
stop 48; dev batch 157).

"Asked about the emails, the senator said she will release them": PLOVER's RETREAT (and CAMEO's
release) is of captives, and what "them" stands for here are records made public.  The sense
checks read a released noun (``released-document`` in ``sense_words.tsv``,
:func:`.non_event_senses._released_thing`) but not a pronoun, so once "them" could take a party
(helper e92's object "them") such a release became an event with a country as its target.

By construction the check reads the words only: the nearest plural noun before the pronoun, in
its sentence or the one before, decides -- a ``released-document`` or ``document-noun`` word
("the emails", "the files") makes it a thing; a plural noun for people ("ten soldiers", "the
journalists") or a group's name keeps the release.  It can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "documents_released"]

#: The verbs of release whose "them" is read.
_RELEASE_LEMMAS = frozenset({"release"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: the verb "release" only."""
    return (SenseCheck("documents released: she will release them (the emails)", documents_released, lemmas=_RELEASE_LEMMAS),)


def documents_released(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb's object is "them" and the nearest plural noun before it names documents."""
    if t.lemma.lower() in _RELEASE_LEMMAS and t.pos == "VERB":  # the key test first (tests/test_s12.py reads it)
        them = _them_object(doc, t)
        return them is not None and _document_antecedent(doc, draft, them)
    return False


def _them_object(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The object "them": the parse's direct object, or without a parse the word right after the verb."""
    if doc.has_parse:
        return next((c for c in doc.children(t.i) if c.dep in ("obj", "dobj") and c.text.lower() == "them"), None)
    k = t.i + 1
    if k < doc.sentences[t.sent].token_end and doc.tokens[k].text.lower() == "them":
        return doc.tokens[k]
    return None


def _plural_noun(w: Token) -> bool:
    low = w.text.lower()
    return w.pos == "NOUN" and low != w.lemma.lower() and low.endswith("s")


def _document_antecedent(doc: AnnotatedDocument, draft: Draft, pron: Token) -> bool:
    """The nearest plural noun (or group name) before ``pron``, back to the previous sentence's
    start, is a document word."""
    documents = _words("released-document") | _words("document-noun")
    lo = doc.sentences[max(0, pron.sent - 1)].token_start
    for k in range(pron.i - 1, lo - 1, -1):
        w = doc.tokens[k]
        if _plural_noun(w):
            return w.text.lower() in documents or w.lemma.lower() in documents
        if w.pos == "PROPN" and draft.actor_at(w.start, w.end) is not None:
            fields = draft.actor_fields(draft.actor_at(w.start, w.end))
            if fields is not None and fields.kind == "group":
                return False  # "the Democrats": a plural party
    return False
