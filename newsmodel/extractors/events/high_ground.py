""""Seize the (moral) high ground" in politics is a figure of speech, no seizure (issue 14, stop 47, e85).

"On health care the senator wants to seize the high ground", "both candidates are trying to
seize the moral high ground on immigration": a claim to the better position in an argument.
PLOVER COERCE mode seize takes property or territory from a party; no one loses anything here.
The check reads "high ground" right after the verb (a determiner and "moral" between) and keeps
the seizure when the ground is a place: a place word after it ("the high ground above the
town", "overlooking the crossing": ``ground-place-word``) or, without "moral", an armed party
in the sentence ("Rebels seized the high ground", ``armed-word`` / ``armed-context``).

Found in a hand judgment of both engines' events on 27 PolNeAR train texts (stop 47, e85; dev
batch 148): both engines coded COERCE seize.  Words only; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _sentence_has, _words
from .sense_checks import SenseCheck

__all__ = ["checks", "figurative_high_ground"]

#: The verbs of taking the check reads after.
_TAKE = frozenset({"seize", "take", "grab", "capture", "claim", "win", "reclaim", "cede", "hold"})
#: Words that may stand between the verb and "high ground".
_BETWEEN = frozenset({"the", "a", "moral", "political", "rhetorical"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the verbs of taking."""
    return (SenseCheck("seizing the moral high ground: a figure of speech", figurative_high_ground, lemmas=_TAKE),)


def figurative_high_ground(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "high ground" follows the verb at ``t`` and names no place (module docstring)."""
    if not (t.lemma.lower() in _TAKE and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    moral = False
    while k < sent.token_end and lows[k] in _BETWEEN:
        moral = moral or lows[k] != "the" and lows[k] != "a"
        k += 1
    if not (k + 1 < sent.token_end and lows[k] == "high" and lows[k + 1] == "ground"):
        return False
    after = lows[k + 2] if k + 2 < sent.token_end else ""
    if after in _words("ground-place-word"):
        return False  # "the high ground above the town": a place
    return moral or not _sentence_has(doc, t, _words("armed-word") | _words("armed-context"))
