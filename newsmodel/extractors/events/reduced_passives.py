"""Without a parse, a past participle of a verb of harm that describes a noun is passive: the
noun is its victim, not its agent (issue 14, stop 35, e34).

"one of five people *killed* in the raid", "the daughter of *slain* principal Dawn Reyes", a
headline's "Widow Of *Slain* Border Agent": verbs whose object can only be people (``harm-verb``
in ``sense_words.tsv``: kill, slay, wound, kidnap ...) must take an object when active, so

* right after a noun and right before a preposition or a conjunction of time (not "by", whose
  phrase names the agent: :mod:`.surface_roles` reads it), the participle has no object -- it is
  a reduced relative clause, and the noun before it is the one harmed;
* after a determiner or a preposition and before a noun ("the slain journalist", "of slain
  principal X"), it is an adjective -- the noun after it is the one harmed.

The rules engine took the nearest actor before the verb as the agent: the victims ("people")
or the headline's unrelated subject ("Widow").  With a parse the dependency labels say passive
(:func:`..roles.participle_on_noun`).  Found in a hand judgment of every rules event on PolNeAR
train (stop 35, e34; dev batch 69).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from .senses import event_words

__all__ = ["reduced_passive_victim"]

#: Words after a reduced relative's participle that show it has no object: a place, a time or
#: an occasion ("killed in the raid", "wounded during the protest", "killed when the bus ...").
_AFTER_REDUCED = frozenset({"in", "at", "during", "on", "near", "outside", "inside", "since", "when", "after", "before", "while", "last", "this", "earlier"})
#: Words after "at" that make it part of a number ("killed at least 12"): an active verb's object follows.
_NUMBER_WORDS = frozenset({"least", "most", "leas"})
#: What may stand right before an adjectival participle: a determiner, a preposition, a possessive.
_BEFORE_ADJECTIVAL = frozenset({"DET", "ADP"})


def reduced_passive_victim(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The noun harmed by the participle at ``t`` when ``t`` is a reduced relative ("people killed
    in the raid": "people") or an adjective ("of slain principal X": "X"'s phrase head), else
    None.  Only without a parse, and only for verbs of harm (``harm-verb``) in a participle form."""
    if doc.has_parse or t.pos != "VERB" or t.lemma.lower() not in event_words("harm-verb"):
        return None
    low = t.text.lower()
    if low == t.lemma.lower() or low.endswith(("ing", "s")):
        return None  # "kill", "killing", "kills": no participle
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    before = doc.tokens[t.i - 1] if t.i > sent.token_start else None
    after = t.i + 1
    if before is not None and before.pos in ("NOUN", "PROPN") and after < sent.token_end and lows[after] in _AFTER_REDUCED and t.lemma.lower() not in event_words("aim-at-verb"):
        # (not a verb that aims without an object: "troops shot at a crowd" is active, ``aim-at-verb``)
        if not (lows[after] == "at" and after + 1 < sent.token_end and lows[after + 1] in _NUMBER_WORDS):
            return before  # "people killed in the raid"
    if (before is None or before.pos in _BEFORE_ADJECTIVAL or before.text in ("'s", "’s")) and after < sent.token_end and doc.tokens[after].pos in ("NOUN", "PROPN"):
        k = after
        while k + 1 < sent.token_end and doc.tokens[k + 1].pos in ("NOUN", "PROPN"):
            k += 1
        return doc.tokens[k]  # "of slain principal Dawn Reyes", "the wounded soldiers"
    return None
