"""An armed party driven back is military force (issue 14, lead, stop 43, dev batch 119 D).

"The army pushed back the rebels from the town", "Government troops drove the militants back",
"The garrison repelled the insurgents": driving an armed party back is conventional military force
(ASSAULT, CAMEO 190).  The same verbs are a delay ("pushed back the deadline by a month"), a
rebuttal ("pushed back against the report", which the denial rules read), business ("repelled a
takeover bid") or people turned back at a border ("pushed back hundreds of asylum seekers", which
the CAMEO patterns code as coercion) -- so :func:`drives_back_armed_party` names the force only
when the verb's object is an armed party: an actor with an armed sector code (troops, rebels,
gunmen, police) or an ``armed-word`` noun; every other use goes on to the patterns as before.
Verbs of ``sense_words.tsv`` class ``repel-verb``; those of class ``repel-back-verb`` (push, drive,
force) need their particle "back" (right after the verb or after its object).

An attack driven back is the same force (lead, stop 44, batch 127 B): "Government troops repulsed a
rebel offensive", "Kurdish fighters repelled an attack by militants", "pushed back a Russian
advance" -- the object is the attack (``sense_words.tsv`` class ``repelled-attack``), and the
sentence names an armed party (the repeller or the attacker: :func:`senses.armed_party`, with the
``armed-context`` words).  Without one it is words or business: "repelled attacks from her rivals",
"repelled a takeover attempt".  "Counter" is read the same way (helper e72 at stop 44, batch 128 C):
"The rebels countered the offensive with a wave of attacks" is the rebels fighting back, while
"countered the claim" (a rebuttal) and "countered the launch with a cheaper tablet" (business) have
no attack or armed party as object and go on as before.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

__all__ = ["REPEL_VERBS", "drives_back_armed_party", "participle_modifier"]

#: The verbs, read before the CAMEO patterns (senses._argument_lemmas lists them).
REPEL_VERBS = word_class("sense_words.tsv", "repel-verb")

#: Verbs that drive back only with "back" ("pushed back the rebels"; "pushed the rebels" is not it).
_NEED_BACK = word_class("sense_words.tsv", "repel-back-verb")


def _object_of(doc: AnnotatedDocument, t: Token) -> tuple[Token | None, int]:
    """The verb's object and the index after its noun phrase: the parse's, or without a parse the
    last noun of the noun phrase after the verb and its particle ("pushed back *the rebels*",
    "drove *the militants* back")."""
    sent = doc.sentences[t.sent]
    if doc.has_parse:
        # the last object: a compound the parser split into two objects keeps its head ("pushed back
        # an enemy advance": "enemy" and "advance" both objects)
        obj = next((c for c in reversed(doc.children(t.i)) if c.dep in ("obj", "dobj")), None)
        return obj, (obj.i + 1 if obj is not None else t.i + 1)
    k = t.i + 1
    if k < sent.token_end and doc.tokens[k].text.lower() == "back":
        k += 1
    head = None
    while k < sent.token_end and (doc.tokens[k].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN") or participle_modifier(doc, k, sent.token_start)):
        if doc.tokens[k].pos in ("NOUN", "PROPN"):
            head = doc.tokens[k]
        k += 1
    return head, k


def participle_modifier(doc: AnnotatedDocument, k: int, start: int) -> bool:
    """Word ``k`` is a participle in -ed that the tagger took for a verb after a determiner or an
    adjective: a modifier of the noun after it ("an *armed* raid", "a failed assault")."""
    w = doc.tokens[k]
    return w.pos == "VERB" and w.text.lower().endswith("ed") and k > start and doc.tokens[k - 1].pos in ("DET", "ADJ", "NUM")


def drives_back_armed_party(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """True when the ``repel-verb`` at ``t`` (with "back" where it needs it) has an armed party as
    its object, or an attack (``repelled-attack``) in a sentence that names an armed party."""
    lemma = t.lemma.lower()
    if t.pos != "VERB" or lemma not in REPEL_VERBS:
        return False
    obj, after = _object_of(doc, t)
    if obj is None or obj.i < t.i:
        return False
    if lemma in _NEED_BACK:
        lows = doc.lowered_texts()
        end = doc.sentences[t.sent].token_end
        if not ((t.i + 1 < end and lows[t.i + 1] == "back") or (after < end and lows[after] == "back")):
            return False
    if obj.lemma.lower() in word_class("sense_words.tsv", "armed-word"):
        return True
    from .senses import _ARMED, armed_party  # (senses reads this module: imported when first asked, as armed_campaigns does)

    if obj.lemma.lower() in word_class("sense_words.tsv", "repelled-attack") or obj.text.lower() in word_class("sense_words.tsv", "repelled-attack"):
        return armed_party(doc, draft, t, "armed-context")  # "repulsed a rebel offensive": an attack driven back

    actor = draft.actor_at(obj.start, obj.end)
    fields = draft.actor_fields(actor) if actor else None
    return fields is not None and bool(fields.code) and any(c in fields.code for c in _ARMED)
