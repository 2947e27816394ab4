"""An act a party has the opportunity, power or right to do is not done (issue 14, stop 42, lead;
dev batch 107).

"The delay hands the opposition an opportunity to attack the cabinet", "the charter gives the
assembly the power to expel a member", "farmers will get a chance to reject the pact", "the
statute grants the governor the authority to pardon", "the ruling leaves the union free to
strike": the infinitive names what the party may do -- a possibility or an entitlement, no act
done, promised or threatened -- so PLOVER has no event in it.  Found judging every event of six
PolNeAR train texts by hand (both engines gave an opportunity to criticise, handed to a party, as ACCUSE).

By construction: the candidate is an infinitive whose "to" follows a noun of opportunity or
entitlement (``entitlement-noun`` of ``sense_words.tsv``), directly or past a "for" + party ("a
chance for the two leaders to meet"), or an adjective of entitlement (``entitlement-adjective``:
free, entitled, eligible).  A noun that a verb of using or taking governs (``use-verb``: "used her
authority to pardon", "seized the chance to criticize", "took the opportunity to attack") keeps
the act: the party did it.  The check can only remove an event.

:mod:`.possible_acts` reads the same nouns before "of" ("the chance of sanctions"), and
:mod:`.permitted_acts` a verb of permitting before a party and "to"; this module reads the noun
or adjective right before "to".
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, infinitive_to

__all__ = ["checks", "entitled_act", "user_verb"]

#: Parts of speech of a party between "for" and "to" ("a chance for the two leaders to meet").
_PARTY_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"})
#: The longest party read between "for" and "to", and the longest noun phrase read back from the
#: noun to the verb that governs it ("seized the first real chance").
_MAX_PARTY = 5
_MAX_PHRASE = 4
#: Words of the noun phrase before an entitlement noun ("the", "a fresh", "her", "its legal").
_PHRASE_POS = frozenset({"DET", "ADJ", "PRON", "NUM"})


def _nouns() -> frozenset[str]:
    return word_class("sense_words.tsv", "entitlement-noun")  # (``word_class`` is cached)


def _adjectives() -> frozenset[str]:
    return word_class("sense_words.tsv", "entitlement-adjective")


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any verb can be the infinitive, so it is
    asked of every candidate whose sentence holds one of the nouns or adjectives."""
    return (SenseCheck("an act one may do, not done", entitled_act, any_word=True, sentence_words=_nouns() | _adjectives()),)


def entitled_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` is an infinitive after a noun of opportunity or entitlement
    that no verb of using governs, or after an adjective of entitlement."""
    if t.pos == "NOUN" and doc.has_parse and t.dep in ("obj", "dobj") and t.head is not None:
        t = doc.tokens[t.head]  # the act's noun as the infinitive's object: "the resources to give Serbia the aid" (stop 43, e65)
    if t.pos != "VERB":
        return False
    k = infinitive_to(doc, t)
    if k is None:
        return False
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    j = k - 1
    if lows[j] in _adjectives():
        return True  # "leaves the union free to strike", "are entitled to appeal" (a tagger may call "free" a verb)
    party = 0
    while j > lo and party < _MAX_PARTY and doc.tokens[j].pos in _PARTY_POS and lows[j] != "for":
        j -= 1
        party += 1
    if party and lows[j] == "for":
        j -= 1  # "a chance for the two leaders to meet"
    elif party:
        j = k - 1
    noun = doc.tokens[j]
    if lows[j] not in _nouns() or noun.pos not in ("NOUN", "ADJ"):  # (a tagger may call "right" an adjective)
        return False
    return user_verb(doc, noun) is None


def user_verb(doc: AnnotatedDocument, noun: Token) -> Token | None:
    """The verb of using or taking whose object the noun is ("used her authority", "seized the
    chance", "took the opportunity"), read back over the noun's determiners, possessives and
    adjectives, by its lemma; else None.  Its subject does the infinitive's act, which the rules
    engine's surface roles read through it too."""
    lo = doc.sentences[noun.sent].token_start
    k = noun.i - 1
    while k > lo and noun.i - k <= _MAX_PHRASE and doc.tokens[k].pos in _PHRASE_POS:
        k -= 1
    verb = doc.tokens[k]
    return verb if verb.lemma.lower() in word_class("sense_words.tsv", "use-verb") else None
