"""A speaker's claim that someone misrepresented something denies the portrayal (issue 14, d10, stop 40).

'The senator said the attack ad mischaracterized her record', "an aide said reporters had
misrepresented the governor's remarks": the verb itself says a description is false, so, said by a
party, it denies the portrayal -- the denier is the statement's speaker and the claim the clause.
Only a statement's content is read: the writer's "the ad misrepresented her record" is a finding,
no party's denial.  "distort" and "twist" deny only with something said as their object
("twisted my words", "distorted her position"); "subsidies distort the market" describes an
effect; "misrepresented herself" is posing, no portrayal.  A negated verb ("we never misrepresented the figures") or a first-person subject ("I
misstated the date") says nothing false of another's words.  Verbs that call a thing made up
("the blogger had made up the entire story", "invented the quotes"; d12, stop 42) deny it the same way,
only with a claim or something said as object ("made up half the votes" is a share).  Words:
``misrepresenting-stem`` (the verbs' stems: "mischaracteri", "misrepresent"), ``distorting-stem``,
``fabricating-stem``, ``said-thing`` and the claim nouns of ``denial_words.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicons import word_classes
from .denial_claimants import denial_word_alternation
from .screens import holds_any

_NEGATORS = frozenset({"not", "never", "n't", "no"})
_FIRST_PERSON = frozenset({"i", "we"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:(?P<mis>" + denial_word_alternation("misrepresenting-stem") + r")|(?P<dist>" + denial_word_alternation("distorting-stem") + r")"
        r"|(?P<fab>" + denial_word_alternation("fabricating-stem") + r"))"
        # a verb's endings only: "distortions" and "misrepresentation" are nouns ("counter lies, distortions and ...")
        r"(?:e|es|ed|ing|s|ze|zed|zes|zing|se|sed|ses|sing)?\b"
        r"(?P<obj>[^.;:!?\"“”,]{2,160})",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _fabricating_screens() -> tuple[str, ...]:
    """The fabricating verbs' first words, a cheap pre-test ("made", "invent", "fabricat")."""
    return tuple(sorted({w.split()[0] for w in word_classes("denial_words.tsv")["fabricating-stem"]}))


def _said_thing(words: list[str]) -> bool:
    said = word_classes("denial_words.tsv")["said-thing"]
    return any(w.strip("'’").lower() in said for w in words[:8])


def _claim_thing(words: list[str]) -> bool:
    """Something said or a claim among the object's first words ("made up the entire story", "invented the
    quotes"): the said-thing words, the claim nouns and their singulars."""
    classes = word_classes("denial_words.tsv")
    said = classes["said-thing"] | classes["claim-lemma"] | classes["claim-noun"]
    return any(w.strip("'’\"“”").lower() in said or w.strip("'’\"“”").lower().rstrip("s") in said for w in words[:5])


def misrepresented_portrayals(text: str, start: int, end: int) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(cue span, claim span) for each "<someone> misrepresented <something>" in ``text[start:end]``
    (a statement's content); the claim runs from the content's start (after "that") to the object's end."""
    if not holds_any(text, start, end, ("mis", "distort", "twist", *_fabricating_screens())):
        return
    for m in _pattern().finditer(text, start, end):
        before = re.findall(r"[\w’']+", text[start : m.start()].lower().replace("n't", " n't").replace("n’t", " n't"))
        if any(w in _NEGATORS for w in before[-3:]) or (before and before[-1] in _FIRST_PERSON) or (len(before) > 1 and before[-2] in _FIRST_PERSON):
            continue  # "we never misrepresented the figures", "I misstated the date"
        obj_words = m.group("obj").split()
        if obj_words and obj_words[0].lower() in _REFLEXIVES:
            continue  # "misrepresented himself as a doctor": posing as someone, no portrayal of what was said
        if m.group("dist") and not _said_thing(m.group("obj").split()):
            continue  # "subsidies distort the market": an effect, no portrayal
        if m.group("fab") and not _claim_thing(m.group("obj").split()):
            continue  # "women make up half the staff", "invented a new engine": nothing said called made up
        c0 = start
        lead = re.match(r"\s*(?:that\s+)?", text[start : m.start()], re.IGNORECASE)
        if lead:
            c0 = start + lead.end()
        c1 = m.end("obj")
        while c1 > m.end() and text[c1 - 1] == " ":
            c1 -= 1
        yield (m.start(), m.start("obj")), (c0, c1)
