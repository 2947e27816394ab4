"""A speaker saying a reported event never happened denies the report (issue 14, d12, stop 42).

"The newspaper reported that the bishop had met the developers. The bishop said the meeting never
happened": the event another party was just reported to claim is said not to have taken place -- a
denial of that claim.  Alone, "The parade never happened because of the storm, the organisers said"
is plain negation (issue 14 item 4), so :mod:`.denials` adds one only with a claim to answer: a
claim reported in the sentence before by another party, or a claim noun before the cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: "<the meeting> never happened", "it did not take place", "that never occurred".
_UNHAPPENED = re.compile(
    r"\b(?P<subject>(?:it|this|that|none\s+of\s+(?:it|this|that)|(?:the|that|this|such\s+an?|any\s+such)\s+[\w’'-]+(?:\s+[\w’'-]+)?))\s+"
    r"(?:(?:simply|just|actually|ever|really)\s+)?"
    r"(?:never\s+(?:happened|occurred|took\s+place)|(?:did\s+not|didn['’]t)\s+(?:happen|occur|take\s+place)|has\s+never\s+(?:happened|occurred|taken\s+place))\b",
    re.IGNORECASE,
)


def unhappened_events(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Cue spans (subject to verb) of each "<event> never happened" in ``text[lo:hi]``."""
    low = text[lo:hi].lower()
    if "happen" not in low and "occur" not in low and "place" not in low:
        return
    for m in _UNHAPPENED.finditer(text, lo, hi):
        yield m.start(), m.end()
