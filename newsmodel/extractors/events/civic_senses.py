"""Elections, chambers, candidates, duties, documents and hazards that use event words (stop 31, e20).

Found by reading both engines' output on PolNeAR train (seeds 60-69) and rewritten as the
project's own sentences (dev batch 50, ``tests/test_events_e20.py``).  PLOVER codes acts of one
political party toward another; these usages borrow the event's word for the civic calendar,
a duty, a document or the weather:

* the civic calendar: "South Korea will hold elections in April" (CAMEO's HOLD * ELECTION reads an
  intent to change leadership; a scheduled vote is no promise to a party), "hope to take control of
  the House" (a chamber won at the polls, no seizure), delegates "committing to the governor" (a
  delegate's choice of a candidate, no agreement with a party);
* a duty: "was charged with overseeing the reconstruction" (a task given, no accusation);
* a document: "the deal would demand secrecy", "the law requires employers to ...", "introduced a
  resolution calling for more funding" (a text's terms, or a draft not yet adopted, ask nothing
  of a party); "forced a change in the platform" (a thing changed, no party asked);
* a hazard: "officials issued warnings about the heat wave", "forecasters intensified warnings as
  the hurricane neared" (weather and health warnings threaten no one);
* the month: "Announced March 23, 2015", "in March 2016" (a date, no march);
* visitors who are no envoys: "foreign companies are coming to Mexico", "tourists keep coming to
  the island" (business and travel, no consultation); "the people I have met on the trail" (a
  candidate's encounters with the public, no meeting of parties).

:func:`civic_non_event` is one of the checks of :func:`.non_event_senses.non_event`; it only reads
the document, so it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..nominals import names_party
from .non_event_senses import _sentence_has, _words
from .sense_checks import SenseCheck, keys
from .senses import armed_party

__all__ = ["civic_non_event"]

#: Verbs whose object "control of" + a chamber is a majority won or kept ("take control of the House").
_CONTROL_VERBS = frozenset({"take", "keep", "win", "retain", "regain", "gain", "seize", "wrest", "lose", "flip", "grab", "hold"})

#: Verbs and nouns of a request or an obligation a document can be the subject of.
_DEMAND = frozenset({"demand", "require", "call", "urge", "ask", "order", "force", "compel", "oblige", "obligate", "mandate"})

#: Verbs of putting a draft before a body: what it calls for is proposed, not yet asked of anyone.
_DRAFTED = frozenset({"introduce", "file", "draft", "propose", "sponsor", "co-sponsor", "cosponsor", "unveil", "submit", "table", "offer", "write", "pen"})

#: Verbs that carry a warning as their object ("issued warnings", "intensified warnings").
_WARNING_NOUNS = frozenset({"warning", "warnings", "alert", "alerts", "advisory", "advisories", "watch"})

#: Forms of "be" and "get" before a participle (a passive: "was charged with").
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being", "got", "gets", "get", "'s"})


def civic_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` names an election, a chamber won, a candidate chosen, a
    duty, a document's terms, a hazard's warning or a visit by no envoy (every check asked)."""
    return _by_word(doc, draft, t, curated) or _hazard_warning(doc, draft, t, curated)


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: the keys are the lemmas and texts the first
    guards of :func:`_by_word` test."""
    verbs = keys(
        "hold", _CONTROL_VERBS, "commit", "charge", _DEMAND, "call", "demand", "urge", "ask", "seek", "force", "compel",
        _words("arrive-verb"), "welcome", "meet",
    )
    texts = keys("committing", "committed", "commits", _DEMAND, "march")
    return (
        SenseCheck("civic", _by_word, lemmas=verbs, texts=texts),
        SenseCheck("civic: a hazard's warning", _hazard_warning, any_word=True, sentence_words=_hazard_words()),  # its _sentence_has
    )


def _hazard_warning(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"health officials issued warnings about the heat wave": weather, no threat."""
    return _warns_of_a_hazard(doc, draft, t)


