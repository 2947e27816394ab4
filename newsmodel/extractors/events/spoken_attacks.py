"""Criticism told in words of force (issue 14 batch 57, e25: PolNeAR train, seeds 130-139).

Campaign news reports criticism with the vocabulary of combat: "Trump unleashed a harsh attack
on Ben Carson", "launched a blistering attack on his rival", "blasted the governor", "ripped the
attorney general for mishandling the inquiry", "assailed the nominee as unqualified", "mocked the
prime minister's promise".  With no armed party in the sentence these are PLOVER ACCUSE
(disapprove; CAMEO 111 criticize or denounce), not ASSAULT; the same words with a thing as their
object name no event at all ("workers blasted through the rock", "the storm ripped the roof off",
"mocked up a poster", "a radio blasted music").
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ...lexicons.dates import date_units, months, weekdays
from ..denial_forms import base_form
from ..mentions import POSSESSIVES
from ..nominals import names_party
from .triggers import words_of

__all__ = ["attacked_for", "criticizes_someone", "goes_after_someone", "spoken_attack_on"]

#: Attack nouns of a verbal attack ("his attacks on the senator", "a fresh assault on the governor").
_ATTACK_NOUNS = frozenset({"attack", "assault", "broadside", "tirade", "diatribe"})
#: Objects that are a person's record or standing rather than the person ("an attack on the
#: governor's record", "attacks on his fitness"): criticism of the one whose they are.
_STANDING = frozenset({"record", "fitness", "character", "judgment", "judgement", "integrity", "credibility", "temperament"})
#: Particles that give a criticism verb another sense ("mocked up", "ripped off", "blasted off").
_OTHER_SENSE_PARTICLES = frozenset({"up", "off", "out", "away", "apart", "down", "through", "open"})


def _person(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    """A person or political body: an actor of kind person (or an organisation or a country, the
    parties of politics) at ``w``, or a noun the lexicons type as a person ("the governor")."""
    return names_party(draft, w, actor_kinds=("person", "organization", "country"), noun_kinds=("person",))


def _person_pronoun_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The word right after the verb is "him" or "her" standing alone as its object (not "her"
    before a noun, a possessive: "mocked her record"): a person, whoever it refers to (e66, stop 43)."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k >= sent.token_end or doc.tokens[k].text.lower() not in ("him", "her"):
        return False
    nxt = doc.tokens[k + 1] if k + 1 < sent.token_end else None
    return nxt is None or nxt.pos not in ("NOUN", "PROPN", "ADJ", "NUM")


def _coded_group(draft: Draft, w: Token) -> bool:
    """A group actor with a CAMEO code at ``w`` ("insulted *reporters*": MED, "mocked the
    *lawmakers*"): a party that criticism can hit; an uncoded group ("the spring", a crowd of
    no sector) is not one (e66, stop 43)."""
    actor = draft.actor_fields(draft.actor_at(w.start, w.end))
    return actor is not None and actor.kind == "group" and bool(actor.code)


def _object_of(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb's object head: with a parse its ``obj``; without one the first noun after it, past
    determiners, adjectives, possessives and "'s" ("blasted *the governor*", "mocked the prime
    minister's *promise*"), within six words; None past a preposition or a verb."""
    if doc.has_parse:
        return next((c for c in doc.children(t.i) if c.dep in ("obj", "dobj") and c.i > t.i), None)
    sent = doc.sentences[t.sent]
    obj = None
    for k in range(t.i + 1, min(sent.token_end, t.i + 7)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            obj = w  # the last noun of the phrase is its head ("the prime minister's promise")
            continue
        if w.pos in ("DET", "ADJ", "NUM") or w.text.lower() in POSSESSIVES or w.text in ("'s", "’s"):
            continue
        break
    return obj


def _whose(doc: AnnotatedDocument, draft: Draft, obj: Token) -> bool:
    """The object is a thing of a person: a possessive person before it ("the prime minister's
    promise", "the governor's budget", "his record")."""
    if doc.has_parse:
        return any(c.dep == "nmod:poss" and (c.text.lower() in POSSESSIVES or _person(doc, draft, c)) for c in doc.children(obj.i))
    sent = doc.sentences[obj.sent]
    k = obj.i - 1
    while k > sent.token_start and doc.tokens[k].pos in ("ADJ", "NOUN"):
        k -= 1  # "the governor's tax plan"
    w = doc.tokens[k]
    if w.text.lower() in POSSESSIVES:
        return True
    return w.text in ("'s", "’s") and k > sent.token_start and _person(doc, draft, doc.tokens[k - 1])


#: ``sense_words.tsv`` classes of things said, decided or agreed in politics: criticism of one is
#: criticism ("rips the agreement to restructure the debt", "blasted the plan", "mocked the idea").
_POLITICAL_THINGS = ("charter-word", "pact-word", "bill-word", "policy-plan", "view-word")


def _political_thing(obj: Token) -> bool:
    """The object is a deal, a law, a plan or a view (``_POLITICAL_THINGS``)."""
    from .senses import event_words

    return any(obj.lemma.lower() in event_words(c) or obj.text.lower() in event_words(c) for c in _POLITICAL_THINGS)


#: Criticism verbs whose other sense is scrapping ("vows to trash bad trade deals"): a deal or a plan
#: with no one's name on it is done away with, not criticised; "trashed the mayor's budget" is words
#: (precision audit of issue 14 batch 61, spaCy on PolNeAR train seed 170).
_SCRAP = frozenset({"trash"})


def _scrap_sense(t: Token) -> bool:
    return t.lemma.lower() in _SCRAP or base_form(t.text.lower(), _SCRAP) is not None


def _criticism_verb(t: Token) -> bool:
    """The verb is a ``criticism-verb``, by its lemma or, when a lemmatiser made no word of it
    ("bashed" -> "bashe"), by its written form with the ending taken off (denial_forms)."""
    verbs = words_of("criticism-verb")
    return t.lemma.lower() in verbs or (t.text.lower().endswith(("ed", "ing", "es")) and base_form(t.text.lower(), verbs) is not None)


def criticizes_someone(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A ``criticism-verb`` (``event_cues.tsv``: "blast", "rip", "assail", "mock") whose object is a
    person or a political body, a thing of one ("mocked the prime minister's promise") or a deal,
    a law, a plan or a view ("rips the agreement"), with no
    particle of another sense after it and no armed party acting (:func:`_armed_before`): criticism (CAMEO 111).
    "blasted through the rock", "ripped the roof off", "mocked up a poster" are none."""
    if t.pos != "VERB" or not _criticism_verb(t):
        return False  # first: asked of every verb no lexicon row claims
    sent = doc.sentences[t.sent]
    if t.i + 1 < sent.token_end and doc.tokens[t.i + 1].text.lower() in _OTHER_SENSE_PARTICLES:
        return False
    if doc.has_parse and any(c.dep == "compound:prt" for c in doc.children(t.i)):
        return False  # "ripped the roof off": a particle after the object
    obj = _object_of(doc, t)
    if obj is None and _person_pronoun_object(doc, t):
        return not _armed_before(doc, draft, t)  # "began vilifying her on the radio", "blasted him"
    political = _political_thing(obj) if obj is not None and not _scrap_sense(t) else False
    if obj is None or not (_person(doc, draft, obj) or _person_pronoun_object(doc, t) or _coded_group(draft, obj) or _whose(doc, draft, obj) or political):
        return False
    if not doc.has_parse and any(doc.tokens[k].text.lower() in _OTHER_SENSE_PARTICLES for k in range(obj.i + 1, min(sent.token_end, obj.i + 2))):
        return False
    return not _armed_before(doc, draft, t)


def goes_after_someone(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A verb of pursuit (``pursuit-verb`` of ``event_cues.tsv``: "go", "come") with "after" right
    after it and, as the phrase after "after", a person or a political body ("went after the
    governor", "came after him") or a party's record, conduct, deal, plan or view ("went after the
    senator's record"), with no armed party acting: criticism in words (CAMEO 111; issue 14
    batch 79, PolNeAR train recall).  A goal or a thing
    pursued ("went after the nomination", "went after the rare stamps") names no event; neither
    does a time ("went after the vote": no party's thing)."""
    if t.pos != "VERB" or t.lemma.lower() not in words_of("pursuit-verb"):
        return False  # first: asked of every verb no lexicon row claims
    sent = doc.sentences[t.sent]
    if t.i + 2 >= sent.token_end or doc.tokens[t.i + 1].text.lower() != "after":
        return False
    first = doc.tokens[t.i + 2]
    if first.text.lower() in ("him", "her", "them"):
        return not _armed_before(doc, draft, t)
    head = None
    after_phrase = None
    for k in range(t.i + 2, min(sent.token_end, t.i + 9)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            head = w  # the last noun of the phrase is its head ("the city council", "the senator's record")
            continue
        if w.pos in ("DET", "ADJ", "NUM") or w.text.lower() in POSSESSIVES or w.text in ("'s", "’s"):
            continue
        after_phrase = w
        break
    if head is None:
        return False
    if after_phrase is not None and after_phrase.pos in ("VERB", "AUX") and not after_phrase.text.lower().endswith("ing"):
        return False  # "the appeal came after a rival attacked her": "after" opens a clause, a time (stop 37, PolNeAR dev check)
    party = names_party(draft, head, actor_kinds=("person", "organization", "country", "group"), noun_kinds=("person", "group", "organization"))
    standing = (head.lemma.lower() in _STANDING or _party_conduct(doc, draft, head)) and _whose(doc, draft, head)
    return (party or standing) and not _armed_before(doc, draft, t)


def _armed_before(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """An armed party on the acting side: an actor with an armed sector code or an
    ``armed-context`` or ``armed-foe`` word before the verb in its sentence ("Troops blasted the
    rebels' positions", "Artillery blasted the town"), or a weapon after "with". What is
    criticised may be armed or police ("ripped FBI Director James Comey for ...")."""
    from .senses import _ARMED, _with_instrument, coded_mention_between, event_words

    if _with_instrument(doc, t):
        return True
    sent = doc.sentences[t.sent]
    if coded_mention_between(draft, doc.tokens[sent.token_start].start, t.start, _ARMED):
        return True
    armed = event_words("armed-context") | event_words("armed-foe")
    lemmas = doc.lowered_lemmas()
    return any(lemmas[k] in armed for k in range(sent.token_start, t.i))


def spoken_attack_on(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """An attack noun made by someone -- a possessive ("Trump's attack on", "his attacks on") or
    the subject of the verb it is the object of ("unleashed a harsh attack on", "leveled a fresh
    attack on") -- on a person or a person's record, in a sentence with no armed party (the
    caller has checked): criticism.  An attack noun with no one making it ("the attack on the
    senator") stays the caller's (violence or nothing)."""
    if t.pos != "NOUN" or t.lemma.lower() not in _ATTACK_NOUNS:
        return False
    from .armed_campaigns import _PRESS
    from .senses import _prep_object

    sent = doc.sentences[t.sent]
    if any(doc.tokens[k].lemma.lower() in _PRESS for k in range(max(sent.token_start, t.i - 4), t.i)):
        return False  # "stepped up her attacks on": the verb's event (armed_campaigns.pressed_attack)
    on = _prep_object(doc, t, 1, ("on", "against"))
    if on is None or not (_person(doc, draft, on) or on.lemma.lower() in _STANDING or on.text.lower() in _STANDING or _party_conduct(doc, draft, on)):
        return False
    return _made_by_someone(doc, draft, t)


#: ``sense_words.tsv`` classes of a party's conduct or attitude told as a noun: an attack on one that
#: is someone's ("attacks on the governor's handling of the flood", "on her readiness to accept
#: corporate money") is criticism of that someone (issue 14 batch 75, PolNeAR train recall).
_CONDUCT = ("conduct-noun", "disposition-noun")


def _party_conduct(doc: AnnotatedDocument, draft: Draft, on: Token) -> bool:
    """The attacked thing is a party's conduct, attitude, deal, law, plan or view, with its owner
    named by a possessive ("the governor's handling", "her readiness"); a thing with no owner
    ("an attack on the handling of the flood") or a physical one ("the governor's convoy") is not."""
    from .senses import event_words

    lemma, low = on.lemma.lower(), on.text.lower()
    conduct = any(lemma in event_words(c) or low in event_words(c) for c in _CONDUCT)
    return (conduct or _political_thing(on)) and _whose(doc, draft, on)


def _made_by_someone(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """With a parse, a possessive on the noun or an actor subject of its verb; without one, a
    possessive or a person or body named before it in its clause."""
    if doc.has_parse:
        if any(c.dep == "nmod:poss" for c in doc.children(t.i)):
            return True
        if t.dep in ("obj", "dobj") and t.head is not None:
            from ..roles import agent_actor

            return agent_actor(doc, draft, doc.tokens[t.head]) is not None
        return False
    sent = doc.sentences[t.sent]
    for k in range(t.i - 1, max(sent.token_start, t.i - 10) - 1, -1):
        w = doc.tokens[k]
        if w.text in (",", ";", ":") or w.text.lower() in ("and", "but", "which", "who", "that"):
            return False
        if w.text.lower() in POSSESSIVES or w.text in ("'s", "’s") or w.pos in ("NOUN", "PROPN") and _person(doc, draft, w):
            return True
    return False


def attacked_for(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"attack" or "hit" (``reasoned-attack-verb``) whose object is a person and whose words after the object say it was criticism:
    a "for" phrase giving a reason -- a gerund or a person's conduct ("attacked Mitt Romney for
    being a failed candidate", "attacking Trump for the greed of his campaign"); an "as" phrase
    saying what the person is ("attacked Clinton as too close to Wall Street", issue 14 batch 61);
    or a phrase naming where it was said (``speech-setting``: "attacked Clinton and Rubio during
    his speech", "in a tweet").  Blame, criticism (CAMEO 111), in a sentence with no armed party
    (the caller has checked); an "over" phrase naming a topic, not a time ("attacked the cabinet
    over the budget", not "over the weekend"; lead, stop 42, dev batch 107).  The object found without a parse, too; names joined to it by "and"
    are passed over."""
    if t.pos != "VERB" or t.lemma.lower() not in words_of("reasoned-attack-verb"):
        return False  # "attack", "hit" ("hit her rival for skipping the debate"; e59, stop 42, batch 110)
    obj = _object_of(doc, t)
    if obj is None or not _person(doc, draft, obj) or not _one_party_before(doc, draft, t):
        return False  # ("a mob attacked the governor for his role": a crowd's blows)
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    start = _past_joined_names(doc, obj)
    for k in range(start, min(sent.token_end - 1, start + 3)):
        if lows[k] == "for":
            nxt = doc.tokens[k + 1]
            if "time" in lows[k + 1 : k + 4]:
                return False  # "for the second time"
            # (a clause of the party's conduct: "attacked the mayor for what she said", "for how
            # it handled the budget", "for not acting"; issue 14 batch 83)
            return nxt.text.lower().endswith("ing") and nxt.pos in ("VERB", "AUX") or nxt.pos == "DET" or nxt.text.lower() in POSSESSIVES or nxt.text.lower() in _CONDUCT_CLAUSE_OPENERS
        if lows[k] == "as":
            return _characterisation(doc, k + 1)
        if lows[k] == "over":
            return _topic_after(doc, k + 1)
        if lows[k] in _SETTING_PREPOSITIONS:
            return _speech_setting(doc, k + 1)
        if lows[k] in (",", ";", "and", "but", "with"):
            return False
    return False


def _topic_after(doc: AnnotatedDocument, i: int) -> bool:
    """The "over" phrase starting at ``i`` names a topic ("over the budget", "over his handling of
    the crisis"), not a time ("over the weekend", "over the past two days", "over Christmas"): its
    head noun, past determiners, adjectives, numbers and possessives, is no date word
    (``dates.tsv``) or time noun (``over-time-noun`` of ``sense_words.tsv``) and no name."""
    sent = doc.sentences[doc.tokens[i].sent]  # (the caller reads "over" before its sentence's last token)
    k = i
    while k < sent.token_end and doc.tokens[k].pos in ("DET", "ADJ", "NUM", "PRON"):
        k += 1
    if k >= sent.token_end or doc.tokens[k].pos != "NOUN":
        return False  # "over Christmas", "over there": no topic the parse shows
    low = doc.tokens[k].text.lower()
    return low not in word_class("sense_words.tsv", "over-time-noun") and not (low in date_units() or low in weekdays() or low in months())


#: Words that open a clause of conduct after "for" ("attacked the mayor for *what* she said").
_CONDUCT_CLAUSE_OPENERS = frozenset({"what", "how", "why", "not", "never"})

#: Prepositions that open the place or occasion of an attack ("during his speech", "in an interview").
_SETTING_PREPOSITIONS = frozenset({"during", "in", "at", "on"})


def _past_joined_names(doc: AnnotatedDocument, obj: Token) -> int:
    """The index right after the object and the names joined to it by "and" or commas
    ("attacked Hillary Clinton and Marco Rubio during ..."): the words that say how come next."""
    sent = doc.sentences[obj.sent]
    k = obj.i + 1
    while k < sent.token_end:
        w = doc.tokens[k]
        if w.pos == "PROPN":
            k += 1
        elif w.text.lower() in ("and", ",") and k + 1 < sent.token_end and doc.tokens[k + 1].pos == "PROPN" and obj.pos == "PROPN":
            k += 1
        else:
            break
    return k


#: Degree adverbs before an adjective ("as too close", "as overly cautious").
_DEGREE = frozenset({"too", "so", "very", "overly", "far", "more", "less", "most", "insufficiently"})


def _characterisation(doc: AnnotatedDocument, k: int) -> bool:
    """The words from ``k`` (right after "as") describe someone: an adjective, a degree adverb or
    a noun phrase with no verb of its own ("as too close to Wall Street", "as a liar", "as being
    weak"), not a clause of time ("as it passed", "as the crowd cheered")."""
    sent = doc.sentences[doc.tokens[k - 1].sent]
    if k >= sent.token_end or doc.tokens[k].pos in ("PRON", "PROPN") or doc.tokens[k].text.lower() in POSSESSIVES:
        return False
    for j in range(k, min(sent.token_end, k + 5)):
        w = doc.tokens[j]
        after_degree = j > k and doc.tokens[j - 1].text.lower() in _DEGREE  # "too close": a tagger's verb is an adjective
        if w.pos in ("VERB", "AUX") and w.text.lower() != "being" and not after_degree and not (j > k and w.text.lower().endswith("ed") and doc.tokens[j - 1].pos in ("ADV", "DET")):
            return False  # "as the crowd cheered"
        if w.text in (",", ";", ".") or w.pos == "ADP":
            break
    return True


def _speech_setting(doc: AnnotatedDocument, k: int) -> bool:
    """A ``speech-setting`` noun ("speech", "interview", "tweet") heads the phrase from ``k``
    (within four words: "during his speech in Iowa", "in a televised interview")."""
    from .senses import event_words

    sent = doc.sentences[doc.tokens[k - 1].sent]
    settings = event_words("speech-setting")
    for j in range(k, min(sent.token_end, k + 4)):
        w = doc.tokens[j]
        if w.lemma.lower() in settings or w.text.lower() in settings:
            return True
        if w.pos not in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "ADV") and w.text.lower() not in POSSESSIVES:
            return False
    return False


def _one_party_before(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The attacker is one person or body (an actor of kind person, organisation or country): with
    a parse the verb's agent, without one the nearest actor named before it in its sentence. A
    crowd or an armed group ("a mob", "gunmen") strikes blows; a political group ("the
    opposition", "lawmakers") is a party here."""
    if doc.has_parse:
        from ..roles import agent_actor

        a = agent_actor(doc, draft, t)
    else:
        sent = doc.sentences[t.sent]
        before = draft.mentions_before(t.start, limit=doc.tokens[sent.token_start].start)
        a = before[0][2] if before else None
    actor = draft.actor_fields(a) if a else None
    if actor is not None and actor.kind == "group":
        # a political group ("the opposition", "lawmakers", "critics": no code, or a code of a
        # political sector) argues; a coded crowd or armed group ("gunmen", "a mob") strikes
        return actor.code is None or actor.code[-3:] in _POLITICAL_SECTORS
    return actor is not None and actor.kind in ("person", "organization", "country")


#: CAMEO sector codes of groups whose "attack" is told in words (legislators, government, judges,
#: parties): lead, stop 42, dev batch 107.
_POLITICAL_SECTORS = frozenset({"LEG", "GOV", "JUD", "PTY"})
