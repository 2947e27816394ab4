"""A verbal attack in the passive: the critic in a by-phrase, the grievance in an over- or
for-phrase (issue 14 batch 149, helper e86 at stop 47, PolNeAR train recall).

"The governor has been attacked over her tax plan by the senator", "the minister was attacked
for the slow rollout by opposition leaders", "was attacked on social media by the union": the
same criticism (PLOVER ACCUSE, CAMEO 111) as the active "the senator attacked the governor over
her tax plan", which :func:`.spoken_attacks.attacked_for` reads from the verb's object. A passive
has no object after the verb, so that reading never fired, and the bare verb's default is force.
Here the passive's subject must be a person or a political body, the by-phrase must name a
party that argues (a person, a body, a country, a political group -- not gunmen, militants or a
mob, whose attacks are blows), and a phrase after the verb must give the grievance: "over" a
topic (not "over the weekend"), "for" a conduct (not "for the second time"), or a setting of
speech ("on social media", "in a radio interview"). The caller asks it only where no armed
party stands in the sentence, as for the active reading.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from .by_phrases import by_phrase_span
from .spoken_attacks import _CONDUCT_CLAUSE_OPENERS, _SETTING_PREPOSITIONS, _person, _speech_setting, _topic_after
from .triggers import words_of

__all__ = ["attacked_in_passive", "passive_critic"]

#: Forms of "be" that make the passive ("was attacked", "has been attacked").
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Words between the subject and the verb of the passive, besides "be" and adverbs.
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "may", "might", "could"})
#: How many words after the verb hold its by-phrase and its grievance.
_REACH = 14
#: CAMEO sector codes of groups whose attack is one of words (legislators, government, judges,
#: parties), as :func:`.spoken_attacks._one_party_before` reads them, and the opposition (OPP).
_POLITICAL_SECTORS = frozenset({"LEG", "GOV", "JUD", "PTY", "OPP"})


def _passive_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The last word of the subject of the passive whose participle is ``t``: the noun right
    before its "be" (past adverbs and auxiliaries); None when no "be" stands right before ``t``."""
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k >= sent.token_start and doc.tokens[k].pos == "ADV":
        k -= 1
    if k < sent.token_start or doc.tokens[k].text.lower() not in _BE:
        return None
    while k >= sent.token_start and (doc.tokens[k].text.lower() in _BE or doc.tokens[k].text.lower() in _AUXILIARIES or doc.tokens[k].pos == "ADV"):
        k -= 1
    return doc.tokens[k] if k >= sent.token_start and doc.tokens[k].pos in ("NOUN", "PROPN") else None


def _arguing_party(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """The head of a by-phrase names a party that argues: a person, a body or a country, a
    political or uncoded group, or a noun the lexicons type as a person ("the governor")."""
    actor = draft.actor_fields(draft.actor_at(w.start, w.end))
    if actor is not None and actor.kind == "group":
        return actor.code is None or actor.code[-3:] in _POLITICAL_SECTORS
    return _person(doc, draft, w)


def _grievance(doc: AnnotatedDocument, k: int) -> bool:
    """The preposition at ``k`` opens a grievance or a setting of speech."""
    low = doc.tokens[k].text.lower()
    nxt = doc.tokens[k + 1]
    if low == "over":
        return _topic_after(doc, k + 1)
    if low == "for":
        if "time" in doc.lowered_texts()[k + 1 : k + 4]:
            return False  # "for the second time"
        return nxt.text.lower().endswith("ing") and nxt.pos in ("VERB", "AUX") or nxt.pos == "DET" or nxt.text.lower() in POSSESSIVES or nxt.text.lower() in _CONDUCT_CLAUSE_OPENERS
    return low in _SETTING_PREPOSITIONS and _speech_setting(doc, k + 1)


def _critic_token(doc: AnnotatedDocument, draft: Draft, t: Token) -> Token | None:
    """The head of the by-phrase of the passive verbal attack at ``t`` (see :func:`attacked_in_passive`), or None."""
    if t.pos != "VERB" or t.lemma.lower() not in words_of("reasoned-attack-verb"):
        return None
    subject = _passive_subject(doc, t)
    if subject is None or not _person(doc, draft, subject):
        return None
    sent = doc.sentences[t.sent]
    end = min(sent.token_end - 1, t.i + _REACH)
    critic: Token | None = None
    grievance = False
    for k in range(t.i + 1, end):
        low = doc.tokens[k].text.lower()
        if low in (";", ":") or low == "," and critic is None:
            break
        if low == "by" and critic is None:
            span = by_phrase_span(doc, doc.tokens[k - 1])
            if span is None or not _arguing_party(doc, draft, doc.tokens[span[1] - 1]):
                return None  # "by gunmen", "by a mob": blows
            critic = doc.tokens[span[1] - 1]
        elif not grievance and _grievance(doc, k):
            grievance = True
    return critic if grievance else None


def attacked_in_passive(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` is a ``reasoned-attack-verb`` ("attack", "hit") in the passive, its subject a person
    or a political body, with a by-phrase naming an arguing party and a grievance phrase after it."""
    return _critic_token(doc, draft, t) is not None


def passive_critic(doc: AnnotatedDocument, draft: Draft, t: Token) -> str | None:
    """The actor the by-phrase of the passive verbal attack at ``t`` names, or None: its agent
    where the parse hung the by-phrase on the grievance's noun ("attacked for the slow rollout by
    opposition leaders")."""
    w = _critic_token(doc, draft, t)
    return draft.actor_at(w.start, w.end) if w is not None else None
