"""Campaign policy, careers and everyday life told with event words (stop 32, e23; dev batch 54).

Found on both engines' output for PolNeAR train and rewritten as the project's own sentences
(``tests/test_e23.py``).  Each shape below names no PLOVER event, because no other party takes
part in it or nothing political happens:

* a campaign promise of domestic policy or of one's own race: "toured the state promising to lift
  regulations on small businesses", "by promising to scrap the estate tax", "promising to campaign
  in every county" (a promise to voters; "promised to lift sanctions on Iran" names a party and
  stays); people "under her charge" (in her care, no accusation);
* a call for a policy: "called for taxing the wealthy", "called for raising the minimum wage" (no
  party is asked; "called for the prime minister to resign" stays);
* "the system" used: CAMEO's UTILIZE &AIRCRAFT (investigation) counts "system" as an aircraft;
  "donors have used the system" is none ("used a missile defence system" is left to the others);
* a candidate's race boosted: "will boost the governor's reelection campaign" (CAMEO's BOOST
  CAMPAIGN reads troops mobilised; "boosted its troops" stays);
* harm to a standing: "is destroying the reputation of the panel" (no attack);
* a job or a question declined: "declined that assignment", "declined a question about her plans";
* a measure killed: "worked to kill a proposal" (no one harmed); a quote's cue "conceded" ('"...,"
  the adviser conceded': no concession to a party);
* an immigrant's arrival: "arrived in the U.S. as a child", "the senator's parents arrived in the
  United States from Cuba in the 1950s" (one who comes to live, no visit);
* getting out of a car (no retreat);
* a criterion met or missed: "did not meet the commission's threshold" (no meeting);
* money or a gift accepted: "the foundation has accepted millions of dollars from foreign
  governments", "would not accept business donations any more" (no proposal or deal accepted;
  stop 34, e31, dev batch 63).

:func:`everyday_non_event` is one of the checks of :func:`.non_event_senses.non_event`; it is asked
only for its own lemmas (one set look-up first) and only reads words near the trigger, so it can
only remove an event and costs nothing for the other candidates.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..nominals import nominal_kind
from .non_event_senses import _next_text, _subject, _to_verb, _words
from .sense_checks import SenseCheck, keys
from .admitted_faults import admits_fault

__all__ = ["checks", "everyday_non_event", "policy_gerund_non_event"]

_PROMISE = frozenset({"promise", "pledge", "vow"})
#: Verbs of a pledge that a person makes to the public ("pledged", "committed to", "proposing").
_PLEDGE = _PROMISE | {"commit", "propose"}
_USE = frozenset({"use", "utilize", "utilise", "employ"})
_BOOST = frozenset({"boost", "bolster", "strengthen", "lift", "help", "aid", "energize", "energise", "revive"})
_HARM = frozenset({"destroy", "ruin", "wreck", "damage", "shatter", "tarnish", "sabotage"})
_DECLINE = frozenset({"decline", "refuse", "reject", "turn"})
_ARRIVE = frozenset({"arrive", "come", "immigrate", "emigrate", "move"})
_DONATE = frozenset({"give", "donate", "contribute", "funnel", "steer", "donation", "contribution"})
#: Every lemma a check below asks about: the one look-up that lets the other candidates pass.
_LEMMAS = _PLEDGE | _USE | _BOOST | _HARM | _DECLINE | _ARRIVE | _DONATE | {"accept", "agree", "call", "get", "meet", "rally", "free", "side", "discussion", "kill", "concede", "charge"}
#: Possessives of one person.
_ONES = frozenset({"his", "her"})

#: Words that close a clause when the words after a verb are read.
_CLAUSE_END = frozenset({",", ";", ".", ":", "and", "but", "while", "because", "after", "before", "when", "where", "who", "which"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: :func:`everyday_non_event` opens with a test
    of the lemma (and reads the text "sides" only with the lemma "side"); the gerund after "called
    for" is asked of any word (its first test is the word before)."""
    return (
        SenseCheck("everyday", everyday_non_event, lemmas=_LEMMAS, texts=keys("sides")),
        SenseCheck("a policy gerund called for", policy_gerund_non_event, any_word=True),
    )


