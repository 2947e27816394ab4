"""A phone call told as "X called Y (on Tuesday) to discuss Z": the call is the consultation.

PLOVER CONSULT covers "consultation by phone or other media" (manual, CONSULT; mode ``phone``).
News tells a leader's call with the bare verb and its purpose: "the president called the Turkish
leader on Tuesday to discuss the refugee crisis", "Merkel called Putin from her plane to discuss
the gas dispute".  The verb "call" by itself names no event (CAMEO's "call" patterns read appeals
and names), and "to discuss" alone gave a CONSULT with no one consulted; so the rule reads the
whole shape:

* a party right after "called" (a person, a body or a state -- the same reading as
  :func:`.name_calling.party_after_verb`), then only time and place words, and then "to" + a
  verb of talk (``call-purpose-verb`` in ``event_cues.tsv``: discuss, talk, congratulate, offer,
  express, ...) -- one CONSULT (phone) on "called", with that party as the target;
* the purpose of that call, or of a meeting called ("the chairman called a hearing to discuss
  the budget", ``called-meeting`` nouns), is no second event: "to discuss" there reports
  what the call or the meeting is for (:func:`purpose_of_a_call`).

A call with no stated purpose is still a call (stop 47, helper e87, issue 14 batch 150; the
manual's CONSULT names the telephone call itself): "Macron called Erdogan on Tuesday", "Obama
called Netanyahu after the election" -- :func:`bare_call`: a person or a state right after the
verb (an object pronoun, an actor typed person or country) and after it nothing but the end of
the sentence or a clause, or time and place words opened by a ``bare-call-opener`` of
``event_cues.tsv`` (on, after, from, late, again, back ...) with no verb, no quotation and no
"to" + verb in them.  "called Erdogan a liar" (a term after the party), "called the election",
"called a press conference" (no party), "was called" (a passive) are none of it.

"called the governor a liar" (name_calling), "called on the premier to resign" and "called for
talks" (REQUEST) have their own rules and never reach this shape: a term, "on" or "for" follow
the verb, not a party and a purpose.  "Reporters called the campaign to ask about the remarks"
is no consultation: "ask" is no verb of talk between parties here.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from .name_calling import party_after_verb
from .sense_checks import SenseCheck, keys
from .triggers import words_of

__all__ = ["bare_call", "call_roles", "checks", "phone_call", "purpose_of_a_call"]

#: Words that may stand between the party called and "to": times, places and their prepositions
#: ("on Tuesday", "last night", "from Air Force One", "late on Friday", "by phone").
_BETWEEN_POS = frozenset({"ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV", "PRON"})


def _party_called(doc: AnnotatedDocument, draft: Draft, t: Token) -> int | None:
    """The index after the party right after the verb: :func:`.name_calling.party_after_verb`, or
    a noun phrase (determiners, possessives, adjectives, nouns) in which an actor is named ("his
    *Japanese* counterpart": a tagger may call the state's adjective an adjective, which the party
    reading passes over)."""
    end = party_after_verb(doc, draft, t)
    if end is not None:
        return end
    sent = doc.sentences[t.sent]
    named = False
    k = t.i + 1
    while k < min(sent.token_end, t.i + 7) and (doc.tokens[k].pos in ("DET", "ADJ", "NOUN", "PROPN") or doc.lowered_texts()[k] in POSSESSIVES):
        named = named or draft.actor_at(doc.tokens[k].start, doc.tokens[k].end) is not None
        k += 1
    return k if named and doc.tokens[k - 1].pos in ("NOUN", "PROPN") else None


def _purpose_verb_after(doc: AnnotatedDocument, start: int) -> Token | None:
    """The verb of talk of a "to" + ``call-purpose-verb`` that follows ``start`` within eight
    words reached over time and place words only (no verb, no punctuation between), or None."""
    sent = doc.sentences[doc.tokens[start - 1].sent]
    lows = doc.lowered_texts()
    purposes = words_of("call-purpose-verb")
    for k in range(start, min(sent.token_end - 1, start + 8)):
        if lows[k] == "to":
            v = doc.tokens[k + 1]
            return v if v.lemma.lower() in purposes or lows[k + 1] in purposes else None
        if doc.tokens[k].pos not in _BETWEEN_POS:
            return None
    return None


def phone_call(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb "call" at ``t`` with a party right after it and then, over time and place words,
    "to" + a verb of talk: "called the Turkish leader on Tuesday to discuss the crisis"."""
    if t.pos != "VERB" or t.lemma.lower() != "call":
        return False
    end = _party_called(doc, draft, t)
    return end is not None and _purpose_verb_after(doc, end) is not None


def _person_or_state(doc: AnnotatedDocument, draft: Draft, t: Token, end: int) -> bool:
    """The party that ends before ``end`` is an object pronoun or an actor typed person or country."""
    last = doc.tokens[end - 1]
    if end - 1 == t.i + 1 and last.pos == "PRON":
        return True
    a = draft.actor_at(last.start, last.end)
    actor = draft.actor_fields(a) if a else None
    return actor is not None and actor.kind in ("person", "country")


