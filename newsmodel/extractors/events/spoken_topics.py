"""Talking or speaking about a topic with no partner is speech to an audience, no CONSULT (issue 14, stop 41, e51).

"At the memorial, his colleagues and students spoke warmly about his kindness", "her
brothers talked fondly of her years in the navy", "the governor talked about her
childhood": nobody is met or consulted; PLOVER's CONSULT is an exchange between parties.  Two
shapes are read, both with "about" or "of" after the verb (past adverbs and "at length") and no
partner after it ("with", "to", "between", "among"):

* an adverb of praise or feeling between the verb and "about" (``speech-manner`` of
  ``sense_words.tsv``: warmly, glowingly, fondly, movingly ...) -- a plural subject too: speakers
  at a memorial or a convention address an audience, they do not talk with each other;
* one speaker (:func:`.opinion_senses.talks_about_alone`, the reading "discuss" already has).

"The two foreign ministers talked about the border dispute", "the governor talked with union
leaders about the strike" stay.  Found in a hand judgment of every event of 8 PolNeAR train texts
(stop 41, e51; dev batch 100).  It can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "topic_spoken_of"]

#: Verbs of speech that CONSULT reads as talks.
_TALK = frozenset({"talk", "speak"})
#: Words that name a partner of the talk after the verb.
_PARTNER = frozenset({"with", "to", "between", "among"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a topic talked about alone: speech, no talks", topic_spoken_of, lemmas=_TALK),)


def topic_spoken_of(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "talk" / "speak" at ``t`` is followed by "about" / "of" with no partner after it
    in its clause, and either a ``speech-manner`` adverb stands before "about" or one speaker
    talks."""
    if not (t.lemma.lower() in _TALK and t.pos == "VERB"):
        return False
    from .spoken_praise import praises_in_words

    if praises_in_words(doc, draft, t):
        return False  # "spoke highly of the minister": no talks, but praise of a party (spoken_praise, stop 42)
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    manner = word_class("sense_words.tsv", "speech-manner")
    k = t.i + 1
    felt = False
    while k < sent.token_end and (doc.tokens[k].pos == "ADV" or lows[k] in ("at", "length")):
        felt = felt or lows[k] in manner
        k += 1
    if k >= sent.token_end or lows[k] not in ("about", "of"):
        return False
    for j in range(k + 1, sent.token_end):
        if lows[j] in (",", ";", ":", "and", "but"):
            break
        if lows[j] in _PARTNER:
            return False
    if felt:
        return True
    from .opinion_senses import talks_about_alone

    return talks_about_alone(doc, t)
