"""Word sense of event triggers: the CAMEO verb patterns and a few checks settle it.

A trigger word alone often says too little: "beat" in sport, "strike" as
lightning or a labour action, "struck a deal", "dismissed the chief
executive".  The CAMEO verb dictionary (``cameo_patterns.tsv``, see
:mod:`..cameo`) pairs verbs with the objects, particles and prepositional
phrases that fix their sense, so:

* a specific CAMEO pattern that codes no PLOVER event ("played down the
  figures", CAMEO ``---``; public statements, CAMEO 01) vetoes a trigger;
* for the ambiguous triggers (class ``needs-sense`` in ``event_cues.tsv``)
  a specific pattern's category replaces the trigger's ("struck a deal" ->
  AGREE), and without one the trigger must pass its own sense check;
* a verb that is no trigger at all becomes one when a specific pattern
  with a PLOVER category matches ("opened an investigation" -> ACCUSE);
  verbs' bare default codes are not used (too many senses: "went" 040).

The curated trigger list otherwise wins over CAMEO, as it follows the
PLOVER manual where CAMEO2PLOVER differs ("signed an agreement" is SUPPORT,
"imposed sanctions" SANCTION).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..cameo import verb_code
from .triggers import words_of

Sense = tuple[int, str, "str | None"]

#: Words before "strike(s)" that make it a labour action (PLOVER PROTEST, CAMEO 143) ...
_LABOUR = frozenset({"general", "labour", "labor", "union", "workers", "worker", "national", "rail", "teachers", "doctors", "nurses", "dock", "transport", "warning", "wildcat", "pay", "staff"})
#: ... or a military one (ASSAULT).
_MILITARY = frozenset({"air", "missile", "drone", "military", "aerial", "artillery", "retaliatory", "rocket", "nuclear", "pre-emptive", "preemptive", "precision", "israeli", "u.s.", "american", "russian", "ukrainian", "airstrike", "naval", "targeted"})
#: Sector codes of armed actors: their "strike", "attack", "beat" is violence.
_ARMED = ("MIL", "REB", "UAF", "COP", "CRM", "SPY", "INS", "IMG")


def sense(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> tuple[int, str, str | None] | None:
    """The (length, category, mode) the trigger at ``t`` has here, or None for no event."""
    ambiguous = curated is not None and curated[0] == 1 and t.lemma.lower() in words_of("needs-sense")
    if t.pos == "VERB":
        vc = verb_code(doc, t)
        if vc is not None and vc.specific:
            if vc.cameo == "---" or vc.plover is None:
                return None if curated is None or curated[0] == 1 else curated
            if curated is None or ambiguous:
                return 1, vc.plover, vc.mode
            return curated
    if curated is None:
        return None
    if ambiguous:
        return _own_sense(doc, draft, t, curated)
    return curated


def _modifiers(doc: AnnotatedDocument, t: Token) -> set[str]:
    """Lower-case words right before a noun trigger and, with a parse, its modifiers."""
    sent = doc.sentences[t.sent]
    out = {doc.tokens[k].text.lower() for k in range(max(sent.token_start, t.i - 2), t.i)}
    if doc.has_parse:
        out |= {c.text.lower() for c in doc.children(t.i) if c.dep in ("compound", "amod", "nmod:poss")}
    return out


def _own_sense(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None]) -> tuple[int, str, str | None] | None:
    n, category, mode = curated
    lemma = t.lemma.lower()
    if t.pos == "NOUN" and lemma == "strike":
        mods = _modifiers(doc, t)
        if mods & _LABOUR or (t.i > 0 and doc.tokens[t.i - 1].text.lower() == "on"):
            return n, "PROTEST", "boycott"  # "went on strike", "a general strike"
        if mods & _MILITARY or _has_prep(doc, t, ("on", "against")):
            return curated
        return None  # "a lightning strike", "a strike of luck"
    if category == "ASSAULT":
        return curated if _armed_context(doc, draft, t) else None
    return curated


def _has_prep(doc: AnnotatedDocument, t: Token, preps: tuple[str, ...]) -> bool:
    nxt = t.i + 1
    return nxt < doc.sentences[t.sent].token_end and doc.tokens[nxt].text.lower() in preps


def _armed_context(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """Violence needs a party that uses it: an armed actor, a state, or a noun the CAMEO
    agents call armed, near the trigger ("troops struck", "gunmen attacked")."""
    sent = doc.sentences[t.sent]
    for _s, _e, a in draft.mentions_between(doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end):
        actor = draft.actor(a)
        if actor is None:
            continue
        if actor.kind == "country" or (actor.code and any(c in actor.code for c in _ARMED)):
            return True
    words = {doc.tokens[k].lemma.lower() for k in range(sent.token_start, sent.token_end)}
    return bool(words & {"aircraft", "jet", "warplane", "drone", "missile", "rocket", "artillery", "tank", "bomb", "shell", "airstrike", "army"})
