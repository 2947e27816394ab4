"""The accused's own "there is no evidence that I ..." (issue 14, d7, stop 37).

'"There is no evidence that I took a single dollar from that fund," the
treasurer said' denies the act the speaker is accused of: the clause after
"that" is the claim, about the speaker, and saying nothing proves it answers
whoever made it.  A third party's "no evidence that" ('Investigators said
there was no evidence that the fire had been set deliberately') reports a
finding about someone else, and denies nothing of its own (issue 14 item
4: plain negation is not a denial), so only a clause whose subject is the
speaker (I, we) counts -- which, in a statement, is a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: "no evidence that I ...", "not a shred of proof that we ...", "no proof whatsoever that my office ...".
_NO_PROOF_OF_OWN_ACT = re.compile(
    r"\b(?:no|not\s+(?:any|a\s+(?:shred|scrap|single\s+piece)\s+of))\s+(?:evidence|proof)\s+(?:whatsoever\s+|at\s+all\s+)?that\s+"
    r"(?P<claim>(?:i|we)\b[^.;!?\"”]*[^.;!?\"”\s,])",
    re.IGNORECASE,
)


def own_act_unproven(text: str, lo: int, hi: int) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(cue, claim) character spans of each "no evidence that I/we ..." in ``text[lo:hi]``: the cue
    runs from "no" to the claim's end, the claim is the clause about the speaker."""
    for m in _NO_PROOF_OF_OWN_ACT.finditer(text, lo, hi):
        yield (m.start(), m.end("claim")), (m.start("claim"), m.end("claim"))
