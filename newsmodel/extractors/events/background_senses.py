"""Background, descriptions and capabilities that use event words: no event (issue 14, stop 32, e24).

Wire stories carry paragraphs that report no act at all -- what an institution is and does, what a
weapon can do, what history a place has, what the numbers are -- in the vocabulary of events.  The
checks below read the words around the trigger that make it such a paragraph (dev batch 55,
``tests/test_e24.py``):

* a capability or a rule, not an act: "The missile can strike targets 2,000 kilometres away", "any
  member can veto the entry of a new member" -- "can" with a weapon or a generic "any / each /
  every" subject;
* an act ruled out: "the army is too weak to launch a major offensive" ("too" + adjective + "to");
* a lasting state since long ago: "The embassy has been closed since the revolution of 1979",
  "a pastor held prisoner in Iran since 2012" ("been" + the participle, or a participle right
  after its noun, then "since" + a year or "independence");
* history of a decade: "The movement grew out of student protests in the 1980s" (a decade is the
  date of no one event);
* a class of the dead: "The memorial honours soldiers killed in the two world wars" (a participle
  after a plural object, "in" a war);
* a right, a duty or a purpose: "Members are entitled to ask the court for an opinion", "The unit
  is responsible for protecting the president", "The force is designed to respond to attacks";
* a role described: "The ministry oversees the police", "commanded troops in the north for a
  decade", "previously commanded the fleet" (``role-verb`` in the present simple, with "for" + a
  span or after a ``former-adverb``: a post, no deployment);
* what a text provides: "The law allows police to detain suspects", "The constitution bars the
  army from taking part in politics" (a ``provision-word`` subject of a ``provision-verb``);
* a conflict's toll: "The war has killed more than 300,000 people since 2011" (a ``conflict-noun``
  as the killer names no party; also weapons left behind, ``remnant-weapon``: "Landmines have
  killed more than 1,000 people", batch 67);
* a chamber's own sitting: "The new parliament is expected to convene in early January" (a
  ``chamber-word`` subject, no one met).

Real acts of the same words stay: "Rebels can no longer ..." is not asked, "Troops struck the
convoy" has no "can", "The journalist was detained on Monday" has no "since", "The army commanded
residents to leave" has no span, "The speaker met the ambassador" has someone met.

:func:`background_non_event` is one of the checks of :func:`.non_event_senses.non_event`; each
check tests a cheap guard on the trigger first and reads only a few words around it, so it can
only remove an event and adds no scan of the document.  Word classes are in ``sense_words.tsv``.
"""

from __future__ import annotations

import re

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _subject, _words
from .sense_checks import SenseCheck

__all__ = ["background_non_event", "checks"]

#: Determiners of a generic subject: a rule for any member, not one member's act.
_GENERIC = frozenset({"any", "each", "every", "no"})

#: A year (1900-2099) or a decade ("1980s", "'90s").
_YEAR = re.compile(r"^(19|20)\d\d$")
_DECADE = re.compile(r"^(?:(?:18|19|20)\d0s|['’]\d0s)$")

#: Words after "since" that date a state from history ("since independence").
_SINCE_HISTORY = frozenset({"independence", "colonial"})

#: Nouns of war after "killed in (the two world)" or "killed in action": a class of the dead, no one attack.
_WAR = frozenset({"war", "wars", "action", "combat"})

#: Verbs of a body's sitting ("the parliament will convene").
_SIT = frozenset({"convene", "reconvene", "meet", "sit"})


