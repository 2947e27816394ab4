"""Event words that news uses outside politics: no PLOVER event (issue 14, dev batch 25).

Markets, sport, weather, health and culture reports borrow the vocabulary of conflict and
diplomacy: "Brazil crushed Bolivia 5-0", "the Australian shot a final-round 66",
"lightning killed 12 people", "the central bank seized on the data", "a lunar probe",
"weak demand", "a hostile bid", "offering $48 a share", "blaming fog", "ahead of a
meeting of producers"; and political reporting uses them for speech, values and campaigns:
"when it comes to", "offered no proof", "the clip was released", "is free to", "his populist
appeal", "a deep commitment to", "a campaign rally", "led to", "demonstrated that",
"offensive remarks".  Each check below is a sense that the words around the trigger settle
by construction; :func:`non_event` vetoes the sense the other checks of :func:`.senses.sense`
found (it is asked last, for the candidates that would be events), so it only ever removes an event.

The word lists are classes of ``sense_words.tsv`` (and ``sport`` of ``event_cues.tsv``).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_classes
from .sense_checks import Dispatch, SenseCheck, after_adverbs, before_adverbs, keys
from .triggers import words_of
from .weapon_fire import weapon_fire
from .game_spectators import spectators_strike_a_person

_CLASSES: dict[str, frozenset[str]] | None = None


def _words(cls: str) -> frozenset[str]:
    global _CLASSES
    if _CLASSES is None:
        _CLASSES = dict(word_classes("sense_words.tsv"))
    return _CLASSES[cls]


def _sentence_has(doc: AnnotatedDocument, t: Token, words: frozenset[str], *, lemmas: bool = True) -> bool:
    """A word of ``words`` stands in ``t``'s sentence, as written (lowercased) or, with ``lemmas``,
    as its lemma: the sense modules' "a hazard / a crowd / people in need in the sentence"."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if not lemmas:
        return any(lows[k] in words for k in range(sent.token_start, sent.token_end))
    lems = doc.lowered_lemmas()
    return any(lows[k] in words or lems[k] in words for k in range(sent.token_start, sent.token_end))


def non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate trigger at ``t`` is here used in a sense that names no event.

    Only the checks that can fire for the candidate's lemma, text and curated category are asked
    (:mod:`.sense_checks`; :func:`sense_checks` lists them all, in order), and of those that
    declare ``sentence_words`` only the ones with a word in the candidate's sentence; the answer
    is the same as asking every one, as each check only reads the document and the draft.
    """
    global _DISPATCH
    dispatch = _DISPATCH
    if dispatch is None:
        dispatch = _DISPATCH = Dispatch(sense_checks())
    opened = -1  # the mask of the declaring checks with a word in the sentence, read at the first declaration
    for ask, bit in dispatch.gated_bits(t.lemma.lower(), t.text.lower(), curated[1] if curated is not None else None):
        if bit:
            if opened < 0:
                opened = dispatch.open_in(_sentence_words(doc, t.sent))
            if not opened & bit:
                continue  # no word the check needs stands in the sentence: it would return False
        if ask(doc, draft, t, curated):
            return True
    return False


def _sentence_words(doc: AnnotatedDocument, s: int) -> frozenset[str]:
    """The lower-case texts and lemmas of sentence ``s``: what a check's ``sentence_words`` is
    tested against.  Made once per sentence of the document read last (:data:`_PRESENT`): a
    sentence with several candidates was read again for each (issue 13, s30)."""
    global _PRESENT
    memo = _PRESENT
    tokens = doc.tokens
    if memo is None or memo[0] is not doc or memo[1] is not tokens or memo[2] != len(tokens):
        memo = _PRESENT = (doc, tokens, len(tokens), {})
    found = memo[3].get(s)
    if found is None:
        found = memo[3][s] = sentence_words_of(doc, s)
    return found


def sentence_words_of(doc: AnnotatedDocument, s: int) -> frozenset[str]:
    """:func:`_sentence_words` made afresh: the sentence's lower-case texts and lemmas."""
    sent = doc.sentences[s]
    a, b = sent.token_start, sent.token_end
    return frozenset(doc.lowered_texts()[a:b]).union(doc.lowered_lemmas()[a:b])


#: (document, its token list, its length, sentence -> :func:`sentence_words_of`) for the document
#: read last: one document's sets at a time, made again when the token list is replaced or grown.
_PRESENT: tuple[AnnotatedDocument, list[Token], int, dict[int, frozenset[str]]] | None = None


_DISPATCH: Dispatch | None = None


