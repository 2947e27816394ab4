"""A party embraced is a party endorsed (issue 14 batch 79, e39: PolNeAR train recall).

"The union leaders embraced the nominee", "the bloc embraced Governor Ruiz":
in political news "embrace" with a person, a body or a state as its object is support (CAMEO
05, endorse; PLOVER SUPPORT).  CAMEO.2.0's EMBRACE block codes the verb by its object ("embrace
the plan" 030, "embrace the treaty" 030, "as partner" 050) and by nothing for a person, so the
party's embrace was lost.  An embrace of a relative ("embraced his daughter") is a hug, and one
of an idea, a design or a plan stays with the CAMEO patterns ("embraced the idea": none).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..nominals import names_party, nominal_kind
from ..roles import kin_nouns

__all__ = ["embraces_a_party", "EMBRACE_VERBS"]

#: ``embrace-verb`` of ``sense_words.tsv``: verbs whose object, a party, is endorsed.
EMBRACE_VERBS = word_class("sense_words.tsv", "embrace-verb")


def embraces_a_party(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is an ``embrace-verb`` whose object (with a parse its ``obj``; without one the first
    noun after it, past determiners and adjectives, within five words) is a person, a body or a
    state -- an actor of that kind or a noun the lexicons type so -- and no kin noun."""
    if t.pos != "VERB" or t.lemma.lower() not in EMBRACE_VERBS:
        return False  # first: asked of every verb no lexicon row claims
    obj = _object(doc, t)
    if obj is None or obj.lemma.lower() in kin_nouns() or obj.text.lower() in kin_nouns():
        return False
    if obj.pos == "NOUN" and nominal_kind(obj) not in ("person", "group", "organization"):
        return False  # "embraced her Irish and Greek roots": an actor named in a modifier is not what is embraced
    return names_party(draft, obj, actor_kinds=("person", "organization", "country", "group"), noun_kinds=("person", "group", "organization"))


def _object(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb's object head: the parse's ``obj``, or without a parse the last noun of the noun
    phrase right after the verb ("embraced *Governor Ruiz*", "embrace *the nominee*"), past a
    possessor ("embraced the senator's *views*")."""
    if doc.has_parse:
        return next((c for c in doc.children(t.i) if c.dep in ("obj", "dobj") and c.i > t.i), None)
    sent = doc.sentences[t.sent]
    head = None
    for k in range(t.i + 1, min(sent.token_end, t.i + 8)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            head = w
            continue
        if w.text in ("'s", "’s"):
            head = None  # a possessor: "embraced Senator Ruiz's views" embraces the views
            continue
        if w.pos in ("DET", "ADJ", "NUM") and head is None:
            continue
        break
    return head
