"""Political, campaign and business reporting's uses of event words that name no event (stop 29).

Found by reading the engines' output on PolNeAR's US political news and rewritten as the
project's own sentences (dev batch 38, ``tests/test_events_stop29.py``): fundraising ("raise
money"), talk about plans ("his talk of a run", "talks tough"), abilities ("what they have to offer",
"managed to"; freedoms, "free to back", are :mod:`.entitled_acts`'s since stop 42), the dangers people see ("the threat of a second
term"), polls and leads ("leading by 12 points"), campaigns aimed at voters ("targeted Latino
voters", "mobilize voters"), journalism ("a request for comment", "shot back in an article",
"firing off questions", the sourcing formula "spoke on condition of anonymity to discuss"), markets ("a weaker dollar lifted commodities") and adjectives ("the
party's declining appeal"). :func:`reporting_non_event` is one of the checks of
:func:`.non_event_senses.non_event`, which vetoes an event sense; each check only reads the
document, so it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons.names import gazetteer
from ...lexicons.dates import weekdays
from .non_event_senses import _QUOTES, _before, _next_text, _words
from .sense_checks import SenseCheck, keys
from .senses import _thing_object, armed_party
from .triggers import triggers

__all__ = ["reporting_non_event"]


def reporting_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is a reporting use that names no event (every check asked)."""
    return _by_word(doc, draft, t, curated) or _any_word(doc, draft, t, curated)


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: the keys are the lemmas and texts the first
    guards of :func:`_by_word` test."""
    verbs = keys(
        "stand", "march", "break", "shell", "call", "charge", "talk", "mobilize", "mobilise", "target", "lift", "manage", "lead",
        "raise", "shoot", "fire", "suspend", "end", "launch", "announce", "start", "begin", "kick", "rally", "withdraw", "pull",
        "drop", "bow", "step", "seek", "take", "visit", "offer", _words("drop-verb"), _words("travel-verb"),
    )
    return (
        SenseCheck("reporting", _by_word, lemmas=verbs | {"request", "threat", "recognition"}, texts=frozenset({"talk", "talks"})),
        SenseCheck("reporting: the sourcing formula", _sourcing_formula, lemmas=_words("sourced-topic-verb")),
        SenseCheck("reporting: appeal as an attraction", _appeal_as_attraction, lemmas=frozenset({"appeal"})),
        SenseCheck("reporting: security, common ground, participles, permission", _any_word, any_word=True),
    )


def _appeal_as_attraction(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The noun "appeal" as what draws people to a candidate or a plan -- "may hold particular
    appeal for moderate voters", "has broad appeal among farmers", "lacks appeal" -- not a request:
    an adjective of scope before it (``attraction-appeal-adjective``) or a verb of having right
    before its determiner and adjectives (``attraction-appeal-verb``).  "Launched an appeal for
    blankets" and "appealed to the government for aid" stay REQUEST (lead, stop 42, dev batch 107
    group D)."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    # "just one appeal": a noun a tagger may call a verb, and "one" a pronoun (e62, stop 42)
    after_determiner = t.i > lo and (doc.tokens[t.i - 1].pos in ("DET", "NUM") or lows[t.i - 1] == "one")
    if not (t.lemma.lower() == "appeal" and (t.pos == "NOUN" or after_determiner)):
        return False
    k = t.i - 1
    if k >= lo and lows[k] in _words("attraction-appeal-adjective"):
        return True
    while k > lo and (doc.tokens[k].pos in ("DET", "ADJ", "ADV", "NUM") or lows[k] == "one"):  # "had just one appeal for" (e62, stop 42)
        k -= 1
    return k >= lo and lows[k] in _words("attraction-appeal-verb")


def _sourcing_formula(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The infinitive of wire news's sourcing formula, which says why a source goes unnamed: "an
    official, who spoke on condition of anonymity to discuss the talks, said ...", "not
    authorized to discuss the matter publicly", "requested anonymity to describe the meeting".
    The source talked to a reporter; no talks between parties are reported (PLOVER CONSULT).
    A ``sourced-topic-verb`` after "to", with a ``sourcing-word`` among the six words before that
    "to", in the same sentence."""
    lemma = t.lemma.lower()
    if not (lemma in _words("sourced-topic-verb")):
        return False
    to = t.i - 1
    sent = doc.sentences[t.sent]
    if to <= sent.token_start or doc.tokens[to].text.lower() != "to":
        return False
    sourcing = _words("sourcing-word")
    return any(doc.tokens[k].text.lower() in sourcing for k in range(max(sent.token_start, to - 6), to))


