"""A jibe at a party: "landed a pointed dig at Senator Walsh", "aimed a jab at her predecessor",
"a swipe at the governor" are criticism (PLOVER ACCUSE disapprove; CAMEO 111) whatever verb
carries the noun -- the lexicon's "take a dig at" rows need "take" (issue 14 batch 75, PolNeAR
train recall: "landed a sharp dig at ...").  The same nouns at a place or a thing name no event:
"began a new dig at the hillside site" (an excavation), "a flu jab at the clinic" (an injection).
So a ``jibe-noun`` row ("dig at", ``event_triggers.tsv``) counts only when the phrase after "at"
names a person, a body or a state.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..nominals import names_party
from .non_event_senses import _words
from .sense_checks import SenseCheck, keys

__all__ = ["checks", "jibe_at_no_party", "jibe_light"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: its first guard reads the lemma."""
    return (SenseCheck("a dig or a jab at a place or a thing", jibe_at_no_party, lemmas=keys(_words("jibe-noun"))),)


#: Words inside the phrase after "at" besides nouns and their modifiers: possessives and the quotation
#: marks a quoted name opens with ('a sharp dig at "my dear friend the senator"').
_IN_PHRASE = frozenset({"my", "our", "your", "his", "her", "their", "its", "'s", "’s", '"', "“", "”", "'", "‘", "’"})


def jibe_at_no_party(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the ``jibe-noun`` at ``t`` is followed by "at" and the noun phrase after it (past
    determiners, possessives and adjectives, within five words) names no person, body or state."""
    if not (t.pos == "NOUN" and t.lemma.lower() in _words("jibe-noun")):
        return False
    sent = doc.sentences[t.sent]
    if t.i + 1 >= sent.token_end or doc.tokens[t.i + 1].text.lower() != "at":
        return False
    for k in range(t.i + 2, min(sent.token_end, t.i + 9)):
        w = doc.tokens[k]
        if w.text.lower() in ("him", "her", "them"):
            return False
        if names_party(draft, w, actor_kinds=("person", "organization", "country", "group"), noun_kinds=("person", "group", "organization")):
            return False
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and w.text.lower() not in _IN_PHRASE:
            break
    return True


def jibe_light(verb: Token, noun: Token) -> bool:
    """``verb`` lends its subject to the ``jibe-noun`` it carries (``jibe-light`` of
    ``event_cues.tsv``: "landed a pointed dig at"), as a light verb does; "land" is no light verb
    for other nouns ("landed a key endorsement" receives it).  The verb by its lemma or, when a
    lemmatiser made no word of it ("landed" -> "lande"), by its written form (denial_forms)."""
    from ..denial_forms import base_form
    from .triggers import words_of

    if noun.lemma.lower() not in _words("jibe-noun"):
        return False
    verbs = words_of("jibe-light")
    return verb.lemma.lower() in verbs or base_form(verb.text.lower(), verbs) is not None
