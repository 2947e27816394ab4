"""Event words whose participants are of a kind that takes part in no political event (issue 14, e21).

CAMEO coders mark ordinary news -- corporate deals, sport fixtures, public finance, accidents, a
legislature's calendar -- as having no event, though its verbs are event triggers elsewhere.  What
settles the sense here is the kind of the participants, not the verb (dev batch 51,
``tests/test_events_e21.py``):

* companies trading in companies: "The carmaker reached an agreement to buy its smaller rival",
  "The two airlines signed a code-sharing agreement", "The mining group agreed to sell its coal
  business to a private equity firm" -- a business as the agent, a commercial content and no
  other party that is not a business; "Gazprom agreed to resume gas deliveries to Moldova" (a
  state's side, no trade) and "the state energy company pledged to restore power" (no trade) stay;
* teams: "Pakistan's cricket team arrived in Australia for a series" (a tour), "Brazil will meet
  Argentina in the semi-final", "Manchester United signed the Brazilian midfielder", "The home
  side's captain was sent off" -- tours, fixtures, transfers and dismissals in a sport report;
  leaders meeting at a final (a person as the subject) stay;
* money as what is raided: "The government raided the pension fund" (its own funds, no search);
* an accident as what destroys or kills: "A gas blast destroyed a bakery" (a "bomb blast" stays);
* a break as what one returns from: "Congress will return from its summer recess";
* a task as what is attacked: "Researchers attacked the problem" (no party criticised);
* a place or a thing of one's own: "Voters came to the polls" (an election), "investigating the
  cause of the fire" (no suspect), "inaugurated a new hospital" (a ceremony), "announced a plan to
  cut income taxes" (domestic policy);
* a company's own owners and the market: "Shareholders rejected the board's pay plan", "Investors
  welcomed the strong earnings report" (creditors who reject a state's debt offer stay: a state
  is a party); a winner declared: "The election commission
  declared the ruling party the winner" (a result);
* a company and its customers: "The company promised customers faster delivery", "Shoppers
  raided the bargain bins", "shipped wheat to Egypt under a commercial contract signed in March";
* hazards before the verb or as the subject of the verb a noun trigger is the object of: "warned
  that heavy snow would close mountain roads", "Wildfires ... forced the evacuation of residents";
* a company's services, money moved, people trapped: "Air France cancelled flights to Tokyo"
  (a timetable), "The central bank released $2 billion in liquidity", "Customers withdrew $2
  billion from the bank" (no one let go or withdrawn; with an aid cue or a country in the sentence
  it stays: "released 50 million euros in emergency funding for farmers"), "Firefighters freed three people trapped in
  the rubble" (a rescue), "the speech fired up party activists" (roused), "Dividends were approved
  by shareholders" (a company's own affair);
* an invitation to a seat on a jury or a panel: "The director accepted an invitation to chair the
  festival's jury" ("accepted an invitation to visit Beijing" stays);
* the press as the one who endorses: "won the endorsement of the state's largest newspaper", "the
  editorial board endorsed the governor" -- an opinion page, not a party's support (a union's or a
  senator's endorsement stays);
* events counted: "Cyber attacks on banks rose by a third last year" -- a plural event noun as the
  subject of a verb of rising or falling is a statistic, no one event.

:func:`kind_non_event` is one of the checks of :func:`.non_event_senses.non_event`; it only reads
the document and the actors found so far, so it can only remove an event.  The word lists are
classes of ``sense_words.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import org_nouns, person_nouns, titles
from ..cameo import longest_agent
from .non_event_senses import _hazard_subject, _next_text, _sentence_has, _sport_sentence, _subject, _words
from .sense_checks import SenseCheck, keys
from .senses import _direct_object, _passive_subject, armed_party
from .weapon_fire import weapon_fire

__all__ = ["kind_non_event"]

#: Categories of a deal or a meeting: the ones a company's trade can look like.
_COOPERATIVE = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT"})

#: Words that end a clause when a deal's content is read after its verb.
_CLAUSE_END = frozenset({";", ".", "but", "while", "although", "whereas"})


def kind_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the participants of the candidate at ``t`` are of a kind that makes it no event
    (every check asked)."""
    return (
        _by_word(doc, draft, t, curated) or _by_category(doc, draft, t, curated) or _any_word(doc, draft, t, curated)
        or _service_check(doc, draft, t, curated) or _count_check(doc, draft, t, curated)
    )


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: the keys are the lemmas and categories their
    first guards test."""
    verbs = keys(
        _words("fixture-verb"), _words("arrive-verb"), _TRAVEL, "raid", _words("kill-verb"), _words("hazard-verb"), "sign",
        "return", "attack", "tackle", "go", "flock", "head", "visit", "investigate", "probe", "examine", "open", "inaugurate",
        "unveil", _ANNOUNCE, _MONEY_MOVERS, "free", "release", "ease", "relieve", "loosen", "tighten", "promise", "pledge",
        "vow", "offer", "fire", "approve", "pay", "declare", "accept", "endorse", "endorsement",
    )
    return (
        SenseCheck("kind", _by_word, lemmas=verbs),
        SenseCheck("kind: trade between companies, shareholders, the book trade", _by_category, categories=_COOPERATIVE | {"REJECT", "REQUEST"}),
        SenseCheck("kind: hazards' objects, customers, services, counts", _any_word, any_word=True),
        # parts of the checks of any word that need a word of their own in the sentence (sense_checks)
        SenseCheck("kind: a company's services", _service_check, any_word=True, sentence_words=_words("service-word")),
        SenseCheck("kind: events counted", _count_check, any_word=True, sentence_words=_words("trend-verb") | _words("record-verb")),
    )


def _by_category(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that open with a test of the curated category."""
    category = curated[1] if curated is not None else None
    if category in _COOPERATIVE and _trade_between_companies(doc, draft, t):
        return True  # "the two airlines signed a code-sharing agreement": commerce, no political party
    if category in _COOPERATIVE | {"REJECT"} and _shareholders_alone(doc, draft, t):
        return True  # "Shareholders rejected the board's pay plan": a company's own vote
    if category in _COOPERATIVE | {"REJECT", "REQUEST"} and t.pos == "VERB" and _book_trade(doc, t):
        return True  # "the publisher agreed to reissue the memoir": the book trade, no political act
    return False


