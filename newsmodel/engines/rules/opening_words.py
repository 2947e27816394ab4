"""Capitalised words the rules engine must not read as people: a common word capitalised only
because it opens a sentence or a quotation, and a one-word name after "the".

Without a statistical model the rules tagger reads an unknown capitalised word as a proper noun, and
the entity pass reads a lone proper noun as a person.  Three shapes are wrong by construction (issue
14, helper a11 at stop 39, judged on PolNeAR train texts):

* a word capitalised because it opens a sentence, or the quotation inside one ('said, "Certainly
  there are ..."'), that the same document writes in lower case elsewhere ("Today, ..." and "today")
  -- names are not written in lower case -- or that is an adverb made from an adjective
  ("Tellingly,", ``headline_case``'s test), or that is a general English adverb or adjective no
  name lexicon lists ("Nevertheless,", "Absolutely.", "Famed fight doctor ...", "Thirty-seven
  percent ..."; ``headline_vocabulary.general_common``; not nouns: WordNet lists "macron") -- news names a person in full before a bare surname, so
  a surname that is also a word ("Rice") is part of a two-word name elsewhere (below; issue 14,
  helper a20 at stop 43); a word a verb follows stays as it was read (the clause's subject: "Video
  shows that ..." is a source);
* a name right after "the" that modifies no noun after it ("the Observer reported", "the Daily
  Clarion said"): people's names take no article, so it names a body (an outlet, a group, a
  product), read as an organisation; "the Trump campaign" modifies a noun and stays a name, and so
  does a name opening with a given name of ``first_names.tsv``.

A word that is part of a two-word name elsewhere in the document ("Susan Rice" ... "Rice said")
stays a name in every shape.
"""

from __future__ import annotations

from itertools import compress, islice
from operator import and_

from ..headline_case import manner_adverb
from ..headline_vocabulary import general_common
from .tagger import function_word
from .word_facts import facts_of

_QUOTE_CHARS = frozenset("\"'“”‘’`«»")
#: What ends a sentence of running text; a headline ends with none of them.
_SENTENCE_ENDS = frozenset({".", "!", "?", "\"", "”", "’", "'", "''", "…", ")"})


def _quote_mark(w: str) -> bool:
    """``w`` is made of quote marks only (the set test walks the word's characters in C)."""
    return bool(w) and _QUOTE_CHARS.issuperset(w)


def opens_quotation(words: list[str], i: int, s_start: int) -> bool:
    """``words[i]`` is the first word of a quotation inside the sentence: the word before it is a
    quote mark, and an odd number of quote marks stand before it in the sentence (so that mark opens,
    not closes, a quotation: '"No," Officials said' has two)."""
    if i <= s_start or not _quote_mark(words[i - 1]):
        return False
    return sum(map(_quote_mark, words[s_start:i])) % 2 == 1  # a slice: islice would walk from word 0


def common_opener(words: list[str], pos: list[str], i: int, s_end: int, lower_words: frozenset[str], general: bool = True) -> bool:
    """The capitalised opening word ``words[i]`` is a common word: written in lower case elsewhere
    in the document (``lower_words``), an adverb made from an adjective ("Tellingly"), or a general
    English adverb or adjective the name lexicons do not list ("Nevertheless", "Famed"; WordNet
    nouns include surnames such as "macron", and are left alone; the caller keeps a word of
    a two-word name elsewhere in the document, and given names).  A word a
    verb follows is left alone: it is the clause's subject ("Video shows that ..."), a source the
    statement rules read as before."""
    if i + 1 < s_end and pos[i + 1] in ("VERB", "AUX"):
        return False
    low = words[i].lower()
    if low in lower_words or low.endswith("ly") and manner_adverb(low):
        return True
    if not general or i + 1 < s_end and words[i + 1][:1].isupper() or words[s_end - 1] not in _SENTENCE_ENDS:
        return False  # "Popular Website Shows Bias" (``general`` False: a recased headline), a headline with no full stop: left as read
    return general_common(words[i], pos="r") or general_common(words[i], pos="a")


def names_a_body(words: list[str], pos: list[str], i: int, j: int, s_start: int, s_end: int) -> bool:
    """The name ``words[i:j]`` follows "the" and modifies no lower-case noun or adjective after it
    ("the Observer reported", "the Daily Clarion said"; not "the Trump campaign"), nor ends in a
    plural ("the Obamas")."""
    if i <= s_start or words[i - 1].lower() != "the" or words[j - 1].endswith("s"):
        return False
    return not (j < s_end and words[j][:1].islower() and pos[j] in ("NOUN", "ADJ", "PROPN"))


def name_words(words: list[str]) -> frozenset[str]:
    """The words standing right after or before another capitalised word anywhere in the document
    ("Susan Rice", "Rice Jr"), a function word aside ("The Observer" is no two-word name): parts of
    people's names, which stay names in every shape above."""
    return paired_words(words, facts_of(words, _NAME_PARTS, _name_part, _NAME_PARTS_MAX))


def _name_part(w: str) -> bool:
    """``w`` may be part of a person's name: capitalised, the rest in lower case, no function word."""
    return w[:1].isupper() and w[1:].islower() and len(w) > 1 and not function_word(w)


#: Word -> :func:`_name_part`'s answer, kept across documents (a test of the word alone, read for
#: every word of a document that needs it); bounded, cleared when full. Booleans only, untracked.
_NAME_PARTS: dict[str, bool] = {}
_NAME_PARTS_MAX = 200_000


def paired_words(words: list[str], name_like: list[bool]) -> frozenset[str]:
    """The words of ``words`` that stand right before or after another word ``name_like`` marks
    (booleans, one a word; one pass; shared with the entity pass's own test of a name's parts)."""
    # pair m is (words[m], words[m + 1]); both marked (``&`` of two booleans): both words are in.
    # One pass each, in C, instead of a Python loop over every word of the document.
    both = list(map(and_, name_like, islice(name_like, 1, None)))
    out = set(compress(words, both))
    out.update(compress(islice(words, 1, None), both))
    return frozenset(out)
