"""Event words whose other side is no party: an idea, a thing, a guest, a relative (stop 30, e18).

Found by reading both engines' output on PolNeAR train (seeds 50-59) and rewritten as the
project's own sentences (dev batch 48, ``tests/test_events_e18.py``).  PLOVER codes acts of one
political party toward another; these usages share the event's word but not its parties:

* a thing handled: "shouted at him to drop his gun" (a weapon let go, no air attack), "released
  only part of the footage", "figures her campaign released" (a record published, no detainee
  freed), "struck many of the same notes" (rhetoric, no attack);
* an idea: "would laud the same concepts" (praise of an idea backs no actor), "went on to contrast
  the two plans" (a comparison, no rejection), "has proposed nothing" (no offer at all);
* a document as the subject: "if the governor's plan rejected single parents", "nothing in the
  Constitution denies the states ...", "a case that had threatened to cripple the unions" (no party acts), "would deny the right to an abortion" (a
  legal question, no party refused);
* a split: "breaks with the White House on tariffs", "break with the party line" (disagreement,
  no threat); "a campaign turned upside down" (an upheaval); "effectively destroyed the president's
  plan" (a plan undone, no attack);
* private and campaign life: "welcomed several hundred guests" (a host), "appeals to suburban
  voters" (canvassing), "broadening his appeal", "he appeals to working people" (a draw), "did not
  return a phone message" (a reply), "a retired Army officer" (an attribute), "invite twice as many guests" (a host), "urges her boyfriend to get out of the car" (kin, no political request);
  "invited her to lunch" (a meal), "visited a war memorial" (a site with no host; stop 34, e29).

:func:`party_non_event` is one of the checks of :func:`.non_event_senses.non_event`; it only reads
the document, so it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import weekdays
from .non_event_senses import _next_text, _words
from .sense_checks import SenseCheck, keys

__all__ = ["party_non_event"]

#: Verbs of praise; their object's head decides whether a party is backed.
_PRAISE = frozenset({"laud", "praise", "hail", "applaud", "extol", "commend"})

#: Verbs of a request whose object may be the speaker's own relative.
_ASK = frozenset({"urge", "ask", "tell", "beg", "implore", "plead"})

#: Verbs of destruction whose object may be a plan or a bill ("destroyed the president's plan").
_WRECK = frozenset({"destroy", "wreck", "demolish", "torpedo", "devastate"})

#: Quotation marks, straight, curly or doubled, that may enclose the feeling an appeal reaches
#: (to the "worst instincts" of voters: stop 44, e70, dev batch 124).
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "'", "''", "``"})

#: Words before a candidate's "appeal" that make it a draw ("broadening his appeal", "broad appeal").
_DRAW = frozenset({"broaden", "broadening", "broadened", "widen", "widening", "expand", "expanding", "broad", "wide", "widespread", "limited", "narrow", "populist", "crossover", "mass", "electoral"})

#: Words before "of" naming a part of a thing ("only part of the footage", "some of the video").
_PARTITIVE = frozenset({"hundreds", "thousands", "dozens", "part", "parts", "portion", "portions", "some", "all", "most", "much", "none", "rest", "excerpt", "excerpts", "copy", "copies", "more"})

#: Quantifiers before an object's noun ("several hundred guests").
_QUANTIFIERS = frozenset({"twice", "as", "several", "many", "few", "numerous", "hundred", "thousand", "dozen", "some", "more"})

#: Forms of "be" and "get" before a participle: a passive, whose subject is the thing acted on.
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being", "got", "gets", "get"})


def party_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` has an idea, a thing, a guest or a relative for its other
    side (every check asked)."""
    return _by_word(doc, draft, t, curated) or _any_word(doc, draft, t, curated)


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: the keys are the lemmas and texts the first
    guards of :func:`_by_word` test."""
    verbs = keys(
        "drop", "release", "strike", _PRAISE, "contrast", "reject", "deny", "threaten", "target", "break", "welcome", "invite",
        "appeal", "return", "retire", "detail", "fight", "sign", "turn", "visit", _WRECK, _ASK,
    )
    return (
        SenseCheck("party", _by_word, lemmas=verbs, texts=frozenset({"appeals"})),
        SenseCheck("party: release of records, nothing", _any_word, any_word=True),
        SenseCheck("party: a funding cut for a thing", _funding_cut_for_a_thing, categories=frozenset({"SANCTION"})),
        SenseCheck("party: a thing approved", _thing_approved, lemmas=frozenset({"approve"})),
    )


def _thing_approved(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"approve" with an object whose phrase, up to the clause's end, names no party -- no actor
    and no noun typed as one: "the city council approved a new bus lane", a body's own decision,
    no support for another actor (PLOVER SUPPORT is for an actor or its policy). "The Senate
    approved the trade agreement with Colombia" names one (issue 14, helper a9: the city council
    became an organisation that can act)."""
    from ..nominals import names_party

    if not (t.lemma.lower() == "approve" and t.pos == "VERB" and curated is not None and curated[1] == "SUPPORT"):
        return False
    k = _object_head(doc, t)
    if k is None:
        return False
    sent = doc.sentences[t.sent]
    end = t.i + 1
    while end < sent.token_end and doc.tokens[end].text not in (",", ";", ":") and not (doc.tokens[end].pos in ("VERB", "AUX") and end > k):
        end += 1
    if draft.mentions_between(doc.tokens[t.i + 1].start, doc.tokens[end - 1].end):
        return False
    kinds = ("person", "group", "organization", "country")
    return not any(names_party(draft, doc.tokens[m], actor_kinds=None, noun_kinds=kinds) for m in range(t.i + 1, end) if doc.tokens[m].pos in ("NOUN", "PROPN"))


