"""Money for a public programme is a budget line, not aid to a party (issue 14, stop 42, e62).

"The senate passed a bill funding the transport department", "she will push for more federal
funding for public schools", "a decade of fights over highway funding", "to fully fund public
education": a government or a candidate pays for its own services.  PLOVER's AID is material help
given to an actor; a department, a school system or a road network is no actor, and the article
is about domestic policy.  Found in a hand judgment of the rules engine's events on PolNeAR train
(Random(595) sample and all 840 texts, about a dozen AID events on money for schools, education,
highways and departments, none an aid given to a party).

The check reads the money word's recipient phrase -- its object, or the phrase after "for" / "to"
past a noun "funding" -- for a ``public-programme`` noun, or a ``public-programme-modifier`` right
before the noun "funding" ("highway funding").  It keeps the event when a party owns the programme
(a possessive: "Norway funded the Palestinian Authority's schools") or a country is named after the
trigger in the sentence ("will fund a new highway in Kenya"), and a programme written with a
capital is an institution's name, a party ("funded the Harbor Street School").  It can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["budget_line", "budget_promised", "checks"]

#: Lemmas of the money words read here (the rules tagger reads "funding" as the verb "fund").
_MONEY = frozenset({"fund", "finance", "funding", "financing"})
#: Verbs of promising whose infinitive may be a budget line ("promised to increase funding for schools").
_PROMISE = frozenset({"promise", "pledge", "vow"})
#: How far after the promise its budget line is looked for.
_PROMISE_REACH = 10
#: Words of the recipient phrase: its determiners, modifiers and nouns.
_IN_PHRASE = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "CCONJ", "ADV"})
#: How far the recipient phrase is read.
_REACH = 7


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (
        SenseCheck("a budget line: funding a public programme", budget_line, lemmas=_MONEY),
        SenseCheck("a budget line promised to voters", budget_promised, lemmas=_PROMISE),
    )


def budget_line(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the money word at ``t`` pays for a ``public-programme`` no party owns, and no
    country is named after it in the sentence."""
    if not t.lemma.lower() in _MONEY:
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    programme = word_class("sense_words.tsv", "public-programme")
    before = t.i - 1
    premodified = before >= sent.token_start and lows[t.i].startswith(("funding", "financing")) and lows[before] in word_class("sense_words.tsv", "public-programme-modifier")
    phrase = _recipient_phrase(doc, t)
    # a programme named as an institution ("the Urban Academy School") is a party: lower case only
    if not (premodified or any(lows[k] in programme and doc.tokens[k].text[:1].islower() for k in phrase)):
        return False
    if any(lows[k] in ("'s", "’s") for k in phrase):
        return False  # "the Palestinian Authority's schools": a party's programme
    return not _country_after(doc, draft, t)


def budget_promised(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the promise at ``t`` is followed by "to" and, in the same clause, a money word that
    :func:`budget_line` reads as a budget line: "the candidate promised to increase federal funding
    for public schools" is domestic policy offered to voters, which the dev file has coded "-"
    since batch 60 (campaign promises), not an AGREE with a party."""
    if not t.lemma.lower() in _PROMISE:
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i + 1 >= sent.token_end or lows[t.i + 1] != "to":
        return False
    for k in range(t.i + 2, min(sent.token_end, t.i + 2 + _PROMISE_REACH)):
        w = doc.tokens[k]
        if w.pos == "PUNCT":
            return False
        if w.lemma.lower() in _MONEY and budget_line(doc, draft, w, None):
            return True
    return False


def _recipient_phrase(doc: AnnotatedDocument, t: Token) -> list[int]:
    """The token indices of the phrase the money goes to: the words after the trigger (after "for"
    or "to" right after it, or after the object "funding" of a verb) up to a word of another kind."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k < sent.token_end and lows[k] in ("for", "to"):
        k += 1
    out: list[int] = []
    while k < sent.token_end and len(out) < _REACH and (doc.tokens[k].pos in _IN_PHRASE or lows[k] in ("'s", "’s")):
        out.append(k)
        if lows[k] in ("funding", "financing") and k + 1 < sent.token_end and lows[k + 1] in ("for", "to"):
            k += 1  # "to increase federal funding for public schools": the noun's own recipient
        k += 1
    return out


def _country_after(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A country named after the trigger in its sentence ("a new highway in Kenya")."""
    end = doc.tokens[doc.sentences[t.sent].token_end - 1].end
    for _start, _end, actor_id in draft.mentions_between(t.end, end):
        fields = draft.actor_fields(actor_id)
        if fields is not None and fields.kind == "country":
            return True
    return False