def bare_call(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb "call" at ``t`` with a person or a state right after it and nothing after them
    but time and place words to the end of the clause: "Macron called Erdogan on Tuesday"."""
    if t.pos != "VERB" or t.lemma.lower() != "call":
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i > sent.token_start and doc.tokens[t.i - 1].pos == "AUX":
        return False  # "was called", "has been called a liar": a passive or a name
    end = _party_called(doc, draft, t)
    if end is None or not _person_or_state(doc, draft, t, end):
        return False
    while end < sent.token_end and doc.tokens[end].pos in ("NOUN", "PROPN") and draft.actor_at(doc.tokens[end].start, doc.tokens[end].end) is not None:
        end += 1  # "the Japanese *premier*": the state's adjective was the party read, the person goes on
    if end >= sent.token_end or lows[end] in (".", ";"):
        return True
    if lows[end] == ",":
        return not _term_after_apposition(doc, end)
    if lows[end] not in words_of("bare-call-opener"):
        return False
    for k in range(end + 1, sent.token_end):
        w = doc.tokens[k]
        if lows[k] in (".", ";"):
            return True
        if lows[k] == ",":
            return not _term_after_apposition(doc, k)
        if w.pos in ("VERB", "AUX") and not _time_noun(lows[k]) or lows[k] == "to" or not w.text[:1].isalnum():
            return False  # ("on Saturday *evening*": a time noun a tagger without a parse may call a verb)
    return True


def _time_noun(word: str) -> bool:
    """``word`` is a time noun (``time-word`` of ``sense_words.tsv``: "evening", "morning", "night")."""
    from ...lexicons import word_class

    return word in word_class("sense_words.tsv", "time-word")


def call_roles(doc: AnnotatedDocument, draft: Draft, t: Token) -> tuple[str | None, str | None]:
    """(caller, party called) of the call at ``t`` (:func:`phone_call` or :func:`bare_call`), read
    from the words: the party is the first actor named between the verb and the end of the party
    read after it ("called *Erdogan* on Tuesday"; the parse may call a bare name there a predicate
    and give no object); the caller is the actor named right before the verb when the parse hangs
    the verb on that name as a modifier ("Macron called Erdogan on Tuesday, the Elysee said":
    "Macron, called Erdogan", with the reporter as the subject of the whole line), else None.
    Stop 47, helper e88 (issue 14 batch 151)."""
    if not (phone_call(doc, draft, t) or bare_call(doc, draft, t)):
        return None, None
    end = _party_called(doc, draft, t)
    party = None
    if end is not None and end > t.i + 1:
        found = draft.mentions_between(doc.tokens[t.i + 1].start, doc.tokens[end - 1].end)
        party = found[0][2] if found else None
    caller = None
    if doc.has_parse and t.head == t.i - 1 and t.dep.startswith("acl") and t.i - 1 >= doc.sentences[t.sent].token_start:
        before = doc.tokens[t.i - 1]
        caller = draft.actor_at(before.start, before.end)
    return caller, party


#: How many words an apposition after the party called may span.
_APPOSITION = 8


def _term_after_apposition(doc: AnnotatedDocument, comma: int) -> bool:
    """After the comma at ``comma`` an apposition closes with a second comma and a noun phrase or a
    quotation follows it: "called Clinton, his rival, a liar" puts a term on the party."""
    sent = doc.sentences[doc.tokens[comma].sent]
    for k in range(comma + 1, min(sent.token_end - 1, comma + 1 + _APPOSITION)):
        w = doc.tokens[k]
        if w.text == ",":
            nxt = doc.tokens[k + 1]
            return nxt.pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or not nxt.text[:1].isalnum()
        if w.pos in ("VERB", "AUX"):
            return False
    return False


def purpose_of_a_call(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb of talk at ``t`` is the purpose of a phone call or of a meeting called or called
    for ("called a hearing on Tuesday to discuss the budget", "called for talks to discuss"):
    the nearest verb before its "to" is a ``phone-verb`` (call, phone, telephone), and either
    that call names a party and ``t`` is its purpose, or "call" has a ``called-meeting`` noun as
    its object."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i - 1 <= sent.token_start or lows[t.i - 1] != "to":
        return False
    k = t.i - 2
    while k >= sent.token_start and doc.tokens[k].pos in _BETWEEN_POS | {"PRON", "PART"}:
        k -= 1
    if k < sent.token_start or doc.tokens[k].lemma.lower() not in words_of("phone-verb") or doc.tokens[k].pos != "VERB":
        return False
    call = doc.tokens[k]
    end = _party_called(doc, draft, call)
    if end is not None and end <= t.i and _purpose_verb_after(doc, end) is t:
        return True
    meetings = words_of("called-meeting")
    for j in range(k + 1, min(t.i - 1, k + 6)):
        w = doc.tokens[j]
        if lows[j] in meetings or w.lemma.lower() in meetings:
            return call.lemma.lower() == "call"
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN") and lows[j] != "for":
            return False
    return False


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: a CONSULT verb of talk that is the purpose
    of a call is no second event (its first guard reads the lemma)."""
    return (SenseCheck("the purpose of a phone call or of a meeting called", _purpose_non_event, lemmas=keys(words_of("call-purpose-verb"))),)


def _purpose_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"to discuss" after a phone call or a meeting called: the call is the one consultation
    ("called Putin on Friday to discuss the gas dispute"), or the meeting is a body's own
    ("called a special session to discuss the tax plan")."""
    lemma = t.lemma.lower()
    return lemma in words_of("call-purpose-verb") and t.pos == "VERB" and curated is not None and curated[1] == "CONSULT" and purpose_of_a_call(doc, draft, t)
