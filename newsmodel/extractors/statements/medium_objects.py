"""A cue verb that only puts out the medium its object speaks through.

"The town released a statement Wednesday saying the figures were wrong": the
parse gives two cues, "released" (content: its object "a statement") and
"saying" (content: the clause).  By PolNeAR's definition an attribution is a
source, a cue and the content attributed; here there is one, whose cue runs
from "released" to "saying" and whose content is the clause.  The statement
of "released" would attribute the words "a statement" -- no content at all.

So when a verb that puts out a text (``medium_objects.tsv``, class ``publish``:
release, issue, publish, unveil) takes as object a noun whose cue participle
("a statement saying", "a report finding", "a plan calling for"; hung on the
noun or, after a time or place phrase, on the verb) lies outside the content
the parse gives the verb, the verb makes no statement; the participle's
stands, with the same subject as its source.  Where the verb's content holds
the participle ("issued a statement expressing optimism ..."), that one
statement stays (the participle's own is dropped as covered by it; PolNeAR
marks either reading).  So does a medium with a topic of its own ("issued a
statement on the subject": PolNeAR's content is the topic; prepositions of
class ``topic-preposition``), and a participle that finds no content of its
own (its statement would not stand).  A relative clause ("a video that accuses") is left
alone: its source is the relative pronoun, which the rule for "that"
relatives reads as a thing, so the outer verb's statement is the only one.

"release" with a person as object sets the person free ("Cuba released the
contractor"): no text is put out, so no statement (class ``frees-people``).
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import cue_frames, word_class
from ...lexicons.nouns import wordnet_people
from ..tree import case_of, child, is_time_entity
from .cue_verb_content import cue_content, frames_of


@lru_cache(maxsize=1)
def _publish_verbs() -> frozenset[str]:
    return word_class("medium_objects.tsv", "publish")


@lru_cache(maxsize=1)
def _topic_prepositions() -> frozenset[str]:
    return word_class("medium_objects.tsv", "topic-preposition")


@lru_cache(maxsize=1)
def _freeing_verbs() -> frozenset[str]:
    return word_class("medium_objects.tsv", "frees-people")


def frees_a_person(doc: AnnotatedDocument, t: Token) -> bool:
    """Cue ``t`` is "release" with a person as object ("Cuba released the contractor"):
    the sense of setting someone free, with no words put out (a person's name, a personal
    pronoun for one person or a WordNet noun for people heads the object;
    "releasing them to the public" may be documents)."""
    if t.lemma not in _freeing_verbs():
        return False
    obj = child(doc, t.i, "obj") or child(doc, t.i, "nsubj:pass")
    if obj is None:
        return False
    if obj.pos == "PRON":
        return obj.text.lower() in ("him", "her", "he", "she")  # "them" may be documents
    return any(e.label == "PERSON" for e in doc.entities_at(obj.i)) or obj.lemma in wordnet_people()


def speaks_through_object(doc: AnnotatedDocument, t: Token, pieces: list[tuple[int, int]]) -> bool:
    """Cue ``t`` (content token ranges ``pieces``, inclusive) puts out an object whose own cue
    participle lies outside that content."""
    if t.lemma not in _publish_verbs():
        return False
    obj = child(doc, t.i, "obj")
    if obj is None or not any(lo <= obj.i <= hi for lo, hi in pieces):
        return False
    if any(c.dep == "nmod" and case_of(doc, c.i) in _topic_prepositions() and not is_time_entity(doc, c.i) for c in doc.children(obj.i)):
        return False  # "a statement on the subject": the topic is the verb's content
    # the parser hangs the participle on the noun ("a statement saying") or, after a time or
    # place phrase, on the verb ("a statement on Monday saying")
    on_noun = [d for d in doc.children(obj.i) if d.i > obj.i and d.dep == "acl"]
    on_verb = [d for d in doc.children(t.i) if d.i > obj.i and d.dep == "advcl" and child(doc, d.i, "mark") is None]
    # a participle inside the content is read with it (one statement, "a statement saying X");
    # one outside leaves the verb only the bare medium, and the participle makes its own statement
    return any(_cue_participle(doc, d) and not any(lo <= d.i <= hi for lo, hi in pieces) for d in on_noun + on_verb)


def _cue_participle(doc: AnnotatedDocument, d: Token) -> bool:
    """``d`` is a participle of a cue verb ("*saying* ...") with no subject of its own."""
    if d.tag not in ("VBG", "VBN") or child(doc, d.i, "nsubj", "nsubj:pass") is not None:
        return False
    frames = frames_of(doc, d, cue_frames())
    return bool(frames) and cue_content(doc, d, frames) is not None  # its own statement will stand
