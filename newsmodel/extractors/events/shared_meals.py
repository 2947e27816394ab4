"""A meal shared with a party is a meeting, and a talk noun's with-phrase is its partner (e66, stop 43).

PLOVER CONSULT covers "all consultations and meetings", and news often tells a meeting as a meal:
"the senator had breakfast with the mayor", "the president had lunch with the crown prince", "the
governor ate lunch with union leaders".  The meal nouns (``meal-noun`` of ``sense_words.tsv``:
breakfast, lunch, dinner, luncheon, supper) are trigger rows that name a meeting only in that
shape -- the object of a verb of eating or having (``meal-verb``) and followed, within its own
clause, by "with" and a party that is no relative or friend (``private-relation``, ``kin-noun``,
``private-company``: children, family, relatives): "had dinner
with her husband", "had lunch at the hotel", "skipped breakfast", "served lunch to volunteers" and
"hosted a dinner for donors" name no meeting.

The with-phrase may come after a place or a time ("had breakfast *in Boston* with the mayor",
"had a meeting on Friday with the envoy"); :func:`with_partners` reads its actors past those,
and the event coder gives them to a CONSULT noun that found no target of its own.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..roles import kin_nouns
from .triggers import words_of

__all__ = ["shares_a_meal", "with_partners"]

#: How far after the noun the "with" may stand (past a place and a time phrase).
_REACH = 10
#: Words that open a place or a time phrase the with-phrase may come after.
_ADJUNCT_OPENERS = frozenset({"in", "at", "on"})


def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``sense_words.tsv``."""
    return word_class("sense_words.tsv", cls)


def _with_index(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the "with" that opens the noun's partner phrase: the first "with" after it in
    its clause, within :data:`_REACH` words, with no verb, no comma or semicolon and no other
    preposition than a place or time opener before it."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _REACH)):
        w = doc.tokens[k]
        if lows[k] == "with":
            return k
        if lows[k] in (",", ";", ":", "(") or w.pos in ("VERB", "AUX", "SCONJ", "CCONJ"):
            return None
        if w.pos == "ADP" and lows[k] not in _ADJUNCT_OPENERS:
            return None  # "lunch for the volunteers", "dinner before the vote with ..."
    return None


def _phrase_end(doc: AnnotatedDocument, k: int) -> int:
    """The end (exclusive) of the noun phrase(s) after "with" at ``k``: up to a comma, a verb, or a
    preposition that opens a new phrase ("with the envoy *at* the embassy"); "and" joins partners."""
    sent = doc.sentences[doc.tokens[k].sent]
    lows = doc.lowered_texts()
    j = k + 1
    while j < min(sent.token_end, k + 10):
        w = doc.tokens[j]
        if lows[j] in (",", ";", ":", ".", "(") or w.pos in ("VERB", "AUX", "SCONJ") or (w.pos == "ADP" and lows[j] != "of"):
            break
        j += 1
    return j


def with_partners(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str] | None:
    """The actors of the with-phrase after noun ``t`` ("breakfast in Boston with *Mayor Walsh*"),
    or None when there is no such phrase or it names a relative or a friend (private life)."""
    k = _with_index(doc, t)
    if k is None:
        return None
    end = _phrase_end(doc, k)
    if end <= k + 1:
        return None
    private = words_of("private-relation") | kin_nouns() | _words("private-company")
    if any(doc.tokens[j].lemma.lower() in private or doc.tokens[j].text.lower() in private for j in range(k + 1, end)):
        return None
    return list(dict.fromkeys(a for _s, _e, a in draft.mentions_between(doc.tokens[k + 1].start, doc.tokens[end - 1].end)))


def shares_a_meal(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """Meal noun ``t`` is the object of a ``meal-verb`` (the verb before its noun phrase: "had
    breakfast", "ate a working lunch") and has a with-phrase naming an actor, no relative or friend."""
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and k >= t.i - 3 and doc.tokens[k].pos in ("DET", "ADJ", "NOUN", "PRON") and doc.tokens[k].lemma.lower() not in _words("meal-verb"):
        k -= 1  # "a working lunch", "a private dinner", "their first breakfast"
    if k < sent.token_start or doc.tokens[k].lemma.lower() not in _words("meal-verb") and doc.tokens[k].text.lower() not in _words("meal-verb"):
        return False
    return bool(with_partners(doc, draft, t))
