"""Figures of speech, campaign talk and careers told with event words (stop 33, e27; dev batch 60).

Shapes from the lead's hand-judged samples of PolNeAR dev events (stop 32) and from PolNeAR train,
rewritten as the project's own sentences (``tests/test_e27.py``).  Each names no PLOVER event:

* a figure of speech: a party "deploying" its lawyers, prosecutors, courts or regulators (PLOVER
  MOBILIZE is of armed forces and police); "came to epitomize" read by a tagger that calls the
  verb a noun; "offered some pointed advice" read by a tagger that calls "pointed" a verb;
* campaign talk: "pledged to push for a constitutional amendment" (advocacy promised to voters),
  "promising to focus its benefits on the middle class" (domestic policy), "announced plans to
  give $15 million to a super PAC" and "a super PAC supporting the senator" (campaign money and a
  committee's purpose), "took part in a forum" (CAMEO's TAKE PART, 030, reads an intent to
  cooperate: :func:`took_part_sense`), "met her opponents one-on-one in three debates", a headline "Thousands Rally for
  <candidate>" (a campaign rally; a rally for a jailed leader stays);
* careers and other senses: "arrived in Congress in 1993" (a term begun, no visit), "restricted
  comments on its page" (moderation, no repression), "nations that oppose authoritarianism" (an
  ideology, no proposal of a party rejected);
* from PolNeAR train (seeds 160-161): "put the senator in two opposing camps" (a tagger's verb),
  "Johnson-Weld rallies" and "a Trump rally" (a candidate's event), "speak with admiration of",
  "his ideas have met with resistance", a campaign that "went on the offensive", "without a shot
  being fired", "reject the term containment", "step up their campaigns", "offer himself as a
  consensus candidate", lawmakers voting "in favor of the provision" or "against the final
  version of the bill"; (seed 162 and the rules engine's 160) "defend 23 seats", "eased his defiant
  tone", "promised to put her husband in charge of the economy", "the senator held a rally",
  "Sanders' two dozen rallies", "people voting against the governor", "occupied an elevated
  position", "made two campaign stops"; (seed 163) a promise of "action on immigration", "to end
  the SNAP and WIC programs", "increasing her efforts to win over rural voters", "leaning toward
  supporting the governor", "the record to back it up", "being welcoming to refugees"; (seeds
  164-165) "offered to put her husband in charge", "Meet the Press", "citizens carried arms
  openly", "pushed for pro-LGBT language in the platform", "reach out to potential supporters",
  "to drum up support", "fought the Washington establishment", "agree with him on issues", "not
  ready to support him", "Thank God"; (the rules engine, seeds 162-165) "a warmly welcoming
  atmosphere", "jokingly offered the man a job", "to make a first impression"; (seed 166) "the Kennedy
  family rally", "garnered just 3% support in the polls", "he should relax and accept it"; (seed 167)
  "does not offer its cashiers any paid parental leave", "release their delegates", "hold
  her next press conference", "remained defiant"; (the rules engine, seeds 166-167) "beat back a
  challenge" in a primary, "returning from the campaign trail", soldiers "returning from the war".

:func:`took_part_sense` is asked by :func:`.senses.sense` for "take part in": a protest joined is
PROTEST, talks joined are CONSULT, exercises are left to CAMEO's patterns, anything else is no event.  Every other check is one of the
checks of :func:`.non_event_senses.non_event`, guarded by the candidate's lemma or text first, so
it can only remove an event and costs nothing for other candidates.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...schema import Actor
from .non_event_senses import _next_text, _subject, _to_verb, _words
from .sense_checks import SenseCheck, after_adverbs, keys

__all__ = ["checks", "idiom_non_event", "took_part_sense"]

_DEPLOY = frozenset({"deploy", "mobilize", "mobilise", "reinforce", "dispatch", "send"})
_PROMISE = frozenset({"promise", "pledge", "vow"})
_INTEND = frozenset({"announce", "plan", "pledge", "promise", "vow", "intend", "commit", "say"})
_DONATE = frozenset({"give", "donate", "contribute", "funnel", "steer"})
_BACK = frozenset({"support", "back", "endorse", "boost"})
_RESTRICT = frozenset({"restrict", "limit", "ban", "block", "disable", "remove", "censor"})
#: Every lemma a check of :func:`idiom_non_event` asks about: the one look-up first.
_SPEAK = frozenset({"speak", "talk", "write", "remember", "recall"})
_RAISE_EFFORT = frozenset({"increase", "step", "intensify", "redouble", "boost", "ramp", "double"})
_LEMMAS = _DEPLOY | _PROMISE | _INTEND | _BACK | _RESTRICT | _SPEAK | {
    "meet", "rally", "rallies", "arrive", "come", "oppose", "offer", "go", "offensive", "fire", "reject", "dismiss", "step", "vote",
    "defend", "ease", "soften", "tone", "occupy", "make", "welcome", "carry", "push", "press", "lobby", "reach", "drum", "fight",
    "agree", "thank", "garner", "relax", "release", "hold", "remain", "stay", "beat", "return", "beg", "decline", "refuse",
} | _RAISE_EFFORT
#: Participles of the sourcing formula "declined to be identified" (an unnamed source, no refusal).
_UNNAMED = frozenset({"identified", "named", "quoted"})
#: Possessives and determiners before a noun phrase's head.
_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "some", "any", "every", "all", "both", "'s", "’s"})
_CLAUSE_END = frozenset({",", ";", ".", ":", "and", "but", "while", "because", "when", "where", "who", "which"})
_PAC = frozenset({"pac", "pacs", "super-pac"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: :func:`idiom_non_event` opens with a test of
    the lemma."""
    return (SenseCheck("idioms and campaign talk", idiom_non_event, lemmas=keys(_LEMMAS)),)


