"""A mood between parties as the subject names no act (issue 14, lead, stop 45, dev batch 137 D).

"Tensions rose between Serbia and Kosovo", "Kosovo tensions rose sharply", "Mistrust between the two
governments deepened": the verb tells how a mood changed, and no party does anything (PLOVER codes
an actor's act).  The CAMEO dictionary's "TENSIONS * [112]", written for "tensions surfaced", is a
pattern of the verb block that also holds "rise", "arise" and "lift", so such sentences came out
ACCUSE, with a party compounded with the noun ("Kosovo tensions") or named in its between-phrase as
the accuser.  The subject read is the verb's own: with a parse its nsubj; without one the head of
the sentence's first noun phrase, and only for the sentence's first verb, so an act told later in the
sentence ("Rising tensions prompted Japan to recall its ambassador") keeps its own doer.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "mood_subject"]


def _moods() -> frozenset[str]:
    return word_class("sense_words.tsv", "mood-noun")


def checks() -> tuple[SenseCheck, ...]:
    """This module's non-event check: any verb, in a sentence that holds a ``mood-noun``."""
    return (SenseCheck("a mood between parties as the subject", mood_subject, any_word=True, sentence_words=_moods()),)


def mood_subject(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """``t`` is a verb whose own subject is a ``mood-noun`` ("tensions", "mistrust", "fears")."""
    if t.pos != "VERB":
        return False
    subj = _own_subject(doc, t)
    return subj is not None and (subj.lemma.lower() in _moods() or subj.text.lower() in _moods())


def _own_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    if doc.has_parse:
        return next((c for c in doc.children(t.i) if c.dep in ("nsubj", "nsubj:pass") and c.i < t.i), None)
    sent = doc.sentences[t.sent]
    if any(doc.tokens[k].pos in ("VERB", "AUX") for k in range(sent.token_start, t.i)):
        return None  # not the sentence's first verb: its subject is not read here
    head = None
    for k in range(sent.token_start, t.i):
        w = doc.tokens[k]
        if head is None and w.pos in ("NOUN", "PROPN"):
            head = w  # the head of the first noun phrase ...
        elif head is not None and w.pos in ("NOUN", "PROPN") and doc.tokens[k - 1].pos in ("NOUN", "PROPN", "ADJ"):
            head = w  # ... its last noun ("Border tensions", "Kosovo tensions")
        elif head is not None and w.pos not in ("NOUN", "PROPN", "ADJ"):
            break  # the phrase ended ("Tensions between Armenia and Azerbaijan ...")
    return head
