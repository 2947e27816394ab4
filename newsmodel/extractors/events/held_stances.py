"""A stance told by its tense and aspect is a position held, no act (issue 14, stop 48, helper
e90; dev batch 153).

A verb of stance (``preference-verb``, the class :mod:`.stance_relatives` reads: support, oppose, back, favor, defend) names an act -- a
vote, an endorsement, a rejection -- or a position someone holds.  :mod:`.stance_senses` reads
the object (a bare issue, a policy gerund); this module reads the verb's tense and aspect, which
tell the position apart from the act whatever the object:

* **the present under a past verb of saying** ("the governor said she backs the budget deal",
  "the mayor supports the plan, her spokesman said"): English keeps a present under a past verb
  of saying only for a state that still holds at the time of writing (the double-access reading),
  so the stance verb there tells a position held.  The saying is the act (a statement); the
  position is none.  A position changed ("said she *now* opposes it", ``changed-stance-word``),
  a first-person subject ('"I support him," she said': a declaration made in saying it) and a
  quotation between the verbs (direct speech) are left alone;
* **a poll share as the subject** of a present stance verb ("most Republicans oppose the
  measure", "sixty percent of voters support the project"; ``poll-share-word``): a survey's
  finding, a distribution of views, no party acting;
* **a standing adverb before the participle or past form** ("has long opposed", "has always
  supported", "has consistently backed"; ``standing-adverb``): a position kept over time, no one
  act.  "opposed the bill in Tuesday's vote" has no such adverb and stays.

A main-clause present with no verb of saying over it ("The union backs the governor in the
runoff", the dev file's convention: SUPPORT) and headlines ("Mayor Backs Stadium Plan") are not
read.  Found in a hand judgment of both engines' events on PolNeAR train (sorted index
i % 31 == 27, 27 texts): positions reported under "said", poll shares and "have long opposed"
were coded SUPPORT or REJECT.  The check only reads the document, so it can only remove an event.
"""

from __future__ import annotations

import re

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .habitual_acts import simple_present
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "held_stance"]

#: Quotation marks: a quote between the stance verb and the verb of saying makes it direct speech.
_QUOTES = frozenset({'"', "''", "``", "\u201c", "\u201d"})
#: First-person subjects: the speaker's own position declared ("we support the deal").
_FIRST_PERSON = frozenset({"i", "we"})
#: Parts of speech passed between a verb of saying and the stance verb's subject ("said on Monday
#: that the senator still"), or inside a poll share subject ("a majority of Democrats").
_BETWEEN_POS = frozenset({"PRON", "NOUN", "PROPN", "DET", "ADJ", "ADV", "NUM", "ADP", "SCONJ", "PART"})
#: How many words the walk from the stance verb to its verb of saying may pass, each way.
_REACH = 10


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: keyed by the stance verbs' lemmas."""
    return (SenseCheck(
        "a stance held: present under a past verb of saying, a poll share, a standing perfect",
        held_stance, lemmas=_words("preference-verb"),
    ),)


