"""A party answering an accusation it faces (issue 14, d13, stop 43).

"The former banker, charged with fraud, has maintained his innocence", "The aide pleaded not guilty
to charges of lying": to hold oneself innocent, or to plead not guilty, is to deny the charge --
the claim is the accusation, named in the plea ("to charges of ...") or in the words that put the
party under it ("accused of ...", "charged with ...", in the sentence or the one before).  "Pleaded
guilty" admits; "maintained his lead" holds no innocence.

The same accusation is the claim a speaker's "I have done nothing wrong" answers: alone that is
plain negation (issue 14 item 4), after "accused of steering contracts to his cousin" a denial.
So is a bare falsity quote right after it ('"Not true," her spokeswoman said'; d14, stop 44).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..document import AnnotatedDocument
from ..lexicons import rows, word_classes

#: "maintained his innocence", "has always protested her innocence", "insisted on their innocence".
_INNOCENCE = re.compile(
    r"\b(?P<verb>maintain(?:s|ed|ing)?|protest(?:s|ed|ing)?|proclaim(?:s|ed|ing)?|assert(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+on)\s+"
    r"(?:his|her|their|its|my|our)\s+innocence\b",
    re.IGNORECASE,
)

#: "pleaded not guilty (to <charges>)", "has pled not guilty", "will plead not guilty"; "pleaded
#: guilty" is an admission and does not match.
_NOT_GUILTY = re.compile(
    r"\b(?P<verb>plead(?:s|ed|ing)?|pled)\s+not\s+guilty\b(?:\s+to\s+(?P<charge>[^.;:,\n]{3,160}))?",
    re.IGNORECASE,
)


#: "is (absolutely) innocent of <the charges>", "remains innocent of ..."; the object is checked after.
_INNOCENT_OF = re.compile(
    r"\b(?P<verb>is|was|are|were|be|been|remains?|remained|['’]s)\s+(?:(?P<adv>\w+)\s+)?innocent\s+of\s+"
    r"(?P<charge>[^.;:,\n\"“”]{3,160})",
    re.IGNORECASE,
)

#: "enter a plea of not guilty (to <charges>)", "entered a not-guilty plea on Thursday to ...".
_PLEA_ENTERED = re.compile(
    r"\b(?P<verb>enter(?:s|ed|ing)?|lodg(?:e|es|ed|ing)|submit(?:s|ted|ting)?)\s+(?:a|his|her|their)\s+"
    r"(?:plea\s+of\s+not\s+guilty|not[- ]guilty\s+plea)\b"
    r"(?:\s+(?:on\s+\w+\s+)?to\s+(?P<charge>[^.;:,\n]{3,160}))?",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _charge_heads() -> frozenset[str]:
    """Nouns a party is held innocent of: the ``charge-word`` and ``claim-noun`` classes."""
    classes = word_classes("denial_words.tsv")
    return classes["charge-word"] | classes["claim-noun"]


def innocence_claims(text: str, lo: int, hi: int) -> Iterator[tuple[tuple[int, int], int, tuple[int, int] | None]]:
    """(cue span, verb offset, charge span or None) of each party held innocent of a charge, or
    entering a not-guilty plea, in ``text[lo:hi]`` (d16, stop 46): "is absolutely innocent of these
    charges", "entered a not-guilty plea to charges of ...".  The object of "innocent of" must name a
    charge (a ``charge-word`` or a claim noun among its first six words): "innocent of any knowledge
    of the deal" holds no one innocent of an accusation; an adverb before "innocent" must be a
    ``verdict-intensifier`` ("absolutely", "completely"): "is presumed innocent" is no one's claim."""
    low = text[lo:hi].lower()
    if "innocent of" in low:
        heads = _charge_heads()
        adverbs = word_classes("denial_words.tsv")["verdict-intensifier"]
        for m in _INNOCENT_OF.finditer(text, lo, hi):
            if m.group("adv") and m.group("adv").lower() not in adverbs:
                continue
            words = re.findall(r"[\w’'-]+", m.group("charge").lower())[:6]
            if not any(w in heads for w in words):
                continue
            yield (m.start("verb"), m.end()), m.start("verb"), (m.start("charge"), m.end("charge"))
    if "not guilty" in low or "not-guilty" in low:
        for m in _PLEA_ENTERED.finditer(text, lo, hi):
            charge = (m.start("charge"), m.end("charge")) if m.group("charge") else None
            yield (m.start(), m.end() if charge is None else m.start("charge") - 4), m.start("verb"), charge


