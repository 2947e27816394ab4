"""A denial verb in a relative clause on "something" set after a reported claim (issue 14, d17, stop 47).

"Several aides said the governor had wanted the post -- something he denied on Tuesday", "critics
claimed the fair lost money, something its organisers have disputed": "something" stands in
apposition to the clause before the comma or dash, and the denial verb in the relative clause on
it has no object of its own -- its claim is that clause.  The verb rules of :mod:`.denials` need a
claim after the verb and pass it by.  The clause must be a reported claim (a ``reported-claim-verb``
with words after it: "said the governor had wanted ...", "told the police that ..."), so "the mayor
proposed a stadium, something the council rejected" (a proposal turned down) and "asked for a
refund, something the club rejected" (a request) stay none; so does "something she had denied
herself" (another sense, with an object) and "something analysts expected" (no denial verb).  The
words are classes of ``denial_words.tsv``: ``apposed-pointer`` (something), ``apposed-denial-verb``
(deny, dispute, reject, ...).
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes
from .denial_forms import base_form
from .tree import is_time_entity

#: The marks that set the apposition off from the claim clause.
_OPENERS = frozenset({",", "--", "—", "–"})

#: Parts of speech of the relative clause's subject ("something | the regional office | denied").
_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART"})

#: What may follow the verb when it has no object: the clause's end, an addressee, a verdict, a time or medium phrase.
_AFTER_VERB = frozenset({"to", "as", "on", "in", "at", "during", "when", "after", "last", "this", "yesterday", "today", "again"})

#: Object pronouns naming whom a claim was told ("told me they believed ...").
_ADDRESSEES = frozenset({"me", "us", "him", "them", "you"})

#: Relative pronouns that may open the clause ("something that he denied", "something which the firm disputes").
_RELATIVES = frozenset({"that", "which"})


def _words(cls: str) -> frozenset[str]:
    return word_classes("denial_words.tsv")[cls]


def apposed_claim(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """The character span of the reported claim that the denial verb ``t`` denies through an apposed
    "something" ("<X> said <claim> -- something <Y> denied"), or None when ``t`` is not such a verb."""
    if base_form(t.text.lower(), _words("apposed-denial-verb")) is None and t.lemma.lower() not in _words("apposed-denial-verb"):
        return None
    toks = doc.tokens
    sent = doc.sentences[t.sent]
    # the verb takes no object: the clause ends, or an addressee, verdict, time or medium phrase follows
    if t.i + 1 < sent.token_end:
        nxt = toks[t.i + 1]
        if not (nxt.pos == "PUNCT" or nxt.text.lower() in _AFTER_VERB or is_time_entity(doc, t.i + 1)
                or nxt.pos == "ADV" and not nxt.text.lower().endswith("self")):
            return None
    # back over auxiliaries and adverbs ("has repeatedly | denied"), the subject, an optional relative word
    k = t.i - 1
    while k >= sent.token_start and toks[k].pos in ("AUX", "ADV"):
        k -= 1
    subject_end = k
    while k >= sent.token_start and subject_end - k < 5 and toks[k].pos in _SUBJECT_POS and toks[k].text.lower() not in _words("apposed-pointer"):
        k -= 1
    if k == subject_end:
        return None  # no subject between "something" and the verb
    if k >= sent.token_start and toks[k].text.lower() in _RELATIVES:
        k -= 1
    if k < sent.token_start + 1 or toks[k].text.lower() not in _words("apposed-pointer") or toks[k - 1].text not in _OPENERS:
        return None
    close = k - 1  # the comma or dash before "something"
    # the clause before it reports a claim: a reported-claim verb with words after it
    claim_verbs = _words("reported-claim-verb")
    verb = next((j for j in range(close - 1, sent.token_start - 1, -1) if toks[j].text.lower() in claim_verbs), None)
    if verb is None or close - verb < 3:
        return None
    start = verb + 1
    if toks[start].text.lower() in _ADDRESSEES:
        start += 1  # "told | me | they believed ...": whom it was told, not what
    for j in range(verb + 1, min(close, verb + 6)):
        if toks[j].text.lower() == "that":
            start = j + 1  # "told the police | that | the builder had worked at night"
            break
    if start >= close:
        return None
    if _own_wish(doc, verb, start, close):
        return None  # "the union said it wanted a raise, something the board rejected": a wish turned down
    return toks[start].start, toks[close - 1].end


#: Subject pronouns by number, to tell whether the claim clause's subject is the reporting speaker.
_SINGULAR = frozenset({"it", "he", "she", "i"})
_PLURAL = frozenset({"they", "we"})


def _own_wish(doc: AnnotatedDocument, verb: int, start: int, close: int) -> bool:
    """The reported clause ``start``..``close`` is the speaker's own wish or proposal: its subject is
    a pronoun agreeing with the reporting verb's subject (or that subject's noun again) and its verb a
    ``wish-verb`` ("the club said it hoped to build a stand", "the teachers said they were seeking
    smaller classes").  What "something" then stands for is the thing wished, and rejecting it
    refuses it.  A third party's wish reported by others ("critics said the mayor wanted to sell the
    park, something the mayor denied") is a claim about that party, and stays a denial."""
    toks = doc.tokens
    sent = doc.sentences[toks[verb].sent]
    k = verb - 1
    while k >= sent.token_start and toks[k].pos in ("AUX", "ADV", "PART"):
        k -= 1
    if k < sent.token_start or toks[k].pos not in ("NOUN", "PROPN"):
        return False
    speaker = toks[k]
    subject = toks[start]
    low = subject.text.lower()
    plural = speaker.tag in ("NNS", "NNPS") or speaker.tag == "" and speaker.text.lower().endswith("s")
    if not (low in (_PLURAL if plural else _SINGULAR) or low == speaker.text.lower()
            or start + 1 < close and toks[start + 1].text.lower() == speaker.text.lower()):
        return False
    j = start + 1
    if toks[j - 1].pos == "DET" and low != speaker.text.lower():
        j += 1  # "the club | said | the club ..." : past the repeated noun
    while j < close and toks[j].pos in ("AUX", "ADV", "PART"):
        j += 1
    return j < close and toks[j].text.lower() in _words("wish-verb")
