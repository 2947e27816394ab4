"""Who mobilizes when the MOBILIZE words do not say it (issue 14, stop 45, e75; dev batch 133).

PLOVER's MOBILIZE is "all military or police moves that fall short of the actual use of force"
(manual, MOBILIZE), and its mode table speaks of increasing the readiness of forces and weapons.
News often words the move with a noun whose doer stands elsewhere:

* a readiness noun after "on" set by a verb of placing, or the object of a verb of raising --
  "put its units along the frontier on high alert", "put 8,500 troops on standby", "raised the
  combat readiness of its troops": the subject of that verb readies its forces
  (:func:`readiness_setter`; the verbs are ``sense_words`` class ``readiness-verb``);
* a move noun whose of-phrase names the forces, with no one else named as their mover --
  "a buildup of Russian forces near the border", "the deployment of Chinese naval vessels": the
  forces move, as "Troops were deployed" makes the troops the actor of an agentless passive
  (:func:`forces_moved`);
* "mobilize" whose object is people but no force word ("the police chief mobilized extra
  officers", "the militia mobilised its members"): when its subject is itself an armed party
  (an actor with an armed sector code: police, military, militia ...), the people it calls out
  are its own forces (:func:`armed_mover`); "the campaign mobilized volunteers" stays no event.

Each function only names an actor for an event the trigger lexicon already found; the check that a
MOBILIZE has an armed party in its sentence (:mod:`.unarmed_moves`) still applies afterwards.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

__all__ = ["readiness_setter", "forces_moved", "armed_mover", "marchers_called", "massed_intransitively"]

#: Words that may stand between a readiness noun and "on" ("on high alert", "on a war footing").
_BETWEEN = ("DET", "ADJ", "NUM")


def _armed(draft: Draft, actor_id: str | None) -> bool:
    """The actor's code names an armed sector (:data:`.senses._ARMED`)."""
    from .senses import _ARMED

    if actor_id is None:
        return False
    actor = draft.actor_fields(actor_id)
    return actor is not None and bool(actor.code) and any(c in actor.code for c in _ARMED)


def _setting_verb(doc: AnnotatedDocument, t: Token, last: Token) -> Token | None:
    """The verb of class ``readiness-verb`` that sets the readiness noun ``t..last``: the verb
    whose "on"-phrase it ends, or whose object it is; without a parse, the nearest verb before it
    with only a noun phrase and "on" between."""
    verbs = word_class("sense_words.tsv", "readiness-verb")
    if doc.has_parse:
        if last.head is None:
            return None
        head = doc.tokens[last.head]
        if head.pos == "ADP" and head.head is not None:  # a parse that hangs the noun on "on"
            head = doc.tokens[head.head]
        if head.pos == "VERB" and head.lemma.lower() in verbs and last.dep in ("obj", "dobj", "obl", "pobj", "nmod"):
            return head
        return None
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k >= sent.token_start and doc.tokens[k].pos in _BETWEEN:
        k -= 1
    if k >= sent.token_start and doc.tokens[k].text.lower() == "on":
        k -= 1
        while k >= sent.token_start and doc.tokens[k].pos not in ("VERB", "AUX") and doc.tokens[k].text not in (",", ";", ":"):
            k -= 1
    if k < sent.token_start:
        return None
    verb = doc.tokens[k]
    return verb if verb.pos == "VERB" and verb.lemma.lower() in verbs else None


