"""A who-clause that tells the post a person once held is biography, no event (issue 14, stop 39, e46).

Obituaries and profiles describe a person by a past role: "Kessler, who led the army during the
border war, died on Saturday", "the retired general, who commanded a tank brigade in the east,
was buried on Sunday", "a former minister who headed the interior ministry".  The clause holds
a role verb (``role-verb``: command, head, run, govern ...; and ``relative-role-verb``: lead,
which elsewhere also leads a march or an assault) in the past, inside a relative clause opened
by "who" -- background about the person, not an act the story reports.  spaCy and the rules
engine both read "led the army" as MOBILIZE (the CAMEO pattern for leading forces).

A who-clause that reports a new act stays coded: "the gunmen, who attacked a police checkpoint on
Sunday, fled" tells an attack, and the PLOVER manual codes every act a sentence reports, in a
main or a relative clause; "attack" is no role verb, so this check never reads it.  A role verb
that moves forces ("who led his troops into the town", "across", "towards") is a movement
and stays too.

The check reads the few words between "who" and the verb (an auxiliary or an adverb: "who had
once commanded") and the words after the verb in its clause, so it is the same on both engines;
it can only remove an event (dev batch 89, and batch 84's obituary row).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck, keys
from .senses import event_words

__all__ = ["checks", "past_role"]

#: Words that may stand between "who" and the role verb ("who had once commanded", "who later ran").
_BETWEEN = frozenset({"had", "has", "have", "once", "later", "also", "then", "previously", "formerly", "briefly", "long"})

#: Prepositions of a movement: "led his troops into the town" moves forces, no post described.
_MOTION = frozenset({"into", "across", "towards", "toward", "onto", "through", "against", "to", "out"})

#: Words that close the verb's clause for the motion test.
_CLAUSE_END = frozenset({",", ";", ":", "--", "\u2014", "(", ")", "and", "but"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it acts on the role verbs only."""
    return (
        SenseCheck(
            "a past post told in a who-clause: biography",
            past_role,
            lemmas=keys(event_words("role-verb"), event_words("relative-role-verb")),
        ),
    )


def past_role(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the role verb at ``t`` is in the past, in a clause opened by "who", and moves no
    forces anywhere: "Kessler, who led the army during the border war, died" (module docstring)."""
    lemma = t.lemma.lower()
    if not (lemma in event_words("role-verb") or lemma in event_words("relative-role-verb")):
        return False
    if not _past_form(t):
        return False  # a present or a gerund: "who leads the talks" is not biography told in the past
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and lows[k] in _BETWEEN:
        k -= 1
    if k <= sent.token_start or lows[k] != "who":
        return False
    for j in range(t.i + 1, sent.token_end):
        if lows[j] in _CLAUSE_END:
            break
        if lows[j] in _MOTION:
            return False  # "who led his troops into the town": a movement reported
    return True


def _past_form(t: Token) -> bool:
    """The verb is written in a past form: not its lemma, not a present "-s", not a gerund."""
    written = t.text.lower()
    return written != t.lemma.lower() and not written.endswith(("s", "ing"))
