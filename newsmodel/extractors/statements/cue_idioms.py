"""Set phrases built on a cue verb that attribute nothing ("That said, ...").

"That said, the bill may still pass" concedes a point; nobody is reported as
saying anything.  The parser reads "That" as the subject of "said" and the
rest of the sentence as its content, so the parse-based cue rule would make
"That" a source.  PolNeAR marks no attribution there (on its train texts every
such statement was false).  The phrases are the ``connective`` class of
``cue_idioms.tsv``; one counts only where it is set off as a connective:
opening its sentence (after an optional "But", "And", "Still") with a comma
after it, so "He said that, too" or "Having said that the vote was rigged,
she left" keep their statements.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class

#: Words that may stand before a connective at the start of its sentence.
_OPENERS = frozenset({"but", "and", "still", "yet", "so"})


@lru_cache(maxsize=1)
def _connectives() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in word_class("cue_idioms.tsv", "connective"))


def in_connective(doc: AnnotatedDocument, t: Token) -> bool:
    """Cue token ``t`` is part of a sentence-opening connective such as "That said,"."""
    toks = doc.tokens
    for words in _connectives():
        n = len(words)
        for k, w in enumerate(words):
            lo = t.i - k
            if w != t.text.lower() or lo < 0 or lo + n >= len(toks):
                continue
            if tuple(x.text.lower() for x in toks[lo : lo + n]) != words or toks[lo + n].text != ",":
                continue
            if _opens_sentence(doc, lo):
                return True
    return False


def _opens_sentence(doc: AnnotatedDocument, i: int) -> bool:
    """Token ``i`` opens its sentence, possibly after one opener word ("But that said, ...")."""
    toks = doc.tokens
    if i == 0 or toks[i - 1].sent != toks[i].sent:
        return True
    j = i - 1
    if toks[j].text.lower() in _OPENERS and (j == 0 or toks[j - 1].sent != toks[j].sent):
        return True
    return False
