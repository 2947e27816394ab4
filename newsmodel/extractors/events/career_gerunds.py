"""A gerund after a phrase of fame or career tells a biography, no act reported (issue 14, stop 41, e51).

"The new judge made his name prosecuting smuggling rings", "she built a career suing chemical
companies", "he earned a reputation attacking his own party's leaders", "spent her career
defending dissidents": the "-ing" verb names what the person was known for over years, a
habit of a career, not one act of one party towards another on a day (PLOVER codes events, not
biographies).  The phrase is a verb of winning or building (``career-verb`` of
``sense_words.tsv``: make, build, earn, gain, win ...) with a noun of renown or career
(``career-noun``: name, career, reputation, fame, acclaim ...) as its object, or "spend" with a
whole working life (``career-span``: career, life, lifetime), right before the gerund, with "for
himself" and adverbs allowed between.  "The minister made headlines by attacking the central bank"
has "by" before the gerund: a real act, kept; "the state is prosecuting the mayor" stays.

Found in a hand judgment of every event of 8 PolNeAR train texts (stop 41, e51; dev batch 100):
a judge's past career as a prosecutor coded as an accusation on both engines.  The check reads
the words right before the gerund; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "career_gerund"]

#: Words of the object phrase between the verb of winning and its noun ("his own", "a fine").
_IN_PHRASE = frozenset({"DET", "ADJ", "PRON", "ADV"})
#: How many words of the object phrase are read before the noun.
_REACH = 4


def _words(name: str) -> frozenset[str]:
    return word_class("sense_words.tsv", name)


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any gerund, in a sentence with a noun of
    renown or career."""
    return (SenseCheck("a gerund after a career phrase: a biography", career_gerund, any_word=True,
                       sentence_words=_words("career-noun") | _words("career-span")),)


def career_gerund(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the "-ing" verb at ``t`` follows, past adverbs and "for" + a reflexive pronoun,
    a ``career-noun`` object of a ``career-verb`` or a ``career-span`` object of "spend"."""
    lows = doc.lowered_texts()
    if t.pos != "VERB" or not lows[t.i].endswith("ing"):
        return False
    start = doc.sentences[t.sent].token_start
    k = before_adverbs(doc, t)
    if k - 1 > start and lows[k - 1] == "for" and lows[k].endswith(("self", "selves")):
        k -= 2  # "made a name for himself prosecuting"
    if k <= start or doc.tokens[k].pos != "NOUN":
        return False
    noun = lows[k]
    if noun not in _words("career-noun") and noun not in _words("career-span"):
        return False
    j = k - 1
    while j > start and k - j <= _REACH and doc.tokens[j].pos in _IN_PHRASE and lows[j] not in ("'s", "’s"):
        j -= 1
    verb = doc.tokens[j].lemma.lower()
    if doc.tokens[j].pos not in ("VERB", "AUX"):
        return False
    if verb == "spend":
        return noun in _words("career-span")  # "spent her career defending", not "spent the night talking"
    return noun in _words("career-noun") and verb in _words("career-verb")
