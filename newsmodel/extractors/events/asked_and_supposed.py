"""Clauses that ask or suppose an act report none (issue 14, stop 42, helper e58; dev batch 109).

Wire news asks and supposes in shapes the ``if`` / ``whether`` test and the yes/no-question test
(:mod:`.generic_senses`, :mod:`.non_event_senses`) do not read:

* a condition opened by subject-auxiliary inversion instead of "if" -- "Had the police arrested
  the gunman earlier, ...", "Should the talks collapse, ...", "Were the army to attack, ..."
  (``inverted-condition-opener``): the first clause supposes the act, and a counterfactual
  ("had ... arrested") says it did not happen; the main clause after the comma is left to the
  other checks ("..., the union will strike" stays a hypothetical event, as after "if");
* the consequence of a condition that opens the sentence -- "If the ceasefire collapses, the
  army may launch a fresh offensive", "Should the talks collapse, the union will strike": the
  clause after the condition's comma, with a modal (``consequence-modal``) before the candidate,
  tells what would follow a supposed case, not an act (the dev file has coded such sentences
  "-" since batch 33; PLOVER's hypothetical mode).  The clause ends at the next comma, so the
  report's own verb ("..., the general warned": THREATEN) is not read;
* a yes/no question whose auxiliary opens the candidate's clause after a lead -- a vocative
  ("Minister, will you resign?"), an adverbial ("Put another way, can the union strike ...?"), a
  coordinator ("Or will the rebels attack ...?") or a dislocated subject ("The generals who lost
  the war, should they be arrested?"): the sentence ends in "?", and a ``question-opener`` right
  before a subject opens the clause; :mod:`.non_event_senses` reads only a question whose first
  word is the auxiliary;
* a wh-word + modal opening the sentence -- "Who will lead the talks has not been decided",
  "When will the troops withdraw?" (``wh-clause-modal``): what is still to happen is asked, in
  a direct question or in a subject clause;
* a direct question whose doer is the wh-word -- "Which countries have imposed sanctions on
  Myanmar?", "Who attacked the convoy?": the question asks for the doer, so the sentence names
  no party doing the act (PLOVER codes acts of a known source; "Why did the army shell the
  town?" names its doer and is left alone, as generic_senses decides for wh-questions).  A
  headline label before a colon ("Factbox: Which ...") is passed over.

Each test reads words and tags, not the parse, so both engines answer alike; the checks can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks"]

#: Words that close a clause for these tests.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "--", "\u2014", "(", ")"})
#: Words that open a condition before its comma ("If", "Unless"); "whether" and "suppose" open
#: no consequence clause.
_CONDITION_OPENERS = frozenset({"if", "unless"})
#: Coordinators that may stand before a question's auxiliary ("Or will ...?").
_COORDINATORS = frozenset({"or", "and", "but", "so"})
#: Quotation marks passed over at a sentence's ends.
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})
#: Tags of the words a wh-phrase's noun may have ("Which Countries", "What armed groups").
_PHRASE_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
#: Tags that show a subject after the auxiliary: "Who did the army attack?" asks for the target.
_SUBJECT_TAGS = frozenset({"DET", "NOUN", "PROPN", "PRON", "NUM"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: any trigger may stand in such a clause, so
    each is asked of every candidate in a sentence holding the word its shape needs."""
    return (
        SenseCheck("an inverted condition: Had they arrested ..., Should talks fail, ...", _inverted_condition, any_word=True,
                   sentence_words=_words("inverted-condition-opener")),
        SenseCheck("a condition's consequence: If X, the army may launch ...", _consequence_clause, any_word=True,
                   sentence_words=_words("inverted-condition-opener") | _CONDITION_OPENERS),
        SenseCheck("a yes/no question after a lead: Minister, will you resign?", _led_yes_no_question, any_word=True,
                   sentence_words=frozenset({"?"})),
        SenseCheck("a wh-clause with a modal: Who will lead the talks ...", _wh_modal_clause, any_word=True,
                   sentence_words=_words("wh-opener")),
        SenseCheck("a question asking for the doer: Which countries have imposed ...?", _doer_asked, any_word=True,
                   sentence_words=frozenset({"?"})),
    )


def _first_word(doc: AnnotatedDocument, s: int) -> int:
    """The index of sentence ``s``'s first word once opening quotation marks and a headline label
    ("Factbox:", "Analysis:" -- one or two words before a colon) are passed."""
    sent = doc.sentences[s]
    lows = doc.lowered_texts()
    k = sent.token_start
    while k < sent.token_end and lows[k] in _QUOTES:
        k += 1
    for c in (k + 1, k + 2):
        if c < sent.token_end - 1 and lows[c] == ":":
            return c + 1
    return k


def _first_clause_holds(doc: AnnotatedDocument, start: int, t: Token) -> bool:
    """``t`` stands after ``start`` with no clause break between."""
    lows = doc.lowered_texts()
    return t.i > start and not any(lows[j] in _CLAUSE_BREAKS for j in range(start, t.i))