def idiom_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is a figure of speech, campaign talk or a career, no event."""
    lemma = t.lemma.lower()
    if lemma not in _LEMMAS:
        return False
    category = curated[1] if curated is not None else None
    if lemma in _DEPLOY and category == "MOBILIZE" and _object_in(doc, t, t.i + 1, "deployed-civilian"):
        return True  # "deployed its best lawyers", "could deploy federal prosecutors and regulators"
    if lemma in _PROMISE and (_promises_advocacy(doc, t) or _promises_benefits(doc, t) or _promises_domestic_action(doc, t)):
        return True  # "pledged to push for a constitutional amendment", "promising to focus its benefits on"
    if lemma in _INTEND and _plans_campaign_money(doc, draft, t):
        return True  # "announced plans to give $15 million to a super PAC"
    if lemma in _BACK and (_pac_purpose(doc, t) or _leaning_toward(doc, t) or _backs_a_claim_up(doc, t)):
        return True  # "a super PAC supporting the senator", "leaning toward supporting the governor", "to back it up"
    if lemma == "welcome" and _welcoming_adjective(doc, t):
        return True  # "accuses the senator of being welcoming to refugees": the adjective
    if lemma in _RAISE_EFFORT and _efforts_to_win_voters(doc, t):
        return True  # "increasing her efforts to win over rural voters": a campaign's outreach
    if lemma == "offer" and _offers_an_appointment(doc, t):
        return True  # "offered to put him in charge of reviving the regions": an appointment planned
    if lemma == "meet" and _next_text(doc, t) == "the" and _next_text(doc, t, 2) == "press":
        return True  # "on Meet the Press", "met the press after the summit": reporters, no party
    if lemma == "carry" and _civilians_carry_arms(doc, t):
        return True  # "citizens carried arms openly outside the convention": no force mobilised
    if lemma in ("push", "press", "lobby") and _next_text(doc, t) == "for" and _pushes_for_text(doc, t):
        return True  # "pushed for pro-LGBT language in the party platform": a platform's text, no party asked
    if lemma == "reach" and _reaches_out_to_voters(doc, t):
        return True  # "tried to reach out to younger supporters": canvassing
    if lemma == "drum" and _next_text(doc, t) == "up":
        return True  # "to drum up votes for her": campaigning, no request to a party
    if lemma == "fight" and _object_in(doc, t, t.i + 1, "political-order"):
        return True  # "has long fought the Washington establishment": a candidate's stance, no force
    if lemma == "agree" and _agrees_on_issues(doc, t):
        return True  # "agree with him on issues": an opinion shared, no agreement made
    if lemma in _BACK and _not_ready_to(doc, t):
        return True  # "are not ready to support him": no backing promised
    if lemma == "thank" and _next_text(doc, t) in ("god", "goodness", "heaven", "heavens"):
        return True  # "Thank God they can fix this": an exclamation
    if lemma == "offer" and _offers_a_job(doc, t):
        return True  # "jokingly offered the man a job as defence secretary": a post, no agreement with a party
    if lemma == "make" and _object_in(doc, t, t.i + 1, "made-impression"):
        return True  # "a second chance to make a first impression with women voters"
    if lemma == "garner" and _poll_share_after(doc, t):
        return True  # "garnered just 3% support in the polls": a poll standing, no appeal
    if lemma == "relax" and _next_text(doc, t) in ("", "and", ",", ".", "!", "?", "\"", "”"):
        return True  # "he should relax and accept it": at ease, no restriction relaxed
    if lemma == "offer" and _offers_staff_benefits(doc, t):
        return True  # "does not offer its cashiers any paid parental leave": an employer's terms
    if lemma == "release" and _object_in(doc, t, t.i + 1, "pledged-delegate"):
        return True  # "state parties release their delegates": delegates freed from a pledge, no captives
    if lemma == "hold" and _holds_press_conference(doc, t):
        return True  # "would hold her next press conference": questions from the press, no consultation
    if lemma in ("remain", "stay") and _next_text(doc, t) in _STANCES:
        return True  # "the senator's supporters remained defiant": a stance, no act
    if lemma == "oppose" and _next_text(doc, t) == "to" and t.i > 0 and doc.tokens[t.i - 1].text.lower() == "as":
        return True  # "as opposed to attacking his rivals": a preposition of contrast (lead, stop 42)
    if lemma == "beg" and _next_text(doc, t) == "the" and _next_text(doc, t, 2) == "question":
        return True  # "the defections begged the question of whether ...": a question raised, no plea
    if lemma in ("decline", "refuse") and _next_text(doc, t) == "to" and _next_text(doc, t, 2) == "be" and _next_text(doc, t, 3) in _UNNAMED:
        return True  # "an aide, who declined to be identified, said": the sourcing formula, no refusal
    if lemma == "beat" and _next_text(doc, t) == "back" and _object_in(doc, t, t.i + 2, "race-challenge"):
        return True  # "beat back a challenge from a wealthy businessman in the primary": an election won
    if lemma == "return" and _next_text(doc, t) == "from" and _object_in(doc, t, t.i + 2, "left-behind"):
        return True  # "returning from the campaign trail", "soldiers returning from the war": no visit
    if lemma == "meet" and _meets_in_debate(doc, t):
        return True  # "met her Republican opponents one-on-one in three debates"
    if lemma == "rally" and category == "PROTEST" and _rally_for_candidate(doc, draft, t):
        return True  # "Thousands Rally for Trump in Phoenix": a campaign rally
    if lemma == "rally" and t.pos == "VERB" and category == "PROTEST" and _rallies_backers(doc, t):
        return True  # "the candidate rallied supporters in Nevada": rousing one's own side, no protest
    if lemma in ("arrive", "come") and _arrives_in_chamber(doc, t):
        return True  # "arrived in Congress in 1993": a term begun, no visit
    if lemma == "come" and _come_to_verb(doc, t):
        return True  # "came to epitomize" (a tagger's noun "epitomize")
    if lemma in _RESTRICT and _restricts_posts(doc, draft, t):
        return True  # "restricted comments on its Facebook page": moderation
    if lemma == "oppose" and _opposes_an_ideology(doc, t):
        return True  # "nations that oppose authoritarianism": an ideology, no party's proposal
    if lemma == "offer" and category == "AGREE" and _offers_said_thing(doc, t):
        return True  # "offered some pointed advice" (a tagger's verb "pointed")
    if lemma == "offer" and _offers_oneself_as(doc, t):
        return True  # "might offer himself as a consensus candidate": a candidacy, no offer to a party
    if lemma == "oppose" and _opposing_adjective(doc, t):
        return True  # "put the senator in two opposing camps" (a tagger's verb "opposing")
    if lemma in ("rally", "rallies") and t.pos in ("NOUN", "PROPN") and category == "PROTEST" and _named_candidates_rally(doc, draft, t):
        return True  # "filed into Johnson-Weld rallies", "flew to a Trump rally": a candidate's event
    if lemma in _SPEAK and _speaks_with_feeling(doc, t):
        return True  # "still speak with admiration of the late senator": a manner of speaking, no talks
    if lemma == "meet" and _meets_friends(doc, t):
        return True  # "meets up with old school friends every summer": private life, no consultation
    if lemma == "meet" and _met_with_reception(doc, t):
        return True  # "his ideas have met with resistance": how a thing was received, no meeting
    if lemma in ("go", "offensive") and _campaign_offensive(doc, draft, t):
        return True  # "the campaign went on the offensive": words, no force
    if lemma == "fire" and _without_a_shot(doc, t):
        return True  # "collapsed without a shot being fired": no shooting
    if lemma in ("reject", "dismiss") and _rejects_a_term(doc, t):
        return True  # "reject the term containment": a word, no proposal of a party
    if lemma == "step" and _steps_up_candidacy(doc, draft, t):
        return True  # "must step up their campaigns": a race for office, no mobilisation
    if lemma == "vote" and (_votes_on_a_text(doc, draft, t) or _voters_against_a_candidate(doc, draft, t)):
        return True  # "voted in favor of the provision", "people voting against the governor"
    if lemma == "defend" and _object_in(doc, t, t.i + 1, "defended-standing"):
        return True  # "will have to defend 23 seats", "defending her majority": an election, no one backed
    if lemma in ("ease", "soften", "tone") and _object_in(doc, t, _past_particle(doc, t), "tone-word"):
        return True  # "eased his defiant tone", "softened her rhetoric": speech, no concession
    if lemma == "occupy" and _object_in(doc, t, t.i + 1, "held-role"):
        return True  # "occupied an elevated position in the state's social life"
    if lemma == "make" and _makes_a_stop(doc, draft, t):
        return True  # "made two campaign stops in Florida", "an unannounced stop at a diner"
    if lemma in ("rally", "rallies") and t.pos in ("NOUN", "PROPN") and category == "PROTEST" and (
        _possessed_rallies(doc, draft, t) or _rally_held_by_a_person(doc, draft, t)
    ):
        return True  # "Sanders' two dozen rallies", "the senator held a rally in Cedar Falls"
    return False


def _head_at(doc: AnnotatedDocument, k: int, end: int) -> int | None:
    """The index of the head noun of the noun phrase that starts at ``k`` (past determiners,
    possessives, numbers, adjectives and participles, to the last noun of a compound), or None."""
    lows = doc.lowered_texts()
    stop = min(end, k + 7)
    while k < stop:
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            if w.pos == "PROPN" and k + 2 < stop and doc.tokens[k + 1].pos == "CCONJ" and doc.tokens[k + 2].pos in ("PROPN", "ADJ"):
                k += 2
                continue  # "the SNAP and WIC programs": names coordinated before the head
            if k + 2 < stop and lows[k + 1] == "-":
                k += 2
                continue  # "the Glass-Steagall plank": a hyphenated compound
            if k + 1 < stop and lows[k + 1] in ("'s", "’s"):
                k += 2
                continue  # "the party's lawyers": the possessor
            if k + 1 < stop and doc.tokens[k + 1].pos == "NOUN":
                k += 1
                continue  # "a super PAC", "the ballot count": the compound's head
            return k
        if w.pos in ("DET", "NUM", "ADJ", "PRON", "ADV") or lows[k] in _OPENERS or lows[k] == "-" or (w.pos == "VERB" and (lows[k].endswith("ed") or (k + 1 < stop and doc.tokens[k + 1].pos == "NOUN"))):
            k += 1  # "some pointed advice", "paid staff" (a tagger's verb "pointed", "paid")
            continue
        return None
    return None


def _object_in(doc: AnnotatedDocument, t: Token, k: int, cls: str) -> bool:
    """The noun phrase from ``k`` has its head in the ``cls`` word class (lemma or text): "its best
    lawyers", "federal prosecutors and regulators" (the first head)."""
    sent = doc.sentences[t.sent]
    h = _head_at(doc, k, sent.token_end)
    if h is None:
        return False
    words = _words(cls)
    w = doc.tokens[h]
    return w.text.lower() in words or w.lemma.lower() in words


