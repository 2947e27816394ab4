"""The speaker of a cue participle on a medium put out by a party, read without a parse.

"The ministry issued a statement accusing Turkey of ...", "Halvorsen released a
statement Wednesday saying the port would reopen": the participle ("accusing",
"saying") is the cue, but the noun right before it is the medium ("a
statement"), not a speaker.  The nearest-noun reading of the rules engine made
"a statement" the source, an actor-less statement that matches no attribution
(PolNeAR marks the party that issued the statement as the source; it was the
commonest wrong source of a participle cue on a PolNeAR train slice, sorted
index i % 23 in 19, 20: issue 14, helper h5 at stop 46).

The parse engines read the same shape in :mod:`.medium_objects` with the same
lexicons: a verb that puts out a text (``medium_objects.tsv``, class
``publish``: release, issue, publish, unveil) whose object is a noun of saying
(``cue_nouns.tsv``: statement, report) carrying the participle.  Here the shape
is read off the surface: the participle, optionally after a weekday ("a
statement Wednesday saying"), right after the noun; before the noun only
determiners, possessives and adjectives, then the publish verb.  The
participle's source is then the publish verb's subject.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import Token
from ...lexicons import cue_noun_frames, weekdays, word_class
from ..attribution import Context, Source
from ..mentions import POSSESSIVES

#: Longest run of modifiers (determiner, possessive, adjective) read between the verb and the noun.
_MAX_MODIFIERS = 4


@lru_cache(maxsize=1)
def _publish_verbs() -> frozenset[str]:
    return word_class("medium_objects.tsv", "publish")


def medium_publisher(ctx: Context, cue: Token, sent_start: int) -> Source | None:
    """The subject of the publish verb when ``cue`` is a participle on the medium it put out."""
    doc = ctx.doc
    if not cue.text.lower().endswith("ing"):
        return None
    k = cue.i - 1
    if k >= sent_start and doc.tokens[k].text.lower() in weekdays():
        k -= 1  # "a statement Wednesday saying"
    if k < sent_start or doc.tokens[k].pos != "NOUN" or doc.tokens[k].lemma not in cue_noun_frames():
        return None
    k -= 1
    lo = max(sent_start, k - _MAX_MODIFIERS)
    while k >= lo and (doc.tokens[k].pos in ("DET", "ADJ") or doc.tokens[k].text.lower() in POSSESSIVES):
        k -= 1
    if k < sent_start or doc.tokens[k].pos != "VERB" or doc.tokens[k].lemma not in _publish_verbs():
        return None
    return ctx.subject_of(doc.tokens[k])
