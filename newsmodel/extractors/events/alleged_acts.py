"""The act an accusation names is the accusation's content, no event of its own (issue 14, stop 35, e34; gerunds stop 39, e46).

"Two women who have accused the senator of sexual assault", "the prosecutor accused the colonel
of torture", "allegations of torture", "suspected of the bombing", "charged with murder": the act
after "of" (or "with" for "charged") is what someone says happened -- PLOVER codes the one
ACCUSE (the accusation is the event reported), and the alleged act is neither asserted nor
reported as having happened.  Without a parse the rules engine read the act's noun as a second,
reported event with the accusers as its agents ("women" assaulting).  The same act told as
done ("Soldiers tortured the detainees", "the rebels' assault on the garrison") stays.

The act told as a gerund is alleged in the same way (stop 39, e46, dev batch 89): "accused the
minister of arming pro-government gangs", "accused Armenian troops of shelling its positions",
"charged two officers with taking bribes", "blamed the rebels for stirring up the riots"
(``blame-verb``, "for" + a gerund only: a noun after "for", "blamed X for the bombing", names an
act that happened), a second gerund joined by "and" / "or", and the verb after "of trying to" /
"of planning to" (``alleged-attempt``).  spaCy coded the gerund as a second event (AID for
"arming", ASSAULT for "shelling"), with the accuser, not the accused, as its agent.

Found in a hand judgment of every rules event on PolNeAR train (stop 35, e34; dev batch 69).
The parties named only inside the content ("of arming *the rebels*") are no targets of the
accusation either (:func:`content_parties`): the accused is named before the preposition, and
when the actor pass found no actor there ("accused the neighbouring country of arming the
rebels") the accusation keeps no target rather than the armed party.

The words that allege are a lexicon's classes (``allegation-verb``, ``allegation-noun``,
``blame-verb``, ``alleged-attempt`` in ``sense_words.tsv``).  The check reads a few words before
the candidate; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck
from .senses import event_words

__all__ = ["checks", "alleged_act", "content_parties"]

#: Words between the preposition and the act's noun: determiners, adjectives, a coordinated act
#: ("of bribery and assault", "of a violent crackdown", "of the 2019 bombing").
_BEFORE_ACT_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "CCONJ"})
#: The farthest the alleging verb stands before its "of" ("accused the former interior minister of").
_VERB_REACH = 8
#: Words an alleging verb's object may hold before "of" ("accused Mr. Ross's aides of").
_OBJECT_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "PART"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any event noun can be an alleged act, so it
    is asked of every candidate and opens with a test of the words before it."""
    return (SenseCheck("an alleged act: the content of an accusation", alleged_act, any_word=True),)