def _promises_advocacy(doc: AnnotatedDocument, t: Token) -> bool:
    """"promise / pledge / vow to" + an ``advocacy-verb`` + "for" + a measure (``advocated-measure``,
    ``policy-word``, ``policy-noun``): "pledged to push for a constitutional amendment", "vowed to
    fight for a balanced-budget amendment" -- advocacy promised to voters, no agreement with a
    party ("pledged to push for a ceasefire" names no such measure and stays)."""
    v = _to_verb(doc, t)
    if v is None:
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if not (lows[v] in _words("advocacy-verb") or doc.tokens[v].lemma.lower() in _words("advocacy-verb")):
        return False
    if v + 1 >= sent.token_end or lows[v + 1] != "for":
        return False
    return any(_object_in(doc, t, v + 2, c) for c in ("advocated-measure", "policy-word", "policy-noun"))


def _promises_benefits(doc: AnnotatedDocument, t: Token) -> bool:
    """"promise / pledge / vow to" + a verb whose object is a benefit or a cut given at home
    (``domestic-benefit``, ``policy-word``): "promising to focus its benefits on the middle
    class", "promised to target the cuts at working families" -- domestic policy (as
    everyday_senses' promises of rules and taxes)."""
    v = _to_verb(doc, t)
    if v is None:
        return False
    if doc.tokens[v].lemma.lower() in _APPOINT or doc.lowered_texts()[v] in _APPOINT or _puts_in_charge(doc, v):
        return True  # "promised to appoint a woman as defence secretary", "to put her husband in charge of the economy"
    if doc.tokens[v].pos != "VERB":
        return False
    return _object_in(doc, t, v + 1, "domestic-benefit") or _object_in(doc, t, v + 1, "policy-word")


