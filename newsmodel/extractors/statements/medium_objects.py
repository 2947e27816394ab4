"""A cue verb that only puts out the medium its object speaks through.

"The town released a statement Wednesday saying the figures were wrong": the
parse gives two cues, "released" (content: its object "a statement") and
"saying" (content: the clause).  By PolNeAR's definition an attribution is a
source, a cue and the content attributed; here there is one, whose cue runs
from "released" to "saying" and whose content is the clause.  The statement
of "released" would attribute the words "a statement" -- no content at all.

So when a verb that puts out a text (``medium_verbs.tsv``, class ``publish``:
release, issue, publish, unveil) takes as object a noun that carries a cue
participle of its own ("a statement saying", "a report finding", "a plan
calling for"; the participle may hang on the noun or, after a time or place
phrase, on the verb), the verb makes no statement; the participle's stands, with
the same subject as its source.  A relative clause ("a video that accuses")
is left alone: its source is the relative pronoun, which the rule for "that"
relatives reads as a thing, so the outer verb's statement is the only one.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import cue_frames, word_class
from ..tree import child


@lru_cache(maxsize=1)
def _publish_verbs() -> frozenset[str]:
    return word_class("medium_verbs.tsv", "publish")


def speaks_through_object(doc: AnnotatedDocument, t: Token, lo: int, hi: int) -> bool:
    """Cue ``t`` (content tokens ``lo..hi``) puts out an object that carries its own cue participle."""
    if t.lemma not in _publish_verbs():
        return False
    obj = child(doc, t.i, "obj")
    if obj is None or not lo <= obj.i <= hi:
        return False
    # the parser hangs the participle on the noun ("a statement saying") or, after a time or
    # place phrase, on the verb ("a statement on Monday saying")
    on_noun = [d for d in doc.children(obj.i) if d.i > obj.i and d.dep == "acl"]
    on_verb = [d for d in doc.children(t.i) if d.i > obj.i and d.dep == "advcl" and child(doc, d.i, "mark") is None]
    return any(_cue_participle(doc, d) for d in on_noun + on_verb)


def _cue_participle(doc: AnnotatedDocument, d: Token) -> bool:
    """``d`` is a participle of a cue verb ("*saying* ...") with no subject of its own."""
    return d.tag in ("VBG", "VBN") and d.lemma in cue_frames() and child(doc, d.i, "nsubj", "nsubj:pass") is None
