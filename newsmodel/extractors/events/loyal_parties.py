"""A party stood by or stuck with is a party supported (issue 14 batch 83, e42: PolNeAR train recall).

"The donors have stuck by the senator", "union leaders stood by the governor", "the coalition
partners stuck with the prime minister": loyalty kept to a person, a body or a state through
trouble is support (CAMEO 05, endorse or give verbal support; PLOVER SUPPORT).  CAMEO.2.0 has
"stand by" as a pattern only, which now needs a party the dictionaries code
(:mod:`.pattern_parties`), and nothing for "stick by / with", so campaign news lost it.  The
phrase's object decides: a person, a body or a state is supported; a place ("stood by the
door"), one's own words or plans ("stood by her comments", "stuck with the timetable") and
rules are none, and "were stuck with the bill" is a burden, no act.  The phrases are
``loyalty-phrase`` in ``sense_words.tsv`` (verb lemma and particle).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..nominals import names_party, nominal_kind

__all__ = ["LOYALTY_PHRASES", "LOYALTY_VERBS", "stands_by_a_party"]

#: ``loyalty-phrase`` of ``sense_words.tsv``: "stand by", "stick by", "stick with".
LOYALTY_PHRASES = word_class("sense_words.tsv", "loyalty-phrase")
#: Their verbs, for the lemmas the checks before the CAMEO patterns read (senses._argument_lemmas).
LOYALTY_VERBS = frozenset(p.split()[0] for p in LOYALTY_PHRASES)
#: Object pronouns that name a person or a body ("stuck by him").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: Auxiliaries before "stuck" that make it a state, not an act ("were stuck with the bill").
_STATE_AUXILIARIES = frozenset({"be", "get", "is", "are", "was", "were", "been", "being", "got", "gets", "getting"})


def stands_by_a_party(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is the verb of a ``loyalty-phrase`` ("stood by", "stuck with"), no state after "be"
    or "get", whose object -- the first noun after the particle, past determiners, adjectives and
    possessives, or an object pronoun -- is a person, a body or a state."""
    if t.pos != "VERB" or t.lemma.lower() not in LOYALTY_VERBS:
        return False  # first: asked of every verb no lexicon row claims
    sent = doc.sentences[t.sent]
    if t.i + 2 >= sent.token_end or f"{t.lemma.lower()} {doc.tokens[t.i + 1].text.lower()}" not in LOYALTY_PHRASES:
        return False
    if any(doc.tokens[k].lemma.lower() in _STATE_AUXILIARIES or doc.tokens[k].text.lower() in _STATE_AUXILIARIES for k in range(max(sent.token_start, t.i - 2), t.i)):
        return False  # "taxpayers were stuck with the cost", "got stuck with the bill"
    obj = _object(doc, t.i + 2, sent.token_end)
    if obj is None:
        return False
    after = doc.tokens[obj.i + 1] if obj.i + 1 < sent.token_end else None
    if after is not None and after.pos == "VERB" and after.text.lower().endswith("ing"):
        return False  # "the networks stuck with the senator talking at length": a scene kept to, the party a gerund's subject
    if obj.text.lower() in _OBJECT_PRONOUNS:
        return True
    if obj.pos == "NOUN" and nominal_kind(obj) not in ("person", "group", "organization"):
        return False  # "stood by the door", "stuck with the timetable", "stood by her comments"
    return names_party(draft, obj, actor_kinds=("person", "organization", "country", "group"), noun_kinds=("person", "group", "organization"))


def _object(doc: AnnotatedDocument, start: int, end: int) -> Token | None:
    """The head of the noun phrase from ``start``: an object pronoun ("her" only with no word of
    its noun after it), or the last noun of the run
    of nouns after determiners, adjectives and possessives ("the prime *minister*", "Ms. *Okafor*")."""
    low = doc.tokens[start].text.lower()
    if low in _OBJECT_PRONOUNS and (low != "her" or start + 1 >= end or doc.tokens[start + 1].pos in ("ADP", "PUNCT", "CCONJ", "SCONJ", "ADV")):
        return doc.tokens[start]  # ("stuck by her through the trial"; "stood by her comments": a possessive)
    head = None
    for k in range(start, min(end, start + 7)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            head = w
            continue
        if head is None and (w.pos in ("DET", "ADJ", "NUM") or w.text.lower() in ("his", "her", "its", "their", "our", "my", "your")):
            continue
        break
    return head