def _funding_cut_for_a_thing(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A SANCTION trigger that cuts money (``cut-money``: the trigger's own noun, "cut funding", or
    the verb's object within three words) "for" or "to" a noun phrase in which no actor is named
    and no noun is typed as a party: "cut funding for the rural broadband program", a budget
    decision with no one sanctioned.  "cut aid to the military government" names one."""
    return curated is not None and curated[1] == "SANCTION" and _money_cut_for_a_thing(doc, draft, t)


def _money_cut_for_a_thing(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """:func:`_funding_cut_for_a_thing` once the trigger is known to be a SANCTION."""
    from ..nominals import names_party

    sent = doc.sentences[t.sent]
    money = _words("cut-money")
    lows = doc.lowered_texts()

    def is_money(i: int) -> bool:  # by text too: the rules tagger reads "funding" as a verb, lemma "fund"
        return lows[i] in money or doc.tokens[i].lemma.lower() in money

    k = t.i + 1
    while k < sent.token_end and k - t.i <= 3 and not is_money(k) and doc.tokens[k].pos in ("DET", "ADJ", "NUM", "ADV"):
        k += 1
    if k >= sent.token_end or not is_money(k):
        return False
    j = k + 1
    if j >= sent.token_end or doc.tokens[j].text.lower() not in ("for", "to"):
        return False
    end = j + 1
    while end < sent.token_end and (doc.tokens[end].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or doc.tokens[end].text in ("'s", "’s")):
        end += 1
    if end == j + 1 or draft.mentions_between(doc.tokens[j + 1].start, doc.tokens[end - 1].end):
        return False
    kinds = ("person", "group", "organization", "country")
    return not any(names_party(draft, doc.tokens[m], actor_kinds=None, noun_kinds=kinds) for m in range(j + 1, end) if doc.tokens[m].pos in ("NOUN", "PROPN"))


def _any_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that test no lemma or text first."""
    if _release_of_record(doc, t):
        return True  # "ordered the release of the footage": a recording published
    return t.pos == "VERB" and _next_text(doc, t) == "nothing"  # "he has proposed nothing": no act at all


def _by_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that open with a test of the lemma or the text."""
    lemma = t.lemma.lower()
    category = curated[1] if curated is not None else None  # None: a trigger found outside the curated list
    if lemma == "drop" and _object_in(doc, t, _words("hand-weapon")):
        return True  # "shouted at him to drop his gun": a weapon let go
    if lemma == "release" and (_object_in(doc, t, _words("published-thing")) or _published_before(doc, t)):
        return True  # "released only part of the body camera footage": a recording published
    if lemma == "strike" and _object_in(doc, t, _words("struck-note")):
        return True  # "struck many of the same notes": rhetoric, no attack
    if lemma in _PRAISE and _object_in(doc, t, _words("concept-word")):
        return True  # "would laud the same concepts": an idea praised, no party backed
    if lemma == "contrast" and t.pos == "VERB":
        return True  # "went on to contrast the governor's plan with her own": a comparison
    if lemma in ("reject", "deny", "threaten", "target") and _thing_subject(doc, t):
        return True  # "if the governor's budget rejected working parents": a document, no party
    if lemma == "deny" and _right_in_general(doc, t):
        return True  # "would deny the right to an abortion under the Constitution": a right, no party refused
    if lemma == "break" and (_next_text(doc, t) == "with" or _next_text(doc, t) in ("ranks", "rank")) and category != "SANCTION":
        return True  # "breaks with the White House on tariffs": a disagreement, no threat
    if lemma in ("welcome", "invite") and t.pos == "VERB" and _object_in(doc, t, _words("guest-word")):
        return True  # "welcomed several hundred guests to the gala", "invite twice as many guests": a host
    if lemma == "invite" and t.pos == "VERB" and _invited_to_a_meal(doc, t):
        return True  # "her editor invited her to lunch": a social invitation, no talks offered
    if lemma == "visit" and t.pos == "VERB" and _object_in(doc, t, _words("visited-site")):
        return True  # "visited a war memorial", "visited the national museum": a site, no host
    if lemma == "appeal" and (_appeal_to_voters(doc, t) or _appeal_as_draw(doc, t)):
        return True  # "make fresh appeals to suburban voters", "broadening his appeal": canvassing, a draw
    if t.text.lower() == "appeals" and _subject_verb(doc, t) and _draws_to(doc, t):
        return True  # "Trump appeals to some of her members because ...": a draw, no plea
    if lemma == "return" and _object_in(doc, t, _words("reply-channel")):
        return True  # "the campaign did not return a phone message": a reply to a reporter
    if lemma in ("retire", "detail") and _adjective_participle(doc, t):
        return True  # "a retired Army officer", "a detailed investigative plan": an attribute
    if lemma == "fight" and _next_text(doc, t) == "for" and _object_in(doc, doc.tokens[t.i + 1], _words("fought-for-people")):
        return True  # "she will fight for the American people": advocacy, no violence
    if lemma == "sign" and _published_before(doc, t):
        return True  # "the statement was signed by the new chair": its author, no backing
    if lemma == "turn" and _next_text(doc, t) == "upside" and _next_text(doc, t, 2) == "down":
        return True  # "a campaign turned upside down": an upheaval, no reversal by a party
    if lemma in _WRECK and _object_in(doc, t, _words("charter-word") | _words("policy-word") | _words("bill-word")):
        return True  # "the ruling effectively destroyed the president's plan": a plan undone, no attack
    if lemma in _ASK and _object_in(doc, t, _words("kin-word")):
        return True  # "urges her boyfriend to get out of the car": a plea within a family
    return False


def _invited_to_a_meal(doc: AnnotatedDocument, t: Token) -> bool:
    """"invite" + its object + "to" + a ``social-occasion`` (lunch, dinner, a party) within a few
    words: "her editor invited her to lunch", "invited him to dinner after the game" -- private
    life, no offer of talks (PLOVER AGREE, CONSULT).  "invited the leader to talks" and a state
    dinner ("to a state dinner") stay.  Found on PolNeAR train, rules engine (stop 34, e29)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    occasions = _words("social-occasion")
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 7)):
        if lows[k] == "to":
            j = k + 1
            while j < sent.token_end and lows[j] in ("a", "an", "the", "his", "her", "their", "its", "our", "private", "small", "late", "early", "quiet", "family"):
                j += 1
            return j < sent.token_end and lows[j] in occasions and lows[j - 1] != "state"
        if doc.tokens[k].pos in ("VERB", "PUNCT"):
            return False
    return False


