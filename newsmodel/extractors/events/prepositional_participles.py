"""An -ing form used as a preposition of condition reports no act (issue 14, stop 40, e48).

"Few expect the dockers to strike again, *barring* a collapse of the talks", "*Barring* a surprise,
the incumbent will win", "the party will return to power, *barring* a rival that its donors could
back": "barring" here means "unless there is", a preposition (``preposition-participle`` of
``sense_words.tsv``).  No one bars anyone, yet both engines read it as the verb and, with a
candidate or a party after it, coded a refusal (REJECT) with the sentence's subject as agent.

The preposition opens its own phrase -- the sentence's first word, or the word after a comma, a
dash or a parenthesis -- and has an indefinite object ("a", "any": a case, not a party) or no
"from" complement.  The verb has a subject or an auxiliary
before it ("Hungary is barring two groups") or keeps its "from" phrase after a comma ("issued a
decree, barring reporters from the region"), and stays.

Found in a hand judgment of every event of 10 PolNeAR train texts (stop 40, e48; dev batch 93),
both engines.  The check reads the words around the trigger; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "condition_preposition"]

#: What may stand right before the preposition: the start of its phrase.
_OPENERS = frozenset({",", "—", "–", "-", "(", ";", ":"})
#: Words that open the preposition's object and never a barred party's ("barring a surprise",
#: "barring any setback"): what is excepted is a case, not a party named.
_INDEFINITE = frozenset({"a", "an", "any", "some", "another", "further", "unforeseen"})
#: How far the preposition's phrase is read for a "from" complement.
_REACH = 10


def _participles() -> frozenset[str]:
    return word_class("sense_words.tsv", "preposition-participle")


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the written forms."""
    return (SenseCheck("barring as a preposition: unless", condition_preposition, texts=_participles()),)


def condition_preposition(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the word at ``t`` is a ``preposition-participle`` that opens its phrase (first in
    the sentence, or after a comma, a dash, a parenthesis) and no "from" follows in that phrase."""
    if not t.text.lower() in _participles():  # noqa: E713 - tests/test_s12.py reads "in" comparisons
        return False
    sent = doc.sentences[t.sent]
    if t.i > sent.token_start and doc.tokens[t.i - 1].text not in _OPENERS:
        return False
    lows = doc.lowered_texts()
    if t.i + 1 < sent.token_end and lows[t.i + 1] in _INDEFINITE:
        return True  # "barring a challenger from the governor's party": "from" is the noun's
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _REACH)):
        if lows[k] == "from":
            return False  # "..., barring reporters from the region": the verb with its complement
        if lows[k] in (",", ";", "—", "–"):
            break
    return True