#: Every word :data:`_DECADE` matches ("1980s", "'90s"), for the decade check's ``sentence_words``.
_DECADES = frozenset(
    [f"{century}{d}0s" for century in ("18", "19", "20") for d in range(10)] + [f"{q}{d}0s" for q in "'’" for d in range(10)]
)


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: :func:`background_non_event` asked in parts,
    each keyed by the verb's lemma or declaring the words it needs in the sentence, so that a
    part is asked only where it can fire (issue 13, s23); :func:`_rest` holds the parts that
    declare nothing (none at present)."""
    return (
        SenseCheck("background: what a weapon or a rule can do", _capability_check, any_word=True, sentence_words=frozenset({"can", "could"})),
        SenseCheck("background: what a text provides", _provision_check, any_word=True, sentence_words=_words("provision-verb")),
        SenseCheck("background: a right or a duty under a rule", _entitled_check, any_word=True, sentence_words=_words("entitled-word")),
        SenseCheck("background: what a body is for", _duty_check, any_word=True, sentence_words=frozenset(w for w, _p in _DUTY)),
        SenseCheck("background: a purpose described", _purpose_check, lemmas=frozenset({"design", "intend", "mean"})),
        SenseCheck("background: too weak to act", _too_to_check, any_word=True, sentence_words=frozenset({"too"})),
        SenseCheck("background: a state since long ago", _since_check, any_word=True, sentence_words=frozenset({"since"})),
        SenseCheck("background: a decade's history", _decade_check, any_word=True, sentence_words=_DECADES),
        SenseCheck("background: the dead of a war", _war_dead_check, lemmas=_words("kill-verb") | {"die", "wound", "lose", "fall"}),
        SenseCheck("background: a war's toll", _toll_check, lemmas=_words("kill-verb")),
        SenseCheck("background: a role held", _role_check, lemmas=_words("role-verb")),
        SenseCheck("background: a chamber's sitting", _sitting_check, lemmas=_SIT),
        SenseCheck("background", _rest, any_word=True),
    )


def _previous(doc: AnnotatedDocument, t: Token) -> str:
    """The lower-case word before ``t`` in its sentence, "" at its start."""
    return doc.lowered_texts()[t.i - 1] if t.i > doc.sentences[t.sent].token_start else ""


def _capability_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"The missile can strike targets 2,000 kilometres away", "any member can veto"."""
    return _previous(doc, t) in ("can", "could", "and") and _capability(doc, t)


def _provision_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"The law allows police to detain suspects"."""
    return _previous(doc, t) in ("to", "from") and _provision(doc, t)


def _entitled_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"Members are entitled to ask the court"."""
    return _previous(doc, t) in ("to", "from") and _entitled(doc, t)


def _duty_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"The unit is responsible for protecting the president"."""
    return t.text.lower().endswith("ing") and _duty(doc, t)


def _purpose_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"The force is designed to respond to attacks within 48 hours": what it is for."""
    return t.lemma.lower() in ("design", "intend", "mean") and _purpose(doc, t)


def _too_to_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"the army is too weak to launch a major offensive": the act is ruled out."""
    return _too_to(doc, t)


def _since_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"The embassy has been closed since the revolution of 1979": a lasting state."""
    return (_previous(doc, t) == "been" or _reduced_relative(doc, t)) and _since_long_ago(doc, t)


def _decade_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"grew out of student protests in the 1980s": history, no one event."""
    return _decade_near(doc, t)


def _war_dead_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"honours soldiers killed in the two world wars": a class of the dead."""
    lemma = t.lemma.lower()
    return (lemma in _words("kill-verb") or lemma in ("die", "wound", "lose", "fall")) and (t.tag == "VBN" or t.text.lower().endswith("ed")) and _dead_of_a_war(doc, t)


def _toll_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"The war has killed more than 300,000 people since 2011": a toll, no killer named."""
    return t.pos == "VERB" and t.lemma.lower() in _words("kill-verb") and _conflict_toll(doc, t)


def _role_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"The ministry oversees the police", "commanded troops for a decade": a post."""
    return t.pos == "VERB" and t.lemma.lower() in _words("role-verb") and _describes_a_role(doc, t)


