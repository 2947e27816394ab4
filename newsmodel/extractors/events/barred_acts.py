"""An act a party is barred, prevented or kept from doing, or refrains from, is not done (issue 14,
stop 42, lead; dev batch 107).

"The new law bars the border agency from arresting migrants at hospitals", "the amendment
prevents the army from deploying troops abroad", "a court order keeps the city from evicting the
tenants", "the agency is prohibited from arresting", "the army refrained from attacking": the
gerund after "from" names an act that does not happen, so PLOVER has no event in it.  Found
judging every event of six PolNeAR train texts by hand (the rules engine gave a bill barring a
leader from easing sanctions a RETREAT; the parse engines read the gerund as no event
already, by their own route).

By construction: the candidate is a gerund right after "from" (adverbs passed), and before
"from" stand a verb of barring (``bar-verb`` of ``sense_words.tsv``) and its object, a party of a
few words; or the verb of barring in a passive ("is barred from", "were prevented from"; no
party between, as the active verb must have one); or a verb of refraining (``refrain-verb``:
"refrained from", "abstain from").  The verb of barring itself is left to the other checks.  The
check can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..denial_forms import base_form
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["barred_act", "checks"]

#: Parts of speech of the party between the verb of barring and "from" ("the border agency",
#: "the White House", "them", "all 40 members"; a possessive apostrophe may be punctuation).
_PARTY_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON", "PART"})
#: The longest party read between the verb and "from".
_MAX_PARTY = 6


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any verb can stand after "from", so it is
    asked of every candidate whose sentence holds "from"."""
    return (SenseCheck("an act barred or refrained from", barred_act, any_word=True, sentence_words=frozenset({"from"})),)


def barred_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is a gerund after "from" whose verb bars a party from it,
    in the active or the passive, or refrains from it."""
    if not t.text.lower().endswith("ing"):
        return False
    k = before_adverbs(doc, t)
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    if k <= lo or lows[k] != "from":
        return False
    j = k - 1
    party = 0
    while j > lo and party < _MAX_PARTY and (doc.tokens[j].pos in _PARTY_POS or lows[j] in ("'s", "’s", "'", "’")):
        if party and _verb_in(doc.tokens[j], "bar-verb"):
            break  # a tagger without a parse may call "bars" a noun
        j -= 1
        party += 1
    verb = doc.tokens[j]
    if party:
        return _verb_in(verb, "bar-verb") and verb.pos in ("VERB", "NOUN", "AUX")
    # no party: a passive verb of barring ("is barred from") or a verb of refraining
    return _verb_in(verb, "refrain-verb") or (_verb_in(verb, "bar-verb") and verb.text.lower().endswith(("ed", "ept")))


def _verb_in(w: Token, cls: str) -> bool:
    """``w``'s lemma, or the base form its written form inflects (:func:`..denial_forms.base_form`:
    "bars", "prevented", "prohibiting", "barred"), is a word of ``cls``."""
    verbs = word_class("sense_words.tsv", cls)
    return w.lemma.lower() in verbs or base_form(w.text.lower(), verbs) is not None
