"""The doer of a gerund clause of time after a passive main clause or opening the sentence, without a parse.

"The envoy was recalled to Ankara *after criticizing* the Greek government", "The minister was
cheered by the crowd *after meeting* the strikers": English adjunct clauses are controlled by
the main clause's grammatical subject whatever its voice, so the passive's subject (the envoy,
the minister) did the act -- not the place or the by-phrase's agent that stands nearest before
the gerund, which the rules engine's nearest-actor reading took. With a parse the same reading
is ``roles._adjunct_gerund_controller``. Only after a conjunction of time (``roles.TIME_MARKS``):
"was accused of shelling", "was jailed for insulting" name a charge, whose act is no report
(issue 14 batch 88, PolNeAR train recall).
"""

from __future__ import annotations

from ...document import Token
from ..attribution import Context
from ..roles import TIME_MARKS

#: Forms of "be" that make a passive with a past participle after them.
_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "being", "be"})
#: Words that may stand between a passive's subject and its "be" ("has been", "had also been").
_BETWEEN_SUBJECT_AND_BE = frozenset({"has", "have", "had", "also", "then", "later", "not", "never", "recently"})


def passive_subject_before(ctx: Context, t: Token) -> str | None:
    """The actor subject of the passive clause that the -ing verb ``t``, right after a conjunction
    of time, adjoins; None when ``t`` is no such gerund, when no passive ("was" + a past
    participle) stands before the conjunction in the sentence, or when its subject is no actor."""
    doc = ctx.doc
    sent = doc.sentences[t.sent]
    mark = t.i - 1
    if t.pos != "VERB" or not t.text.lower().endswith("ing") or mark <= sent.token_start or doc.tokens[mark].text.lower() not in TIME_MARKS:
        return None
    for k in range(mark - 1, sent.token_start, -1):
        if doc.tokens[k].text.lower() in _BE_FORMS and _participle_after(ctx, k, mark):
            return _subject_before(ctx, k, sent.token_start)
    return None


def _participle_after(ctx: Context, be: int, end: int) -> bool:
    """A past participle (a verb in -ed or -en, or an irregular one the tagger read as a verb)
    follows the form of "be" at ``be``, past adverbs, before ``end``."""
    doc = ctx.doc
    k = be + 1
    while k < end and doc.tokens[k].pos == "ADV":
        k += 1
    return k < end and doc.tokens[k].pos == "VERB" and not doc.tokens[k].text.lower().endswith("ing")


def _subject_before(ctx: Context, be: int, start: int) -> str | None:
    """The actor named right before the passive's "be" (past "has", "had" and adverbs)."""
    doc = ctx.doc
    k = be - 1
    while k >= start and doc.tokens[k].text.lower() in _BETWEEN_SUBJECT_AND_BE:
        k -= 1
    if k < start or doc.tokens[k].pos not in ("NOUN", "PROPN"):
        return None
    w = doc.tokens[k]
    return ctx.draft.actor_at(w.start, w.end)


def opening_clause_subject(ctx: Context, t: Token) -> str | None:
    """The actor subject of the main clause after a gerund clause of time that opens the sentence
    ("*After meeting* the Kenyan president, the envoy flew on to Addis Ababa": the envoy met him);
    None when ``t`` is no -ing verb right after a conjunction of time at the sentence's start, when
    no comma closes the clause, or when no actor is named between the comma and the main verb.

    The same control as :func:`passive_subject_before`: an adjunct clause's doer is the main
    clause's subject, which here stands after the clause, where the rules engine's nearest-actor
    reading (which looks back) never finds it (issue 14 batch 143, helper e83 at stop 46).
    """
    doc = ctx.doc
    sent = doc.sentences[t.sent]
    mark = t.i - 1
    if t.pos != "VERB" or not t.text.lower().endswith("ing") or mark != sent.token_start or doc.tokens[mark].text.lower() not in TIME_MARKS:
        return None
    comma = next((k for k in range(t.i + 1, sent.token_end) if doc.tokens[k].text == ","), None)
    if comma is None:
        return None
    found = None
    for k in range(comma + 1, sent.token_end):
        w = doc.tokens[k]
        if w.pos in ("VERB", "AUX") or w.text in (",", ";", ":"):
            break
        a = ctx.draft.actor_at(w.start, w.end)
        if a is not None:
            found = a  # the last actor before the verb: the head of "the Argentine president"
    return found