def _any_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that test no lemma first."""
    if t.pos != "VERB":
        return False
    if _civil_security(doc, t):
        return True  # "boost their election security": no show of armed power
    if _next_text(doc, t) in ("common", "some") and (_next_words_are(doc, t, ("common", "ground")) or _next_words_are(doc, t, ("some", "common", "ground"))):
        return True  # "found some common ground": views that meet, no finding against anyone
    # ("delegates are free to back whichever candidate", "have every right to support": read by
    # entitled_acts, with the other nouns of opportunity and entitlement, since stop 42)
    return curated is not None and curated[0] == 1 and _attributive_participle(doc, t)  # "the party's declining appeal to women", "a growing threat": an adjective


def _by_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that open with a test of the lemma or the text."""
    lemma = t.lemma.lower()
    low = t.text.lower()
    if lemma == "stand" and _next_text(doc, t) == "by" and _stands_by_own_words(doc, t):
        return True  # "the prime minister stood by his original comments": keeping one's word
    if lemma == "march" and _next_text(doc, t) in ("to", "toward", "towards") and _marches_to_a_goal(doc, t):
        return True  # "to slow his march to the nomination", "his march toward the nomination": a race, no demonstration
    if t.pos == "VERB":
        if lemma in ("break", "shell") and _next_text(doc, t) in ("through", "out") and not armed_party(doc, draft, t, "armed-context"):
            return True  # "how he broke through with nonwhite voters", "his campaign shelled out to broadcast"
        if lemma == "call" and _names_something(doc, t):
            return True  # "a short film called 'Tenemos Familias'", "a group called Veterans for Peace"
        if lemma == "charge" and _bills_a_sum(doc, t):
            return True  # "a company he owns has charged the campaign $3.7 million": a bill, no accusation
        if lemma == "talk" and _next_text(doc, t) in ("tough", "up", "down"):
            return True  # "the vice president talks tough": speech, no talks held
        if lemma in ("mobilize", "mobilise") and _aims_at_a_market(doc, t) and not armed_party(doc, draft, t, "armed-context"):
            return True  # "trying to mobilize black voters": getting out the vote
        if lemma == "target" and _aims_at_a_market(doc, t) and not armed_party(doc, draft, t, "armed-context"):
            return True  # "targeted Latino voters through digital ads", "ads targeted at young viewers"
        if lemma == "lift" and curated is not None and curated[0] == 1 and _market_words_near(doc, t):
            return True  # "a weaker dollar lifted commodities": prices rise, no restriction ends
        if lemma == "manage" and _next_text(doc, t) == "to":
            return True  # "managed to underscore her strength": succeeded in doing, CAMEO's MANAGE "to" is a visit
        if lemma == "lead" and _next_text(doc, t) != "to" and _leads_a_count(doc, t):
            return True  # "polls show her leading Trump by 70 percent to 25 percent": a lead in the polls
        if lemma == "raise" and _raises_money(doc, draft, t):
            return True  # "continues to raise money faster than her rivals": fundraising, no appeal to a party
        if lemma in ("shoot", "fire") and _next_text(doc, t) == "back" and not armed_party(doc, draft, t, "armed-context"):
            return True  # "Forbes shot back in an article": a retort
        if lemma == "fire" and _next_words_are(doc, t, ("on", "all", "cylinders")):
            return True  # "the economy is firing on all cylinders": working well
        if lemma == "fire" and _next_text(doc, t) == "off" and _fires_off_words(doc, t):
            return True  # "started firing off questions to me": words, not shots
        if lemma in _words("drop-verb") | {"suspend", "end", "launch", "announce", "start", "begin", "kick"} and _own_candidacy(doc, t):
            return True  # "he suspended his campaign", "before launching his presidential campaign": a candidate's race
        if lemma == "rally" and curated is not None and curated[1] == "PROTEST" and (_next_text(doc, t) in ("behind", "around") or _before(doc, t, 2) & {"his", "her"}):
            return True  # "rallied behind the ticket": backing; "her rallies" (a tagger's verb): a candidate's events
        if lemma in ("withdraw", "pull", "drop", "bow", "step") and _leaves_a_race(doc, t):
            return True  # "will not withdraw from running for the Senate": a candidate's race
        if lemma == "seek" and _seeks_office(doc, t):
            return True  # "has never sought public office", "is seeking re-election": a candidacy
        if lemma == "take" and _measures_without_force(doc, draft, t):
            return True  # "taking new measures to reach rural voters": CAMEO's "take measures" is a show of force
        if lemma == "visit" and _visits_a_thing(doc, draft, t):
            return True  # "residents visited polling stations", "visited the museum's new wing": no one met
        if lemma in _words("travel-verb") and _trip_to_no_party(doc, draft, t):
            return True  # "the candidate flew to Iowa for a final weekend of campaigning": a trip, no one to meet
        if lemma == "offer" and _nothing_offered_yet(doc, t):
            return True  # "the most senior post she had to offer", "what they have to offer": what one could give
        return False
    if t.pos == "NOUN" or t.pos == "PROPN":
        if low == "talk" and t.i > doc.sentences[t.sent].token_start and doc.tokens[t.i - 1].pos == "ADJ" and _next_text(doc, t) not in ("with", "between", "among"):
            return True  # "his vague tough talk": speech, not talks held
        if low == "talk" and _next_text(doc, t) in ("of", "about"):
            return True  # "the governor's talk of a run", "his talk about tax cuts": speech, not talks held
        if low == "talks" and _next_text(doc, t) in ("tough", "up", "down"):
            return True  # "vice president talks tough in first rally" (a headline verb tagged a noun)
        if lemma == "request" and _next_text(doc, t) == "for" and _next_text(doc, t, 2) in ("comment", "comments", "an", "interview"):
            return True  # "did not answer a request for comment": a reporter's, no party's request
        if lemma == "threat" and _threat_of_no_act(doc, t):
            return True  # "the threat of a second Trump term": a danger seen, not a threat made
        if lemma == "recognition" and _recognition_of_a_fact(doc, t):
            return True  # "growing recognition among lawmakers that ...": an acknowledgement
    return False