#: The modules whose checks :func:`non_event` asks, in this order, before this module's own; one
#: per line, each with what it reads as no event. (The modules import this one's word lists, so
#: they are imported by :func:`sense_checks`, once.)
_SENSE_MODULES = (
    "reporting_senses",  # political, campaign and business reporting's own senses
    "opinion_senses",  # the electorate's preferences, press etiquette, civic life
    "usage_senses",  # roles, idioms, replies, management, legislative procedure, poll standings
    "party_senses",  # an idea, a thing, a guest or a relative as the other side
    "civic_senses",  # elections, chambers, candidates, duties, documents' terms, hazards, no envoy
    "public_senses",  # offers to the public, canvassing, sign-ups and papers, civilian efforts
    "rhetoric_senses",  # verbal attacks, plain rights reserved, proposed policy, lawmakers' votes
    "kind_senses",  # companies trading, teams, a fund raided, an accident, a recess
    "procedure_senses",  # a court's docket, a falling quantity, borrowed words
    "everyday_senses",  # campaign policy, careers, migration, a car, a threshold
    "background_senses",  # a capability, a state since long ago, a decade's history, a role, a sitting
    "past_roles",  # "who led the army during the war": a post once held, biography
    "stance_senses",  # a stance held on an issue
    "held_stances",  # "said she supports", "most voters oppose", "has long opposed": a stance by its tense
    "possessed_acts",  # "support", "consent" as nouns: an act only after its doer's possessive
    "idiom_senses",  # figures of speech, campaign talk, a term in a chamber
    "irrealis_senses",  # what ought to happen or would have happened
    "generic_senses",  # an event talked about, not reported: generic, supposed, ranked, asked, an effort's aim
    "state_senses",  # a state, a date, a schedule, a duty, a career step, a standing population or relation
    "phone_calls",  # the purpose of a phone call or of a meeting called
    "resignation_senses",  # resignations from no official's post
    "dispositions",  # an attitude told as a noun
    "severed_ties",  # ties cut between private parties
    "figurative_gifts",  # figures of speech told with words of giving
    "shared_views",  # a party agreed with and no terms
    "verb_forms",  # "wound up", wind's past
    "alleged_acts",  # the act an accusation names
    "habits",  # a habit described, "a history of blaming"
    "figurative_harm",  # a party "destroyed"
    "joined_acts",  # "joined X in calling for": the gerund is the act
    "wished_acts",  # an act wanted, needed or counted on from another party
    "claims_refused",  # "refused to concede that": words refused, no REJECT
    "tolerated_things",  # "accepted a certain amount of": a thing borne, no AGREE
    "feared_experiences",  # "fear being expelled": what may happen to the subject
    "future_time_clauses",  # "will decide when they meet": an act in a time clause of a future sentence
    "acts_joined_in",  # "asked them to join the party in condemning": part of the one request
    "game_spectators",  # the crowd at a game cheering play
    "attributive_participles",  # "the slain activist", "her widely criticized interview": a participle as an adjective
    "adjective_gerunds",  # "a widely appealing campaign", "declining deficits": an -ing adjective, no act
    "proposed_policies",  # "proposed billions of dollars in new spending": a policy, no offer to a party
    "media_appearances",  # "visited NBC's morning show to discuss": a guest on a broadcast, no talks
    "jibes",  # a dig or a jab at a place or a thing
    "offered_apologies",  # "offered an apology": the noun's CONCEDE, no AGREE
    "provoked_reactions",  # "inviting ridicule": a reaction provoked, no invitation
    "permitted_acts",  # "the rule permits delegates to back", "reluctant to endorse": no act done
    "unfounded_claims",  # "no evidence that the militia attacked": no act reported
    "wire_senses",  # economic policy eased, no one in particular blamed, an act dated before 1900
    "managed_people",  # "coordinating hundreds of volunteers": managing one's own people
    "talk_topics",  # "in talks about endorsing": the act talks are about
    "resumed_events",  # "talks resumed": the subject noun codes the one event
    "comments_withheld",  # "would not discuss the raid": comment withheld, no talks
    "claims_answered",  # a claim rebutted, an idea acquiesced in: words answered
    "state_aid",  # goods sold under a trade, not given as aid
    "blamed_causes",  # "blamed on weak demand": a cause with no party, no one accused
    "suit_contents",  # "a lawsuit alleging that": the suit's content, no second accusation
    "standing_instructions",  # "a sales playbook directed recruiters to": a text, no party asking
    "journeys_made",  # "flew to Denver for a dinner": a trip made, no intent to meet
    "words_refused",  # "refusal to call the attack terrorism": words refused, no REJECT
    "withheld_figures",  # "declined to offer an estimate", "refused to provide details": information withheld, no REJECT
    "delivered_messages",  # "delivering a forceful message about jobs": a statement to no one named, no CONSULT
    "company_arrivals",  # "Samsung is coming to Vietnam": a multinational entering a market, no visit
    "sport_bans",  # "banned for three matches": a sports ban, no COERCE
    "than_expected",  # "grew faster than expected": a forecast measured against, no promise
    "strategy_aims",  # "strategy for fighting", "withdrawal plans": an aim, no act
    "intended_acts",  # "bent on attacking": an act meant, not done
    "differing_views",  # "officials disagree on": a difference of views, no ACCUSE
    "nominal_participles",  # "the victims, the injured and": people, no act
    "blows_taken",  # "has taken a beating in the polls": suffered, no seizure
    "prepositional_participles",  # "barring a surprise, the incumbent will win": unless, no refusal
    "offered_qualities",  # "the airport offers one advantage": a feature, no offer to a party
    "figurative_killing",  # "bloggers are killing journalism": a figure of speech, no attack
    "career_gerunds",  # "made his name prosecuting": a biography, no act
    "spoken_topics",  # "spoke warmly about his kindness": speech to an audience, no talks
    "nonpartisan_support",  # "supports candidates from both parties": a practice, no act towards a party
    "funded_campaigns",  # "ads against her funded by two executives": campaign money, no aid
    "gerund_compounds",  # "an energy consulting firm" (no parse): a modifier, no act
    "private_sales",  # "agreed to sell the jet to a developer": a private sale, no agreement
    "manner_protests",  # "recalled its ambassador in protest": the verb codes the act, the noun no second one
    "comment_senses",  # "expressed concern over the arrest of": a comment (CAMEO 01x) and its topic
    "considered_options",  # "is considering sanctions", "weighs a troop increase": an option (CAMEO 014)
    "truce_fates",  # "the ceasefire could collapse": a standing truce's fate, no RETREAT
    "rallied_supporters",  # "rallied rural voters": support gathered, no demonstration
    "light_takes",  # "taking care of war widows", "took a tougher stance", "it took six hours": nothing seized
    "habitual_acts",  # "regularly meets with", "each summer meets": a habit in the simple present, no act
    "possible_acts",  # "little chance of officials being charged": a possibility weighed, no act
    "entitled_acts",  # "gives the opposition an opportunity to attack", "free to strike": no act done
    "barred_acts",  # "bars the agency from arresting", "refrained from attacking": no act done
    "asked_and_supposed",  # "Had the police arrested ...,", "Who will lead the talks", "Which countries have imposed ...?": asked or supposed
    "habit_frames",  # "tend to attack", "known for attacking": a habit or a reputation, no one act
    "stance_relatives",  # "voters who support the senator": a standing preference names a class of people, no act
    "life_stories",  # "As a student, ...", "her memoir describes how ...": a life or a work's story retold
    "rule_provisions",  # "Under the new rules, protesters can be jailed": a rule's provision, no act
    "market_objects",  # "traders attacked the currency": selling pressure, no party attacked
    "assailed_institutions",  # "an assault on the voting process", "a verbal assault": words, no force
    "released_documents",  # "she will release them" (the emails): records made public, no captive freed
    "greetings",  # "Nice to meet you": a greeting formula, no meeting
    "domestic_funding",  # "a bill funding the transport department": a budget line, no party aided
    "armed_states",  # "armed with a knife", "heavily armed bandits": what a party carries, no arming
    "fled_parties",  # "refugees fleeing the war": those who flee give no aid
    "ease_judgements",  # "it is easy to blame the ministry": an act judged easy or hard, not done
    "universal_clauses",  # "wherever the governor travels": an act at any place, no act at a time
    "speech_senses",  # "the senator's talk at the law school", "speak the language of": ways of speaking, no talks
    "attitude_changes",  # "have come to accept the deal": an attitude reached, no act
    "contest_exits",  # "evicted from the reality show": a contestant put out, no party coerced
    "complement_subjects",  # "argued her fight for the seat is relevant": a clause subject, no object of the speech verb
    "held_commitments",  # "he is committed to running": a stance held, no pledge made
    "argued_claims",  # "arguing the plan would make the threat worse": a claim made, no act
    "reported_tallies",  # "police reported 906 attacks": a count kept, no act of the police
    "targeted_trends",  # "targets a surge of vitriol": a policy against a trend, no party attacked
    "endangered_states",  # "could threaten our national security", "feel threatened by change": endangering, no threat
    "executions",  # "hung banners", "hangs on the vote": only people are hanged
    "press_contacts",  # "when contacted, the ministry declined to comment": the press contacting a party, no talks
    "headline_subjects",  # "Analysts Urge Caution", "Airline Lifts Forecast": a headline's private subject, no party
    "mood_subjects",  # "Tensions rose between Serbia and Kosovo": a mood changing, no party's act
    "felt_states",  # "felt threatened", "seemed intimidated": the subject's state, no act
    "directed_acts",  # "told the generals to withdraw", "hopes Damascus will release": an act told or hoped for
    "clause_concessions",  # "agrees the governor is reckless", "..., pollsters agree": a view shared, no AGREE
    "domestic_pledges",  # "pledged to create a million jobs", "a plan to cut student debt": domestic policy, no AGREE
    "embedded_questions",  # "is not saying which measures she would support": an act asked about, not reported
    "hosted_gatherings",  # "the fundraiser the senator hosted", "a forum hosted by": a gathering, no visit received
    "signed_instruments",  # "signed tough gun laws", "signed the goalkeeper to a contract": no pact between parties
    "high_ground",  # "tried to seize the moral high ground": a figure of speech, no seizure
    "predicate_participles",  # "the job is demanding", "the tone was threatening": a quality, no act
    "participle_meetings",  # "a man meeting the description": a participle after a noun meeting no party, no CONSULT
    "own_meetings",  # "the party's leaders met on Sunday", "a meeting of Ohio Republicans": one group, no CONSULT
    "withdrawn_backing",  # "withdrew its endorsement of the governor": a backing taken back, no SUPPORT
    "private_violence",  # "a man stabbed his neighbour after an argument": a private crime, no political party
    "own_members",  # "the party expelled its former leader": one actor acting on itself
)


def sense_checks() -> tuple[SenseCheck, ...]:
    """Every non-event sense check, in the order :func:`non_event` asks them: the checks of each
    module of :data:`_SENSE_MODULES` in turn, then this module's own."""
    from importlib import import_module

    modules = [import_module(f".{name}", __package__) for name in _SENSE_MODULES]
    return (*(c for m in modules for c in m.checks()), *_checks())


def _checks() -> tuple[SenseCheck, ...]:
    """This module's own checks: the keys are the lemmas, texts and categories the first guards of
    :func:`_by_word` and :func:`_by_category` test."""
    verbs = keys(
        _words("game-verb"), "shoot", _CONTEST_VERBS, _words("kill-verb"), _words("hazard-verb"), "seize", "blame", "reject",
        "dismiss", "offer", _words("fight-verb"), "launch", "wage", "start", "begin", "intensify", "lead", "announce", "kill",
        "stab", "hang", "impeach", words_of("needs-patient"), "accept", "rally", "demonstrate", "appeal", _words("arrive-verb"), _SELF_HELP,
    )
    nouns = keys("probe", "appeal", "rally", "rallies", "commitment", _words("fight-noun"))
    return (
        SenseCheck("questions, fiction, background, forecasts, frames, generic plurals, bids, ahead of", _any_word, any_word=True),
        # the checks of _any_word that need a word of their own in the sentence, one a check so
        # that each declares it (sense_checks: a check skipped where its sentence has none)
        SenseCheck("a yes/no question", _asked_yes_no, any_word=True, sentence_words=frozenset({"?"})),
        SenseCheck("a fiction frame", _in_fiction, any_word=True, sentence_words=_words("fiction-frame")),
        SenseCheck("a background clause", _in_background_clause, any_word=True, sentence_words=_words("background-span")),
        SenseCheck("a forecast", _forecast_check, any_word=True, sentence_words=_words("scenario-word") | _words("forecast-verb")),
        SenseCheck("framed by a noun", _framed_check, any_word=True, sentence_words=_words("frame-noun")),
        SenseCheck("a generic plural", _generic_plural_check, any_word=True, sentence_words=_words("generic-adverb")),
        SenseCheck("a commercial bid", _bid_check, any_word=True, sentence_words=frozenset({"bid"})),
        SenseCheck("ahead of", _ahead_of_check, any_word=True, sentence_words=frozenset({"ahead"})),
        SenseCheck("market demand, adjectives, sport, hazards, ills, campaigns, idioms", _by_word, lemmas=verbs | nouns, texts=keys("demand", "offensive", "coming", "upcoming", "free", "probe")),
        SenseCheck("a restriction lifted, a poll's share", _by_category, categories=_OPINION_CATEGORIES | {"COERCE"}),
    )


def _any_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """This module's checks that test no lemma, text or category first and need no word of their
    own in the sentence (none at present: each such check below declares its words)."""
    return False


