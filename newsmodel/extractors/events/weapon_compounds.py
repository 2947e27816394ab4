"""A generic noun named as a weapon by the words before it: "air defence systems", "artillery
systems", "missile equipment".

Arms shipped to a party are military aid (PLOVER manual, AID: "arms and personnel"; the triggers
"ship @arms", "deliver @arms"), but the pair rows name the object's head noun, and a news
sentence often puts a weapon in a modifier before a generic head ("shipped air defence systems to
Ukraine"). English compounds are right-headed: the head says what kind of thing, the modifier what
it is for, so a head of ``sense_words`` class ``weapon-head`` ("system", "equipment") whose
modifier is an ``arms`` noun (``object_classes.tsv``) or a ``weapon-modifier`` word ("defence",
"anti-aircraft") names a weapon; "air conditioning systems" stays no weapon. The modifiers are read
on the surface (the words right before the head), the same for every engine.

Left at stop 44 (docs/accuracy.md); issue 14 batch 135, helper e76 at stop 45.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class

__all__ = ["names_a_weapon"]

#: Parts of speech of the modifiers read before the head ("air defence", "anti - aircraft").
_MODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ", "PUNCT", "VERB"})

#: How many words before the head are read ("long - range air defence systems").
_REACH = 4


def names_a_weapon(doc: AnnotatedDocument, noun: Token, arms: frozenset[str]) -> bool:
    """``noun`` is a ``weapon-head`` noun and one of the few modifier words right before it, in its
    sentence, is an ``arms`` noun or a ``weapon-modifier`` word."""
    heads = word_class("sense_words.tsv", "weapon-head")
    if noun.lemma.lower() not in heads and noun.text.lower() not in heads:
        return False
    modifiers = word_class("sense_words.tsv", "weapon-modifier")
    start = doc.sentences[noun.sent].token_start
    for k in range(noun.i - 1, max(start - 1, noun.i - _REACH - 1), -1):
        w = doc.tokens[k]
        if w.pos not in _MODIFIER_POS or (w.pos == "PUNCT" and w.text not in ("-", "–")):
            return False
        if w.pos == "PUNCT":
            continue
        words = {w.lemma.lower(), w.text.lower()}
        if k - 2 >= start and doc.tokens[k - 1].text in ("-", "–") and doc.tokens[k - 1].start == doc.tokens[k - 2].end:
            words.add(f"{doc.tokens[k - 2].text.lower()}-{w.text.lower()}")  # "anti - aircraft" split at its hyphen
        if not words.isdisjoint(arms) or not words.isdisjoint(modifiers):
            return True
    return False