def _sitting_check(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"The new parliament is expected to convene in early January": a sitting."""
    return t.pos == "VERB" and t.lemma.lower() in _SIT and _chamber_sits(doc, t)


def _rest(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The parts of :func:`background_non_event` that declare no key and no sentence word (none at
    present; a new one goes here and in :func:`background_non_event`)."""
    return False


def background_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` describes a capability, a state, history or a role."""
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    prev = lows[t.i - 1] if t.i > sent.token_start else ""
    if prev in ("can", "could", "and") and _capability(doc, t):
        return True  # "The missile can strike targets 2,000 kilometres away", "any member can veto"
    if prev in ("to", "from") and (_provision(doc, t) or _entitled(doc, t)):
        return True  # "The law allows police to detain suspects", "Members are entitled to ask the court"
    if t.text.lower().endswith("ing") and _duty(doc, t):
        return True  # "The unit is responsible for protecting the president and visiting heads of state"
    if t.lemma.lower() in ("design", "intend", "mean") and _purpose(doc, t):
        return True  # "The force is designed to respond to attacks within 48 hours": what it is for
    if _too_to(doc, t):
        return True  # "the army is too weak to launch a major offensive": the act is ruled out
    if (prev == "been" or _reduced_relative(doc, t)) and _since_long_ago(doc, t):
        return True  # "The embassy has been closed since the revolution of 1979", "a pastor held prisoner since 2012": a lasting state
    if _decade_near(doc, t):
        return True  # "grew out of student protests in the 1980s": history, no one event
    if t.tag == "VBN" or t.text.lower().endswith("ed"):
        if _dead_of_a_war(doc, t):
            return True  # "honours soldiers killed in the two world wars": a class of the dead
    lemma = t.lemma.lower()
    if t.pos == "VERB" and lemma in _words("kill-verb") and _conflict_toll(doc, t):
        return True  # "The war has killed more than 300,000 people since 2011": a toll, no killer named
    if t.pos == "VERB" and lemma in _words("role-verb") and _describes_a_role(doc, t):
        return True  # "The ministry oversees the police", "commanded troops for a decade": a post
    if t.pos == "VERB" and lemma in _SIT and _chamber_sits(doc, t):
        return True  # "The new parliament is expected to convene in early January": a sitting
    return False


def _capability(doc: AnnotatedDocument, t: Token) -> bool:
    """"can" before the verb (or before an earlier verb joined by "and"), and the subject is a weapon
    (``weapon``, ``arms`` or ``weapon-system``: "The missile can strike targets", "The drone can fly
    for 24 hours and strike targets at night") or opens with a generic determiner ("any member can
    veto"): what a thing can do or what a rule allows, not an act; "Troops can strike at any time"
    (a force, not a weapon) stays."""
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    can = t.i - 1
    if lows[can] == "and":
        # "The drone can fly for 24 hours and strike targets": the second verb shares the "can"
        can = next((k for k in range(t.i - 2, max(lo, t.i - 9), -1) if lows[k] in ("can", "could") or lows[k] in (",", ";", ":")), -1)
        if can < 0 or lows[can] not in ("can", "could"):
            return False
    weapons = _words("weapon") | _words("arms") | _words("weapon-system")
    # the word before "can" heads the subject ("the missile can"); a parse may name another
    heads = [can - 1] if can - 1 >= lo else []
    subj = _subject(doc, doc.tokens[can + 1]) if doc.has_parse else None
    if subj is not None:
        heads.append(subj.i)
    for h in heads:
        head = doc.tokens[h]
        if head.pos not in ("NOUN", "PROPN"):
            continue
        if lows[h] in weapons or head.lemma.lower() in weapons:
            return True
        if any(lows[k] in _GENERIC for k in range(max(lo, h - 2), h)):
            return True
    return False


def _provision(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` follows "to" or "from" after a ``provision-verb`` (allow, require, bar, oblige ...) whose
    subject is a ``provision-word`` (law, constitution, treaty, mandate ...) within the eight words
    before it: "The law allows police to detain suspects for 14 days", "The constitution bars the
    army from taking part in politics" -- what a text permits or forbids, no act reported."""
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    verbs = _words("provision-verb")
    texts = _words("provision-word")
    for k in range(t.i - 2, max(lo, t.i - 9), -1):
        if lows[k] in (",", ";", ":"):
            return False
        verb = doc.tokens[k]
        if verb.lemma.lower() not in verbs and lows[k] not in verbs:
            continue
        subj = _subject(doc, verb) if doc.has_parse else None
        heads = [subj.i] if subj is not None else []
        heads += [j for j in (k - 1, k - 2) if j >= lo]
        return any(lows[h] in texts or doc.tokens[h].lemma.lower() in texts for h in heads)
    return False


def _entitled(doc: AnnotatedDocument, t: Token) -> bool:
    """"is / are" + an ``entitled-word`` (entitled, allowed, required, obliged ...) + "to" before
    ``t``, an adverb at most between: "Members are entitled to ask the court for an opinion",
    "Foreigners are required to register with the police" -- a right or a duty under a rule, in
    the present; "Journalists were allowed to visit the prison" (a past permission) is not asked."""
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    k = t.i - 2
    if k - 1 < lo or lows[k] not in _words("entitled-word"):
        return False
    be = k - 1
    if doc.tokens[be].pos == "ADV" and be - 1 >= lo:
        be -= 1
    return lows[be] in ("is", "are", "'re", "’re")


#: Frames of a duty before a gerund ("responsible for", "tasked with", "in charge of").
_DUTY = (("responsible", "for"), ("tasked", "with"), ("entrusted", "with"), ("charge", "of"), ("mandated", "to"))


def _duty(doc: AnnotatedDocument, t: Token) -> bool:
    """A gerund in a duty frame within the eight words before it, in its clause ("The unit is
    responsible for protecting the president and visiting heads of state", "the agency in charge of
    monitoring the ceasefire"): what a body is for, no act ("charged with" is an accusation, not
    listed)."""
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 9), -1):
        if lows[k] in (",", ";", ":"):
            return False
        if (lows[k - 1], lows[k]) in _DUTY:
            return True
    return False


