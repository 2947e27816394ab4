"""Recipients of aid that are people but no actor yet: "treated the wounded", "rescued 23
kidnapped schoolchildren", "delivered tents to flood survivors".

PLOVER requires a recipient for AID (manual, sec. AID: "Requires recipient: Yes"), and aid
mostly goes to people the actor lexicons do not name -- the wounded, survivors, evacuees.
When the role rules found no recipient actor, the people the aid goes to become a ``group``
actor here, named like the other nominal actors (:mod:`..nominals`), so the event keeps its
recipient instead of being dropped. Places ("to the region") and things ("to the relief
effort") are no recipients and give none.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..cameo import longest_agent
from ..nominals import nominal_actor, nominal_kind
from ..roles import actor_of
from .triggers import words_of

__all__ = ["aid_recipient", "helps_object", "partner"]

def aid_recipient(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token, preps: tuple[str, ...] = ("to", "for")) -> str | None:
    """The actor id of the people an AID trigger at ``t`` .. ``last`` benefits, or None.
    ``preps``: the prepositions that name them ("to"/"for"; a COOPERATE partner: "with"/"to").

    The beneficiary is the object of a verb whose object is helped (``beneficiary-verb`` in
    ``event_cues.tsv``: rescue, evacuate, treat, shelter) and otherwise the noun of a to- or
    for-phrase of the trigger; it must be an actor that is no place, or name people (a person or
    group noun of the lexicons, a CAMEO agent or a ``beneficiary`` word of ``event_cues.tsv``)."""
    head = _beneficiary(doc, t, last, preps)
    if head is None:
        return None
    found = draft.actor_at(head.start, head.end)
    actor = draft.actor_fields(found) if found else None
    if actor is not None and actor.kind != "location":
        return found  # "approved $3 billion for Egypt": an actor the role rules left out
    if not _people(doc, head):
        return None
    if found is not None:
        return found
    first = head.i
    lo = doc.sentences[head.sent].token_start
    while first > lo and doc.tokens[first - 1].pos in ("ADJ", "NOUN") and doc.tokens[first - 1].i != last.i:
        first -= 1  # "flood survivors", "wounded civilians": the mention covers the modifiers
    if nominal_kind(head) is not None:
        return nominal_actor(draft, head, doc.tokens[first].start)
    actor_id = draft.actor_id_named(head.text.lower(), "group")  # "the wounded": named as written
    draft.add_mention(actor_id, doc.tokens[first].start, head.end)
    return actor_id


def helps_object(t: Token) -> bool:
    """The trigger is a verb whose object is the one helped (``beneficiary-verb``: "rescued", "treated")."""
    return t.pos == "VERB" and t.lemma.lower() in words_of("beneficiary-verb")


def _beneficiary(doc: AnnotatedDocument, t: Token, last: Token, preps: tuple[str, ...]) -> Token | None:
    sent = doc.sentences[t.sent]
    helps = helps_object(t)
    if doc.has_parse:
        if helps:
            obj = next((c for c in doc.children(t.i) if c.dep in ("obj", "nsubj:pass")), None)
            if obj is not None:
                return obj
        for h in dict.fromkeys((t, last, *_aid_objects(doc, t, last))):
            for c in doc.children(h.i):
                if c.dep in ("obl", "nmod") and c.i > last.i and any(g.dep == "case" and g.text.lower() in preps for g in doc.children(c.i)):
                    return c
        for c in doc.children(t.i):
            # "donated $50 million to help earthquake survivors", "delivered flour to feed 200,000
            # people": the purpose clause names who is helped
            if c.dep in ("advcl", "xcomp") and c.i > last.i:
                obj = next((g for g in doc.children(c.i) if g.dep == "obj"), None)
                if obj is not None and (c.lemma.lower() in words_of("help-verb") or _in_need(obj)):
                    # (an object in need whatever the verb: "to feed the refugees", and a parser's
                    # "to *flood* victims" read as a purpose clause; issue 14 batch 61)
                    return obj
        return None
    if helps:
        k = t.i + 1  # a verb + object trigger ("treated the wounded") holds its object
    else:
        k = last.i + 1
        while k < min(sent.token_end, last.i + 10) and doc.tokens[k].text.lower() not in preps:
            if doc.tokens[k].pos in ("VERB", "PUNCT") and doc.tokens[k].text not in ("$", "€", "£"):
                return None  # another clause: its to-phrase is not the aid's
            k += 1
        if k >= min(sent.token_end, last.i + 10):
            return None
        k += 1
        if k < sent.token_end and doc.tokens[k].lemma.lower() in words_of("help-verb"):
            k += 1  # "to help flood survivors": the purpose clause's object
    return _np_head(doc, k, sent.token_end)


def _aid_objects(doc: AnnotatedDocument, t: Token, last: Token) -> list[Token]:
    """What a verb trigger gives, where the parser may hang the aid's to/for-phrase: its object
    and the noun an amount counts ("airlifted 30 tonnes of relief supplies *for earthquake
    survivors*", "sent tents *to flood victims*"; issue 14 batch 19)."""
    if t.pos != "VERB" or last.i != t.i:
        return []
    out: list[Token] = []
    for o in doc.children(t.i):
        if o.dep == "obj":
            out.append(o)
            out += [c for c in doc.children(o.i) if c.dep == "nmod" and any(g.dep == "case" and g.text.lower() == "of" for g in doc.children(c.i))]
    return out


def _np_head(doc: AnnotatedDocument, k: int, end: int) -> Token | None:
    """Without a parse: the last noun (or nominalised adjective) of the noun phrase starting at ``k``."""
    head = None
    stop = min(end, k + 6)
    while k < stop:
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN") or w.text.lower() in words_of("beneficiary"):  # "the wounded", tagged ADJ or VERB
            head = w
        elif head is not None or not (w.pos in ("DET", "NUM", "ADJ", "PRON") or w.pos == "VERB" and w.text.lower().endswith("ed")):
            # (a participle may modify the noun: "to stranded villagers")
            break
        k += 1
    return head


def _in_need(w: Token) -> bool:
    """A word for people in need (``in-need`` of ``sense_words.tsv``: "victims", "refugees", "survivors")."""
    from .senses import event_words

    need = event_words("in-need")
    return w.lemma.lower() in need or w.text.lower() in need


def _people(doc: AnnotatedDocument, head: Token) -> bool:
    """A word for people: the beneficiary words, the people lexicons or the CAMEO agents."""
    low, lemma = head.text.lower(), head.lemma.lower()
    if low in words_of("beneficiary") or lemma in words_of("beneficiary"):
        return True
    return head.pos in ("NOUN", "PROPN") and (nominal_kind(head) in ("group", "person") or longest_agent(doc, head) is not None)


def partner(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> str | None:
    """The actor id of the partner in an "in partnership with X" phrase of the trigger's clause
    ("began joint patrols in partnership with the Chinese coast guard", "in coordination with
    Saudi forces"; the nouns are the ``partnership`` class of ``event_cues.tsv``) or an
    "alongside X" phrase ("held joint exercises alongside U.S. marines"), or None. With a
    parse the phrase hangs on the trigger, its object noun or the verb whose object the trigger
    is; without one it follows the trigger within its clause."""
    words = words_of("partnership")
    if doc.has_parse:
        heads = [t, last]
        if last.head is not None and last.dep in ("obj", "nsubj:pass") and doc.tokens[last.head].pos == "VERB":
            heads.append(doc.tokens[last.head])
        for h in dict.fromkeys(heads):
            for p in doc.children(h.i):
                if p.dep in ("obl", "nmod") and any(c.dep == "case" and c.text.lower() == "alongside" for c in doc.children(p.i)):
                    return actor_of(doc, draft, p)  # "held joint exercises alongside U.S. marines"
                if p.dep not in ("obl", "nmod") or p.lemma.lower() not in words:
                    continue
                if not any(c.dep == "case" and c.text.lower() == "in" for c in doc.children(p.i)):
                    continue
                for w in doc.children(p.i):
                    if w.dep == "nmod" and any(c.dep == "case" and c.text.lower() == "with" for c in doc.children(w.i)):
                        return actor_of(doc, draft, w)
        return None
    sent = doc.sentences[t.sent]
    end = min(sent.token_end, last.i + 12)
    for k in range(last.i + 1, end - 2):
        w = doc.tokens[k]
        if w.pos == "VERB" or w.text in (";", ":"):
            return None  # another clause
        alongside = w.text.lower() == "alongside"
        if alongside or w.text.lower() == "in" and doc.tokens[k + 1].text.lower() in words and doc.tokens[k + 2].text.lower() == "with":
            head = _np_head(doc, k + 1 if alongside else k + 3, sent.token_end)
            if head is None:
                return None
            found = draft.actor_at(head.start, head.end)
            if found is None and nominal_kind(head) is not None:
                found = nominal_actor(draft, head, doc.tokens[k + 1 if alongside else k + 3].start)
            return found
    return None
