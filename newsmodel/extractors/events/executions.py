"""A hanging is an execution only in the form English keeps for it (issue 14, lead, stop 44, batch 127 D).

"Pakistan hanged two men convicted of terrorism": a state that hangs a person executes that
person, ASSAULT targeted, as the trigger lexicon codes "execute" (manual, tab:violmode; CAMEO.2.0
lists "hang" under kill, 190).  English marks the sense by the verb's form: people are *hanged*,
things are *hung* ("hung banners from the bridge", "hung up on the reporter"), and "hangs on the
vote" is suspense.  So :func:`hang_not_hanged` lets the trigger stand for the past "hanged"; the other forms ("hangs",
"will hang", both senses share them) only with a person or a group as the object ("Iran Hangs Man
Convicted Over Protests", "Singapore hangs a drug trafficker"; stop 45, batch 137 E), and a thing
hanged ("hanged the portrait") is dropped by the ``needs-patient`` rule that "execute" already has.
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
        # "Iran Hangs Man Convicted Over Protests", "will hang the two dissidents": a person or a
        # group as the object makes any form an execution (stop 45, batch 137 E); "hangs on the
        # vote", "hang banners" stay none
        return not _hangs_people(doc, draft, t)
    if t.i > 0 and doc.tokens[t.i - 1].text.lower() in _BE:
        from ..nominals import names_party
        from .non_event_senses import _subject

        subj = _subject(doc, t)
        return subj is None or not names_party(draft, subj, actor_kinds=None, noun_kinds=("person", "group", "organization"))
    return False


def _hangs_people(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The object of "hang" at ``t`` names people (a person or group actor, a noun the lexicons type
    so, or one WordNet names a person by: "murderer", "trafficker"), read as every sense rule reads
    a verb's direct object (:func:`.senses._direct_object`)."""
    from ..nominals import names_party
    from ..role_people import is_person_lemma
    from .senses import _direct_object

    obj = _direct_object(doc, t)
    return obj is not None and (names_party(draft, obj, actor_kinds=("person", "group"), noun_kinds=("person", "group")) or is_person_lemma(obj.lemma.lower()))


#: Forms of "be" before a passive "hanged".
_BE = frozenset({"be", "been", "being", "was", "were", "is", "are"})
