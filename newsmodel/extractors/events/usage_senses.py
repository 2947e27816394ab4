"""Usages of event words in US political news that name no act of one party toward another (stop 30, e17).

Found by reading both engines' output on PolNeAR train (seeds 40-49) and rewritten as the
project's own sentences (dev batch 45, ``tests/test_events_e17.py``):

* roles and rules of conduct: "relies on a television doctor to discuss his health" (one speaker,
  a role), "Math doesn't negotiate" (a habitual "does not": a rule, no meeting);
* idioms: "will live to regret it" (a prediction), "appreciates the need to cut costs" (to
  understand), "came to an impasse" (a state, ``come-to-state`` in :mod:`.non_event_senses`);
* a reply: "addressing the attacks on his record" answers criticism, accuses no one;
* management and procedure: "convened her senior staff" (a party meeting its own people; stop 34,
  e29), "summoned the bank's executives to her office" (PLOVER's summons is
  of envoys, or before a body), "the company asked workers to sign up for a pay cut" (an employer
  and its staff), "introduced a bill" (a lawmaker's procedure, no request to a party);
* the polls: "Clinton's support fell", "boost the challenger's support" (a standing), "pledged
  delegates" (delegates bound to a candidate: a participle before its noun).

:func:`usage_non_event` is one of the checks of :func:`.non_event_senses.non_event`; it only reads
the document, so it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _next_text, _words
from .sense_checks import SenseCheck, keys

__all__ = ["come_to_aid", "usage_non_event"]

#: Verbs after which "on" + a party + "to" + a verb names a role relied on, no act done.
_RELY = frozenset({"rely", "count", "depend", "lean", "bank"})

#: Categories an opinion participle before its noun would wrongly name ("pledged delegates").
_PARTICIPLE_CATEGORIES = frozenset({"AGREE", "SUPPORT"})

#: Categories of meeting and yielding that a habitual "does not" turns into a rule of conduct.
_CONDUCT_CATEGORIES = frozenset({"CONSULT", "CONCEDE", "COOPERATE"})

#: Verbs of a meeting that a party may hold with its own people ("convened her senior staff").
_MEET_STAFF = frozenset({"meet", "convene", "gather", "assemble", "huddle", "host"})

#: Possessives before a candidate's "support" ("her support", "whose support").
_POSSESSIVES = frozenset({"'s", "’s", "his", "her", "their", "its", "whose", "s'", "'", "’"})  # "’": a plural owner's curly apostrophe ("the Democrats’ support")


def usage_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is a usage of an event word that names no event (every
    check asked)."""
    return _by_word(doc, draft, t, curated) or _by_category(doc, draft, t, curated) or _any_word(doc, draft, t, curated)


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: the keys are the lemmas, texts and categories
    their first guards test ("committed" after "remain" / "stay": :func:`_committed_to_own_course`)."""
    verbs = keys(
        "discuss", "talk", "negotiate", "meet", "regret", "appreciate", "address", "summon", "ask", "urge", "tell", "order",
        "instruct", "introduce", "accept", "propose", "sign", "call", "visit", "host", "remain", "stay",
        *_MEET_STAFF,
    )
    texts = keys("support", "backing", "committed", _COME_TO)
    return (
        SenseCheck("usage", _by_word, lemmas=verbs, texts=texts),
        SenseCheck("usage: conduct, participles", _by_category, categories=_CONDUCT_CATEGORIES | _PARTICIPLE_CATEGORIES),
        SenseCheck("usage: staff asked to, proposals to", _any_word, any_word=True),
    )


def _meets_own_staff(doc: AnnotatedDocument, t: Token) -> bool:
    """A meeting verb whose object (after "with") is the subject's own people (``own-staff``:
    staff, aides, advisers, volunteers), with no possessor of another party and no of-phrase:
    "convened her senior staff on Sunday", "met with his aides after the vote" -- a party
    consulting itself; PLOVER's CONSULT is between parties (manual, CONSULT).  "met the
    president's aides", "met the staff of the embassy" have another party and stay.  Found on
    PolNeAR train, rules engine (stop 34, e29)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k < sent.token_end and lows[k] == "with":
        k += 1
    while k < sent.token_end and (lows[k] in ("his", "her", "its", "their", "our", "the") or doc.tokens[k].pos in ("ADJ", "NUM")):
        k += 1
    staff = _words("own-staff")
    if k < sent.token_end and doc.tokens[k].pos == "NOUN" and k + 1 < sent.token_end and doc.tokens[k + 1].pos == "NOUN" and lows[k] not in staff:
        k += 1  # "campaign staff", "senior campaign aides": the compound's head ("aides late into the night": no compound)
    if k >= sent.token_end:
        return False
    if lows[k] not in staff and doc.tokens[k].lemma.lower() not in staff:
        return False
    return not (k + 1 < sent.token_end and lows[k + 1] in ("of", "from"))


