"""Campaign rhetoric and lawmaking that use event words (stop 31, e20; dev batch 50, second round).

Found by reading both engines' output on PolNeAR train (seeds 60-69) and rewritten as the
project's own sentences (``tests/test_events_e20.py``):

* a right reserved to do something that is no reprisal: "reserves the right to change his mind"
  (CAMEO's RESERVE * RIGHT is a threat only when the right is to retaliate or to use force);
* "fine" the adjective: "he will do just fine" (a tagger may call it the verb of a penalty);
* a proposal of domestic policy: "his proposed ban on assault weapons", "has proposed raising the
  tax on cigarettes" (a plan put to voters, no act and no offer to a party);
* a lawmaker's vote: "voted against the farm bill", "voted against it" (procedure, no accusation);
* advertising: "a super PAC launched a new television ad campaign", "launched a documentary about
  his career" (CAMEO's LAUNCH * CAMPAIGN reads an appeal; ads and films ask nothing of a party);
* a concern voiced: "insurers are raising alarms about the cost", "raised questions about his
  record" (speech, no restriction raised or lifted);
* credit given: "did give the nominee some credit for his campaign" (praise, no aid; "$2 billion in
  credit" is a loan and stays);
* an ideology or a condition that "threatens": "bigotry threatens the values ..." (no party
  threatens anyone).

:func:`rhetoric_non_event` is one of the checks of :func:`.non_event_senses.non_event`; it only
reads the document, so it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _next_text, _words
from .sense_checks import SenseCheck, after_adverbs, keys

__all__ = ["rhetoric_non_event"]

#: Words before "fine" that make it the adjective ("do just fine", "is fine", "quite fine").
_FINE_BEFORE = frozenset({"do", "does", "did", "doing", "done", "just", "quite", "perfectly", "very", "so", "pretty", "really", "be", "is", "are", "was", "were", "been", "am", "'s", "'re", "seem", "seems", "seemed", "feel", "feels", "felt", "look", "looks", "sounds", "sound", "fare", "fared", "all", "mighty", "fairly", "too"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: every one opens with a test of the lemma or the
    text (a proposed measure's noun is a ``policy-word``: :func:`_proposed_noun`)."""
    policy = _words("policy-word")
    lemmas = keys("reserve", "propose", "vote", "raise", "give", "launch", "threaten", policy)
    return (SenseCheck("rhetoric", rhetoric_non_event, lemmas=lemmas, texts=keys("fine", policy)),)


def rhetoric_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is campaign rhetoric or lawmaking, no event."""
    lemma = t.lemma.lower()
    low = t.text.lower()
    if lemma == "reserve" and _reserves_a_plain_right(doc, t):
        return True  # "reserves the right to change his mind": no reprisal named
    if low == "fine" and _fine_adjective(doc, t):
        return True  # "he will do just fine": the adjective
    if t.pos in ("NOUN", "PROPN") and _proposed_noun(doc, t):
        return True  # "his proposed ban on assault weapons": a plan, no act
    if lemma == "propose" and _proposes_a_policy_act(doc, t):
        return True  # "has proposed raising the tax on cigarettes": a policy put to voters
    if lemma == "vote" and _votes_against_a_text(doc, t):
        return True  # "voted against the farm bill": a lawmaker's vote, no accusation
    if lemma == "raise" and _raises_a_concern(doc, t):
        return True  # "insurers are raising alarms about the cost": a warning voiced, no concession
    if lemma == "give" and t.pos == "VERB" and _gives_credit(doc, t):
        return True  # "did give the nominee some credit for his campaign": praise, no aid
    if lemma == "launch" and t.pos == "VERB" and _launches_media(doc, t):
        return True  # "a super PAC launched a new television ad campaign": advertising, no appeal
    if lemma == "threaten" and _condition_threatens(doc, draft, t):
        return True  # "bigotry threatens the values ...": no party threatens
    return False


def _reserves_a_plain_right(doc: AnnotatedDocument, t: Token) -> bool:
    """"reserve(s) the right to" + a verb that is no reprisal or use of force (``reprisal-verb``,
    ``threatened-act``): "reserves the right to change his mind", "to reconsider"; "reserves the
    right to retaliate", "to respond" stay threats."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and lows[k] in ("the", "its", "his", "her", "their", "our", "a", "full", "legal", "sovereign"):
        k += 1
    if k + 2 >= sent.token_end or lows[k] not in ("right", "rights") or lows[k + 1] != "to":
        return False
    v = doc.tokens[k + 2]
    force = _words("reprisal-verb") | _words("threatened-act")
    if lows[k + 2] in force or v.lemma.lower() in force or lows[k + 2] in ("respond", "act", "defend", "take"):
        return False
    return True


def _fine_adjective(doc: AnnotatedDocument, t: Token) -> bool:
    """"fine" after a form of "do" or "be", a verb of seeming or a degree adverb ("will do just
    fine", "is fine", "seemed fine"), or before "with" ("fine with the plan"): the adjective, no
    penalty.  "The court fined ..." and "a fine of $5,000" are other forms or shapes."""
    sent = doc.sentences[t.sent]
    prev = doc.lowered_texts()[t.i - 1] if t.i > sent.token_start else ""
    return prev in _FINE_BEFORE or _next_text(doc, t) == "with"


