""""threaten" as endangering a state of things is no threat (issue 14, stop 43, e64).

PLOVER's THREATEN is a party's threat to act against another ("threatened to veto the deal",
"threatened the villagers with eviction"): an act announced, with a recipient.  The verb also
means "put at risk": "the reformers do not threaten existing pensions", "a split would threaten
the coalition's stability", "could threaten her party's majority"; and its passive names a
feeling ("residents feel threatened by rapid change").  Nobody is told of harm to come, so there
is no THREATEN.  Things and hazards as subjects ("Drought threatens the harvest") are already read
by :mod:`.party_senses` and :mod:`.rhetoric_senses`; this module reads the object and the
by-phrase, so that a party as the subject does not make the sense an act:

* the object's head -- the last noun of the noun phrase right after the verb, before "of" --
  is an ``endangered-thing`` (security, stability, viability, pensions, livelihoods, majority
  ...) and no "with" follows it (a threat's "with eviction");
* "threatened by" + a noun phrase none of whose nouns names a party (a person, a group, a body,
  a state, an actor): a change, a trend or an idea felt as a danger; "felt threatened by the armed gang" is
  a party's threat and stays.

"threatened the governor's funding" (funding is no ``endangered-thing``: what a party holds over
another) and "threatened to ..." are left as they are.  Found among the THREATEN events of the
rules engine on PolNeAR train texts (dev batch 115, group C).  Like every sense check it can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ...lexicons.nouns import wordnet_people
from ..nominals import names_party
from .sense_checks import SenseCheck, after_adverbs

__all__ = ["checks", "endangers_a_state"]

#: Words the object's noun phrase may hold before its head ("the coalition's fragile stability").
_PHRASE_POS = frozenset({"DET", "ADJ", "PRON", "NOUN", "PROPN", "NUM"})
#: Words that open a relative clause and so end the noun phrase before them (the rules tagger may
#: call "that" a determiner).
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
#: The longest noun phrase read after the verb or "by".
_REACH = 6


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a state endangered: threaten our security, threatened by change", endangers_a_state, lemmas=frozenset({"threaten"})),)


def endangers_a_state(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "threaten" at ``t`` has an ``endangered-thing`` as its object's head with
    no "with" after it, or is "threatened by" + a phrase none of whose nouns names a party."""
    if not (t.lemma.lower() == "threaten" and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    if k >= sent.token_end or lows[k] == "to":
        return False  # "threatened to veto": an act announced
    if lows[k] == "by":
        head = _phrase_head(doc, k + 1)
        return head is not None and not any(_a_party(doc, draft, j) for j in range(k + 1, head + 1) if doc.tokens[j].pos in ("NOUN", "PROPN"))
    head = _phrase_head(doc, k)
    if head is None or doc.tokens[head].lemma.lower() not in word_class("sense_words.tsv", "endangered-thing"):
        return False
    return "with" not in lows[head + 1 : min(sent.token_end, head + 5)]  # "threatened their security with a blockade"


def _phrase_head(doc: AnnotatedDocument, start: int) -> int | None:
    """The index of the last noun of the noun phrase opening at ``start`` (within :data:`_REACH`
    words, before "of", a preposition, a verb or punctuation; a participle before a noun counts as
    a modifier: "existing pensions"); None when no noun opens there."""
    sent = doc.sentences[doc.tokens[start].sent] if start < len(doc.tokens) else None
    if sent is None or start >= sent.token_end:
        return None
    lows = doc.lowered_texts()
    head = None
    for j in range(start, min(sent.token_end, start + _REACH)):
        w = doc.tokens[j]
        if lows[j] in _RELATIVES:
            break  # "the gang that controls the port": the phrase ends at its relative clause
        if w.pos in ("NOUN", "PROPN"):
            head = j
        elif not (w.pos in _PHRASE_POS or lows[j] in ("'s", "’s") or w.pos == "VERB" and j + 1 < sent.token_end and doc.tokens[j + 1].pos == "NOUN"):
            break
    return head


def _a_party(doc: AnnotatedDocument, draft: Draft, head: int) -> bool:
    """The noun at ``head`` names a party: an actor or a noun the lexicons or WordNet type as a
    person, a group or a body ("the armed gang", "the new governor")."""
    w = doc.tokens[head]
    if w.pos == "NOUN" and w.lemma.lower() in wordnet_people():
        return True
    return names_party(draft, w, actor_kinds=("person", "organization", "country"), noun_kinds=("person", "group", "organization"))
