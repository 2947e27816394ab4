"""A blow or a loss "taken" is suffered, not a seizure (issue 14, stop 39, e44).

"The police force has taken a beating in the polls", "the army's standing took quite a knock",
"the militia has taken a heavy hit from the desertions": "take" with a noun of a blow or a loss
(``blow-noun`` of ``sense_words.tsv``: knock, hit, beating, battering, toll) as its object says
what the subject suffered.  The rules engine read "take" by an armed or police subject as PLOVER
COERCE (seize); nothing is seized, and the noun names no attack by anyone, so neither word is an
event.  "Troops took the northern bridge" stays.

Found in a hand judgment of every event of PolNeAR train texts (stop 39, e44; dev batch 87), rules
engine; the spaCy engine made the same COERCE on a dev sentence.  The check reads the few words
after "take" (an article, "quite", adjectives) or, for the noun, before it; it can only remove an
event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, keys

__all__ = ["blow_taken", "checks"]

#: Words that may stand between "take" and the noun ("quite a heavy hit", "another big knock").
_BETWEEN = frozenset({"a", "an", "another", "quite", "such", "its", "their", "his", "her", "some", "real", "the"})
#: The longest stretch between "take" and the noun.
_REACH = 4


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by "take" and the blow nouns."""
    return (SenseCheck("a blow taken: took a beating", blow_taken, lemmas=keys("take", _blow_nouns())),)


def _blow_nouns() -> frozenset[str]:
    return word_class("sense_words.tsv", "blow-noun")


def blow_taken(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "take" at ``t`` has a blow noun for object, or the blow noun at ``t`` is the
    object of "take"."""
    lemma = t.lemma.lower()
    if lemma == "take":
        return _noun_after(doc, t) is not None
    if lemma in _blow_nouns() and t.pos == "NOUN":
        return _take_before(doc, t)
    return False


def _noun_after(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The blow noun after "take", past an article, "quite" and adjectives, within a few words."""
    end = doc.sentences[t.sent].token_end
    for k in range(t.i + 1, min(end, t.i + 2 + _REACH)):
        w = doc.tokens[k]
        if w.text.lower() in _blow_nouns() and w.pos in ("NOUN", "VERB"):
            return w
        if w.text.lower() not in _BETWEEN and w.pos not in ("ADJ", "ADV"):
            return None
    return None


def _take_before(doc: AnnotatedDocument, t: Token) -> bool:
    """A form of "take" stands before the noun at ``t``, only an article, "quite" and adjectives
    between."""
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 2 - _REACH) - 1, -1):
        w = doc.tokens[k]
        if w.lemma.lower() == "take":
            return True
        if w.text.lower() not in _BETWEEN and w.pos not in ("ADJ", "ADV"):
            return False
    return False
