"""Whether "resigned" reports an official leaving office (PLOVER RETREAT, mode ``resign``).

PLOVER's RETREAT "covers resignations of government officials" (manual, RETREAT).  News names
the post three ways, and ``procedure_senses`` reads only the first ("resigned *as* the company's
chief executive", "stepped down *from* the family foundation").  This module reads the others and
one other sense of the verb (issue 14, the stop-34 hand judgment of PolNeAR output):

* the post told in the subject's own noun phrase: "the campaign chairman resigned", "the
  company's chief executive resigned" -- a ``private-post`` or ``private-body`` word in it;
* the post told in a who-clause on a named subject: "Dunmore, who had led the campaign since June,
  resigned" -- a ``private-body`` word in the clause between the name and the verb (a title
  before the name, "the minister, who had faced criticism over the campaign", is left alone);
* "resigned himself / herself / themselves to" a fate: acceptance, no one leaves a post.

A subject with no post named ("The minister resigned", "Okafor, the finance minister, resigned")
stays RETREAT: these checks only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck, keys

__all__ = ["checks", "no_official_resigns"]

_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})
_VERBS = frozenset({"resign", "quit"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: its first guard reads the lemma."""
    return (SenseCheck("resignations: no official's post", no_official_resigns, lemmas=keys(_VERBS)),)


def no_official_resigns(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "resigned" at ``t`` is no official leaving office: a reflexive object, or a
    company's, a newsroom's, a campaign's or a charity's post named in the subject phrase or in a
    who-clause on the subject."""
    lemma = t.lemma.lower()
    if not (lemma in _VERBS and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i + 1 < sent.token_end and lows[t.i + 1] in _REFLEXIVES:
        return True  # "had resigned himself to defeat"
    return _post_in_subject(doc, t) or _post_in_who_clause(doc, t)


def _is_post(doc: AnnotatedDocument, k: int, words: frozenset[str]) -> bool:
    return doc.lowered_texts()[k] in words or doc.tokens[k].lemma.lower() in words


def _subject_end(doc: AnnotatedDocument, t: Token) -> int:
    """The index just after the subject's last word: before the verb's auxiliaries and adverbs."""
    k = t.i - 1
    sent = doc.sentences[t.sent]
    while k >= sent.token_start and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
        k -= 1
    return k + 1


def _post_in_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``private-post`` or ``private-body`` word in the noun phrase right before the verb ("the
    campaign chairman", "the company's chief executive")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    posts = _words("private-post") | _words("private-body")
    k = _subject_end(doc, t) - 1
    while k >= sent.token_start and (doc.tokens[k].pos in ("DET", "ADJ", "NOUN", "PROPN") or lows[k] in ("'s", "’s")):
        if _is_post(doc, k, posts):
            return True
        k -= 1
    return False


def _post_in_who_clause(doc: AnnotatedDocument, t: Token) -> bool:
    """"<Name>, who ... <private-body word> ..., resigned": a comma right before the verb closes a
    who-clause whose antecedent is a proper name, and the clause holds a ``private-body`` word."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    end = _subject_end(doc, t) - 1
    if end <= sent.token_start or lows[end] != ",":
        return False
    k = end - 1
    while k > sent.token_start and lows[k] != ",":
        k -= 1
    if k <= sent.token_start or k + 1 >= end or lows[k + 1] != "who" or doc.tokens[k - 1].pos != "PROPN":
        return False
    bodies = _words("private-body")
    return any(_is_post(doc, j, bodies) for j in range(k + 2, end))
