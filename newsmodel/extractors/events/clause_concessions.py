"""A view shared or a fact admitted with a bare clause is no agreement and no concession (issue 14,
stop 45, helper e79; dev batch 139 A).

"Agreed that the economy would slow" and "conceded that the bill had little chance" are already
no event: the verb takes a that-clause, a view or a fact, and PLOVER's AGREE (a commitment to
cooperate with another party) and CONCEDE (yielding to another party) need terms or a yielding.
News often drops the "that" -- "she agrees the governor is a reckless spender", "the senator
conceded she had voted for the war" -- or puts the verb after the clause as a closing aside
("Turnout will be lower this year, most pollsters agree.").  Both are the same statement.

Without a parse the bare clause is a subject (a pronoun, or a noun phrase opened by a determiner,
a possessive or a name) followed by an auxiliary or a finite verb ("the rollout had been rushed",
"the race will be decided"); "agreed the terms of a ceasefire", "agreed a truce with the army" and
"conceded the strikers' main demand" have an object and no verb after it, and keep their event.
With a parse the verb's clausal complement (``ccomp``) with no object, no infinitive and no
prepositional argument after the verb is the clause (a clause before the verb is a quote whose
cue "conceded" ``everyday_senses`` reads).  The aside is "agree" at the sentence's end whose
subject phrase follows a comma after a clause.  Found in a hand judgment of both
engines' AGREE, CONCEDE and MOBILIZE events on 29 PolNeAR train texts (the rules engine made an
AGREE of "agrees <clause>" and of a closing "the campaigns agree"); the check can only remove an
event.

A "that" after the verb is left to the checks that read that-clauses (``everyday_senses`` keeps
"conceded that the ministry had mishandled the payments" a concession), and a bare clause after
"concede" that names a fault of one's own side ("conceded the housing plan had failed") keeps its
CONCEDE the same way.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .admitted_faults import admits_fault
from .sense_checks import SenseCheck

__all__ = ["checks", "clause_shared_or_admitted"]

#: The verbs whose bare clause is a view shared or a fact admitted.
_VERBS = frozenset({"agree", "concede"})
#: Subject pronouns that open a bare clause ("conceded she had voted").
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
#: Word classes inside a subject noun phrase.
_IN_PHRASE = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"})
#: Punctuation that may close a sentence after a closing aside.
_CLOSERS = frozenset({".", "!", "?", '"', "”", "'", "’"})
#: How many words a subject phrase may have.
_REACH = 8


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a view shared or a fact admitted with a bare clause", clause_shared_or_admitted, lemmas=_VERBS),)


def clause_shared_or_admitted(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "agree" or "concede" at ``t`` takes a clause with no "that" or closes its
    sentence as an aside after a clause."""
    lemma = t.lemma.lower()
    if not ((lemma == "agree" or lemma == "concede") and t.pos == "VERB"):
        return False
    if _that_follows(doc, t) or lemma == "concede" and (_names_a_fault(doc, t) or admits_fault(doc, t)):
        # "conceded that ..." is read by everyday_senses; a fault admitted is a concession
        # ("conceded she had been wrong to cut the funds": admitted_faults, e86 at stop 47)
        return False
    if doc.has_parse:
        return _parsed_clause(doc, t)
    return _bare_clause(doc, t) or lemma == "agree" and _closing_aside(doc, t)


def _that_follows(doc: AnnotatedDocument, t: Token) -> bool:
    """"that" follows the verb, past adverbs: the that-clause is left to the checks that read it."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    while k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1
    return k < sent.token_end and doc.lowered_texts()[k] == "that"


def _names_a_fault(doc: AnnotatedDocument, t: Token) -> bool:
    """The sentence after "concede" names a fault of one's own side (``fault-verb``,
    ``conceded-fault``, the fault nouns of :mod:`.everyday_senses`: "conceded the housing plan had
    failed", "conceded officers had made mistakes"): an admission PLOVER codes CONCEDE, as with
    "that"."""
    from .everyday_senses import _FAULT_NOUNS
    from .non_event_senses import _words

    keep = _words("fault-verb") | _FAULT_NOUNS | _words("conceded-fault")
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for j in range(t.i + 1, sent.token_end):
        if lows[j] in (";", ":"):
            break
        if lows[j] in keep or doc.tokens[j].lemma.lower() in keep:
            return True
    return False


def _parsed_clause(doc: AnnotatedDocument, t: Token) -> bool:
    """The parse gives the verb a clausal complement and no object, infinitive or prepositional
    argument but a time."""
    kids = doc.children(t.i)
    if any(c.dep in ("obj", "dobj", "xcomp", "dative", "iobj") or c.dep in ("obl", "prep") and c.i > t.i for c in kids):
        return False  # an object, an infinitive or a prepositional argument after the verb ("In the debate" before it is no argument)
    return any(c.dep == "ccomp" and c.i > t.i for c in kids)  # a clause before it is a quote's cue (everyday_senses)


def _bare_clause(doc: AnnotatedDocument, t: Token) -> bool:
    """After the verb (past adverbs): a subject pronoun, or a noun phrase that opens with a
    determiner, a possessive or a name, then an auxiliary or a finite verb."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1
    if k >= sent.token_end:
        return False
    first = doc.tokens[k]
    if lows[k] in _SUBJECT_PRONOUNS:
        k += 1
    elif first.pos in ("DET", "PROPN") or first.pos == "PRON" and lows[k] in ("his", "her", "their", "its", "our", "my", "your"):
        nouns = 0
        end = min(sent.token_end, k + _REACH)
        while k < end and (doc.tokens[k].pos in _IN_PHRASE or lows[k] in ("'s", "’s")):
            nouns += doc.tokens[k].pos in ("NOUN", "PROPN")
            k += 1
        if not nouns:
            return False
    else:
        return False
    while k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1  # "the race now looks"
    if k >= sent.token_end:
        return False
    w = doc.tokens[k]
    return w.pos == "AUX" or w.pos == "VERB" and lows[k].endswith(("ed", "s")) and not lows[k].endswith("ss")


def _closing_aside(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb ends its sentence (past adverbs and closing punctuation), and its subject phrase
    follows a comma that closes a clause with a verb in it: "..., most pollsters agree."."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and (doc.tokens[k].pos == "ADV" or lows[k] in _CLOSERS):
        k += 1
    if k < sent.token_end:
        return False
    j = t.i - 1
    while j > sent.token_start and (doc.tokens[j].pos in ("ADV", "AUX") or doc.tokens[j].pos in _IN_PHRASE or lows[j] in ("'s", "’s")) and t.i - j <= _REACH:
        j -= 1
    if j <= sent.token_start or lows[j] != "," or j == t.i - 1:
        return False
    return any(doc.tokens[i].pos in ("VERB", "AUX") for i in range(sent.token_start, j))
