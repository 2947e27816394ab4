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
  ideology, no proposal of a party rejected).

:func:`took_part_sense` is asked by :func:`.senses.sense` for "take part in": a protest joined is
PROTEST, talks joined are CONSULT, exercises are left to CAMEO's patterns, anything else is no event.  Every other check is one of the
checks of :func:`.non_event_senses.non_event`, guarded by the candidate's lemma or text first, so
it can only remove an event and costs nothing for other candidates.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _next_text, _subject, _words
from .sense_checks import SenseCheck, keys

__all__ = ["checks", "idiom_non_event", "took_part_sense"]

_DEPLOY = frozenset({"deploy", "mobilize", "mobilise", "reinforce", "dispatch", "send"})
_PROMISE = frozenset({"promise", "pledge", "vow"})
_INTEND = frozenset({"announce", "plan", "pledge", "promise", "vow", "intend", "commit", "say"})
_DONATE = frozenset({"give", "donate", "contribute", "funnel", "steer"})
_BACK = frozenset({"support", "back", "endorse", "boost"})
_RESTRICT = frozenset({"restrict", "limit", "ban", "block", "disable", "remove", "censor"})
#: Every lemma a check of :func:`idiom_non_event` asks about: the one look-up first.
_LEMMAS = _DEPLOY | _PROMISE | _INTEND | _BACK | _RESTRICT | {"meet", "rally", "arrive", "come", "oppose", "offer"}
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
    if lemma in _PROMISE and (_promises_advocacy(doc, t) or _promises_benefits(doc, t)):
        return True  # "pledged to push for a constitutional amendment", "promising to focus its benefits on"
    if lemma in _INTEND and _plans_campaign_money(doc, draft, t):
        return True  # "announced plans to give $15 million to a super PAC"
    if lemma in _BACK and _pac_purpose(doc, t):
        return True  # "a super PAC supporting the senator": what the committee is for
    if lemma == "meet" and _meets_in_debate(doc, t):
        return True  # "met her Republican opponents one-on-one in three debates"
    if lemma == "rally" and category == "PROTEST" and _rally_for_candidate(doc, draft, t):
        return True  # "Thousands Rally for Trump in Phoenix": a campaign rally
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
    return False


def _head_at(doc: AnnotatedDocument, k: int, end: int) -> int | None:
    """The index of the head noun of the noun phrase that starts at ``k`` (past determiners,
    possessives, numbers, adjectives and participles, to the last noun of a compound), or None."""
    lows = doc.lowered_texts()
    stop = min(end, k + 7)
    while k < stop:
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            if k + 1 < stop and lows[k + 1] in ("'s", "’s"):
                k += 2
                continue  # "the party's lawyers": the possessor
            if k + 1 < stop and doc.tokens[k + 1].pos == "NOUN":
                k += 1
                continue  # "a super PAC", "the ballot count": the compound's head
            return k
        if w.pos in ("DET", "NUM", "ADJ", "PRON", "ADV") or lows[k] in _OPENERS or lows[k] == "-" or (w.pos == "VERB" and lows[k].endswith("ed")):
            k += 1  # "some pointed advice" (a tagger's verb "pointed")
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


def _to_verb(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the verb of "to" + (an adverb) + a verb right after ``t``."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end or lows[k] != "to":
        return None
    k += 1
    if k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1  # "vowed to quickly push for"
    return k if k < sent.token_end and doc.tokens[k].pos in ("VERB", "AUX", "NOUN") else None


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
    if v is None or doc.tokens[v].pos != "VERB":
        return False
    return _object_in(doc, t, v + 1, "domestic-benefit") or _object_in(doc, t, v + 1, "policy-word")


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


def _rally_for_candidate(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"rally for" + a person actor, with no captive's cause in the sentence (``captive-cause``):
    "Thousands Rally for Trump in Phoenix" (supporters at a campaign rally); "rally for the jailed
    opposition leader" and "Nurses Rally for Higher Pay" (no person) stay protests."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if _next_text(doc, t) != "for":
        return False
    h = _head_at(doc, t.i + 2, sent.token_end)
    if h is None:
        return False
    w = doc.tokens[h]
    fields = draft.actor_fields(draft.actor_at(w.start, w.end))
    if fields is None or not (fields.kind == "person" or fields.kind == "organization" and not fields.code and w.pos == "PROPN"):
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
