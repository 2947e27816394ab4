"""The act named as the topic of talks is not done (issue 14, stop 37, e38).

"The campaign has been in talks about endorsing the governor", "the two parties are locked in
negotiations over forming a coalition": the gerund after "about / over / on" is what the talks
are about, an act still to be settled.  PLOVER codes the talks (CONSULT), not the act talked
about; "the governor endorsed the senator after a week of talks" stays.

The nouns are a lexicon class (``talk-noun`` in ``sense_words.tsv``).  Found in a hand judgment
of every event of PolNeAR train texts (stop 37, e38; dev batch 78), rules engine.  The check
reads the two words before the candidate, so it works with and without a parse; it can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, before_adverbs

__all__ = ["checks", "topic_of_talks"]

#: Prepositions that name the topic of talks.
_TOPIC_PREPOSITIONS = frozenset({"about", "over", "on"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any gerund can be the topic, so it is asked of
    every candidate and opens with a test of the word's ending."""
    return (SenseCheck(
        "the act talks are about: in talks about endorsing", topic_of_talks, any_word=True,
        sentence_words=word_class("sense_words.tsv", "talk-noun"),  # the noun before the preposition
    ),)


def topic_of_talks(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the gerund at ``t`` follows "about / over / on" (adverbs between) right after a
    noun of talks ("talks about endorsing", "negotiations over forming")."""
    if not t.text.lower().endswith("ing"):
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = before_adverbs(doc, t)
    return k > lo and lows[k] in _TOPIC_PREPOSITIONS and lows[k - 1] in word_class("sense_words.tsv", "talk-noun")
