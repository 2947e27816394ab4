"""The act a request, threat, refusal or promise puts to a named party, read without a parse.

"Lawmakers called on the premier to resign", "Protesters urged the army chief to step down",
"The envoy asked the rebels to release the hostages": the resignation, the stepping down and the
release have not happened -- they are what is asked for, and PLOVER codes the one REQUEST (manual,
REQUEST; the same for THREATEN, REJECT and AGREE).  With a parse, :func:`.triggers._subsumed`
climbs from the infinitive to the verb that governs it; the rules engine has no parse, and its
:func:`.triggers.governor` only sees a verb right before "to" ("declined to send").  Here the
words between are read: a noun phrase (the party asked: determiners, adjectives, names, titles,
possessives, a bracketed party label as in "Sen. Ann Okafor (D)") or an object pronoun, after
"on", "upon", "for" or "to" when the verb takes it ("called on", "called for", "appealed to"),
and before that the verb.  The shape is
English object control, so it is right by construction whatever the verb; which verbs subsume is
the caller's test (:data:`.triggers._SUBSUMING`'s categories).

Found on PolNeAR train with the rules engine (stop 34, e29; dev batch 62): a called-for
resignation was coded RETREAT beside the REQUEST.
"""

from __future__ import annotations

from collections.abc import Callable

from ...document import AnnotatedDocument, Token
from ..mentions import POSSESSIVES
from .sense_checks import before_adverbs

__all__ = ["asked_of_a_party"]

#: Object pronouns that can be the party asked ("urged him to step down").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it"})

#: Parts of speech a noun phrase of the party asked is made of.
_NP_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})

#: How many words a party's noun phrase may take ("the Republican governor of the state's ...").
_MAX_NP = 9


def asked_of_a_party(doc: AnnotatedDocument, t: Token, subsumes: Callable[[AnnotatedDocument, Token], bool]) -> bool:
    """True when the verb ``t`` is the infinitive in "<verb> (on|upon) <party> to <t>" and
    ``subsumes`` says the verb names the whole event (a request, threat, refusal or promise)."""
    if doc.has_parse or t.pos != "VERB":
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = before_adverbs(doc, t)  # "to quickly release"
    if k <= lo or lows[k] != "to":
        return False
    k -= 1
    start = k
    if lows[k] in _OBJECT_PRONOUNS:
        k -= 1
    else:
        has_noun = False
        depth = 0  # inside a bracketed label, read from its end
        while k >= lo and start - k < _MAX_NP:
            w = doc.tokens[k]
            low = lows[k]
            if low == ")":
                depth += 1
            elif low == "(" and depth:
                depth -= 1
            elif depth:
                pass
            elif w.pos in _NP_POS or low in POSSESSIVES or low in ("'s", "’s", "of"):
                has_noun = has_noun or w.pos in ("NOUN", "PROPN")
            else:
                break
            k -= 1
        if not has_noun or depth or k < lo:
            return False
    if k >= lo and lows[k] in ("on", "upon", "for", "to"):
        k -= 1  # "called on the premier to resign", "called for a counsel to investigate", "appealed to the rebels to free"
    if k < lo:
        return False
    verb = doc.tokens[k]
    return verb.pos == "VERB" and subsumes(doc, verb)