def _asked_yes_no(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"Will the government expel the diplomats?" (:func:`_yes_no_question`: a "?" ends the sentence)."""
    return _yes_no_question(doc, t)


def _in_fiction(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"In the novel, a rebel army seizes ..." (:func:`_fiction_frame`: a ``fiction-frame`` word before its comma)."""
    return _fiction_frame(doc, t)


def _in_background_clause(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"Decades after soldiers stormed the parliament" (:func:`_background_clause`: a ``background-span`` word)."""
    return _background_clause(doc, t)


def _forecast_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"Analysts expect the junta to expel ..." (:func:`_forecast`: a ``scenario-word`` or a ``forecast-verb``)."""
    return _forecast(doc, t)


def _framed_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"the anniversary of the invasion", "fears of an attack" (:func:`_framed_by_noun`: a ``frame-noun``)."""
    return _framed_by_noun(doc, t)


def _generic_plural_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"street protests seldom topple governments": events in general, a tagger may say VERB
    (:func:`_generic_plural`: a ``generic-adverb`` right after the word)."""
    return _generic_plural(doc, t)


def _bid_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"launched a hostile bid for its rival" (CAMEO's LAUNCH * BID [160]; :func:`_commercial_bid`: "bid" after the verb)."""
    return t.pos == "VERB" and _commercial_bid(doc, t)


def _ahead_of_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"ahead of a meeting of the producers": an event still to come, reported as a time (:func:`_ahead_of`)."""
    return (t.pos == "NOUN" or t.pos == "PROPN") and _ahead_of(doc, t)


def _by_category(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """This module's checks that open with a test of the curated category."""
    if curated is not None and curated[1] == "COERCE" and _lifted(doc, t):
        return True  # "lifted a two-year state of emergency": the restriction ends (the verb's CONCEDE)
    if t.pos == "VERB" and curated is not None and curated[1] in _OPINION_CATEGORIES and _poll_share_subject(doc, t):
        return True  # "1 percent support the Green Party's candidate", "62 percent of Republicans agreed": a poll's share
    if t.pos == "VERB" and curated is not None and curated[1] in _OPINION_CATEGORIES and _answer_in_a_poll(doc, t):
        return True  # "Young voters agree in poll on gun laws", "Farmers oppose the deal in latest poll": respondents' answers
    return False


def _demand_that_moves(doc: AnnotatedDocument, t: Token) -> bool:
    """"demand" whose verb, the first after its own phrase in the clause, is a ``market-trend-verb``
    ("demand from China cooled", "Demand from China for soybeans fell"): buyers' demand, which rises
    and falls; a request is made, met or rejected. Read on the words, so both engines agree."""
    end = min(doc.sentences[t.sent].token_end, t.i + 9)
    for k in range(t.i + 1, end):
        w = doc.tokens[k]
        if w.text in (",", ";", ":", "--", "—") or w.pos == "AUX":
            return False
        if w.pos == "VERB":
            return w.text.lower() in _words("market-trend-verb") or w.lemma.lower() in _words("market-trend-verb")
    return False


def _by_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """This module's checks that open with a test of the lemma or the text."""
    lemma = t.lemma.lower()
    low = t.text.lower()
    if low == "demand" and _before(doc, t, 1) & _words("market-demand"):
        return True  # "weak demand in China": buyers' demand, not a request (a tagger may call it a verb)
    if low == "demand" and _demand_that_moves(doc, t):
        return True  # "demand from China cooled": a quantity that moves, not a request
    if low == "offensive" and curated is not None and curated[1] == "ASSAULT" and _offensive_adjective(doc, t):
        return True  # "offensive rhetoric", "called the statement offensive": the adjective
    if low in ("coming", "upcoming") and t.i + 1 < doc.sentences[t.sent].token_end and doc.tokens[t.i + 1].pos == "NOUN":
        return True  # "the coming months", "coming victories": an adjective of time
    if t.pos == "VERB":
        if lemma in _words("game-verb") and _sport_sentence(doc, t) and not spectators_strike_a_person(doc, draft, t):
            # (the crowd at the game striking a person is no play: game_spectators, e93 stop 48)
            return True  # "Brazil crushed Bolivia 5-0 in a qualifier", "India's openers attacked the bowling"
        if lemma == "shoot" and _score_object(doc, t):
            return True  # "shot a final-round 66": a golf score, not a shooting
        if lemma in _CONTEST_VERBS and _fights_for_a_prize(doc, t):
            return True  # "Tech giants are battling for customers": rivalry, no violence
        if lemma in _CONTEST_VERBS and _fights_off_competition(doc, t):
            return True  # "cut prices to fight off competition from Chinese rivals": business rivalry (e91, stop 48)
        if lemma == "threaten" and curated is not None and curated[1] == "THREATEN" and _private_threat_to_sue(doc, draft, t):
            return True  # "the bank threatened to sue the developer": a civil claim between private parties (e91, stop 48)
        if (lemma in _words("kill-verb") or lemma in _words("hazard-verb")) and _hazard_subject(doc, draft, t):
            return True  # "Lightning killed 12 people", "A lorry crashed into a bus, killing 17"
        if lemma == "seize" and _seized_on(doc, t):
            return True  # "the central bank seized on the weaker figures": took advantage of
        if lemma == "blame" and curated is not None and _blames_a_thing(doc, draft, t):
            return True  # "blaming fog and excessive speed": no party accused
        if lemma in ("reject", "dismiss") and _private_suit(doc, draft, t):
            return True  # "a judge rejected a landlord's lawsuit against two tenants": a civil ruling
        if lemma in ("reject", "dismiss") and _rejects_a_view(doc, t):
            return True  # "investors rejected the idea that the bank would cut rates": a belief turned down
        if lemma == "offer" and _price_per_share(doc, t):
            return True  # "offering $48 a share in cash": a purchase price
        if lemma in _words("fight-verb") and _fights_an_ill(doc, t):
            return True  # "Firefighters battled the blaze", "launched a campaign against obesity"
        if lemma in ("launch", "wage", "start", "begin", "intensify", "lead", "announce") and _campaign_against_an_ill(doc, t):
            return True  # "the president launched a campaign against corruption": a policy, no party opposed
        if lemma in _SELF_HELP and _reflexive_object(doc, t) and _self_help_particle(doc, t):
            return True  # "lift themselves out of poverty", "pulled himself up": self-help, no concession or retreat
        if curated is not None and lemma in ("shoot", "kill", "stab", "hang", "impeach") and _reflexive_object(doc, t):
            return True  # "shot himself in the parking lot": a suicide, no one else harmed; "helping him impeach himself": a figure
        if lemma == "offer" and curated is not None and curated[1] == "AGREE" and _offers_words(doc, t):
            return True  # "offered no proof", "offered his thoughts on", "offering their assessments"
        if curated is not None and curated[1] == "RETREAT" and lemma in words_of("needs-patient") and _released_thing(doc, draft, t):
            return True  # "the clip was released on Tuesday", "a poll released Friday", "released it to the Post"
        if low == "free" and _free_adjective(doc, t):
            return True  # "break free from", "is free to disclose", "free for families"
        if lemma == "accept" and curated is not None and curated[1] == "AGREE" and _that_follows(doc, t):
            return True  # "firmly accept that human activity is causing ...": a belief
        if lemma == "rally" and curated is not None and curated[1] == "PROTEST" and _has_object(doc, t):
            return True  # "rally the broad coalition of Republicans": gathering backers, no protest
        if lemma == "lead" and _next_text(doc, t) == "to":
            return True  # "eventually led to the current mass incarceration": a cause, no visit
        if lemma == "demonstrate" and curated is not None and curated[1] == "PROTEST" and (_shows_something(doc, t) or _as_shown(doc, t)):
            return True  # "to demonstrate conservative purity", "demonstrate that ...": to show
        if lemma == "appeal" and curated is not None and curated[1] == "REQUEST" and not _appeals_for(doc, t):
            return True  # "a way to appeal to his voter base", "whether to appeal": attraction, a court step
        if lemma in _words("arrive-verb") and _come_idiom(doc, t):
            return True  # "has come to respect", "for years to come", "came in second", "come to the conclusion"
        if curated is None and lemma in _words("arrive-verb") and _arrival_without_visitor(doc, draft, t):
            return True  # "when it comes to energy", "the vehicle came to a stop", "came under criticism"
        return False
    if low == "free" and curated is not None and _free_adjective(doc, t):
        return True  # the adjective: "free of conflicts of interest", "feel free to"
    if t.pos == "NOUN" or t.pos == "PROPN":
        if (lemma == "probe" or low == "probe") and _before(doc, t, 2) & _words("spacecraft-word"):
            return True  # "launched its lunar probe": a spacecraft, not an investigation
        if lemma == "appeal" and curated is not None and curated[1] == "REQUEST" and not _asks_for(doc, t):
            return True  # "his populist appeal", "Sanders' appeal among young voters": attraction
        if lemma in ("rally", "rallies") and curated is not None and (_before(doc, t, 2) & _words("campaign-word") or _before(doc, t, 2) & {"his", "her"}):
            return True  # "a campaign rally", "her victory rally", "the crowds at his rallies": a candidate's event
        if lemma == "commitment" and curated is not None and curated[1] == "AGREE" and not _made_commitment(doc, t):
            return True  # "his deep commitment to conservative principles": a value, not a promise given
        if lemma in _words("fight-noun") and _against_an_ill(doc, t):
            return True  # "a crackdown on tax evasion", "the fight against the virus": no party opposed
    return False


#: Verbs of contest whose "for" + a prize is rivalry: "battling for customers", "vie for votes".
_CONTEST_VERBS = frozenset({"battle", "fight", "vie", "compete", "jostle", "scramble"})


def _fights_for_a_prize(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb is followed by "for" and, within three words, a ``contest-prize`` noun ("battling
    for customers", "fight for market share"): a contest between rivals, no attack (batch 37);
    "battled rebels for control of the airport" has no prize and stays."""
    sent = doc.sentences[t.sent]
    words = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end or words[k] != "for":
        return False
    prize = _words("contest-prize")
    return any(words[j] in prize or doc.tokens[j].lemma.lower() in prize for j in range(k + 1, min(sent.token_end, k + 4)))


def _fights_off_competition(doc: AnnotatedDocument, t: Token) -> bool:
    """A contest verb with "off" or "back" and, within three words, a ``business-rival`` noun
    ("fight off competition from Chinese rivals", "battle back against competitors"): rivalry in a
    market, no attack (helper e91 at stop 48; CAMEO leaves business competition uncoded).  "Fought
    off an attack by rebels" has no such noun and stays."""
    sent = doc.sentences[t.sent]
    words = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end or words[k] not in ("off", "back"):
        return False
    rival = _words("business-rival")
    return any(words[j] in rival or doc.tokens[j].lemma.lower() in rival for j in range(k + 1, min(sent.token_end, k + 4)))


def _private_threat_to_sue(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"threatened to sue" (``lawsuit-verb`` after "to") with no party CAMEO codes in the sentence:
    "the bank threatened to sue the developer over unpaid loans" is a civil claim between private
    parties, which CAMEO leaves uncoded; "the ministry threatened to sue the broadcaster" (an
    official body) stays (helper e91 at stop 48)."""
    from .private_violence import coded_party_in_sentence
    from .sense_checks import to_verb_after

    if to_verb_after(doc, t, _words("lawsuit-verb")) is None:
        return False
    return not coded_party_in_sentence(doc, draft, t)


def _forecast(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` stands after a forecast verb (``forecast-verb``: expect, predict, imagine, ...) whose
    subject, within the six words before it, is a forecaster (``forecaster``: analysts, economists,
    investors) or a made-up future (``scenario-word``: a simulation, a war game): "Most analysts
    expect the junta to expel the ambassador", "A war game ... imagined China blockading Taiwan".
    Or the sentence's subject or opening frame, before its first verb, is a made-up future: "A
    simulation by the institute found that an invasion would ...", "Under the worst-case scenario
    ..., rebels would seize the port". A third party's forecast reports no act (batch 37); what the
    actor itself expects to do ("the government expects to sign") has no forecaster and stays."""
    sent = doc.sentences[t.sent]
    words = doc.lowered_texts()
    before = words[sent.token_start : t.i]
    lo = sent.token_start
    if ";" in before:
        lo = t.i - before[::-1].index(";")  # the clause after the last semicolon stands on its own
    forecasters = _words("forecaster")
    scenarios = _words("scenario-word")
    forecast_verbs = _words("forecast-verb")
    lemmas = doc.lowered_lemmas()
    if scenarios.isdisjoint(words[lo : t.i]) and forecast_verbs.isdisjoint(words[lo : t.i]) and forecast_verbs.isdisjoint(lemmas[lo : t.i]):
        return False  # neither a scenario word nor a forecast verb before it: the common case, read at C speed

    def scenario(j: int) -> bool:
        w = words[j]
        if w not in scenarios:
            return False
        return w not in ("game", "games") or (j > lo and words[j - 1] == "war")

    seen_verb = False
    for j in range(lo, t.i):
        w = doc.tokens[j]
        if words[j] == ";":
            return False
        if not seen_verb and scenario(j):
            return True  # the subject or the opening frame is a scenario
        if w.pos in ("VERB", "AUX") and words[j] not in ("drawn", "run", "made", "carried"):
            seen_verb = True  # (a participle inside the subject: "a war game run by a think tank")
        if w.pos in ("VERB", "NOUN") and (lemmas[j] in forecast_verbs or words[j] in forecast_verbs):
            if any(words[k] in forecasters or scenario(k) for k in range(max(lo, j - 6), j)):
                return _within_forecast(doc, j, t)
    return False


#: Words that close a forecast's clause: what follows is reported, not forecast ("Economists predicted
#: a recession, and on Tuesday the army shelled the capital"; "... after Russia attacked a refinery").
_CLAUSE_BREAKS = frozenset({"and", "but", "while", "whereas", "after", "because", "when", "since", "as", "before"})
#: Words before a past-tense form that keep it inside the forecast ("would have attacked", "to be seized").
_NOT_FINITE_BEFORE = frozenset({"to", "would", "will", "could", "might", "may", "should", "be", "been", "being", "have", "has", "had", "'d"})


def _within_forecast(doc: AnnotatedDocument, j: int, t: Token) -> bool:
    """The candidate ``t`` is inside the clause of the forecast verb at ``j``: no clause break
    (``_CLAUSE_BREAKS``, or a comma followed by one) between them, and ``t`` is no finite past-tense
    verb, which reports a fact ("... rise after Russia attacked a refinery")."""
    words = doc.lowered_texts()
    for k in range(j + 1, t.i):
        if words[k] in _CLAUSE_BREAKS and k > j + 1:
            return False
    if t.pos == "VERB" and words[t.i].endswith("ed") and t.i > 0 and words[t.i - 1] not in _NOT_FINITE_BEFORE:
        return False
    return True


def _framed_by_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` heads the of- or to-phrase of a ``frame-noun``: a past event recalled ("the third
    anniversary of the Russian invasion", "the memorial to the soldiers killed in the war") or a
    feared one ("fears of a Russian attack on the Baltic states"), none reported here (batch 37).
    A participle counts when it follows its noun ("the soldiers killed in ...")."""
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    if t.pos == "VERB":
        if not (t.text.lower().endswith("ed") and k > lo and doc.tokens[k].pos == "NOUN"):
            return False
    while k > lo and (doc.tokens[k].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN") or doc.tokens[k].text in ("'s", "’s", "-")):
        k -= 1
    if k <= lo or doc.tokens[k].text.lower() not in ("of", "to"):
        return False
    prev = doc.tokens[k - 1]
    return prev.text.lower() in _words("frame-noun") or prev.lemma.lower() in _words("frame-noun")


def _private_suit(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A court (``court-word`` subject) turns down a civil filing (``private-suit`` object) that no
    state, organisation or official body brought: "a judge rejected a landlord's lawsuit" rules
    between private parties (batch 33); "the court rejected the government's appeal" stays."""
    from . import _political
    from .senses import _noun_after, _object_head

    subj = _subject(doc, t)
    obj = _object_head(doc, t)
    if subj is None or obj is None or subj.text.lower() not in _words("court-word"):
        return False
    if obj.i + 2 < len(doc.tokens) and doc.tokens[obj.i + 1].text in ("'s", "\u2019s"):
        obj = _noun_after(doc, obj.i + 2, strict=True) or obj  # no parse: "a landlord's lawsuit"
    if obj.lemma.lower() not in _words("private-suit") and obj.text.lower() not in _words("private-suit"):
        return False
    for j in range(t.i + 1, obj.i):
        w = doc.tokens[j]
        actor = draft.actor_at(w.start, w.end)
        if actor is not None and _political(draft, actor):
            return False  # "rejected the ministry's claim": a state or official body brought it
    return True


def _rejects_a_view(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is a ``view-noun`` with a "that" clause, within four words ("rejected the
    idea that", "dismissed the notion that"): a belief is turned down, not a proposal (batch 33)."""
    sent = doc.sentences[t.sent]
    words = doc.lowered_texts()
    for j in range(t.i + 1, min(t.i + 5, sent.token_end - 1)):
        if words[j] in _words("view-noun"):
            return words[j + 1] == "that"
    return False


def _yes_no_question(doc: AnnotatedDocument, t: Token) -> bool:
    """The sentence of ``t`` is a yes/no question: it opens with an auxiliary or modal
    (``question-opener``) and ends with "?" ("Could sanctions push Moscow to the table?").
    It asks whether something happens and reports no event (batch 33); a wh-question
    ("Why did the army shell the town?") presupposes its event and is left alone."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    # the sentence's last word that is no quotation mark first: most sentences end in a full stop
    k = sent.token_end - 1
    while k >= sent.token_start and lows[k] in _QUOTES:
        k -= 1
    if k < sent.token_start or lows[k] != "?":
        return False
    words = [w for w in lows[sent.token_start : k + 1] if w not in _QUOTES]
    return len(words) > 2 and words[0] in _words("question-opener")


def _background_clause(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` stands in a clause opened by a long span and "after / since / before" ("Decades after
    soldiers stormed the parliament in 1973, ...", "years after the war killed thousands"), with no
    comma between: history recalled as background (``background-span``, batch 33)."""
    sent = doc.sentences[t.sent]
    words = doc.lowered_texts()
    for j in range(t.i - 1, sent.token_start, -1):
        if words[j] in (",", ";", ":"):
            return False
        if words[j] in ("after", "since", "before") and words[j - 1] in _words("background-span"):
            return True
    return False


def _generic_plural(doc: AnnotatedDocument, t: Token) -> bool:
    """A plural event noun (or a present-tense verb: "the union protests rarely") followed at once by an adverb of frequency (``generic-adverb``):
    "protests seldom topple governments", "sanctions rarely work" -- a generic statement
    (batch 33); "protests spread" or "protests often turned violent last week" are not asked:
    the past tense after the adverb reports what happened."""
    sent = doc.sentences[t.sent]
    words = doc.lowered_texts()
    if not words[t.i].endswith("s") or t.i + 2 >= sent.token_end or words[t.i + 1] not in _words("generic-adverb"):
        return False
    nxt = doc.tokens[t.i + 2]
    return not nxt.text.lower().endswith("ed")


def _fiction_frame(doc: AnnotatedDocument, t: Token) -> bool:
    """The sentence of ``t`` opens with a frame naming a made-up story -- "In the novel,",
    "In his latest film," (``fiction-frame``, at most four words before the comma): what
    follows is a plot, not a reported event (batch 33)."""
    sent = doc.sentences[t.sent]
    if sent.token_end - sent.token_start < 4 or doc.lowered_texts()[sent.token_start] != "in":
        return False  # (tested before the sentence's words are copied: few sentences open with "In")
    words = doc.lowered_texts()[sent.token_start : sent.token_end]
    if "," not in words[1:6]:
        return False
    comma = words.index(",", 1)
    return t.i > sent.token_start + comma and words[comma - 1] in _words("fiction-frame")


_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def _before(doc: AnnotatedDocument, t: Token, k: int) -> set[str]:
    """The lower-case words of the ``k`` tokens right before ``t`` in its sentence."""
    lo = doc.sentences[t.sent].token_start
    return {doc.tokens[j].text.lower() for j in range(max(lo, t.i - k), t.i)}


def _sport_sentence(doc: AnnotatedDocument, t: Token) -> bool:
    """A sport noun or a score in the sentence (:func:`.senses._sport`), or a ``sport-word`` of
    this module's own, which only the game verbs ask for ("defended his title", "India's openers
    attacked the bowling")."""
    from .senses import _sport

    if _sport(doc, t):
        return True
    sent = doc.sentences[t.sent]
    if not _words("sport-word").isdisjoint(doc.lowered_texts()[sent.token_start : sent.token_end]):
        return True
    return _match_phrase(doc, t)


#: Numbers that count goals in a match report ("from two goals down").
_SMALL_NUMBERS = frozenset({"one", "two", "three", "four", "five", "1", "2", "3", "4", "5"})


def _match_phrase(doc: AnnotatedDocument, t: Token) -> bool:
    """A phrase of a match report in the sentence: "in the first / second half" not followed by
    "of" (a half of the game, not "the second half of the year"), or a small number of goals
    ("from two goals down") -- for the game verbs only (helper e91 at stop 48)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(sent.token_start + 1, sent.token_end):
        if lows[k] == "half" and lows[k - 1] in ("first", "second") and (k + 1 >= sent.token_end or lows[k + 1] != "of"):
            return True
        if lows[k] == "goals" and lows[k - 1] in _SMALL_NUMBERS:
            return True
    return False


def _score_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is a bare number ("shot a final-round 66", "shot 68"), not a counted
    noun ("shot 12 people")."""
    if doc.has_parse:
        return any(c.dep in ("obj", "dobj") and c.pos == "NUM" for c in doc.children(t.i))
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        w = doc.tokens[k]
        if w.pos == "NUM" or w.text.isdigit():
            nxt = doc.tokens[k + 1] if k + 1 < sent.token_end else None
            return nxt is None or nxt.pos not in ("NOUN", "PROPN", "ADJ", "NUM")
        if w.pos not in ("DET", "ADJ") and w.text != "-":
            return False
    return False


def _hazard_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The one who kills is a force of nature, a disease or an accident ("Lightning killed",
    "An avalanche buried ... killing", "A fire broke out ..., killing three workers"): its
    head noun is a ``hazard`` word with no armed or national modifier ("Israeli fire",
    "tank fire", "sniper fire" stay violence). With a parse the subject is the verb's own or,
    for a participle clause ("..., killing 17"), the subject of the verb it hangs on; without
    one, the head of the sentence's first noun phrase before its first verb."""
    subj = _subject(doc, t)
    hazards = _words("hazard") | _words("vessel-hazard")  # "The oil tanker struck a reef"
    if subj is not None and subj.lemma.lower() not in hazards and subj.text.lower() not in hazards:
        subj = _hazard_compound(doc, subj, hazards) or subj
    if subj is not None and (subj.lemma.lower() in _words("blast-noun") or subj.text.lower() in _words("blast-noun")):
        return work_site_blast(doc, draft, t)
    if subj is None or subj.lemma.lower() not in hazards and subj.text.lower() not in hazards:
        return False
    if weapon_fire(doc, subj):
        return False  # "Mortar fire wounded five soldiers": the fire of weapons, no hazard
    sent = doc.sentences[t.sent]
    armed = _words("armed-context") | _words("military")
    for j in range(max(sent.token_start, subj.i - 3), min(sent.token_end, subj.i + 7)):
        w = doc.tokens[j]
        if j > subj.i and w.pos in ("VERB", "AUX"):
            break  # past the subject's own phrase ("fire from a helicopter gunship" is still in it)
        if w.text.lower() in armed or w.lemma.lower() in armed or w.text.lower().removesuffix("s") in armed:
            return False
        a = draft.actor_at(w.start, w.end)
        if a is not None and w.pos in ("ADJ", "PROPN") and j != subj.i and not _place_after_preposition(doc, draft, j, a):
            return False  # "Israeli fire", "fire from Russian positions"
    return True


def _place_after_preposition(doc: AnnotatedDocument, draft: Draft, j: int, actor_id: str) -> bool:
    """The actor at token ``j`` is a place after "in", "at" or "near" ("a blaze at a nightclub *in
    Bucharest*"): where the hazard struck, not a party firing it ("fire from Russian positions")
    -- helper e91 at stop 48."""
    actor = draft.actor_fields(actor_id)
    if actor is None or actor.kind not in ("location", "country"):
        return False
    k = j - 1
    lo = doc.sentences[doc.tokens[j].sent].token_start
    while k > lo and doc.tokens[k].pos in ("DET", "ADJ", "PROPN"):
        k -= 1
    return doc.lowered_texts()[k] in ("in", "at", "near")


def _hazard_compound(doc: AnnotatedDocument, subj: Token, hazards: frozenset[str]) -> Token | None:
    """A vehicle or hazard noun the parser made a compound modifier of the subject through a word
    between them ("A *bus* carrying pilgrims plunged ...": spaCy's subject "pilgrims", with "bus
    carrying" as compounds): the hazard that is the real subject; a modifier right before the
    subject is its own ("truck drivers") -- helper e91 at stop 48."""
    if not doc.has_parse:
        return None
    todo = [subj]
    while todo:  # down the chain of compounds: "bus" <- "carrying" <- "pilgrims"
        for c in doc.children(todo.pop().i):
            if c.dep == "compound" and c.i < subj.i:
                # not the subject's own modifier ("*Truck* drivers blocked roads": drivers act)
                if c.i < subj.i - 1 and (c.lemma.lower() in hazards or c.text.lower() in hazards):
                    return c
                todo.append(c)
    return None


def work_site_blast(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A blast or explosion as the subject is an accident when its sentence names a work site
    (``work-site``: a plant, factory, mine, mill, refinery) and no weapon, attack or armed party
    (``blast-weapon``, ``armed-context``): "A blast at a fertiliser factory killed nine workers",
    "An explosion tore through a coal mine, killing 21 miners" -- CAMEO codes no event for a death in
    an explosion with no perpetrator (CAMEO 2.0 verb dictionary, DIE: "* (IN EXPLOSION) [---]").
    "A bomb blast at a police station", "An explosion in a crowded market" stay attacks
    (helper e91 at stop 48)."""
    sent = doc.sentences[t.sent]
    lows, lems = doc.lowered_texts(), doc.lowered_lemmas()
    span = range(sent.token_start, sent.token_end)
    if not any(lows[k] in _words("work-site") or lems[k] in _words("work-site") for k in span):
        return False
    weapon = _words("blast-weapon")
    if any(lows[k] in weapon or lems[k] in weapon for k in span):
        return False
    from .senses import armed_party

    return not armed_party(doc, draft, t, "armed-context")


def _subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    if doc.has_parse:
        verb = t
        for _ in range(3):
            subj = next((c for c in doc.children(verb.i) if c.dep in ("nsubj", "nsubj:pass")), None)
            if subj is not None:
                return subj
            if verb.dep in ("advcl", "xcomp", "conj", "acl") and verb.head is not None:
                verb = doc.tokens[verb.head]
            else:
                return None
        return None
    sent = doc.sentences[t.sent]
    head = None
    for k in range(sent.token_start, t.i):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            head = w
        elif w.pos in ("VERB", "AUX"):
            return head
        elif w.pos not in ("DET", "ADJ", "NUM") and w.text != "-":
            if head is not None:
                return head
    return head


def _seized_on(doc: AnnotatedDocument, t: Token) -> bool:
    """"seized on/upon" + a noun phrase that is no time and no object of its own: "seized on
    the data", not "seized on Monday two tonnes of cocaine" or "seized the ship on Friday"."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k >= sent.token_end or doc.tokens[k].text.lower() not in ("on", "upon"):
        return False
    if doc.has_parse and any(c.dep in ("obj", "dobj") for c in doc.children(t.i)):
        return False
    for j in range(k + 1, min(sent.token_end, k + 6)):
        w = doc.tokens[j]
        if w.lemma.lower() in _words("time-word") or w.text.lower() in _words("time-word"):
            return False
        if w.pos in ("NOUN", "PROPN", "PRON"):
            return True
    return False


def _blames_a_thing(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"blamed fog and excessive speed", "blaming a warm autumn": what is blamed is a cause that
    is no party (``blamed-cause``: weather, seasons, prices, faults), with no name in its phrase
    and no "on" phrase after it, which would name the blamed ("blamed the attack on Hamas")."""
    from ..nominals import nominal_kind
    from .senses import _object_head

    obj = _object_head(doc, t)
    if obj is None or obj.pos != "NOUN" or draft.actor_at(obj.start, obj.end) is not None or nominal_kind(obj) is not None:
        return False
    if obj.lemma.lower() not in _words("blamed-cause") and obj.text.lower() not in _words("blamed-cause"):
        return False  # only causes no one is: an unlisted noun may be a party ("blamed foreigners", "the media")
    sent = doc.sentences[t.sent]
    for j in range(t.i + 1, obj.i):
        w = doc.tokens[j]
        if w.pos == "PROPN" or draft.actor_at(w.start, w.end) is not None:
            return False  # "blaming an al Qaeda affiliate": a named party's unit
    if doc.has_parse and any(
        c.dep.startswith("obl") and any(k.dep == "case" and k.text.lower() in ("on", "upon") for k in doc.children(c.i)) for c in doc.children(t.i)
    ):
        return False  # "blamed a powerful explosion that hit a checkpoint on Kurdish militants"
    for j in range(obj.i + 1, min(sent.token_end - 1, obj.i + 16)):
        w = doc.tokens[j]
        nxt = doc.tokens[j + 1]
        if w.text.lower() in ("on", "upon") and nxt.lemma.lower() not in _words("time-word") and nxt.text.lower() not in _words("time-word"):
            return False  # "blamed the attack on Hamas", "blamed the law on Democratic politicians"
        if draft.actor_at(w.start, w.end) is not None and w.pos in ("PROPN", "NOUN"):
            return False
    return True


def _ills() -> frozenset[str]:
    """What governments and crews fight that is no party: hazards, diseases and social ills."""
    return _words("hazard") | _words("social-ill")


def _fights_an_ill(doc: AnnotatedDocument, t: Token) -> bool:
    """A fighting verb whose object is a fire, a disease or a social ill ("battled the blaze for six
    hours", "tackle obesity"), or which starts a campaign or fight against one ("launched a
    campaign against obesity"): no party is attacked, accused or asked."""
    from .senses import _object_head

    obj = _object_head(doc, t)
    if obj is None:
        return False
    head = obj.lemma.lower()
    if head in _ills() or obj.text.lower() in _ills():
        return True
    return head in _words("fight-noun") and _against_an_ill(doc, obj)


def _against_an_ill(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun is followed by "against" / "on" / "to" and a phrase whose head is an ill ("a
    crackdown on tax evasion", "the fight against malaria")."""
    from .senses import _noun_after

    k = t.i + 1
    sent = doc.sentences[t.sent]
    if k >= sent.token_end or doc.tokens[k].text.lower() not in ("against", "on"):
        return False
    head = _noun_after(doc, k + 1)
    return head is not None and (head.lemma.lower() in _ills() or head.text.lower() in _ills())


def _campaign_against_an_ill(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object, within four words, is a ``fight-noun`` against an ill ("launched a
    campaign against corruption", "waged a war on drugs") -- :func:`_against_an_ill` of that noun."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        w = doc.tokens[k]
        if w.lemma.lower() in _words("fight-noun") or w.text.lower() in _words("fight-noun"):
            return _against_an_ill(doc, w)
        if w.pos not in ("DET", "ADJ", "NOUN", "PRON", "NUM"):
            return False
    return False


def _price_per_share(doc: AnnotatedDocument, t: Token) -> bool:
    """"offering $48 a share", "offered 310 pence per share": a money amount per share within
    the eight words after the verb."""
    sent = doc.sentences[t.sent]
    words = [doc.tokens[k].text.lower() for k in range(t.i + 1, min(sent.token_end, t.i + 9))]
    money = any(w in ("$", "€", "£", "¥") or w.replace(",", "").replace(".", "").isdigit() for w in words)
    return money and any(a in ("a", "per", "each") and b in ("share", "shares") for a, b in zip(words, words[1:]))


def _commercial_bid(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is a bid that a ``commerce-bid`` word makes a purchase ("a hostile bid",
    "a takeover bid", "an all-cash bid"), not a political one ("a bid to isolate Iran")."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, min(sent.token_end, t.i + 6)):
        w = doc.tokens[k]
        if w.lemma.lower() == "bid" or w.text.lower() == "bid":
            return bool(_before(doc, w, 2) & _words("commerce-bid"))
        if w.pos not in ("DET", "ADJ", "NOUN", "NUM") and w.text != "-":
            return False
    return False


def _ahead_of(doc: AnnotatedDocument, t: Token) -> bool:
    """The event noun is the object of "ahead of" ("ahead of a meeting of the big producers",
    "ahead of the talks"): the event is still to come and dates the sentence's own event."""
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k > lo and (doc.tokens[k].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN") or doc.tokens[k].text in ("'s", "’s", "-")):
        k -= 1
    return k > lo and doc.tokens[k].text.lower() == "of" and doc.tokens[k - 1].text.lower() == "ahead"


def _lifted(doc: AnnotatedDocument, t: Token) -> bool:
    """The restriction noun is what a ``lift-verb`` ends ("lifted the curfew", "a state of
    emergency was lifted", "eased the ban"): the lifting is the event (CONCEDE, PLOVER manual
    sec. CONCEDE: "removing curfews"), not the curfew's imposition."""
    lift = _words("lift-verb")
    if doc.has_parse:
        if t.dep in ("obj", "nsubj:pass") and t.head is not None:
            return doc.tokens[t.head].lemma.lower() in lift
        return False
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 5) - 1, -1):
        w = doc.tokens[k]
        if w.lemma.lower() in lift or w.text.lower() in lift:
            return True
        if w.pos not in ("DET", "ADJ", "NUM", "NOUN", "PROPN") and w.text not in ("-", "'s", "’s"):
            return False
    return False


def _arrival_without_visitor(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """CAMEO's ARRIVE block codes "come/arrive in", "to", "from" alone as a visit or aid (046,
    040, 073); a visit needs a visitor. So "come" names no event when what comes is no actor, no
    person or group and no ``arrival-cargo`` (aid, supplies, troops, a delegation): "when *it*
    comes to ads", "the *response* came in a series of tweets", "his *vehicle* came to a stop",
    "*exports* come to the United States"; nor with "under" ("came under criticism", as CAMEO's
    own "under censure/fire/pressure" ---)."""
    from ..nominals import nominal_kind

    sent = doc.sentences[t.sent]
    if t.i + 1 < sent.token_end and doc.tokens[t.i + 1].text.lower() == "under":
        return True
    subj: Token | None = None
    if doc.has_parse:
        subj = next((c for c in doc.children(t.i) if c.dep in ("nsubj", "expl")), None)
        if subj is None and t.dep in ("relcl", "acl:relcl") and t.head is not None:
            subj = doc.tokens[t.head]  # "the minister, who arrived in Kabul"
    else:
        k = t.i - 1
        while k >= sent.token_start and (doc.tokens[k].pos in ("AUX", "ADV", "PART") or doc.tokens[k].text.lower() in ("has", "had", "have", "will", "would")):
            k -= 1
        if k >= sent.token_start and doc.tokens[k].pos in ("NOUN", "PROPN", "PRON"):
            subj = doc.tokens[k]
    if subj is None:
        return False
    low = subj.text.lower()
    if subj.pos == "PRON":
        return low in ("it", "this", "that", "there", "what", "which")
    if draft.actor_at(subj.start, subj.end) is not None or nominal_kind(subj) is not None or subj.pos == "PROPN":
        return False
    return subj.lemma.lower() not in _words("arrival-cargo") and low not in _words("arrival-cargo")


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves"})
#: Verbs of raising oneself ("lift themselves out of poverty", "pulled himself up"): with a
#: reflexive object and "out" or "up" they tell of self-help, not of a concession lifted or a
#: force pulled back (stop 32, lead; dev batch 58).
_SELF_HELP = frozenset({"lift", "pull", "haul", "drag", "claw"})
_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "am"})


def _reflexive_object(doc: AnnotatedDocument, t: Token) -> bool:
    """"shot himself", "hanged herself": the verb's next word is a reflexive pronoun."""
    nxt = t.i + 1
    return nxt < doc.sentences[t.sent].token_end and doc.tokens[nxt].text.lower() in _REFLEXIVES


def _self_help_particle(doc: AnnotatedDocument, t: Token) -> bool:
    """The word after the verb's reflexive object is "out" or "up" ("lift themselves *out* of
    poverty", "pulled himself *up*")."""
    k = t.i + 2
    return k < doc.sentences[t.sent].token_end and doc.tokens[k].text.lower() in ("out", "up")


def _offers_words(doc: AnnotatedDocument, t: Token) -> bool:
    """The object of "offer" is something said (``said-thing``: proof, advice, thoughts, an
    assessment, congratulations), not something a party would give or do (talks, aid, a truce):
    "offered no proof", "offered his thoughts on military readiness"."""
    from .senses import _object_head

    obj = _object_head(doc, t)
    if obj is None and not doc.has_parse:
        return False
    if obj is None:
        # "offered the crowd an emotional evaluation": the second object
        objs = [c for c in doc.children(t.i) if c.dep in ("iobj", "obj", "dobj")]
        obj = objs[-1] if objs else None
    if obj is None:
        return False
    said = _words("said-thing")
    # "offering students hope of a better job": with two objects, the thing offered is the second
    objs = [obj, *(c for c in doc.children(t.i) if c.dep in ("obj", "dobj") and c.i > obj.i)] if doc.has_parse else [obj, *_next_noun(doc, obj)]
    return any(o.lemma.lower() in said or o.text.lower() in said for o in objs)


def _next_noun(doc: AnnotatedDocument, obj: Token) -> list[Token]:
    """Without a parse, a second object right after the first ("offering students *hope*")."""
    k = obj.i + 1
    end = doc.sentences[obj.sent].token_end
    while k < end and (doc.tokens[k].pos in ("DET", "ADJ", "NUM") or doc.tokens[k].text.lower() in ("few", "several", "many", "some")):
        k += 1  # "offered reporters a few caveats" (a tagger may not call "few" an adjective)
    return [doc.tokens[k]] if k < end and doc.tokens[k].pos == "NOUN" else []


#: The most complements climbed from an infinitive to the word whose subject controls it ("is
#: due to be released": "released" -> "due" -> "is").
_MAX_CONTROL = 3


def _released_thing(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """What is released is a thing, in the shapes the object check of :func:`.senses.sense` does
    not see: a passive subject ("the clip was released"), the noun a participle or a relative
    clause modifies ("a poll released Friday", "the records that Trump released"), or "it"."""
    from ..nominals import nominal_kind
    from .senses import _counted

    def thing(o: Token) -> bool:
        if _of_a_document(doc, o):
            return True  # "a poll of 600 voters released Monday": the poll is released, not the voters (stop 37, e38)
        o = _counted(doc, o)  # "hundreds of prisoners were released": the prisoners
        if o.lemma.lower() in _words("quantity") or o.text.lower() in _words("quantity"):
            return False  # a count whose of-phrase is not read: not known to be a thing
        if o.pos == "PRON":
            return o.text.lower() == "it"
        if o.pos == "NOUN" and o.lemma.lower() in _words("document-noun"):
            return True  # "a poll released Monday": a document, though "a poll found ..." makes it a source
        if o.pos in ("NOUN", "PROPN") and (o.lemma.lower() in _words("released-document") or o.text.lower() in _words("released-document")):
            return True  # "the court order released Wednesday said": a document made public, even one the actor pass made an actor (stop 38, e41)
        return o.pos == "NOUN" and draft.actor_at(o.start, o.end) is None and nominal_kind(o) is None and o.lemma.lower() not in words_of("captive")

    sent = doc.sentences[t.sent]
    if doc.has_parse:
        kids = doc.children(t.i)
        if any(c.dep in ("obj", "dobj") and c.pos != "PRON" for c in kids):
            return False  # an object of its own: the sense check reads it
        cands = [c for c in kids if c.dep in ("nsubj:pass", "obj", "dobj")]
        if t.dep == "conj" and t.head is not None and doc.tokens[t.head].dep in ("acl", "relcl", "acl:relcl") and not cands:
            t = doc.tokens[t.head]  # "an interview recorded and released on Friday": the first participle's noun (stop 43, e65)
        if t.dep in ("acl", "relcl", "acl:relcl") and t.head is not None:
            # the noun a relative clause modifies stands for its pronoun ("cables that were later
            # released": the cables, stop 43, e65), and for a reduced relative's missing subject
            cands = [doc.tokens[t.head] if c.text.lower() in ("that", "which") else c for c in cands] or [doc.tokens[t.head]]
        elif not cands and t.dep == "xcomp":
            # the controlling word's subject is what an infinitive releases, up a chain of
            # complements ("the documentary is due to be released": the documentary; "the hostages
            # are expected to be released" keeps them; stop 43, e65)
            head = t
            for _ in range(_MAX_CONTROL):
                if head.dep != "xcomp" or head.head is None:
                    break
                head = doc.tokens[head.head]
                cands = [c for c in doc.children(head.i) if c.dep in ("nsubj", "nsubj:pass")]
                if cands:
                    break
        return bool(cands) and all(thing(c) for c in cands)
    # without a parse: "<noun> was/were (being) released" or "<noun> released <time word>"
    k = t.i - 1
    passive = False
    while k >= sent.token_start and (doc.tokens[k].text.lower() in _BE_FORMS | {"being", "not", "never", "been"} or doc.tokens[k].pos == "ADV"):
        passive = passive or doc.tokens[k].text.lower() in _BE_FORMS | {"being", "been"}
        k -= 1  # (an adverb passed too: "the cables were later released", stop 43, e65)
    if passive and k > sent.token_start and doc.tokens[k].text == ",":
        k = _before_aside(doc, sent.token_start, k)  # "the emails and files, most of them from 2015, be released" (stop 38, e41)
    nxt = doc.tokens[t.i + 1] if t.i + 1 < sent.token_end else None
    reduced = nxt is not None and (nxt.lemma.lower() in _words("time-word") or nxt.text.lower() in ("last", "on", "this", "earlier"))
    if k >= sent.token_start and (passive or reduced) and doc.tokens[k].pos == "NOUN":
        return thing(doc.tokens[k])
    return nxt is not None and nxt.text.lower() == "it"


def _before_aside(doc: AnnotatedDocument, lo: int, comma: int) -> int:
    """The word before the aside that closes with the comma at ``comma`` ("the emails and
    files*,* most of them from 2015*,* be released": "files"), so that the released thing is read past
    a participle or an apposition; ``comma`` itself when no opening comma comes after ``lo``."""
    for k in range(comma - 1, lo, -1):
        if doc.tokens[k].text == ",":
            return k - 1
    return comma


def _of_a_document(doc: AnnotatedDocument, o: Token) -> bool:
    """``o`` heads the of-phrase of a document noun ("a survey of 600 likely voters", "a poll of
    registered voters"): a participle hung on it describes the document (issue 14, stop 37, e38).
    Read on the words: back over the phrase's numbers, adjectives and nouns to "of"."""
    lo = doc.sentences[o.sent].token_start
    k = o.i - 1
    while k > lo and (doc.tokens[k].pos in ("NUM", "ADJ", "NOUN", "PROPN", "ADV") or doc.tokens[k].pos == "VERB" and doc.tokens[k].text.lower().endswith(("ed", "ing"))):
        k -= 1  # "of 400 registered Hispanic voters": a participle as an adjective too
    if k <= lo or doc.tokens[k].text.lower() != "of":
        return False
    head = doc.tokens[k - 1]
    return head.pos == "NOUN" and (head.lemma.lower() in _words("document-noun") or head.text.lower() in _words("document-noun"))


def _free_adjective(doc: AnnotatedDocument, t: Token) -> bool:
    """"free" as an adjective: after a form of "be", "feel", "break" ("is free to", "feel free",
    "break free from"), or before "of", "for", "from" ("free of conflicts of interest", "free for
    families"); not "freed", nor "free the hostages"."""
    if t.text.lower() != "free":
        return False
    sent = doc.sentences[t.sent]
    prev = doc.tokens[t.i - 1] if t.i > sent.token_start else None
    nxt = doc.tokens[t.i + 1] if t.i + 1 < sent.token_end else None
    if prev is not None and (prev.text.lower() in _BE_FORMS or prev.lemma.lower() in ("be", "feel", "break", "remain", "become", "stay", "go", "walk")):
        return True
    return nxt is not None and nxt.text.lower() in ("of", "for", "from")


def _that_follows(doc: AnnotatedDocument, t: Token) -> bool:
    """A "that" clause right after the verb (an adverb may stand between): "accept that ...", not
    the determiner ("accepted that invitation")."""
    sent = doc.sentences[t.sent]
    k = after_adverbs(doc, t)
    if k >= sent.token_end or doc.tokens[k].text.lower() != "that":
        return False
    if doc.has_parse:
        return doc.tokens[k].dep == "mark" or doc.tokens[k].pos == "SCONJ"  # not "accepted that invitation"
    return k + 1 < sent.token_end and doc.tokens[k + 1].pos != "NOUN"


_SHARE_WORDS = ("percent", "per", "%", "pct")


#: Categories a poll's answer can look like: respondents "agreed", "supported", "opposed", "blamed".
_OPINION_CATEGORIES = frozenset({"SUPPORT", "AGREE", "REJECT", "ACCUSE", "REQUEST"})


def _poll_share_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The subject is a share of respondents: "percent" / "%" right before the verb ("1 percent
    support Stein") or before a short of-phrase ("Sixty-two percent of Republicans agreed", stop
    30): a poll's answer, not a party's act."""
    lo = doc.sentences[t.sent].token_start
    k = before_adverbs(doc, t)
    if k >= lo and doc.tokens[k].text.lower() in _SHARE_WORDS:
        return True
    lows = doc.lowered_texts()
    for j in range(k, max(lo, k - 5) - 1, -1):
        if lows[j] == "of":
            return j - 1 >= lo and lows[j - 1] in _SHARE_WORDS
        if doc.tokens[j].pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            return False
    return False


def _answer_in_a_poll(doc: AnnotatedDocument, t: Token) -> bool:
    """"in" + a ``poll-word`` (poll, survey) within a few words after the verb, in its clause ("agree
    in poll on", "support the governor in a new survey", "oppose the deal in latest poll"): the
    subject's answers to a poll, not a party's act (as :func:`_poll_share_subject` reads "62
    percent of Republicans agreed")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    polls = _words("poll-word")
    for k in range(t.i + 1, min(sent.token_end, t.i + 8)):
        if lows[k] in (",", ";", ":") or (doc.tokens[k].pos == "VERB" and k > t.i + 1):
            return False
        if lows[k] == "in" and any(lows[j] in polls for j in range(k + 1, min(sent.token_end, k + 4))):
            return True
    return False


def _has_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb has a direct object (with a parse), or a determiner or a possessive right after it."""
    if doc.has_parse:
        # the object right after the verb or after a determiner ("rallied outside parliament" may
        # be parsed with "parliament" as an object, "outside" as an adjective)
        return any(
            c.dep in ("obj", "dobj") and c.i > t.i and (c.i == t.i + 1 or doc.tokens[t.i + 1].pos in ("DET", "PRON"))
            and all(doc.tokens[k].pos in ("DET", "ADJ", "NUM", "PRON") for k in range(t.i + 1, c.i))
            for c in doc.children(t.i)
        )
    nxt = t.i + 1
    return nxt < doc.sentences[t.sent].token_end and (doc.tokens[nxt].pos == "DET" or doc.tokens[nxt].text.lower() in ("his", "her", "their", "its", "our"))


def _asks_for(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun "appeal" is followed, within eight words and before a comma, by "for" or "to"
    ("an appeal for calm", "his appeal to Western leaders for jets", "an appeal by the Red Cross
    for access"): a request; "his populist appeal", "the appeal of radical change" are none, and so
    is an appeal that is the subject of a present verb of reach, whose own "to" follows ("her appeal
    reaches well beyond her home district": attraction; e54, stop 41)."""
    sent = doc.sentences[t.sent]
    nxt = t.i + 1
    if nxt < sent.token_end and doc.tokens[nxt].pos == "VERB" and doc.tokens[nxt].text.lower().endswith("s") and doc.tokens[nxt].text.lower() != doc.tokens[nxt].lemma.lower():
        return False
    for k in range(t.i + 1, min(sent.token_end, t.i + 9)):
        w = doc.tokens[k].text.lower()
        if w in (",", ";", ".", "among", "of"):
            return False
        if w in ("for", "to"):
            return True
    return False


def _made_commitment(doc: AnnotatedDocument, t: Token) -> bool:
    """"commitment" is a promise given when a verb of giving or stating governs it ("made a
    commitment to send troops", "reaffirmed their commitment", ``commit-verb``); "his deep
    commitment to conservative principles", "America's commitment to Europe" name a value."""
    verbs = _words("commit-verb")
    if doc.has_parse:
        if t.head is None or t.dep not in ("obj", "dobj", "nsubj:pass"):
            return False
        head = doc.tokens[t.head]
        return head.lemma.lower() in verbs or head.text.lower() in verbs
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 5) - 1, -1):
        w = doc.tokens[k]
        if w.lemma.lower() in verbs or w.text.lower() in verbs:
            return True
        if w.pos not in ("DET", "ADJ", "ADV", "PRON", "NOUN", "PROPN") and w.text not in ("'s", "’s"):
            return False
    return False


def _next_text(doc: AnnotatedDocument, t: Token, k: int = 1) -> str:
    """The lower-case text of the ``k``-th token after ``t`` in its sentence ("" past its end)."""
    j = t.i + k
    return doc.tokens[j].text.lower() if j < doc.sentences[t.sent].token_end else ""


def _to_verb(doc: AnnotatedDocument, t: Token, pos: tuple[str, ...] = ("VERB", "AUX", "NOUN")) -> int | None:
    """The index of the verb of "to" + (an adverb) + a verb right after ``t`` ("vowed to quickly
    push for", "promised to scrap"), or None; ``pos`` are the tags the verb may carry (a tagger
    may call "push" a noun)."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k >= sent.token_end or doc.lowered_texts()[k] != "to":
        return None
    k += 1
    if k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1
    return k if k < sent.token_end and doc.tokens[k].pos in pos else None


def _offensive_adjective(doc: AnnotatedDocument, t: Token) -> bool:
    """"offensive" as an adjective: before a noun ("offensive rhetoric"), after a form of "be", an
    adverb or "and" ("has been offensive", "deliberately offensive"), or before "and", "to" or a
    comma or full stop after a noun it describes ("called the statement offensive and
    outlandish"); "an offensive against the rebels", "the ground offensive" stay nouns."""
    sent = doc.sentences[t.sent]
    prev = doc.tokens[t.i - 1] if t.i > sent.token_start else None
    nxt = doc.tokens[t.i + 1] if t.i + 1 < sent.token_end else None
    if nxt is not None and nxt.pos == "NOUN":
        return True
    if prev is None:
        return False
    if prev.text.lower() in _BE_FORMS - {"'s"} or prev.pos == "ADV" or prev.text.lower() in ("and", "so", "too", "very", "deeply", "more", "most"):
        return True
    return prev.text.lower() not in ("the", "an", "a", "its", "their", "his", "her") and prev.pos in ("NOUN", "PROPN", "PUNCT") and (
        nxt is None or nxt.text.lower() in ("and", "to", ",", ".", '"', "”", "or")
    )


def _shows_something(doc: AnnotatedDocument, t: Token) -> bool:
    """"demonstrate" + what is shown -- a noun phrase, "that", "how", "to" -- is to show; a protest
    is "demonstrated in the capital", "against the law", or ends the clause."""
    nxt = doc.tokens[t.i + 1] if t.i + 1 < doc.sentences[t.sent].token_end else None
    if nxt is None or nxt.pos == "PUNCT":
        return False
    if nxt.text.lower() in ("that", "how", "what", "why", "to", "whether", "without"):
        return True
    return nxt.pos in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM")


def _as_shown(doc: AnnotatedDocument, t: Token) -> bool:
    """"demonstrate" in a clause of manner after a comma -- ", as she demonstrated at the dinner",
    ", as he has demonstrated in recent speeches" -- says what the main clause's quality was shown
    by: to show.  The clause is ", as" + one pronoun or a "the" + noun subject + an optional
    perfect auxiliary right before the verb; a temporal "As thousands demonstrated outside, ..."
    opens the sentence and stays (issue 14, stop 40, e48; dev batch 93)."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    if k > lo and lows[k] in ("has", "have", "had", "'s", "’s", "'ve", "’ve"):
        k -= 1
    if k > lo and lows[k] in ("he", "she", "it", "they", "we", "i", "you"):
        k -= 1
    elif k - 1 > lo and doc.tokens[k].pos in ("NOUN", "PROPN") and lows[k - 1] in ("the", "his", "her", "their"):
        k -= 2
    else:
        return False
    return k - 1 >= lo and lows[k] == "as" and lows[k - 1] == ","


def _appeals_for(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb "appeal" asks for something: "for" within twelve words, or "to" + a verb after its
    addressee ("appealed to residents to stay indoors"), before a full stop or a semicolon;
    "to appeal to his voter base" (attraction) and "decided not to appeal" (a court step) do not."""
    sent = doc.sentences[t.sent]
    seen_to = False
    for k in range(t.i + 1, min(sent.token_end, t.i + 13)):
        w = doc.tokens[k]
        low = w.text.lower()
        if low in (".", ";"):
            return False
        if low == "for":
            return True
        if low == "to":
            if seen_to and k + 1 < sent.token_end and doc.tokens[k + 1].pos not in ("DET", "PROPN", "NUM", "PRON"):
                return True
            seen_to = True
    return False


#: Possessive determiners, which spaCy tags PRON: they stand inside a noun phrase like "the".
_POSSESSIVE_DETERMINERS = frozenset({"its", "his", "her", "their", "our", "my", "your"})


def _come_idiom(doc: AnnotatedDocument, t: Token) -> bool:
    """Idioms of "come" that go nowhere: "come to" + a verb ("has come to respect") or a state
    (``come-to-state``: a conclusion, an end, power, terms), "years to come", "came in second",
    "come with" (carry), "come around to" (change one's mind)."""
    sent = doc.sentences[t.sent]
    nxt = _next_text(doc, t)
    after = doc.tokens[t.i + 2] if t.i + 2 < sent.token_end else None
    if nxt == "to" and after is not None:
        if after.pos == "VERB" or after.pos == "AUX":
            return True
        k = t.i + 2
        while k < sent.token_end and (doc.tokens[k].pos in ("DET", "ADJ") or doc.lowered_texts()[k] in _POSSESSIVE_DETERMINERS):
            k += 1  # "came to its odd conclusion": a possessive is a determiner, whatever the tagger calls it (stop 41, e51)
        while k + 1 < sent.token_end and doc.tokens[k].pos == "NOUN" and doc.tokens[k + 1].pos == "NOUN":
            k += 1  # the head is the phrase's last noun (the rules tagger may call "odd" a noun)
        if k < sent.token_end and (doc.tokens[k].lemma.lower() in _words("come-to-state") or doc.tokens[k].text.lower() in _words("come-to-state")):
            return True
    if nxt in ("with", "around", "true") or nxt == "in" and after is not None and after.text.lower() in ("first", "second", "third", "fourth", "last"):
        return True
    if nxt in ("close", "closer", "near", "nearer"):
        return True  # "nobody comes closer to her experience", "came close to collapse": nearly, no visit
    prev = doc.tokens[t.i - 1] if t.i > sent.token_start else None
    return prev is not None and prev.text.lower() == "to" and (nxt in ("", ",", ".", "in", "and") or nxt == "as")
