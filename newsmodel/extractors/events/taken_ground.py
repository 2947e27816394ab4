"""Ground taken by force: "Militants took the customs post" (issue 14 batch 150, helper e87 at stop 47).

CAMEO.2.0 codes taking a place by force as 192 "Occupy territory", which CAMEO2PLOVER maps to
COERCE seize, but its apprehend block names only some places as objects ("&TOWN", "AIRPORT",
"BASE"); a post, a port, a terminal or a crossing taken by militants got the block's default
(171, no pattern matched) and no event, and a verb outside the dictionary ("retook") none at all.
The frame is the same whatever the place: a verb of taking (``take-ground-verb`` of
``sense_words.tsv``), an armed party in the sentence (:func:`senses.armed_party`), and as object
held ground -- the object class ``yielded-place`` (towns, districts, strongholds) or
``held-ground`` (posts, ports, crossings, bases, hills).

Not taken by force:
* the party's own ground ("the guards took their posts", a possessive pronoun before the noun);
* an office ("took the post of defence minister", "the post as envoy": "of" / "as" after it);
* a journey or a loss ("took the bus to the border post", "took heavy losses": not ground).

:func:`unarmed_capture` is the other side: CAMEO's 192 object patterns ("- * &TOWN") read with no
armed party ("The ruling party took the town in the local elections": a vote won) are no seizure.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

__all__ = ["OCCUPY_CODE", "ground_taken", "held_ground", "taker_verbs", "unarmed_capture"]

#: CAMEO.2.0's code for occupying territory (CAMEO2PLOVER: COERCE seize).
OCCUPY_CODE = "192"

#: Subject pronouns, whose party another sentence names ("It took control of the airport").
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
#: Possessive pronouns: "their posts" is the party's own ground.
_OWN = frozenset({"my", "our", "your", "his", "her", "its", "their"})


@lru_cache(maxsize=1)
def taker_verbs() -> frozenset[str]:
    """Lemmas of the verbs of taking ground (``take-ground-verb``)."""
    return word_class("sense_words.tsv", "take-ground-verb")


@lru_cache(maxsize=1)
def _ground_nouns() -> frozenset[str]:
    """Nouns for ground an armed party holds (``held-ground``, and the object class ``yielded-place``)."""
    from .triggers import object_class

    return word_class("sense_words.tsv", "held-ground") | object_class("yielded-place")


def _noun_form(w: Token) -> str:
    """The noun ``w`` spells, singular: its lemma, or its text without a plural -s when the
    tagger read a compound's head as a verb ("the customs post")."""
    low = w.lemma.lower()
    return low if w.pos in ("NOUN", "PROPN") else w.text.lower().removesuffix("s")


def held_ground(doc: AnnotatedDocument, obj: Token | None) -> Token | None:
    """The object head ``obj`` (or, without a parse, the word right after it, when the tagger read
    a compound's head as a verb: "the customs *post* on Saturday") when it names held ground that
    is neither the party's own nor an office; else None."""
    if obj is None:
        return None
    sent = doc.sentences[obj.sent]
    head = obj
    nxt = doc.tokens[obj.i + 1] if obj.i + 1 < sent.token_end else None
    if not doc.has_parse and nxt is not None and nxt.pos == "VERB" and _noun_form(nxt) in _ground_nouns():
        head = nxt
    if _noun_form(head) not in _ground_nouns():
        return None
    after = doc.tokens[head.i + 1].text.lower() if head.i + 1 < sent.token_end else ""
    if after in ("of", "as") and head.text.lower().startswith("post"):
        return None  # "took the post of defence minister": an office
    for k in range(max(sent.token_start, obj.i - 4), obj.i):
        if doc.tokens[k].text.lower() in _OWN:
            return None  # "the guards took their posts at dawn"
    return head


def ground_taken(doc: AnnotatedDocument, draft: Draft, t: Token, obj: Token | None) -> bool:
    """``t`` (a verb of ``take-ground-verb``) takes held ground ``obj`` with an armed party in the
    sentence (see the module docstring)."""
    from .senses import armed_party

    low = t.lemma.lower()
    if low not in taker_verbs() and t.text.lower() not in taker_verbs():
        return False
    return held_ground(doc, obj) is not None and armed_party(doc, draft, t)


def unarmed_capture(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A 192 object pattern on a verb of taking with no armed party, state or police in the
    sentence (:func:`senses._armed_context`, laxer than the check of :func:`ground_taken`), and no
    subject pronoun before the verb standing for a party named elsewhere: a town won at the polls,
    not occupied."""
    from .senses import _armed_context

    low = t.lemma.lower()
    if low not in taker_verbs() and t.text.lower() not in taker_verbs():
        return False
    sent = doc.sentences[t.sent]
    if any(doc.tokens[k].pos == "PRON" and doc.tokens[k].text.lower() in _SUBJECT_PRONOUNS for k in range(sent.token_start, t.i)):
        return False  # "It took control of the airport": the party is named in another sentence
    return not _armed_context(doc, draft, t)
