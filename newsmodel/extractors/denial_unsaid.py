"""A speaker's denial of having said something (issue 14, d6 stop 36).

'"I never said that," the governor said' and '"I have never said the
treaty was a mistake," the minister told the radio' deny a remark that
someone put in the speaker's mouth: the remark is the denied claim, so
the quote is a denial even when no report or claim noun is near it
(issue 14 item 4 asks for "a quoted or reported earlier statement").

Only the first person denies its own words here (I / we), and only
when "said" takes a remark: a pointer to one ("that", "it", "any such
thing") closing its clause, or a clause of its own with a subject and a
verb ("... said the treaty was a mistake").  "I never said goodbye to
my father" and "we never said thank you enough" name no remark; "he
never says much" is a habit, in the third person; "we never said it
would be painless" disclaims a promise (a modal in the clause).

In reported speech the speaker's words come back in the third person:
"the mayor said she had never suggested that the branches should
close", "he insisted he never really said the fund should be scrapped"
(d16, stop 46, read on PolNeAR train).  So a reported statement's
content may open with "he / she / they", which stands for the speaker
there; and besides "say", the ``remark-verb`` class of
``denial_words.tsv`` (suggested, claimed, stated, proposed, asserted)
takes the remark ("never suggested raising the age": a gerund names
what was suggested).  "She never suggested a date" names no remark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..document import AnnotatedDocument
from ..lexicons import word_classes
from .mentions import clause_end

#: The persons who deny their own remark: the speaker in a quote, the speaker reported.
_FIRST_PERSON = ("i", "we")
_THIRD_PERSON = ("he", "she", "they")


@lru_cache(maxsize=2)
def _unsaid(reported: bool) -> re.Pattern[str]:
    """"I never said", "we did not say", "I've never said", "I didn't ever say", "I never suggested";
    with ``reported``, "he / she / they" too ("she had never suggested")."""
    subjects = _FIRST_PERSON + (_THIRD_PERSON if reported else ())
    verbs = sorted({"said", "say", *word_classes("denial_words.tsv")["remark-verb"]}, key=lambda w: (-len(w), w))
    return re.compile(
        r"\b(?:" + "|".join(subjects) + r")(?:['’]ve|['’]d|\s+have|\s+had)?\s+(?:never|did\s+not|didn['’]t)\s+"
        r"(?:(?:ever|actually|really)\s+)?(?P<verb>" + "|".join(verbs) + r")\b",
        re.IGNORECASE,
    )

#: A pointer to a remark closing its clause after "said": "that.", "it, and", "any such thing".
_POINTER = re.compile(
    r"\s+(?:that|it|this|so|any\s+such\s+thing|anything\s+like\s+that)"
    r"(?=\s*(?:[.,!?;:\"”’']|--|—|$)|\s+(?:and|but|to|about|at|in|ever|either)\b)",
    re.IGNORECASE,
)

#: Modals that make the remark a promise or a forecast ("never said it would be easy"): disclaiming
#: one defends a plan, it denies no remark put in the speaker's mouth.
_PROMISE_MODALS = frozenset({"would", "will", "could", "might", "'d", "’d", "wo"})

#: Words opening an indirect question after "say": "did not say who / whether / how much ...".
_WH_WORDS = frozenset({"who", "whom", "whose", "what", "which", "whether", "if", "when", "where", "why", "how"})

#: Word classes that may open and fill a clause's subject ("the treaty", "we", "his own party").
_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})
_SUBJECT_HEADS = frozenset({"NOUN", "PROPN", "PRON"})


def _clause_after(doc: AnnotatedDocument, start: int, end: int) -> tuple[int, int] | None:
    """The span of a clause (subject, then a verb) opening right after ``start``, within ``end``:
    "the treaty was a mistake", "that we made a mistake"; None for a noun object ("goodbye to")."""
    first = doc.token_at(start) or doc.token_at(start + 1)
    if first is None:
        return None
    toks = doc.tokens
    if toks[first.i].text.lower() in _WH_WORDS:
        return None  # "he did not say who made the apology": a question left open, no remark denied (d16, stop 46)
    k = first.i + (toks[first.i].text.lower() == "that")
    sent_end = doc.sentences[first.sent].token_end
    j = k
    while j < sent_end and j - k < 5 and toks[j].pos in _SUBJECT_POS and toks[j].end <= end:
        j += 1
    if j == k or j >= sent_end or not any(toks[i].pos in _SUBJECT_HEADS for i in range(k, j)):
        return None
    if toks[j].pos not in ("AUX", "VERB"):
        return None
    if toks[j].text.lower() in _PROMISE_MODALS:
        return None  # "we never said the reform would be painless": a promise disclaimed, no report denied
    last = min(clause_end(doc, k), sent_end) - 1
    while last > j and (toks[last].end > end or toks[last].pos == "PUNCT"):
        last -= 1
    return toks[k].start, toks[last].end


def has_remark_verb(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` (lowered text) holds a ``remark-verb`` word: the cheap screen before
    :func:`unsaid_remarks` reads a statement for "never suggested" and the like."""
    part = low[start:end]
    return any(" " + w in part for w in word_classes("denial_words.tsv")["remark-verb"])


def _gerund_after(doc: AnnotatedDocument, start: int, end: int) -> tuple[int, int] | None:
    """The span of a gerund phrase right after ``start`` ("raising the retirement age"), within ``end``."""
    first = doc.token_at(start) or doc.token_at(start + 1)
    if first is None or first.pos != "VERB" or not first.text.lower().endswith("ing"):
        return None
    toks = doc.tokens
    last = min(clause_end(doc, first.i), doc.sentences[first.sent].token_end) - 1
    while last > first.i and (toks[last].end > end or toks[last].pos == "PUNCT"):
        last -= 1
    return first.start, toks[last].end


def unsaid_remarks(
    doc: AnnotatedDocument, start: int, end: int, reported: bool = False
) -> Iterator[tuple[tuple[int, int], tuple[int, int] | None]]:
    """(cue, remark) for each denial of having said something in ``doc.text[start:end]`` (a quote's
    content, or with ``reported`` a reported statement's, where "he / she / they" is the speaker):
    the cue runs from the subject to the pointer or to the verb; the remark is the clause after the
    verb (or, after "suggested" and the like, a gerund phrase), or None for a pointer (what it points
    to is elsewhere)."""
    text = doc.text
    for m in _unsaid(reported).finditer(text, start, end):
        pointer = _POINTER.match(text, m.end(), end)
        if pointer is not None:
            yield (m.start(), pointer.end()), None
            continue
        remark = _clause_after(doc, m.end(), end)
        if remark is None and m.group("verb").lower() not in ("said", "say"):
            remark = _gerund_after(doc, m.end(), end)
        if remark is not None:
            yield (m.start(), m.end()), remark
