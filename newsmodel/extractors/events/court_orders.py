"""Court-ordered payments: "a court ordered the steelmaker to pay compensation" is one SANCTION.

The PLOVER manual (sections AID and SANCTION, "Potential ambiguities") codes reparations and
voluntary settlements as AID but "court-ordered payments ... as SANCTION events with the winner
and court as actor and guilty party as recipient" (SANCTION ``convict``: "sanctioned via
court-order").  Read word by word, the sentence gives a REQUEST ("ordered") and an AID ("pay
compensation"); this module makes the order the SANCTION and the payment no event of its own.

A civil ruling between private parties ("ordered the company's founder to pay $50 million to his
former business partner in a dispute over shares") is no political event: when the sentence names
a private dispute (``private-dispute`` in ``sense_words.tsv``) and no state or official body takes
part, neither word gives an event (issue 14 batch 36, e15).
"""

from __future__ import annotations

from typing import Literal

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

Sense = tuple[int, str, "str | None"]


def _words(cls: str) -> frozenset[str]:
    return word_class("sense_words.tsv", cls)


def court_order_sense(doc: AnnotatedDocument, draft: Draft, t: Token, curated: Sense | None) -> Sense | None | Literal[False]:
    """SANCTION convict for a court's order to pay, None for the payment it orders and for a
    private dispute's order; False when ``t`` is neither."""
    if t.pos != "VERB":
        return False
    lemma = t.lemma.lower()
    if lemma == "order" and (curated is None or curated[1] == "REQUEST"):
        # ("order" is no curated trigger: CAMEO's verb dictionary reads it as a demand, REQUEST)
        pay = _ordered_payment(doc, t)
        if pay is None or not _court_subject(doc, t):
            return False
        return None if _private_dispute(doc, draft, t) else (1, "SANCTION", "convict")
    if lemma == "pay" and curated is not None and curated[1] == "AID":
        order = _ordering_verb(doc, t)
        if order is not None and _court_subject(doc, order):
            return None  # the order is the event: "ordered the steelmaker to pay compensation"
    return False


def _ordered_payment(doc: AnnotatedDocument, order: Token) -> Token | None:
    """The "pay" of "ordered <someone> to pay ..." a few words after the order verb."""
    sent = doc.sentences[order.sent]
    for k in range(order.i + 1, min(sent.token_end - 1, order.i + 10)):
        w = doc.tokens[k]
        if w.text.lower() == "to" and doc.tokens[k + 1].lemma.lower() == "pay":
            return doc.tokens[k + 1]
        if w.pos in ("VERB", "AUX", "PUNCT", "SCONJ"):
            return None
    return None


def _ordering_verb(doc: AnnotatedDocument, pay: Token) -> Token | None:
    """The "order" verb whose "to pay" ``pay`` is."""
    sent = doc.sentences[pay.sent]
    for k in range(pay.i - 2, max(sent.token_start - 1, pay.i - 11), -1):
        w = doc.tokens[k]
        if w.lemma.lower() == "order" and w.pos == "VERB":
            return w if _ordered_payment(doc, w) is pay else None
    return None


def _court_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's subject is a court, judge or tribunal (``court-word``)."""
    from .non_event_senses import _subject

    subj = _subject(doc, t)
    return subj is not None and (subj.lemma.lower() in _words("court-word") or subj.text.lower() in _words("court-word"))


def _private_dispute(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The sentence names a private dispute and no country or official body (a CAMEO sector code of
    the package's ``_OFFICIAL``) is a party in it."""
    from . import _OFFICIAL

    sent = doc.sentences[t.sent]
    lowered = doc.lowered_lemmas()[sent.token_start : sent.token_end]
    if _words("private-dispute").isdisjoint(lowered):
        return False
    for k in range(t.i + 1, sent.token_end):
        w = doc.tokens[k]
        a = draft.actor_at(w.start, w.end)
        actor = draft.actor_fields(a) if a else None
        if actor is not None and (actor.kind == "country" or any(c in (actor.code or "") for c in _OFFICIAL)):
            return False
    return True