def _raises_money(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"raise" with money as its object (``raised-money``, ``currency``; within six words, before any
    verb or comma) and no from-phrase naming an actor in its clause: a campaign's fundraising. CAMEO
    codes "raise &CURRENCY" as an appeal for aid (0231), which needs a party appealed to."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    money = _words("raised-money") | _words("currency")
    end = min(sent.token_end, t.i + 7)
    found = None
    for k in range(t.i + 1, end):
        if lows[k] == "," or doc.tokens[k].pos == "VERB":
            break
        if lows[k] in money or doc.tokens[k].lemma.lower() in money:
            found = k
            break
    if found is None:
        return False
    for k in range(found + 1, min(sent.token_end, found + 12)):
        if lows[k] == "from":
            nxt = doc.tokens[k + 1 : k + 4]
            for w in nxt:
                actor = draft.actor_fields(draft.actor_at(w.start, w.end))
                if actor is not None and not (actor.kind == "group" and (actor.code is None or len(actor.code) == 3)):
                    return False  # "raised $2 billion from Gulf donors": money asked of parties
            # (people with no country code giving -- "raise more money from supporters / small donors" -- is fundraising)
    return True


def _names_something(doc: AnnotatedDocument, t: Token) -> bool:
    """"called" right after a noun and before a quotation or a capitalised name: "a short film called
    'Tenemos Familias'", "a group called Veterans for Peace" -- a name given, no call made."""
    sent = doc.sentences[t.sent]
    if t.text.lower() != "called" or t.i == sent.token_start or t.i + 1 >= sent.token_end:
        return False
    before, after = doc.tokens[t.i - 1], doc.tokens[t.i + 1]
    if before.pos != "NOUN":
        return False  # (a name before it calls: "Merkel called Putin")
    # a day after it is when the call was made ("the opposition leader called Monday for an
    # inquiry"), no name given (issue 14 batch 94)
    return after.text in _QUOTES or (after.text[:1].isupper() and after.pos == "PROPN" and after.text.lower() not in weekdays())


def _bills_a_sum(doc: AnnotatedDocument, t: Token) -> bool:
    """"charge" whose object is followed by a sum of money within five words, before any "with"
    or "of" ("charged the campaign $3.7 million", "charges customers 5 euros a month"): a bill."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 6)):
        if lows[k] in ("with", "of", "that", ","):
            return False
        if lows[k] in ("$", "€", "£") or lows[k] in _words("currency"):
            return True
    return False


def _attributive_participle(doc: AnnotatedDocument, t: Token) -> bool:
    """An -ing form between a determiner or possessive and a noun ("the party's declining appeal",
    "a mounting protest movement", "their rising support"), or an -ed form between an article
    (and an -ly adverb) and a noun ("a personally signed tweet", "the disputed election"): it
    describes the noun; the noun, if an event word, is read on its own."""
    sent = doc.sentences[t.sent]
    low = t.text.lower()
    if not low.endswith(("ing", "ed")) or t.i == sent.token_start or t.i + 1 >= sent.token_end:
        return False
    prev, nxt = doc.tokens[t.i - 1], doc.tokens[t.i + 1]
    if nxt.pos != "NOUN":
        return False
    if low.endswith("ed") and prev.text.lower().endswith("ly") and t.i - 1 > sent.token_start:
        prev = doc.tokens[t.i - 2]  # "a personally signed tweet", "the recently signed accord" (stop 30)
    elif low.endswith("ed") and prev.pos != "DET":
        return False  # a past form after a possessive may be a verb ("its troops"?): only after an article
    return prev.pos == "DET" or prev.text.lower() in ("'s", "’s", "his", "her", "its", "their", "our", "the", "a", "an")


def _market_words_near(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``market`` word (prices, shares, a currency, commodities) among the three words before and
    after ``t`` in its sentence: the verb moves a market."""
    sent = doc.sentences[t.sent]
    market = _words("market")
    lemmas, lows = doc.lowered_lemmas(), doc.lowered_texts()
    return any(lemmas[k] in market or lows[k] in market for k in range(max(sent.token_start, t.i - 3), min(sent.token_end, t.i + 4)) if k != t.i)


def _next_words_are(doc: AnnotatedDocument, t: Token, words: tuple[str, ...]) -> bool:
    """The words right after ``t`` are ``words`` (lower case)."""
    return all(_next_text(doc, t, k + 1) == w for k, w in enumerate(words))


def _civil_security(doc: AnnotatedDocument, t: Token) -> bool:
    """"security" within four words after the verb, right after a ``civil-security`` modifier
    ("boost their election security", "protect Social Security")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 2, min(sent.token_end, t.i + 5)):
        if lows[k] == "security":
            return lows[k - 1] in _words("civil-security")
    return False


def _aims_at_a_market(doc: AnnotatedDocument, t: Token) -> bool:
    """"target" whose object (or at-phrase) is people a campaign or a business courts
    (``marketed-to``: voters, viewers, customers ...), within five words before any verb or comma."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    market = _words("marketed-to")
    for k in range(t.i + 1, min(sent.token_end, t.i + 6)):
        if lows[k] in market:
            return True
        if lows[k] in (",", ";") or doc.tokens[k].pos == "VERB":
            return False
    return False


def _leads_a_count(doc: AnnotatedDocument, t: Token) -> bool:
    """"lead" with "by" + a number, "in the polls" or "among" within six words: a lead in a count
    of votes or opinions ("leading Trump by 12 points", "leads in the polls"), not a visit led."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 7)):
        if lows[k] == "by" and doc.tokens[k + 1].pos == "NUM":
            return True
        if lows[k] in ("poll", "polls", "among"):
            return True
        if lows[k] in (",", ";") or doc.tokens[k].pos == "VERB":
            return False
    return False


def _fires_off_words(doc: AnnotatedDocument, t: Token) -> bool:
    """"fire off" + questions, letters, tweets (``message-noun`` or ``said-thing``) within four words."""
    sent = doc.sentences[t.sent]
    said = _words("message-noun") | _words("said-thing")
    lemmas = doc.lowered_lemmas()
    return any(lemmas[k] in said for k in range(t.i + 2, min(sent.token_end, t.i + 6)))


def _own_candidacy(doc: AnnotatedDocument, t: Token) -> bool:
    """The object is one person's race for office: "his campaign", "her presidential bid", "his
    candidacy" (``said-word`` aside, class ``candidacy``). A party's or army's campaign ("their
    campaign of attacks") is left alone."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        if lows[k] in _words("candidacy"):
            return any(lows[j] in ("his", "her") for j in range(t.i + 1, k))
        if doc.tokens[k].pos in ("VERB", "PUNCT", "ADP"):
            return False
    return False


def _leaves_a_race(doc: AnnotatedDocument, t: Token) -> bool:
    """"withdraw / pull out / drop out / bow out / step aside from" + a race word (``race-word``:
    "from running", "from the race", "of the contest"): a candidate quits, no force withdraws."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and lows[k] in ("out", "aside", "down", "back"):
        k += 1
    if k >= sent.token_end or lows[k] not in ("from", "of"):
        return False
    for j in range(k + 1, min(sent.token_end, k + 5)):
        if lows[j] in _words("race-word") or doc.tokens[j].lemma.lower() in _words("race-word"):
            return True
        if doc.tokens[j].pos not in ("DET", "ADJ", "PRON", "PROPN", "NOUN"):
            return False
    return False


def _seeks_office(doc: AnnotatedDocument, t: Token) -> bool:
    """"seek" + an office one runs for ("public office", "re-election", "the nomination", "a third
    term": ``sought-office``) -- but not "the good offices of" a mediator, an appeal for mediation."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for j in range(t.i + 1, min(sent.token_end, t.i + 5)):
        if lows[j] in _words("sought-office") or doc.tokens[j].lemma.lower() in _words("sought-office"):
            return lows[j - 1] != "good"
        if doc.tokens[j].pos not in ("DET", "ADJ", "PRON", "NUM", "PROPN"):
            return False
    return False


def _measures_without_force(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"take measures / steps" with no armed party or police in the sentence: CAMEO codes "take
    measures" as a show of force (150), which needs someone who has force to show."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for j in range(t.i + 1, min(sent.token_end, t.i + 5)):
        if lows[j] in ("measure", "measures", "step", "steps"):
            return not armed_party(doc, draft, t, "armed-context")
        if doc.tokens[j].pos not in ("DET", "ADJ", "PRON", "NUM", "ADV", "NOUN"):  # "security measures"
            return False
    return False


def _visits_a_thing(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """What is visited is a thing -- no actor, no person noun, no place of the gazetteer ("polling
    stations", "the museum's new wing"): PLOVER's CONSULT visit is a trip to meet another party."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    while k < sent.token_end and doc.tokens[k].pos == "DET":
        k += 1
    if k < sent.token_end and doc.tokens[k].text[:1].isupper():
        return False  # a name, whatever a tagger calls it ("will visit Beijing next month")
    return _thing_object(doc, draft, t)


def _trip_to_no_party(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A travel verb + "to" + a place that stands for no party: CAMEO codes "fly to X" as an intent
    to meet X (036), which holds when X is a country, its capital or seat, or an organisation
    (the gazetteer's rows but its regions), and for a person met; a state, province or other city
    ("flew to Iowa", "travelled to Ohio") is a trip, whom it meets is said elsewhere or not at all (stop 30)."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k >= sent.token_end or doc.lowered_texts()[k] != "to":
        return False
    j = k + 1
    while j < sent.token_end and doc.tokens[j].pos == "DET":
        j += 1
    name: list[str] = []
    while j < sent.token_end and doc.tokens[j].pos == "PROPN":
        name.append(doc.tokens[j].text)
        j += 1
    if not name:
        return False
    actor = draft.actor_fields(draft.actor_at(doc.tokens[k + 1].start, doc.tokens[j - 1].end))
    if actor is None or actor.kind != "location":
        return False
    row = gazetteer().get(tuple(name))
    return row is None or row[0] == "region"  # a region row (a US state, Punjab) is a place, no party


def _nothing_offered_yet(doc: AnnotatedDocument, t: Token) -> bool:
    """"offer" as the infinitive of "have / has / had / got to" with no object after it ("the best
    job he had to offer,", "what they have to offer."): what a party could give, not an offer made.
    With an object ("had to offer his resignation") it is an act and stays."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i
    if k < sent.token_start + 2 or lows[k - 1] != "to" or lows[k - 2] not in ("have", "has", "had", "got", "having"):
        return False
    return k + 1 >= sent.token_end or doc.tokens[k + 1].pos == "PUNCT"


def _threat_of_no_act(doc: AnnotatedDocument, t: Token) -> bool:
    """"the threat of X" whose X is no act (``threatened-act`` or an event noun of the trigger
    table): "the threat of a second Trump term", "the threat of Trump" name a danger someone sees."""
    sent = doc.sentences[t.sent]
    if _next_text(doc, t) != "of":
        return False
    k = t.i + 2
    while k < sent.token_end and doc.tokens[k].pos in ("DET", "ADJ", "NUM", "ADV"):
        k += 1
    last = None
    while k < sent.token_end and doc.tokens[k].pos in ("NOUN", "PROPN"):
        last = doc.tokens[k]
        k += 1
    if last is None:
        return False  # "the threat of being arrested", "the threat of attacking": an act in a verb
    head = last.lemma.lower()
    acts = _words("threatened-act")
    if head in acts or last.text.lower() in acts:
        return False
    table = triggers()
    return ((head,), "NOUN") not in table and ((last.text.lower(),), "NOUN") not in table


def _recognition_of_a_fact(doc: AnnotatedDocument, t: Token) -> bool:
    """"recognition" with no of / to / from / by phrase within four words and no "diplomatic" or
    "formal" before it: "growing recognition among lawmakers that ..." acknowledges a fact; the
    diplomatic act names whom it recognises or who grants it ("extended recognition to")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i > sent.token_start and lows[t.i - 1] in ("diplomatic", "formal", "international"):
        return False
    return not any(lows[k] in ("of", "to", "from", "by") for k in range(t.i + 1, min(sent.token_end, t.i + 5)))


def _stands_by_own_words(doc: AnnotatedDocument, t: Token) -> bool:
    """"stand by" + a possessive + (adjectives) + an ``own-words`` noun within five words: "stood by
    his original comments", "stands by her decision"."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    words = _words("own-words")
    for k in range(t.i + 2, min(sent.token_end, t.i + 7)):
        if lows[k] in words:
            return lows[t.i + 2] in ("his", "her", "its", "their", "the")
        if doc.tokens[k].pos not in ("DET", "PRON", "ADJ", "NOUN"):
            return False
    return False


def _marches_to_a_goal(doc: AnnotatedDocument, t: Token) -> bool:
    """"march to" (or "toward(s)", stop 34, e31) + (the) + a ``race-goal`` noun: "his march to the
    nomination", "the march to power", "his march toward the nomination"."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 2
    while k < sent.token_end and (doc.tokens[k].pos in ("DET", "ADJ") or lows[k] in ("'s", "’s") or k + 1 < sent.token_end and lows[k + 1] in ("'s", "’s")):
        k += 1  # (and a possessive: "his march toward the party's nomination")
    return k < sent.token_end and lows[k] in _words("race-goal")
