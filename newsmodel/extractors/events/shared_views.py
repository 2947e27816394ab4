"""Agreeing with a person and nothing more is a view shared, not an agreement (issue 14, stop 35, e34).

PLOVER's AGREE is a commitment: "agree to, offer, promise, or otherwise indicate willingness or
commitment to cooperate".  "Mr. Lutz said he agreed with Mr. Perez", "the mayor agreed with the
council members, calling the budget too thin": the verb takes a party and stops -- no terms ("on
a border commission"), no act ("to cut fuel subsidies"), no content ("that the armies would
patrol jointly").  What is shared is an opinion, as with "agreed with the analysis"
(:mod:`.opinion_senses`); agreement with terms stays AGREE.  Only a party counts (a person, a
body, a state, a pronoun, ``agreed-party`` nouns such as "members"): "agrees with the judge's
ruling" is left to the checks of views and documents (tests/test_a5.py).

Found in a hand judgment of every event on PolNeAR train (stop 35, e34; dev batch 69): both
engines read "said he agreed with <rival>" as AGREE.

A person who agrees with nothing named at all ("His former wife agreed, but said ...", "'It went
badly,' the manager agreed") shares a view the same way (stop 37, e38; dev batch 78,
:func:`agrees_alone`): one person, no terms, no act, no party -- an agreement between parties
needs two parties or terms ("the two sides agreed", "agreed to a ceasefire", "Lebanon and Syria
agreed on"), so a subject of several parties, a plural or a body keeps the event.  "Agreed with <party> on the issue / on that point" shares a view on a topic of opinion (a
``view-topic`` noun of ``sense_words.tsv`` closing the clause), no terms (stop 43, e65; dev batch
116): PolNeAR train had voters and commentators "agreeing with" a candidate "on the issue" coded
AGREE.  The check reads only the words after the
verb, so it works with and without a parse, and like every sense check it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons.nouns import wordnet_people
from ..nominals import names_party, nominal_kind
from ..roles import kids
from .sense_checks import SenseCheck, before_adverbs
from .senses import event_words

__all__ = ["checks", "agrees_with_a_party_only", "agrees_alone"]

#: Words that may stand in the noun phrase after "with": determiners, possessives, titles'
#: punctuation and an of-phrase's "of" ("with the president of the council").
_IN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})
_IN_PHRASE_WORDS = frozenset({"of", "'s", "’s", "'", "’", "-"})
#: What may follow the party when the clause has nothing more for the verb: the sentence's or the
#: clause's end, a closing quote, a dash (a comma only as :func:`_aside_after` allows).
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?", "\"", "”", "—", "--", "–", ")"})
#: Words after a comma that open something other than more parties: a participle aside, a
#: conjunction, a reporting clause's pronoun ("agreed with the council, calling the budget thin",
#: "agreed with him, she said").
_ASIDE_POS = frozenset({"VERB", "AUX", "SCONJ", "CCONJ", "PRON", "PUNCT"})
#: The longest noun phrase read after "with" ("with the president of the regional council").
_REACH = 8


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (
        SenseCheck("a view shared: agreed with a party, no terms", agrees_with_a_party_only, lemmas=frozenset({"agree"})),
        SenseCheck("a view shared: one person agreed, nothing named", agrees_alone, lemmas=frozenset({"agree"})),
    )


def agrees_with_a_party_only(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "agree" at ``t`` takes "with" + a party (:func:`_a_party`) and its clause
    ends right after it (a full stop, a comma before an aside, a quote): a view shared, no terms."""
    if not (t.lemma.lower() == "agree" and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and doc.tokens[k].pos == "ADV" and lows[k] != "with":
        k += 1  # "agreed entirely with"
    if k >= sent.token_end or lows[k] != "with":
        return False
    start = k + 1
    for j in range(start, min(sent.token_end, start + _REACH)):
        w = doc.tokens[j]
        if j > start and (lows[j] in _CLAUSE_ENDS or lows[j] == "," and _aside_after(doc, j)):
            return _a_party(doc, draft, j - 1)  # the party, then the clause's end
        if j > start and lows[j] == ",":
            return False  # "with Russia, China and Turkey on a truce": a list goes on
        if w.pos in _IN_PHRASE_POS or lows[j] in _IN_PHRASE_WORDS:
            continue
        if j > start and lows[j] == "on" and _view_topic_after(doc, j) and _a_party(doc, draft, j - 1):
            return True  # "agreed with the governor on the issue": a view shared on a topic (stop 43, e65)
        return False  # "on", "to", "that", a verb: the agreement's terms or content
    # the sentence ends with the party (no full stop in a headline), within reach
    return sent.token_end - start in range(1, _REACH + 1) and _a_party(doc, draft, sent.token_end - 1)


#: Words before the topic noun of "on" ("on *that* point", "on *most* questions", "on *the* issue").
_TOPIC_DETERMINERS = frozenset({"DET", "ADJ", "PRON", "NUM"})
_MAX_TOPIC = 3


def _view_topic_after(doc: AnnotatedDocument, on: int) -> bool:
    """The "on" at ``on`` opens a topic of opinion -- a ``view-topic`` of ``sense_words.tsv`` (issue,
    point, question, something, ...), past a few determiners -- and the clause ends after it (or a
    comma follows): "agreed with the mayor on that point, but ...". "On a joint patrol" names terms."""
    sent = doc.sentences[doc.tokens[on].sent]
    lows = doc.lowered_texts()
    topics = event_words("view-topic")
    for k in range(on + 1, min(sent.token_end, on + 1 + _MAX_TOPIC + 1)):
        nxt = k + 1
        if lows[k] in topics and (nxt >= sent.token_end or lows[nxt] in _CLAUSE_ENDS or lows[nxt] == ","):
            return True
        if doc.tokens[k].pos not in _TOPIC_DETERMINERS:  # ("that" of "on that point" is a determiner here)
            return False
    return False


def _a_party(doc: AnnotatedDocument, draft: Draft, head: int) -> bool:
    """The phrase ending at ``head`` names a party -- a person, a body or a state (an actor, or a
    noun the lexicons type as a person: "his rival"), or a personal pronoun ("with him") -- not a
    thing: "agrees with the judge's ruling" is left to the checks of views and documents."""
    w = doc.tokens[head]
    if w.pos == "PRON" or doc.lowered_texts()[head] in event_words("agreed-party"):
        return True  # "with him", "with the council members" (``agreed-party``)
    return w.pos in ("NOUN", "PROPN") and names_party(draft, w, actor_kinds=("person", "organization", "country"), noun_kinds=("person", "group", "organization"))


def _aside_after(doc: AnnotatedDocument, comma: int) -> bool:
    """The word after the comma at ``comma`` opens an aside, a new clause or a quote's end, not
    another party of a list ("with Russia, China and Turkey on a truce" is a list)."""
    j = comma + 1
    if j >= doc.sentences[doc.tokens[comma].sent].token_end:
        return True
    w = doc.tokens[j]
    return w.pos in _ASIDE_POS and w.text.lower() not in ("and", "or")


#: Singular personal pronouns that may be the one person who agrees ("he agreed, but ...").
_ONE_PERSON_PRONOUNS = frozenset({"he", "she", "i"})
#: Words that make the subject several parties ("Smith and Jones agreed", "both agreed").
_SEVERAL = frozenset({"and", "both", "&"})


def agrees_alone(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "agree" at ``t`` has nothing after it in its clause (the clause ends, or
    a comma opens an aside: "agreed, but said", "agreed, adding") and its subject is one person
    (a singular personal pronoun, a person actor, or a noun the lexicons type as a person)."""
    if not (t.lemma.lower() == "agree" and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1  # "agreed too", "agreed wholeheartedly"
    ends = k >= sent.token_end or lows[k] in _CLAUSE_ENDS or lows[k] == "," and _aside_after(doc, k)
    return ends and _one_person_subject(doc, draft, t)


def _one_person_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The subject of ``t`` is one person: with a parse, its nominal subject (no conjunct); without,
    the noun or pronoun right before the verb (no "and" or "both" in the few words before it)."""
    if doc.has_parse:
        subjects = kids(doc, t.i, ("nsubj",))
        if len(subjects) != 1 or kids(doc, subjects[0].i, ("conj",)):
            return False
        head = subjects[0]
    else:
        j = before_adverbs(doc, t)
        lo = doc.sentences[t.sent].token_start
        if j < lo or any(doc.lowered_texts()[m] in _SEVERAL for m in range(max(lo, j - 4), j + 1)):
            return False
        head = doc.tokens[j]
    low = head.text.lower()
    if head.pos == "PRON":
        return low in _ONE_PERSON_PRONOUNS
    if head.pos not in ("NOUN", "PROPN") or head.tag in ("NNS", "NNPS"):
        return False
    if nominal_kind(head) == "person" or (head.pos == "NOUN" and low == head.lemma.lower() and low in wordnet_people()):
        return True  # "his former wife", "the campaign manager" (a singular WordNet noun for people)
    return names_party(draft, head, actor_kinds=("person",), noun_kinds=("person",))
