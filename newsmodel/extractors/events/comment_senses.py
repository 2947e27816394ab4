"""A public comment and the event it is about: no PLOVER event (issue 14, stop 41, e53).

PLOVER drops CAMEO 01 MAKE PUBLIC STATEMENT (manual, "CAMEO to PLOVER translation": 01 and 02
"dropped"), so a sentence whose news is a comment reports no event, even when an event word
stands inside it:

* a feeling or an outlook voiced -- "expressed concern", "voiced fears that", "offered
  condolences", "expressed hope that" (CAMEO 012 pessimistic, 013 optimistic, 018 empathetic
  comment): the verb of voicing names no act towards anyone (:func:`feeling_voiced`; CAMEO's
  dictionary itself codes "sound fear" 110, disapproval, beside "express fear" 012 -- the
  codebook's 012 is followed);
* the topic of a comment -- "expressed concern over *the arrest* of", "declined to comment on
  *the seizure* of", "claimed responsibility for *the bombing* that killed 12" (015), "denied any
  role in *the killing* of" (016): the event noun after the comment's preposition, and the verb of
  a relative clause on that noun ("the bombing that *killed* 12"), is background the comment is
  about, as the object of a coded verb is subsumed by it ("welcomed the release of the activists"
  is SUPPORT alone) -- here the comment is no event, so the sentence has none
  (:func:`topic_of_a_comment`).

A denied clause is no topic: "denied that its troops had fired on the crowd" keeps ASSAULT with
factuality ``denied`` (the dev file's convention since batch 19); only a noun of responsibility,
role or involvement is read.  Expressions of regret stay CONCEDE (PLOVER manual, CONCEDE), and
welcoming, praising or condemning stays SUPPORT or ACCUSE (CAMEO 05 and 11 are kept).

The words are lexicon classes of ``sense_words.tsv`` (``feeling-voice-verb``,
``comment-feeling-noun``, ``comment-topic-word``).  Dev batch 103.  The checks read a few words
before and after the candidate, so they work with and without a parse; like every sense check
they can only remove an event.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..mentions import POSSESSIVES
from .sense_checks import SenseCheck, after_adverbs

__all__ = ["checks", "feeling_voiced", "topic_of_a_comment"]

#: Prepositions that open a comment's topic ("concern *over* the arrest", "comment *on* the strike").
_TOPIC_PREPOSITIONS = frozenset({"about", "over", "on", "at", "for", "in", "regarding", "into"})
#: Words that open a relative clause on the topic noun ("the bombing *that* killed 12").
_RELATIVE_WORDS = frozenset({"that", "which"})
#: Parts of speech inside a noun phrase before its head ("the deep", "any", "the air strike").
_PHRASE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})


@lru_cache(maxsize=1)
def _feelings() -> frozenset[str]:
    return word_class("sense_words.tsv", "comment-feeling-noun")


@lru_cache(maxsize=1)
def _topic_words() -> frozenset[str]:
    """The words whose preposition opens a comment's topic: the feelings and the comment nouns."""
    return _feelings() | word_class("sense_words.tsv", "comment-topic-word")


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: the voicing verbs by lemma; any event noun or
    relative-clause verb may be a topic, so that check is asked of every candidate whose sentence
    holds a topic word."""
    voice = word_class("sense_words.tsv", "feeling-voice-verb")
    return (
        SenseCheck("a feeling voiced: expressed concern, voiced fears", feeling_voiced, lemmas=voice),
        SenseCheck(
            "the topic of a comment: concern over the arrest of", topic_of_a_comment, any_word=True,
            sentence_words=_topic_words(),
        ),
    )


def feeling_voiced(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` (``feeling-voice-verb``) has for object a noun phrase whose head
    is a ``comment-feeling-noun`` ("expressed *deep concern*", "voiced *fears* that", "offered
    *his condolences*", "shared Italy's *concerns*")."""
    if not (t.pos == "VERB" and t.lemma.lower() in word_class("sense_words.tsv", "feeling-voice-verb")):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    head = None
    while k < min(sent.token_end, t.i + 7):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            head = k
        elif w.pos in ("DET", "ADJ", "NUM") or lows[k] in POSSESSIVES or lows[k] in ("'s", "’s"):
            if head is not None and lows[k] not in ("'s", "’s"):
                break
        else:
            break
        k += 1
    return head is not None and (lows[head] in _feelings() or doc.tokens[head].lemma.lower() in _feelings())


def topic_of_a_comment(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the noun at ``t`` heads the topic phrase of a comment ("concern over *the arrest*
    of", "no comment on *the expulsion* of", "responsibility for *the bombing*"), or the verb at
    ``t`` opens a relative clause on such a noun ("the bombing that *killed* 12 soldiers")."""
    if t.pos == "NOUN":
        return _topic_noun(doc, t.i)
    if t.pos != "VERB":
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > lo and doc.tokens[k].pos in ("AUX", "ADV"):
        k -= 1  # "that had killed", "which reportedly killed"
    if k <= lo or lows[k] not in _RELATIVE_WORDS:
        return False
    k -= 1
    if k > lo and lows[k] == ",":
        k -= 1  # "the bombing, which killed"
    return doc.tokens[k].pos == "NOUN" and _topic_noun(doc, k)


def _topic_noun(doc: AnnotatedDocument, i: int) -> bool:
    """Token ``i`` (a noun) stands in a noun phrase -- with one of-phrase inside it at most ("the
    killing of the aid workers") -- that follows a topic preposition right after a
    ``comment-topic-word`` (its text or lemma): "concern *over* the arrest of the leader"."""
    lo = doc.sentences[doc.tokens[i].sent].token_start
    lows = doc.lowered_texts()
    k = i - 1
    of_seen = False
    while k > lo:
        w = doc.tokens[k]
        if w.pos in _PHRASE_POS or lows[k] in POSSESSIVES or lows[k] in ("'s", "’s"):
            k -= 1
            continue
        if lows[k] == "of" and not of_seen:
            of_seen = True  # "the killing of the aid workers" read from "workers"
            k -= 1
            continue
        break
    if k <= lo or lows[k] not in _TOPIC_PREPOSITIONS:
        return False
    before = doc.tokens[k - 1]
    return lows[k - 1] in _topic_words() or before.lemma.lower() in _topic_words()
