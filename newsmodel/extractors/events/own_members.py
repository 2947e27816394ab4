"""A body's force or coercion turned on its own members is an act of one actor on itself, which
CAMEO leaves uncoded (issue 14, helper e91 at stop 48; dev batch 154).

"The party expelled its former leader", "the rebels executed two of their own commanders": the
acting body and the one acted on are the same actor, and the CAMEO manual codes an event between
a source and a different target (an actor's acts on itself -- a party's discipline, a purge inside
an armed group -- get no code).  So an ``own-member-verb`` of force or coercion (expel, arrest,
execute, kill ...) whose object is an ``own-member`` noun (leader, members, commanders, officers ...) possessed by "its" or by "their
own" is no event.

Kept: "the rebels executed two captured army officers" (no possessive: another party's men), "the
party expelled the ambassador", "mutineers arrested their commander" ("their" without "own" may
point to another body), and every other category ("the army withdrew its troops" stays RETREAT).
Words and tags only, so both engines agree; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "acts_on_own_members"]

def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the ``own-member-verb`` lemmas."""
    return (SenseCheck("a body acting on its own members", acts_on_own_members, lemmas=_words("own-member-verb")),)


def acts_on_own_members(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the ``own-member-verb`` at ``t`` has as its object an ``own-member`` noun
    possessed by "its" or "their own" (module docstring)."""
    if not (t.lemma.lower() in _words("own-member-verb") and t.pos == "VERB"):
        return False  # the key test first, as a membership (tests/test_s12.py reads it)
    obj = _member_object(doc, t)
    if obj is None:
        return False
    phrase = doc.lowered_texts()[t.i + 1 : obj.i]
    if "its" in phrase:
        return True  # "expelled its former leader"
    return any(w == "their" and k + 1 < len(phrase) and phrase[k + 1] == "own" for k, w in enumerate(phrase))


def _member_object(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The ``own-member`` noun heading the object phrase right after ``t`` ("its former *leader*",
    "two of their own *commanders*"): the phrase's words are determiners, possessives, adjectives,
    numbers, "of" and "own"; its first noun (or the last of a run of nouns) must be the member."""
    end = min(doc.sentences[t.sent].token_end, t.i + 8)
    members = _words("own-member")
    k = t.i + 1
    while k < end and (doc.tokens[k].pos in ("DET", "ADJ", "NUM", "PRON") or doc.lowered_texts()[k] in ("of", "own")):
        k += 1
    while k + 1 < end and doc.tokens[k].pos == "NOUN" and doc.tokens[k + 1].pos == "NOUN":
        k += 1  # "its party members": the last noun of the run
    if k >= end or doc.tokens[k].pos != "NOUN":
        return None
    w = doc.tokens[k]
    return w if w.lemma.lower() in members or w.text.lower() in members else None
