"""Blame put "on" a cause, or a cause blamed "for" a trouble, accuses no one (issue 14, stop 38,
e41; the "for" frame stop 41, e54).

PLOVER's ACCUSE is an accusation of a party: its target is who is blamed.  "The slump could be
blamed on weak demand and rising fuel costs", "the chairman blamed the poor season on bad
management and injuries", "much of the backlog can be blamed on outdated computer systems": the
"on" phrase names a cause -- a market, a quality of work, a machine -- and no party, so the verb
explains a trouble and reports no accusation.  "blamed the bombing on separatist rebels", "the
shortages were blamed on the ruling party" name a party and stay.

What counts as naming a party is read on the phrase itself, so it holds by construction: an actor
mention, a proper noun, a pronoun (who may be anyone, "blamed it on him"), or a noun the people,
group and organisation lexicons or WordNet's people type ("rebels", "the party", "staff"; not
the CAMEO agent heads, which hold things such as "system").  Such a noun right after an adjective that judges how work was done
(``performance-adj``: "poor management", "bad management") names that quality, not the managers.
The blame of a cause with no "on" phrase ("blaming fog") is :mod:`.non_event_senses`'s.

The other frame of the verb puts the blamed in its object and the trouble after "for": "blamed
the strong currency for the drop in exports", "analysts blame falling oil prices for the budget
gap".  The object is then what is accused, and when it names no party -- the same test, widened
by the one-word CAMEO agent nouns ("the media", "industry") and the collective nouns of
``sense_words.tsv`` class ``party-collective`` ("the press", "the banks"), which are blamed as
parties -- no one is accused.  "blamed the unions for the chaos", "blamed Moscow for the
shelling" stay (PolNeAR train, stop 41: a public debt blamed for low interest rates).

Found in a hand judgment of every event on PolNeAR train (stop 38, e41; dev batch 82): both
engines read "<trouble> could be blamed on <cause>" as ACCUSE, with the speaker of the sentence
as the target.  The check reads only words, so it works with and without a parse; like every
sense check it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import group_nouns, org_nouns, person_nouns
from ...lexicons.nouns import wordnet_people
from ..cameo import agent_code
from ..nominals import nominal_kind
from .sense_checks import SenseCheck
from .senses import event_words

__all__ = ["checks", "blamed_on_a_cause", "thing_blamed_for"]

#: Words that close the "on" phrase: what follows names the blamer, a time, a reason or a new clause.
_PHRASE_ENDS = frozenset({"by", "for", "in", "after", "during", "since", "because", "that", "which", "who", "when", "while", "as", "but", "said", "says", "say"})
#: How far after the verb the "on" may stand ("blamed the club's poor season on ...").
_ON_WINDOW = 12


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the one verb it reads."""
    return (
        SenseCheck("blame put on a cause: no party accused", blamed_on_a_cause, lemmas=frozenset({"blame"})),
        SenseCheck("a cause blamed for a trouble: no party accused", thing_blamed_for, lemmas=frozenset({"blame"})),
    )


