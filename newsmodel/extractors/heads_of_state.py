"""Whether a bare "leader(s)" names the heads of states or governments (CAMEO GOV).

"The two leaders held a joint news conference", "both leaders spoke by phone", "world leaders",
"the leaders of the two countries": news names the heads of state or government it has just
introduced by the common noun, and CAMEO codes them GOV. The Phoenix agents dictionary lists
"leader" only inside compounds ("business leader" BUS, "opposition leader" OPP), so the bare noun
had no code, and a meeting between two such leaders no party a CAMEO verb pattern was written for
(:mod:`.events.pattern_parties`).

The noun counts as a state's head only when nothing narrows it to another sphere: before it only
determiners, numbers, quantifiers, the words of class ``head-of-state-modifier`` of
``actor_words.tsv`` or a country, nationality or region of the gazetteer ("Arab leaders",
"France's leaders"); after it no of-phrase, or one whose head is a state (a gazetteer country or
a ``state-noun``: "the leaders of the two countries"). "Industry leaders", "civic leaders",
"league leaders" and "the leaders of the youth league" stay uncoded (issue 14, helper a8).
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import gazetteer, word_class

__all__ = ["names_heads_of_state"]

_STATE_KINDS = ("country", "demonym", "region", "capital")


def _words(cls: str) -> frozenset[str]:
    return word_class("actor_words.tsv", cls)


def _place(word: str) -> bool:
    hit = gazetteer().get((word,))
    return hit is not None and hit[0] in _STATE_KINDS


def names_heads_of_state(doc: AnnotatedDocument, head: Token) -> bool:
    """``head`` is "leader"/"leaders" standing for heads of state or government (module docstring)."""
    if head.pos != "NOUN" or head.lemma.lower() not in _words("head-of-state-noun"):
        return False
    sent = doc.sentences[head.sent]
    k = head.i - 1
    modifiers = _words("head-of-state-modifier") | _words("counting-adjective")
    while k >= sent.token_start and (doc.tokens[k].pos in ("DET", "NUM") or doc.tokens[k].text.lower() in modifiers):
        k -= 1
    if k >= sent.token_start:
        prev = doc.tokens[k]
        if prev.text in ("'s", "’s"):
            if not (k - 1 >= sent.token_start and _place(doc.tokens[k - 1].text)):
                return False  # "the party's leaders", "the league's leaders"
        elif prev.pos in ("ADJ", "NOUN", "PROPN") and not _place(prev.text):
            return False  # "industry leaders", "civic leaders", "Republican leaders"
    return _of_phrase_is_a_state(doc, head, sent.token_end)


def _of_phrase_is_a_state(doc: AnnotatedDocument, head: Token, end: int) -> bool:
    """No of-phrase after ``head``, or one whose head is a state ("of the two countries", "of Peru")."""
    k = head.i + 1
    if k >= end or doc.tokens[k].text.lower() != "of":
        return True
    k += 1
    while k < end and doc.tokens[k].pos in ("DET", "NUM", "ADJ"):
        k += 1
    while k + 1 < end and doc.tokens[k + 1].pos in ("NOUN", "PROPN"):
        k += 1  # the last word of the phrase: "of the two neighbouring countries", "of South Korea"
    if k >= end:
        return False
    t = doc.tokens[k]
    if t.text.lower() in _words("state-noun"):
        return True
    first = k
    while first - 1 > head.i + 1 and doc.tokens[first - 1].pos == "PROPN":
        first -= 1
    hit = gazetteer().get(tuple(x.text for x in doc.tokens[first : k + 1]))
    return hit is not None and hit[0] in ("country", "demonym")
