"""Nouns that name an act only when their doer is written as a possessor: "support", "consent".

"Support" and "consent" as nouns mostly name a state -- a candidate's standing ("her support in
the polls", "his support was a mirage", "support from older voters") or a legal condition ("without
the consent of the owner", "informed consent") -- so the curated triggers left them out as nouns
(``event_triggers.tsv``). One shape of them is an act, though: a party's possessive, the noun and
the phrase that names what the act goes to ("Miller's support for Senator Grant", "Egypt's
consent to a monitoring mission", "his support of the plan"). That is the nominal form of
"Miller supported Grant", "Egypt consented to a mission", with the possessor its agent (PLOVER
SUPPORT, AGREE). These nouns (class ``possessed-act-noun`` of ``sense_words.tsv``) are curated
triggers now; this check keeps them only in that shape: a possessive ("'s", or his / her / their
/ its) right before the noun or its adjectives, and "for", "of" or "to" right after it. A bare
issue after "for" ("support for child care") is a stance, left to :mod:`.stance_senses`.

Issue 14, helper e47 at stop 39 (dev batch 92). The check only reads the document, so it can
only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from .sense_checks import SenseCheck
from .senses import event_words

__all__ = ["checks"]

#: Words right after the noun that name what the act goes to.
_TOWARD = frozenset({"for", "of", "to"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("possessed act: a noun that is an act only with its doer's possessive", not_possessed_act, lemmas=event_words("possessed-act-noun")),)


def not_possessed_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the noun at ``t`` (class ``possessed-act-noun``) lacks its possessor or its
    for / of / to phrase (module docstring): no act is told."""
    lemma = t.lemma.lower()
    if t.pos != "NOUN" or not (lemma in event_words("possessed-act-noun")):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    after = t.i + 1
    if after >= sent.token_end or lows[after] not in _TOWARD:
        return True  # "her support in the polls", "his support was a mirage", "support from voters"
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos == "ADJ":
        k -= 1  # "Germany's steady support for"
    return not (k >= sent.token_start and (lows[k] in ("'s", "’s") or lows[k] in POSSESSIVES))
