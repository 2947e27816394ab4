"""People named by a plural common noun as antecedents of "they" / "them" / "their" (issue 14,
helper a26 at stop 47).

:func:`.plural_antecedents.plural_antecedent` reads only actor mentions, so a plural pronoun whose
people are named by a common noun the actor lexicons do not know ("the network's moderators ...
called *them* out", "the candidate emailed his supporters, inviting *them*") passed over those
people and went to a body or country named before them (PolNeAR train, first 40 texts: CNBC for
its moderators, a party for a candidate's supporters, a country for the attackers).  A pronoun
agrees in number with its antecedent, so the nearest plural noun for people -- the agents
dictionary's heads, the people lexicons, member nouns (:func:`.roles.names_people`) -- is a
candidate like any actor mention: when it is nearer than every fitting actor the pronoun stands
for those people, and as they are no actor, no actor takes the pronoun.

Passed over, as for the actors: the subject of an object pronoun's own clause ("the officers
detained them": the officers are not "them"; binding), a noun used as a modifier ("voter rolls"),
for a pronoun outside quoted words, nouns inside a quotation (the speaker's topic, not the
narrative's), and member nouns ("members", "crews": the people of a body, which stands for them).
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..draft import Draft

__all__ = ["people_nouns"]

#: Parts of speech between an object pronoun and its own clause's subject ("Police later detained them").
_CLAUSE_INSIDE = frozenset({"VERB", "AUX", "ADV", "PART"})
_QUOTES = frozenset('"“”')


def _plural_people_head(doc: AnnotatedDocument, w: Token) -> bool:
    """``w`` is a plural common noun for people heading its phrase ("officers", "weapons inspectors")."""
    from ..lexicons import member_nouns, word_class
    from .plural_things import _plural_head
    from .roles import names_people

    # members or crews of a body ("the union has 4,000 members ... thanked them") are the body for a
    # role (``member_nouns``, ``actor_words.tsv`` class quantity-noun: a part of a body)
    lemma = w.lemma.lower()
    part = lemma in member_nouns() or lemma in word_class("actor_words.tsv", "quantity-noun")
    return _plural_head(doc, w) and names_people(w) and not part


def _inside_quotes(doc: AnnotatedDocument, start: int, end: int) -> bool:
    """An odd number of double quotation marks lies between ``start`` and ``end``: one side is quoted."""
    return sum(doc.text.count(q, start, end) for q in _QUOTES) % 2 == 1


def people_nouns(doc: AnnotatedDocument, draft: Draft, offset: int, limit: int) -> list[tuple[int, int]]:
    """The spans of plural people nouns that no actor mention covers, starting at or after
    ``limit`` and ending before the pronoun at ``offset``, nearest first."""
    pron = doc.token_at(offset)
    if pron is None:
        return []
    from .plural_antecedents import infinitive_to

    k = pron.i - 1
    while k >= 0 and (doc.tokens[k].pos in _CLAUSE_INSIDE or infinitive_to(doc, k)) and doc.tokens[k].sent == pron.sent:
        k -= 1
    own_subject = k if k < pron.i - 1 and pron.text.lower() == "them" else -1
    found: list[tuple[int, int]] = []
    while k >= 0 and doc.tokens[k].start >= limit:
        w = doc.tokens[k]
        k -= 1
        if w.i == own_subject or w.pos != "NOUN" or draft.actor_at(w.start, w.end) is not None:
            continue
        if _plural_people_head(doc, w) and not _inside_quotes(doc, w.end, offset):
            found.append((w.start, w.end))
    return found
