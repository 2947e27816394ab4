"""An act told as a habit or a reputation reports no one act (issue 14, stop 42, helper e58; dev
batch 109).

"Militias in the region tend to attack convoys at night", "the minister is known for attacking
the press": the verb after "tend to" (``habit-infinitive-verb``) or the gerund after "known / famous / notorious for"
(``reputation-adjective``) names what someone does as a rule or did over years.  No one act is
reported -- no occasion, no time -- so PLOVER has no event, as for "a history of blaming"
(:mod:`.habits`) and "regularly meets with" (:mod:`.habitual_acts`).

By construction the candidate must be the verb right after "to" (adverbs between passed) whose
word before is a habit verb, or the gerund right after "for" whose word before is a reputation
adjective; "known for years" (no gerund) is not read.

"used to" + a bare verb is the past habit ("Police used to arrest protesters here", "a senator who
used to back the governor"; stop 43, helper e67, batch 118) only when "used" is the finite verb of
its own subject.  e58 left it out because, read by words, it is also the purpose infinitive of an
object relative ("the rifle the sniper used to shoot ...", a shooting that happened).  The walk back
from "used" tells them apart by construction: "was / got used to" is the passive or "accustomed";
a thing right before "used" is a reduced passive ("the knife used to stab him"); and a subject
whose phrase follows a noun or a relative word ("the rifle [the sniper] used", "the gun that [he]
used") leaves "used" in an object relative, whose gap is the thing used -- the act stays.  "used X
to" (an object between) never has "to" right after "used" and is not read.  The checks can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "habit_told", "past_habit"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any verb may follow, so it is asked of every
    candidate in a sentence holding a habit verb or a reputation adjective."""
    return (SenseCheck(
        "a habit or a reputation: tend to attack, known for attacking", habit_told, any_word=True,
        sentence_words=_words("habit-infinitive-verb") | _words("reputation-adjective"),
    ), SenseCheck(
        "a past habit: used to arrest", past_habit, any_word=True, sentence_words=_words("habit-used"),
    ))


def habit_told(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is the verb after "tend to" or the gerund after "known for"."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = before_adverbs(doc, t)
    if k - 1 < lo:
        return False
    if lows[k] == "to":
        return lows[k - 1] in _words("habit-infinitive-verb")
    if lows[k] == "for" and lows[t.i].endswith("ing"):
        return lows[k - 1] in _words("reputation-adjective")
    return False



#: Parts of speech a subject's noun phrase is made of, read backwards from "used".
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})


def past_habit(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is the bare verb of "used to" whose "used" is the finite verb of its own
    subject: "Police used to arrest", "a senator who used to back" (a habit, no one act)."""
    from .senses import _is_thing

    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = before_adverbs(doc, t)
    used = k - 1
    if lows[k] != "to" or used < lo or lows[used] not in _words("habit-used"):
        return False
    before = used - 1
    while before >= lo and doc.tokens[before].pos == "ADV":
        before -= 1  # "the gun he allegedly used to kill": the subject before the adverb
    if before < lo:
        return False  # "Used to ..." opening the sentence: no subject to read
    if lows[before] in _words("habit-used-blocker"):
        return False  # "tear gas was used to disperse", "got used to": passive or accustomed
    if lows[before] in _words("relative-word"):
        return True  # "a senator who used to back": a subject relative, the habit of its noun
    subject = doc.tokens[before]
    if subject.pos == "NOUN" and _is_thing(doc, draft, subject):
        return False  # "the knife used to stab": a reduced passive, the thing used
    start = before
    if subject.pos != "PRON":
        while start - 1 >= lo and doc.tokens[start - 1].pos in _PHRASE_POS:
            start -= 1
            if doc.tokens[start].pos == "DET":
                break  # the subject phrase opens at its determiner
    opener = start - 1
    if opener < lo:
        return True  # the sentence's subject: "Police used to arrest"
    w = doc.tokens[opener]
    # "the rifle [the gunman] used", "the gun that [he] used": an object relative, the instrument
    return not (w.pos in ("NOUN", "PROPN") or lows[opener] in _words("relative-word"))
