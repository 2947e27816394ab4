"""Police or troops who "charge" a crowd attack it: ASSAULT, not an accusation (issue 14, stop 39, e46).

"Riot police charged stone-throwing students outside the university", "Riot Police Charge
Farmers Blocking Highway": a baton charge on a crowd.  The PLOVER manual lists "lathi charges"
among the weapons and tactics of ASSAULT's mode *crowd-control* ("less lethal crowd control,
including tear gas, water cannons, ... lathi charges"), so it is ASSAULT crowd-control -- force
used on people, not COERCE (which restricts without force: arrests, curfews, bans).  The trigger
lexicon reads "charge" as ACCUSE (CAMEO 112, "accuse, allege, or charge"), which stays for
"Prosecutors charge X", "police charged two men with rioting" and "charged ... over the attack".

So "charge" is ASSAULT when (1) its subject is a security force (an actor coded police or
military, CAMEO COP / MIL), (2) a crowd follows it in its clause (``protester-word``, or
``charged-crowd``: crowd, mob, students, farmers ...), and (3) no "with", "over", "of" or "for"
in that clause names what someone is charged with ("with batons", ``baton-word``, is the charge's
weapon, no offence).  Read on the words after the verb and the
subject's actor, so both engines agree (dev batch 89; batch 80's headline row).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft

__all__ = ["charged_a_crowd"]

#: CAMEO sector codes of the forces whose charge on a crowd is force: police, military.
_FORCES = ("COP", "MIL")

#: Prepositions that name the offence of a formal charge ("charged ... with rioting", "over the attack").
_OFFENCE_PREPS = frozenset({"with", "over", "of", "for"})

#: Words that close the verb's clause.
_CLAUSE_END = frozenset({",", ";", ":", "--", "\u2014", "and", "but", "after", "as"})

#: How far after the verb the crowd may stand ("charged hundreds of stone-throwing students").
_REACH = 7


def charged_a_crowd(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` ("charge") is a security force's charge on a crowd (module docstring)."""
    from .non_event_senses import _subject

    crowd = _crowd_after(doc, t)
    if not crowd:
        return False
    subj = _subject(doc, t)
    if subj is None or subj.i > t.i:
        return False
    actor = draft.actor_fields(draft.actor_at(subj.start, subj.end))
    return actor is not None and bool(actor.code) and actor.code[:3] in _FORCES


def _crowd_after(doc: AnnotatedDocument, t: Token) -> bool:
    """A crowd word follows the verb in its clause, and no preposition names an offence."""
    from .non_event_senses import _words

    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    lems = doc.lowered_lemmas()
    words = _words("protester-word") | _words("charged-crowd")
    crowd = False
    for k in range(t.i + 1, sent.token_end):
        if lows[k] in _CLAUSE_END:
            break
        if lows[k] in _OFFENCE_PREPS:
            if lows[k] == "with" and _baton_after(doc, k):
                continue  # "charged the crowd with batons": the charge's weapon, no offence
            return False  # "charged 12 protesters with rioting": a formal charge
        if k <= t.i + _REACH and (lows[k] in words or lems[k] in words):
            crowd = True
    return crowd


def _baton_after(doc: AnnotatedDocument, k: int) -> bool:
    """The noun after "with" at ``k`` (past a determiner or an adjective) is a ``baton-word``
    (batons, truncheons, clubs, shields): what the charge is made with."""
    from .non_event_senses import _words

    sent = doc.sentences[doc.tokens[k].sent]
    lows = doc.lowered_texts()
    for j in range(k + 1, min(sent.token_end, k + 4)):
        if lows[j] in _words("baton-word"):
            return True
        if doc.tokens[j].pos not in ("DET", "ADJ", "NUM"):
            return False
    return False
