"""A claim denied by saying its claimant was wrong to make it (issue 14, d10, stop 40).

'The governor said the auditor was "flat wrong" to claim that she had misused funds', "the coach
insisted the reporter was wrong to say he had ignored the injury", the headline "Ortega: Critic
'Completely Wrong' to Call Me a Fraud": the speaker calls the claimant wrong *for the claim*, so the
claim after the verb of saying is denied, and the denier is whoever says the sentence -- only a
statement's content is read (a writer's "critics were wrong to say ..." is no party's denial).

Wrong *to act* denies nothing ("was wrong to cut the budget", "wrong to call an early election":
"call" claims only with an object and what it is called, "to call me a fraud"), nor does one's own
"I was wrong to say the plant would close" (a concession, the speaker's own claim withdrawn), nor a
hedge with no claimant ("it would be wrong to say ...").  A claimant "wrong in their recollection
that ..." / "mistaken in his belief that ..." is wrong in the claim the "that" clause states (the
nouns of what one holds true, ``wrong-in-noun``; d11, stop 41); "wrong in the first half" names
no claim.  Words are classes of
``denial_words.tsv``: ``wrong-verdict`` (wrong, mistaken), ``wrong-intensifier`` ("dead",
"flat", "absolutely"), ``wrong-to-say-verb`` (the written forms of say, claim, suggest, call ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicons import word_classes
from .denial_claimants import denial_word_alternation
from .screens import holds_any

#: The claimants whose "wrong to say" withdraws their own claim or names no one ("it would be wrong to say": a hedge).
_NO_OTHER_CLAIMANT = frozenset({"i", "we", "it", "i'm", "i’m", "we're", "we’re", "be", "been", "being"})

#: The forms of "call", which claims only as "call <someone> a <something>".
_CALL_FORMS = frozenset({"call", "calls", "called", "calling"})


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    q_open, q_close = r"['‘\"“]?", r"['’\"”]?"
    adv = r"(?:(?:" + denial_word_alternation("wrong-intensifier") + r")\s+)?"
    return re.compile(
        # (the claimant opens at a word's start: a match inside a word would fail as the whole word does)
        r"(?<![\w’'.-])(?P<claimant>[\w’'.-]+)\s+(?:(?:is|was|are|were)\s+|['’]s\s+)?" + adv + q_open + adv
        + r"(?P<verdict>" + denial_word_alternation("wrong-verdict") + r")" + q_close
        + r"\s+(?:(?:to|for|in|when\s+(?:he|she|they|you))\s+(?:(?:have|had|keep|keeps)\s+)?"
        + r"(?P<verb>" + denial_word_alternation("wrong-to-say-verb") + r")"
        # or wrong in what they hold: "wrong in their recollection that ...", "mistaken in his belief that ..." (d11, stop 41)
        + r"|in\s+(?:their|his|her|its|your|the)\s+(?P<held>" + denial_word_alternation("wrong-in-noun") + r")(?=\s+that\b))\b"
        # the claim: the rest of the clause, within the sentence and the quote
        + r"(?:\s+that)?\s+(?P<claim>[^.;!?\"“”]{3,200})",
        re.IGNORECASE,
    )


def _calls_something(claim: str) -> bool:
    """After "call", an object and what it is called ("me a fraud", "the vote a sham"), not just
    an object ("an early election", "a meeting")."""
    words = claim.split()
    return len(words) >= 3 and words[0].lower() not in ("a", "an", "the", "off", "for", "on") and any(
        w.lower() in ("a", "an") for w in words[1:4]
    )


#: Prepositions that open a phrase, not a clause, after "that" ("wrong to say that | to a child").
_PHRASE_OPENERS = frozenset({"to", "in", "on", "at", "about", "of", "for", "with", "from"})

#: "It is (simply) wrong to suggest that ...": the present verdict on a claim, its "that" clause written (d17, stop 47).
_IT_IS = re.compile(r"\s+(?:is|['’]s)\s", re.IGNORECASE)


def _present_verdict_on_claim(text: str, m: re.Match[str]) -> bool:
    """'"It is simply wrong to suggest that the pact was signed in secret," the envoy said': with
    "it" and a present "is", and a "that" clause after the verb of saying, the speaker calls the claim
    that clause states false (d17, stop 47).  "It would be wrong to say ..." (a modal hedge), "it was
    wrong to say that" (a regret over an act) and "I was wrong to say ..." stay none."""
    if m.group("claimant").lower() != "it" or not m.group("verb"):
        return False
    if not _IT_IS.match(text, m.end("claimant")):
        return False
    first = m.group("claim").split(maxsplit=1)[0].lower()
    # "wrong to say that to a child": "that" a pronoun, the words after it a phrase, no clause
    return text[m.end("verb") : m.start("claim")].strip().lower() == "that" and first not in _PHRASE_OPENERS


def wrong_claimant_claims(text: str, start: int, end: int) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(cue span, claim span) for each "<claimant> was wrong to say <claim>" in ``text[start:end]``
    (a statement's content); the cue runs from the verdict word to the verb of saying."""
    if not holds_any(text, start, end, ("wrong", "mistaken")):
        return
    for m in _pattern().finditer(text, start, end):
        if m.group("claimant").lower() in _NO_OTHER_CLAIMANT and not _present_verdict_on_claim(text, m):
            continue  # "I was wrong to say ...": one's own claim withdrawn
        held = m.group("held")
        verb = (m.group("verb") or "").lower()
        claim_start = m.start("claim")
        if verb in _CALL_FORMS:
            if not _calls_something(m.group("claim")):
                continue  # "wrong to call an early election": an act, no claim
            claim_start = m.start("verb")
        claim_end = m.end("claim")
        # no trailing comma clause or space
        while claim_end > claim_start and text[claim_end - 1] in " ,":
            claim_end -= 1
        yield (m.start("verdict"), m.end("held" if held else "verb")), (claim_start, claim_end)


def wrong_means_false(subject: str) -> bool:
    """A subject that "is wrong" only by being false: facts, figures, a report or a claim ("Your numbers
    are wrong", "the reports are dead wrong"; the ``wrong-means-false`` nouns of ``denial_words.tsv``).
    Said of remarks, an act or a person, "wrong" judges fitness or conduct ("his comments were
    wrong", "that is wrong", "the senator is wrong"), no claim called false (d11, stop 41)."""
    nouns = word_classes("denial_words.tsv")["wrong-means-false"]
    words = [w.strip(".,\"'“”‘’").lower() for w in subject.split()]
    return bool(words) and words[-1] in nouns