def _purpose(doc: AnnotatedDocument, t: Token) -> bool:
    """"designed / intended / meant" after a form of "be" and before "to": "The force is designed
    to respond to attacks", "the fund was meant to help farmers" -- a purpose described."""
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    return t.i - 1 >= sent.token_start and lows[t.i - 1] in ("is", "are", "was", "were", "be", "been") and t.i + 1 < sent.token_end and lows[t.i + 1] == "to"


def _conflict_toll(doc: AnnotatedDocument, t: Token) -> bool:
    """A killing verb whose subject is a ``conflict-noun`` (war, conflict, violence, insurgency):
    "The war has killed more than 300,000 people since 2011" -- a toll, no party named as the
    killer ("An attack killed five soldiers" names the attack, not a conflict, and stays)."""
    subj = _subject(doc, t)
    if subj is None:
        return False
    conflicts = _words("conflict-noun") | _words("remnant-weapon")  # "Landmines have killed 1,000 people since 2001" (batch 67)
    return subj.text.lower() in conflicts or subj.lemma.lower() in conflicts


def _too_to(doc: AnnotatedDocument, t: Token) -> bool:
    """"too" + an adjective or adverb + "to" within the six words before ``t`` ("too weak to launch
    a major offensive", "too late to stop the attack"), no comma between; not an adjective of
    readiness ("too ready to use force")."""
    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo + 1, t.i - 6), -1):
        if lows[k] in (",", ";", ":"):
            return False
        if lows[k] == "to" and k - 2 >= lo and lows[k - 2] == "too":
            # "too weak to launch" rules the act out; "too ready / too willing to use force" (``readiness``)
            # says the opposite and is not asked
            return lows[k - 1] not in _words("readiness")
    return False


def _since_long_ago(doc: AnnotatedDocument, t: Token) -> bool:
    """"since" within four words after the participle and, within four words after it, a year or
    "independence" ("closed since 1979", "since the revolution of 1979", "since independence"):
    a state that has lasted for years, reported as background ("since Monday" is not asked)."""
    lows = doc.lowered_texts()
    end = doc.sentences[t.sent].token_end
    for k in range(t.i + 1, min(end, t.i + 5)):
        if lows[k] == "since":
            return any(_YEAR.match(lows[j]) or lows[j] in _SINCE_HISTORY for j in range(k + 1, min(end, k + 6)))
        if lows[k] in (",", ";", "and", "but"):
            return False
    return False


def _reduced_relative(doc: AnnotatedDocument, t: Token) -> bool:
    """A past participle right after the noun it describes ("the wife of a pastor held prisoner
    in Iran since 2012", "a reporter jailed since 2019"): with "since" + a year after it, a state
    that has lasted for years, the way "has been held since 2012" tells it (batch 67)."""
    lo = doc.sentences[t.sent].token_start
    if t.i - 1 < lo or doc.tokens[t.i - 1].pos not in ("NOUN", "PROPN"):
        return False
    low = t.text.lower()
    return t.tag == "VBN" or (not t.tag and (low.endswith("ed") or low == "held"))


