"""A reaction "invited" is provoked, not an invitation (issue 14, stop 37, e38).

"He repeated the line at every stop, inviting ridicule", "the plan invites scrutiny": "invite"
with a reaction for object (ridicule, scrutiny, criticism, comparison ...) says the act may draw
that reaction; no one is invited anywhere, so there is no AGREE (PLOVER codes an invitation as
an offer to meet).  "Invited the Kenyan leader to Washington" stays.

The nouns are a lexicon class (``reaction-noun`` in ``sense_words.tsv``).  Found in a hand
judgment of every event of PolNeAR train texts (stop 37, e38; dev batch 78), spaCy engine.  The
check reads the words after the verb, so it works with and without a parse.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "invites_a_reaction"]

#: Words that may stand between the verb and the reaction ("inviting fresh and vicious ridicule").
_BETWEEN_POS = frozenset({"DET", "ADJ", "ADV", "CCONJ"})
#: The longest object phrase read after the verb.
_REACH = 5


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a reaction provoked: inviting ridicule", invites_a_reaction, lemmas=frozenset({"invite"})),)


def invites_a_reaction(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "invite" at ``t`` takes a reaction noun (``reaction-noun``) as its object."""
    if not (t.lemma.lower() == "invite" and t.pos == "VERB"):
        return False
    reactions = word_class("sense_words.tsv", "reaction-noun")
    end = min(doc.sentences[t.sent].token_end, t.i + 1 + _REACH)
    for k in range(t.i + 1, end):
        w = doc.tokens[k]
        if w.text.lower() in reactions:
            return True
        if w.pos not in _BETWEEN_POS:
            return False
    return False
