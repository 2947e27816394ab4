"""The act an accusation names is the accusation's content, no event of its own (issue 14, stop 35, e34).

"Two women who have accused the senator of sexual assault", "the prosecutor accused the colonel
of torture", "allegations of abuse", "suspected of the bombing", "charged with murder": the act
after "of" (or "with" for "charged") is what someone says happened -- PLOVER codes the one
ACCUSE (the accusation is the event reported), and the alleged act is neither asserted nor
reported as having happened.  Without a parse the rules engine read the act's noun as a second,
reported event with the accusers as its agents ("women" assaulting).  The same act told as
done ("Soldiers tortured the detainees", "the rebels' assault on the garrison") stays, and so
does a gerund, whose verb the parse gives the accused as subject ("accused Armenian troops of
shelling": tests/test_events_wire.py).

Found in a hand judgment of every rules event on PolNeAR train (stop 35, e34; dev batch 69).
The words that allege are a lexicon's classes (``allegation-verb``, ``allegation-noun`` in
``sense_words.tsv``).  The check reads a few words before the candidate; it can only remove an
event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck
from .senses import event_words

__all__ = ["checks", "alleged_act"]

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
    """True when the noun at ``t`` is the act after "of" / "with" of an alleging verb or noun:
    "accused the senator of sexual assault", "allegations of torture", "charged with murder".  A
    gerund is left alone: "accused Armenian troops of shelling its positions" is coded with the
    accused as the shelling's agent, as the project's wire tests expect."""
    if t.pos not in ("NOUN", "ADJ", "PROPN") or t.text.lower().endswith("ing"):
        return False  # a gerund's act keeps its own event, the accused as its agent ("accused Armenian troops of shelling", tests/test_events_wire.py)
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > lo and doc.tokens[k].pos in _BEFORE_ACT_POS and lows[k] not in ("of", "with"):
        k -= 1
    if k <= lo or lows[k] not in ("of", "with"):
        return False
    prep = lows[k]
    if prep == "of" and lows[k - 1] in event_words("allegation-noun"):
        return True  # "allegations of torture", "charges of fraud"
    for j in range(k - 1, max(lo, k - _VERB_REACH) - 1, -1):
        w = doc.tokens[j]
        lemma = w.lemma.lower()
        if lemma in event_words("allegation-verb") and w.pos in ("VERB", "ADJ"):
            return prep == "of" or lemma == "charge"  # "accused X of", "suspected of"; "charged with"
        if w.pos not in _OBJECT_POS:
            return False  # another verb or a clause's edge: the preposition is not the allegation's
    return False
