"""A speaker's statement set "contrary to" a claim denies it (issue 14, d12, stop 42).

"Contrary to the prisoner's claims, guards say he was never placed in solitary confinement": the
opening phrase names a claim and the statement after it says the opposite, so the statement's
speaker denies the claim -- the cue is the phrase, the denied claim its noun phrase.  Only a phrase
naming a claim counts ("Contrary to expectations, sales rose" names none), and only with a party's
statement after it: the writer's own "Contrary to his claims, he never served" is a finding, which
:mod:`.denials` leaves to a party (as for "was shown to be false").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

#: "Contrary to <the prisoner's claims>," at a sentence's or clause's start; the phrase ends at its comma.
_CONTRARY = re.compile(r"(?:^|(?<=[.!?\"”;:]\s)|(?<=\n))(?:But\s+|And\s+|Yet\s+)?[Cc]ontrary\s+to\s+(?P<claim>[^,.;:!?\"“”\n]{3,100}?),")


def contrary_claims(text: str, is_claim: Callable[[str], bool]) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(cue span, claim span) of each sentence-opening "Contrary to <claim>," in ``text`` whose
    phrase holds a claim word (``is_claim`` of a lower-cased word)."""
    if "ontrary to" not in text:
        return
    for m in _CONTRARY.finditer(text):
        words = re.findall(r"[\w’']+", m.group("claim").lower())
        if not any(is_claim(w) for w in words):
            continue  # "Contrary to expectations, ...", "Contrary to tradition, ...": no claim named
        yield (m.start(), m.end("claim")), (m.start("claim"), m.end("claim"))
