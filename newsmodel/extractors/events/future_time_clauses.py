"""An act in a time clause of a future sentence is no event (issue 14, stop 47, helper a26).

"The cabinet will decide on the budget when its members meet on Friday", "The stadium will seat
60,000 people when it opens", "The tariffs will stay until the dispute is settled": a verb in the
present tense opening a clause of time (``future-time-conjunction``: when, once, until, before,
after) in a sentence whose main verb is future (``future-auxiliary``: will, shall) sets the
moment of the future act against another that has not happened either; nothing is reported.
The dev file codes every such clause as no event (rows of batches written before this module).

Found when plural pronouns for people named by a common noun were resolved (a26): "when *they*
meet" gained an agent on the parse engine, and an event with an agent is kept where one with
none was dropped.  A past tense ("when they met") is a report and stays; a clause opening the
sentence before its future main verb ("When the envoys meet, they will sign ...") is read the
same way.  The check reads the words between the conjunction and the verb (a subject of at most
six words) and the sentence's auxiliaries; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck
from .senses import event_words

__all__ = ["checks", "in_future_time_clause"]

#: Parts of speech of the words of a time clause's subject ("when the two envoys meet").
_SUBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM", "ADV", "PART"})
#: Forms of a verb group that say the clause is past, not a time still to come.
_PAST_AUX = frozenset({"was", "were", "had", "did"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any event verb may stand in a time clause, so
    it is asked of every candidate in a sentence with a future auxiliary."""
    return (SenseCheck("an act in a time clause of a future sentence", in_future_time_clause, any_word=True, sentence_words=event_words("future-auxiliary")),)


def _present(t: Token) -> bool:
    """``t`` is a verb in the present tense (by its tag, or without one by its form)."""
    if t.pos != "VERB":
        return False
    if t.tag:
        return t.tag in ("VBP", "VBZ")
    low = t.text.lower()
    return not low.endswith(("ed", "ing")) and low in (t.lemma.lower(), t.lemma.lower() + "s", t.lemma.lower() + "es")


def in_future_time_clause(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` (present tense, or a participle after a present "is"/"are")
    follows a ``future-time-conjunction`` and its subject, in a sentence with a
    ``future-auxiliary`` outside that clause."""
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    k = t.i - 1
    passive = False
    if k > sent.token_start and lows[k] in ("is", "are") and (t.tag == "VBN" or not t.tag and lows[t.i].endswith("ed")):
        passive, k = True, k - 1  # "until the dispute is settled"
    if not (passive or _present(t)):
        return False
    conjunctions = event_words("future-time-conjunction")
    steps = 0
    while k >= sent.token_start and steps <= 6 and lows[k] not in conjunctions:
        if doc.tokens[k].pos not in _SUBJECT_POS or lows[k] in _PAST_AUX:
            return False
        k -= 1
        steps += 1
    if k < sent.token_start or lows[k] not in conjunctions or k == t.i - 1:
        return False  # no subject between: "before voting", "after meeting" are other shapes
    future = event_words("future-auxiliary")
    return any(lows[j] in future for j in range(sent.token_start, k)) or any(
        lows[j] in future for j in range(t.i + 1, sent.token_end)
    )
