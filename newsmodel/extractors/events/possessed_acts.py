"""Nouns that name an act only when their doer is written as a possessor: "support", "consent".

"Support" and "consent" as nouns mostly name a state -- a candidate's standing ("her support in
the polls", "his support was a mirage", "support from older voters") or a legal condition ("without
the consent of the owner", "informed consent") -- so the curated triggers left them out as nouns
(``event_triggers.tsv``). One shape of them is an act, though: a party's possessive, the noun and
the phrase that names what the act goes to ("Miller's support for Senator Grant", "Egypt's
consent to a monitoring mission", "the union's support of the striking nurses"). That is the nominal form of
"Miller supported Grant", "Egypt consented to a mission", with the possessor its agent (PLOVER
SUPPORT, AGREE). These nouns (class ``possessed-act-noun`` of ``sense_words.tsv``) are curated
triggers now; this check keeps them only in that shape: a party's possessive "'s" right before
the noun or its adjectives, and "for", "of" or "to" right after it. A pronoun's "his support" is
left out: it is mostly the object of a verb that tells the act itself ("announced / pledged /
threw his support") or of one not done ("her refusal to renew her support"). As the object of a
verb these nouns leave the act to the verb, as before they were triggers ("gave its full support
to", "won the support of": :func:`.senses._object_is_trigger` passes over them). A bare
issue after "for" ("support for child care") is a stance, left to :mod:`.stance_senses`; and the
nouns of class ``possessed-act-party`` ("support") need a party in that phrase ("Miller's support
for Senator Grant"): support for a bill, a plan for cheaper rail fares or a party's plan is a position on a policy
(on 420 PolNeAR train texts, spaCy, a version without this test added 18 "support" events,
about 5 of them right).

Issue 14, helper e47 at stop 39 (dev batch 92). The check only reads the document, so it can
only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
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
    if not (k > sent.token_start and lows[k] in ("'s", "’s")):
        return True  # (a pronoun's "his support" is mostly the object of a verb that tells the act
        # itself -- "announced / pledged / threw his support" -- or of one not done -- "reluctance
        # to renew her support", "until she lends her support"; spaCy on PolNeAR train)
    return lemma in event_words("possessed-act-party") and not _party_after(doc, draft, after + 1)


def _party_after(doc: AnnotatedDocument, draft: Draft, k: int) -> bool:
    """The noun phrase from ``k`` names a party: an actor's mention among its determiners,
    adjectives, names and nouns, not one that only owns the phrase's head ("for Senator Grant", "for
    the Kurdish forces"; not "for the mayor's housing plan", "for cheaper rail fares", "for a
    bill")."""
    sent = doc.sentences[doc.tokens[k].sent] if k < len(doc.tokens) else None
    found = False
    while sent is not None and k < sent.token_end:
        w = doc.tokens[k]
        if w.text in ("'s", "’s", "'", "’"):
            return False  # the party owns the thing backed: a policy, not the party
        if w.pos not in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PUNCT") or w.text in (",", ";", ":", ".", "(", ")"):
            break
        if w.pos in ("PROPN", "NOUN") and draft.actor_at(w.start, w.end):
            found = True
        k += 1
    return found
