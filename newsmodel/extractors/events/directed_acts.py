"""An act told, advised or hoped for from another party is not done (issue 14, stop 45, e78).

Three shapes put an act inside someone else's words or wishes, where PLOVER codes no event for
it (the telling, asking or threat around it may be one; other modules code those):

* a verb of directing or advising + a party + "to" + the act: "the president told the generals
  to withdraw", "the ambassador advised the regime to release the prisoners", "encouraged the two
  factions to resume talks" -- the withdrawal, release or talks are what was told, not what was
  done (``directive-verb`` of ``sense_words.tsv``, with the ``push-verb`` class); the passive too
  ("the generals were told to withdraw").  "Persuaded" and "ordered" are not in the class:
  "persuaded the senator to endorse her" says the senator did, and an order has conventions
  of its own in the dev file (an expulsion ordered is SANCTION);
* a verb of hoping + a party + a modal + the act: "the envoy hopes Damascus will release the
  journalists" -- a wish, as "wants Damascus to release" is for :mod:`.wished_acts`
  (``hope-clause-verb``); without a modal ("hopes the talks succeed") the surface is too loose
  to read, and is left alone;
* "would like", "would prefer" + a party + "to" + the act: "the coalition would like the United
  Nations to send peacekeepers" -- :mod:`.wished_acts`'s want, in its polite form
  (``would-wish-verb``; only after "would" or "'d": "they like to talk" is a habit).

A noun trigger that is the object of such an act is read as the act ("to resume *talks*").
The checks read the words before the candidate, so both engines agree; they can only remove an
event.  Found reading every event of 30 PolNeAR train texts (sorted index i % 23 == 9), both
engines, and helper e73's notes on the same stop; dev batch 138.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..denial_forms import base_form
from .sense_checks import SenseCheck, before_adverbs, infinitive_to
from .senses import event_words

__all__ = ["checks", "directed_act"]

#: Parts of speech of the party between the verb and "to" or the modal ("the two factions",
#: "neighbouring states", "Damascus", "them"; without a parse the possessive may be punctuation).
_PARTY_WORDS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON", "PART"})
#: Possessive endings, whatever a tagger calls them.
_POSSESSIVE = frozenset({"'", "'s", "’", "’s"})
#: The longest party read back.
_MAX_PARTY = 7
#: Modal auxiliaries of the hoped-for clause ("hopes Tehran *will* free"), and negations between.
_MODALS = frozenset({"will", "would", "'ll", "’ll", "could", "can", "might", "may", "shall"})
_NEGATIONS = frozenset({"not", "n't", "never"})
#: Forms of "be" before a passive verb of directing ("were told to withdraw").
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
#: Words between a verb and the noun it takes ("resume *the direct* talks").
_OBJECT_WORDS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any verb can be the act told or hoped for, so
    the check is asked of every candidate (it reads the words before it) -- of those whose
    sentence holds "to" or a modal: :func:`_told_to` opens with the infinitive's "to"
    (:func:`.sense_checks.infinitive_to`), :func:`_hoped_will` with a word of :data:`_MODALS`
    before the verb, both in the verb's sentence (the candidate's: :func:`_verb_taking` looks no
    further back than its sentence's start).  Issue 13, s31 at stop 47."""
    return (SenseCheck("an act told, advised or hoped for from another party", directed_act, any_word=True, sentence_words=frozenset({"to"}) | _MODALS),)


def directed_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` -- a verb, or a noun that a verb takes as its object -- is
    an act told, advised or encouraged to a party, hoped for from one in a modal clause, or
    wished from one after "would like"."""
    verb = t if t.pos == "VERB" else _verb_taking(doc, t)
    if verb is None:
        return False
    return _told_to(doc, verb) or _hoped_will(doc, verb)


def _verb_taking(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb right before noun ``t``'s phrase (up to three words between), if ``t`` is a noun."""
    if t.pos != "NOUN":
        return None
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo - 1, t.i - 5), -1):
        w = doc.tokens[k]
        if w.pos == "VERB":
            return w
        if w.pos not in _OBJECT_WORDS and w.text not in _POSSESSIVE:
            return None
    return None


def _party_back(doc: AnnotatedDocument, j: int, stop: frozenset[str]) -> tuple[int, int]:
    """Walk back from ``j`` over a party's words; the index reached and the number of words passed."""
    lo = doc.sentences[doc.tokens[j].sent].token_start
    lows = doc.lowered_texts()
    party = 0
    while j > lo and party < _MAX_PARTY and (doc.tokens[j].pos in _PARTY_WORDS or lows[j] in _POSSESSIVE or _attributive_ing(doc, j)) and lows[j] not in stop:
        j -= 1
        party += 1
    return j, party


def _told_to(doc: AnnotatedDocument, verb: Token) -> bool:
    """"to" + ``verb`` after a party and a verb of directing ("told the generals to withdraw"), a
    passive one ("were told to withdraw") or "would like" ("would like the UN to send")."""
    k = infinitive_to(doc, verb)
    if k is None:
        return False
    j, party = _party_back(doc, k - 1, frozenset({"to", "that", "who", "which"}))
    head = doc.tokens[j]
    low = head.text.lower()
    before = doc.lowered_texts()[before_adverbs(doc, head)]
    if party and before in ("would", "'d", "’d") and _of_class(head, "would-wish-verb"):
        return True  # (a tagger without a parse may call "like" a preposition)
    if head.pos != "VERB":
        return False
    if _of_class(head, "directive-verb") or _of_class(head, "push-verb"):
        if party:
            return True
        # no party: only a passive ("were told to withdraw", "was encouraged to resign")
        return (low.endswith("ed") or low == "told") and before in _BE
    return False


def _of_class(w: Token, cls: str) -> bool:
    """``w`` is a word of class ``cls`` of ``sense_words.tsv`` by its lemma or, when a lemmatiser
    made no word of it ("hopes" -> "hop"), by its written form with the ending taken off."""
    words = event_words(cls)
    low = w.text.lower()
    return w.lemma.lower() in words or low in words or (low.endswith(("ed", "ing", "es", "s", "d")) and base_form(low, words) is not None)


def _attributive_ing(doc: AnnotatedDocument, j: int) -> bool:
    """An -ing word before a noun, which a tagger may call a verb ("*neighbouring* states")."""
    sent = doc.sentences[doc.tokens[j].sent]
    return doc.lowered_texts()[j].endswith("ing") and j + 1 < sent.token_end and doc.tokens[j + 1].pos in ("NOUN", "PROPN")


def _hoped_will(doc: AnnotatedDocument, verb: Token) -> bool:
    """``verb`` after a modal, a party and a verb of hoping ("hopes Damascus will release",
    "hoped that the rebels would free"): the content of a hope."""
    lows = doc.lowered_texts()
    lo = doc.sentences[verb.sent].token_start
    k = before_adverbs(doc, verb)
    while k > lo and lows[k] in _NEGATIONS:
        k = before_adverbs(doc, doc.tokens[k])
    if k <= lo or lows[k] not in _MODALS:
        return False
    j, party = _party_back(doc, k - 1, frozenset({"that", "who", "which"}))
    if not party:
        return False
    if lows[j] == "that" and j > lo:
        j -= 1
    head = doc.tokens[j]
    return head.pos == "VERB" and _of_class(head, "hope-clause-verb")