@lru_cache(maxsize=1)
def _accusation_pattern() -> re.Pattern[str]:
    """The words that put a party under an accusation: "accused (him) of <act>", "charged with <crime>",
    "indicted on <counts>", "faces charges of <crime>" -- up to the clause's comma or stop.  A dotted
    title of ``titles.tsv`` may stand in the accused's name ("accused Ms. Orton of ..."; d15, stop 45)."""
    dotted = sorted({r[0] for r in rows("titles.tsv") if r and r[0].endswith(".") and " " not in r[0]}, key=lambda w: (-len(w), w))
    word = r"(?:[\w’'-]+|" + "|".join(re.escape(w) for w in dotted) + r")"
    return re.compile(
        r"\b(?:accus(?:ed|es|ing)\s+(?:" + word + r"\s+){0,4}?of|charged\s+with|indicted\s+(?:on|for)|fac(?:es|ed|ing)\s+(?:[\w’'-]+\s+){0,2}?charges?\s+(?:of|that))\s+"
        r"[^.;,\n\"“”]{3,160}",
        re.IGNORECASE,
    )


def pleas_of_innocence(text: str, lo: int, hi: int) -> Iterator[tuple[tuple[int, int], int, tuple[int, int] | None]]:
    """(cue span, verb offset, charge span or None) of each "maintained his innocence" and
    "pleaded not guilty (to <charges>)" in ``text[lo:hi]``."""
    low = text[lo:hi].lower()
    if "innocence" in low:
        for m in _INNOCENCE.finditer(text, lo, hi):
            yield (m.start(), m.end()), m.start("verb"), None
    if "not guilty" in low:
        for m in _NOT_GUILTY.finditer(text, lo, hi):
            charge = (m.start("charge"), m.end("charge")) if m.group("charge") else None
            yield (m.start(), m.end() if charge is None else m.start("charge") - 4), m.start("verb"), charge


def accusation_before(doc: AnnotatedDocument, offset: int) -> tuple[int, int] | None:
    """The last accusation ("accused of ...", "charged with ...") before ``offset`` in its sentence
    or the sentence before, or None."""
    here = doc.token_at(offset) or doc.token_at(offset + 1)
    if here is None:
        return None
    first = doc.sentences[max(0, here.sent - 1)]
    lo = doc.tokens[first.token_start].start
    low = doc.text[lo:offset].lower()
    if "accus" not in low and "charge" not in low and "indicted" not in low:
        return None
    found = None
    for m in _accusation_pattern().finditer(doc.text, lo, offset):
        found = (m.start(), m.end())
    return found


#: "accused <the treasurer> of": the accused between the verb and "of".
_ACCUSED_OBJECT = re.compile(r"\baccus(?:ed|es|ing)\s+(?P<who>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+of\b", re.IGNORECASE)


def accused_party(text: str, accusation: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the party an accusation names as accused ("accused | the treasurer | of hiding
    losses"), or None (a participle "accused of ..." names none: its noun is the party)."""
    m = _ACCUSED_OBJECT.match(text, accusation[0])
    return (m.start("who"), m.end("who")) if m else None


#: A frame after a quote that names what the quote is said of ('"Ridiculous," a neighbour said of the new limit').
_SAID_OF = re.compile(r"[\s,'’\"”]*[^.!?\n\"“”]{0,60}?\b(?:said|says|say|told\s+\w+|wrote|writes|added|replied)\s+(?:of|about)\b", re.IGNORECASE)


def verdict_answers_accusation(doc: AnnotatedDocument, quote_start: int, quote_end: int) -> tuple[int, int] | None:
    """The accusation a bare falsity verdict answers (d14, stop 44): 'Rival lawmakers accused the
    minister of hiding the audit. "Not true," her spokeswoman said' -- the verdict, quoted right
    after the words that put a party under the accusation, calls it false.  None when there is no
    accusation in the quote's sentence or the one before, or when the frame says what the verdict
    is said of instead ('"Ridiculous," a neighbour said of the new speed limit': the limit judged,
    the driver's charge before it no claim answered)."""
    if _SAID_OF.match(doc.text, quote_end):
        return None
    return accusation_before(doc, quote_start)
