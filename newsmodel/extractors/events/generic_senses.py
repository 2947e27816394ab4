"""Events talked about, not reported (issue 14, dev batch 64, helper e30 at stop 34).

News sentences often name an event without telling that one took place: they reason about
events in general, suppose one, rank one already known, or name the aim of an effort.  PLOVER
codes reported acts (its auxiliary modes set hypothetical and generic talk apart from the
event); none of these shapes reports an act by a party:

* a generic statement -- an event noun as the subject, then an adverb of frequency
  (``generic-adverb``) before its verb: "A state visit by a foreign leader typically costs the
  city millions" (the present-tense generalisation; "protests often turned violent last week",
  in the past, stays);
* a supposed event -- an event noun as the subject of a modal (``hypothetical-modal``): "A
  resignation by the chairman would be the third this year", "an attack on the island could
  trigger a wider war";
* a ranking of an event named before -- an event noun as the subject of present-tense "is /
  remains" ranking it ("one of", "among", "the most ..."): "The bombing of the city remains one
  of the most debated acts of the war";
* a wh-question in the present or with a modal (``generic-question-aux``): "Why do some
  governments ignore sanctions?" asks about governments in general; "Why did the army shell the
  town?" presupposes its event and is left alone;
* a condition or an embedded question -- an event word after "if", "unless" or "whether" in
  its clause (``conditional-word``): "If the governor does not endorse me, ...", "asked whether she
  would endorse her rival";
* the aim of an effort with no doer of its own -- a verb in the infinitive after ``aim-noun``
  ("failed efforts to end the war", "called for an effort to destroy the group"; "the
  opposition's attempts to block the vote" and "the army made an attempt to storm the town" are
  the doer's acts, as tests/test_a5.py has them): what was tried is told by the sentence's own verb
  ("stormed the broadcaster in an attempt to reinstate ...": ASSAULT stormed), never by the aim;
  and after a plan or a call named as a thing ("the senator's plan to expel foreign students
  drew criticism"), unless the sentence announces it ("announced plans to send grain": AGREE).

Each test reads words, not the parse -- the candidate's own clause (from the last comma, semicolon
or colon before it), or for a question the sentence's first words and its end -- so it works the
same with and without a parse.  :func:`talked_about` is one of
the checks of :func:`.non_event_senses.non_event`; it only reads the document, so it can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["talked_about"]

#: Words that close a clause for these tests.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "--", "\u2014", "(", ")"})

#: Opening quotation marks: a condition may open a quotation ("\"If you had ...").
_OPEN_QUOTES = frozenset({'"', "\u201c", "'", "\u2018", "``"})

#: A possessive determiner or the possessive ending ("his plan", "the senator's plan").
_POSSESSIVE_MARKS = frozenset({"his", "her", "its", "their", "our", "my", "your", "'s", "\u2019s"})

#: Present-tense forms that rank an event ("remains one of", "is among the").
_RANKING_VERBS = frozenset({"is", "are", "remains", "remain"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: its tests read the clause, not the lemma,
    so it is asked of every candidate (each test opens with a cheap test of a neighbouring word)."""
    return (
        # the condition's test needs a word of its own in the sentence, so it is a check of its own
        # that declares it (sense_checks); the rest of talked_about is asked of every candidate
        SenseCheck("talked about: a condition or an embedded question", _condition_check, any_word=True, sentence_words=_words("conditional-word")),
        SenseCheck("talked about: generic, supposed, ranked, asked, aimed at", _talked_about_otherwise, any_word=True),
    )


