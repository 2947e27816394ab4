"""A participle after a verb of feeling or seeming is its subject's state, no act (issue 14,
stop 45, helper e74; dev batch 132).

"The teacher felt threatened", "residents seemed intimidated", "the delegates felt rejected":
English links a subject to a past participle with "feel", "seem", "look" and "appear"
(``feeling-linker`` in ``sense_words.tsv``) as it does with "be"; the participle names how the
subject fares, and the subject is the one threatened or rejected, not the one who threatens or
rejects.  Both engines had read the subject as the agent of a THREATEN or REJECT.

With a by-phrase right after the participle ("felt threatened by the armed men") the sentence
names the party that acts: the check leaves it alone (:mod:`.endangered_states` reads a by-phrase
that names no party).  Like every sense check it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, after_adverbs, before_adverbs

__all__ = ["checks", "felt_state"]


def _linkers() -> frozenset[str]:
    """The ``feeling-linker`` words (forms of feel, seem, look, appear)."""
    return word_class("sense_words.tsv", "feeling-linker")


def checks() -> tuple[SenseCheck, ...]:
    """This module's check: asked of every candidate, only in a sentence holding a linker."""
    return (SenseCheck("a state felt: felt threatened, seemed intimidated", felt_state, any_word=True, sentence_words=_linkers()),)


def felt_state(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` is a participle in -ed right after a ``feeling-linker`` (adverbs
    between passed: "felt deeply rejected") and no "by" follows it."""
    low = t.text.lower()
    if t.pos != "VERB" or not low.endswith("ed"):
        return False
    k = before_adverbs(doc, t)
    if k >= t.i or k < doc.sentences[t.sent].token_start:
        return False
    linker = doc.tokens[k]
    if linker.text.lower() not in _linkers() and linker.lemma.lower() not in _linkers():
        return False
    nxt = after_adverbs(doc, t)
    return not (nxt < doc.sentences[t.sent].token_end and doc.tokens[nxt].text.lower() == "by")
