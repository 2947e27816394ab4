"""Opinions, press etiquette and civic life that use event words but report no event (stop 30).

Found by reading the spaCy engine's output on PolNeAR train (US political and business news) and
rewritten as the project's own sentences (dev batch 41, ``tests/test_events_stop30.py``):

* the electorate's preferences -- "black voters were backing the senator", "voters prefer to back
  a winner", "the willingness of rural voters to support him" -- are opinions a poll measures, not
  a party's act (PLOVER's SUPPORT, AGREE and REJECT are acts of political actors);
* agreeing with a view ("agreed with the analysis") is sharing an opinion, not an agreement;
* declining "requests for an interview" or "for comment" is press etiquette, not a refusal;
* defending one's own decision or record is no support given to another party;
* a show of force needs someone with force: families, donors or an "army of retirees" that
  "mobilized" or "amassed" are organising, not PLOVER MOBILIZE;
* hosting a tournament, a concert or a fundraiser is no consultation;
* "charge less", "charge fees" is a price, not an accusation;
* a candidate's rallies ("at Trump rallies") are campaign events, not protests.

:func:`opinion_non_event` is one of the checks of :func:`.non_event_senses.non_event`; like the
others it only reads the document, so it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..nominals import _wordnet_plural, group_nouns, nominal_kind, person_nouns
from .non_event_senses import _next_text, _sentence_has, _words
from .sense_checks import SenseCheck, after_adverbs, keys
from .mobilized_forces import marchers_called
from .protest_gatherings import protesters_gather
from .verbal_clashes import clash_of_words

__all__ = ["opinion_non_event", "talks_about_alone"]

#: Verbs and nouns of preference that the electorate is said to hold.
_PREFERENCE = frozenset({
    "back", "support", "oppose", "favor", "favour", "prefer", "endorse", "reject", "agree", "approve",
    "disapprove", "embrace", "willingness", "backing", "opposition", "rally",
})

#: Verbs that take "to" + a verb of preference: "voters prefer to back a winner".
_CATENATIVE = frozenset({"prefer", "want", "tend", "continue", "seem", "like", "plan", "appear", "hope", "wish", "to"})

#: Categories whose verbs, done by private people to a thing, name no political event: opinions
#: of things and the crowd verbs of ASSAULT ("invaded", "stormed", "attacked the weeds").
_OPINION_OF_THINGS = frozenset({"REJECT", "ACCUSE", "SUPPORT", "AGREE", "REQUEST"})
_ENTRY_VERBS = frozenset({"invade", "storm", "overrun", "attack", "raid", "besiege", "swarm"})

#: Sector codes of parties that have force to show.
_FORCE_CODES = ("MIL", "REB", "UAF", "COP", "INS", "GOV", "SPY")


def opinion_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` reports an opinion, a courtesy or a civic act, no event
    (every check asked)."""
    return _by_word(doc, draft, t, curated) or _private_people(doc, draft, t, curated)


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: the keys are the lemmas, texts and categories
    their first guards test."""
    verbs = keys(
        _PREFERENCE, "vote", "agree", "decline", "refuse", "ignore", "reject", "rebuff", "defend", "mobilize", "mobilise",
        "amass", "mass", "discuss", "yield", "thank", "fund", "donate", "contribute", "bankroll", "finance", "lift", "free",
        "release", "occupy", "reinforce", "host", "charge", "clash", "donation", "contribution",
    )
    texts = keys("rallying", "marching", "execution", "executions", "meeting", "meetings", "session", "sessions", "rally", "rallies")
    return (
        SenseCheck("opinion", _by_word, lemmas=verbs, texts=texts),
        SenseCheck("opinion: private people on a thing", _private_people, lemmas=_ENTRY_VERBS, categories=_OPINION_OF_THINGS),
    )



def _private_people(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"Diners rejected the new menu", "Holidaymakers invaded the beaches": consumers and crowds, no party."""
    return t.pos == "VERB" and (t.lemma.lower() in _ENTRY_VERBS or curated is not None and curated[1] in _OPINION_OF_THINGS) and _private_people_on_a_thing(doc, draft, t)