def talked_about(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is an event talked about, not reported (module docstring)."""
    return _condition_check(doc, draft, t, curated) or _talked_about_otherwise(doc, draft, t, curated)


def _condition_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"If the governor does not endorse me, ...": inside a condition (:func:`_in_condition`)."""
    return _in_condition(doc, t)


def _talked_about_otherwise(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """:func:`talked_about` but for the condition: an effort's aim, a present wh-question, a
    generic subject."""
    if t.pos == "VERB" and not _gerund_noun(doc, t):
        return _aim_of_effort(doc, t) or _present_wh_question(doc, t)
    if t.pos not in ("NOUN", "PROPN"):
        return _present_wh_question(doc, t)
    return _subject_talked_about(doc, t) or _present_wh_question(doc, t)


def _in_condition(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` stands in a clause opened by a ``conditional-word`` ("if", "unless", "whether") with no
    comma, semicolon or colon between: a condition or an embedded question ("If the governor does
    not endorse me, ...", "asked whether she would endorse her rival"), not a reported act.  The
    act the sentence reports stands outside it ("warned Athens that it would retaliate if ...").
    A clause joined to the condition by a comma and "and" / "or" is part of it ("If you had a
    party that was bribing voters, and it was jailing reporters, you would ..."; stop 39, e46):
    the scan goes on past such a comma, and stops at any other break.  "Suppose" and "imagine"
    open a supposed case the same way ("Suppose a neighbour were shelling your towns")."""
    lows = doc.lowered_texts()
    start = doc.sentences[t.sent].token_start
    joined = False
    for j in range(t.i - 1, start - 1, -1):
        w = lows[j]
        if w in _CLAUSE_BREAKS:
            if w == "," and lows[j + 1] in ("and", "or"):
                joined = True  # ", and it was jailing reporters": maybe a second clause of the same condition
                continue
            return False
        if w in _words("conditional-word"):
            # past a ", and" the condition must open its clause ("If you had ..., and ..."), not
            # close a main clause ("would retaliate if attacked, and troops shelled the town")
            return not joined or j == start or lows[j - 1] in _CLAUSE_BREAKS or lows[j - 1] in _OPEN_QUOTES
    return False


def _gerund_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """An "-ing" word a tagger called a verb right after a determiner is a noun ("the bombing of
    the city")."""
    return t.text.lower().endswith("ing") and t.i > doc.sentences[t.sent].token_start and doc.tokens[t.i - 1].pos == "DET"


def _aim_of_effort(doc: AnnotatedDocument, t: Token) -> bool:
    """"efforts to end the war": the verb is an infinitive after an ``aim-noun`` with no doer of
    its own -- no possessor ("the opposition's attempts to block") and no ``effort-maker-verb``
    ("made a second attempt to storm"); or after a
    ``plan-noun`` named as a thing ("his plan to expel", "her call to arrest") that no verb of
    ``plan-announce-verb`` puts forward here ("announced plans to send" is the pledge itself,
    AGREE, as PLOVER codes an announced intention)."""
    lo = doc.sentences[t.sent].token_start
    to = t.i - 1
    while to > lo and doc.tokens[to].pos == "ADV":
        to -= 1  # a split infinitive: "his plan to temporarily ban" (stop 35, e34)
    if to - 1 < lo or doc.tokens[to].text.lower() != "to":
        return False
    noun = doc.tokens[to - 1].text.lower()
    k = to - 2
    while k >= lo and doc.tokens[k].pos == "ADJ":
        k -= 1  # "a new plan", "failed efforts"
    if noun in _words("aim-noun"):
        # an effort with its own doer is that doer's act, aimed at the infinitive (tests/test_a5.py):
        # a possessor ("the opposition's attempts to block the vote": PROTEST by the opposition) or
        # a verb that makes the effort ("The army made a second attempt to storm the town": ASSAULT)
        if k >= lo and doc.tokens[k].text.lower() in _POSSESSIVE_MARKS:
            return False
        while k >= lo and doc.tokens[k].pos in ("DET", "NUM", "ADJ", "ADV"):
            k -= 1
        return k < lo or doc.tokens[k].lemma.lower() not in _words("effort-maker-verb")
    if noun not in _words("plan-noun"):
        return False
    if k < lo or not (doc.tokens[k].pos == "DET" or doc.tokens[k].text.lower() in _POSSESSIVE_MARKS):
        return False  # "Poland plans to deploy": no determiner or possessive, the verb "plans"
    while k >= lo and (doc.tokens[k].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON") or doc.tokens[k].text.lower() in _POSSESSIVE_MARKS):
        k -= 1  # past the whole noun phrase: "the senator's plan", "its plan"
    if k < lo:
        return True  # the plan opens the sentence as its subject
    return doc.tokens[k].lemma.lower() not in _words("plan-announce-verb") and doc.tokens[k].text.lower() not in _words("plan-announce-verb")


def _present_wh_question(doc: AnnotatedDocument, t: Token) -> bool:
    """The sentence opens with a wh-word (``wh-opener``) whose auxiliary, within the next three
    words, is a present-tense "do" or a modal (``generic-question-aux``), and ends with "?"."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if lows[sent.token_start] not in _words("wh-opener"):
        return False  # (the common case: tested before the sentence's end is looked for)
    k = sent.token_end - 1
    while k > sent.token_start and lows[k] in ('"', "'", "\u201d", "\u2019", "''"):
        k -= 1
    if lows[k] != "?":
        return False
    for j in range(sent.token_start + 1, min(k, sent.token_start + 4)):
        if lows[j] in _words("question-opener"):
            return lows[j] in _words("generic-question-aux")
    return False


def _subject_talked_about(doc: AnnotatedDocument, t: Token) -> bool:
    """The event noun at ``t`` stands in its clause's subject (no verb before it in the clause) and
    the clause goes on generic, supposed or ranking (module docstring)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    clause_start = sent.token_start
    for j in range(t.i - 1, sent.token_start - 1, -1):
        if lows[j] in _CLAUSE_BREAKS:
            clause_start = j + 1
            break
        if doc.tokens[j].pos in ("VERB", "AUX"):
            return False  # a verb before it: the noun is no subject ("Police said the attack would ...")
    if clause_start == sent.token_start and lows[clause_start] in _words("wh-opener"):
        return False  # "What attack would ...?": questions are :func:`_present_wh_question`'s
    end = min(sent.token_end, t.i + 12)
    for j in range(t.i + 1, end):
        w = lows[j]
        if w in _CLAUSE_BREAKS:
            return False
        if w in _words("generic-adverb"):
            return j + 1 < sent.token_end and not lows[j + 1].endswith("ed")  # "typically costs"; not "often turned"
        if w in _words("hypothetical-modal"):
            return True  # "A resignation by the chairman would be ..."
        if w in _RANKING_VERBS:
            return _ranks(doc, j + 1, sent.token_end)  # (by its form: a tagger may call "remains" a noun)
        if doc.tokens[j].pos in ("VERB", "AUX"):
            return False
    return False


def _ranks(doc: AnnotatedDocument, k: int, end: int) -> bool:
    """The words from ``k`` rank something: "one of", "among", "the most / least ...", "the
    first", or "the" and a superlative adjective ("the deadliest"; "the protest" is a noun)."""
    lows = doc.lowered_texts()
    nxt = lows[k : min(end, k + 3)]
    if not nxt:
        return False
    if nxt[0] == "among" or nxt[:2] == ["one", "of"]:
        return True
    if len(nxt) < 2 or nxt[0] != "the":
        return False
    return nxt[1] in ("most", "least", "worst", "best", "first") or (nxt[1].endswith("est") and doc.tokens[k + 1].pos == "ADJ")