def policy_gerund_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"called for banning all imports of ...": once the call names a policy and no party
    (:func:`_calls_for_a_policy`), the gerund it calls for is no act either."""
    return t.i >= 2 and doc.lowered_texts()[t.i - 1] == "for" and doc.tokens[t.i - 2].lemma.lower() == "call" and _calls_for_a_policy(doc, doc.tokens[t.i - 2])


def everyday_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is campaign policy, a career or everyday life, no event."""
    lemma = t.lemma.lower()
    if lemma not in _LEMMAS or t.pos not in ("VERB", "AUX", "NOUN"):
        return False
    if lemma in _PROMISE and (_promises_domestic_policy(doc, t) or _promises_to_campaign(doc, t)):
        return True  # "promising to lift regulations on small businesses", "promising to campaign in every county"
    if lemma in _PLEDGE and t.pos == "VERB" and _pledge_to_voters(doc, draft, t):
        return True  # "she pledged a new deal for the middle class": a candidate's promise, no party to it
    if lemma == "charge" and _under_ones_charge(doc, t):
        return True  # "the staff under her charge": in one's care, no accusation
    if lemma == "call" and _next_text(doc, t) == "for" and _calls_for_a_policy(doc, t):
        return True  # "called for taxing the wealthy", "his call for a ban on ...": no party asked
    if t.pos == "NOUN" and lemma in _PROMISE and _before_is(doc, t, _words("campaign-word")):
        return True  # "his now-familiar campaign promise": a pledge to voters
    if lemma == "rally" and _ones_own(doc, draft, t) and "against" not in _after(doc, t, 3):
        return True  # "the senator's rally in Ohio": a candidate's event, no protest
    if lemma == "free" and t.pos == "VERB" and _frees_to_act(doc, t):
        return True  # "would free delegates to vote for any candidate": leave to act, no captives
    if lemma in _DONATE and _money_to_a_candidate(doc, draft, t):
        return True  # "has given money to the senator's campaign", "donations to several candidates": no aid
    if lemma == "side" and t.text.lower() == "sides" and _sides_noun(doc, t):
        return True  # "his Irish and Italian sides with pride": the noun
    if lemma == "discussion" and _next_text(doc, t) == "of" and _ones_own(doc, draft, t):
        return True  # "the senator's discussion of the governor's record": one person's speech
    if lemma in _USE and _uses_a_plain_system(doc, t):
        return True  # "donors have used the system": CAMEO's &AIRCRAFT counts "system"
    if lemma in _BOOST and _boosts_a_candidacy(doc, t, draft):
        return True  # "will boost the governor's reelection campaign": a race for office
    if lemma in _HARM and (_object_in(doc, t, "standing-thing") or _boosts_a_candidacy(doc, t, draft)):
        return True  # "is destroying the reputation of the panel", "sabotaging the Sanders campaign": no attack
    if lemma == "kill" and (_object_in(doc, t, "bill-word") or _object_in(doc, t, "killed-measure")):
        return True  # "worked to kill a proposal", "killed the bill in committee": a measure stopped
    if lemma == "concede" and _concedes_a_point(doc, t):
        return True  # '"We should have seen it coming," the adviser conceded': a quote's cue
    if lemma == "concede" and t.pos == "VERB" and _concedes_a_fact(doc, t) and not admits_fault(doc, t):
        return True  # "aides concede that the primary will be close": a fact admitted, nothing yielded
    if lemma in _DECLINE and _declines_a_job(doc, t):
        return True  # "declined that assignment", "declined a question about": a career choice, a reporter's question
    if lemma in _ARRIVE and _migration(doc, t):
        return True  # "arrived in the U.S. as a child": one who comes to live
    if lemma == "get" and _gets_out_of_a_vehicle(doc, t):
        return True  # "got out of the car": no retreat
    if lemma == "meet" and _object_in(doc, t, "met-criterion"):
        return True  # "did not meet the commission's threshold": a standard, no meeting
    if lemma == "accept" and t.pos == "VERB" and _accepts_money(doc, t):
        return True  # "the foundation has accepted millions of dollars", "will not accept business donations": a gift taken, no deal
    if lemma in ("agree", "accept") and t.pos == "VERB" and _agrees_to_an_interview(doc, t):
        return True  # "agreed to a 30-minute interview with the paper": a reporter's request, no deal between parties
    return False


