"""A party denying, in an "as"-clause, the claim the main clause states (issue 14, d12, stop 42).

"If the army is moving tanks to the border -- as the opposition has alleged but the ministry denies
-- the talks could collapse": the aside says who claims the clause it hangs on and who denies it.
The denial verb takes no object (its claim is the clause before "as"), so the verb checks of
:mod:`.denials`, which need a claim after the verb, pass it by.  The aside needs a verb of claiming
before the contrast word ("as critics allege but ...", "as many believe, but ..."; the
``as-claim-verb`` class of ``denial_words.tsv``) and the denial verb must close it (a dash, comma,
bracket or the sentence's end): "as the talks began, but the army denied entry to ..." has an
object and is read, or not, by the verb rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .denial_claimants import denial_word_alternation

#: Words a claim clause may open with that are not part of what is claimed ("If the army is ...").
_OPENERS = re.compile(r"(?:if|whether|that|while|although|though|and|but|so)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?P<open>\s*(?:--|—|–|,|\()\s*)as\s+(?P<claimants>[^.;:!?\"“”()]{2,90}?)\b(?:" + denial_word_alternation("as-claim-verb") + r")\w*"
        r"[^.;:!?\"“”()]{0,40}?,?\s+(?:but|while|though|although|and|yet)\s+"
        r"(?P<denier>[^.;:!?\"“”(),—–]{2,50}?)\s+(?:(?:strongly|flatly|firmly|vehemently|vigorously|categorically|repeatedly|has|have|had)\s+){0,2}"
        r"(?P<cue>denies|denied|deny|disputes|disputed|dispute|rejects|rejected)"
        r"(?=\s*(?:--|—|–|,|\)|\.|;|$))",
        re.IGNORECASE,
    )


def as_alleged_denials(text: str, lo: int, hi: int) -> Iterator[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(cue span, denier phrase span, claim span) of each "<clause> -- as <X> allege(s) but <Y>
    denies --" in ``text[lo:hi]`` (one sentence): the claim runs from the sentence's start, past an
    opening "if" or "whether", to the aside."""
    for m in _pattern().finditer(text, lo, hi):
        c0 = lo
        lead = _OPENERS.match(text, c0, m.start())
        if lead:
            c0 = lead.end()
        c1 = m.start()
        if c1 - c0 < 8:
            continue  # no clause before the aside to be the claim
        yield (m.start("cue"), m.end("cue")), (m.start("denier"), m.end("denier")), (c0, c1)