def _decade_near(doc: AnnotatedDocument, t: Token) -> bool:
    """A decade ("the 1980s", "the '90s") within four words after ``t`` or right before it, no
    comma between: "student protests in the 1980s", "the 1990s wars" -- a period of history."""
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    if t.i - 1 >= sent.token_start and _DECADE.match(lows[t.i - 1]):
        return True
    for k in range(t.i + 1, min(sent.token_end, t.i + 8)):
        if lows[k] in (",", ";", ":"):
            return False
        if _DECADE.match(lows[k]):
            # within four words, or a time adjunct ("in / during the 1990s") after the object with
            # no verb between ("fought government forces in the 1990s"; "fired on a crowd in a
            # square built in the 1960s" has the verb "built" and is not asked)
            return k < t.i + 5 or (lows[k - 2] in ("in", "during") and lows[k - 1] == "the" and not any(doc.tokens[j].pos in ("VERB", "AUX") for j in range(t.i + 1, k)))
    return False


def _dead_of_a_war(doc: AnnotatedDocument, t: Token) -> bool:
    """A killing participle right after a plural noun that a verb before it governs ("honours
    soldiers killed in the two world wars", "remembers civilians killed in the war"), then "in" and,
    within three words, a war: the dead of a war named as a class, no attack reported."""
    if t.lemma.lower() not in _words("kill-verb") and t.lemma.lower() not in ("die", "wound", "lose", "fall"):
        return False
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    if t.i - 1 <= sent.token_start or t.i + 2 >= sent.token_end or lows[t.i + 1] != "in":
        return False
    noun = doc.tokens[t.i - 1]
    if noun.pos != "NOUN" or not (lows[t.i - 1].endswith(("s", "men")) or noun.lemma.lower() != lows[t.i - 1]):  # "soldiers", "policemen"
        return False
    wars = _WAR | _words("conflict-noun")  # "civilians killed in the conflict this year" (batch 67)
    if not any(lows[j] in wars for j in range(t.i + 2, min(sent.token_end, t.i + 6))):
        return False
    # the plural is an object: a verb (or, for a tagger without a parse, a noun it took the verb
    # for: "The memorial honours soldiers") stands before it -- "Soldiers killed in the war were
    # buried" opens the sentence and is not asked
    return any(doc.tokens[k].pos in ("VERB", "NOUN") for k in range(sent.token_start, t.i - 1))


def _describes_a_role(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``role-verb`` (command, oversee, supervise, run ...) in the present simple, no auxiliary
    before it ("The ministry oversees the police"), or followed in its clause by "for" + a span
    ("commanded troops in the north for a decade", "for 20 years"): a post held, no deployment."""
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    if t.i > sent.token_start and lows[t.i - 1] in _words("former-adverb"):
        return True  # "previously commanded the navy's Pacific fleet": a post once held (batch 67)
    if t.tag in ("VBZ", "VBP") or (not t.tag and lows[t.i].endswith("s") and not lows[t.i].endswith("ss")):
        prev = lows[t.i - 1] if t.i > sent.token_start else ""
        if prev not in ("will", "would", "to", "not", "n't") and doc.tokens[t.i - 1].pos != "AUX":
            return True
    spans = _words("duration-unit")
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 9)):
        if lows[k] in (",", ";", ":"):
            return False
        if lows[k] == "for":
            for j in range(k + 1, min(sent.token_end, k + 4)):
                if lows[j] in spans or doc.tokens[j].lemma.lower() in spans:
                    return True
            return False
    return False


def _chamber_sits(doc: AnnotatedDocument, t: Token) -> bool:
    """The subject is a ``chamber-word`` (parliament, assembly, council) or a ``sitting-body``
    (committee, panel, board: "when the budget committee meets next month", e62 at stop 42) and no
    one is met: no "with" and no object right after the verb ("The new parliament is expected to
    convene in early January", "the assembly meets twice a year in Geneva").  PLOVER's CONSULT is
    between parties; a body's own session names one."""
    bodies = _words("chamber-word") | _words("sitting-body")
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    subj = _subject(doc, t)
    # the noun right before the verb heads its own clause's subject where a parse-less reading
    # takes the sentence's first noun ("... at the hearing when the committee met", e62)
    before = t.i - 1 if t.i > sent.token_start and doc.tokens[t.i - 1].pos in ("NOUN", "PROPN") else None
    if not ((subj is not None and subj.text.lower() in bodies) or (before is not None and lows[before] in bodies)):
        return False
    k = t.i + 1
    if k < sent.token_end and (doc.tokens[k].pos in ("DET", "PROPN", "PRON", "NOUN") and lows[k] not in ("next", "this", "last", "twice", "once")):
        return False
    return not any(lows[j] == "with" for j in range(k, min(sent.token_end, t.i + 8)))