def _agrees_to_an_interview(doc: AnnotatedDocument, t: Token) -> bool:
    """"agreed to an interview", "accepted an interview request": the object (after "to" for
    "agree") is a ``press-question`` -- a reporter's request granted, as "declined an interview"
    is one refused (:func:`_declines_a_job`); PLOVER AGREE is an agreement between parties."""
    start = t.i + 1
    if t.lemma.lower() == "agree":
        if _next_text(doc, t) != "to":
            return False
        start = t.i + 2
    # the object phrase: determiners, numbers, adjectives and nouns ("a 30-minute interview",
    # "an interview request"); a press-question noun anywhere in it
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(start, min(sent.token_end, start + 6)):
        w = doc.tokens[k]
        if lows[k] in _words("press-question"):
            return True
        if not (w.pos in ("DET", "NUM", "ADJ", "NOUN") or lows[k] == "-"):
            return False
    return False


def _object_in(doc: AnnotatedDocument, t: Token, cls: str, start: int | None = None) -> bool:
    """The noun phrase right after ``t`` (or from ``start``) has its head in the ``cls`` word class:
    its first noun after determiners, possessives ("the commission's threshold") and adjectives,
    the head of a compound ("the polling threshold"); an of-phrase after it is not read ("the
    reputation of the panel")."""
    from .usage_senses import _object_head_in

    if start is None:
        return _object_head_in(doc, t, cls)
    return start - 1 < doc.sentences[t.sent].token_end and _object_head_in(doc, doc.tokens[start - 1], cls)


def _before_is(doc: AnnotatedDocument, t: Token, words: frozenset[str]) -> bool:
    """The word right before ``t`` in its sentence is one of ``words``."""
    return t.i > doc.sentences[t.sent].token_start and doc.lowered_texts()[t.i - 1] in words


def _after(doc: AnnotatedDocument, t: Token, n: int) -> list[str]:
    """The lower-case words of the ``n`` tokens after ``t`` in its sentence."""
    return doc.lowered_texts()[t.i + 1 : min(doc.sentences[t.sent].token_end, t.i + 1 + n)]