def _book_trade(doc: AnnotatedDocument, t: Token) -> bool:
    """"to" + a ``publish-verb`` (publish, reissue, reprint) within a few words after the verb,
    whose object's first noun is a ``published-work`` (a book, a memoir, a novel): "the publisher
    agreed to reissue the memoir", "declined to reprint the novel" -- a trade in books, no act of a
    political party ("asked the newspaper to publish a correction" names no work and stays).
    Found on PolNeAR train, rules engine (stop 34, e29; dev batch 62)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    verbs = _words("publish-verb")
    works = _words("published-work")
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 6)):
        if lows[k] != "to":
            continue
        v = doc.tokens[k + 1]
        if lows[k + 1] not in verbs and v.lemma.lower() not in verbs:
            return False
        for j in range(k + 2, min(sent.token_end, k + 6)):
            w = doc.tokens[j]
            if w.pos in ("NOUN", "PROPN"):
                return lows[j] in works or w.lemma.lower() in works
            if w.pos not in ("DET", "ADJ", "NUM") and lows[j] not in ("his", "her", "their", "its"):
                return False
        return False
    return False


def _any_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that test no lemma or category first (only that it is not one)."""
    category = curated[1] if curated is not None else None
    if t.pos == "NOUN" and _object_of_hazard(doc, draft, t):
        return True  # "Wildfires fanned by strong winds forced the evacuation of 2,000 residents"
    if category not in ("ASSAULT",) and _company_and_customers(doc, draft, t):
        return True  # "The company promised customers faster delivery", "Shoppers raided the bargain bins"
    return False


def _service_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"Air France cancelled flights to Tokyo because of the typhoon": a timetable (a ``service-word`` object)."""
    category = curated[1] if curated is not None else None
    return category not in ("ASSAULT", "COERCE") and _business_service(doc, draft, t)


def _count_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"Cyber attacks on banks rose by a third last year": a statistic, no one event (a ``trend-verb``)."""
    last = doc.tokens[t.i + curated[0] - 1] if curated is not None and curated[0] > 1 else t  # "Cyber *attacks*"
    return last.pos == "NOUN" and _counted_events(doc, last)


def _by_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that open with a test of the lemma."""
    lemma = t.lemma.lower()
    if t.pos == "VERB" and lemma in _words("fixture-verb") and _sport_fixture(doc, draft, t):
        return True  # "Brazil will meet Argentina in the semi-final": a fixture between teams
    if t.pos == "VERB" and (lemma in _words("arrive-verb") or lemma in _TRAVEL) and _team_subject(doc, t):
        return True  # "Pakistan's cricket team arrived in Australia for a series": a tour, no visit of state
    if t.pos == "VERB" and lemma == "raid" and _money_object(doc, t):
        return True  # "the government raided the pension fund": money taken, no search
    if (lemma in _words("kill-verb") or lemma in _words("hazard-verb")) and (_accident_subject(doc, draft, t) or _hazard_before(doc, draft, t)):
        return True  # "a gas blast destroyed a bakery", "warned that heavy snow would close mountain roads"
    if lemma == "sign" and _commercial_contract_signed(doc, t):
        return True  # "under a commercial contract signed in March": a trade's background
    if lemma == "return" and _from_a_break(doc, t):
        return True  # "Congress will return from its summer recess": a calendar, no return of anyone
    if t.pos == "VERB" and lemma in ("attack", "tackle") and _task_object(doc, t):
        return True  # "Researchers attacked the problem with a new model": work on a task, no critic
    if t.pos == "VERB" and (lemma in _words("arrive-verb") or lemma in ("go", "flock", "head", "return", "visit")) and _to_the_polls(doc, t):
        return True  # "Voters came to the polls in large numbers": an election, no visit
    if t.pos == "VERB" and lemma in ("investigate", "probe", "examine") and _cause_object(doc, t):
        return True  # "Police were investigating the cause of the fire": no party under suspicion
    if t.pos == "VERB" and lemma in ("open", "inaugurate", "unveil") and _opens_a_facility(doc, t):
        return True  # "The minister inaugurated a new hospital in the capital": a ceremony, no aid or concession
    if lemma in _ANNOUNCE and _fiscal_plan(doc, t):
        return True  # "The government announced a plan to cut income taxes": domestic policy, no other party
    if t.pos == "VERB" and lemma in _MONEY_MOVERS and _money_moved(doc, t) and not _aid_cue(doc, t) and not _country_in_sentence(doc, draft, t):
        return True  # "The central bank released $2 billion in liquidity", "Customers withdrew $2 billion"
    if t.pos == "VERB" and lemma in ("free", "release") and _trapped_object(doc, t):
        return True  # "Firefighters freed three people trapped in the rubble": a rescue, no captives
    if t.pos == "VERB" and lemma in ("ease", "relieve", "loosen", "tighten") and _strain_object(doc, t):
        return True  # "to ease a cash crunch": an economy's strain, no restriction lifted
    if t.pos == "VERB" and lemma in ("promise", "pledge", "vow", "offer") and _fiscal_object(doc, t):
        return True  # "she promised tax cuts before the next election": a campaign's policy, no other party
    if t.pos == "VERB" and lemma == "fire" and _next_text(doc, t) == "up":
        return True  # "the speech fired up party activists": roused, no shot
    if t.pos == "VERB" and lemma in ("approve", "pay", "declare") and _corporate_object(doc, t):
        return True  # "Dividends of $2 billion were approved by shareholders": a company's own affair
    if lemma == "accept" and _invitation_to_a_role(doc, t):
        return True  # "The director accepted an invitation to chair the festival's jury": a post in culture
    if lemma in ("endorse", "endorsement") and _media_endorser(doc, draft, t):
        return True  # "won the endorsement of the state's largest newspaper": an editorial's opinion
    if t.pos == "VERB" and lemma == "declare" and _declared_winner(doc, t):
        return True  # "The election commission declared the ruling party the winner": a result
    return False


# -- companies ------------------------------------------------------------------------------


def _business_code(code: str | None) -> bool:
    """A CAMEO sector code of a business ("BUS", "USABUS"), not a state's ("GOVBUS": a central bank)."""
    return code is not None and code.endswith("BUS") and "GOV" not in code


