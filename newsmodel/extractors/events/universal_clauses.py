"""A verb in a clause opened by "wherever", "everywhere" or "anywhere" tells what happens at any
place, no act at a time (issue 14, stop 43, helper e65; dev batch 116).

"The governor stirs up angry crowds wherever he visits", "the bishop draws protesters everywhere
she travels": the clause's verb is quantified over every occasion -- a habit or a rule -- so it
reports no act of a party towards another on an occasion, and PLOVER has no event in it.  Found
judging every spaCy event of PolNeAR train texts by hand (a visit in such a clause, said of a
candidate, gave CONSULT).  :mod:`.wire_senses` reads the same for "whenever" and "each time".

By construction: a ``universal-clause`` word of ``sense_words.tsv`` stands before the candidate in
its sentence with only the clause's subject between -- at most a few words, no verb, comma or
other clause word -- and, for "everywhere" / "anywhere", which are also plain adverbs ("police
everywhere arrested ..."), that subject begins with a pronoun or a determiner.  A verb before the
word ("protesters marched everywhere") is not in its clause.  The check can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "act_anywhere"]

#: The longest subject read between the clause word and the verb ("wherever the two leaders").
_MAX_SUBJECT = 4
#: Parts of speech of that subject and of an auxiliary before the verb ("wherever they may go").
_SUBJECT_POS = frozenset({"PRON", "DET", "NUM", "ADJ", "NOUN", "PROPN", "AUX", "ADV", "PART"})
#: The clause words that are also adverbs of a main clause, and so need a subject after them.
_ALSO_ADVERBS = frozenset({"everywhere", "anywhere"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any verb can stand in such a clause."""
    return (SenseCheck(
        "an act at any place: wherever the governor travels", act_anywhere,
        any_word=True, sentence_words=_words("universal-clause"),
    ),)


def act_anywhere(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` is the verb of a clause that a universal-clause word opens."""
    if t.pos != "VERB":
        return False
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    j = t.i - 1
    while j >= lo and t.i - 1 - j < _MAX_SUBJECT and lows[j] not in _words("universal-clause"):
        if doc.tokens[j].pos not in _SUBJECT_POS:
            return False
        j -= 1
    if j < lo or j == t.i - 1 or lows[j] not in _words("universal-clause"):
        return False  # (no subject between: "protesters marched everywhere" is read from the verb on)
    return lows[j] not in _ALSO_ADVERBS or doc.tokens[j + 1].pos in ("PRON", "DET")
