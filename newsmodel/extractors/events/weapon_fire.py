"""Fire from weapons as the subject of a killing: "Artillery fire killed four civilians", "Sniper
fire wounded a journalist", "Machine-gun fire from a passing car killed two officers".

"fire" alone is a hazard ("A house fire killed three children": no event; ``hazard`` in
sense_words.tsv), so the sense checks that read a hazard subject veto the killing, and the event
coder, finding no actor as subject, drops it.  A fire noun whose own modifiers name a weapon or an
armed party (``fire-modifier``, with the ``weapon``, ``armed-means`` and ``armed-context`` words)
is the fire of weapons: PLOVER ASSAULT with its attacker unnamed, as with a weapon subject ("killed
by a bomb": the manual's unidentified actor).  The modifiers are read off the words right before
the noun, which both engines give alike (lead, stop 45, dev batch 130 A).
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

#: How many words before the fire noun its modifiers may take ("heavy machine - gun fire").
_MODIFIER_REACH = 5


def _words(cls: str) -> frozenset[str]:
    return word_class("sense_words.tsv", cls)


@lru_cache(maxsize=1)
def _armed_modifiers() -> frozenset[str]:
    return _words("fire-modifier") | _words("weapon") | _words("armed-means") | _words("armed-context")


def _fire_noun(noun: Token) -> bool:
    return noun.lemma.lower() in _words("fire-noun") or noun.text.lower() in _words("fire-noun")


def weapon_fire(doc: AnnotatedDocument, noun: Token) -> bool:
    """``noun`` is a ``fire-noun`` and a word of its own modifiers right before it (nouns,
    adjectives, names, hyphen parts, within its sentence) names a weapon or an armed party."""
    if not _fire_noun(noun):
        return False
    armed = _armed_modifiers()
    lo = max(doc.sentences[noun.sent].token_start, noun.i - _MODIFIER_REACH)
    for j in range(noun.i - 1, lo - 1, -1):
        w = doc.tokens[j]
        if w.pos not in ("NOUN", "PROPN", "ADJ", "PUNCT") or w.pos == "PUNCT" and w.text != "-":
            return False  # the start of the noun's phrase
        parts = {w.text.lower(), w.lemma.lower(), *w.text.lower().split("-")}
        if parts & armed or any(p.endswith("s") and p[:-1] in armed for p in parts):
            return True
    return False


def from_phrase_head(doc: AnnotatedDocument, k: int) -> int | None:
    """Without a parse: when word ``k`` (right before a verb) ends a from-phrase hung on a noun
    ("fire *from a passing car* killed", "fire *from across the border* injured"), the index of
    that noun; else None."""
    lo = max(doc.sentences[doc.tokens[k].sent].token_start, k - 6)
    for j in range(k, lo - 1, -1):
        w = doc.tokens[j]
        if w.text.lower() == "from":
            return j - 1 if j - 1 >= lo and doc.tokens[j - 1].pos == "NOUN" else None
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "VERB") or w.pos == "VERB" and not w.text.lower().endswith("ing"):
            return None  # ("a passing car": a participle in the phrase)
    return None


def fire_party(doc: AnnotatedDocument, draft: Draft, verb: Token) -> str | None:
    """With a parse: the party whose fire is the subject of ``verb`` ("Police fire killed a
    student"): a noun compounded with the fire noun that names a party (an actor, or a noun the
    lexicons type as a group or a body), as a party's name does in "Israeli fire"."""
    if not doc.has_parse:
        return None
    from ..nominals import nominal_actor, nominal_kind
    from ..roles import agent_token

    subj = agent_token(doc, verb)
    if subj is None or not _fire_noun(subj):
        return None
    for c in doc.children(subj.i):
        if c.dep != "compound" or c.i > subj.i:
            continue
        found = draft.actor_at(c.start, c.end)
        if found is None and nominal_kind(c) in ("group", "organization"):
            found = nominal_actor(draft, c, c.start)
        if found is not None:
            return found
    return None