def _by_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that open with a test of the lemma or the text."""
    lemma = t.lemma.lower()
    low = t.text.lower()
    if lemma == "hold" and _object_noun_in(doc, t, _words("vote-word")):
        return True  # "South Korea will hold parliamentary elections in April": the civic calendar
    if lemma in _CONTROL_VERBS and _control_of_a_chamber(doc, draft, t):
        return True  # "hope to take control of the House": a majority won at the polls
    if lemma == "commit" or low in ("committing", "committed", "commits"):
        if _commits_to_a_person(doc, draft, t):
            return True  # "delegates are now committing to the governor": a candidate chosen
    if lemma == "charge" and _charged_with_a_task(doc, t):
        return True  # "was charged with overseeing the reconstruction": a duty given
    if (lemma in _DEMAND or low in _DEMAND) and _document_subject(doc, t):
        return True  # "the deal would demand secrecy", "the new law requires ...": a text's terms
    if lemma in ("call", "demand", "urge", "ask", "seek") and _drafted_text_asks(doc, t):
        return True  # "introduced a resolution calling for more funding": a draft, not yet a request
    if lemma in ("force", "compel") and _forces_a_thing(doc, draft, t):
        return True  # "activists forced a change in the party platform": a thing changed
    if t.pos == "VERB" and lemma in _words("arrive-verb") and _no_envoy_arrives(doc, t):
        return True  # "foreign companies are coming to Mexico": business and travel, no visit
    if lemma == "welcome" and _object_noun_in(doc, t, _words("arrival-non-envoy")):
        return True  # "the mayor has welcomed the refugees to the city": newcomers, no state guest
    if t.text == "March" and _month_name(doc, t):
        return True  # "Announced March 23, 2015": the month, no protest
    if lemma == "meet" and t.pos == "VERB" and _met_the_public(doc, t):
        return True  # "the people I have met on the trail": a candidate's public, no meeting
    return False


def _object_noun_in(doc: AnnotatedDocument, t: Token, words: frozenset[str]) -> bool:
    """The first noun after the verb, past determiners, adjectives, numbers and compounds ("hold
    snap parliamentary elections", "hold a national referendum"), is one of ``words``; with a
    parse, the verb's object is."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if doc.has_parse:
        objs = [c for c in doc.children(t.i) if c.dep in ("obj", "dobj")]
        if objs:
            o = objs[0]
            return lows[o.i] in words or o.lemma.lower() in words
    k = t.i + 1
    while k < sent.token_end and k <= t.i + 6:
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            if k + 1 < sent.token_end and doc.tokens[k + 1].pos == "NOUN":
                k += 1
                continue  # "parliamentary election day": the compound's head
            return lows[k] in words or w.lemma.lower() in words
        if w.pos not in ("DET", "ADJ", "NUM", "ADV") and lows[k] not in ("'s", "’s"):
            return False
        k += 1
    return False


def _control_of_a_chamber(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"control of" (or "a majority in") + a ``chamber-word`` within a few words after the verb
    ("take control of the House", "keep control of the Senate", "win a majority in parliament"),
    and no armed party in the sentence: a chamber won at the polls.  "Rebels took control of the
    parliament building" has an armed party and stays."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    while k < sent.token_end and k <= t.i + 3 and lows[k] not in ("control", "majority", "majorities"):
        k += 1
    if k >= sent.token_end or lows[k] not in ("control", "majority", "majorities"):
        return False
    if k + 1 >= sent.token_end or lows[k + 1] not in ("of", "in"):
        return False
    chambers = _words("chamber-word")
    for j in range(k + 2, min(sent.token_end, k + 6)):
        w = doc.tokens[j]
        if lows[j] in chambers and not (j + 1 < sent.token_end and lows[j + 1] in ("building", "buildings", "compound")):
            return not armed_party(doc, draft, t, "armed-context")
        if w.pos not in ("DET", "ADJ", "PROPN", "NOUN") and lows[j] not in ("'s", "’s", "both"):
            return False
    return False


def _commits_to_a_person(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"commit(ted) to" + a person -- a name or a noun for one ("the governor", "Senator Smith")
    -- that ends its phrase (no verb or "-ing" after "to"): a delegate or a voter choosing a
    candidate.  "committed to withdrawing its troops", "committed to a common tax" and a
    country ("committed to Ukraine") stay."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end or lows[k] != "to":
        return False
    j = k + 1
    while j < sent.token_end and (doc.tokens[j].pos in ("DET", "ADJ") or lows[j] in ("former", "presumptive")):
        j += 1
    run: list[Token] = []
    while j < sent.token_end and doc.tokens[j].pos in ("NOUN", "PROPN"):
        run.append(doc.tokens[j])
        j += 1
    if not run or run[0].text.lower().endswith("ing"):
        return False
    if j < sent.token_end and lows[j] in ("'s", "’s"):
        return False  # "committed to the governor's plan": a thing of the person's

    # any noun of the run ("the senator ahead of the vote": a tagger may call "ahead" a noun)
    return any(names_party(draft, w, actor_kinds=("person",), noun_kinds=("person",)) for w in run)


def _charged_with_a_task(doc: AnnotatedDocument, t: Token) -> bool:
    """"charged with" + a ``task-verb`` gerund or a ``task-noun`` ("was charged with overseeing the
    reconstruction", "charged with the task of ..."): a duty given.  "charged with taking bribes",
    "charged with murder" stay accusations."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end or lows[k] != "with":
        return False
    j = k + 1
    while j < sent.token_end and doc.tokens[j].pos in ("DET", "ADJ", "PRON") and lows[j] not in _words("task-noun"):
        j += 1
    if j >= sent.token_end:
        return False
    w = doc.tokens[j]
    return lows[j] in _words("task-noun") or (lows[j].endswith("ing") and (w.lemma.lower() in _words("task-verb") or lows[j][:-3] in _words("task-verb") or lows[j][:-3] + "e" in _words("task-verb")))


def _document_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The subject of an active verb of demand is a document, a deal or a plan (``charter-word``,
    ``policy-word``, ``bill-word``, ``pact-word``): "the deal would demand secrecy", "the new law
    requires every employer to ...", "the agreement calls for a phased withdrawal" -- a text's
    terms, no party's request.  With a parse, the ``nsubj``; without one, the nearest noun before
    the verb in its clause (a passive's subject is what is demanded, and is left alone)."""
    things = _words("charter-word") | _words("policy-word") | _words("bill-word") | _words("pact-word")
    if doc.has_parse:
        subj = next((c for c in doc.children(t.i) if c.dep == "nsubj"), None)
        if subj is None and t.dep in ("acl", "acl:relcl", "relcl") and t.head is not None and t.text.lower().endswith("ing"):
            return False  # a participle: :func:`_drafted_text_asks` reads it
        if subj is None:
            return False
        if subj.pos == "PRON" and subj.text.lower() in ("that", "which") and t.head is not None and t.dep in ("relcl", "acl:relcl"):
            subj = doc.tokens[t.head]  # "a law that requires ...": the relative clause's head
        return subj.text.lower() in things or subj.lemma.lower() in things
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i - 1, max(sent.token_start, t.i - 6) - 1, -1):
        w = doc.tokens[k]
        if lows[k] in _PASSIVE_AUX or w.pos == "PUNCT" or lows[k] == "who":
            return False
        if lows[k] in ("that", "which"):
            continue
        if w.pos in ("NOUN", "PROPN", "PRON"):
            return lows[k] in things or w.lemma.lower() in things
    return False


def _drafted_text_asks(doc: AnnotatedDocument, t: Token) -> bool:
    """A participle of asking ("calling for", "demanding", "urging") right after a ``bill-word``
    that a verb of drafting (``_DRAFTED``: introduced, filed, proposed) governs: "introduced a
    resolution calling for more funding" -- the draft asks, and only once adopted would the body
    ask; "the council adopted a resolution calling for a ceasefire" stays."""
    if not t.text.lower().endswith("ing"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    if k < sent.token_start or (lows[k] not in _words("bill-word") and doc.tokens[k].lemma.lower() not in _words("bill-word")):
        return False
    for j in range(k - 1, max(sent.token_start, k - 6) - 1, -1):
        w = doc.tokens[j]
        if w.lemma.lower() in _DRAFTED or lows[j] in _DRAFTED:
            return True
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and lows[j] not in ("'s", "’s"):
            return False
    return False


def _forces_a_thing(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"force" + a ``change-word`` object with no "to" + verb after it ("forced a change in the
    platform", "forced a rewrite of the bill", "forced a vote on the measure"): a thing brought
    about, no party asked or coerced.  "forced the minister to resign", "forced the villagers from
    their homes" and "forced the closure of the border" (no change word) are left to the rules."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if not _object_noun_in(doc, t, _words("change-word")):
        return False
    return not any(lows[k] == "to" and k + 1 < sent.token_end and doc.tokens[k + 1].pos in ("VERB", "AUX") for k in range(t.i + 1, sent.token_end))


def _warns_of_a_hazard(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A warning -- the noun itself, or the object of a verb ("issued warnings", "intensified
    warnings") -- in a sentence that names a ``hazard`` (storm, heat, flood, virus) and no armed
    party: a weather or health warning, no threat.  "Tehran issued a warning to Gulf states" and
    warnings of retaliation are left alone."""
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    if lows[t.i] in _WARNING_NOUNS:
        pass
    elif t.pos == "VERB" and lows[t.i] not in ("warn", "warned", "warns", "warning"):
        if not any(lows[k] in _WARNING_NOUNS for k in range(t.i + 1, min(sent.token_end, t.i + 4))):
            return False
    elif t.pos != "VERB":
        return False
    if not _sentence_has(doc, t, _hazard_words()):
        return False
    return not armed_party(doc, draft, t, "armed-context")


_HAZARD_WORDS: frozenset[str] | None = None


def _hazard_words() -> frozenset[str]:
    """``hazard`` and ``weather-word`` together, joined once (a warning's sentence is read for either)."""
    global _HAZARD_WORDS
    if _HAZARD_WORDS is None:
        _HAZARD_WORDS = _words("hazard") | _words("weather-word")
    return _HAZARD_WORDS


def _no_envoy_arrives(doc: AnnotatedDocument, t: Token) -> bool:
    """The one who comes or arrives is a business or a traveller (``arrival-non-envoy``: companies,
    investors, tourists), the nearest noun before the verb in its clause: "foreign companies are
    coming to Mexico", "tourists keep coming to the island"; an envoy's or a leader's visit stays."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    visitors = _words("arrival-non-envoy")
    if t.i - 2 >= sent.token_start and lows[t.i - 1] == "to" and lows[t.i - 2] in visitors:
        return True  # "among the last few migrants to come here": the noun the infinitive describes (stop 39, e44)
        k = t.i
        for _ in range(3):  # "tourists keep coming": the subject of the governing verb
            subj = next((c for c in doc.children(k) if c.dep in ("nsubj", "nsubj:pass")), None)
            if subj is not None and lows[subj.i] in ("who", "that", "which") and doc.tokens[k].dep in ("relcl", "acl:relcl") and doc.tokens[k].head is not None:
                subj = doc.tokens[doc.tokens[k].head]  # "immigrants who come to this country": the clause's head
            if subj is not None:
                return lows[subj.i] in visitors or subj.lemma.lower() in visitors
            head = doc.tokens[k].head
            if head is None or doc.tokens[k].dep not in ("xcomp", "conj") or head == k:
                break
            k = head
    for k in range(t.i - 1, max(sent.token_start, t.i - 6) - 1, -1):
        w = doc.tokens[k]
        if w.pos == "PUNCT":
            return False
        if lows[k] in ("who", "that", "which"):
            continue  # "immigrants who come to this country": the relative clause's head
        if w.pos in ("NOUN", "PROPN", "PRON"):
            return lows[k] in visitors or w.lemma.lower() in visitors
    return False


def _met_the_public(doc: AnnotatedDocument, t: Token) -> bool:
    """A contact relative clause whose head is ``people-word`` and whose subject is a pronoun:
    "the people I have met on the trail", "everyone she has met in the district" -- the public a
    candidate or a reporter encounters, no meeting of parties."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    while k >= sent.token_start and lows[k] in ("have", "has", "had", "'ve", "'d", "ever", "already", "since", "never", "just"):
        k -= 1
    if k < sent.token_start or doc.tokens[k].pos != "PRON" or lows[k] in ("that", "who", "which", "it"):
        return False
    k -= 1
    if k >= sent.token_start and lows[k] in ("that", "whom", "who"):
        k -= 1
    return k >= sent.token_start and (lows[k] in _words("public-word") or doc.tokens[k].lemma.lower() in _words("public-word"))


#: Words before "March" that make it the month ("in March", "since March", "early March").
_BEFORE_MONTH = frozenset({"in", "on", "since", "until", "till", "by", "of", "early", "late", "mid", "mid-", "last", "next", "this", "from", "through", "to", "between", "and", "before", "after", "during"})


def _month_name(doc: AnnotatedDocument, t: Token) -> bool:
    """Capitalised "March" followed by a day or a year ("Announced March 23, 2015", "March 2016"),
    or after a preposition or word of time with nothing verb-like after it ("since March.", "in
    early March,"): the month.  "marched on March 12" has its verb elsewhere, and "March on the
    capital" (a headline's verb) has no number after it."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    nxt = doc.tokens[t.i + 1] if t.i + 1 < sent.token_end else None
    if nxt is not None and (nxt.pos == "NUM" or nxt.text.isdigit()):
        return True
    prev = lows[t.i - 1] if t.i > sent.token_start else ""
    return prev in _BEFORE_MONTH and (nxt is None or nxt.pos == "PUNCT" or lows[t.i + 1] in ("and", "or", "when", "after", "before"))
