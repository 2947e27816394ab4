"""Wire-news sentences told with event words that report no act of one party towards another
(issue 14, "no events on non-event sentences", helper e50 at stop 40, dev batch 95).

* an easing of economic policy: "ease" / "loosen" / "relax" with an object of money or credit
  (``economic-easing-word`` of ``sense_words.tsv``: "vowed to ease monetary policy", "eased
  interest rates") -- a central bank's own policy, no restriction on persons or organisations
  lifted (PLOVER CONCEDE: "easing of administrative or legal restrictions on persons and
  organizations"); "eased restrictions on foreign reporters" stays;
* blame or accusation of no one in particular: a verb of blaming whose object is an indefinite
  pronoun (``indefinite-party``: "a government that blames everyone but itself") names no party,
  and PLOVER codes acts between parties; "blamed the rebels" stays;
* a business's charge ("the firm's charge for the service rose"): a price, no accusation --
  a company levies charges on its customers; prosecutors and states bring them against parties;
* the summit of a mountain ("the summit of Mount Kenya", ``peak-word``): a peak, no meeting;
* an act dated to a year before 1900 ("The fortress was seized by crusaders in 1187"): history, as
  :mod:`.background_senses` reads a decade's; "seized the port on Sunday" stays.

Each check tests a cheap guard on the trigger first and reads a few words around it; it can only
remove an event.
"""

from __future__ import annotations

import re

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "economic_easing", "history_long_ago", "business_charge", "mountain_summit", "no_one_blamed"]

#: Verbs of easing whose object may be economic policy.
_EASE_VERBS = frozenset({"ease", "loosen", "relax"})
#: A year of three or four digits before 1900 ("in 1187", "in 1848").
_OLD_YEAR = re.compile(r"^1[0-8]\d\d$|^[1-9]\d\d$")
#: Prepositions that date an act ("in 1187", "by 1820").
_DATING = frozenset({"in", "by", "during"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: each opens with a test of the lemma or the category."""
    return (
        SenseCheck("economic policy eased, no restriction lifted", economic_easing, lemmas=_EASE_VERBS),
        SenseCheck("blame or accusation of no one in particular", no_one_blamed, categories=frozenset({"ACCUSE"})),
        SenseCheck("an act dated before 1900: history", history_long_ago, any_word=True),
        SenseCheck("the summit of a mountain", mountain_summit, lemmas=frozenset({"summit"})),
        SenseCheck("a business's charge: a price", business_charge, lemmas=frozenset({"charge"})),
    )


def economic_easing(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"ease / loosen / relax" + (a determiner or adjectives) + a word of money or credit within
    three words ("ease monetary policy", "eased interest rates", "relax credit conditions")."""
    if not (t.lemma.lower() in _EASE_VERBS and t.pos == "VERB"):
        return False
    words = word_class("sense_words.tsv", "economic-easing-word")
    lows = doc.lowered_texts()
    end = min(doc.sentences[t.sent].token_end, t.i + 4)
    for k in range(t.i + 1, end):
        if lows[k] in words:
            return True
        if doc.tokens[k].pos not in ("DET", "ADJ", "NOUN", "ADV"):
            return False
    return False


def no_one_blamed(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """An ACCUSE verb whose next word is an indefinite pronoun of persons ("blames everyone")."""
    if curated is None or not (curated[1] == "ACCUSE" and t.pos == "VERB"):
        return False
    k = t.i + 1
    return k < doc.sentences[t.sent].token_end and doc.lowered_texts()[k] in word_class("sense_words.tsv", "indefinite-party")


def history_long_ago(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A verb in the past with "in / by / during" + a year before 1900 within six words after it,
    no comma between ("was seized by crusaders in 1187")."""
    if t.pos != "VERB":
        return False
    lows = doc.lowered_texts()
    end = min(doc.sentences[t.sent].token_end, t.i + 8)
    for k in range(t.i + 1, end - 1):
        if lows[k] in (",", ";", "and"):
            return False
        if lows[k] in _DATING and _OLD_YEAR.match(lows[k + 1]):
            return True
    return False


def mountain_summit(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"summit" + "of" + (a determiner) + a ``peak-word`` ("the summit of Mount Kenya", "the
    summit of the volcano"), or a ``peak-word`` right before it ("the mountain's summit")."""
    if not t.lemma.lower() == "summit":
        return False
    words = word_class("sense_words.tsv", "peak-word")
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k < sent.token_end and lows[k] == "of":
        k += 1
        if k < sent.token_end and lows[k] in ("the", "a", "an"):
            k += 1
        return k < sent.token_end and lows[k] in words
    return t.i - 2 >= sent.token_start and lows[t.i - 1] in ("'s", "’s") and lows[t.i - 2] in words


def business_charge(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"charge" after a business's possessive ("the firm's charge", "the bank's charges"): a price."""
    if not t.lemma.lower() == "charge":
        return False
    start = doc.sentences[t.sent].token_start
    k = t.i - 1
    if k - 1 < start or doc.tokens[k].text not in ("'s", "’s"):
        return False
    owner = draft.actor_at(doc.tokens[k - 1].start, doc.tokens[k - 1].end)
    fields = draft.actor_fields(owner) if owner else None
    if fields is None:
        from .triggers import words_of

        return doc.lowered_texts()[k - 1] in words_of("business")  # "the firm's", "the carrier's"
    return fields.kind == "organization" and (fields.code or "").startswith("BUS")
