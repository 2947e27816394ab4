"""Who meets at a body's summit: the party that goes to it, not the body (issue 14, helper e50 at
stop 40, dev batch 95).

"The Nigerian president travelled to Accra for a summit of the West African bloc": the president
meets the bloc's other members there. PLOVER's CONSULT lists the parties who meet as its actors;
an alliance or an inter-governmental body whose summit it is is the meeting's setting (CONSULT
mode multilateral: "Meeting occurs in a multilateral context, typically an alliance or IGO"), and
a body named for its members stands for them only when no member is named ("The summit of the
African Union opened in Addis Ababa": the union's members meet, a compound entity). The engines
read the of-phrase of a meeting noun as who meets ("a summit of West African leaders"), so the
body became the agent and the president nothing (spaCy) or was kept beside it (rules).

When a meeting noun (``summit-noun`` of ``sense_words.tsv``) stands in a for-, at- or to-phrase
or is the object of "attend", and the verb before it has a party as subject (the first actor of
its clause before the verb, no comma or other verb between), that party is the agent; of the of-phrase's
parties only people (persons and groups: "leaders", "ministers") stay beside it, the body is
dropped. Read on the words, so both engines read it alike.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

__all__ = ["summit_attendee"]

#: Words before the meeting noun (past its determiner and adjectives) that make it a destination.
_TO_MEETING = frozenset({"for", "at", "to", "attend", "attends", "attended", "attending"})
#: Tags that may stand between that word and the meeting noun ("for an emergency summit").
_NP_INNER = frozenset({"DET", "ADJ", "NUM", "PROPN", "NOUN"})


def summit_attendee(doc: AnnotatedDocument, draft: Draft, t: Token) -> str | None:
    """The party that goes to the meeting noun at ``t`` ("*the president* travelled to Accra for a
    summit of ..."), or None when the noun is no destination or no party goes to it."""
    if t.lemma.lower() not in word_class("sense_words.tsv", "summit-noun") and t.text.lower() not in word_class("sense_words.tsv", "summit-noun"):
        return None
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos in _NP_INNER and lows[k] not in _TO_MEETING:
        k -= 1
    if k <= sent.token_start or lows[k] not in _TO_MEETING:
        return None
    # the verb of the clause: the word of "attend" itself, or the last verb before the preposition
    v = k if doc.tokens[k].pos == "VERB" else None
    j = k - 1
    while v is None and j > sent.token_start:
        w = doc.tokens[j]
        if lows[j] in (",", ";", "—", "that", "which", "who"):
            return None
        if w.pos == "VERB":
            v = j
        j -= 1
    if v is None:
        return None
    # the subject: the first actor mention of the clause before the verb (the head of "Ministers
    # of Ghana and Togo", not the last name in its of-phrase)
    lo = sent.token_start
    for m in range(v - 1, sent.token_start - 1, -1):
        if lows[m] in (",", ";", "—") or (doc.tokens[m].pos == "VERB" and m != v):
            lo = m + 1
            break
    found = [m for m in draft.mentions_between(doc.tokens[lo].start, doc.tokens[v].start) if not _modifies_a_noun(doc, t, m[1], lo)]
    return found[0][2] if found else None  # (not "Nigerian" of "the Nigerian president": a modifier)


def members_named(doc: AnnotatedDocument, draft: Draft, t: Token, agents: list[str]) -> list[str]:
    """Of the meeting's agents, the people (persons and groups) -- not the body whose summit it is,
    nor a word that only modifies the body's noun ("the *West African* bloc", which a tagger
    without a parse may make a group of its own)."""
    sent = doc.sentences[t.sent]
    out = []
    for a in agents:
        fields = draft.actor_fields(a)
        if fields is None or fields.kind not in ("person", "group"):
            continue
        spans = [m for m in draft.mentions_between(doc.tokens[t.i].start, doc.tokens[sent.token_end - 1].end) if m[2] == a]
        if spans and all(_modifies_a_noun(doc, t, m[1]) for m in spans):
            continue
        out.append(a)
    return out


def _modifies_a_noun(doc: AnnotatedDocument, t: Token, end: int, start: int | None = None) -> bool:
    """The mention ending at offset ``end`` is followed by a noun, an adjective or a name: it modifies
    the noun phrase's head ("the *Kenyan* foreign minister"; tokens
    read from ``start``, by default the trigger's)."""
    sent = doc.sentences[t.sent]
    for k in range(t.i if start is None else start, sent.token_end):
        if doc.tokens[k].start >= end:
            return doc.tokens[k].pos in ("NOUN", "ADJ", "PROPN")
    return False
