"""A title-case headline whose subject is a company, a market or a private figure reports no
political event (issue 14, stop 44, helper h4; dev batch 129).

Headlines borrow the verbs of politics for commerce, markets, sport and show business: "Analysts
Urge Caution on Tech Shares", "Airline Lifts Profit Forecast", "Reviewers Slam New Phone", "Pop
Star Vows to Sue Tabloid".  A headline names its doer first, before its verb, so the subject is
the noun right before the line's first verb.  When that subject is a company
(:func:`.kind_senses._business`: a company code, a ``company-noun``, an industry's "group" or
"firm"), a ``market-player`` (investors, traders), a sportsperson (``athlete``,
``sport-player``) or a ``private-figure`` of ``sense_words.tsv`` (analysts, reviewers, stars,
scientists), and no other party of politics is in the line (:func:`.kind_senses._other_party`:
no state, no government, no person with a title), PLOVER has no party acting and there is no
event.  "Kremlin Threatens to Halt Grain Exports" (a state) and "Beyonce Slams Critics" beside a
senator named in the line are not read.

By construction the check reads title-case and capitals headlines only
(:func:`newsmodel.engines.headline_case.is_title_case`), where the subject-verb order holds; it
can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...engines.headline_case import _common, in_title_case_line
from .kind_senses import _SIDES, _business, _other_party, _political_person
from .non_event_senses import _words
from .sense_checks import SenseCheck
from .senses import armed_party

__all__ = ["checks", "private_headline_subject"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: asked of every candidate (the subject, not
    the trigger, decides)."""
    return (SenseCheck("a headline's subject is a company, a market or a private figure", private_headline_subject, any_word=True),)


def private_headline_subject(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is in a title-case headline whose subject (:func:`headline_subject`) is a
    company, a market player, a sportsperson or a private figure, and no other party is in it."""
    if not in_title_case_line(doc.text, t.start, t.end, limit=_HEADLINE_CHARS):
        return False
    subj = headline_subject(doc, t)
    if subj is None or not _private(doc, draft, subj):
        return False
    return not _other_party(doc, draft, t, subj) or not _named_party(doc, draft, t, subj)


def _named_party(doc: AnnotatedDocument, draft: Draft, t: Token, subj: Token) -> bool:
    """An armed party, or an actor other than the subject named by at least one word that is no
    common word or by a role noun ("Senator"): the tagger takes a common word a headline capitalises for a name ("Reviewers Slam
    New *Phone's* Battery"), which is no party."""
    if armed_party(doc, draft, t):
        return True
    sent = doc.sentences[t.sent]
    agent = draft.actor_at(subj.start, subj.end)
    for s, e, a in draft.mentions_between(doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end):
        if a == agent:
            continue
        if not all(_common(w) for w in doc.text[s:e].replace("'s", "").replace("’s", "").split()):
            return True
        last = doc.token_at(e - 1)
        if last is not None and _political_person(doc, draft, last):
            return True  # "Economists Slam *Senator*": a role noun names a party
    return False


def headline_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The last noun before the first verb of ``t``'s sentence (after a "Label:"), when that verb
    is ``t`` or comes before it: the headline's doer ("*Analysts* Urge Caution")."""
    sent = doc.sentences[t.sent]
    lo = sent.token_start
    for k in range(lo, sent.token_end):
        if doc.tokens[k].text == ":":
            lo = k + 1
    for k in range(lo, min(t.i + 1, sent.token_end)):
        if doc.tokens[k].pos in ("VERB", "AUX"):
            if k == lo or doc.tokens[k - 1].pos not in ("NOUN", "PROPN"):
                return None
            return doc.tokens[k - 1]
    return None


def _private(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """``w`` names a company, a market player, a sportsperson or a private figure ("team" and
    "club" are left out: "a rescue team", "the president's team")."""
    low, lemma = w.text.lower(), w.lemma.lower()
    words = _words("private-figure") | _words("market-player") | ((_words("athlete") | _words("sport-player")) - _SIDES)
    return low in words or lemma in words or _business(doc, draft, w)


#: A headline is one short line: a longer line is read no further, so the check's work stays
#: flat however long a line of running text grows (tests/test_linearity.py).
_HEADLINE_CHARS = 300