def _is_question(doc: AnnotatedDocument, s: int) -> bool:
    """Sentence ``s`` ends in "?" (closing quotation marks passed over)."""
    sent = doc.sentences[s]
    lows = doc.lowered_texts()
    k = sent.token_end - 1
    while k > sent.token_start and lows[k] in _QUOTES:
        k -= 1
    return lows[k] == "?"


def _inverted_condition(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """``t`` stands in a first clause opened by "Had / Should / Were" + a subject, which a comma
    closes: a condition ("Had the police arrested the gunman earlier, ..."); a question ("Had the
    army left?") has no comma-closed condition and ends in "?"."""
    start = _first_word(doc, t.sent)
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    if lows[start] not in _words("inverted-condition-opener") or start + 1 >= sent.token_end:
        return False
    if doc.tokens[start + 1].pos not in _SUBJECT_TAGS:
        return False  # "Had enough ...", "Were it not": no subject right after the auxiliary
    if not _first_clause_holds(doc, start, t) or _is_question(doc, t.sent):
        return False
    return any(lows[j] == "," for j in range(t.i + 1, sent.token_end))


def _condition_opening(doc: AnnotatedDocument, s: int) -> int | None:
    """The index of the comma closing a condition that opens sentence ``s`` ("If ..., ",
    "Unless ..., ", "Should the talks collapse, "; one "But" / "And" may stand before "if"), or None."""
    start = _first_word(doc, s)
    lows = doc.lowered_texts()
    sent = doc.sentences[s]
    if lows[start] in ("but", "and", "so", "yet") and start + 1 < sent.token_end:
        start += 1
    w = lows[start]
    if w in _CONDITION_OPENERS:
        pass
    elif w in _words("inverted-condition-opener") and start + 1 < sent.token_end and doc.tokens[start + 1].pos in _SUBJECT_TAGS:
        pass
    else:
        return None
    for j in range(start + 1, sent.token_end):
        if lows[j] == ",":
            return j
        if lows[j] in _CLAUSE_BREAKS:
            return None
    return None


def _consequence_clause(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """``t`` stands in the clause right after an opening condition's comma, and a
    ``consequence-modal`` stands in that clause before it ("If the talks fail, fighting could
    resume", "Should the talks collapse, the union will strike")."""
    if _is_question(doc, t.sent):
        return False
    comma = _condition_opening(doc, t.sent)
    if comma is None or t.i <= comma or not _first_clause_holds(doc, comma + 1, t):
        return False
    lows = doc.lowered_texts()
    modals = _words("consequence-modal")
    return any(lows[j] in modals for j in range(comma + 1, t.i))


def _led_yes_no_question(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The sentence ends in "?" and ``t``'s clause (from the last comma or the sentence's start,
    a coordinator passed) opens with a ``question-opener`` followed by a subject, before ``t``."""
    if not _is_question(doc, t.sent):
        return False
    lows = doc.lowered_texts()
    lo = _first_word(doc, t.sent)
    k = t.i - 1
    while k >= lo and lows[k] not in _CLAUSE_BREAKS and lows[k] not in _QUOTES:
        k -= 1
    k += 1  # the clause's first word
    if k < t.i and lows[k] in _COORDINATORS:
        k += 1
    return k + 1 < t.i and lows[k] in _words("question-opener") and doc.tokens[k + 1].pos in _SUBJECT_TAGS


def _wh_modal_clause(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The sentence opens with a wh-word (``wh-opener``) and a modal (``wh-clause-modal``) within
    its next three words, and ``t`` stands in that first clause: what will happen is asked ("Who
    will lead the talks ...", "When will the peacekeepers withdraw ...?")."""
    start = _first_word(doc, t.sent)
    lows = doc.lowered_texts()
    if lows[start] not in _words("wh-opener") or not _first_clause_holds(doc, start, t):
        return False
    modals = _words("wh-clause-modal")
    return any(lows[j] in modals for j in range(start + 1, min(t.i, start + 4)))


def _doer_asked(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A direct question whose subject is its wh-phrase ("Who attacked ...?", "Which countries
    have imposed ...?"): "who", or "which / what" + up to three nouns or adjectives, then a verb or
    an auxiliary with no subject of its own after it."""
    if not _is_question(doc, t.sent):
        return False
    start = _first_word(doc, t.sent)
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    w = lows[start]
    if w not in ("who", "which", "what") or not _first_clause_holds(doc, start, t):
        return False
    k = start + 1
    if w != "who":
        while k < min(sent.token_end, start + 4) and doc.tokens[k].pos in _PHRASE_TAGS:
            k += 1
        if k == start + 1:
            return False  # "What did the army do?": no noun of the phrase, the wh-word is no doer
    if k >= sent.token_end - 1 or doc.tokens[k].pos not in ("AUX", "VERB"):
        return False
    return doc.tokens[k + 1].pos not in _SUBJECT_TAGS or doc.tokens[k].pos == "VERB" and k == t.i