def readiness_setter(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> str | None:
    """The actor that readies forces by putting them on the readiness noun ``t..last`` ("put on
    high alert", "placed on standby") or by raising it ("raised the combat readiness"): the
    subject of the setting verb, or None."""
    from .non_event_senses import _subject

    verb = _setting_verb(doc, t, last)
    if verb is None:
        return None
    subj = _subject(doc, verb)
    if subj is None:
        return None
    return draft.actor_at(subj.start, subj.end)


def _clause_subject(doc: AnnotatedDocument, last: Token) -> bool:
    """The move noun heads its clause's subject ("A buildup of ... worried Kyiv"), as for an
    agentless nominal; as the object of another word ("called for the deployment of troops") the
    move is that word's business, wished or reported, not a move made."""
    if doc.has_parse:
        return last.dep in ("nsubj", "nsubj:pass")
    sent = doc.sentences[last.sent]
    before = doc.tokens[sent.token_start : last.i]
    return len(before) <= 3 and all(w.pos in _BETWEEN for w in before)


def massed_intransitively(doc: AnnotatedDocument, t: Token) -> bool:
    """Bare "mass" read as the verb of forces gathering ("troops massed on the frontier", "had
    massed near the border"): no noun or adjective right after it -- "mass atrocities", "mass
    graves" are the adjective a tagger without a parse may take for a verb."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    return k >= sent.token_end or doc.tokens[k].pos not in ("NOUN", "PROPN", "ADJ", "NUM")


def forces_moved(doc: AnnotatedDocument, draft: Draft, last: Token, targets: list[str]) -> list[str]:
    """The armed actors among ``targets`` named in the of-phrase right after the move noun
    ``last`` ("a buildup of Russian forces", "the deployment of Chinese naval vessels")."""
    sent = doc.sentences[last.sent]
    k = last.i + 1
    if k >= sent.token_end or doc.tokens[k].text.lower() != "of" or not _clause_subject(doc, last):
        return []
    end = k + 1
    while end < sent.token_end and doc.tokens[end].pos in ("DET", "ADJ", "NUM", "PROPN", "NOUN"):
        end += 1
    if end == k + 1:
        return []
    a, b = doc.tokens[k + 1].start, doc.tokens[end - 1].end
    inside = {x for _s, _e, x in draft.mentions_between(a, b)}
    return [x for x in targets if x in inside and _armed(draft, x)]


def _people(obj: Token) -> bool:
    """The object names people: a person or group noun (``org_words``, WordNet's people) or a
    word of ``sense_words`` class ``force-member`` ("members", "men", "cadres")."""
    from ...lexicons import group_nouns, person_nouns
    from ...lexicons.nouns import member_nouns, wordnet_people

    words = {obj.lemma.lower(), obj.text.lower()}
    kinds = (person_nouns(), group_nouns(), member_nouns(), wordnet_people(), word_class("sense_words.tsv", "force-member"))
    return any(not words.isdisjoint(k) for k in kinds)


def armed_mover(doc: AnnotatedDocument, draft: Draft, t: Token, obj: Token) -> bool:
    """The subject of the mobilizing verb ``t`` is an armed party and its object ``obj`` names
    people ("the police chief mobilized extra officers", "the militia mobilised its members"): what
    it calls out is its own force; "police deployed a new app" is no move of people."""
    from .non_event_senses import _subject

    if not _people(obj):
        return False
    subj = _subject(doc, t)
    return subj is not None and _armed(draft, draft.actor_at(subj.start, subj.end))


def marchers_called(doc: AnnotatedDocument, t: Token) -> bool:
    """"mobilize" + people + "for" a protest ("mobilized workers for a march on the capital") or
    "to" + a verb of protest ("mobilised supporters to demonstrate"): the manual codes "mobilizing
    supporters to demonstrate" as PROTEST (MOBILIZE, "Potential ambiguities").  Nouns are
    ``sense_words`` class ``protest-joined``, verbs class ``protest-call-verb``; the first
    "for"/"to" within eight words after the verb decides."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    lemmas = doc.lowered_lemmas()
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 9)):
        if lows[k] == "for":
            j = k + 1
            while j < sent.token_end and doc.tokens[j].pos in _BETWEEN:
                j += 1
            return j < sent.token_end and lows[j] in word_class("sense_words.tsv", "protest-joined")
        if lows[k] == "to":
            return lemmas[k + 1] in word_class("sense_words.tsv", "protest-call-verb")
    return False
