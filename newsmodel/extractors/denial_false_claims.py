"""A speaker calling another party's claims false with an adjective on the claim noun (issue 14, d19, stop 48).

'The governor's lawyer said the nurse was chasing attention with entirely false claims', 'the aide
said the paper kept printing fabricated stories about his boss', '"They are peddling false stories,"
the senator said': the falsity word is the speaker's verdict on what the other party says -- a
denial of it.  With no speaker the same words are the writer's ("the candidate kept repeating false
claims"), which :mod:`.denial_decried` leaves alone; here only a statement's content is read.

The falsity adjective (``falsity-adjective``) must stand before a claim noun (``claim-noun``), a
determiner or an intensifier (``verdict-intensifier``) and one modifier allowed ("printing fabricated
news stories"), right after a verb of putting a claim about (``false-claim-verb``: spread, peddle,
print, publish, make, use, ...) or a preposition telling what the party's case rests on
(``false-claim-preposition``: "built on", "smeared by", "with").  Not read:

* a verb of filing ("filed false claims with his insurer": insurance claims) -- not in the class;
* a claim made by the speaker ('"I made false statements"', "the senator admitted she had made
  false claims"): the clause's subject is a first-person pronoun or a pronoun the draft gives to
  the speaker;
* a negated clause ("she had never spread false rumours");
* a name ("the False Claims Act": the adjective in capitals within a sentence, or "Act" after).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .denial_claimants import denial_word_alternation

#: First-person subject pronouns: the speaker's own claims, no denial.
_FIRST_PERSON = frozenset({"i", "we"})
#: Third-person subject pronouns, the speaker's own claims when the draft resolves them to the speaker.
_THIRD_PERSON = frozenset({"he", "she", "they", "it"})
#: Singular personal pronouns, taken for the speaker also when the draft resolves them to no one ("the
#: senator said she had ...": in a said-frame the usual reading).
_SINGULAR_PERSONAL = frozenset({"he", "she"})
#: Negators that make the clause deny the spreading itself ("had never spread false rumours").
_NEGATORS = frozenset({"not", "never", "n't", "no"})


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<lead>" + denial_word_alternation("false-claim-verb") + "|" + denial_word_alternation("false-claim-preposition") + r")\s+"
        r"(?:(?:the|these|those|such|more|his|her|their|its|a|an)\s+)?"
        r"(?:(?:" + denial_word_alternation("verdict-intensifier") + r")\s+)?"
        r"(?P<verdict>(?P<adj>" + denial_word_alternation("falsity-adjective") + r")\s+(?:[\w-]+\s+)?"
        r"(?P<noun>" + denial_word_alternation("claim-noun") + r"))\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _screens() -> tuple[str, ...]:
    """The falsity adjectives' first words, a cheap pre-test: a content without one has no match."""
    from ..lexicons import word_classes

    return tuple(sorted({w.split()[0].split("-")[0] for w in word_classes("denial_words.tsv")["falsity-adjective"]}))


#: Words after the claim noun that go on naming the claim ("false claims | about the merger", "that ...").
_CLAIM_GOES_ON = frozenset({"about", "of", "that", "over", "against", "on"})


def claim_phrase_end(text: str, noun_end: int, end: int) -> int:
    """End of the claim phrase: the noun, or on to the content's end or the next comma when a word
    naming the claim follows it ("false reports | of troop movements near the border")."""
    m = re.match(r"\s+(\w+)", text[noun_end:end])
    if m is None or m.group(1).lower() not in _CLAIM_GOES_ON:
        return noun_end
    stop = text.find(",", noun_end, end)
    stop = end if stop < 0 else stop
    return len(text[:stop].rstrip(" .;:!?\"”'’"))


def falsely_put_claims(text: str, start: int, end: int) -> Iterator[tuple[tuple[int, int], tuple[int, int], int]]:
    """(verdict span, claim span, clause start) of each claim the content ``start``..``end`` says another
    party puts about with a falsity adjective on it.  The clause start is where the words before the
    verb begin (the content's start, or the last "that" before the match), for the caller's
    subject check (:func:`own_claim`)."""
    low = text[start:end].lower()
    if not any(w in low for w in _screens()):
        return
    for m in _pattern().finditer(text, start, end):
        adj = m.group("adj")
        if adj[0].isupper() and text[max(start, m.start("adj") - 2) : m.start("adj")].strip() not in ("", '"', "“"):
            continue  # "the False Claims Act": a name
        if re.match(r"\s+Act\b", text[m.end("noun") : m.end("noun") + 5]):
            continue
        before = text[start : m.start()].lower()
        if any(re.search(r"(?<![\w'])" + re.escape(n) + r"\b", before) for n in _NEGATORS) or "n't" in before:
            continue  # "she had never spread false rumours", "they did not print fake stories"
        yield (m.start("verdict"), m.end("verdict")), (m.start("verdict"), claim_phrase_end(text, m.end("noun"), end)), start


def own_claim(text: str, start: int, is_speaker_pronoun) -> bool:  # type: ignore[no-untyped-def]
    """The content at ``start`` opens with a subject pronoun naming the speaker: "I", "we", a
    third-person pronoun ``is_speaker_pronoun(start, end)`` gives to the speaker (True), or "he" /
    "she" it gives to no one (None) -- "the senator admitted | she had made false claims"."""
    m = re.match(r"\s*[\"“‘']?\s*(\w+)\b", text[start:])
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _FIRST_PERSON:
        return True
    if word not in _THIRD_PERSON:
        return False
    who = is_speaker_pronoun(start + m.start(1), start + m.end(1))
    return bool(who) or who is None and word in _SINGULAR_PERSONAL
