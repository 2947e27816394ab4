"""A campaign waged with force is an attack; an attack pressed is force or criticism (stop 31, e20; dev batch 50).

"The army launched a campaign against the rebels", "troops waged a bloody campaign against
separatist fighters", "began a military campaign in the north": CAMEO's LAUNCH * CAMPAIGN
patterns read an appeal (020) or a criticism (111), written for a political campaign against a
policy; when the campaign is waged against an armed foe, or is called military, it is the use of
force that PLOVER codes ASSAULT.  A campaign against an ill ("against corruption") or a rival
("her campaign against the mayor") is left to the other checks (:mod:`.non_event_senses`).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _next_text, _words

__all__ = ["armed_campaign", "pressed_attack"]

#: Verbs that press or step up an attack ("pressing his attack", "stepped up her attacks").
_PRESS = frozenset({"press", "step", "sharpen", "renew", "intensify", "escalate", "ramp", "redouble"})

#: Attack nouns that a campaign's speech borrows.
_ATTACK = frozenset({"attack", "attacks", "assault", "assaults", "offensive"})

#: Verbs that start, wage or step up a campaign.
_WAGE = frozenset({"launch", "wage", "begin", "start", "intensify", "escalate", "mount", "conduct", "pursue", "step", "expand", "resume", "open"})

#: Sector codes of armed foes ("rebels" REB, "insurgents" INS, "militants" UAF); an army is named
#: by ``armed-foe`` words ("government troops"), so that "a campaign against the army's abuses" stays.
_FOE_CODES = ("REB", "INS", "UAF")


def armed_campaign(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb at ``t`` (``_WAGE``) has "campaign" as its object, within five words, and the
    campaign is military -- an ``armed-means`` or ``campaign-force`` word right before it ("a
    military campaign", "an air campaign", "a bombing campaign") -- or is waged "against" an armed
    foe (an ``armed-foe`` word, or an actor with an armed sector code, heading the phrase)."""
    if t.lemma.lower() not in _WAGE:
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    force_words = _words("campaign-force") | _words("armed-means")
    for k in range(t.i + 1, min(sent.token_end, t.i + 6)):
        w = doc.tokens[k]
        if lows[k] in ("campaign", "campaigns"):
            if k - 1 > t.i and lows[k - 1] in force_words:
                return True
            return _against_a_foe(doc, draft, k)
        if w.pos not in ("DET", "ADJ", "NOUN", "PRON", "NUM", "ADV", "ADP") and lows[k] not in ("'s", "’s", "up"):
            return False
    return False


def _against_a_foe(doc: AnnotatedDocument, draft: Draft, k: int) -> bool:
    """"against" right after the campaign noun at ``k`` and, in the noun phrase after it (up to
    five words of determiners, adjectives and nouns: a tagger may call "last" in "last year" a
    noun), an ``armed-foe`` word ("against the rebels", "against separatist fighters") or an
    actor whose code names an armed sector."""
    sent = doc.sentences[doc.tokens[k].sent]
    if k + 1 >= sent.token_end or doc.tokens[k + 1].text.lower() != "against":
        return False
    foes = _words("armed-foe")
    for j in range(k + 2, min(sent.token_end, k + 7)):
        w = doc.tokens[j]
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and w.text not in ("'s", "’s", "-"):
            return False
        if w.text.lower() in foes or w.lemma.lower() in foes:
            return True
        actor = draft.actor_fields(draft.actor_at(w.start, w.end)) if w.pos in ("NOUN", "PROPN") else None
        if actor is not None and actor.code and any(c in actor.code for c in _FOE_CODES):
            return True
    return False


def pressed_attack(doc: AnnotatedDocument, draft: Draft, t: Token) -> tuple[int, str, str | None] | None:
    """The sense of a verb that presses or steps up an attack (``_PRESS`` + an attack noun within
    four words): with an armed party in the sentence, the fighting goes on ("Rebel fighters
    pressed their attack on the besieged town": ASSAULT, not CAMEO's threat, 138); with none, and a
    claim ("that ...") or a person after the attack, it is criticism ("is pressing his attack that
    the governor is unfit", "stepped up her attacks on the senator": ACCUSE disapprove).  None
    leaves the verb to the other rules."""
    if t.lemma.lower() not in _PRESS:
        return None  # first: this is asked of every verb that no lexicon row claims
    from ..nominals import nominal_kind
    from .senses import armed_party

    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        if lows[k] in _ATTACK:
            break
        if doc.tokens[k].pos not in ("DET", "ADJ", "PRON", "ADV", "PART") and lows[k] not in ("up", "ahead", "home", "'s", "’s"):
            return None
    else:
        return None
    if armed_party(doc, draft, t, "armed-context") or armed_party(doc, draft, t, "armed-foe"):
        return 1, "ASSAULT", None
    nxt = _next_text(doc, doc.tokens[k])
    if nxt == "that":
        return 1, "ACCUSE", "disapprove"
    if nxt not in ("on", "against"):
        return None
    j = k + 2
    while j < sent.token_end and (doc.tokens[j].pos in ("DET", "ADJ") or lows[j] in ("his", "her", "their", "'s", "’s")):
        j += 1
    if j >= sent.token_end:
        return None
    w = doc.tokens[j]
    actor = draft.actor_fields(draft.actor_at(w.start, w.end))
    person = actor.kind == "person" if actor is not None else nominal_kind(w) == "person"
    if person or lows[j] in _words("view-word") or lows[j] in ("record", "fitness", "character", "judgment", "judgement"):
        return 1, "ACCUSE", "disapprove"
    return None
