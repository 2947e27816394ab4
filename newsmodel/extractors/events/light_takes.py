""""Take" as a light verb seizes nothing (issue 14, stop 41, e54).

CAMEO's bare "take" pattern (171, COERCE seize) reads any object as a thing seized, and PLOVER's
COERCE seize is a person, a place or control taken by force ("militants took the border post",
"police took three activists into custody", "insurgents took control of the terminal").  With a
noun of care, attitude, position or a span of time the verb is light -- the noun carries the
meaning and nothing is taken from anyone: "taking care of war widows", "has taken a tougher stance
on exports", "took a cautious position", "took a long look" (``light-take-noun`` of
``sense_words.tsv``), "took a good 15 minutes" (``time-span-noun``).  A span of time is also told
with the expletive "it" as subject and another noun first ("it took the teams six hours to reach
the village"): "it" and a span of time within the verb's phrase; "It took control of the airport"
(a militia named before) names no span and stays.

The object's head is read by construction: the first noun after the verb past determiners,
possessives, numbers, adjectives and adverbs ("took a good ten to twelve minutes": "minutes"), the
last of a run of nouns.  Found in a hand judgment of every rules event of 12 PolNeAR train texts
(stop 41, e54; dev batch 101): the rules engine read care taken of a group, in a list of a
candidate's pledges, as a seizure by the military; on all 840 train texts also a stance taken and
a span of minutes that "it took".  It can only remove an event; "take
part in" is :mod:`.idiom_senses`'s, "take a shot at" the jibes' trigger rows.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "light_take"]

#: Word classes passed on the way to the object's head.
_BEFORE_HEAD = frozenset({"DET", "NUM", "ADJ", "ADV", "PRON"})
#: How far the object's head is looked for.
_REACH = 8
#: Auxiliaries that may stand between "it" and "take" ("it has taken", "it will take").
_AUX = frozenset({"will", "would", "could", "can", "may", "might", "should", "has", "have", "had", "is", "was", "'s", "’s", "does", "did", "be", "been", "also", "still"})


def _light_nouns() -> frozenset[str]:
    return word_class("sense_words.tsv", "light-take-noun") | _time_spans()


def _time_spans() -> frozenset[str]:
    return word_class("sense_words.tsv", "time-span-noun")


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the one verb it reads."""
    return (SenseCheck("take as a light verb: care, a stance, time taken", light_take, lemmas=frozenset({"take"})),)


def light_take(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "take" at ``t`` has a ``light-take-noun`` or a ``time-span-noun`` as its
    object's head, or the expletive "it" as subject and a span of time in its phrase."""
    if not (t.pos == "VERB" and t.lemma.lower() == "take"):
        return False
    return _object_head_is_light(doc, t) or _it_subject(doc, t) and _span_in_phrase(doc, t)


def _it_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """"It" right before the verb, past adverbs and auxiliaries: "It took", "it will take"."""
    lows = doc.lowered_texts()
    k = before_adverbs(doc, t)
    lo = doc.sentences[t.sent].token_start
    while k > lo and lows[k] in _AUX:
        k -= 1
    return k >= lo and k < t.i and lows[k] == "it"


def _span_in_phrase(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``time-span-noun`` within :data:`_REACH` words after ``t``, before punctuation or a
    preposition ("took control of the airport the next day" names a date, not a span)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    lemmas = doc.lowered_lemmas()
    spans = _time_spans()
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _REACH)):
        if doc.tokens[k].pos in ("PUNCT", "ADP") and not (lows[k] == "to" and doc.tokens[k - 1].pos == "NUM"):
            return False  # ("a good ten to twelve minutes": a range, no preposition)
        if doc.tokens[k].pos == "NOUN" and (lows[k] in spans or lemmas[k] in spans):
            return True
    return False


def _object_head_is_light(doc: AnnotatedDocument, t: Token) -> bool:
    """The object's head noun (the last of a run of nouns after determiners and modifiers) is a
    ``light-take-noun``."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    lemmas = doc.lowered_lemmas()
    end = min(sent.token_end, t.i + 1 + _REACH)
    k = t.i + 1
    while k < end and (doc.tokens[k].pos in _BEFORE_HEAD or lows[k] == "to" and k + 1 < end and doc.tokens[k + 1].pos == "NUM"):
        k += 1  # "a good ten to twelve minutes"
    if k >= end or doc.tokens[k].pos != "NOUN":
        return False
    while k + 1 < end and doc.tokens[k + 1].pos == "NOUN":
        k += 1
    light = _light_nouns()
    return lows[k] in light or lemmas[k] in light
