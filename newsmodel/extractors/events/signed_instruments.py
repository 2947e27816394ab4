"""What was signed: a domestic law, or a person to a contract -- no pact between parties
(issue 14, stop 47, e85).

PLOVER SUPPORT mode sign is a formal agreement signed between parties ("signed the border treaty
with Oman", "signed a ceasefire agreement with the army").  "Sign" also tells of two acts that bind
no second party:

* a law, bill, budget, measure or executive order signed (``signed-law``): "the senator, who as
  mayor signed three housing bills", "the president signed an executive order", "as governor,
  she signed a law raising the minimum wage" -- legislation enacted at home (the file already
  codes "signed the budget bill into law" as no event); an act the law does ("a law banning the
  opposition party": COERCE) is coded on its own word.  A "with" later in the clause names a
  party and keeps the event;
* a person signed to a contract or a deal (``hiring-contract``): "the club signed the goalkeeper
  to a four-year contract", "signed Ward to a five-year contract" -- a hiring in sport or business
  (kind_senses reads "signed the midfielder" by the player's position; here the contract tells it,
  whatever the person's name).  "Chile and Peru signed a contract to build a power line" has the
  contract as the object, not a person, and stays.

Found in a hand judgment of both engines' events on 27 PolNeAR train texts (stop 47, e85; dev
batch 148): both engines coded SUPPORT for both shapes.  Words and tags only; it can only remove
an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "law_signed", "signed_to_contract"]

#: Tags of the words of the object's noun phrase before its head ("tough firearms laws", "an executive order").
_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM", "ADV", "NOUN", "PROPN"})
#: Words that end the clause of "sign".
_CLAUSE_END = frozenset({",", ";", ":", "--", "\u2014", "(", ")", ".", "but", "while", "because", "after", "before"})
#: How many words the object's noun phrase may take.
_NP_REACH = 6
#: How many words after "to" the contract word may stand ("to a five-year, $60 million deal").
_CONTRACT_REACH = 6


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`, keyed by the lemma "sign"."""
    return (
        SenseCheck("a domestic law signed", law_signed, lemmas=frozenset({"sign"})),
        SenseCheck("a person signed to a contract", signed_to_contract, lemmas=frozenset({"sign"})),
    )


def _object_head(doc: AnnotatedDocument, t: Token) -> int | None:
    """The head noun of the noun phrase right after the verb at ``t`` (determiners, adjectives,
    numbers, -ing modifiers and compounds passed: "signed tough firearms laws", "signed broad
    legislation"): the last noun of the run, or None."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    head = None
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _NP_REACH)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            head = k
            continue
        if head is not None and not (lows[k].endswith("ing") and k + 1 < sent.token_end and doc.tokens[k + 1].pos == "NOUN"):
            break  # (an -ing word before a noun is a compound's: "strict zoning laws", however tagged)
        if w.pos in _MODIFIER_POS or lows[k].endswith("ing") or lows[k] in ("'s", "\u2019s") or lows[k] in POSSESSIVES:
            continue
        break
    return head


def law_signed(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "sign" at ``t`` has a ``signed-law`` noun as its object's head and no "with" in
    the rest of its clause (module docstring)."""
    if not (t.lemma.lower() == "sign" and t.pos == "VERB"):
        return False
    head = _object_head(doc, t)
    laws = _words("signed-law")
    if head is None or not (doc.lowered_texts()[head] in laws or doc.lowered_lemmas()[head] in laws):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(head + 1, sent.token_end):
        if lows[k] in _CLAUSE_END:
            break
        if lows[k] == "with":
            return False  # "signed a trade law with Mexico": a party named
    return True


def signed_to_contract(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "sign" at ``t`` has an object noun phrase followed by "to" and, within a few
    words, a ``hiring-contract`` noun (module docstring)."""
    if not (t.lemma.lower() == "sign" and t.pos == "VERB"):
        return False
    head = _object_head(doc, t)
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    contracts = _words("hiring-contract")
    if head is None or lows[head] in contracts or head + 1 >= sent.token_end or lows[head + 1] != "to":
        return False
    lemmas = doc.lowered_lemmas()
    for k in range(head + 2, min(sent.token_end, head + 2 + _CONTRACT_REACH)):
        if lows[k] in contracts or lemmas[k] in contracts:
            return True
        if lows[k] in _CLAUSE_END and lows[k] != ",":
            return False
    return False