def _ones_own(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The noun at ``t`` belongs to one person: "his" / "her" right before it (past adjectives), or
    the possessive "'s" of a person actor ("the senator's rally", "Clinton's discussion of")."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > lo and doc.tokens[k].pos in ("ADJ", "ADV"):
        k -= 1  # "his most recent rally"
    if k < lo:
        return False
    if lows[k] in _ONES:
        return True
    if lows[k] not in ("'s", "’s") or k - 1 < lo:
        return False
    owner = doc.tokens[k - 1]
    fields = draft.actor_fields(draft.actor_at(owner.start, owner.end))
    return fields is not None and fields.kind == "person"


def _promises_domestic_policy(doc: AnnotatedDocument, t: Token) -> bool:
    """"promise / pledge / vow to" + a verb whose object is a country's own rules or money
    (``domestic-rule``, ``fiscal-word``): "promising to lift regulations on small businesses",
    "promised to scrap the estate tax", "vowed to loosen the rules on lending".  A promise to
    lift sanctions, to withdraw troops or to release prisoners names a party and stays."""
    k = _to_verb(doc, t, ("VERB",))  # ("promised to quickly lift ...")
    if k is None:
        return False
    return _object_in(doc, t, "domestic-rule", k + 1) or _object_in(doc, t, "fiscal-word", k + 1)


def _pledge_to_voters(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A pledge made by a person no lexicon codes (a candidate, a private person: no sector code)
    whose words up to the clause's end name no other party -- no actor, no noun for people other
    than voters or delegates (``electorate``, ``contest-prize``), no people in need (``in-need``):
    "she pledged a new deal for the middle class", "he is pledging to carry the movement to the
    convention", "what she is proposing".  PLOVER's AGREE is a commitment to cooperate (manual,
    AGREE); a promise to the public with no counterpart is campaign talk.  "pledged to release the
    hostages", "promised to lift sanctions on Iran", "pledged to restore funding for the refugee
    programme" name a party and stay, as do pledges by states, bodies and officials the lexicons
    code.  Found on PolNeAR train, rules engine (stop 34, e29; dev batch 62)."""
    pledger = _pledger(doc, t)
    fields = draft.actor_fields(draft.actor_at(pledger.start, pledger.end)) if pledger is not None else None
    if fields is None or fields.kind != "person" or fields.code:
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    not_parties = _words("electorate") | _words("contest-prize")
    in_need = _words("in-need")
    for k in range(t.i + 1, sent.token_end):
        w = doc.tokens[k]
        nxt = doc.tokens[k + 1] if k + 1 < sent.token_end else None
        if lows[k] in (";", ":") or (lows[k] in (",", "and", "but", "while") and nxt is not None and (nxt.pos == "PRON" or nxt.lemma.lower() == "say")):
            break  # the next clause ("..., and he said ...") is not the pledge's
        if w.pos in ("NOUN", "PROPN", "PRON") and draft.actor_at(w.start, w.end) is not None:
            return False  # a party named ("to lift sanctions on Iran")
        low = w.lemma.lower()
        if lows[k] in in_need or low in in_need:
            return False
        if w.pos == "NOUN" and lows[k] not in not_parties and low not in not_parties and nominal_kind(w) in ("person", "group"):
            return False  # people the pledge is to ("to release the hostages")
    return True


def _pledger(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The word for who pledges: the noun or pronoun right before the verb (past adverbs and
    auxiliaries: "she has also pledged"), else the sentence's first noun phrase's head."""
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k > lo and doc.tokens[k].pos in ("ADV", "AUX", "PART"):
        k -= 1
    if k >= lo and doc.tokens[k].pos in ("NOUN", "PROPN", "PRON"):
        return doc.tokens[k]
    return _subject(doc, t)


def _promises_to_campaign(doc: AnnotatedDocument, t: Token) -> bool:
    """"promise / pledge / vow to" + a verb of one's own race (``campaign-verb``: "promising to
    campaign in every county", "vowed to run again"): a candidate's plan, no other party."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k + 1 >= sent.token_end or lows[k] != "to":
        return False
    if lows[k + 1] in _OPENING_QUOTES and k + 2 < sent.token_end:
        k += 1  # 'pledging to "win many more delegates"': the quote opens on the verb
    v = doc.tokens[k + 1]
    verbs = _words("campaign-verb")
    return lows[k + 1] in verbs or v.lemma.lower() in verbs


#: Quotation marks that may open a quote between "to" and its verb.
_OPENING_QUOTES = frozenset({'"', "“", "``", "'", "‘"})


def _under_ones_charge(doc: AnnotatedDocument, t: Token) -> bool:
    """"under" + a possessive + "charge" ("the staff under her charge"): in one's care."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    return t.i - 2 >= lo and lows[t.i - 1] in ("his", "her", "their", "its", "our", "my", "your") and lows[t.i - 2] == "under"


def _calls_for_a_policy(doc: AnnotatedDocument, t: Token) -> bool:
    """"called for" + the gerund of a ``policy-verb`` ("called for taxing the wealthy", "for
    raising the minimum wage", "for expanding the bus network"): a policy proposed, no party
    asked to act.  "called for the minister to resign" and "called for lifting the blockade"
    (no policy verb) stay requests."""
    sent = doc.sentences[t.sent]
    k = t.i + 2
    if k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1  # "called for immediately raising ..."
    if k >= sent.token_end:
        return False
    w = doc.tokens[k]
    low = w.text.lower()
    if not low.endswith("ing"):
        return _policy_noun_after(doc, k, sent.token_end)
    policy = _words("policy-verb")
    stem = low[:-3]
    return w.lemma.lower() in policy or stem in policy or stem + "e" in policy or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in policy)


def _policy_noun_after(doc: AnnotatedDocument, k: int, end: int) -> bool:
    """The noun phrase from ``k`` has its head (its first noun past determiners, adjectives and
    "and") in ``policy-word`` or ``policy-noun``: "a ban on assault weapons", "a total and
    complete ban", "the repeal of the estate tax"."""
    policy = _words("policy-word") | _words("policy-noun")
    lows = doc.lowered_texts()
    for j in range(k, min(end, k + 6)):
        w = doc.tokens[j]
        if w.pos in ("NOUN", "PROPN"):
            if j + 1 < end and doc.tokens[j + 1].pos == "NOUN" and lows[j] not in policy:
                continue  # "a carbon tax": the compound's head
            return lows[j] in policy or w.lemma.lower() in policy
        if w.pos not in ("DET", "ADJ", "NUM", "CCONJ", "ADV") and lows[j] != "-" and not (w.pos == "VERB" and lows[j].endswith("ed")):
            return False  # ("increased regulation of hedge funds": a participle before the noun)
    return False