def _business(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """``w`` names a company: an actor coded as a business, a generic agent phrase coded BUS
    ("carmaker", "airline"), a ``company-noun`` ("a battery maker", "the retailer"), or a
    ``business-head`` ("group", "firm", "giant") after an ``industry-word`` ("the mining group",
    "a private equity firm")."""
    a = draft.actor_at(w.start, w.end)
    fields = draft.actor_fields(a) if a is not None else None
    if fields is not None and _business_code(fields.code):
        return True
    if fields is None and w.text.lower() == "it":
        # "The carmaker's shares jumped after *it* struck a deal": before coreference is read,
        # "it" stands for the nearest singular noun before it in the sentence
        lo = doc.sentences[w.sent].token_start
        before = next((doc.tokens[k] for k in range(w.i - 1, lo - 1, -1)
                       if doc.tokens[k].pos in ("NOUN", "PROPN") and not doc.tokens[k].text.lower().endswith("s")), None)
        return before is not None and _business(doc, draft, before)
    if w.pos not in ("NOUN", "PROPN"):
        return False
    found = longest_agent(doc, w)
    if found is not None and _business_code(found[1]):
        return True
    if w.lemma.lower() in _words("company-noun") or w.text.lower() in _words("company-noun"):
        return True
    if w.lemma.lower() not in _words("business-head") and w.text.lower() not in _words("business-head"):
        return False
    lo = doc.sentences[w.sent].token_start
    industry = _words("industry-word")
    return any(doc.tokens[k].text.lower() in industry or doc.tokens[k].lemma.lower() in industry for k in range(max(lo, w.i - 3), w.i))


def _agent_token(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The subject of the trigger, or of the verb a noun trigger is the object of ("reached an
    *agreement*")."""
    if doc.has_parse and t.pos == "NOUN" and t.dep in ("obj", "dobj") and t.head is not None:
        return _subject(doc, doc.tokens[t.head])
    if not doc.has_parse:
        # the word right before the verb (past auxiliaries and adverbs) when it is a noun or a
        # pronoun: "... jumped after *it* struck a deal" (the sentence's first noun is "shares")
        lo = doc.sentences[t.sent].token_start
        k = t.i - 1
        while k >= lo and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
            k -= 1
        if k >= lo and doc.tokens[k].pos in ("NOUN", "PROPN", "PRON"):
            return doc.tokens[k]
    return _subject(doc, t)


def _trade_between_companies(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A company agrees to or signs a trade: the agent is a business (:func:`_business`), what
    follows the trigger is commerce (:func:`_commercial_content`) and no party other than a
    business stands in the sentence (:func:`_other_party`)."""
    subj = _agent_token(doc, t)
    if subj is None or not _business(doc, draft, subj):
        return False
    if not _commercial_content(doc, draft, t):
        return False
    return not _other_party(doc, draft, t, subj)


def _modifier_words(doc: AnnotatedDocument, k: int) -> set[str]:
    """The lower-case words right before token ``k`` inside its noun phrase (up to five), each
    alone and, where the tokenizer split a hyphenated word, joined again ("code", "-", "sharing"
    also gives "code-sharing")."""
    lo = doc.sentences[doc.tokens[k].sent].token_start
    run: list[str] = []
    j = k - 1
    while j >= max(lo, k - 5) and (doc.tokens[j].pos in ("NOUN", "PROPN", "ADJ", "VERB") or doc.tokens[j].text in ("-", "–")):
        run.insert(0, doc.tokens[j].text.lower())
        j -= 1
    joined = " ".join(run).replace(" - ", "-").replace(" – ", "-")
    return set(run) | set(joined.split())


def _commercial_content(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """In the trigger's clause, after it: "to" + a ``trade-verb`` ("agreed to sell its coal
    business", "an agreement to buy its rival"), a ``deal-noun`` modified by a ``trade-deal`` word
    ("a code-sharing agreement", "a licensing deal"), or a deal with a business ("struck a deal
    with a Chinese battery maker")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    trade = _words("trade-verb")
    deals = _words("deal-noun")
    for k in range(t.i, min(sent.token_end, t.i + 12)):
        w = doc.tokens[k]
        if k > t.i and lows[k] in _CLAUSE_END:
            return False
        lemma = w.lemma.lower()
        if k > t.i and lows[k - 1] == "to" and (lemma in trade or lows[k] in trade):
            return True
        if lemma in deals or lows[k] in deals:
            if _modifier_words(doc, k) & _words("trade-deal"):
                return True
            if k + 1 < sent.token_end and lows[k + 1] == "with":
                partner = _phrase_head(doc, k + 2)
                if partner is not None and _business(doc, draft, partner):
                    return True
    return False


def _phrase_head(doc: AnnotatedDocument, k: int) -> Token | None:
    """The last noun of the noun phrase that starts at token ``k`` (determiners, adjectives and a
    possessor first: "the state's largest *newspaper*")."""
    end = doc.sentences[doc.tokens[k - 1].sent].token_end if k > 0 else 0
    head = None
    while k < end and (doc.tokens[k].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON") or doc.tokens[k].text in ("'s", "’s")) and doc.tokens[k].text.lower() not in ("who", "which", "that"):
        if doc.tokens[k].pos in ("NOUN", "PROPN"):
            head = doc.tokens[k]
        k += 1
    return head


def _other_party(doc: AnnotatedDocument, draft: Draft, t: Token, subj: Token) -> bool:
    """An actor in the sentence other than the agent ``subj`` that is no business and no customer
    (``consumer-word``): a state, a government, a person.  A word of the agent's own phrase ("the *energy* giant") and a
    nationality word that only describes a noun ("a *Chinese* battery maker") are no party."""
    if armed_party(doc, draft, t):
        return True
    sent = doc.sentences[t.sent]
    agent = draft.actor_at(subj.start, subj.end)
    own_phrase = doc.tokens[max(sent.token_start, subj.i - 3)].start
    for s, e, a in draft.mentions_between(doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end):
        if a == agent or own_phrase <= s and e <= subj.end:
            continue
        fields = draft.actor_fields(a)
        if fields is not None and _business_code(fields.code):
            continue
        last = doc.token_at(e - 1)
        nxt = doc.tokens[last.i + 1] if last is not None and last.i + 1 < sent.token_end else None
        if last is not None and (last.pos == "ADJ" or nxt is not None and nxt.pos in ("NOUN", "ADJ") and last.text[:1].isupper() and s == last.start):
            continue  # "a Chinese battery maker", "a German firm": a nationality describing a noun
        if last is not None and (_business(doc, draft, last) or last.lemma.lower() in _words("consumer-word") or last.text.lower() in _words("consumer-word")):
            continue  # another company, or its customers ("promised customers faster delivery")
        return True
    return False


# -- teams ----------------------------------------------------------------------------------


def _sport_pair(doc: AnnotatedDocument, t: Token) -> bool:
    """Two adjacent words of the sentence form a ``sport-pair`` ("home side", "yellow card")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    pairs = _words("sport-pair")
    return any(f"{lows[k]} {lows[k + 1]}" in pairs for k in range(sent.token_start, sent.token_end - 1))


def _sport_fixture(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A ``fixture-verb`` in a sport report: "sign" with a sportsperson as its object ("signed the
    Brazilian midfielder"), "send off" a player, and "meet", "face", "host", "play" between teams
    -- a subject that is no person (leaders who "met at the World Cup final" stay)."""
    lemma = t.lemma.lower()
    sport = _sport_sentence(doc, t) or _sport_pair(doc, t)
    if lemma == "sign":
        obj = _direct_object(doc, t)
        if obj is None:
            return False
        athletes = _words("athlete") | _words("sport-player")
        return obj.lemma.lower() in athletes or obj.text.lower() in athletes
    if not sport:
        return False
    if lemma == "send":
        return _next_text(doc, t) == "off"
    subj = _subject(doc, t)
    return subj is None or not _political_person(doc, draft, subj)


def _political_person(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """``w`` names a person or a body of politics, not a team: an actor with a title or a
    government code, or a role noun ("the two presidents", "the minister", "the ministry")."""
    a = draft.actor_at(w.start, w.end)
    fields = draft.actor_fields(a) if a is not None else None
    if fields is not None and (fields.titles or fields.code and "GOV" in fields.code):
        return True
    lemma = w.lemma.lower()
    return lemma in person_nouns() or lemma in org_nouns() or titles().get((lemma,)) == "role"


#: Verbs of travel besides the arrival verbs: a team's tour is no visit.
_TRAVEL = frozenset({"visit", "travel", "tour", "fly", "land", "head"})


#: Words for a side that name a sport side only in a sport context ("a team of UN inspectors", "a
#: medical team" are no sport side).
_SIDES = frozenset({"team", "teams", "squad", "squads", "club", "clubs", "side", "sides", "eleven"})


def _team_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The subject is a sportsperson (``athlete`` or ``sport-player``: "the cyclist", "the
    players"), or a side (``_SIDES``) in a sport context -- a ``sport-name`` before it ("Pakistan's
    *cricket* team", "the national squad") or a sport report (:func:`_sport_sentence`):
    "Pakistan's cricket team arrived in Australia", "the squad flew to Qatar ahead of the World Cup"."""
    subj = _agent_token(doc, t)
    if subj is None:
        return False
    low, lemma = subj.text.lower(), subj.lemma.lower()
    people = (_words("athlete") | _words("sport-player")) - _SIDES
    if low in people or lemma in people or low.removesuffix("s") in people:
        return True
    if low not in _SIDES and lemma not in _SIDES:
        return False
    if _next_text(doc, subj) == "of":
        return False  # "a team of UN inspectors"
    return bool(_modifier_words(doc, subj.i) & _words("sport-name")) or _sport_sentence(doc, t) or _sport_pair(doc, t)


# -- money, accidents, breaks -----------------------------------------------------------------


def _money_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is a store of money (``money-store``: a fund, the coffers, reserves)."""
    obj = _direct_object(doc, t)
    store = _words("money-store")
    return obj is not None and (obj.lemma.lower() in store or obj.text.lower() in store)


def _accident_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The subject is an ``accident-blast`` ("blast", "explosion") described by an
    ``accident-source`` ("gas", "boiler", "chemical"), with no armed word or party in the sentence:
    "A gas blast destroyed a bakery"; "a bomb blast", "a blast" alone stay (news reports bombings so)."""
    subj = _subject(doc, t)
    if subj is None:
        return False
    if subj.lemma.lower() not in _words("accident-blast") and subj.text.lower() not in _words("accident-blast"):
        return False
    if not _modifier_words(doc, subj.i) & _words("accident-source"):
        return False
    return not armed_party(doc, draft, t, "armed-context")


def _from_a_break(doc: AnnotatedDocument, t: Token) -> bool:
    """"return from" + a ``break-word`` within four words ("return from its summer recess",
    "returned from holiday")."""
    if _next_text(doc, t) != "from":
        return False
    sent = doc.sentences[t.sent]
    breaks = _words("break-word")
    return any(doc.tokens[k].lemma.lower() in breaks or doc.tokens[k].text.lower() in breaks for k in range(t.i + 2, min(sent.token_end, t.i + 6)))


def _task_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is a ``task-word`` ("the problem", "the backlog", "the puzzle")."""
    obj = _direct_object(doc, t)
    tasks = _words("task-word")
    return obj is not None and (obj.lemma.lower() in tasks or obj.text.lower() in tasks)


def _counted_events(doc: AnnotatedDocument, t: Token) -> bool:
    """A plural event noun whose clause's verb is a ``trend-verb`` with it as the subject: "Cyber
    attacks on banks rose by a third", "Arrests of journalists doubled last year" (its of- or
    on-phrase may stand between).  Without a parse, the first verb after the noun's phrase."""
    if not t.text.lower().endswith("s") or t.text.lower() == t.lemma.lower():
        return False  # a plural: "the attack on the bank rose ..." is no count
    trend = _words("trend-verb")
    if doc.has_parse:
        if t.dep not in ("nsubj", "nsubj:pass") or t.head is None:
            return False
        head = doc.tokens[t.head]
        return head.lemma.lower() in trend or head.text.lower() in trend or _record_reached(doc, head)
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, min(sent.token_end, t.i + 8)):
        w = doc.tokens[k]
        if w.pos == "VERB":
            return w.lemma.lower() in trend or w.text.lower() in trend or _record_reached(doc, w)
        if w.pos not in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "AUX", "ADV"):
            return False
    return False


def _record_reached(doc: AnnotatedDocument, verb: Token) -> bool:
    """"hit a record high", "set a new peak" (stop 42, e58): a ``record-verb`` with a
    ``record-noun`` within its next three words -- a count reaching a mark, as "rose" or "doubled";
    "airstrikes hit the town" has no such noun after the verb and stays."""
    if verb.lemma.lower() not in _words("record-verb") and verb.text.lower() not in _words("record-verb"):
        return False
    lows = doc.lowered_texts()
    end = min(doc.sentences[verb.sent].token_end, verb.i + 4)
    return any(lows[k] in _words("record-noun") for k in range(verb.i + 1, end))


def _to_the_polls(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``poll-place`` ("polls", "polling", "ballot") within three words after "to" right after
    the verb, or right after the verb itself: "came to the polls", "went to polling stations",
    "visited polling stations"."""
    nxt = _next_text(doc, t)
    start = t.i + 2 if nxt == "to" else t.i + 1
    sent = doc.sentences[t.sent]
    places = _words("poll-place")
    return any(doc.tokens[k].text.lower() in places for k in range(start, min(sent.token_end, start + 3)))


def _cause_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is a ``cause-word`` ("the cause of the fire", "the origins of the outbreak"):
    what is looked into is how something happened, not a party."""
    obj = _direct_object(doc, t)
    causes = _words("cause-word")
    return obj is not None and (obj.lemma.lower() in causes or obj.text.lower() in causes)


def _opens_a_facility(doc: AnnotatedDocument, t: Token) -> bool:
    """The object is a ``facility`` ("a hospital", "a bridge", "a museum") said to be "new" (or
    inaugurated), and no "for", "to" or "into" follows it: "The mayor opened a new bridge over the
    river"; "opened a field hospital for the refugees" (aid) and "opened the bridge to trucks" (a
    crossing let through) stay."""
    obj = _direct_object(doc, t)
    if obj is None or (obj.lemma.lower() not in _words("facility") and obj.text.lower() not in _words("facility")):
        return False
    if t.lemma.lower() != "inaugurate" and "new" not in _modifier_words(doc, obj.i) and not (obj.i > 0 and doc.tokens[obj.i - 1].text.lower() == "new"):
        return False
    sent = doc.sentences[t.sent]
    return not any(doc.tokens[k].text.lower() in ("for", "to", "into") for k in range(obj.i + 1, min(sent.token_end, obj.i + 4)))


#: Verbs that make a plan public; a plan shelved or walked back after protests is a concession and stays.
_ANNOUNCE = frozenset({"announce", "unveil", "present", "outline", "publish", "propose", "set"})

#: Verbs that move a figure, right after the "to" of a plan: "a plan to *cut* income taxes".
_CHANGE_VERBS = frozenset({"cut", "raise", "lower", "increase", "reduce", "freeze", "hike", "slash", "double", "abolish", "scrap", "introduce", "trim"})


def _fiscal_plan(doc: AnnotatedDocument, t: Token) -> bool:
    """The trigger (one of ``_ANNOUNCE``) makes public a ``policy-plan`` ("a plan", "a budget", "proposals") whose to-clause
    moves a ``fiscal-word`` ("to cut income taxes", "to raise fuel prices"): a government's policy
    for its own economy, with no other party (issue 14 batch 51)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    plans = _words("policy-plan")
    fiscal = _words("fiscal-word")
    for k in range(t.i + 1, min(sent.token_end - 2, t.i + 5)):
        if lows[k] in plans and lows[k + 1] == "to":
            if doc.tokens[k + 2].lemma.lower() not in _CHANGE_VERBS and lows[k + 2] not in _CHANGE_VERBS:
                return False  # "a plan to strike over wages", "a plan to withdraw troops": an act
            return any(lows[j] in fiscal for j in range(k + 3, min(sent.token_end, k + 7)))
        if doc.tokens[k].pos not in ("DET", "ADJ", "NOUN", "PRON", "NUM"):
            return False
    return False


def _media(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """``w`` names the press: an actor coded MED ("the New York Times", "the newspaper") or a
    ``media-word`` ("paper", "daily", "editorial board")."""
    a = draft.actor_at(w.start, w.end)
    fields = draft.actor_fields(a) if a is not None else None
    if fields is not None and fields.code and "MED" in fields.code:
        return True
    media = _words("media-word")
    if w.lemma.lower() in media or w.text.lower() in media:
        return True
    if w.pos == "PROPN" and w.text[:1].isupper() and w.text.lower() in _words("newspaper-name"):
        return True  # "The Times", "the Des Moines Register": a newspaper named (stop 32, e23)
    return w.text.lower() == "board" and w.i > 0 and doc.tokens[w.i - 1].text.lower() == "editorial"


def _media_endorser(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The one who endorses is the press (:func:`_media`): the verb's subject, or for the noun the
    head of its "of", "from" or "by" phrase or its possessor ("the newspaper's endorsement")."""
    if t.pos == "VERB":
        subj = _subject(doc, t)
        return subj is not None and _media(doc, draft, subj)
    sent = doc.sentences[t.sent]
    if t.i + 1 < sent.token_end and doc.tokens[t.i + 1].text.lower() in ("of", "from", "by"):
        who = _phrase_head(doc, t.i + 2)
        if who is not None and _media(doc, draft, who):
            return True
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos == "ADJ":
        k -= 1
    if k > sent.token_start and doc.tokens[k].text.lower() in ("'s", "’s"):
        return _media(doc, draft, doc.tokens[k - 1])
    return _media_gave_it(doc, draft, t)


def _media_gave_it(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The endorsement noun is what a verb of giving (``_GIVE``) within six words before it gives,
    and that verb's subject is the press: "The Times gave the senator a glowing endorsement"
    (stop 32, e23; the union that gives one stays)."""
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 7) - 1, -1):
        w = doc.tokens[k]
        if w.lemma.lower() in _GIVE and w.pos in ("VERB", "AUX"):
            subj = _subject(doc, w)
            return subj is not None and _media(doc, draft, subj)
        if w.pos in ("VERB", "AUX", "PUNCT", "ADP"):
            return False
    return False


#: Verbs whose object is an endorsement given ("gave her an endorsement", "offered its endorsement").
_GIVE = frozenset({"give", "offer", "issue", "extend"})


def _shareholders_alone(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The subject is a ``shareholder-word`` ("shareholders") or a ``market-player`` ("investors
    welcomed the strong earnings report") and no party other than
    a business stands in the sentence (:func:`_other_party`)."""
    subj = _agent_token(doc, t)
    owners = _words("shareholder-word") | _words("market-player")
    if subj is None or (subj.lemma.lower() not in owners and subj.text.lower() not in owners):
        return False
    return not _other_party(doc, draft, t, subj)


def _declared_winner(doc: AnnotatedDocument, t: Token) -> bool:
    """"declared" + an object + "the winner" / "the victor" within eight words, before a comma:
    an election's or a contest's result, not a declaration of support."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, min(sent.token_end, t.i + 9)):
        low = doc.tokens[k].text.lower()
        if low in (",", ";", "."):
            return False
        if low in ("winner", "winners", "victor", "victors"):
            return True
    return False


def _business_service(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A company (:func:`_business`, or a named organisation with no state's code) as the subject
    and a ``service-word`` ("flights", "routes", "services") as the verb's object: "Air France
    cancelled flights to Tokyo", "the airline suspended its services"; a state or a ministry that
    suspends flights (a sanction) stays."""
    if t.pos != "VERB":
        return False
    # the object first: a look at a few words after the verb, where the subject's tests read actors
    obj = _direct_object(doc, t)
    services = _words("service-word")
    if obj is None or not (obj.lemma.lower() in services or obj.text.lower() in services):
        return False
    subj = _agent_token(doc, t)
    return subj is not None and (_business(doc, draft, subj) or _named_non_state(doc, draft, subj))


#: Verbs that move money when their object is an amount: "released $2 billion", "withdrew $2
#: billion", "mobilised funding".
_MONEY_MOVERS = frozenset({"release", "withdraw", "mobilise", "mobilize", "free", "inject", "pump"})


def _money_moved(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is money: a currency sign or an amount ("$2 billion", "5 million euros")
    or a ``money-word`` ("funding", "liquidity", "cash"), right after the verb (past a determiner)."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    while k < sent.token_end and doc.tokens[k].pos in ("DET", "ADJ", "PRON") and doc.tokens[k].text not in ("$", "£", "€"):
        k += 1
    if k >= sent.token_end:
        return False
    w = doc.tokens[k]
    money = _words("money-word")
    if w.text in ("$", "£", "€", "¥") or w.text.lower() in money or w.lemma.lower() in money:
        return True
    if w.pos == "NUM" or w.text.replace(",", "").replace(".", "").isdigit():
        nxt = doc.tokens[k + 1].text.lower() if k + 1 < sent.token_end else ""
        after = doc.tokens[k + 2].text.lower() if k + 2 < sent.token_end else ""
        return nxt in money or nxt in ("million", "billion", "trillion") and after in money
    return False


def _trapped_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is followed by a ``trapped-word`` ("three people *trapped* in the rubble",
    "miners stuck underground"): freed from rubble, no captive set free ("rescued", AID, is not
    asked)."""
    obj = _direct_object(doc, t)
    if obj is None:
        return False
    sent = doc.sentences[t.sent]
    trapped = _words("trapped-word")
    return obj.i + 1 < sent.token_end and doc.tokens[obj.i + 1].text.lower() in trapped


def _corporate_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The thing approved, paid or declared is a company's (``corporate-thing``: a dividend, a
    share buyback), as the object or the passive subject: "Dividends of $2 billion were approved
    by shareholders", "the dividend that the board approved"."""
    things = _words("corporate-thing")
    for o in (_direct_object(doc, t), _passive_subject(doc, t)):
        if o is not None and (o.lemma.lower() in things or o.text.lower() in things):
            return True
    if doc.has_parse:
        if t.dep in ("relcl", "acl:relcl", "acl") and t.head is not None:
            head = doc.tokens[t.head]
            return head.lemma.lower() in things or head.text.lower() in things
        return False
    # without a parse: the thing named earlier in the clause ("Dividends of $2 billion, the largest
    # in its history, were approved", "The dividend that the board approved")
    lo = doc.sentences[t.sent].token_start
    return any(doc.tokens[k].lemma.lower() in things or doc.tokens[k].text.lower() in things for k in range(lo, t.i))


def _aid_cue(doc: AnnotatedDocument, t: Token) -> bool:
    """An ``aid-cue`` in the sentence ("emergency", "victims", "humanitarian"): money released for
    people in need is aid ("released 50 million euros in emergency funding for farmers")."""
    return _sentence_has(doc, t, _words("aid-cue"))


def _named_non_state(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """``w`` is a name of an organisation the dictionaries give no state's or armed code ("Air
    France" has none; "Russia", "the foreign ministry", "the army" have one)."""
    a = draft.actor_at(w.start, w.end)
    fields = draft.actor_fields(a) if a is not None else None
    return fields is not None and w.pos == "PROPN" and fields.kind == "organization" and not fields.code


def _strain_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is an ``economic-strain`` ("a cash crunch", "the fuel shortage"): an
    economy eased, no restriction lifted ("eased restrictions on the press" stays)."""
    obj = _direct_object(doc, t)
    strains = _words("economic-strain")
    return obj is not None and (obj.lemma.lower() in strains or obj.text.lower() in strains)


def _fiscal_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The thing promised is a change of a ``fiscal-word`` ("tax cuts", "lower fuel prices", "a
    cut in taxes"): a campaign's or a government's own policy, no other party ("pledged aid to
    Ukraine" stays)."""
    obj = _direct_object(doc, t)
    if obj is None:
        return False
    fiscal = _words("fiscal-word")
    if obj.text.lower() in fiscal or obj.lemma.lower() in fiscal:
        return True  # "promised lower taxes"
    if obj.lemma.lower() not in _CHANGE_NOUNS and obj.text.lower() not in _CHANGE_NOUNS:
        return False
    sent = doc.sentences[t.sent]
    near = {doc.tokens[k].text.lower() for k in range(max(sent.token_start, obj.i - 2), min(sent.token_end, obj.i + 4))}
    return bool(near & fiscal)


#: Nouns of a change in a figure: "tax *cuts*", "a *rise* in pensions".
_CHANGE_NOUNS = frozenset({"cut", "cuts", "rise", "rises", "hike", "hikes", "increase", "increases", "break", "breaks", "reduction", "reductions", "freeze"})


def _hazard_before(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """Without a parse, the noun right before the verb (past auxiliaries: "heavy snow *would*
    close") is a ``hazard`` that no party's name describes ("Israeli fire" stays) and no armed word
    or party stands in the sentence; the parse's subject is read by
    :func:`.non_event_senses._hazard_subject`."""
    if doc.has_parse:
        return False
    subj = _agent_token(doc, t)
    hazards = _words("hazard")
    if subj is None or (subj.lemma.lower() not in hazards and subj.text.lower() not in hazards):
        return False
    if weapon_fire(doc, subj):
        return False  # "Tank fire wounded a journalist": the fire of weapons, no hazard
    lo = doc.sentences[t.sent].token_start
    for j in range(subj.i - 1, max(lo, subj.i - 4) - 1, -1):
        w = doc.tokens[j]
        if w.pos not in ("NOUN", "PROPN", "ADJ") and w.text not in ("-", "'s", "’s"):
            break  # the start of the subject's phrase
        if draft.actor_at(w.start, w.end) is not None:
            return False  # "Israeli fire", "Russian shelling": a party's fire
    return not armed_party(doc, draft, t, "armed-context")


def _object_of_hazard(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A noun trigger that is the object of a verb whose subject is a hazard (parse only):
    "Wildfires fanned by strong winds forced the *evacuation* of 2,000 residents"."""
    if not doc.has_parse or t.dep not in ("obj", "dobj") or t.head is None:
        return False
    return _hazard_subject(doc, draft, doc.tokens[t.head])


def _commercial_contract_signed(doc: AnnotatedDocument, t: Token) -> bool:
    """"signed" right after a ``deal-noun`` that a ``trade-deal`` word describes: "under a
    commercial contract signed in March", "a supply contract signed last year" -- a trade's
    background, no signing reported."""
    if t.i == 0 or doc.tokens[t.i - 1].sent != t.sent:
        return False
    deal = doc.tokens[t.i - 1]
    if deal.lemma.lower() not in _words("deal-noun") and deal.text.lower() not in _words("deal-noun"):
        return False
    return bool(_modifier_words(doc, deal.i) & _words("trade-deal"))


def _company_and_customers(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A company and its customers: the subject is a company (:func:`_business`) that promises or
    offers a ``consumer-word`` something ("promised customers faster delivery": a sales pitch; its
    apology or its request to customers are dev events and stay), or the subject is a consumer-word
    ("Shoppers raided the bargain bins") -- with no party other than a business in the sentence."""
    if t.pos != "VERB":
        return False
    subj = _agent_token(doc, t)
    if subj is None:
        return False
    consumers = _words("consumer-word")

    def consumer(w: Token | None) -> bool:
        return w is not None and (w.lemma.lower() in consumers or w.text.lower() in consumers)

    offer = t.lemma.lower() in ("promise", "offer", "pledge", "guarantee")
    if consumer(subj) or offer and _business(doc, draft, subj) and _consumer_after(doc, t, consumer):
        return not _other_party(doc, draft, t, subj)
    return False


def _consumer_after(doc: AnnotatedDocument, t: Token, consumer: Callable[[Token | None], bool]) -> bool:
    """An object of the verb is a consumer: a parse's ``obj`` or ``iobj``, or without a parse a
    noun among the three words after the verb ("promised *customers* faster delivery")."""
    if doc.has_parse:
        return any(c.dep in ("obj", "dobj", "iobj") and consumer(c) for c in doc.children(t.i))
    end = min(doc.sentences[t.sent].token_end, t.i + 4)
    return any(doc.tokens[k].pos in ("NOUN", "PROPN") and consumer(doc.tokens[k]) for k in range(t.i + 1, end))


def _country_in_sentence(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """An actor of kind country in the sentence other than the one at ``t``'s subject: money
    released to a state ("released $500 million to Ukraine") may be a loan or aid."""
    sent = doc.sentences[t.sent]
    subj = _agent_token(doc, t)
    agent = draft.actor_at(subj.start, subj.end) if subj is not None else None
    for _s, _e, a in draft.mentions_between(doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end):
        fields = draft.actor_fields(a)
        if a != agent and fields is not None and fields.kind == "country":
            return True
    return False


def _invitation_to_a_role(doc: AnnotatedDocument, t: Token) -> bool:
    """"accepted an invitation to" + a verb + within four words a ``jury-word`` ("to chair the
    festival's jury", "to sit on the judging panel"): a seat in culture or a competition, no
    visit or talks agreed."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and doc.tokens[k].pos in ("DET", "ADJ", "PRON"):
        k += 1
    if k + 2 >= sent.token_end or lows[k] not in ("invitation", "invite", "offer") or lows[k + 1] != "to":
        return False
    juries = _words("jury-word")
    return any(lows[j] in juries or doc.tokens[j].lemma.lower() in juries for j in range(k + 3, min(sent.token_end, k + 8)))