def _offers_an_appointment(doc: AnnotatedDocument, t: Token) -> bool:
    """"offer to" + a verb of filling a post or "put ... in charge" ("offered to put him in charge
    of reviving the regions"): an appointment planned, no agreement with a party."""
    v = _to_verb(doc, t)
    return v is not None and (doc.lowered_texts()[v] in _APPOINT or _puts_in_charge(doc, v))


#: Verbs of filling a post: a promise of an appointment is a plan for one's own government.
_APPOINT = frozenset({"appoint", "name", "nominate", "hire"})


def _puts_in_charge(doc: AnnotatedDocument, v: int) -> bool:
    """"put" + an object + "in charge" within six words after it."""
    sent = doc.sentences[doc.tokens[v].sent]
    lows = doc.lowered_texts()
    return doc.tokens[v].lemma.lower() == "put" and any(
        lows[k] == "in" and lows[k + 1] == "charge" for k in range(v + 1, min(sent.token_end - 1, v + 7))
    )


def _plans_campaign_money(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A plan or a promise of money to a candidate's race: the verb (or the noun "plans") is
    followed within four words by "to" + a donation verb that everyday_senses reads as money to a
    candidate ("announced plans to give $15 million to a super PAC", "plans to give $5 million to
    a super PAC supporting the senator"); "Germany announced plans to give $15 million to the UN
    refugee agency" (a country, no candidate) stays."""
    from .everyday_senses import _money_to_a_candidate

    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 5)):
        if lows[k] == "to":
            v = doc.tokens[k + 1]
            return v.lemma.lower() in _DONATE and _money_to_a_candidate(doc, draft, v)
        if lows[k] in _CLAUSE_END:
            return False
    return False


def _pac_purpose(doc: AnnotatedDocument, t: Token) -> bool:
    """"supporting" / "backing" right after "PAC" ("a super PAC supporting the senator"): the
    committee's purpose told as its name's description, no act of backing reported."""
    sent = doc.sentences[t.sent]
    return t.text.lower().endswith("ing") and t.i - 1 >= sent.token_start and doc.lowered_texts()[t.i - 1] in _PAC


def _took_part_in(doc: AnnotatedDocument, t: Token) -> int | None:
    """For "take part in" + a noun phrase, the index of its head (None for another "take")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if _next_text(doc, t) != "part" or t.i + 3 >= sent.token_end or lows[t.i + 2] != "in":
        return None
    return _head_at(doc, t.i + 3, sent.token_end)


def took_part_sense(doc: AnnotatedDocument, t: Token) -> tuple[int, str, str | None] | None | bool:
    """"took part in" + a protest (``protest-joined``: a march, a rally, a sit-in) is PROTEST and
    + talks (``meeting-joined``) CONSULT (PLOVER: the one who joins is the actor); + exercises or
    an operation (``joined-operation``) False, left to CAMEO's patterns; + anything else ("a
    walk-in", "a televised forum") None: CAMEO's bare TAKE PART (030) reads an intent to
    cooperate, which joining a forum is not.  False too when ``t`` is no "take part in"."""
    if t.lemma.lower() != "take" or t.pos != "VERB":
        return False
    h = _took_part_in(doc, t)
    if h is None:
        return False
    w = doc.tokens[h]
    low, lemma = w.text.lower(), w.lemma.lower()
    if low in _words("protest-joined") or lemma in _words("protest-joined"):
        return 1, "PROTEST", "demo"
    if low in _words("meeting-joined") or lemma in _words("meeting-joined"):
        return 1, "CONSULT", None
    if lemma in _words("joined-operation") or low in _words("joined-operation"):
        return False  # "took part in joint exercises": CAMEO's own patterns read military cooperation
    return None


def _meets_in_debate(doc: AnnotatedDocument, t: Token) -> bool:
    """"in" / "at" / "during" + a ``debate-word`` within the meeting's clause ("met her opponents
    one-on-one in three televised debates", "the candidates met in a debate in Ohio"): rivals on
    a stage, no consultation."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    debates = _words("debate-word")
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 10)):
        if lows[k] in (";", ".") or lows[k] in ("but", "while", "because", "when"):
            return False
        if lows[k] in ("in", "at", "during", "for"):
            h = _head_at(doc, k + 1, sent.token_end)
            if h is not None and lows[h] in debates:
                return True
    return False


def _actor_after(doc: AnnotatedDocument, draft: Draft, t: Token, word: str) -> tuple[Token, Actor] | None:
    """The head noun of the phrase after ``t`` + ``word`` ("rally *for* Senator Ames", "voting
    *against* the governor") and the actor found there, or None when the next word is another or
    no actor stands at the head."""
    if _next_text(doc, t) != word:
        return None
    h = _head_at(doc, t.i + 2, doc.sentences[t.sent].token_end)
    if h is None:
        return None
    w = doc.tokens[h]
    fields = draft.actor_fields(draft.actor_at(w.start, w.end))
    return None if fields is None else (w, fields)