def _by_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that open with a test of the lemma or the text."""
    lemma = t.lemma.lower()
    if lemma in _PREFERENCE and _electorate_holds(doc, t):
        return True  # "black voters were backing the senator": a poll's finding
    if lemma in _PREFERENCE and _by_a_margin(doc, t):
        return True  # "a Republican state, backing the governor by six points over his rival": an election's result
    if (lemma in _PREFERENCE or lemma == "vote") and _poll_sentence(doc, t):
        return True  # "Forty-six percent were certain they would support the senator": a poll's finding
    if t.text.lower() == "rallying" and _next_text(doc, t) in ("cry", "call", "point"):
        return True  # "became a rallying cry for the movement": a slogan
    if t.text.lower() == "marching" and _next_text(doc, t) == "orders":
        return True  # "sent marching orders to its allies": instructions
    if t.text.lower() in ("execution", "executions") and t.i > doc.sentences[t.sent].token_start and doc.lowered_texts()[t.i - 1] in _words("performance-adj"):
        return True  # "Flawless execution": how a plan was carried out
    if t.pos == "NOUN" and lemma in ("donation", "contribution") and _funds_a_campaign(doc, t):
        return True  # "made large donations to the governor's political action committee": campaign money
    if t.pos == "VERB":
        if lemma == "agree" and _agrees_with_a_view(doc, t):
            return True  # "agreed with the analysis": an opinion shared
        if lemma == "agree" and _next_text(doc, t) == "with" and t.i > doc.sentences[t.sent].token_start and doc.lowered_texts()[t.i - 1] in _words("degree-adverb"):
            return True  # "largely agreed with McLenny": how far one shares a view, no agreement reached
        if lemma in ("decline", "refuse", "ignore", "reject", "rebuff") and _press_request(doc, t):
            return True  # "declined repeated requests for an interview": no party refused
        if lemma == "defend" and _defends_own_thing(doc, draft, t):
            return True  # "defended her decision to press ahead": no one else supported
        if lemma in ("mobilize", "mobilise", "amass", "mass") and not _force_in_sentence(doc, draft, t) and not marchers_called(doc, t) and not protesters_gather(doc, t):
            # ("Demonstrators massed in front of the palace": a protest, protest_gatherings, batch 142)
            return True  # "the founders' families had mobilized", "an army of retirees had amassed"
        if lemma == "discuss" and talks_about_alone(doc, t):
            return True  # "the radio host discussed conspiracy theories on his show": speech, no one met
        if lemma == "yield" and _yields_a_product(doc, t):
            return True  # "primaries would yield victories for him": produce, no concession
        if lemma == "thank" and _next_text(doc, t) in ("supporters", "voters", "crowd", "fans", "volunteers", "donors", "audience", "the", "his", "her", "their") and _thanks_own_backers(doc, t):
            return True  # "thanked supporters at a rally": a candidate's courtesy, no praise of a party
        if lemma in ("fund", "donate", "contribute", "bankroll", "finance") and _funds_a_campaign(doc, t):
            return True  # "donors are funding a super PAC": campaign money, no aid
        if lemma == "lift" and _next_text(doc, t) in ("him", "her", "them", "us", "me"):
            return True  # "could lift him above the threshold": raise a person, no restriction eased
        if lemma in ("free", "release") and _next_text(doc, t) == "up":
            return True  # "has freed up $26 million in state funds": resources, no one let go
        if lemma == "occupy" and _occupies_a_role(doc, t):
            return True  # "occupied a role that has become all too familiar": no site taken
        if lemma == "lift" and _out_of_hardship(doc, t):
            return True  # "two million farmers lifted out of poverty": people raised, no restriction eased
        if lemma == "lift" and _object_in(doc, t, "lifted-thing"):
            return True  # "proudly lifted a placard of her own": raised by hand, no restriction eased
        if lemma == "reinforce" and (_object_in(doc, t, "reinforced-idea") or _object_in(doc, t, "view-word")):
            return True  # "reinforced our commitment to the bakery": words, no troops
        if lemma == "host" and _hosts_a_show(doc, t):
            return True  # "did not host the tournament": no one met
        if lemma == "charge" and _charges_a_price(doc, t):
            return True  # "have to charge less to stay open": a price
    if lemma == "clash" and (not _force_in_sentence(doc, draft, t) or clash_of_words(doc, draft, t)) and not _crowd_in_sentence(doc, t):
        return True  # "Clinton and Sanders clashed on the debate stage", "clashed with the governor over the attack": words (verbal_clashes)
    if t.pos == "NOUN" and t.text.lower() in ("meeting", "meetings", "session", "sessions") and _own_body_meeting(doc, draft, t):
        return True  # "at one of his first DNC meetings": a body meeting by itself, no parties consulting
    if (t.pos == "NOUN" or t.pos == "PROPN") and t.text.lower() in ("rally", "rallies") and _candidate_rallies(doc, draft, t):
        return True  # "at Trump rallies across the country": a candidate's campaign events
    return False


def _electorate_holds(doc: AnnotatedDocument, t: Token) -> bool:
    """An ``electorate`` word (voters, respondents, constituents) or a ``campaign-funder`` word
    (donors, contributors: their backing is campaign money, no party's political support; stop 35,
    batch 68) is the one who prefers: the nearest noun before the word in its clause ("black voters
    were backing", "voters prefer to back", "small donors backed the campaign") or the head of its
    of-phrase ("the willingness of rural voters to support")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    electorate = _words("electorate") | _words("campaign-funder")
    for k in range(t.i - 1, max(sent.token_start, t.i - 7) - 1, -1):
        w = doc.tokens[k]
        if lows[k] in electorate or w.lemma.lower() in electorate:
            return True
        if lows[k] in _CATENATIVE:
            continue  # "voters prefer to back" (a tagger may call "prefer" a noun)
        if w.pos in ("NOUN", "PROPN"):
            # "Voters in the county have backed the incumbent": the noun of a place phrase on the
            # electorate word stands between it and the verb (issue 14 batch 53)
            j = k - 1
            while j > sent.token_start and doc.tokens[j].pos in ("DET", "ADJ", "NOUN", "PROPN") and lows[j] not in electorate:
                j -= 1
            if j > sent.token_start and lows[j] in ("in", "across", "from") and (lows[j - 1] in electorate or doc.tokens[j - 1].lemma.lower() in electorate):
                return True
        if w.pos == "PUNCT" or lows[k] in ("that", "who", "which", "and", "but") or w.pos in ("NOUN", "PROPN", "PRON"):
            break
    if t.pos == "NOUN" and t.i + 1 < sent.token_end and lows[t.i + 1] == "of":
        for k in range(t.i + 2, min(sent.token_end, t.i + 5)):
            if lows[k] in electorate or doc.tokens[k].lemma.lower() in electorate:
                return True
            if doc.tokens[k].pos not in ("DET", "ADJ"):
                return False
    return False


def _by_a_margin(doc: AnnotatedDocument, t: Token) -> bool:
    """"by" + a number or a few words + "points" within the words after the verb ("backing the
    governor by six points over his rival", "supported her by double-digit points"): an election's
    or a poll's margin, the electorate's choice counted, no party's act.  Found on PolNeAR train,
    rules engine (stop 34, e29; dev batch 62)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 8)):
        if lows[k] == "by":
            return any(lows[j] in ("points", "percentage-points") for j in range(k + 1, min(sent.token_end, k + 5)))
        if lows[k] in (",", ";", ".", "and", "but"):
            return False
    return False


def _poll_sentence(doc: AnnotatedDocument, t: Token) -> bool:
    """The sentence reports a poll's shares of people: a share ("percent", "%", "a majority of",
    "majorities of", "half of", "three of four") and a ``poll-group`` or ``electorate`` word
    (Americans, Democrats, men and women, voters) or a percentage as the subject ("Forty-six
    percent were certain they would support ..."). A body's vote ("a majority of the council voted
    to reject") names no such group and stays an event."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    share = False
    groups = _words("poll-group") | _words("electorate")
    grouped = False
    for k in range(sent.token_start, sent.token_end):
        low = lows[k]
        nxt = lows[k + 1] if k + 1 < sent.token_end else ""
        if low in ("percent", "%", "pct", "per"):
            share = True
            if low != "per" and (nxt in ("said", "say", "says", "were", "are", "would", "will", "support", "supported", "back", "backed", "of")):
                grouped = grouped or nxt != "of"  # "Thirty percent said ...": the share is the speaker
        elif low in ("majority", "majorities", "plurality", "half", "third", "quarter", "two-thirds") and nxt == "of":
            share = True
        elif doc.tokens[k].pos == "NUM" and nxt in ("of", "in") and k + 2 < sent.token_end and doc.tokens[k + 2].pos == "NUM":
            share = True  # "three of four Americans", "two in three respondents"
        if low in groups or doc.tokens[k].lemma.lower() in groups:
            grouped = True
    return share and grouped


def _agrees_with_a_view(doc: AnnotatedDocument, t: Token) -> bool:
    """"agree with" + something said or thought (``said-thing``, ``view-word``: the analysis, that
    assessment, his comments, "her religious views", "the senator's beliefs"): the speaker shares a
    view, or, negated, does not -- no AGREE and no REJECT; agreeing with a party stays AGREE."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    if k >= sent.token_end or lows[k] != "with":
        return False
    views = _words("said-thing") | _words("view-word")
    j = k + 1
    while j < min(sent.token_end, k + 7):
        if lows[j] in views or doc.tokens[j].lemma.lower() in views:
            return True
        if doc.tokens[j].pos in ("NOUN", "PROPN") and j + 1 < sent.token_end and lows[j + 1] in ("'s", "’s"):
            j += 2  # "with the senator's beliefs": the holder's possessive (stop 38, e41)
            continue
        if doc.tokens[j].pos not in ("DET", "ADJ", "PRON"):
            return False
        j += 1
    return False


def _press_request(doc: AnnotatedDocument, t: Token) -> bool:
    """"request(s) for" + an interview or a comment within six words after the verb."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 6)):
        if lows[k] in ("request", "requests", "invitation", "invitations") and lows[k + 1] == "for":
            return any(lows[j] in _words("press-request") for j in range(k + 2, min(sent.token_end, k + 5)))
    return False


def _defends_own_thing(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"defend" + a possessive + a thing ("her decision", "his record", "their handling of"): one's
    own choices, not another party supported. "defended its ally" (a party) stays SUPPORT."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    if k >= sent.token_end or lows[k] not in ("his", "her", "their", "its", "my", "our", "your"):
        return False
    k += 1
    while k < sent.token_end and doc.tokens[k].pos == "ADJ":
        k += 1
    if k >= sent.token_end:
        return False
    head = doc.tokens[k]
    return head.pos == "NOUN" and draft.actor_at(head.start, head.end) is None and nominal_kind(head) is None and head.lemma.lower() not in _words("ally-word")


def _force_in_sentence(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A party with force in the sentence: an actor that is a country or has an armed, police or
    government sector code, or an ``armed-context`` word other than the verb -- "army" only when no
    of-phrase follows ("an army of retirees" is a crowd)."""
    sent = doc.sentences[t.sent]
    for start, end, a in draft.mentions_between(doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end):
        if doc.text[end:end + 3] == " of" and doc.text[start:end].lower().endswith(("army", "armies")):
            continue  # "an angry army of retirees": a crowd
        actor = draft.actor_fields(a)
        if actor is not None and (actor.kind == "country" or actor.code and any(c in actor.code for c in _FORCE_CODES)):
            return True
    armed = _words("armed-context") | _words("armed-word")
    lemmas = doc.lowered_lemmas()
    lows = doc.lowered_texts()
    for k in range(sent.token_start, sent.token_end):
        if k == t.i or not (lemmas[k] in armed or lows[k] in armed):
            continue
        if lows[k] in ("army", "armies") and k + 1 < sent.token_end and lows[k + 1] == "of":
            continue
        return True
    return False


def _hosts_a_show(doc: AnnotatedDocument, t: Token) -> bool:
    """"host" + a show, a game or a party (``hosted-show``: tournament, concert, fundraiser)."""
    return _class_word_ahead(doc, t, "hosted-show", 4, ("DET", "ADJ", "PROPN", "NUM", "NOUN"), ("'s", "’s"))


def _charges_a_price(doc: AnnotatedDocument, t: Token) -> bool:
    """"charge" + "less / more" or a price word ("charge fees", "charged customers higher rates")."""
    nxt = _next_text(doc, t)
    if nxt in ("less", "more", "extra"):
        return True
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        if lows[k] in _words("price-word"):
            return True
        if lows[k] in ("less", "more", "extra") and k <= t.i + 3 and doc.tokens[k - 1].pos in ("NOUN", "PROPN", "PRON"):
            return True  # after whom it charges: "charges passengers more for bags", "charged them extra" (stop 37)
        if lows[k] in ("with", "of", "that", ","):
            return False
    return False


def _candidate_rallies(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A name right before "rallies" ("at Trump rallies", "Sanders rallies") in a sentence with no
    word of protest: the candidate's own campaign events."""
    sent = doc.sentences[t.sent]
    if t.i == sent.token_start:
        return False
    prev = doc.tokens[t.i - 1]
    if prev.pos != "PROPN" or draft.actor_at(prev.start, prev.end) is None:
        return False
    lows = doc.lowered_texts()
    return not any(lows[k] in ("against", "protest", "protests", "protesters", "demonstrators", "anti") for k in range(sent.token_start, sent.token_end))


def talks_about_alone(doc: AnnotatedDocument, t: Token) -> bool:
    """"discuss" by one speaker with no partner: no "with", "between" or "among" after it in its
    sentence ("between" right after a noun is the topic's: :func:`_topic_between`), a singular subject (the nearest noun or pronoun before it, with no "and" between)
    -- "the actor discussed the absence of Latinos in history books". "The two leaders
    discussed", "discussed trade with his counterpart" stay CONSULT."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i > sent.token_start and lows[t.i - 1] == "to":
        return _before_the_press(doc, t)  # "called Putin on Tuesday to discuss the ceasefire": the purpose of a call or trip
    if any(lows[k] in ("with", "by") or lows[k] in ("between", "among") and not _topic_between(doc, k) for k in range(t.i + 1, sent.token_end)):
        return False
    lo = t.i - 1
    while lo >= sent.token_start and doc.tokens[lo].pos != "PUNCT":
        lo -= 1
    clause = range(lo + 1, t.i)  # the subject's stretch: from the last punctuation to the verb
    if any(lows[k] in ("and", "&", "both", "two", "three", "they", "we", "who", "which", "that") for k in clause):
        return False  # "Putin and Xi discussed trade": two parties
    if len(clause) == 1 and lows[t.i - 1] in _SUBORDINATORS:
        return _one_speaker_after(doc, t)  # "while discussing a post from the governor, the speaker said"
    for k in reversed(clause):
        w = doc.tokens[k]
        if w.pos == "PRON":
            return lows[k] in ("he", "she")
        if w.pos in ("NOUN", "PROPN"):
            return w.pos == "PROPN" or w.lemma.lower() == lows[k]  # a singular noun: lemma and form agree
    return False


def _topic_between(doc: AnnotatedDocument, k: int) -> bool:
    """"between" / "among" at ``k`` right after a noun: it belongs to that noun, the topic ("discussed
    the gap between the two budgets", "the rivalry between the parties"), and names no partner of
    the talks (stop 44, e69; dev batch 123 C).  "discussed between themselves" stays a partner."""
    return k > 0 and doc.tokens[k - 1].pos in ("NOUN", "PROPN")


#: Words that open an adverbial clause whose "-ing" verb takes the main clause's subject.
_SUBORDINATORS = frozenset({"while", "when", "after", "before", "since"})


def _before_the_press(doc: AnnotatedDocument, t: Token) -> bool:
    """"to discuss" as the purpose of an appearance before the press: a word of ``audience``
    (reporters, journalists, listeners) stands before it in its clause ("appeared before
    reporters on Monday to discuss his government's plan", "spoke to journalists to discuss the
    council's budget") and no partner after it in its clause -- a briefing, no partner met (stop
    39, e44; dev batch 87).  "Called Putin to discuss the ceasefire" names no audience and stays a
    call; "to discuss the floods with the prime minister" has a partner."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, sent.token_end):
        if lows[k] in (",", ";", ":"):
            break
        if lows[k] in ("with", "between", "among"):
            return False  # "to discuss the floods with the prime minister": a partner
    audience = _words("audience")
    for k in range(t.i - 1, sent.token_start - 1, -1):
        if lows[k] in (",", ";", ":", "where", "before", "after"):
            return False  # "met with local reporters ..., before heading to Germany to discuss": another clause's audience
        if lows[k] in audience:
            return True
    return False


def _one_speaker_after(doc: AnnotatedDocument, t: Token) -> bool:
    """"while discussing X, the speaker said ...": the adverbial clause's "-ing" verb takes the
    subject of the main clause after the next comma; one speaker (a singular noun, a name, "he" or
    "she"), no partner (stop 39, e44; dev batch 87).  "While discussing the ceasefire with the
    envoy" has a partner and is not asked."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and lows[k] != ",":
        k += 1
    for j in range(k + 1, min(sent.token_end, k + 5)):
        w = doc.tokens[j]
        if lows[j] in ("and", "&", "both", "two", "they", "we"):
            return False
        if w.pos == "PRON":
            return lows[j] in ("he", "she")
        if w.pos in ("NOUN", "PROPN"):
            nxt = lows[j + 1] if j + 1 < sent.token_end else ""
            if nxt in ("and", "&") or w.pos == "NOUN" and w.lemma.lower() != lows[j]:
                return False  # "the speaker and her aide", "the ministers": more than one
            return True
    return False


def _yields_a_product(doc: AnnotatedDocument, t: Token) -> bool:
    """"yield" + what comes of something (``yield-product``: victories, results, returns, clues)."""
    return _class_word_ahead(doc, t, "yield-product", 3, ("DET", "ADJ", "NUM"))


def _thanks_own_backers(doc: AnnotatedDocument, t: Token) -> bool:
    """"thank" + a candidate's own backers (``electorate`` and ``backers`` words: supporters, the
    crowd, volunteers) within three words: a courtesy at a rally, not CAMEO's praise of a party."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    backers = _words("electorate") | _words("backers")
    for k in range(t.i + 1, min(sent.token_end, t.i + 4)):
        if lows[k] in backers:
            return True
        if doc.tokens[k].pos not in ("DET", "ADJ", "PRON"):
            return False
    return False


def _funds_a_campaign(doc: AnnotatedDocument, t: Token) -> bool:
    """What is funded is a political campaign: a "PAC" (or a political action committee written
    out) or a ``candidacy`` word (campaign, bid, re-election), also a noun's lemma ("bankrolling
    congressional campaigns", stop 38, e41; not a verb's: "militias running the crossing"), within six words after the verb or the donation noun
    (eight for the committee's three words) -- money in politics, not PLOVER AID."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 9)):
        if k < t.i + 7 and (lows[k] in ("pac", "pacs", "super-pac", "re-election", "reelection") or lows[k] in _words("candidacy") or doc.tokens[k].pos == "NOUN" and doc.tokens[k].lemma.lower() in _words("candidacy")):
            return True
        if lows[k] in ("committee", "committees") and lows[k - 1] == "action" and lows[k - 2] == "political":
            return True  # a political action committee, written out (three words for one)
        if lows[k] in (",", ";", "that", "which", "who"):
            return False
    return False


def _crowd_in_sentence(doc: AnnotatedDocument, t: Token) -> bool:
    """A crowd that can come to blows (``crowd-word``: protesters, fans, rioters, gangs) in the sentence."""
    return _sentence_has(doc, t, _words("crowd-word"), lemmas=False)


def _occupies_a_role(doc: AnnotatedDocument, t: Token) -> bool:
    """"occupy" + a role or position (``held-role``: a role, the post, a seat, a place in)."""
    return _class_word_ahead(doc, t, "held-role", 3, ("DET", "ADJ", "PRON"))


def _class_word_ahead(doc: AnnotatedDocument, t: Token, cls: str, within: int, between: tuple[str, ...], also: tuple[str, ...] = ()) -> bool:
    """A word of ``sense_words`` class ``cls`` (by form or lemma) among the ``within`` words after
    ``t``, reached over words tagged ``between`` (or written as in ``also``) only."""
    sent = doc.sentences[t.sent]
    words = _words(cls)
    for k in range(t.i + 1, min(sent.token_end, t.i + within + 1)):
        w = doc.tokens[k]
        if w.lemma.lower() in words or w.text.lower() in words:
            return True
        if w.pos not in between and w.text.lower() not in also:
            return False
    return False


def _private_people_on_a_thing(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The subject is people that only WordNet names (diners, holidaymakers, gardeners: no actor
    lexicon and no sector code) and the object is a thing, no actor or person noun: consumers and
    crowds acting on things ("Diners rejected the new menu", "Holidaymakers invaded the beaches"),
    no political party. For ASSAULT only the crowd verbs (``_ENTRY_VERBS``); "tribesmen kidnapped
    two tourists" has people as its object and stays."""
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k >= sent.token_start and doc.tokens[k].pos in ("ADV", "AUX", "PART"):
        k -= 1
    if k < sent.token_start:
        return False
    subj = doc.tokens[k]
    low, lemma = subj.text.lower(), subj.lemma.lower()
    if subj.pos not in ("NOUN", "PROPN") or not _wordnet_plural(low, lemma):
        return False
    if low in group_nouns() or lemma in group_nouns() or lemma in person_nouns() or low.removesuffix("s") in person_nouns():
        return False  # a people noun of the project's own lists: a party news reports on
    actor = draft.actor_fields(draft.actor_at(subj.start, subj.end))
    if actor is not None and actor.code:
        return False
    if _force_in_sentence(doc, draft, t):
        return False  # "Al-Shabaab fighters stormed a hotel": armed men, whatever the noun
    j = t.i + 1
    while j < sent.token_end and (doc.tokens[j].pos in ("DET", "ADJ", "NUM") or doc.lowered_texts()[j] in ("his", "her", "their", "its")):
        j += 1
    if j >= sent.token_end or doc.tokens[j].pos != "NOUN":
        return False
    obj = doc.tokens[j]
    while j + 1 < sent.token_end and doc.tokens[j + 1].pos == "NOUN":
        j += 1
        obj = doc.tokens[j]  # the head of a compound: "the weekend crowds"
    return draft.actor_at(obj.start, obj.end) is None and nominal_kind(obj) is None


def _out_of_hardship(doc: AnnotatedDocument, t: Token) -> bool:
    """"lift" + (an object) + "out of" + a ``hardship-noun`` (poverty, debt, misery ...) within a
    few words of the verb: people raised from a condition, no restriction or sanction eased (stop
    41, e51; dev batch 100).  "Lifted the curfew" has no "out of" and stays."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    hardship = _words("hardship-noun")
    for k in range(t.i + 1, min(sent.token_end - 2, t.i + 8)):
        if lows[k] in (",", ";", ":"):
            return False
        if lows[k] == "out" and lows[k + 1] == "of":
            j = k + 2
            while j < sent.token_end and doc.tokens[j].pos in ("DET", "ADJ", "PRON"):
                j += 1
            return j < sent.token_end and lows[j] in hardship
    return False


def _object_in(doc: AnnotatedDocument, t: Token, cls: str) -> bool:
    """The head of the noun phrase right after the verb (past determiners, possessives, adjectives,
    numbers and parenthesised asides; the last noun of a compound: "the arms *embargo*") is a word
    of ``sense_words`` class ``cls``."""
    sent = doc.sentences[t.sent]
    end = min(sent.token_end, t.i + 10)
    k = t.i + 1
    depth = 0
    head = None
    while k < end:
        w = doc.tokens[k]
        low = w.text.lower()
        if low == "(":
            depth += 1
        elif low == ")":
            depth -= 1
        elif depth == 0:
            if w.pos in ("NOUN", "PROPN"):
                head = w
            elif head is None and w.pos == "VERB" and low.endswith("ed") and doc.tokens[k - 1].pos == "DET":
                pass  # a participle as an adjective ("a combined 600 kilograms")
            elif head is not None or not (w.pos in ("DET", "ADJ", "NUM", "PRON", "ADV") or low in ("his", "her", "their", "its", "our", "my")):
                break
        k += 1
    words = _words(cls)
    return head is not None and (head.text.lower() in words or head.lemma.lower() in words)


def _own_body_meeting(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A meeting named by the one body that holds it ("DNC meetings", "the RNC's spring meeting"),
    with no "with", "between" or "among" after it: the body's own session. An international
    body's meeting ("the NATO meeting": members consulting, code IGO) and a meeting of named
    parties ("Putin and Erdogan held a meeting") stay CONSULT."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i + 1 < sent.token_end and lows[t.i + 1] in ("with", "between", "among", "of"):
        return False
    k = t.i - 1
    while k > sent.token_start and (doc.tokens[k].pos == "ADJ" or lows[k] in ("'s", "’s", "spring", "fall", "summer", "winter", "annual", "weekly", "monthly")):
        k -= 1
    if k < sent.token_start or doc.tokens[k].pos != "PROPN":
        return False
    actor = draft.actor_fields(draft.actor_at(doc.tokens[k].start, doc.tokens[k].end))
    return actor is not None and actor.kind == "organization" and not (actor.code and "IGO" in actor.code)
