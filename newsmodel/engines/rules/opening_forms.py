"""Inflected common words the rules engine must not read as people when they open a sentence or a
quotation: the plural of a common noun ("Things are ...", "Programs for ... vary") and a participle
before "by" ("Flanked by guards, ...", "Buoyed by the vote, ...", "Editing by ...").

Without a statistical model the rules tagger reads an unknown capitalised word as a proper noun, and
the entity pass reads a lone proper noun as a person.  :mod:`.opening_words` drops an opening word
that the document also writes in lower case, or that is a general adverb or adjective; it keeps a
word a verb follows, the subject of its clause ("Video shows ...").  Two inflected shapes are no
name whatever follows them (issue 14, helper a23 at stop 45, judged on PolNeAR train texts):

* a regular plural both of whose forms are WordNet nouns the name lexicons do not list
  (``headline_vocabulary.general_common``: "Things", "Programs", "Tensions"; not "Sanders",
  "Banks", "Fields", which the surname lists hold), with no full verb right after it ("Things are
  ...", "Programs for ... vary"): names are singular, and a surname that is such a plural ("Woods",
  "Powers") is part of a two-word name elsewhere in the document, which the caller keeps; a
  singular verb after it ("Powers says") keeps the name too, and so does any full verb: the plural
  may be the agent of an event the rules read ("Coastguards evacuated ...", WordNet no person);
* a word in -ed or -ing that WordNet lists as a verb form, right before "by": an opening participle
  phrase ("Flanked by aides"), or a wire credit line ("Editing by ...").

Plurals of agent words ("Aircraft", "Militants") never reach here: the tagger reads them as common
nouns (``tagger._initial_noun``); the people plurals ("Critics say") are dropped before this test.
"""

from __future__ import annotations

from ..headline_vocabulary import general_common
from .tagger import noun_singular

#: Singular present verbs after which a capitalised word in -s is a surname ("Powers says").
_SINGULAR_VERBS = frozenset({"says", "has", "is", "was", "does", "tells", "writes", "adds", "argues", "thinks"})


def common_plural(words: list[str], pos: list[str], i: int, s_end: int) -> bool:
    """``words[i]`` is the regular plural of a common noun, both forms WordNet nouns the name
    lexicons do not list, and neither a full verb nor a singular verb follows it."""
    if i + 1 < s_end and pos[i + 1] == "VERB":
        return False  # "Coastguards evacuated ...": maybe the agent of an event the rules read, left as read
    word = words[i]
    low = word.lower()
    if len(low) < 4 or not word[1:].islower() or not low.endswith("s") or low.endswith(("ss", "'s", "’s")):
        return False
    singular = noun_singular(low)
    if singular == low or not (general_common(word, pos="n") and general_common(singular, pos="n")):
        return False
    return not (i + 1 < s_end and words[i + 1].lower() in _SINGULAR_VERBS)


def participle_before_by(words: list[str], i: int, s_end: int) -> bool:
    """``words[i]`` ends in -ed or -ing, is a verb form WordNet lists, and "by" follows it."""
    word = words[i]
    low = word.lower()
    if not (i + 1 < s_end and words[i + 1].lower() == "by"):
        return False
    if len(low) < 5 or not word[1:].islower() or not low.endswith(("ed", "ing")):
        return False
    return general_common(word, pos="v")
