"""A hanging is an execution only in the form English keeps for it (issue 14, lead, stop 44, batch 127 D).

"Pakistan hanged two men convicted of terrorism": a state that hangs a person executes that
person, ASSAULT targeted, as the trigger lexicon codes "execute" (manual, tab:violmode; CAMEO.2.0
lists "hang" under kill, 190).  English marks the sense by the verb's form: people are *hanged*,
things are *hung* ("hung banners from the bridge", "hung up on the reporter"), and "hangs on the
vote" is suspense.  So :func:`hang_not_hanged` lets the trigger stand only for the past "hanged";
"will hang" and "hangs" are left out too (both senses share them), and a thing hanged ("hanged the
portrait") is dropped by the ``needs-patient`` rule that "execute" already has.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck

__all__ = ["checks", "hang_not_hanged"]

#: The form of "hang" that means an execution.
_EXECUTION_FORM = "hanged"


def checks() -> tuple[SenseCheck, ...]:
    """This module's non-event check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("'hung', 'hangs': no hanging of a person", hang_not_hanged, lemmas=frozenset({"hang"})),)


def hang_not_hanged(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """``t`` is the verb "hang" in any form but "hanged", or a passive "hanged" whose subject is no
    party ("a stone should be hanged from the gate", a thing): no execution."""
    if not (t.lemma.lower() == "hang" and t.pos == "VERB"):
        return False
    if t.text.lower() != _EXECUTION_FORM:
        return True
    if t.i > 0 and doc.tokens[t.i - 1].text.lower() in _BE:
        from ..nominals import names_party
        from .non_event_senses import _subject

        subj = _subject(doc, t)
        return subj is None or not names_party(draft, subj, actor_kinds=None, noun_kinds=("person", "group", "organization"))
    return False


#: Forms of "be" before a passive "hanged".
_BE = frozenset({"be", "been", "being", "was", "were", "is", "are"})
