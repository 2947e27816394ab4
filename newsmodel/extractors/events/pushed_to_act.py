"""Pushing or pressing someone to act is a request (issue 14 batch 57, e25: PolNeAR train).

"Senator pushes party to reject island debt plan", "the union pressed the governor to veto
the bill", "pressured the council into delaying the vote": the verb with a person or body as
object and a to-infinitive or "into" + a gerund after it is an appeal,
PLOVER REQUEST (CAMEO 10, demand); "press for" and "push for" are triggers of their own.  The
same verbs with a thing pushed ("pushed the button to open the gate", "pushed the stalled car")
or no one to act name no event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..denial_forms import base_form
from ..nominals import names_party

__all__ = ["pushes_someone_to_act"]

#: Verbs of urging by pressure, the ``push-verb`` class of ``sense_words.tsv`` ("pushed", "pressed",
#: "pressured", "encouraged", "prodded", "nudged"; stop 37 added "cajole", "coax" and "goad", which
#: with a party and "into" + a gerund urge it likewise: "cajoled the partners into backing the
#: reform"); "urge" is a trigger.  The source column of the file says where each came from.
_PUSH = word_class("sense_words.tsv", "push-verb")


def _party(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """An actor that can be asked (a person, a group, an organisation, a country) or a noun the
    lexicons type as people ("the party's leaders")."""
    return names_party(draft, w, actor_kinds=None, noun_kinds=("person", "group", "organization"))


def pushes_someone_to_act(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is "push" or "press" with a party as object and "to" + a verb after it: with a parse
    the object and an ``xcomp`` (or ``advcl``) verb marked "to"; without one the noun phrase after the verb (up to
    six words) followed by "to" and a verb."""
    if t.pos != "VERB" or not _push_verb(t):
        return False  # first: asked of every verb no lexicon row claims
    sent = doc.sentences[t.sent]
    if _pressed_by_someone(doc, draft, t):
        return True
    if doc.has_parse:
        obj = next((c for c in doc.children(t.i) if c.dep in ("obj", "dobj") and c.i > t.i), None)
        # (the small parser may call the infinitive an adverbial clause: "pushed the leaders to drop")
        to_verb = any(c.dep in ("xcomp", "advcl") and c.pos in ("VERB", "AUX") and any(m.text.lower() == "to" and m.i < c.i for m in doc.children(c.i)) for c in doc.children(t.i))
        return obj is not None and (to_verb or _into_gerund(doc, obj)) and _party(doc, draft, obj)
    return _party_then_infinitive(doc, draft, t.i + 1, min(sent.token_end - 1, t.i + 7), ("DET", "ADJ", "NUM", "PRON"))


def _push_verb(t: Token) -> bool:
    """A ``push-verb`` by its lemma or, when a lemmatiser made no word of it ("coaxed" -> "coaxe"),
    by its written form with the ending taken off (denial_forms)."""
    return t.lemma.lower() in _PUSH or (t.text.lower().endswith(("ed", "ing", "es")) and base_form(t.text.lower(), _PUSH) is not None)


def _into_gerund(doc: AnnotatedDocument, obj: Token) -> bool:
    """Right after the object's phrase, "into" and a gerund ("pressured the council *into delaying*",
    "cajoled the partners *into backing*"): what the party is pushed to do (issue 14 batch 79, PolNeAR
    train recall); "into" + a noun is a place or a shape ("pushed the cart into the barn")."""
    sent = doc.sentences[obj.sent]
    k = obj.i + 1
    while k < sent.token_end and doc.tokens[k].pos in ("NOUN", "PROPN"):
        k += 1  # the rest of a compound object ("the committee chairman")
    return k + 1 < sent.token_end and doc.tokens[k].text.lower() == "into" and _gerund(doc, doc.tokens[k + 1])


def _gerund(doc: AnnotatedDocument, w: Token) -> bool:
    """A verb's -ing form: tagged a verb, or -- a tagger without a model may call it a noun ("into
    *backing* the reform") -- an -ing word with an object after it, which no noun has."""
    if not w.text.lower().endswith("ing"):
        return False
    if w.pos in ("VERB", "AUX"):
        return True
    sent = doc.sentences[w.sent]
    nxt = doc.tokens[w.i + 1] if w.i + 1 < sent.token_end else None
    return w.pos == "NOUN" and nxt is not None and nxt.pos in ("DET", "PRON", "PROPN", "NUM") and nxt.text.lower() not in ("that", "which", "who")


def _pressed_by_someone(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The passive participle with a by-phrase naming a party and a to-infinitive after it ("the
    governor, pressed by reporters to name a running mate, ..."; issue 14 batch 61): the one
    pressed is its subject or the noun it modifies. Read on the words, so both engines agree:
    "by" right after the verb, a noun phrase of up to five words whose last noun is a party,
    then "to" and a verb."""
    sent = doc.sentences[t.sent]
    if not t.text.lower().endswith("ed") or t.i + 1 >= sent.token_end or doc.tokens[t.i + 1].text.lower() != "by":
        return False
    return _party_then_infinitive(doc, draft, t.i + 2, min(sent.token_end - 1, t.i + 8), ("DET", "ADJ", "NUM"))


def _party_then_infinitive(doc: AnnotatedDocument, draft: Draft, start: int, stop: int, fillers: tuple[str, ...]) -> bool:
    """From ``start`` (before ``stop``): a noun phrase -- nouns, with words tagged ``fillers`` and
    "'s" between -- whose last noun is a party, then "to" and a verb ("pushed *the party's
    leaders to* act", "pressed by *reporters to* name")."""
    last = None
    for k in range(start, stop):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            last = w
            continue
        if w.pos in fillers or w.text in ("'s", "’s"):
            continue
        if w.text.lower() == "to" and last is not None:
            return _infinitive_at(doc, k + 1) and _party(doc, draft, last)
        if w.text.lower() == "into" and last is not None:
            return k + 1 < doc.sentences[w.sent].token_end and _gerund(doc, doc.tokens[k + 1]) and _party(doc, draft, last)
        return False
    return False


def _infinitive_at(doc: AnnotatedDocument, k: int) -> bool:
    """The word after "to" is a verb: tagged one, or -- a tagger without a model may call "oust"
    or "name" a noun -- a word followed by a determiner or a pronoun ("to oust the chief", "to
    name a running mate"), which no noun after "to" is."""
    sent = doc.sentences[doc.tokens[k - 1].sent]
    if k >= sent.token_end:
        return False
    w = doc.tokens[k]
    if w.pos in ("VERB", "AUX"):
        return True
    nxt = doc.tokens[k + 1] if k + 1 < sent.token_end else None
    return w.pos == "NOUN" and nxt is not None and nxt.pos in ("DET", "PRON") and nxt.text.lower() not in ("that", "which", "who")