def _rally_for_candidate(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"rally for" + a person actor, with no captive's cause in the sentence (``captive-cause``):
    "Thousands Rally for Trump in Phoenix" (supporters at a campaign rally); "rally for the jailed
    opposition leader" and "Nurses Rally for Higher Pay" (no person) stay protests."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    found = _actor_after(doc, draft, t, "for")
    if found is None:
        return False
    w, fields = found
    if not (fields.kind == "person" or fields.kind == "organization" and not fields.code and w.pos == "PROPN"):
        return False  # (a tagger may call a surname in a headline an organisation, with no code)
    causes = _words("captive-cause")
    return not any(lows[k] in causes for k in range(sent.token_start, sent.token_end))


def _arrives_in_chamber(doc: AnnotatedDocument, t: Token) -> bool:
    """"arrive / come in / to" + a ``chamber-word`` (Congress, the Senate, parliament) with a year or
    "as" in the clause ("arrived in Congress in 1993", "came to the Senate as a young lawyer"): a
    lawmaker's term begun, no visit to a party."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if _next_text(doc, t) not in ("in", "to"):
        return False
    h = _head_at(doc, t.i + 2, sent.token_end)
    if h is None or lows[h] not in _words("chamber-word"):
        return False
    for k in range(h + 1, min(sent.token_end, h + 8)):
        if lows[k] in _CLAUSE_END:
            return False
        if lows[k] == "as" or (len(lows[k]) == 4 and lows[k].isdigit()):
            return True
    return False


def _come_to_verb(doc: AnnotatedDocument, t: Token) -> bool:
    """"come to" + a verb a tagger called a noun: a lower-case word in -ize / -ise / -ify, or one
    followed by a determiner or a possessive ("came to epitomize the party's old guard"): a
    change of state, no visit (:func:`.non_event_senses._come_idiom` reads the tagged verb)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 2
    if _next_text(doc, t) != "to" or k >= sent.token_end:
        return False
    w = doc.tokens[k]
    if w.pos != "NOUN" or not w.text.islower():
        return False
    if lows[k].endswith(("ize", "ise", "ify")):
        return True
    return k + 1 < sent.token_end and lows[k + 1] in ("the", "a", "an", "his", "her", "their", "its")


def _restricts_posts(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The object of "restrict" / "limit" / "block" is readers' posts (``online-post``: comments,
    replies) and the one who restricts is no state ("the campaign restricted comments on its
    Facebook page"): moderation, no repression.  A government restricting comments is left to
    the coder (PLOVER COERCE censor)."""
    if not _object_in(doc, t, t.i + 1, "online-post"):
        return False
    subj = _subject(doc, t)
    if subj is None:
        return True
    fields = draft.actor_fields(draft.actor_at(subj.start, subj.end))
    return fields is None or not (fields.kind == "country" or "GOV" in (fields.code or "") or "JUD" in (fields.code or ""))


def _opposes_an_ideology(doc: AnnotatedDocument, t: Token) -> bool:
    """The object of "oppose" is an ideology or a condition (``condition-word``, or a lower-case
    noun in -ism): "nations that oppose authoritarianism" -- a stance, no proposal of a party
    rejected ("opposed the resolution" stays)."""
    sent = doc.sentences[t.sent]
    h = _head_at(doc, t.i + 1, sent.token_end)
    if h is None:
        return False
    w = doc.tokens[h]
    low = w.text.lower()
    return low in _words("condition-word") or (w.pos == "NOUN" and w.text.islower() and low.endswith(("ism", "isms")))


def _offers_said_thing(doc: AnnotatedDocument, t: Token) -> bool:
    """Without a parse, the noun phrase after "offer" has its head in ``said-thing`` past
    participles a tagger calls verbs ("offered some pointed advice"); the parse's object is read
    by :func:`.non_event_senses._offers_words`."""
    return not doc.has_parse and _object_in(doc, t, t.i + 1, "said-thing")


_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})


def _offers_oneself_as(doc: AnnotatedDocument, t: Token) -> bool:
    """"offer" + a reflexive + "as" ("might offer himself as a consensus candidate"): one puts
    oneself forward, no offer made to a party."""
    return _next_text(doc, t) in _REFLEXIVE and _next_text(doc, t, 2) == "as"


def _opposing_adjective(doc: AnnotatedDocument, t: Token) -> bool:
    """"opposing" between a determiner, a number or an adjective and a noun ("two opposing camps",
    "the opposing team"): the adjective, no one opposing anything."""
    sent = doc.sentences[t.sent]
    if t.text.lower() != "opposing" or t.i - 1 < sent.token_start or t.i + 1 >= sent.token_end:
        return False
    prev, nxt = doc.tokens[t.i - 1], doc.tokens[t.i + 1]
    return nxt.pos == "NOUN" and (prev.pos in ("DET", "NUM", "ADJ") or prev.text.lower() in _OPENERS)


def _named_candidates_rally(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The noun "rally" / "rallies" right after a person's name, or a hyphenated pair of names
    ("Johnson-Weld rallies", "a Trump rally"), with no "against" after it and no captive's cause
    in the sentence: a candidate's campaign event, no protest."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    if k > sent.token_start and lows[k] in ("family", "campaign", "victory", "reelection", "re-election"):
        k -= 1  # "the Kennedy family rally"
    if k < sent.token_start or doc.tokens[k].pos != "PROPN":
        return False
    if any(lows[j] == "against" for j in range(t.i + 1, min(sent.token_end, t.i + 4))):
        return False
    person = False
    while k >= sent.token_start and (doc.tokens[k].pos == "PROPN" or lows[k] == "-"):
        w = doc.tokens[k]
        fields = draft.actor_fields(draft.actor_at(w.start, w.end)) if w.pos == "PROPN" else None
        if fields is not None and fields.kind == "person":
            person = True
        elif fields is not None and fields.kind in ("country", "location", "organization") and fields.code:
            return False  # "a Hong Kong rally", "a NATO rally"
        k -= 1
    causes = _words("captive-cause")
    return person and not any(lows[j] in causes for j in range(sent.token_start, sent.token_end))


def _speaks_with_feeling(doc: AnnotatedDocument, t: Token) -> bool:
    """"speak / talk / write with" + a ``manner-noun`` (admiration, respect, affection): how one
    speaks of someone, no conversation with a party."""
    sent = doc.sentences[t.sent]
    k = after_adverbs(doc, t)
    if k + 1 >= sent.token_end or doc.lowered_texts()[k] != "with":
        return False
    return _object_in(doc, t, k + 1, "manner-noun")


def _met_with_reception(doc: AnnotatedDocument, t: Token) -> bool:
    """"meet (with)" + a ``reception-noun`` (resistance, skepticism, applause): how an idea or a
    plan was received, no meeting ("met with union leaders" stays).  Without "with" too ("the plan
    is meeting fierce resistance among the unions", stop 41, e51; dev batch 100)."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k < sent.token_end and doc.lowered_texts()[k] == "with":
        k += 1
    if k >= sent.token_end:
        return False
    return _object_in(doc, t, k, "reception-noun")


def _campaign_offensive(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"go / be / stay on the offensive" (the verb or the noun) in a sentence with no armed party:
    a campaign's attack in words ("the campaign went on the offensive"); "the army went on the
    offensive" stays."""
    from .senses import armed_party

    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.lemma.lower() == "go":
        if _next_text(doc, t) != "on" or _next_text(doc, t, 2) != "the" or _next_text(doc, t, 3) != "offensive":
            return False
    elif not (t.i - 2 >= sent.token_start and lows[t.i - 1] == "the" and lows[t.i - 2] == "on"):
        return False
    return not armed_party(doc, draft, t, "armed-context")


def _without_a_shot(doc: AnnotatedDocument, t: Token) -> bool:
    """"without" within the four words before "fired" / "firing" with no break between ("without a
    shot being fired", "without a bullet being fired", "without firing a shot"): none was fired."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i - 1, max(sent.token_start, t.i - 5) - 1, -1):
        if lows[k] == "without":
            return True
        if lows[k] in _CLAUSE_END:
            return False
    return False


def _rejects_a_term(doc: AnnotatedDocument, t: Token) -> bool:
    """The object of "reject" / "dismiss" opens with a ``term-word`` (term, label, characterization)
    within its first three words ("reject the term containment", "rejects the label populist"): a
    word turned down, no proposal of a party."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    terms = _words("term-word")
    for k in range(t.i + 1, min(sent.token_end, t.i + 4)):
        if lows[k] in terms:
            return True
        if doc.tokens[k].pos not in ("DET", "ADJ", "PRON") and lows[k] not in _OPENERS:
            return False
    return False


def _steps_up_candidacy(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"step up" + one's race for office ("must step up their campaigns", "stepped up her bid"):
    read by everyday_senses' candidacy object from the particle on."""
    from .everyday_senses import _boosts_a_candidacy

    sent = doc.sentences[t.sent]
    if _next_text(doc, t) != "up" or t.i + 1 >= sent.token_end:
        return False
    k = t.i + 2
    lows = doc.lowered_texts()
    if k < sent.token_end and lows[k] in ("their", "its"):
        h = _head_at(doc, k, sent.token_end)
        return h is not None and lows[h] in ("campaigns", "campaign", "bids", "bid", "candidacy", "candidacies") and not any(
            lows[j] in _words("campaign-force") or lows[j] in _words("armed-means") for j in range(k, h)
        ) and _candidates_subject(doc, t)
    return _boosts_a_candidacy(doc, doc.tokens[t.i + 1], draft)


def _candidates_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The subject of ``t`` is a candidate word or a person ("Rival candidates must step up their
    campaigns")."""
    subj = _subject(doc, t)
    return subj is not None and subj.lemma.lower() in ("candidate", "contender", "nominee", "challenger", "hopeful", "senator", "governor")


def _votes_on_a_text(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"vote(d) for / in favor of / against" + a text (``bill-word``, ``advocated-measure``,
    ``policy-word``, "provision"), past "the final version of": a lawmaker's vote, no agreement
    or accusation.  A country or an international body voting is left alone ("Brazil voted for
    the resolution")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    if k + 1 >= sent.token_end:
        return False
    if lows[k] in ("in", "to") and k + 2 < sent.token_end and lows[k + 1] in ("favor", "favour") and lows[k + 2] == "of":
        k += 3
    elif lows[k] in ("for", "against"):
        k += 1
    else:
        return False
    h = _head_at(doc, k, sent.token_end)
    if h is not None and lows[h] in ("version", "versions", "draft", "text", "part", "parts") and h + 1 < sent.token_end and lows[h + 1] == "of":
        h = _head_at(doc, h + 2, sent.token_end)  # "the final version of the bill"
    if h is None:
        return False
    texts = _words("bill-word") | _words("advocated-measure") | _words("policy-word") | {"provision", "provisions"}
    if lows[h] not in texts and doc.tokens[h].lemma.lower() not in texts:
        return False
    subj = _subject(doc, t)
    fields = draft.actor_fields(draft.actor_at(subj.start, subj.end)) if subj is not None else None
    return fields is None or not (fields.kind == "country" or "IGO" in (fields.code or ""))


def _past_particle(doc: AnnotatedDocument, t: Token) -> int:
    """The index after ``t`` and its particle "down" ("toned down her rhetoric")."""
    return t.i + 2 if _next_text(doc, t) == "down" else t.i + 1


def _voters_against_a_candidate(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"vote(d) against" + a person, by voters (``electorate``, "people", "Americans", within the
    clause before the verb): a ballot cast, no accusation ("a lot of people will be voting against
    the governor")."""
    sent = doc.sentences[t.sent]
    found = _actor_after(doc, draft, t, "against")
    if found is None or found[1].kind != "person":
        return False
    voters = _words("electorate") | {"people", "americans"}
    lows = doc.lowered_texts()
    for k in range(t.i - 1, max(sent.token_start, t.i - 7) - 1, -1):
        if lows[k] in _CLAUSE_END:
            return False
        if lows[k] in voters:
            return True  # "voters", "a lot of people will be voting"
    return False


def _makes_a_stop(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"make" + a "stop" that is a campaign's ("two campaign stops in Florida") or is made at a
    place that is no state ("an unannounced stop at a diner"): a candidate's route, no visit to a
    party ("made a stop in Pakistan on his way home" is not asked)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    h = _head_at(doc, t.i + 1, sent.token_end)
    if h is None or lows[h] not in ("stop", "stops"):
        return False
    if any(lows[k] in _words("campaign-word") for k in range(t.i + 1, h)):
        return True
    if h + 1 >= sent.token_end or lows[h + 1] != "at":
        return False
    place = _head_at(doc, h + 2, sent.token_end)
    if place is None:
        return False
    w = doc.tokens[place]
    fields = draft.actor_fields(draft.actor_at(w.start, w.end))
    return fields is None or fields.kind not in ("country", "organization")


def _rally_words_after(doc: AnnotatedDocument, t: Token) -> bool:
    """A word of protest after the rally ("against", "to demand", "to protest", "over")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    return any(lows[k] in ("against", "demand", "demanding", "protest", "protesting", "over") for k in range(t.i + 1, min(sent.token_end, t.i + 8)))


def _is_person(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """A person: an actor of kind person (or a name with no code a tagger called an organisation,
    as "Sanders" may be), or a common noun the nominal lexicon types as one."""
    from ..nominals import nominal_kind

    fields = draft.actor_fields(draft.actor_at(w.start, w.end))
    if fields is not None:
        return fields.kind == "person" or fields.kind == "organization" and not fields.code and w.pos == "PROPN"
    return nominal_kind(w) == "person"


def _possessed_rallies(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A person's rallies told with a number or an adjective between ("Sanders' two dozen rallies",
    "the senator's three rallies in Ohio"): a candidate's events, no protest."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    while k > sent.token_start and (doc.tokens[k].pos in ("NUM", "ADJ", "ADV") or lows[k] in ("than", "more", "dozen", "dozens", "of")):
        k -= 1
    if k == t.i - 1 or k <= sent.token_start or lows[k] not in ("'s", "’s", "'", "’") or _rally_words_after(doc, t):
        return False
    return _is_person(doc, draft, doc.tokens[k - 1])


def _rally_held_by_a_person(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"hold / stage / host / address a rally" (``rally-host-verb``) whose subject is one person
    ("the senator held a rally in Cedar Falls", "the candidate will be holding a rally at a union
    hall", "the candidate addressed a rally of 5,000 people") with no word of protest after it: a
    candidate's campaign event, as is one a campaign organises ("the opposition leader held a rally
    against the government" and "teachers held a rally" stay)."""
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos in ("DET", "ADJ", "NUM"):
        k -= 1
    v = doc.tokens[k]
    if v.lemma.lower() not in _words("rally-host-verb") or _rally_words_after(doc, t):
        return False
    subj = _subject(doc, v)
    # (or the candidate's campaign: "the campaign organized another rally featuring the senator")
    return subj is not None and (_is_person(doc, draft, subj) or subj.lemma.lower() in _words("campaign-word"))


def _rallies_backers(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb "rally" with an object (``rallied-backers``: supporters, voters, the base, the
    faithful) right after it, past a determiner or a possessive: "rallied supporters in Nevada",
    "rallied his base" -- a candidate rousing his own side (transitive "rally"), not people
    gathering to protest ("Thousands rallied in the capital against ..." has no object)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    backers = _words("rallied-backers")
    for k in range(t.i + 1, min(sent.token_end, t.i + 4)):
        if lows[k] in backers or doc.tokens[k].lemma.lower() in backers:
            return True
        if doc.tokens[k].pos not in ("DET", "ADJ", "PRON"):
            return False
    return False


def _promises_domestic_action(doc: AnnotatedDocument, t: Token) -> bool:
    """A promise of "action on" a domestic issue (``policy-topic``, ``policy-word``): "promised to
    begin taking executive action on immigration reform", a headline "Promises Action On
    Immigration" -- a campaign plan; "promised action against the regime" names a party and
    stays."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end - 2, t.i + 8)):
        if lows[k] in _CLAUSE_END:
            return False
        if lows[k] in ("action", "actions") and lows[k + 1] == "on":
            h = _head_at(doc, k + 2, sent.token_end)
            if h is None:
                return False
            w = doc.tokens[h]
            for j in range(k + 2, h + 1):  # "on immigration reform": the topic may stand before the head
                if lows[j] in _words("policy-topic") or doc.tokens[j].lemma.lower() in _words("policy-topic"):
                    return True
            return lows[h] in _words("policy-word") or w.lemma.lower() in _words("policy-word")
    return False


def _leaning_toward(doc: AnnotatedDocument, t: Token) -> bool:
    """"lean(ing) toward(s)" + the gerund ("is leaning toward supporting the governor"): a choice
    not yet made, no backing given."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    return t.i - 2 >= lo and lows[t.i - 1] in ("toward", "towards") and doc.tokens[t.i - 2].lemma.lower() == "lean"


def _backs_a_claim_up(doc: AnnotatedDocument, t: Token) -> bool:
    """"back it / that / this up" ("has the record to back it up"): a claim supported, no party."""
    return t.lemma.lower() == "back" and _next_text(doc, t) in ("it", "that", "this") and _next_text(doc, t, 2) == "up"


def _welcoming_adjective(doc: AnnotatedDocument, t: Token) -> bool:
    """"welcoming" after a form of "be" ("of being welcoming to refugees", "was welcoming") or
    between an adverb or a determiner and its noun ("a warmly welcoming atmosphere"): the
    adjective of an attitude, no welcome given."""
    lo = doc.sentences[t.sent].token_start
    if t.text.lower() != "welcoming":
        return False
    if t.i + 1 < doc.sentences[t.sent].token_end and doc.tokens[t.i + 1].pos == "NOUN" and t.i - 1 >= lo and doc.tokens[t.i - 1].pos in ("ADV", "DET", "ADJ"):
        return True  # "a warmly welcoming atmosphere": the adjective before its noun
    return t.i - 1 >= lo and doc.lowered_texts()[t.i - 1] in ("being", "be", "is", "are", "was", "were", "been", "seem", "seemed", "more", "less", "very")


def _efforts_to_win_voters(doc: AnnotatedDocument, t: Token) -> bool:
    """"increase / step up / redouble" + an ``effort-word`` + "to" + a ``campaign-aim-verb`` ("has
    been increasing her efforts to win over rural voters", "stepped up its efforts to court
    suburban women"): a campaign's outreach, no force mobilised."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 2 if _next_text(doc, t) == "up" else t.i + 1
    h = _head_at(doc, k, sent.token_end)
    if h is None or lows[h] not in _words("effort-word") or h + 2 >= sent.token_end or lows[h + 1] != "to":
        return False
    v = doc.tokens[h + 2]
    aims = _words("campaign-aim-verb")
    return lows[h + 2] in aims or v.lemma.lower() in aims


def _civilians_carry_arms(doc: AnnotatedDocument, t: Token) -> bool:
    """"carry arms / guns" whose subject is civilians (``public-word``, citizens, owners):
    "citizens carried arms openly" -- a right exercised, no force mobilised ("rebel fighters
    carried arms into the town" stays)."""
    if not (_object_in(doc, t, t.i + 1, "arms") or _object_in(doc, t, t.i + 1, "hand-weapon")):
        return False
    subj = _subject(doc, t)
    civilians = _words("public-word") | {"citizen", "citizens", "owner", "owners", "delegate", "delegates", "attendee", "attendees"}
    return subj is not None and (subj.text.lower() in civilians or subj.lemma.lower() in civilians)


def _pushes_for_text(doc: AnnotatedDocument, t: Token) -> bool:
    """"push / press / lobby for" + a measure or a platform's text (``advocated-measure``,
    ``policy-word``, ``policy-noun``), past "the inclusion / adoption of": "pushed for pro-LGBT
    language in the party platform", "pressed for the adoption of a Glass-Steagall plank" -- no
    party asked to act ("pushed for the minister to resign" stays)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    h = _head_at(doc, t.i + 2, sent.token_end)
    if h is not None and lows[h] in ("inclusion", "adoption", "passage", "introduction") and h + 1 < sent.token_end and lows[h + 1] == "of":
        h = _head_at(doc, h + 2, sent.token_end)
    if h is None or h + 1 < sent.token_end and lows[h + 1] == "to":
        return False  # "pushed for the minister to resign": a party asked
    w = doc.tokens[h]
    return any(lows[h] in _words(c) or w.lemma.lower() in _words(c) for c in ("advocated-measure", "policy-word", "policy-noun"))


def _reaches_out_to_voters(doc: AnnotatedDocument, t: Token) -> bool:
    """"reach out to" + voters or supporters (``public-word``, ``electorate``, ``voter-bloc``,
    "supporters"): canvassing, no consultation with a party."""
    sent = doc.sentences[t.sent]
    if _next_text(doc, t) != "out" or _next_text(doc, t, 2) != "to":
        return False
    h = _head_at(doc, t.i + 3, sent.token_end)
    if h is None:
        return False
    low = doc.lowered_texts()[h]
    return low in _words("public-word") or low in _words("electorate") or low in _words("voter-bloc") or low in ("supporters", "donors", "fans")


def _agrees_on_issues(doc: AnnotatedDocument, t: Token) -> bool:
    """"agree with" + someone + "on" + issues or much ("agree with him on issues", "on much"): an
    opinion shared, no agreement made ("agreed with Turkey on a ceasefire" stays)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if _next_text(doc, t) != "with":
        return False
    for k in range(t.i + 2, min(sent.token_end - 1, t.i + 6)):
        if lows[k] == "on":
            return lows[k + 1] in ("issues", "policy", "policies", "much", "everything", "most", "many", "some", "immigration", "trade")
        if lows[k] in _CLAUSE_END:
            return False
    return False


def _not_ready_to(doc: AnnotatedDocument, t: Token) -> bool:
    """"not ready / prepared to" right before the verb ("are not ready to support him", "isn't
    prepared to back"): a choice not made, no backing promised."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    if t.i - 3 < lo or lows[t.i - 1] != "to" or lows[t.i - 2] not in ("ready", "prepared", "willing"):
        return False
    return lows[t.i - 3] in ("not", "n't") or t.i - 4 >= lo and lows[t.i - 4] in ("not", "n't") and doc.tokens[t.i - 3].pos == "ADV"


def _offers_a_job(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``job-offer`` word (a job, a post, a role) within the six words after "offer", before the
    clause ends ("offered the man a job as defence secretary"): a post offered to a person, no
    agreement with a party."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    jobs = _words("job-offer")
    for k in range(t.i + 1, min(sent.token_end, t.i + 7)):
        if lows[k] in _CLAUSE_END or doc.tokens[k].pos in ("VERB", "AUX"):
            return False
        if lows[k] in jobs:
            return True
    return False


def _poll_share_after(doc: AnnotatedDocument, t: Token) -> bool:
    """A share ("3%", "3 percent") within the four words after the verb ("garnered just 3%
    support"): a poll standing, no appeal for support."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    return any(lows[k] in ("%", "percent", "per", "points") or lows[k].endswith("%") for k in range(t.i + 1, min(sent.token_end, t.i + 5)))


#: Stances one remains in ("remained defiant", "stayed neutral"): no act toward a party.
_STANCES = frozenset({"defiant", "neutral", "undecided", "uncommitted", "silent", "optimistic", "skeptical", "sceptical", "hopeful", "opposed"})


def _offers_staff_benefits(doc: AnnotatedDocument, t: Token) -> bool:
    """An ``employee-benefit`` word (leave, hours, insurance) within the eight words after "offer"
    before the clause ends ("does not offer its cashiers any paid parental leave", "offers
    new mothers eight weeks of paid leave"): an employer's terms, no agreement with a party."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    perks = _words("employee-benefit")
    for k in range(t.i + 1, min(sent.token_end, t.i + 9)):
        if lows[k] in _CLAUSE_END or lows[k] == "to":
            return False  # ("offered to ...": the act offered decides)
        if lows[k] in perks:
            return True
    return False


def _holds_press_conference(doc: AnnotatedDocument, t: Token) -> bool:
    """"hold" + a press or news "conference" / "briefing" ("would hold her next press conference",
    "held an election night press conference"): the press asks questions; no consultation of
    parties (a "joint" news conference of two leaders is left alone)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    h = _head_at(doc, t.i + 1, sent.token_end)
    between = range(t.i + 1, h) if h is not None else range(0)
    return h is not None and lows[h] in ("conference", "conferences", "briefing", "briefings") and any(
        lows[j] in ("press", "news", "media") for j in between
    ) and not any(lows[j] == "joint" for j in between)


def _meets_friends(doc: AnnotatedDocument, t: Token) -> bool:
    """"meet (up) (with)" + a ``friend-word`` ("meets up with old school friends every summer"):
    private life, no consultation of parties."""
    k = t.i + 1
    if _next_text(doc, t) == "up":
        k += 1
    if k < doc.sentences[t.sent].token_end and doc.lowered_texts()[k] == "with":
        k += 1
    return _object_in(doc, t, k, "friend-word")
