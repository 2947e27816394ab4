"""Talks told with a verb of speech and a mutual subject: "Macron and Erdogan talked by phone".

"talk", "speak" and "confer" name no event by themselves -- a minister who "spoke at the party's
dinner" or "talked about trade" consulted no one -- so no trigger row lists them, and CAMEO's
patterns read them only with a partner after "with" ("talked with Erdogan").  News also tells the
consultation with both parties as the subject: "Macron and Erdogan talked by phone on Tuesday",
"the two foreign ministers spoke for an hour", "both delegations conferred in Vienna".  That is
PLOVER CONSULT (manual, CONSULT: "consultation by phone or other media", mode ``phone`` when the
clause says phone or telephone).  A subject is mutual when it joins two or more parties ("X and
Y") or counts its members ("the two ministers", "both delegations", "the prime ministers of Spain
and Portugal").  An audience, a setting or a manner after the verb ("spoke at a rally", "spoke to
reporters", "spoke highly of") makes it speech, not talks; so does a partner after "with", which
CAMEO's own patterns read.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

__all__ = ["held_by_two_parties", "mutual_talk"]


def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``sense_words.tsv`` (the lexicon reads each file once)."""
    return word_class("sense_words.tsv", cls)


def mutual_talk(doc: AnnotatedDocument, draft: Draft, t: Token) -> str | None:
    """The CONSULT mode (``"phone"`` or ``""``) when verb ``t`` is a ``mutual-talk-verb`` with a
    mutual subject and no audience, setting or partner after it; None otherwise."""
    if t.pos != "VERB" or t.lemma.lower() not in _words("mutual-talk-verb"):
        return None
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    end = min(sent.token_end, t.i + 12)
    after = lows[t.i + 1 : end]
    if after[:1] and after[0] in _words("one-way-speech-word"):
        return None  # "spoke at a rally", "spoke to reporters", "spoke highly of", "talked with"
    for k in range(t.i + 1, end):
        if lows[k] in (",", ";", ":") or doc.tokens[k].pos == "VERB":
            break
        if lows[k] == "to" and k + 1 < sent.token_end and doc.tokens[k + 1].pos == "VERB":
            break  # "talked by phone to discuss the crisis": the talks' purpose
        if lows[k] in ("with", "to") or (lows[k] == "at" and k + 1 < end and lows[k + 1] in ("a", "an")):
            return None  # a partner or an audience further on: "spoke again on Friday with ..."
    if not _mutual_subject(doc, draft, t):
        return None
    clause = lows[t.i + 1 : end]
    return "phone" if any(w in ("phone", "telephone", "phones") for w in clause) else ""


def held_by_two_parties(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A talk noun ``t`` held by a mutual subject: the object of a light verb right before its noun
    phrase ("Ruiz and Heller *had* several conversations", "the two envoys *held* a long
    conversation"; ``talk-light`` and ``light`` of ``event_cues.tsv``), the verb's subject joining two
    parties as :func:`mutual_talk` reads one -- talks need no with-phrase when both sides are the
    subject (helper e52 at stop 41). A private relation in the subject ("the senator and her
    husband") holds a private conversation, and a subject whose head is no actor ("the two
    novelists") holds no talks between parties."""
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos in ("DET", "ADJ", "NUM", "ADV", "NOUN"):
        k -= 1  # "had *several* conversations", "held a *long* conversation" (the rules tagger's "several" NOUN)
    verb = doc.tokens[k]
    if k <= sent.token_start or verb.pos not in ("VERB", "AUX") or verb.lemma.lower() not in _holding_verbs():
        return False
    lows = doc.lowered_texts()
    if any(lows[j] in word_class("event_cues.tsv", "private-relation") for j in range(sent.token_start, k)):
        return False
    if not _actor_in_subject(doc, draft, k):
        return False  # "the two novelists had a conversation about their craft": no party holds talks
    return _mutual_subject(doc, draft, verb)


def _actor_in_subject(doc: AnnotatedDocument, draft: Draft, k: int) -> bool:
    """An actor stands in the noun phrase right before token ``k`` (the subject of a verb at ``k``)."""
    lo = doc.sentences[doc.tokens[k].sent].token_start
    j = k - 1
    while j >= lo and doc.tokens[j].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "PRON"):
        if draft.actor_at(doc.tokens[j].start, doc.tokens[j].end) is not None:
            return True
        j -= 1
    return False


def _holding_verbs() -> frozenset[str]:
    """Verbs whose subject holds the talk noun they govern: ``talk-light`` and ``light``."""
    return word_class("event_cues.tsv", "talk-light") | word_class("event_cues.tsv", "light")


#: Subject pronouns that may open a joined subject ("she and the governor").
_SUBJECT_PRONOUNS = frozenset({"he", "she", "i", "we"})


def _mutual_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The subject before ``t`` joins two parties or counts its members, read off the words
    between the clause start and the verb (adverbs before the verb passed over)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos in ("ADV", "AUX", "PART"):
        k -= 1
    if k < sent.token_start or doc.tokens[k].pos not in ("NOUN", "PROPN"):
        return False
    lo = k
    while lo > sent.token_start and (doc.tokens[lo - 1].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "ADP") or lows[lo - 1] in ("'s", "’s")):
        lo -= 1
    if lows[lo] == "and" and lo - 1 >= sent.token_start and lows[lo - 1] in _SUBJECT_PRONOUNS:
        lo -= 1  # "he and Fox News had several conversations": a pronoun opens the joined subject
    pronoun = lows[lo] in _SUBJECT_PRONOUNS  # a party of its own, whether or not a mention stands on it
    words = lows[lo : k + 1]
    if any(w in _words("mutual-count-word") for w in words):
        return True  # "the two foreign ministers", "both delegations"
    if "and" not in words:
        return False
    # "Macron and Erdogan", "the presidents of Kenya and Uganda", "the Kenyan and Ugandan presidents":
    # two parties named, or a plural head whose modifiers are joined
    parties = {a for _s, _e, a in draft.mentions_between(doc.tokens[lo + 1 if pronoun else lo].start, doc.tokens[k].end)}
    if pronoun:
        return len(parties) >= 1
    head = doc.tokens[k]
    plural_head = head.pos == "NOUN" and head.text.lower() != head.lemma.lower()
    return len(parties) >= 2 or plural_head