def held_stance(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the stance verb at ``t`` tells a position held by its tense or aspect (module
    docstring)."""
    if not (t.pos == "VERB" and t.lemma.lower() in _words("preference-verb")):
        return False
    if _standing_adverb_before(doc, t) or _standing_perfect_span(doc, t) or _poll_margin_after(doc, t):
        return True
    if not simple_present(doc, t) or _changed(doc, t):
        return False
    return _held_adverb_before(doc, t) or _poll_share_subject(doc, t) or _under_past_saying(doc, t)


def _standing_adverb_before(doc: AnnotatedDocument, t: Token) -> bool:
    """A participle or past form with a ``standing-adverb`` among the adverbs right before it:
    "has long opposed", "who always supported", "have consistently backed"."""
    if not t.text.lower().endswith("d"):
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    standing = _words("standing-adverb") | _words("frequency-adverb")
    while k >= lo and (doc.tokens[k].pos == "ADV" or lows[k] in standing):
        if lows[k] in standing:
            return True  # "has long opposed", "have typically backed", "repeatedly supported"
        k -= 1
    return False


def _held_adverb_before(doc: AnnotatedDocument, t: Token) -> bool:
    """A present stance verb with a ``held-stance-adverb`` among the adverbs right before it:
    "personally opposes", "privately favors", "still supports" -- a view held, told as such."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    while k >= lo and doc.tokens[k].pos == "ADV":
        if lows[k] in _words("held-stance-adverb"):
            return True
        k -= 1
    return False


#: Words a stance verb's clause ends at, for the readings after the verb.
_CLAUSE_END = frozenset({";", ":", "--", "\u2014", "but", "while", "although", "though", "because", "and"})
#: How many words after the verb those readings look at.
_AFTER_REACH = 12


def _standing_perfect_span(doc: AnnotatedDocument, t: Token) -> bool:
    """A perfect ("has / have / had" before the participle, adverbs passed) whose clause holds
    "since" or "for" + a ``standing-span`` word ("have supported the plan since the 1990s", "has
    backed the deal for years"): a position kept over a span, no one act."""
    if not t.text.lower().endswith("d"):
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > lo and doc.tokens[k].pos == "ADV":
        k -= 1
    if k < lo or lows[k] not in ("has", "have", "had", "'ve", "\u2019ve", "'s", "\u2019s"):
        return False
    end = min(doc.sentences[t.sent].token_end, t.i + 1 + _AFTER_REACH)
    for j in range(t.i + 1, end):
        if lows[j] in _CLAUSE_END or doc.tokens[j].pos in ("VERB", "AUX"):
            return False
        if lows[j] == "since":
            return True
        if lows[j] == "for" and any(w in _words("standing-span") for w in lows[j + 1 : min(end, j + 4)]):
            return True
    return False


#: A poll's margin: a share, "to" or a dash, a second share ("57 percent to 22 percent", "59%-28%").
_MARGIN = re.compile(r"\d+\s*(?:percent|%)\s*(?:to|-|\u2013)\s*\d+")


def _poll_margin_after(doc: AnnotatedDocument, t: Token) -> bool:
    """A poll's margin after the verb, in its clause ("backed the senator, 61 percent to 30
    percent", "favored the governor 52 percent to 41 percent"): a survey's or a ballot's count
    of views, no party acting."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    words: list[str] = []
    for j in range(t.i + 1, min(sent.token_end, t.i + 1 + _AFTER_REACH)):
        if lows[j] in _CLAUSE_END or doc.tokens[j].pos in ("VERB", "AUX"):
            break
        words.append(lows[j])
    return _MARGIN.search(" ".join(words)) is not None


def _changed(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``changed-stance-word`` ("now") right before the verb (adverbs passed) or right after it:
    a position taken anew is an act."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    while k >= sent.token_start and doc.tokens[k].pos == "ADV":
        if lows[k] in _words("changed-stance-word"):
            return True
        k -= 1
    return t.i + 1 < sent.token_end and lows[t.i + 1] in _words("changed-stance-word")


def _poll_share_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The subject before the verb (adverbs passed) is a share of a population: "most
    Republicans", "a majority of independents", "sixty-two percent of voters"."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    while k >= lo and doc.tokens[k].pos == "ADV" and lows[k] not in _words("poll-share-word"):
        k -= 1  # "most" may be tagged an adverb ("although most oppose it")
    while k >= lo and (doc.tokens[k].pos in _BETWEEN_POS or lows[k] in ("-", "%")):
        if lows[k] in _words("poll-share-word"):
            return True  # "most Republicans oppose", "although most oppose it"
        if doc.tokens[k].pos in ("PRON", "SCONJ"):
            return False  # "she supports", "that he backs": a subject of its own
        k -= 1
    return False


def _under_past_saying(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's clause is the report of a past verb of saying: the clause after "said" / "told
    reporters that" / "added that", or before a closing ", an aide said"; its subject no first
    person and no quotation mark between."""
    if _first_person_subject(doc, t):
        return False
    if doc.has_parse:
        if t.dep in ("ccomp", "parataxis") and t.head is not None:
            return _past_saying(doc.tokens[t.head]) and not _quote_between(doc, t.head, t.i)
        return any(c.dep in ("ccomp", "parataxis") and c.i > t.i and _past_saying(c) and not _quote_between(doc, t.i, c.i) for c in doc.children(t.i))
    return _saying_before(doc, t) or _saying_after(doc, t)


def _past_saying(v: Token) -> bool:
    """``v`` is a verb of saying (``stance-report-verb``) in the past tense."""
    if v.lemma.lower() not in _words("stance-report-verb"):
        return False
    if v.tag:
        return v.tag == "VBD"
    return v.text.lower() != v.lemma.lower() and not v.text.lower().endswith(("s", "ing"))


def _first_person_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The word before the verb (adverbs passed) is "I" or "we"."""
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k > lo and doc.tokens[k].pos == "ADV":
        k -= 1
    return k >= lo and doc.tokens[k].text.lower() in _FIRST_PERSON


def _quote_between(doc: AnnotatedDocument, a: int, b: int) -> bool:
    return any(doc.tokens[k].text in _QUOTES for k in range(min(a, b) + 1, max(a, b)))


def _saying_before(doc: AnnotatedDocument, t: Token) -> bool:
    """Without a parse: the first verb before the stance verb, passing its subject, "that", a
    time or a place ("said on Monday that she"), is a past verb of saying."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    for k in range(t.i - 1, max(lo, t.i - _REACH) - 1, -1):
        w = doc.tokens[k]
        if w.pos in ("VERB", "AUX"):
            return _past_saying(w)
        if lows[k] in _QUOTES or (w.pos not in _BETWEEN_POS and lows[k] != ","):
            return False
    return False


def _saying_after(doc: AnnotatedDocument, t: Token) -> bool:
    """Without a parse: the sentence closes with ", <speaker> said (<time>)" after the stance
    verb's clause, with no other verb and no quotation mark after the comma."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    comma = None
    for k in range(t.i + 1, sent.token_end):
        if lows[k] in _QUOTES:
            return False
        if lows[k] == ",":
            comma = k
    if comma is None or sent.token_end - comma > _REACH:
        return False
    verbs = [doc.tokens[k] for k in range(comma + 1, sent.token_end) if doc.tokens[k].pos in ("VERB", "AUX")]
    return len(verbs) == 1 and _past_saying(verbs[0])