def blamed_on_a_cause(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "blame" at ``t`` (an ACCUSE) puts the blame "on" / "upon" a phrase that names no
    party: "could be blamed on weak demand", "blamed the loss on bad management".  Every "on"
    phrase of the clause is read ("blamed the attack on the embassy on militants": the second names
    the party), and none may name a party."""
    if not (t.lemma.lower() == "blame" and curated is not None and curated[1] == "ACCUSE" and t.pos == "VERB"):
        return False
    phrases = _on_phrases(doc, t)
    if not phrases or not any(w.pos == "NOUN" for w in phrases[0]):
        return False
    return not any(_names_a_party(doc, draft, w) for phrase in phrases for w in phrase)


def thing_blamed_for(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "blame" at ``t`` (an ACCUSE) has an object, then "for", and no word of the
    object names a party: "blamed the strong currency for the drop in exports".  A passive or a
    bare "to blame" has no object before "for" and is left alone."""
    if not (t.lemma.lower() == "blame" and curated is not None and curated[1] == "ACCUSE" and t.pos == "VERB"):
        return False
    blamed = _object_before_for(doc, t)
    if not blamed or not any(w.pos == "NOUN" for w in blamed):
        return False
    return not any(_names_a_party(doc, draft, w) or _party_noun(w) for w in blamed)


def _object_before_for(doc: AnnotatedDocument, t: Token) -> list[Token]:
    """The words between ``t`` and the first "for" of its clause, within :data:`_ON_WINDOW`
    words; none when punctuation, a verb, a clause word or another preposition comes first (the
    object would be unsure: "blame failures, not laws, for ...")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    out: list[Token] = []
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _ON_WINDOW)):
        w = doc.tokens[k]
        if lows[k] == "for":
            return out
        if w.pos == "VERB" and lows[k].endswith(("ing", "ed")) and k + 1 < sent.token_end and doc.tokens[k + 1].pos in ("NOUN", "ADJ"):
            out.append(w)  # a participle before its noun ("falling oil prices"), the rules tagger's VERB
            continue
        if w.pos in ("PUNCT", "VERB", "AUX", "SCONJ", "ADP") and lows[k] not in ("'s", "’s", "of", "-"):
            return []
        if lows[k] in _PHRASE_ENDS:
            return []
        out.append(w)
    return []


def _party_noun(w: Token) -> bool:
    """A common noun blamed as a party though the person, group and organisation lexicons lack
    it: a one-word CAMEO agent ("media", "industry") or a ``party-collective`` noun ("press")."""
    if w.pos != "NOUN":
        return False
    low, lemma = w.text.lower(), w.lemma.lower()
    return agent_code((low,)) is not None or agent_code((lemma,)) is not None or bool({low, lemma} & event_words("party-collective"))


def _on_phrases(doc: AnnotatedDocument, t: Token) -> list[list[Token]]:
    """The words of each "on" / "upon" phrase within :data:`_ON_WINDOW` words after ``t``, each up
    to punctuation, a preposition or a new clause (:data:`_PHRASE_ENDS`), until the clause ends;
    none when "for" comes before the first ("blamed Tehran for the attack on the tanker": the
    blamed is the object, the "on" phrase part of the act)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    end = min(sent.token_end, t.i + 1 + _ON_WINDOW)
    phrases: list[list[Token]] = []
    k = t.i + 1
    while k < end:
        if lows[k] == "for" and not phrases:
            return []
        if lows[k] in ("on", "upon"):
            out: list[Token] = []
            j = k + 1
            while j < sent.token_end:
                w = doc.tokens[j]
                if w.pos in ("PUNCT", "AUX", "SCONJ") or lows[j] in _PHRASE_ENDS or (w.pos == "ADP" and lows[j] != "of"):
                    break
                out.append(w)
                j += 1
            phrases.append(out)
            k = j
            continue
        if doc.tokens[k].pos == "PUNCT" and lows[k] not in ("'s", "’s", "-"):
            break  # "blamed the unions, saying ...": the clause ends
        k += 1
    return phrases


def _names_a_party(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """The word names, or may name, a party: an actor's mention, a proper noun, a pronoun, or a
    people, group or organisation noun not judged as work done ("poor management")."""
    if w.pos in ("PROPN", "PRON") or (w.pos in ("NOUN", "PROPN") and draft.actor_at(w.start, w.end) is not None):
        return True
    if w.pos != "NOUN":
        return False
    low, lemma = w.text.lower(), w.lemma.lower()
    if nominal_kind(w) is None and not ({low, lemma} & (org_nouns() | group_nouns() | person_nouns() | wordnet_people())):
        return False
    before = doc.tokens[w.i - 1] if w.i > doc.sentences[w.sent].token_start else None
    return not (before is not None and before.text.lower() in event_words("performance-adj") and low not in person_nouns())