def _by_category(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that open with a test of the curated category."""
    category = curated[1] if curated is not None else None
    if category in _CONDUCT_CATEGORIES and _habitual_not(doc, t):
        return True  # "Math doesn't negotiate": a rule of conduct, no meeting
    if category in _PARTICIPLE_CATEGORIES and _participle_before_noun(doc, t):
        return True  # "more pledged delegates": a participle describing its noun
    return False


def _any_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that test no lemma, text or category first."""
    if _staff_asked_to(doc, draft, t):
        return True  # "asked its employees to accept shorter hours": what staff were asked to do
    if t.pos == "VERB" and _proposed_act(doc, t):
        return True  # "the mayor's proposals to ban street vendors": a policy proposed, not done
    return False


def _by_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that open with a test of the lemma or the text."""
    lemma = t.lemma.lower()
    low = t.text.lower()
    if lemma in ("discuss", "talk", "negotiate", "meet") and _relied_on_to(doc, t):
        return True  # "relies on a television doctor to discuss his health": a role, no meeting
    if lemma == "regret" and _live_to(doc, t):
        return True  # "will live to regret it": a prediction, no apology
    if lemma == "appreciate" and _object_head_in(doc, t, "grasped-thing"):
        return True  # "appreciates the need to cut costs": understanding, no praise
    if lemma == "address" and _object_head_in(doc, t, "reply-object"):
        return True  # "addressing the attacks on his record": a reply, no accusation
    if lemma in _MEET_STAFF and t.pos == "VERB" and _meets_own_staff(doc, t):
        return True  # "convened her senior staff on Sunday": a party consulting itself
    if lemma == "summon" and _summons_no_envoy(doc, t):
        return True  # "summoned the bank's executives to her office": no diplomatic protest
    if lemma in ("ask", "urge", "tell", "order", "instruct") and _employer_to_staff(doc, draft, t):
        return True  # "the company asked workers to sign up for a pay cut": management
    if lemma == "introduce" and _object_head_in(doc, t, "bill-word"):
        return True  # "introduced a resolution honoring the veterans": legislative procedure
    if low in ("support", "backing") and _poll_standing(doc, t):
        return True  # "Clinton's support fell by six points": a standing in the polls
    if t.pos in ("NOUN", "PROPN") and low in _COME_TO and carried_by_come(doc, t):
        return True  # the noun of "came to the aid of the villages": the verb "came" is the event
    if lemma == "accept" and _object_head_in(doc, t, "accepted-honour"):
        return True  # "accepted her party's nomination", "accepted the award": an honour received
    if lemma == "propose" and _object_head_in(doc, t, "policy-word"):
        return True  # "proposed a ban on new coal plants": a policy, no party offered anything
    if lemma == "sign" and (_object_head_in(doc, t, "bill-word") or _into_law(doc, t)):
        return True  # "signed the budget bill into law": a law enacted, no pact with a party
    if lemma == "call" and _next_text(doc, t) == "for" and _object_head_in(doc, doc.tokens[t.i + 1], "procedure-vote"):
        return True  # "the chairman called for a voice vote": a meeting's procedure
    if lemma == "meet" and _object_head_in(doc, t, "kin-word"):
        return True  # "met his older brother for dinner": family life
    if _committed_to_own_course(doc, t):
        return True  # "remains committed to seeing the primary through": one's own course, no party backed
    if lemma == "visit" and _tour_stops(doc, t):
        return True  # "hurrying to visit all 67 of the state's counties": a campaign's route, no one met
    if lemma == "host" and _hosted_event(doc, t):
        return True  # "a barbecue hosted by a former governor", "hosted a get-out-the-vote event"
    return False


def _into_law(doc: AnnotatedDocument, t: Token) -> bool:
    """"into law" within six words after the verb ("signed the measure into law")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    return any(lows[k] == "into" and k + 1 < sent.token_end and lows[k + 1] == "law" for k in range(t.i + 1, min(sent.token_end - 1, t.i + 7)))


def _hosted_event(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``hosted-show`` word (an event, a barbecue, a fundraiser) is what is hosted: the noun
    right before a passive "hosted by" ("a barbecue hosted by a former governor"), or the head of
    the object, through hyphenated compounds ("hosted a get-out-the-vote event")."""
    shows = _words("hosted-show")
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if _next_text(doc, t) == "by" and t.i - 1 >= sent.token_start and (lows[t.i - 1] in shows or doc.tokens[t.i - 1].lemma.lower() in shows):
        return True
    if _next_text(doc, t) == "by":
        # "a forum in Phoenix hosted by a union": past a short place phrase to the show (stop 31, e20)
        k = t.i - 1
        while k > sent.token_start and k >= t.i - 4 and (doc.tokens[k].pos == "PROPN" or lows[k] in (",", "the")):
            k -= 1
        if k > sent.token_start and lows[k] in ("in", "at", "on") and k < t.i - 1:
            show = doc.tokens[k - 1]
            if lows[k - 1] in shows or show.lemma.lower() in shows:
                return True
    for k in range(t.i + 1, min(sent.token_end, t.i + 10)):
        w = doc.tokens[k]
        if lows[k] in shows or w.lemma.lower() in shows:
            return True
        hyphened = lows[k] == "-" or not doc.tokens[k - 1].space_after or k + 1 < sent.token_end and lows[k + 1] == "-"
        if not hyphened and w.pos not in ("DET", "ADJ", "PROPN", "NUM", "NOUN") and lows[k] not in ("'s", "’s"):
            return False
    return False


def _relied_on_to(doc: AnnotatedDocument, t: Token) -> bool:
    """"to" + the verb, after "rely/count/depend on" + a party within the clause ("relies on a
    television doctor to discuss his health"): the party's expected role, no act that happened;
    "called Putin to discuss the ceasefire" (a purpose) stays."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i - 1 < sent.token_start or lows[t.i - 1] != "to":
        return False
    for k in range(t.i - 2, max(sent.token_start, t.i - 9) - 1, -1):
        if doc.tokens[k].pos == "PUNCT":
            return False
        if lows[k] == "on" and k - 1 >= sent.token_start and doc.tokens[k - 1].lemma.lower() in _RELY:
            return True
    return False


def _habitual_not(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb follows "does not", "do not", "doesn't" or "don't" (present tense, no "did"): a
    habit or a rule of conduct ("Math doesn't negotiate", "the deadline does not negotiate")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    if k >= sent.token_start and doc.tokens[k].pos == "ADV" and lows[k] not in ("not", "n't"):
        k -= 1
    if k - 1 < sent.token_start or lows[k] not in ("not", "n't"):
        return False
    return lows[k - 1] in ("does", "do", "doesn't", "don't") or lows[k - 1] in ("doesn", "don")


def _live_to(doc: AnnotatedDocument, t: Token) -> bool:
    """"live to regret": the idiom of a consequence foretold ("the party will live to regret it")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    return t.i - 2 >= sent.token_start and lows[t.i - 1] == "to" and doc.tokens[t.i - 2].lemma.lower() == "live"


def _object_head_in(doc: AnnotatedDocument, t: Token, cls: str) -> bool:
    """The verb's object -- its first noun after determiners, possessives and adjectives, or a
    clause word ("that", "how") right after it -- is of the ``cls`` word class."""
    words = _words(cls)
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k < sent.token_end and lows[k] in words and doc.tokens[k].pos in ("SCONJ", "PRON", "ADV", "DET"):
        return True  # "appreciates that ...", "appreciates how ..."
    while k < sent.token_end and k <= t.i + 6:
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            if k + 1 < sent.token_end and lows[k + 1] in ("'s", "’s", "'"):
                k += 2
                continue  # "her party's nomination": the possessor
            if k + 1 < sent.token_end and doc.tokens[k + 1].pos == "NOUN" and lows[k] not in words:
                k += 1
                continue  # "a congressional resolution", "a budget bill": the compound's head
            return lows[k] in words or w.lemma.lower() in words
        if w.pos not in ("DET", "ADJ", "PRON", "NUM", "PART", "ADV") and lows[k] not in ("'s", "’s"):
            return False
        k += 1
    return False


def _summons_no_envoy(doc: AnnotatedDocument, t: Token) -> bool:
    """"summon" with no envoy in the rest of its sentence (``envoy-word``: ambassador, envoy,
    chargé d'affaires) and no call before a body (``summoned-before``: before the committee, to
    testify, for questioning): a meeting called, no diplomatic protest ("summoned the bank's top
    executives to her office")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    envoy = _words("envoy-word")
    before = _words("summoned-before")
    for k in range(t.i + 1, sent.token_end):
        if lows[k] in envoy or lows[k] in before or doc.tokens[k].lemma.lower() in before:
            return False
    return True


def _employer_to_staff(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb's object is a firm's own people (``staff-word``: workers, employees) and its
    subject a business (an actor coded BUS, or an ``employer-word``: the company, the chain)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and lows[k] in ("its", "their", "the", "some", "all", "many", "her", "his"):
        k += 1
    if k >= sent.token_end or lows[k] not in _words("staff-word"):
        return False
    return _business_subject(doc, draft, t)


def _business_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The nearest noun before the verb in its clause is a business: an actor coded BUS or an
    ``employer-word``."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    employer = _words("employer-word")
    for k in range(t.i - 1, max(sent.token_start, t.i - 6) - 1, -1):
        w = doc.tokens[k]
        if w.pos == "PUNCT":
            return False
        if w.pos in ("NOUN", "PROPN"):
            if lows[k] in employer or w.lemma.lower() in employer:
                return True
            actor = draft.actor_fields(draft.actor_at(w.start, w.end))
            return actor is not None and "BUS" in (actor.code or "")
    return False


def _staff_asked_to(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb is the infinitive of an employer's request to its staff ("the chain asked its
    employees to accept shorter hours"): what they were asked to do, no act of theirs."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i - 1 < sent.token_start or lows[t.i - 1] != "to":
        return False
    staff = _words("staff-word")
    for k in range(t.i - 2, max(sent.token_start, t.i - 6) - 1, -1):
        if lows[k] in staff:
            j = k - 1
            while j >= sent.token_start and lows[j] in ("its", "their", "the", "some", "all", "many", "her", "his"):
                j -= 1
            if j >= sent.token_start and doc.tokens[j].lemma.lower() in ("ask", "urge", "tell", "order", "instruct"):
                return _business_subject(doc, draft, doc.tokens[j])
            return False
    return False


def _poll_standing(doc: AnnotatedDocument, t: Token) -> bool:
    """A candidate's "support" as a level: a possessive before it ("Clinton's support", "whose
    support") and a ``standing-verb`` right around it -- the verb it is the subject of within four
    words after ("fell", "has steadily eroded"), "among" or "level" after it, or the verb or
    "strength" within three words before the possessor ("boost the challenger's support", "the
    strength of her support")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    lemmas = doc.lowered_lemmas()
    standing = _words("standing-verb")
    p = t.i - 1
    while p >= sent.token_start and doc.tokens[p].pos == "ADJ":
        p -= 1  # "her early support"
    if p < sent.token_start or lows[p] not in _POSSESSIVES:
        return False
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        if lows[k] in standing or lemmas[k] in standing and doc.tokens[k].pos in ("VERB", "NOUN"):
            return True
        if lows[k] == "from" and _support_received(doc, t.i, k):
            return True  # "the senator's support from older voters", "her support came from": votes won
        if doc.tokens[k].pos in ("PUNCT",) or lows[k] in ("for", "of", "from", "to"):
            break  # "her support for the ban": backing given
    owner = p - 1 if lows[p] in ("'s", "’s", "'", "s'") else p
    while owner - 1 >= sent.token_start and doc.tokens[owner - 1].pos in ("PROPN", "NOUN", "ADJ") and owner > p - 4:
        owner -= 1
    for k in range(max(sent.token_start, owner - 3), owner):
        if lemmas[k] in standing or lows[k] in standing:
            return True
    return False


def _support_received(doc: AnnotatedDocument, support: int, frm: int) -> bool:
    """"from" after a possessed "support" -- at once ("the senator's support from older voters") or
    after "come" and adverbs ("each candidate's support came mostly from") -- names where the
    owner's support comes from: the owner receives it and gives nothing, so the owner is no doer
    (issue 14, stop 41, e55: PolNeAR train, rules engine, possessed "support" read as SUPPORT by the
    candidate). "her support for the ban" and "support from" after no possessive are left alone."""
    between = doc.tokens[support + 1 : frm]
    return all(w.pos == "ADV" or w.lemma.lower() == "come" for w in between)


def _participle_before_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """A past participle ("-ed") between a determiner, number, quantifier or adjective and the
    plural noun it describes ("more pledged delegates", "300 pledged delegates", "the endorsed
    candidates"): an attribute of the noun, no act reported."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if not lows[t.i].endswith("ed") or t.i + 1 >= sent.token_end or t.i - 1 < sent.token_start:
        return False
    nxt = doc.tokens[t.i + 1]
    if nxt.pos != "NOUN" or nxt.lemma.lower() == lows[t.i + 1]:
        return False  # a plural common noun only: "pledged delegates", not "pledged support"
    prev = doc.tokens[t.i - 1]
    return prev.pos in ("DET", "NUM", "ADJ") or lows[t.i - 1] in ("more", "most", "fewer", "of", "their", "his", "her", "its")


#: What "come to the ... of" brings: help (PLOVER AID) or a defence (PLOVER SUPPORT).
_COME_TO = {"aid": "AID", "rescue": "AID", "assistance": "AID", "help": "AID", "defense": "SUPPORT", "defence": "SUPPORT", "support": "SUPPORT"}


def come_to_aid(doc: AnnotatedDocument, t: Token) -> tuple[int, str, str | None] | None:
    """"came to the aid of the flooded villages", "came to her defence": the idiom names help or
    backing given by the subject, no visit (asked by :func:`.senses.sense` for "come")."""
    k = _come_to_noun(doc, t)
    if k is None:
        return None
    return 1, _COME_TO[doc.tokens[k].text.lower()], None


def _come_to_noun(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of "aid", "rescue", "defence" ... in "come to the/a party's ___" after ``t``."""
    if t.lemma.lower() != "come" or _next_text(doc, t) != "to":
        return None
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 2, min(sent.token_end, t.i + 7)):
        if lows[k] in _COME_TO:
            return k
        if doc.tokens[k].pos not in ("DET", "PRON", "PROPN", "NOUN", "PART", "ADJ") and lows[k] not in ("'s", "’s"):
            return None
    return None


def carried_by_come(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun "aid" or "defence" of "came to the aid of": the verb "come" carries the event."""
    sent = doc.sentences[t.sent]
    for k in range(t.i - 1, max(sent.token_start, t.i - 6) - 1, -1):
        if doc.tokens[k].lemma.lower() == "come":
            return _come_to_noun(doc, doc.tokens[k]) == t.i
    return False


def _committed_to_own_course(doc: AnnotatedDocument, t: Token) -> bool:
    """"remain/stay committed to" + a gerund or an ``own-course`` noun, with the trigger on either
    verb ("remains committed to seeing the primary through", "stays committed to the race"): the
    candidate's own course, no party or deal backed ("remains committed to the ceasefire" stays)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i if lows[t.i] == "committed" else t.i + 1
    if k >= sent.token_end or lows[k] != "committed" or k - 1 < sent.token_start:
        return False
    if doc.tokens[k - 1].lemma.lower() not in ("remain", "stay") or k + 2 >= sent.token_end or lows[k + 1] != "to":
        return False
    j = k + 2
    if lows[j].endswith("ing") and doc.tokens[j].pos in ("VERB", "NOUN", "AUX"):
        return True  # "to seeing", "to running"
    while j < sent.token_end and doc.tokens[j].pos in ("DET", "ADJ", "PRON") or j < sent.token_end and lows[j] in ("'s", "’s"):
        j += 1
    return j < sent.token_end and lows[j] in _words("own-course")


def _tour_stops(doc: AnnotatedDocument, t: Token) -> bool:
    """The object of "visit" is an ``itinerary-word`` (counties, towns) after quantifiers, names and
    adjectives ("all 67 of the state's counties", "every Ohio county", "a dozen small towns")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    stops = _words("itinerary-word")
    for k in range(t.i + 1, min(sent.token_end, t.i + 9)):
        if lows[k] in stops:
            return True
        if doc.tokens[k].pos not in ("DET", "NUM", "ADJ", "PROPN", "NOUN") and lows[k] not in ("of", "'s", "’s", "every", "all", "each"):
            return False
    return False


def _proposed_act(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb is the infinitive of "proposal(s) to" ("the mayor's proposals to ban street vendors",
    "his proposal to temporarily ban ..."): an act proposed, not done."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    if k > sent.token_start and doc.tokens[k].pos == "ADV":
        k -= 1  # "to temporarily ban"
    return k - 1 >= sent.token_start and lows[k] == "to" and lows[k - 1] in ("proposal", "proposals")