def _uses_a_plain_system(doc: AnnotatedDocument, t: Token) -> bool:
    """The object of "use" is "system(s)" with no word of arms or surveillance before it
    (``military``, ``armed-means``, "defence", "radar"): "donors have used the system to boost her
    campaign" -- CAMEO's &AIRCRAFT set holds "system" for an aircraft's, which reads an
    investigation (090).  "used a missile defence system" is not asked."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    armed = _words("military") | _words("armed-means") | {"defence", "defense", "radar", "surveillance", "weapons", "weapon", "missile", "guidance", "spy"}
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        if lows[k] in ("system", "systems"):
            return not any(lows[j] in armed for j in range(t.i + 1, k))
        if doc.tokens[k].pos not in ("DET", "ADJ", "PRON", "NOUN", "PROPN") and lows[k] not in ("'s", "’s"):
            return False
    return False


def _boosts_a_candidacy(doc: AnnotatedDocument, t: Token, draft: Draft) -> bool:
    """The object is one person's race for office: a ``candidacy`` noun ("campaign", "bid",
    "candidacy") after "his" / "her", a person's possessive ("the governor's", "Clinton's"), a
    person named before it ("the Sanders campaign") or a ``candidacy-modifier`` ("reelection",
    "presidential"): "will boost the governor's reelection campaign", "could boost her campaign",
    "sabotaging the Sanders campaign".  CAMEO's BOOST CAMPAIGN reads troops mobilised and
    SABOTAGE an attack; "its campaign" and "the military campaign" are not asked."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    race = _words("candidacy")
    force = _words("campaign-force") | _words("armed-means")
    for k in range(t.i + 1, min(sent.token_end, t.i + 7)):
        if lows[k] in race:
            between = range(t.i + 1, k)
            if any(lows[j] in force for j in between):
                return False
            if any(lows[j] in ("his", "her") or lows[j] in _words("candidacy-modifier") for j in between):
                return True
            if k - 1 > t.i and doc.tokens[k - 1].pos == "PROPN":
                owner = draft.actor_fields(draft.actor_at(doc.tokens[k - 1].start, doc.tokens[k - 1].end))
                if owner is not None and owner.kind in ("person", "organization", "other"):
                    return True  # "the Sanders campaign" (a tagger may call the name an organisation; "the Mosul campaign" is a place's)
            return any(lows[j] in ("'s", "’s") and doc.tokens[j - 1].pos in ("PROPN", "NOUN") and lows[j - 1] not in force for j in between)
        w = doc.tokens[k]
        if w.pos not in ("DET", "ADJ", "PRON", "NOUN", "PROPN", "PART") and lows[k] not in ("'s", "’s", "-"):
            return False
    return False


def _frees_to_act(doc: AnnotatedDocument, t: Token) -> bool:
    """"free" + an object + "to" + a verb ("would free delegates to vote for any candidate", "freed
    the staff to speak") or a reflexive object ("to free themselves"): leave given to act, no one
    released from captivity ("freed the hostages", "freed them to the Red Cross" stay)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if _next_text(doc, t) in ("themselves", "himself", "herself", "itself", "ourselves", "yourself"):
        return True
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 8)):
        if lows[k] == "to":
            return k > t.i + 1 and doc.tokens[k + 1].pos in ("VERB", "AUX")
        if doc.tokens[k].pos not in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON") and lows[k] not in (",", "'s", "’s"):
            return False
    return False


def _money_to_a_candidate(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """Money (``donation-word``, a number of dollars) given "to" a candidate's race (a ``candidacy``
    or ``candidacy-modifier`` word, a "PAC") or to a person actor by a giver who is no
    country: "has given money to the senator's campaign", "gave millions of dollars to the
    governor's reelection effort" -- a campaign donation, no aid.  "Japan has given $50 million to
    the flood victims" (a country, no candidate) stays."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    money = _words("donation-word")
    k = t.i + 1
    saw_money = t.lemma.lower() in ("donate", "contribute", "donation", "contribution")  # "donated to the senator": money by the word
    while k < min(sent.token_end, t.i + 8) and lows[k] != "to":
        if lows[k] in money or lows[k] == "$":
            saw_money = True
        k += 1
    if not saw_money or k >= sent.token_end - 1:
        return False
    subj = _subject(doc, t) if doc.has_parse else _noun_before(doc, t)
    giver = draft.actor_fields(draft.actor_at(subj.start, subj.end)) if subj is not None else None
    if giver is not None and giver.kind == "country":
        return False  # "Japan donated $15 million to the relief effort"
    race = _words("candidacy") | _words("candidacy-modifier") | _RACE_NOUNS
    end = min(sent.token_end, k + 7)
    if any(lows[j] in race for j in range(k + 1, end)):
        return True  # (a company or a union gives to campaigns too)
    if giver is not None and giver.kind == "organization":
        return False
    for j in range(k + 1, end):
        w = doc.tokens[j]
        if w.pos == "PROPN":
            fields = draft.actor_fields(draft.actor_at(w.start, w.end))
            return fields is not None and fields.kind == "person"
        if w.pos not in ("DET", "ADJ"):
            return False
    return False


