"""A party contacted by the press, or voters contacted by a campaign, is no consultation (issue 14, stop 44, e71).

"contact" is a CONSULT trigger (CAMEO 040, make contact: "the foreign minister contacted his
Greek counterpart").  News also uses the verb for its own reporting -- "When contacted, the
ministry declined to comment", "did not respond when contacted by a reporter", "Reporters
contacted the mayor's office", "contacted the senator's office for comment" -- and PLOVER codes
events between political parties, not a newsroom's inquiry.  The check reads, for "contact":

* a bare participle after a ``press-contact-opener`` ("when", "if") with no subject of its own,
  or opening the sentence with a by-phrase and a comma ("Contacted by a reporter, the aide said");
* the press as the one who contacts: the subject, or the phrase after "by" in the passive, is a
  ``press-contacter`` word (reporters, a journalist) or an actor coded as media (``MED``);
* "for comment" right after the party contacted;
* voters or the public as the ones contacted (``electorate`` and ``public-word`` nouns: "keep
  contacting voters", "contacted anyone at the firm"): a campaign's canvassing, no party consulted
  (found in the rules engine's added events on PolNeAR train).

It can only remove an event; a party contacted by another party stays a consultation.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..mentions import POSSESSIVES
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "press_contact"]

#: How many words after the verb "for comment" or a "by" phrase may stand.
_REACH = 8


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("the press contacting a party: when contacted, contacted for comment", press_contact, lemmas=frozenset({"contact"})),)


def _is_press(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """Token ``w`` is a ``press-contacter`` word or part of an actor coded as media."""
    if w.text.lower() in _words("press-contacter") or w.lemma.lower() in _words("press-contacter"):
        return True
    for _s, _e, actor_id in draft.mentions_between(w.start, w.end):
        actor = draft.actor(actor_id)
        if actor is not None and (actor.code or "").startswith("MED"):
            return True
    return False


def _bare_after_opener(doc: AnnotatedDocument, t: Token) -> bool:
    """"When contacted," / "if contacted by": the participle right after an opener word; or the
    participle opening its sentence and followed by a "by" phrase and a comma ("Contacted by the
    newspaper, the senator said ..."): a reporter's inquiry told as an aside."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i - 1 >= sent.token_start and lows[t.i - 1] in _words("press-contact-opener"):
        return True
    return t.i == sent.token_start and t.i + 1 < sent.token_end and lows[t.i + 1] == "by" and "," in lows[t.i + 2 : min(sent.token_end, t.i + 8)]


def _press_after(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"for comment" in the words after the verb, or a "by" right after it whose phrase is the press."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    end = min(sent.token_end, t.i + 1 + _REACH)
    for k in range(t.i + 1, end):
        if lows[k] in (",", ";", ":") or (doc.tokens[k].pos == "VERB" and k > t.i + 1):
            return False
        if lows[k] == "for" and k + 1 < sent.token_end and lows[k + 1] in ("comment", "comments"):
            return True
        if lows[k] == "by" and k == t.i + 1:
            for j in range(k + 1, end):
                w = doc.tokens[j]
                if lows[j] in (",", ";", ":", ".") or w.pos in ("VERB", "AUX", "ADP"):
                    break
                if _is_press(doc, draft, w):
                    return True
            return False
    return False


def _public_contacted(doc: AnnotatedDocument, t: Token) -> bool:
    """The object's head, past determiners and adjectives, is an ``electorate`` or ``public-word``
    noun ("contacting *voters*", "contacted *anyone* at the firm", "thousands of registered *voters*")."""
    sent = doc.sentences[t.sent]
    public = _words("electorate") | _words("public-word")
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 7)):
        w = doc.tokens[k]
        if w.pos in ("DET", "ADJ", "NUM") or lows[k] in POSSESSIVES or lows[k] == "of" or lows[k] in word_class("actor_words.tsv", "quantity-noun"):
            continue  # "thousands of registered voters"
        if w.pos == "VERB" and lows[k].endswith("ed") and k + 1 < sent.token_end and doc.tokens[k + 1].pos == "NOUN":
            continue  # a participle before the noun ("registered voters"), which a tagger may call a verb
        return lows[k] in public or w.lemma.lower() in public
    return False


def press_contact(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "contact" at ``t`` is the press reaching a party (see the module docstring)."""
    if not t.lemma.lower() == "contact" or t.pos != "VERB":
        return False
    if _bare_after_opener(doc, t) or _press_after(doc, draft, t) or _public_contacted(doc, t):
        return True
    from .non_event_senses import _subject

    subj = _subject(doc, t)
    return subj is not None and _is_press(doc, draft, subj)
