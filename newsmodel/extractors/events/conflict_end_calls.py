"""A party to a conflict calling for its end: AGREE, not REQUEST (issue 14, stop 45, e75; batch 133).

The PLOVER manual (REQUEST, "Potential ambiguities"): "When one or more parties to a conflict call
for ending the conflict, that is taken to be an expression of intent on the part of the actor and
is thus coded as AGREE."  So "the rebel commander called for an end to the war", "both warring
parties called for a halt to the fighting" are AGREE, while "the UN chief called for an end to the
fighting" -- a third party asking -- stays REQUEST.

A call is read as one to end the caller's own conflict when "call for" is followed by an ending
noun (``sense_words`` class ``war-end-noun``: end, halt, cessation) and "to"/"of" with a noun of
armed conflict (``own-conflict-noun``: war, fighting, hostilities ...) within a few words, and the
caller is a party that fights: an actor with an armed sector code (rebels, militia, military), or a
subject introduced by a word of ``warring-word`` ("warring", "belligerent").
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

__all__ = ["calls_to_end_own_conflict"]


def _ends_a_conflict(doc: AnnotatedDocument, t: Token, n: int) -> bool:
    """After the trigger "call for": [a determiner or adjective] + an ending noun + "to"/"of" +
    a noun of armed conflict within four words ("an immediate end to the fighting")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    lemmas = doc.lowered_lemmas()
    k = t.i + n
    while k < sent.token_end and doc.tokens[k].pos in ("DET", "ADJ"):
        k += 1
    if k + 1 >= sent.token_end or lows[k] not in word_class("sense_words.tsv", "war-end-noun") or lows[k + 1] not in ("to", "of"):
        return False
    conflict = word_class("sense_words.tsv", "own-conflict-noun")
    return any(lows[j] in conflict or lemmas[j] in conflict for j in range(k + 2, min(sent.token_end, k + 6)))


def _fighting_party(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The caller fights: the subject's actor has an armed sector code, or a ``warring-word``
    stands right before the subject's head ("both warring parties")."""
    from .mobilized_forces import _armed
    from .non_event_senses import _subject

    subj = _subject(doc, t)
    if subj is None:
        return False
    if _armed(draft, draft.actor_at(subj.start, subj.end)):
        return True
    warring = word_class("sense_words.tsv", "warring-word")
    start = doc.sentences[t.sent].token_start
    return any(doc.tokens[k].text.lower() in warring for k in range(max(start, subj.i - 3), subj.i))


def calls_to_end_own_conflict(doc: AnnotatedDocument, draft: Draft, t: Token, n: int) -> bool:
    """"call for" (``n`` words at ``t``) an end to a war by a party that fights in it."""
    return _ends_a_conflict(doc, t, n) and _fighting_party(doc, draft, t)
