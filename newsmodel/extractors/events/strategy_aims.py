"""The act a strategy, a goal or a plan is for is an aim, not an act (issue 14, stop 39, e44).

"The administration's strategy for fighting the group", "the ministry's goal of withdrawing all
troops from the valley", "the general's plan for attacking the supply lines", "revised his
withdrawal plans": the gerund after a noun of aim + "for" / "of", or the event noun right before
such a noun, names what a party means to do -- no act done, promised or threatened, so PLOVER has
no event in it.  It is the gerund and compound form of :mod:`.generic_senses`' "efforts to end the
war" and "his plan to expel" (an infinitive after a noun of aim); the nouns are
``aim-gerund-noun`` of ``sense_words.tsv``.  As there, a plan the sentence puts forward with a
verb of ``plan-announce-verb`` ("announced a plan for withdrawing", "unveiled withdrawal plans")
is left to the other checks: PLOVER codes an announced intention; so is an aim reached, its act done
(``aim-met-verb``: "met its goal of resettling 2,000 families").  "The army is fighting the
cartels" and "the ministry withdrew all troops" stay.

Found in a hand judgment of every event of PolNeAR train texts (stop 39, e44; dev batch 87), both
engines.  The check reads words, not the parse, so both engines agree; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "aim_named"]

#: Words of a noun phrase passed on the way back to the verb that may put the plan forward
#: ("unveiled the government's new plan for ...").
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})
#: Possessive marks a tagger may call punctuation.
_POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any event verb may stand as the gerund and any
    event noun before the plan noun, so it is asked of every candidate (it opens with a test of the
    next or the preceding word)."""
    return (SenseCheck(
        "an aim: strategy for fighting, withdrawal plans", aim_named, any_word=True,
        sentence_words=word_class("sense_words.tsv", "aim-gerund-noun"),  # the aim noun after the noun or before for / of
    ),)


def aim_named(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is a gerund after an aim noun + "for" / "of", or a noun right before an aim
    noun, and no verb of announcing puts the plan forward (module docstring)."""
    aims = word_class("sense_words.tsv", "aim-gerund-noun")
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.pos in ("NOUN", "ADJ") and t.i + 1 < sent.token_end and lows[t.i + 1] in aims and doc.tokens[t.i + 1].pos == "NOUN":
        return not _put_forward_or_met(doc, t.i - 1)  # "his withdrawal plans", "the attack plan" (a tagger without a parse may call the first noun an adjective)
    if not lows[t.i].endswith("ing"):
        return False
    k = before_adverbs(doc, t)  # "the goal of eventually withdrawing"
    if k <= sent.token_start or lows[k] not in ("for", "of") or lows[k - 1] not in aims:
        return False
    return not _put_forward_or_met(doc, k - 2)


def _put_forward_or_met(doc: AnnotatedDocument, k: int) -> bool:
    """A verb of ``plan-announce-verb`` or ``aim-met-verb`` stands before the plan's noun phrase,
    whose words end at ``k``: "unveiled the ministry's new plan for ..." (an announced intention),
    "met its goal of resettling 2,000 families" (the aim reached: the act was done)."""
    lo = doc.sentences[doc.tokens[max(k, 0)].sent].token_start
    while k >= lo and (doc.tokens[k].pos in _PHRASE_POS or doc.tokens[k].text.lower() in _POSSESSIVE_ENDINGS):
        k -= 1
    if k < lo:
        return False
    verbs = word_class("sense_words.tsv", "plan-announce-verb") | word_class("sense_words.tsv", "aim-met-verb")
    return doc.tokens[k].lemma.lower() in verbs or doc.tokens[k].text.lower() in verbs
