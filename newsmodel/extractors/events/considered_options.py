"""A policy option under consideration is no event (issue 14, stop 41, e53).

"The EU is considering new sanctions against Belarus", "Washington is weighing a troop increase
in the Gulf", "ministers will consider expelling the ambassador", "the alliance is weighing
options including a naval blockade": CAMEO codes these 014, consider policy option, one of the
01 public-statement codes PLOVER drops (manual, "CAMEO to PLOVER translation").  Nothing is done,
promised or threatened to anyone: the deliberation is no CONSULT (CAMEO's default 040 for its
"consider" verbs) and no THREATEN (its patterns "consider" + a military word, 138), and the option
is no SANCTION or MOBILIZE of its own.

This differs from a forthcoming act ("the EU will impose sanctions", "could strike", "Peru to
expel envoy"), which the dev file codes as the event with factuality ``hypothetical``: a
deliberation names an option, a future or a modal names the act.  A deliberation with a partner
named ("weighed the proposal with his Turkish counterpart") is left to the other rules.

The verbs are ``consider-verb`` and the option nouns ``option-noun`` of ``sense_words.tsv``.
Dev batch 103.  The checks read a few words around the candidate, so they work with and
without a parse; they can only remove an event.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..denial_forms import base_form
from ..mentions import POSSESSIVES
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "deliberation", "option_considered"]

#: Words that name a partner of a deliberation, making it talks rather than a deliberation.
_PARTNER_WORDS = frozenset({"with", "between", "among"})
#: Words between an option noun and the option it names ("options *including* air strikes").
_OPTION_LINKS = frozenset({"including", "of", "like", "include", "includes"})
#: Parts of speech inside a noun phrase before its head ("new", "a troop", "the").
_PHRASE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return word_class("sense_words.tsv", "consider-verb")


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """The verbs and their inflected forms, for the sentence gate (a tagger's lemma may differ)."""
    out: set[str] = set()
    for v in _verbs():
        stem = v[:-1] if v.endswith("e") else v
        out.update({v, v + "s", stem + "ed", stem + "ing", v + "d"})
    return frozenset(out)


def _is_consider_verb(doc: AnnotatedDocument, k: int) -> bool:
    w = doc.tokens[k]
    if w.pos not in ("VERB", "AUX", "NOUN"):  # a tagger may read "weighs" in a headline as a noun
        return False
    return w.lemma.lower() in _verbs() or base_form(doc.lowered_texts()[k], _verbs()) is not None


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: the verb by lemma; the option, any event
    word, only where a consider verb stands in the sentence."""
    return (
        SenseCheck("a deliberation: is considering, weighs", deliberation, lemmas=_verbs(), texts=_verb_forms()),
        SenseCheck("an option considered: considering sanctions", option_considered, any_word=True, sentence_words=_verb_forms()),
    )


def deliberation(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` is a ``consider-verb`` and no partner is named after it in its
    sentence before a comma ("is weighing a troop increase", not "weighed it with his counterpart")."""
    if not (t.pos == "VERB" and (t.lemma.lower() in _verbs() or t.text.lower() in _verb_forms())):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, sent.token_end):
        if lows[k] in (",", ";"):
            break
        if lows[k] in _PARTNER_WORDS:
            return False
    return True


def option_considered(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is what a ``consider-verb`` considers: a gerund right after
    it ("consider *expelling*"), the head of its object noun phrase ("considering new
    *sanctions*", "mulling a *ban*"), or an option named after an option noun ("weighing options
    including a naval *blockade*")."""
    lo = doc.sentences[t.sent].token_start
    if t.pos == "VERB":
        if not t.text.lower().endswith("ing"):
            return False
        k = before_adverbs(doc, t)
        return k >= lo and _is_consider_verb(doc, k)
    if t.pos != "NOUN" or _made_by_another(doc, t, lo):
        return False
    k = _phrase_start(doc, t.i, lo)
    if k < lo:
        return False
    if _is_consider_verb(doc, k):
        return True
    lows = doc.lowered_texts()
    if lows[k] in _OPTION_LINKS or lows[k] == "as" and k - 1 > lo and lows[k - 1] == "such":
        j = k - 2 if lows[k] == "as" else k - 1
        if j > lo and lows[j] in ("that", "which"):
            j -= 1  # "options that include a blockade"
        if j >= lo and lows[j] in word_class("sense_words.tsv", "option-noun"):
            j = _phrase_start(doc, j, lo)
            return j >= lo and _is_consider_verb(doc, j)
    return False


def _made_by_another(doc: AnnotatedDocument, t: Token, lo: int) -> bool:
    """The noun at ``t`` names an act with a maker of its own -- a from- or by-phrase right after
    it or a possessive before it ("weighed a request *from the prosecutors*", "is considering
    *the union's* offer"): an act already made that the deliberation answers, no option of the
    deliberating party's."""
    lows = doc.lowered_texts()
    end = doc.sentences[t.sent].token_end
    if t.i + 1 < end and lows[t.i + 1] in ("from", "by"):
        return True
    k = t.i - 1
    while k >= lo and doc.tokens[k].pos in _PHRASE_POS and not _is_consider_verb(doc, k):
        k -= 1
    return any(lows[j] in ("'s", "’s") or lows[j] in POSSESSIVES for j in range(max(k, lo), t.i))


def _phrase_start(doc: AnnotatedDocument, i: int, lo: int) -> int:
    """The index of the word before the noun phrase that token ``i`` ends ("considering [new
    sanctions]": "considering"); below ``lo`` when the phrase opens the sentence."""
    lows = doc.lowered_texts()
    k = i - 1
    while k >= lo and (doc.tokens[k].pos in _PHRASE_POS or lows[k] in POSSESSIVES) and not _is_consider_verb(doc, k):
        k -= 1
    return k
