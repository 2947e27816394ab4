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
from ..lexicons import member_nouns, word_class
from .plural_antecedents import infinitive_to
from .plural_things import _plural_head
from .roles import names_people

__all__ = ["people_nouns"]

#: Parts of speech between an object pronoun and its own clause's subject ("Police later detained them").
_CLAUSE_INSIDE = frozenset({"VERB", "AUX", "ADV", "PART"})
_QUOTES = frozenset('"“”')


def _plural_people_head(doc: AnnotatedDocument, w: Token) -> bool:
    """``w`` is a plural common noun for people heading its phrase ("officers", "weapons inspectors")."""
    if not _plural_head(doc, w) or not names_people(w):
        return False  # the cheap test first: four nouns in five are no plural head
    # members or crews of a body ("the union has 4,000 members ... thanked them") are the body for a
    # role (``member_nouns``, ``actor_words.tsv`` class quantity-noun: a part of a body)
    lemma = w.lemma.lower()
    return lemma not in member_nouns() and lemma not in word_class("actor_words.tsv", "quantity-noun")


def _inside_quotes(doc: AnnotatedDocument, start: int, end: int) -> bool:
    """An odd number of double quotation marks lies between ``start`` and ``end``: one side is quoted."""
    return sum(doc.text.count(q, start, end) for q in _QUOTES) % 2 == 1


def _heads_memo(doc: AnnotatedDocument, draft: Draft) -> dict[int, bool]:
    """Token index -> whether that token is a plural people head (:func:`_plural_people_head`), as
    far as asked: one memo for the document, kept on the shared attribution context
    (``Context.people_heads``, with the token list and its length it was read from).

    Whether a noun is such a head depends only on the document, never on the pronoun, yet every
    plural pronoun asked the lexicons about each noun of its 1,500-character window again (issue
    13, helper s32 at stop 48: 8,000 head tests for 159 pronouns on 300 PolNeAR train texts, most
    of them for windows that overlap).  Each token is now asked once; only the windows are read,
    so a document with no plural pronoun asks nothing.  A document that is not the draft's own
    gets a memo of its own."""
    ctx = draft.context if doc is draft.doc else None
    tokens = doc.tokens
    cached = ctx.people_heads if ctx is not None else None
    if cached is not None and cached[0] is tokens and cached[1] == len(tokens):
        return cached[2]
    memo: dict[int, bool] = {}
    if ctx is not None:
        ctx.people_heads = (tokens, len(tokens), memo)
    return memo


def people_nouns(doc: AnnotatedDocument, draft: Draft, offset: int, limit: int) -> list[tuple[int, int]]:
    """The spans of plural people nouns that no actor mention covers, starting at or after
    ``limit`` and ending before the pronoun at ``offset``, nearest first."""
    pron = doc.token_at(offset)
    if pron is None:
        return []
    toks = doc.tokens
    k = pron.i - 1
    while k >= 0 and (toks[k].pos in _CLAUSE_INSIDE or infinitive_to(doc, k)) and toks[k].sent == pron.sent:
        k -= 1
    own_subject = k if k < pron.i - 1 and pron.text.lower() == "them" else -1
    memo = _heads_memo(doc, draft)
    found: list[tuple[int, int]] = []
    while k >= 0 and toks[k].start >= limit:
        w = toks[k]
        if w.pos == "NOUN" and w.i != own_subject:
            head = memo.get(k)
            if head is None:
                head = memo[k] = _plural_people_head(doc, w)
            if head and draft.actor_at(w.start, w.end) is None and not _inside_quotes(doc, w.end, offset):
                found.append((w.start, w.end))
        k -= 1
    return found