def _proposed_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun trigger comes right after "proposed", "planned" or "suggested" used as an adjective
    (a possessive, a determiner or the sentence's start before it): "his proposed ban on assault
    weapons", "the planned tax": a measure proposed, not taken.  "Russia's planned offensive" --
    force -- is left alone: only the restrictions and measures of ``policy-word`` count."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    if k < sent.token_start or lows[k] not in ("proposed", "suggested", "planned", "mooted"):
        return False
    if lows[t.i] not in _words("policy-word") and t.lemma.lower() not in _words("policy-word"):
        return False
    return k == sent.token_start or lows[k - 1] in ("his", "her", "their", "its", "the", "a", "our", "'s", "’s", "this", "that") or doc.tokens[k - 1].pos in ("DET", "PROPN")


def _proposes_a_policy_act(doc: AnnotatedDocument, t: Token) -> bool:
    """"propose" + the gerund of a ``policy-verb`` ("proposed raising the tax", "has proposed
    repealing the mandate", "proposed temporarily banning ..."): a policy put to voters, no offer
    to a party.  "proposed holding talks with Kyiv" stays an offer."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    if k >= sent.token_end or not lows[k].endswith("ing"):
        return False
    verbs = _words("policy-verb")
    stem = lows[k][:-3]
    return doc.tokens[k].lemma.lower() in verbs or stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)


def _votes_against_a_text(doc: AnnotatedDocument, t: Token) -> bool:
    """"vote(d) against" + a bill, a plan or a law (``bill-word``, ``charter-word``,
    ``policy-word``, ``pact-word``), or "it"/"them"/"this": a lawmaker's vote on a text, no
    accusation of a party."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end or lows[k] != "against":
        return False
    texts = _words("bill-word") | _words("charter-word") | _words("policy-word") | _words("pact-word")
    j = k + 1
    if j < sent.token_end and lows[j] in ("it", "them", "this", "that", "both"):
        return True
    for j in range(k + 1, min(sent.token_end, k + 7)):
        w = doc.tokens[j]
        if lows[j] in texts or w.lemma.lower() in texts:
            return True
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and lows[j] not in ("'s", "’s", "-"):
            return False
    return False


def _condition_threatens(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The subject of active "threaten(s)" is a ``condition-word`` -- an ideology, a sentiment or
    a state of affairs (bigotry, hate, Islamophobia, complacency, inequality) -- the nearest noun
    before the verb with no party in between: no party threatens anyone."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    conds = _words("condition-word")
    for k in range(t.i - 1, max(sent.token_start, t.i - 5) - 1, -1):
        w = doc.tokens[k]
        if lows[k] in ("was", "were", "is", "are", "be", "been", "being") or w.pos == "PUNCT":
            return False
        if w.pos in ("NOUN", "PROPN", "PRON"):
            if draft.actor_at(w.start, w.end) is not None and lows[k] not in conds:
                return False
            return lows[k] in conds or w.lemma.lower() in conds
    return False


def _launches_media(doc: AnnotatedDocument, t: Token) -> bool:
    """The object of "launch", within six words, is a ``media-product`` (an ad, a documentary, a
    website), or "campaign" right after a ``media-product`` or ``ad-medium`` word ("a television ad
    campaign", "a digital campaign"): advertising, no appeal to a party."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    media = _words("media-product")
    mediums = _words("ad-medium")
    for k in range(t.i + 1, min(sent.token_end, t.i + 7)):
        w = doc.tokens[k]
        if lows[k] in ("campaign", "campaigns", "blitz", "push"):
            return k - 1 > t.i and (lows[k - 1] in media or lows[k - 1] in mediums)
        if w.pos in ("NOUN", "PROPN") and (lows[k] in media or w.lemma.lower() in media):
            if k + 1 < sent.token_end and lows[k + 1] in ("campaign", "campaigns", "blitz", "push"):
                continue  # "an ad campaign": the campaign's head decides
            return True
        if w.pos not in ("DET", "ADJ", "NUM", "PRON", "NOUN", "PROPN") and lows[k] not in ("'s", "’s", "-"):
            return False
    return False


def _gives_credit(doc: AnnotatedDocument, t: Token) -> bool:
    """"credit" within five words after "give" with no money in the sentence (a currency sign or
    word, a number): "did give the nominee some credit", "gave her rival credit for running a
    disciplined campaign" -- praise; "gave Ukraine $2 billion in credit" is a loan."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if not any(lows[k] == "credit" for k in range(t.i + 1, min(sent.token_end, t.i + 6))):
        return False
    money = _words("currency")
    return not any(lows[k] in ("$", "€", "£", "¥") or lows[k] in money or doc.tokens[k].pos == "NUM" for k in range(sent.token_start, sent.token_end))


def _raises_a_concern(doc: AnnotatedDocument, t: Token) -> bool:
    """The object of "raise", within four words, is a ``raised-concern`` word (alarm, concerns,
    questions, eyebrows, doubts): a worry voiced, no concession."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    concerns = _words("raised-concern")
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        if lows[k] in concerns or doc.tokens[k].lemma.lower() in concerns:
            return True
        if doc.tokens[k].pos not in ("DET", "ADJ", "NUM", "PRON", "ADV") and lows[k] not in ("'s", "’s", "new", "fresh", "serious"):
            return False
    return False
