"""A demand in the mandative subjunctive: "Nurses demanded that the minister resign", "The
opposition insisted that the premier apologize", "The union asked that the mayor reconsider".

After a verb of demanding, a that-clause whose verb stands in its base form with a singular
subject ("the minister resign", not "resigns"), or is "be" or "not" + a base form ("that he be
released", "that she not run"), states what is demanded (English mandative subjunctive): the
demander makes the one REQUEST, the clause's subject is the party asked to act (PLOVER REQUEST),
and the act asked for has not happened -- it is no event of its own (as for "urged X to resign",
:mod:`.asked_acts`). Both parsers tag such a base form after a noun as a noun ("governor resign"),
so the clause is read on the words: the base form is a word WordNet lists as a verb
(``common_words_wordnet.tsv``), either with no noun reading ("resign", "apologize") or followed
by what cannot continue a noun phrase (a determiner, a pronoun, a preposition, punctuation:
"leave the valley"). "insist" also reports claims ("insisted that the budget was balanced"), so
for it, as for every verb of ``sense_words`` class ``mandative-verb``, only a form no indicative
clause has counts: a singular subject with a bare form, "be", or "not" + a bare form; a plural
subject ("that the rebels release") reads the same in both moods and is left to the other rules.

Left at stop 44 (docs/accuracy.md); issue 14 batch 135, helper e76 at stop 45.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class

__all__ = ["mandative_clause", "in_mandative_clause"]

#: Parts of speech of the words of the clause's subject ("the new health minister").
_NP_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})

#: Subject pronouns that are singular ("that he resign").
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})

#: How many words the subject may take.
_MAX_NP = 7

#: Parts of speech that cannot continue a noun phrase after its head: the base form before one is a verb.
_AFTER_VERB_POS = frozenset({"DET", "PRON", "ADP", "PUNCT", "PART", "ADV", "NUM"})


@lru_cache(maxsize=1)
def _wordnet_pos() -> dict[str, str]:
    """WordNet's lower-case words -> their parts of speech ("v", "nv"), from ``common_words_wordnet.tsv``
    (verbs only are kept)."""
    from importlib import resources

    text = resources.files("newsmodel.lexicons").joinpath("common_words_wordnet.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            word, pos = line.split("\t", 2)[:2]
            if "v" in pos and pos != "name":
                out[word] = pos
    return out


def _bare_verb(doc: AnnotatedDocument, j: int, end: int) -> bool:
    """The word at ``j`` is a verb's base form here: a WordNet verb with no noun reading, or one
    followed by a word that cannot continue a noun phrase (or by the sentence's end)."""
    low = doc.tokens[j].text.lower()
    pos = _wordnet_pos().get(low)
    if pos is None or low.endswith(("ed", "ing")):
        return False
    if "n" not in pos:
        return True
    return j + 1 >= end or doc.tokens[j + 1].pos in _AFTER_VERB_POS


def _singular(doc: AnnotatedDocument, lo: int, head: int) -> bool:
    """The subject from ``lo`` to ``head`` (its last word) is singular: a singular pronoun, a name,
    or a common noun not ending in a plural "s"; no "and" in it."""
    if any(doc.tokens[k].text.lower() == "and" for k in range(lo, head + 1)):
        return False
    w = doc.tokens[head]
    low = w.text.lower()
    if low in _SINGULAR_PRONOUNS:
        return True
    if w.pos == "PROPN" or w.text[:1].isupper():
        return True
    return not low.endswith("s") or low.endswith(("ss", "us", "is"))


def mandative_clause(doc: AnnotatedDocument, t: Token) -> tuple[int, int, int] | None:
    """For a ``mandative-verb`` at ``t`` followed by "that" and a mandative clause: (start, end) of
    the clause's subject (``end`` exclusive) and the index of the act demanded (the base form, or the
    participle after "be", the verb after "not"); None otherwise."""
    if t.lemma.lower() not in word_class("sense_words.tsv", "mandative-verb") and t.text.lower() not in word_class("sense_words.tsv", "mandative-verb"):
        return None
    sent = doc.sentences[t.sent]
    end = sent.token_end
    k = t.i + 1
    while k < end and doc.tokens[k].pos == "ADV" and k - t.i <= 2:
        k += 1  # "demanded again that ..."
    if k >= end or doc.tokens[k].text.lower() != "that":
        return None
    lo = j = k + 1
    if j < end and doc.tokens[j].text.lower() in _SINGULAR_PRONOUNS:
        j += 1
    else:
        while j < end and j - lo < _MAX_NP and (doc.tokens[j].pos in _NP_POS or doc.tokens[j].text in ("'s", "’s")):
            if j > lo and _bare_verb(doc, j, end) and doc.tokens[j - 1].pos in ("NOUN", "PROPN"):
                break  # "the health minister resign": the base form ends the subject
            j += 1
    if j == lo or j >= end or not _singular(doc, lo, j - 1):
        return None
    low = doc.tokens[j].text.lower()
    if low == "be" and j + 1 < end:
        return lo, j, j + 1  # "that he be released": the participle names the act
    if low == "not" and j + 1 < end and _bare_verb(doc, j + 1, end):
        return lo, j, j + 1
    if _bare_verb(doc, j, end) and low not in ("be", "not"):
        return lo, j, j
    return None


def in_mandative_clause(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is the act demanded in a mandative clause ("resign" of "demanded that the minister
    resign"): no event of its own."""
    start = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(start - 1, t.i - _MAX_NP - 5), -1):
        if doc.tokens[k].text.lower() == "that" and k > start:
            verb = doc.tokens[k - 1]
            k2 = k - 1
            while k2 > start and doc.tokens[k2].pos == "ADV" and k - k2 <= 2:
                k2 -= 1
                verb = doc.tokens[k2]
            found = mandative_clause(doc, verb)
            return found is not None and found[2] == t.i
    return False
