"""A quality or an advantage "offered" is no offer to a party (issue 14, stop 40, e48).

"The new airport does offer one advantage", "renting a jet offers a measure of privacy", "the
ferry offers its passengers a fine view of the harbour": what a thing, a place or a course of
action "offers" here is a feature of it (``offered-quality`` of ``sense_words.tsv``: advantage,
perk, measure, layer, view, glimpse, insight ...).  PLOVER's AGREE is a party's promise or offer to
another; nothing is promised, and the subject is often a thing the actor pass named (an airport, a
gerund).  "Offered his views on the war" is words, no promise either.  "The government offered
the striking miners a pay rise" stays.

Found in a hand judgment of every event of 10 PolNeAR train texts (stop 40, e48; dev batch 93),
both engines (spaCy one AGREE, rules two).  The check reads the offer's object phrase: the words
after the verb up to a preposition other than "of", a verb or punctuation, an indirect object
included ("offers its passengers a view"), or the antecedent of the offer's relative clause ("the
upbeat vision that the governor offered", stop 41, e51); it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "quality_offered"]

#: The word classes of the object phrase (an indirect object included).
_IN_PHRASE = frozenset({"DET", "ADJ", "NUM", "PRON", "NOUN", "PROPN", "ADV"})
#: How far the object phrase is read.
_REACH = 7


def _qualities() -> frozenset[str]:
    return word_class("sense_words.tsv", "offered-quality")


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a quality offered: offers an advantage", quality_offered, lemmas=frozenset({"offer"})),)


def quality_offered(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "offer" at ``t`` has an ``offered-quality`` noun in its object phrase,
    before any preposition but "of"."""
    if not (t.lemma.lower() == "offer" and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    qualities = _qualities()
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _REACH)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN") and lows[k] in qualities:
            return True
        if w.pos not in _IN_PHRASE and lows[k] not in ("'s", "’s", "of") and not _modifier(doc, k, sent.token_end):
            break  # "of" and participle modifiers stay inside the phrase: "a list of talking points" (stop 44, e69)
    return _antecedent_quality(doc, t, qualities)


def _modifier(doc: AnnotatedDocument, k: int, end: int) -> bool:
    """Token ``k`` is a participle right before a noun, a modifier inside the object phrase ("talking
    points", "the relaxed feel"), which a tagger without a parse may call a verb; a noun before "of"
    that it called one ("a supplemental set of"); or a comma between such modifiers ("the waving,
    smiling feel")."""
    if doc.tokens[k].text == ",":
        return k + 1 < end and (doc.tokens[k + 1].pos == "ADJ" or _modifier(doc, k + 1, end)) and k > 0 and (doc.tokens[k - 1].pos in ("ADJ", "VERB") or doc.tokens[k - 1].text.lower().endswith("ing"))
    low = doc.tokens[k].text.lower()
    if k + 1 < end and doc.tokens[k + 1].text.lower() == "of" and k > 0 and doc.tokens[k - 1].pos in ("DET", "ADJ"):
        return True  # "a supplemental set of": a noun after an adjective, whatever the tagger called it
    if not low.endswith(("ing", "ed")) or k + 1 >= end:
        return False
    nxt = doc.tokens[k + 1]
    return nxt.pos == "NOUN" or nxt.text == "," and _modifier(doc, k + 1, end)


def _antecedent_quality(doc: AnnotatedDocument, t: Token, qualities: frozenset[str]) -> bool:
    """The offer's object told before it, as the antecedent of its relative clause: "the upbeat
    vision that the governor offered", "a grim view of the economy that the minister offered"
    (stop 41, e51; dev batch 100).  Back from the verb past its auxiliaries and its subject phrase
    to "that" or "which", then the nouns of the phrase before it, "of" included, up to a verb or
    punctuation."""
    start = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > start and (doc.tokens[k].pos in ("AUX", "PART") or doc.tokens[k].pos in _IN_PHRASE) and lows[k] not in ("that", "which"):
        k -= 1
    if k <= start or lows[k] not in ("that", "which"):
        return False
    for j in range(k - 1, max(start - 1, k - 1 - _REACH), -1):
        w = doc.tokens[j]
        if w.pos in ("NOUN", "PROPN") and lows[j] in qualities:
            return True
        if w.pos not in _IN_PHRASE and lows[j] != "of":
            return False
    return False
