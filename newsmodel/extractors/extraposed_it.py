"""An extraposition "it" stands for no actor: "*It* would be wrong to expel the migrants".

In "it is ADJ/NOUN to VERB" the subject "it" is a placeholder for the infinitive
clause after the predicate (Huddleston & Pullum, CGEL 2002, ch. 16: extraposition);
the infinitive's doer is unsaid, or named by a for-phrase ("a mistake *for Tarvia* to
expel").  Resolving such an "it" to the nearest body or country made that body the
agent of the infinitive on both engines (issue 14, helper e80 at stop 46, PolNeAR
train: "it was premature to back ..." given to a magazine named before).

The predicate words are lexicon data (``actor_words.tsv``, class ``extraposition-word``:
evaluative, necessity, possibility and ease adjectives, and nouns such as "mistake" and
"time"); a control adjective ("it was ready to sanction", "willing", "the first country
to") is not among them, so its "it" keeps its referent.  Read from the words alone, so
both engines agree.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import word_class

#: Forms of "be" that link "it" to its predicate ("it is", "it would be", "it has been", "it's").
_BE = frozenset({"is", "was", "be", "been", "'s", "’s", "being"})
#: What may stand between "it" and the predicate word: auxiliaries, "not", degree adverbs, articles.
_BETWEEN = frozenset({"would", "will", "could", "might", "may", "should", "must", "has", "had", "have", "not", "n't", "still", "also", "really", "very", "too", "so", "now", "clearly", "simply", "a", "an", "the", "big", "grave", "serious", "terrible", "huge", "great"})

#: Quotation marks around the predicate word ('it was “premature” to back').
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "''", "``"})


def is_extraposed_it(doc: AnnotatedDocument, tok: Token) -> bool:
    """``tok`` is an "it" whose predicate is an extraposition word followed by a to-infinitive:
    "it would be wrong to expel", "it was a mistake (for X) to arrest", "it is time to act"."""
    if tok.text.lower() != "it":
        return False
    toks = doc.tokens
    k, be = tok.i + 1, False
    while k < len(toks) and k - tok.i <= 6 and toks[k].sent == tok.sent:
        low = toks[k].text.lower()
        if low in _BE:
            be = True
        elif low not in _BETWEEN and low not in _QUOTES:
            break
        k += 1
    if not be or k >= len(toks) or toks[k].text.lower() not in word_class("actor_words.tsv", "extraposition-word"):
        return False
    k += 1
    while k < len(toks) and toks[k].text in _QUOTES:
        k += 1  # 'it was "premature" to back ...': the word quoted
    return _infinitive_follows(doc, k)


def _infinitive_follows(doc: AnnotatedDocument, k: int) -> bool:
    """A to-infinitive starts at ``k``, or after a for-phrase of up to five words ("for the police to")."""
    toks = doc.tokens
    if k < len(toks) and toks[k].text.lower() == "for":
        j = k + 1
        while j < len(toks) and j - k <= 5 and toks[j].text.lower() != "to":
            j += 1
        k = j
    return k + 1 < len(toks) and toks[k].text.lower() == "to" and toks[k + 1].pos in ("VERB", "AUX")
