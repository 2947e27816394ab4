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

Stop 43 (e64, a hand judgment of the rules engine's events on PolNeAR train, Random(620); dev batch
115) found three more shapes of a view shared, all coded AGREE on both engines:

* the party followed by a reporting clause after a comma ("... agree with him, <name> said"): the
  aside is a speaker and a verb of speech (``speech_verbs.tsv``), not another party of a list;
* the party followed by a degree ("is agreeing with me 100 percent"): the amount of agreement,
  no terms;
* the party followed by a that-clause with no modal of the future or of obligation
  (``terms-modal``: "agrees with X that Y is the strongest nominee", an opinion held in common);
  "agreed with Peru that both navies *would* patrol jointly" states terms and stays AGREE
  (:func:`agrees_on_a_view`).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ...lexicons.cues import speech_verbs
from ...lexicons.nouns import wordnet_people
from ..nominals import names_party, nominal_kind
from ..roles import kids
from .sense_checks import SenseCheck, before_adverbs
from .senses import event_words

__all__ = ["checks", "agrees_with_a_party_only", "agrees_alone", "agrees_on_a_view"]

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
        SenseCheck("a view shared: agreed with a party that <an opinion>", agrees_on_a_view, lemmas=frozenset({"agree"})),
    )


def _with_after(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the "with" after the verb at ``t``, past adverbs ("agreed entirely with"), or
    None when no "with" follows."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and doc.tokens[k].pos == "ADV" and lows[k] != "with":
        k += 1
    return k if k < sent.token_end and lows[k] == "with" else None


def agrees_with_a_party_only(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "agree" at ``t`` takes "with" + a party (:func:`_a_party`) and its clause
    ends right after it (a full stop, a comma before an aside, a quote): a view shared, no terms."""
    if not (t.lemma.lower() == "agree" and t.pos == "VERB"):
        return False
    k = _with_after(doc, t)
    if k is None:
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    start = k + 1
    for j in range(start, min(sent.token_end, start + _REACH)):
        w = doc.tokens[j]
        if j > start and (lows[j] in _CLAUSE_ENDS or lows[j] == "," and _aside_after(doc, j)):
            return _a_party(doc, draft, _before_degree(doc, start, j - 1))  # the party, then the clause's end
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
    thing: "agrees with the judge's ruling" is left to the checks of views and documents.  A common
    noun whose first WordNet sense is a person counts too ("with the treasurer")."""
    w = doc.tokens[head]
    if w.pos == "PRON" or doc.lowered_texts()[head] in event_words("agreed-party"):
        return True  # "with him", "with the council members" (``agreed-party``)
    if w.pos == "NOUN" and w.lemma.lower() in wordnet_people():
        return True  # "with the treasurer": a noun whose first WordNet sense is a person (stop 43, e64)
    return w.pos in ("NOUN", "PROPN") and names_party(draft, w, actor_kinds=("person", "organization", "country"), noun_kinds=("person", "group", "organization"))


def _aside_after(doc: AnnotatedDocument, comma: int) -> bool:
    """The word after the comma at ``comma`` opens an aside, a new clause or a quote's end, not
    another party of a list ("with Russia, China and Turkey on a truce" is a list); or a reporting
    clause opens there ("with him, Novak said", "with me, the councillor said": :func:`_reporting_clause`)."""
    j = comma + 1
    if j >= doc.sentences[doc.tokens[comma].sent].token_end:
        return True
    w = doc.tokens[j]
    return w.pos in _ASIDE_POS and w.text.lower() not in ("and", "or") or _reporting_clause(doc, j)


#: Words a speaker's name or noun phrase may hold before its verb of speech ("the city's mayor said").
_SPEAKER_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
#: The longest speaker phrase read before the verb of speech.
_SPEAKER_REACH = 4


def _reporting_clause(doc: AnnotatedDocument, j: int) -> bool:
    """A speaker (a name or a noun phrase of at most :data:`_SPEAKER_REACH` words) and then a verb of
    speech (a ``speech`` lemma of ``speech_verbs.tsv``) open at ``j``: the reporting clause of a quote
    or a paraphrase, which names the speaker, not another party ("... with him, Novak said")."""
    end = doc.sentences[doc.tokens[j].sent].token_end
    lows = doc.lowered_texts()
    speech = speech_verbs()
    for k in range(j, min(end, j + _SPEAKER_REACH + 1)):
        w = doc.tokens[k]
        if k > j and w.pos in ("VERB", "AUX") and speech.get(w.lemma.lower()) == "speech":
            return True
        if w.pos not in _SPEAKER_POS and lows[k] not in ("'s", "’s"):
            return False
    return False


#: Words after a number that make it a degree of agreement ("100 percent").
_DEGREE_UNITS = frozenset({"percent", "per", "cent", "%"})


def _before_degree(doc: AnnotatedDocument, start: int, last: int) -> int:
    """The last word of the party phrase that opens at ``start`` and ends at ``last``, once a degree
    that closes it is taken off ("with me 100 percent": "me"); ``last`` when there is none."""
    lows = doc.lowered_texts()
    k = last
    while k > start and lows[k] in _DEGREE_UNITS:
        k -= 1
    if k < last and k > start and doc.tokens[k].pos == "NUM":
        return k - 1
    return last


def agrees_on_a_view(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "agree" at ``t`` takes "with" + a party (:func:`_a_party`) and then "that"
    + a clause with no ``terms-modal`` (would, will, shall, must ...) before the clause ends: an
    opinion held in common ("agrees with Ferrante that Okafor is the strongest nominee"), no terms.
    "agreed with Peru that both navies would patrol the waters jointly" keeps its terms."""
    if not (t.lemma.lower() == "agree" and t.pos == "VERB"):
        return False
    k = _with_after(doc, t)
    if k is None:
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    start = k + 1
    that = next((j for j in range(start + 1, min(sent.token_end, start + _REACH + 1)) if lows[j] == "that"), None)
    if that is None or any(not (doc.tokens[j].pos in _IN_PHRASE_POS or lows[j] in _IN_PHRASE_WORDS) for j in range(start, that)):
        return False  # "with Peru, Chile and ... that", "with the plan to ...": no party right before "that"
    if not _a_party(doc, draft, _before_degree(doc, start, that - 1)):
        return False
    modals = word_class("sense_words.tsv", "terms-modal")
    for j in range(that + 1, sent.token_end):
        if lows[j] in modals:
            return False  # "that both navies would patrol": the terms agreed
        if lows[j] in (";", ":") or doc.tokens[j].pos == "PUNCT" and lows[j] in _CLAUSE_ENDS:
            break
    return True


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
