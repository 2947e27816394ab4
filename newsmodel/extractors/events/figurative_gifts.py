"""Figures of speech told with words of giving: "the ruling would give the IRS ammunition to
pursue smaller charities", "the gaffe handed his rivals a weapon against him" (issue 14, the
stop-34 hand judgment of PolNeAR output, read as AID).

PLOVER AID is material aid whose benefits accrue to the recipient (manual, AID): money, arms,
relief.  Arms given in earnest name no use after them ("gave Ukraine ammunition and artillery
shells", "supplied the militia with weapons"); a figure of speech says what the "ammunition"
is for -- "to" + a verb ("ammunition to pursue", "a weapon to attack") or "against" someone.
So a giving verb (``give-figure-verb``) whose object is a ``figurative-gift`` noun (ammunition,
weapon, cudgel) followed by such a use, in a sentence with no arms or forces named
(``armed-context``, ``armed-word``), is no event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _sentence_has, _words
from .sense_checks import SenseCheck, keys

__all__ = ["checks", "figurative_gift"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: its first guard reads the lemma."""
    return (SenseCheck("figures of speech told with words of giving", figurative_gift, lemmas=keys(_words("give-figure-verb"))),)


def _infinitive(draft: Draft, w: Token) -> bool:
    """``w`` after "to" is a verb: tagged one, or -- as the rules tagger may tag "to pursue" -- a
    common noun in its base form that names no actor ("ammunition to *pursue*", not "ammunition
    to rebels", a plural, or "to Kyiv")."""
    if w.pos == "VERB":
        return True
    return w.pos == "NOUN" and w.lemma.lower() == w.text.lower() and draft.actor_at(w.start, w.end) is None


def figurative_gift(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the giving verb at ``t`` has a ``figurative-gift`` object within five words,
    followed by "to" + a verb or by "against", and no arms or forces stand in the sentence."""
    lemma = t.lemma.lower()
    if not (lemma in _words("give-figure-verb") and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    gifts = _words("figurative-gift")
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 7)):
        if lows[k] in gifts or doc.tokens[k].lemma.lower() in gifts:
            used = lows[k + 1] == "against" or lows[k + 1] == "to" and k + 2 < sent.token_end and _infinitive(draft, doc.tokens[k + 2])
            return used and not _sentence_has(doc, t, _words("armed-context") | _words("armed-word"))
        if doc.tokens[k].pos in ("VERB", "PUNCT"):
            return False
    return False
