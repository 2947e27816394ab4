"""Ways of speaking that are no talks with a party (issue 14, stop 43, helper e65; dev batch 116).

* A "talk" in the singular given or heard, with no party it is had with: "the senator's talk at
  the law school", "gave a talk on farm subsidies", "the governor's talk opens with a joke" -- a
  speech, a lecture or an interview's segment, said to an audience.  PLOVER CONSULT is a meeting or
  talks between parties; news writes those "talks" (plural) or "a talk with" a party, which stay
  ("had a long talk with the chancellor").  Found judging every spaCy event of PolNeAR train texts
  by hand (a candidate's televised "talk" read as CONSULT).
* "speak the language of" a stance, "speak the same language": a figure of a shared outlook, no
  conversation ("Ankara and Tehran may speak the language of friendship").  The object of "speak"
  is a ``language-word`` of ``sense_words.tsv`` (language, lingo, vocabulary, idiom, dialect);
  "spoke with Rouhani" stays.

Each check tests its word first and reads a few words after it; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck, after_adverbs, keys

__all__ = ["checks", "talk_given", "language_spoken"]

#: Possessive words and markers before a noun ("the governor's talk", "her talk").
_POSSESSIVES = frozenset({"'s", "\u2019s", "his", "her", "its", "their", "our", "my", "your"})
#: Words between "speak" and the language word ("speak *the same* language", "speaks *their*").
_MAX_DETERMINERS = 2


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`, each keyed by its word."""
    return (
        SenseCheck("a talk given: the senator's talk at the law school", talk_given, texts=keys("talk")),
        SenseCheck("a language spoken: speak the language of friendship", language_spoken, lemmas=keys("speak")),
    )


def talk_given(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is the singular noun "talk" and the word after it (adverbs passed) is not
    "with": "a long talk with the chancellor" is had with a party; "the talk opens with a joke"
    is read by the word right after the noun, the same on both engines."""
    if t.text.lower() == "talk" and (t.pos == "NOUN" or _noun_by_its_determiner(doc, t)):  # the key test first (tests/test_s12.py reads it)
        k = after_adverbs(doc, t)
        return k >= doc.sentences[t.sent].token_end or doc.lowered_texts()[k] != "with"
    return False


def _noun_by_its_determiner(doc: AnnotatedDocument, t: Token) -> bool:
    """A determiner or a possessive right before ``t`` ("a talk", "the governor's talk", "his
    talk") makes it a noun, whatever a tagger without a parse called it."""
    if t.i <= doc.sentences[t.sent].token_start:
        return False
    before = doc.tokens[t.i - 1]
    return before.pos == "DET" or before.text.lower() in _POSSESSIVES


def language_spoken(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "speak" at ``t`` has a language word as its object, past up to two
    determiners or adjectives ("the", "the same", "their own")."""
    if t.lemma.lower() == "speak":
        end = doc.sentences[t.sent].token_end
        k = t.i + 1
        while k < end and k - t.i <= _MAX_DETERMINERS and doc.tokens[k].pos in ("DET", "ADJ", "PRON"):
            k += 1
        return k < end and doc.lowered_texts()[k] in _words("language-word")
    return False