def alleged_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the word at ``t`` is the act after "of" / "with" of an alleging verb or noun
    ("accused the senator of sexual assault", "allegations of torture", "charged with murder",
    "accused X of arming Y"), a gerund after "for" of a blaming verb ("blamed X for stirring
    up"), a gerund joined to one of those by "and" / "or", or the verb after an alleged attempt
    ("accused X of trying to hack")."""
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    if t.pos == "VERB" and t.i - 2 >= lo and lows[t.i - 1] == "to":
        tried = doc.tokens[t.i - 2]
        if lows[t.i - 2].endswith("ing") and tried.lemma.lower() in event_words("alleged-attempt"):
            return _alleged_gerund(doc, tried)  # "accused Moscow of trying to hack"
    if t.text.lower().endswith("ing") and t.pos in ("VERB", "NOUN"):
        return _alleged_gerund(doc, t)
    if t.pos not in ("NOUN", "ADJ", "PROPN"):
        return False
    k = t.i - 1
    while k > lo and doc.tokens[k].pos in _BEFORE_ACT_POS and lows[k] not in ("of", "with"):
        k -= 1
    if k <= lo or lows[k] not in ("of", "with"):
        return False
    return _alleges(doc, k)


def _alleges(doc: AnnotatedDocument, k: int, *, gerund: bool = False) -> bool:
    """The preposition at ``k`` ("of", "with", and for a gerund "for") opens the content of an
    alleging word before it: "allegations of", "accused the former minister of", "charged ...
    with", "suspected of", "blamed the rebels for"."""
    lo = doc.sentences[doc.tokens[k].sent].token_start
    lows = doc.lowered_texts()
    prep = lows[k]
    if k <= lo:
        return False
    if prep == "of" and lows[k - 1] in event_words("allegation-noun"):
        return True  # "allegations of torture", "charges of fraud", "charges of inciting"
    for j in range(k - 1, max(lo, k - _VERB_REACH) - 1, -1):
        w = doc.tokens[j]
        lemma = w.lemma.lower()
        if w.pos in ("VERB", "ADJ") and lemma in event_words("allegation-verb"):
            return prep == "of" or (prep == "with" and lemma == "charge")  # "accused X of", "suspected of"; "charged with"
        if gerund and w.pos == "VERB" and lemma in event_words("blame-verb"):
            return prep == "for"  # "blamed the rebels for stirring up"
        if w.pos not in _OBJECT_POS:
            return False  # another verb or a clause's edge: the preposition is not the allegation's
    return False


def _alleged_gerund(doc: AnnotatedDocument, t: Token) -> bool:
    """The gerund at ``t`` stands right after an alleging preposition (an adverb may come
    between: "of secretly arming"), or after "and" / "or" that joins it to such a gerund within
    its phrase ("of arming and training the gangs", "of bribing voters or jailing reporters")."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > lo and doc.tokens[k].pos == "ADV":
        k -= 1
    if k <= lo:
        return False
    if lows[k] in ("of", "with", "for"):
        return _alleges(doc, k, gerund=True)
    if lows[k] not in ("and", "or"):
        return False
    for j in range(k - 1, max(lo, k - _VERB_REACH) - 1, -1):
        w = doc.tokens[j]
        if w.pos == "PUNCT" and lows[j] != "-":
            return False  # a clause's edge: the gerund is not joined to the alleged one
        if lows[j].endswith("ing") and w.pos in ("VERB", "NOUN") and j - 1 > lo and lows[j - 1] in ("of", "with", "for"):
            return _alleges(doc, j - 1, gerund=True)
    return False


def content_parties(doc: AnnotatedDocument, draft: Draft, t: Token) -> frozenset[str]:
    """The actors an accusation verb at ``t`` names only inside its content: after its "of"
    ("accused X of arming *the rebels*"), "with" (for "charge") or "for" + a gerund (for a
    ``blame-verb``), and not also between the verb and that preposition (the accused)."""
    lemma = t.lemma.lower()
    if t.pos != "VERB":
        return frozenset()
    alleging = lemma in event_words("allegation-verb")
    if not alleging and lemma not in event_words("blame-verb"):
        return frozenset()
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    prep = None
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _VERB_REACH)):
        w = lows[k]
        if (alleging and (w == "of" or (w == "with" and lemma == "charge"))) or (not alleging and w == "for"):
            prep = k
            break
        if doc.tokens[k].pos not in _OBJECT_POS and doc.tokens[k].pos not in ("ADV", "ADP"):
            return frozenset()  # another verb or a clause's edge before any preposition
    if prep is None or prep + 1 >= sent.token_end:
        return frozenset()
    nxt = doc.tokens[prep + 1]
    if not alleging and not (nxt.text.lower().endswith("ing") and nxt.pos in ("VERB", "NOUN")):
        return frozenset()  # "blamed X for the bombing": a noun, left alone
    sent_end = doc.tokens[sent.token_end - 1].end
    accused = {a for _s, _e, a in draft.mentions_between(doc.tokens[t.i].end, doc.tokens[prep].start)}
    inside = {a for _s, _e, a in draft.mentions_between(doc.tokens[prep].end, sent_end)}
    return frozenset(inside - accused)