def _object_head(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the verb's object head: its first noun after determiners, numbers,
    possessives and adjectives, through a part ("only part of the footage", "some of the video")
    and noun compounds ("the body camera footage"); None when a verb, a preposition or punctuation
    comes first."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and k <= t.i + 9:
        w = doc.tokens[k]
        if lows[k] in _PARTITIVE and k + 1 < sent.token_end and lows[k + 1] == "of":
            k += 2
            continue
        if lows[k] in _QUANTIFIERS:
            k += 1
            continue  # "several hundred guests" (a tagger may call "several" a noun)
        after_possessive = lows[k - 1] in ("'s", "’s", "his", "her", "their", "its")
        if w.pos in ("NOUN", "PROPN") or w.pos == "VERB" and after_possessive:  # "the governor's plan" (a tagger may say VERB)
            if k + 1 < sent.token_end and lows[k + 1] in ("'s", "’s", "'"):
                k += 2
                continue  # "the sheriff's footage": the possessor
            if k + 1 < sent.token_end and doc.tokens[k + 1].pos in ("NOUN", "PROPN"):
                k += 1
                continue  # "body camera footage": the compound's head
            return k
        if w.pos not in ("DET", "ADJ", "PRON", "NUM", "ADV") and lows[k] not in ("'s", "’s"):
            return None
        k += 1
    return None


def _object_in(doc: AnnotatedDocument, t: Token, words: frozenset[str]) -> bool:
    """The verb's object head (:func:`_object_head`) is one of ``words`` (text or lemma), or the
    word right after that head is, ending the phrase before punctuation, a preposition or the
    sentence's end (a tagger that calls "internal" a noun and "documents" a verb)."""
    k = _object_head(doc, t)
    if k is None:
        return False
    if doc.tokens[k].text.lower() in words or doc.tokens[k].lemma.lower() in words:
        return True
    end = doc.sentences[t.sent].token_end
    j = k + 1
    return j < end and doc.tokens[j].text.lower() in words and (j + 1 >= end or doc.tokens[j + 1].pos in ("PUNCT", "ADP"))


def _published_before(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``published-thing`` heads the noun phrase right before "released" with no object noun
    after it: a participle or a relative clause ("depositions released in March", "figures her
    campaign released Friday", "a TV ad released Thursday"); "the prisoners released on Monday"
    keeps its detainees."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i + 1 < sent.token_end and doc.tokens[t.i + 1].pos in ("DET", "NOUN", "PROPN", "NUM"):
        after = doc.tokens[t.i + 1]
        if not (after.lemma.lower() in _words("time-word") or lows[t.i + 1] in _words("time-word")):
            return False  # an object follows: read by :func:`_object_in` ("a TV ad released *Thursday*" is a time, stop 43, e65)
    things = _words("published-thing")
    for k in range(t.i - 1, max(sent.token_start, t.i - 6) - 1, -1):
        w = doc.tokens[k]
        if lows[k] in things or w.lemma.lower() in things:
            return True
        if w.pos not in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "AUX", "PART") and lows[k] not in ("'s", "’s", "that", "which"):
            return False
    return False


def _release_of_record(doc: AnnotatedDocument, t: Token) -> bool:
    """"release of" + a ``published-thing``, at the trigger or within three words after it ("ordered
    the release of internal documents", "the release of the footage"): records made public, no
    detainee freed; "ordered the release of the prisoners" stays."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i, min(sent.token_end - 1, t.i + 4)):
        if lows[k] == "release" and lows[k + 1] == "of":
            return _object_in(doc, doc.tokens[k + 1], _words("published-thing"))
    return False


def _thing_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The nearest noun before the verb in its clause is a document or plan (``charter-word``,
    ``policy-word``, ``bill-word``) or "nothing", and the verb is active ("the plan was rejected by
    the council" keeps the council's act)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    things = _words("charter-word") | _words("policy-word") | _words("bill-word")
    for k in range(t.i - 1, max(sent.token_start, t.i - 8) - 1, -1):
        w = doc.tokens[k]
        if lows[k] in _PASSIVE_AUX:
            return False
        if w.pos == "PUNCT" or lows[k] == "who":
            return False
        if lows[k] in ("that", "which"):
            continue  # "a case that had threatened to cripple the unions": the relative clause's head
        if w.pos in ("NOUN", "PROPN", "PRON"):
            return lows[k] in things or w.lemma.lower() in things
    return False


def _right_in_general(doc: AnnotatedDocument, t: Token) -> bool:
    """"deny" + "the/a right(s)" straight after it, not "of" a party ("deny the right to an
    abortion", "denies rights under the charter"): a legal question, no party refused; "denied the
    inspectors access", "denied women the right to drive" and "denied the right of the defendants to
    appeal" keep their parties."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and lows[k] in ("the", "a", "any", "such", "basic", "constitutional", "legal", "same"):
        k += 1
    if k >= sent.token_end or lows[k] not in ("right", "rights"):
        return False
    return k + 1 >= sent.token_end or lows[k + 1] != "of"


def _appeal_as_draw(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun "appeal" as a candidate's draw: a ``_DRAW`` word within two words before it ("broadening
    his appeal", "her broad appeal") or "beyond"/"among"/"across" right after it ("his appeal among
    young voters"), also past a weekday and "was" / "is" ("her appeal Friday was strongest among
    older voters"); "his appeal for calm" and "an appeal to donors" stay requests."""
    if t.pos not in ("NOUN", "PROPN"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and lows[k] in weekdays():
        k += 1  # "her appeal Friday was strongest among older voters": past a day's name (e47 at stop 39)
    if k < sent.token_end and (lows[k] in ("beyond", "among", "across") or k > t.i + 1 and lows[k] in ("was", "is") and any(lows[m] in ("beyond", "among", "across") for m in range(k + 1, min(sent.token_end, k + 4)))):
        return True
    return any(lows[k] in _DRAW for k in range(max(sent.token_start, t.i - 3), t.i))


def _draws_to(doc: AnnotatedDocument, t: Token) -> bool:
    """Present-tense "appeals to" + someone with no request in the rest of the clause (no "for" and
    no "to" + a verb after the party): the candidate's draw ("Trump appeals to some of her members
    because ..."); "the mayor appeals to residents to stay indoors" stays a request."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if _next_text(doc, t) != "to":
        return False
    for k in range(t.i + 2, min(sent.token_end, t.i + 12)):
        if lows[k] == "for":
            return False
        if lows[k] == "to" and k + 1 < sent.token_end and doc.tokens[k + 1].pos not in ("DET", "PRON", "NUM", "ADJ", "PROPN"):
            return False  # "to stay indoors" (a weak tagger may not say VERB)
        if doc.tokens[k].pos == "PUNCT" and lows[k] != "-":
            break
    return True


def _subject_verb(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is a verb, or a "noun" right after a name or a pronoun (a tagger reading "Trump
    appeals to ..." as a compound)."""
    if t.pos == "VERB":
        return True
    sent = doc.sentences[t.sent]
    return t.i - 1 >= sent.token_start and doc.tokens[t.i - 1].pos in ("PROPN", "PRON") and doc.lowered_texts()[t.i - 1] not in ("his", "her", "their", "its", "my", "our", "your")


def _adjective_participle(doc: AnnotatedDocument, t: Token) -> bool:
    """"retired"/"detailed" between a determiner or possessive and a noun or adjective ("a retired
    Army officer", "a detailed investigative plan"): an attribute, no act."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i - 1 < sent.token_start or t.i + 1 >= sent.token_end or not lows[t.i].endswith("ed"):
        return False
    prev_ok = doc.tokens[t.i - 1].pos in ("DET", "NUM") or lows[t.i - 1] in ("'s", "’s", "his", "her", "their", "its", "a", "an", "the")
    return prev_ok and doc.tokens[t.i + 1].pos in ("NOUN", "PROPN", "ADJ")


def _appeal_to_voters(doc: AnnotatedDocument, t: Token) -> bool:
    """"appeal(s) to" + a body of voters (``electorate``, ``voter-bloc``: "to suburban voters",
    "to the party's base"), "to" within two words of the trigger, past a list of modifiers ("to
    young, liberal and rural voters"); also a bloc canvassed in a primary or a feeling
    (``appeal-audience``: "his appeal to rural minorities", "appeals to the fears of older
    residents", e62 at stop 42: PolNeAR train gave eight REQUEST "appeal" events, none a request)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    voters = _words("electorate") | _words("voter-bloc") | _words("appeal-audience")
    for j in range(t.i + 1, min(sent.token_end, t.i + 3)):
        if lows[j] != "to":
            continue
        for k in range(j + 1, min(sent.token_end, j + 9)):
            if lows[k] in voters:
                return True
            if doc.tokens[k].pos not in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON") and lows[k] not in ("'s", "’s", ",", "and", "-") and lows[k] not in _QUOTE_MARKS:
                return False  # (a list of modifiers goes on: "to young, liberal and rural voters" -- e47 at stop 39;
                # a feeling in quotation marks too: to the "worst instincts" of voters -- e70 at stop 44)
        return False
    return False
