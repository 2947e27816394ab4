"""A speech verb's next noun that opens a that-less clause is no object of the verb (issue 14,
stop 43, helper e67; dev batch 118).

"Senator Cole argued her fight for the seat is relevant", "the mayor insisted his battle with the
council was over": "that" is left out, and the noun phrase after the verb of saying or thinking is
the subject of the clause that follows ("her fight ... is relevant"), which is what was said.  Read
as the verb's object, the noun fed CAMEO's patterns for the verb (``verbal_conflict + &fight`` is
a PROTEST) and an event was coded from words that only name the topic of the claim.  A parser may
attach the noun either way, so the check reads the words: the noun phrase right after the verb
(a possessive or a determiner, adjectives, nouns, and prepositional phrases on them) followed
straight away by a finite verb (an auxiliary, a modal or a verb in -s / -ed) is a clause subject,
and the speech verb's candidate there is no event -- when a CAMEO argument pattern
(:func:`..cameo.specific_verb_code`) chose a category other than the verb's own default
(:func:`..cameo.default_category`): the verb's own reading of the clause ("Critics argued the law
was unfair", ACCUSE) is not touched.

By construction the candidate must be a verb of ``clause-speech-verb`` (verbs of saying and
thinking that take a that-less clause; say, admit, acknowledge, warn, threaten, deny and accuse
are left out: by the dev file's convention their clause carries the act, or the denial pass reads
it); "Russia condemned the attack the rebels launched" is not read (a second determiner opens a relative's subject, and condemn takes no clause).  The
act inside the clause, if any, is the clause verb's own candidate and is not touched.  The check
can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..cameo import default_category, specific_verb_code
from .non_event_senses import _words
from .sense_checks import SenseCheck, after_adverbs

__all__ = ["checks", "clause_subject_after"]

#: Possessive determiners that may open the clause subject's phrase ("argued *her* fight").
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
#: Parts of speech inside a noun phrase, and inside the object of a preposition on it.
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
#: Tags of a finite verb (with a parse).
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
#: Auxiliary forms that are not finite.
_NON_FINITE = frozenset({"to", "be", "being", "been", "having"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a clause subject after a speech verb: argued her fight is relevant", clause_subject_after, lemmas=_words("clause-speech-verb")),)


def clause_subject_after(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the noun phrase right after the speech verb ``t`` is followed by a finite verb."""
    if not t.lemma.lower() in _words("clause-speech-verb"):  # noqa: E713 - the form tests/test_s12.py reads as the key test
        return False
    code = specific_verb_code(doc, t)
    if code is None or code.by_subject or code.plover == default_category(t.lemma.lower()):
        return False  # no argument pattern chose the category ("argued the law was unfair": ACCUSE, the verb's own)
    end = doc.sentences[t.sent].token_end
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    if k < end and lows[k] == "that":
        return False  # a that-clause: no object to misread (the rules tagger may call "that" a determiner)
    if k < end and lows[k] in _POSSESSIVES:
        k += 1
    nouns = 0
    while k < end:
        w = doc.tokens[k]
        if w.pos in _PHRASE_POS:
            nouns += w.pos in ("NOUN", "PROPN")
            if w.pos == "DET" and nouns and doc.tokens[k - 1].pos != "ADP":
                return False  # "the attack the rebels launched": a relative's subject, no clause
        elif w.pos == "ADP" and nouns and k + 1 < end and (doc.tokens[k + 1].pos in _PHRASE_POS or lows[k + 1] in _POSSESSIVES):
            pass  # "her fight for the seat": a prepositional phrase on the noun
        elif lows[k] in _POSSESSIVES and k > 0 and doc.tokens[k - 1].pos == "ADP":
            pass  # "for his party"
        else:
            break
        k += 1
    if not nouns or k >= end:
        return False
    return _finite(doc.tokens[k], lows[k])


def _finite(w: Token, low: str) -> bool:
    """``w`` is a finite verb: an auxiliary or modal ("is", "will"), or a verb in -s / -ed (by its
    tag where there is a parse)."""
    if w.pos == "AUX":
        return low not in _NON_FINITE
    if w.pos != "VERB":
        return False
    if w.tag:
        return w.tag in _FINITE_TAGS
    return (low.endswith("ed") or low.endswith("s")) and not low.endswith("ing")
