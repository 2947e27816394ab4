"""What an attack hits when no actor is hit: "bombed a fuel depot", "attacked a police checkpoint",
"fired missiles at a commercial tanker", "the shelling of the market".

PLOVER codes the victim of one-sided violence as the recipient (manual, sec. ASSAULT), and
ASSAULT mode ``destroy`` covers attacks on property and infrastructure. Wire copy names the victim
by the place or vehicle hit far more often than by its owner. When the role rules found no
recipient actor, the struck place or vehicle becomes an actor here (kind ``other``, named by its
noun phrase without the article: "police checkpoint", "fuel depot"), so the attack keeps its
recipient. Only nouns of ``sense_words`` class ``struck-thing`` qualify (facilities, settlements,
vehicles, positions); the place an attack happens in ("in the city", "near the border") is its
location, not what it hit.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..nominals import nominal_kind
from ..roles import kids
from ...lexicons.nouns import people_heads
from .senses import event_words

__all__ = ["struck_thing", "harmed_people"]

#: Prepositions that introduce what a verb of force hits ("fired at", "an attack on").
_AT = ("at", "on", "against", "into", "of")
#: Words of a quantity before a noun phrase ("more than 100", "at least 30", "dozens of").
_QUANTITY = frozenset({"more", "than", "at", "least", "about", "nearly", "almost", "some", "dozens", "hundreds", "thousands", "scores", "of", "over", "up", "to"})
#: Words that open a time phrase after an object ("last week", "overnight").
_TIME_OPENERS = frozenset({"last", "next", "earlier", "later", "overnight", "yesterday", "today", "tonight"})
#: Words that may stand inside the noun phrase before its head ("a Greek-owned tanker").
_NP_WORDS = ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PUNCT", "PART", "VERB")


def struck_thing(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> str | None:
    """The actor id of the place or vehicle the attack at ``t`` .. ``last`` hits, or None."""
    head = _parse_target(doc, t, last) if doc.has_parse else _surface_target(doc, last, hop=t.lemma.lower() not in event_words("harm-verb"))
    if head is None or head.lemma.lower() not in event_words("struck-thing") and head.text.lower() not in event_words("struck-thing"):
        return None
    start = _phrase_start(doc, head, last.i + 1)
    begin, end = doc.tokens[start].start, head.end
    existing = next((a for s, e, a in draft.mentions_between(begin, end) if s == begin and e == end), None)
    if existing is not None:
        return existing  # the phrase is already an actor's mention
    name = doc.text[begin:end]
    actor_id = draft.actor_id_named(name, "other")
    draft.add_mention(actor_id, begin, end)
    return actor_id


def _parse_target(doc: AnnotatedDocument, t: Token, last: Token) -> Token | None:
    """The verb's object, or its at/on-phrase ("fired missiles at a tanker"); for a noun trigger its
    on/against/of-phrase ("an attack on a police checkpoint", "the shelling of the market")."""
    if t.pos == "VERB":
        objs = [o for o in kids(doc, t.i, ("obj",)) if o.i > last.i or o.i == last.i]
        # "seized control of the town": what is controlled is what was taken
        objs = [next((c for c in kids(doc, o.i, ("nmod",)) if any(g.dep == "case" and g.text.lower() == "of" for g in doc.children(c.i))), o) if o.lemma.lower() == "control" else o for o in objs]
        own = last if last.i > t.i and last.pos == "NOUN" else None
        for o in objs:
            if own is None or o.i != own.i:
                return o
        for c in kids(doc, t.i, ("obl", "obl:arg")):
            if any(g.dep == "case" and g.text.lower() in _AT for g in doc.children(c.i)):
                return c
        return None
    for c in kids(doc, last.i, ("nmod",)):
        if any(g.dep == "case" and g.text.lower() in _AT for g in doc.children(c.i)):
            return c
    return None


def _surface_target(doc: AnnotatedDocument, last: Token, hop: bool = True) -> Token | None:
    """Without a parse: the head of the noun phrase right after the trigger, or after an at/on/of
    right after it (up to six words), if the phrase names a struck thing; with ``hop``, past a first
    phrase that names no people ("hurled petrol bombs at a police station"), not past one that
    does ("shot dead two policemen at a checkpoint": they are what was hit)."""
    sent = doc.sentences[last.sent]
    k = last.i + 1
    if k < sent.token_end and doc.tokens[k].text.lower() in ("down", "up", "out", "off"):
        k += 1  # a particle: "shot down a helicopter", "blew up a bridge"
    if k < sent.token_end and doc.tokens[k].text.lower() in _AT:
        k += 1
    while k < sent.token_end and doc.tokens[k].text.lower() in _QUANTITY:
        k += 1  # "more than 100 schoolgirls", "at least 30 villagers"
    found, j = _noun_phrase_head(doc, k, sent.token_end)
    if (
        hop and found is not None and found.lemma.lower() not in event_words("struck-thing") and not _people(found)
        and j < sent.token_end and doc.tokens[j].text.lower() in ("at", "on", "into")
    ):
        # "hurled petrol bombs at a police station": what is thrown, then what it hits
        found, _j = _noun_phrase_head(doc, j + 1, sent.token_end)
    elif found is not None and found.lemma.lower() == "control" and j < sent.token_end and doc.tokens[j].text.lower() == "of":
        found, _j = _noun_phrase_head(doc, j + 1, sent.token_end)  # "seized control of the town"
    return found


def _people(w: Token) -> bool:
    """A noun the lexicons type as people ("detainees", "worshippers", "people"): what a verb of
    force does to them, not the place it happens at."""
    low = w.lemma.lower()
    return nominal_kind(w) is not None or low in people_heads() or low in event_words("people-word") or w.text.lower() in event_words("people-word")


def _noun_phrase_head(doc: AnnotatedDocument, k: int, sent_end: int) -> tuple[Token | None, int]:
    """The last noun of the noun phrase from token ``k`` (up to six words), and the index after it."""
    found = struck = None
    j = k
    things = event_words("struck-thing")
    while j < min(sent_end, k + 6):
        w = doc.tokens[j]
        if w.pos not in _NP_WORDS or w.text in (",", ";", ":", "."):
            break
        if w.pos == "VERB" and not w.text.lower().endswith(("ed", "owned")):
            break
        if w.text.lower() in _TIME_OPENERS or w.lemma.lower() in event_words("time-word"):
            break  # "killed a 13-year-old last week": a time, not the phrase
        if w.pos in ("NOUN", "PROPN"):
            found = w
            if w.lemma.lower() in things:
                struck = w  # a tagger without a parse may call the next word a noun ("station overnight")
        j += 1
    return struck or found, j


def _phrase_start(doc: AnnotatedDocument, head: Token, floor: int) -> int:
    """First word of the head's noun phrase, after its article or possessive ("a police checkpoint"
    -> "police checkpoint"), and not before token ``floor`` (the word after the trigger)."""
    sent = doc.sentences[head.sent]
    k = head.i
    lowest = max(sent.token_start, floor)
    while k - 1 >= lowest and doc.tokens[k - 1].pos in ("ADJ", "NOUN", "PROPN", "NUM") or (
        k - 1 >= lowest and doc.tokens[k - 1].text in ("-",) and k - 2 >= lowest
    ):
        k -= 1
    return k


def harmed_people(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> str | None:
    """The actor id of the people a verb of harm to people hits ("kidnapped a Catholic priest",
    "shot dead two rangers", "beheaded a village chief"), when no lexicon types them: only people
    can be killed, kidnapped or tortured, so the verb's object names people whatever its noun
    (``sense_words`` class ``harm-verb``). A group when the noun is plural, else a person."""
    if t.pos != "VERB" or t.lemma.lower() not in event_words("harm-verb"):
        return None
    # (no hop past the object: a harm verb's object is the people harmed, whatever follows --
    # "kidnapped 30 schoolchildren on Friday" is not a harm done to Friday)
    head = _parse_target(doc, t, last) if doc.has_parse else _surface_target(doc, last, hop=False)
    if head is None or head.pos != "NOUN" or head.lemma.lower() in event_words("struck-thing"):
        return None
    if draft.actor_at(head.start, head.end) is not None:
        return None
    start = _phrase_start(doc, head, last.i + 1)
    while start < head.i and (doc.tokens[start].pos == "NUM" or doc.tokens[start].text.lower() in ("more", "than", "dozens", "hundreds", "of")):
        if doc.tokens[start + 1].text.startswith("-") and doc.tokens[start + 1].start == doc.tokens[start].end:
            break  # "a 13-year-old": the number is part of the word
        start += 1
    begin, end = doc.tokens[start].start, head.end
    low = head.text.lower()
    plural = low.endswith("s") and low != head.lemma.lower()
    actor_id = draft.actor_id_named(doc.text[begin:end], "group" if plural else "person")
    draft.add_mention(actor_id, begin, end)
    return actor_id
