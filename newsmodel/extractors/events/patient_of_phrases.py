"""The of-phrase of an act noun names who undergoes it (issue 14 batch 150, helper e87 at stop 47).

"The rejection of the envoy by the junta", "the condemnation of the rebels by the bishops": the
noun of a transitive verb takes its patient in the of-phrase and its doer in a by-phrase after it,
as the passive does ("the envoy was rejected by the junta").  The role rules read a noun's
of-phrase as a party of the act and, when the parse loses the by-phrase (the small model hangs
"by the junta" on a later noun), made the envoy or a bystander the doer; in a hand reading of
PolNeAR train (stop 46, e80) "a rejection of him" made the man rejected its agent.

Nouns of ``of-patient-noun`` (``sense_words.tsv``: rejection, condemnation, criticism, ...) so:

* the actors of a "by" phrase right after the noun's of-phrase (or right after the noun) are
  the agents;
* the actors of the of-phrase are targets, never agents.

Nouns whose of-phrase names the doer ("the visit of the premier", "the refusal of the rebels to
disarm", "the complaints of residents") are not in the class and keep their readings.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

__all__ = ["patient_of_roles"]

#: Parts of speech a noun phrase after "of" or "by" is made of.
_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})
#: How many words a noun phrase after "of" or "by" may span.
_REACH = 7


@lru_cache(maxsize=1)
def _patient_nouns() -> frozenset[str]:
    """Act nouns whose of-phrase is the patient (``of-patient-noun``)."""
    return word_class("sense_words.tsv", "of-patient-noun")


def _phrase_end(doc: AnnotatedDocument, start: int) -> int:
    """The index after the noun phrase opening at ``start`` (possessive endings inside it); once
    its head noun is reached, only nouns and a possessive go on ("by the junta *surprised*
    diplomats": the tagger's adjective after the head opens no more of the phrase)."""
    end = doc.sentences[doc.tokens[start].sent].token_end
    k = start
    headed = False
    while k < min(end, start + _REACH):
        w = doc.tokens[k]
        if w.text in ("'s", "’s"):
            headed = False  # "the council's envoy": the possessor's phrase gives way to the owned noun's
        elif w.pos not in _PHRASE or headed and w.pos not in ("NOUN", "PROPN"):
            break
        elif w.pos in ("NOUN", "PROPN", "PRON"):
            headed = True
        k += 1
    return k


def _actors(doc: AnnotatedDocument, draft: Draft, lo: int, hi: int) -> list[str]:
    """The distinct actors named from token ``lo`` up to ``hi``."""
    if hi <= lo:
        return []
    found: list[str] = []
    for _s, _e, a in draft.mentions_between(doc.tokens[lo].start, doc.tokens[hi - 1].end):
        if a not in found:
            found.append(a)
    return found


def patient_of_roles(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token, agents: list[str], targets: list[str]) -> tuple[list[str], list[str]] | None:
    """(agents, targets) for the act noun ``t`` (its words ending at ``last``) of ``of-patient-noun``
    with an of-phrase or a by-phrase right after it, or None when the noun is none of them or
    neither phrase follows (see the module docstring)."""
    if t.pos != "NOUN" or t.lemma.lower() not in _patient_nouns():
        return None
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = last.i + 1
    patients: list[str] = []
    if k < sent.token_end and lows[k] == "of":
        end = _phrase_end(doc, k + 1)
        patients = _actors(doc, draft, k + 1, end)
        k = end
    doers: list[str] = []
    if k < sent.token_end and lows[k] == "by":
        doers = _actors(doc, draft, k + 1, _phrase_end(doc, k + 1))
    if not patients and not doers:
        return None
    new_agents = doers or [a for a in agents if a not in patients]
    new_targets = [*patients, *(x for x in targets if x not in patients and x not in new_agents)]
    return new_agents, new_targets
