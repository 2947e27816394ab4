"""A greeting is no meeting (issue 14, stop 42, e62).

"Nice to meet you", "It is a pleasure to meet you", "so glad to meet you": a formula people say when
they meet, quoted in a story about something else.  PLOVER's CONSULT is a meeting reported between
parties; the formula reports none (a meeting, if there was one, is told elsewhere in the story,
with its own verb).  Found in a hand judgment of the rules engine's events on 10 PolNeAR train
texts (Random(595)): a quoted greeting gave a CONSULT; spaCy gave one too on the dev row.

The check reads "meet" right after "to", a ``greeting-pleasure`` word (nice, glad, pleasure, honor
...) among the three words before that "to", and "you" right after the verb.  "The president was
glad to meet the premier" names the party met and stays; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "greeting_formula"]

#: How many words before "to" a pleasure word may stand ("It is a great pleasure to meet you").
_REACH = 3


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a greeting: nice to meet you", greeting_formula, lemmas=frozenset({"meet"})),)


def greeting_formula(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "meet" at ``t`` is the verb of "<pleasure word> to meet you"."""
    if not t.lemma.lower() == "meet":
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    to = t.i - 1
    if to <= sent.token_start or lows[to] != "to" or t.i + 1 >= sent.token_end or lows[t.i + 1] != "you":
        return False
    pleasure = word_class("sense_words.tsv", "greeting-pleasure")
    return any(lows[k] in pleasure for k in range(max(sent.token_start, to - _REACH), to))
