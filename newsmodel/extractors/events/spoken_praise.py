"""Praise told as a manner of speech (issue 14, stop 42, e59: PolNeAR train recall).

"the retired judge spoke highly of the new minister", "the senator spoke warmly of her rival", "the union
chief talked glowingly about the governor": a verb of speech (``praise-speech-verb`` of
``event_cues.tsv``: speak, talk, write), an adverb of praise right after it (``praise-manner``:
highly, well, warmly, glowingly, fondly, admiringly, favourably) and "of" / "about" a person or a
political body (or a thing of one: "the former governor's gifts") is praise -- CAMEO 051 "praise or endorse", PLOVER SUPPORT.  "speak" alone names no
event, and these adverbs keep it from being talks (``one-way-speech-word``, ``speech-manner``:
mutual_talks), so nothing coded it.  The same words said of a thing ("spoke highly of the rail
plan", "spoke warmly about the weather"), or an adverb that is not right after the verb ("speaks
French well"), name no event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from ..nominals import names_party
from .triggers import words_of

__all__ = ["praises_in_words"]

#: How far the praised party's noun phrase may run after "of" / "about".
_PHRASE_SPAN = 7


def praises_in_words(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is a ``praise-speech-verb`` followed by a ``praise-manner`` adverb, "of" or "about",
    and a noun phrase whose head names a person, an organisation or a country, or a thing of one
    named with "'s" ("the former governor's personal gifts")."""
    if t.pos != "VERB" or t.lemma.lower() not in words_of("praise-speech-verb"):
        return False  # first: asked of every verb no lexicon row claims
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k < sent.token_end and lows[k] in ("very", "so", "most", "more", "quite"):
        k += 1  # "spoke very highly of"
    if k + 1 >= sent.token_end or lows[k] not in words_of("praise-manner") or lows[k + 1] not in ("of", "about"):
        return False
    head = None
    for j in range(k + 2, min(sent.token_end, k + 2 + _PHRASE_SPAN)):
        w = doc.tokens[j]
        if w.pos in ("NOUN", "PROPN"):
            head = w  # the last noun of the phrase is its head ("the new defence minister")
            continue
        if w.pos in ("DET", "ADJ", "NUM") or lows[j] in POSSESSIVES or w.text in ("'s", "’s"):
            continue
        break
    if head is None:
        return False
    if names_party(draft, head, actor_kinds=("person", "organization", "country"), noun_kinds=("person",)):
        return True
    return _named_owner(doc, draft, head)  # "spoke highly of the former governor's personal gifts": of the governor


def _named_owner(doc: AnnotatedDocument, draft: Draft, head: Token) -> bool:
    """A party named with "'s" before the phrase's head ("the former governor's personal
    gifts"); a bare possessive pronoun is not enough -- "spoke warmly about his kindness" at
    a memorial names no party the praise reaches."""
    sent = doc.sentences[head.sent]
    k = head.i - 1
    while k > sent.token_start and doc.tokens[k].pos in ("ADJ", "NOUN"):
        k -= 1  # "the governor's personal gifts"
    if doc.tokens[k].text not in ("'s", "’s") or k <= sent.token_start:
        return False
    return names_party(draft, doc.tokens[k - 1], actor_kinds=("person", "organization", "country"), noun_kinds=("person",))