def _accepts_money(doc: AnnotatedDocument, t: Token) -> bool:
    """An ``accepted-gift`` word (money, donations, a gift) or "$" in the object of "accept", before
    its "from" phrase, the clause's end or an ``accepted-terms`` word (terms, a deal, a loan: "the
    terms of a new $3 billion arrangement" is a deal accepted): "the foundation has accepted
    millions of dollars from foreign governments", "accepted a gift of 40 paintings".
    PLOVER's AGREE (and, refused, REJECT) is about a proposal, terms or a deal; a gift or a
    donation taken is neither (stop 34, e31: a foundation's donations on PolNeAR train)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    gifts = _words("accepted-gift")
    terms = _words("accepted-terms")
    for k in range(t.i + 1, min(sent.token_end, t.i + 9)):
        if lows[k] in terms:
            return False  # "accepted the terms of a new $3 billion arrangement": a deal, whatever its sum
        if lows[k] in gifts or lows[k] == "$":
            return True
        if lows[k] in _CLAUSE_END or lows[k] in ("from", "by") or doc.tokens[k].pos == "VERB":
            return False
    return False


#: Recipients of a campaign donation beside the ``candidacy`` words.
_RACE_NOUNS = frozenset({"pac", "pacs", "campaigns", "candidates", "candidate", "contender", "contenders", "nominee", "nominees"})


def _sides_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """"sides" after a possessive, a number or an adjective ("his Irish and Italian sides with
    pride", "both sides with"): the noun, no one siding with anyone ("the minister sides with
    Russia" has a subject before it)."""
    lo = doc.sentences[t.sent].token_start
    if t.i <= lo:
        return False
    prev = doc.tokens[t.i - 1]
    if prev.pos in ("ADJ", "NUM"):
        return True
    for k in range(t.i - 1, max(lo, t.i - 5) - 1, -1):
        w = doc.tokens[k]
        if w.text.lower() in ("his", "her", "their", "its", "our", "my", "both", "two", "all", "opposing", "different"):
            return True
        if w.pos not in ("PROPN", "CCONJ") and w.text != ",":
            return False  # "his Irish and Italian sides" (a tagger's proper nouns); "Syria sides with" is not asked
    return False


def _declines_a_job(doc: AnnotatedDocument, t: Token) -> bool:
    """"declined / refused / turned down" a ``job-offer`` ("declined that assignment", "turned
    down the role", "refused a promotion") or a ``press-question`` ("declined a question about her
    plans"): a career choice or a reporter's question, no proposal of a party rejected."""
    start = t.i + 1
    if t.lemma.lower() == "turn":
        if _next_text(doc, t) != "down":
            return False
        start = t.i + 2
    return _object_in(doc, t, "job-offer", start) or _object_in(doc, t, "press-question", start)


def _concedes_a_point(doc: AnnotatedDocument, t: Token) -> bool:
    """"concede" as a verb of saying a quote: followed by the end of a clause with a quote in the
    sentence ('"We should have seen it coming," the adviser conceded.'): the quote's cue, no
    concession to a party.  "conceded the race" has an object and "conceded that the city had
    failed" a that-clause of fault (CONCEDE, stop 27's admit-verb): neither is asked."""
    nxt = _next_text(doc, t)
    if nxt not in ("", ".", ",", ";", "”", '"'):
        return False
    sent = doc.sentences[t.sent]
    words = doc.lowered_texts()[sent.token_start : sent.token_end]
    fault = _words("fault-verb") | _FAULT_NOUNS
    if any(w in fault for w in words):
        return False  # '"We made mistakes," the minister conceded': an admission of fault stays CONCEDE
    return any(w in ('"', "“", "”", "''", "``") for w in words)


def _concedes_a_fact(doc: AnnotatedDocument, t: Token) -> bool:
    """"concede that" + a clause with no word of fault or of another side's claim ("aides concede
    that the primary will be close", "conceded that the bill had little chance"): a fact admitted,
    as "acknowledge" is used, with no party yielding anything -- PLOVER's CONCEDE is a concession
    (manual, CONCEDE: easing, apologising, yielding to demands).  The clause keeps the event when it
    names a fault of one's own side (``fault-verb``, the fault nouns, ``conceded-fault``: "conceded
    that the ministry had mishandled the payments", "that officers had made mistakes", "that the
    city had been poorly run") or what the other side claims ("conceded that the strikers'
    demands were fair").  Found on PolNeAR train, rules engine (stop 34, e29; dev batch 62)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end or lows[k] != "that":
        return False
    keep = _words("fault-verb") | _FAULT_NOUNS | _words("conceded-fault")
    for j in range(k + 1, sent.token_end):
        if lows[j] in (";", ":") or (lows[j] == "," and j > k + 2 and lows[j + 1 : j + 2] == ["but"]):
            break
        if lows[j] in keep or doc.tokens[j].lemma.lower() in keep:
            return False
    return True


#: Words of fault in a quote that keep "conceded" a concession.
_FAULT_NOUNS = frozenset({"mistake", "mistakes", "error", "errors", "wrong", "sorry", "fault", "blame", "regret", "apologize", "apologise"})


def _migration(doc: AnnotatedDocument, t: Token) -> bool:
    """An arrival that is a migration: "as a" + a ``life-stage`` word in the verb's clause
    ("arrived in the U.S. as a child", "came to America as refugees"), or a ``kin-word`` subject
    with a "from" phrase or a year after the verb ("the senator's parents arrived in the United
    States from Cuba in the 1950s"), or any subject with both a "from" phrase and a year ("the
    clinic's director came to Dayton from Somalia in 2009": a visit is dated by its day).  One who comes to live is no visitor; "the president arrived
    in Beijing for talks" is not asked."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    stages = _words("life-stage")
    origin = year = False
    for k in range(t.i + 1, min(sent.token_end, t.i + 14)):
        if lows[k] in _CLAUSE_END:
            break
        if lows[k] == "as":
            j = k + 1
            while j < sent.token_end and lows[j] in ("a", "an", "young", "small", "little", "teenage", "penniless", "poor"):
                j += 1
            if j < sent.token_end and lows[j] in stages:
                return True
        if lows[k] == "from":
            origin = True  # "from Cuba"
        elif len(lows[k]) in (4, 5) and lows[k].rstrip("s").isdigit():
            year = True  # "in 1956", "in the 1950s"
    if origin and year:
        return True  # "came to Dayton from Somalia in 2009": a move dated by its year alone, a life's step (stop 39, e44)
    if not (origin or year):
        return False
    subj = _subject(doc, t) if doc.has_parse else _noun_before(doc, t)
    kin = _words("kin-word")
    return subj is not None and (subj.text.lower() in kin or subj.lemma.lower() in kin)


def _noun_before(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse, the verb's subject head: the nearest noun or pronoun before it, past
    adverbs and auxiliaries ("the senator's parents had arrived": "parents")."""
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 4) - 1, -1):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN", "PRON"):
            return w
        if w.pos not in ("ADV", "AUX", "PART"):
            return None
    return None


def _gets_out_of_a_vehicle(doc: AnnotatedDocument, t: Token) -> bool:
    """"get / got out of" + a ``vehicle-word`` ("got out of the car", "get out of a van"):
    stepping out, no retreat; "get out of Iraq" is not asked."""
    if _next_text(doc, t) != "out" or _next_text(doc, t, 2) != "of":
        return False
    return _object_in(doc, t, "vehicle-word", t.i + 3)
