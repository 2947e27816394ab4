"""A tally reported is no act of the reporter (issue 14, stop 43, e64).

PETRARCH's CAMEO patterns give a verb of telling ("report", filed under ``explain_verbal``) the
category of an event noun that is its object: "reported an attack" is ASSAULT, "reported arrests"
COERCE, with the subject of "report" as the agent.  News uses the verb for a count that an office
keeps: "police reported 906 attacks on shelters last year", "officers reported no arrests" -- the
police record the attacks, they did not make them, and "no arrests" reports that none happened.
So a ``tally-verb`` (report, record, log, register, count, tally) whose object opens with a count
-- a number, "no", or a ``count-quantifier`` phrase ("dozens of", "hundreds of") -- is a record
kept, no event of its own.  The noun counted is a candidate of its own and keeps whatever its
own checks decide ("attacks" needs its own agent).

Found in a hand judgment of the rules engine's events on PolNeAR train texts (Random(620)): the
two events of this shape over all 840 train texts (an ASSAULT and a COERCE, each with the police
as the agent) were both tallies (dev batch 115).  The check reads the words right after the verb,
so it works with and without a parse; "The ministry reported that militants attacked two posts"
(a clause: its own verb codes the attack) is not read here.  Like every sense check it can only
remove an event.

A count of people told by a participle is no act either (helper e91 at stop 48, dev batch 154):
"the number of asylum seekers *arriving* in Greece fell by a third", "the flow of migrants
*crossing* the border": the participle says which people are counted (a statistic, which CAMEO
leaves uncoded), no one's arrival or crossing at a time.  So a participle right after a noun
phrase opened by a ``count-noun`` + "of" (number, flow, influx, share, rate ...) is no event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, after_adverbs

__all__ = ["checks", "counted_participle", "tally_reported"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (
        SenseCheck("a tally reported: reported 906 attacks", tally_reported, lemmas=word_class("sense_words.tsv", "tally-verb")),
        SenseCheck(
            "a counted participle: the number of migrants arriving", counted_participle, any_word=True,
            sentence_words=word_class("sense_words.tsv", "count-noun"),
        ),
    )


def counted_participle(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is a participle right after a noun phrase that a ``count-noun`` + "of" opens:
    "the number of asylum seekers arriving in Greece" (module docstring)."""
    low = doc.lowered_texts()[t.i]
    if t.pos != "VERB" or not (low.endswith("ing") or low.endswith("ed") and doc.has_parse and t.dep == "acl"):
        return False  # "arriving"; "killed" only where a parse makes it a participle ("a number of soldiers attacked": the verb)
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    if k < lo or doc.tokens[k].pos not in ("NOUN", "PROPN"):
        return False  # the participle follows the counted noun at once
    while k > lo and doc.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "NUM", "DET"):
        k -= 1
    lows = doc.lowered_texts()
    if not (k > lo and lows[k] == "of" and lows[k - 1] in word_class("sense_words.tsv", "count-noun")):
        return False
    # "a number of soldiers": some soldiers, no statistic ("a record number of migrants" is one)
    return not (lows[k - 1] == "number" and k - 2 >= lo and lows[k - 2] == "a")


def tally_reported(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` is a ``tally-verb`` and its object opens (past adverbs and "a
    total of") with a number, "no" or a ``count-quantifier`` + "of": a count kept, no act."""
    if not (t.lemma.lower() in word_class("sense_words.tsv", "tally-verb") and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    if k + 2 < sent.token_end and lows[k] == "a" and lows[k + 1] == "total" and lows[k + 2] == "of":
        k += 3  # "reported a total of 40 attacks"
    if k >= sent.token_end:
        return False
    if doc.tokens[k].pos == "NUM" or lows[k] == "no":
        return True  # "reported 906 attacks", "reported no arrests"
    return lows[k] in word_class("sense_words.tsv", "count-quantifier") and k + 1 < sent.token_end and lows[k + 1] == "of"
