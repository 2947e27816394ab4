"""Word sense of event triggers: the CAMEO verb patterns and a few checks settle it.

A trigger word alone often says too little: "beat" in sport, "strike" as
lightning or a labour action, "struck a deal", "dismissed the chief
executive".  The CAMEO verb dictionary (``cameo_patterns.tsv``, see
:mod:`..cameo`) pairs verbs with the objects, particles and prepositional
phrases that fix their sense, so:

* a specific CAMEO pattern that codes no PLOVER event ("played down the
  figures", CAMEO ``---``; public statements, CAMEO 01) vetoes a trigger;
* for the ambiguous triggers (class ``needs-sense`` in ``event_cues.tsv``)
  a specific pattern's category replaces the trigger's ("struck a deal" ->
  AGREE), and without one the trigger must pass its own sense check;
* a verb that is no trigger at all becomes one when a specific pattern
  with a PLOVER category matches ("opened an investigation" -> ACCUSE);
  verbs' bare default codes are not used (too many senses: "went" 040).

The curated trigger list otherwise wins over CAMEO, as it follows the
PLOVER manual where CAMEO2PLOVER differs ("signed an agreement" is SUPPORT,
"imposed sanctions" SANCTION).

Gates (issue 13, s30 at stop 47): a check of :func:`_own_or_pattern_sense` before the CAMEO
patterns whose first guard tests the word's lemma (or its written form) against a word list
declares that list as a row of :func:`pre_pattern_gates` (:class:`.word_gates.WordGate`), and
the chain asks it behind ``"name" in may`` -- ``may`` being the names of the gates that admit
the word, read once per (lemma, text).  The check keeps its own guard; the gate only spares
the call for the words it cannot act on.  A check without a row is asked of every word.  A new
lemma-keyed check adds its row and, for verbs no lexicon row claims, its lemmas to
:func:`_argument_lemmas`; ``tests/test_s30_word_gates.py`` compares gated and open answers on
the dev sentences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Literal

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_classes
from ...lexicons.dates import months, weekdays
from ..cameo import pattern_key, specific_verb_code
from ..denial_forms import base_form
from ..mentions import POSSESSIVES
from ..roles import is_capital, kin_nouns
from .armed_campaigns import armed_campaign, pressed_attack
from .court_orders import court_order_sense
from .object_relatives import object_relative_head
from .held_objects import ABDUCT_CODE, ARREST_CODE, custody_restored, military_catch_mode, police_catch_mode
from .taken_ground import OCCUPY_CODE, ground_taken, taker_verbs, unarmed_capture
from .campaign_starts import APPEAL_CODE, campaign_without_aim
from .visit_invitations import welcome_to_act
from .disputes import COMPLAINT_CODE, dispute_verbs, opposes_a_party
from .embraced_parties import EMBRACE_VERBS, embraces_a_party
from .state_aid import AID_GIVE_VERBS, state_aid
from .shared_information import INFORMATION_GIVE_VERBS, shares_information
from .loyal_parties import LOYALTY_VERBS, stands_by_a_party
from .mobilized_forces import armed_mover, marchers_called, massed_intransitively
from .conflict_end_calls import calls_to_end_own_conflict
from .idiom_senses import took_part_sense
from .non_event_senses import non_event
from .pushed_to_act import pushes_someone_to_act
from .crowd_charges import charged_a_crowd
from .protest_stormings import stormed_in_protest
from .floor_sit_ins import floor_taken
from .game_spectators import spectators_strike_a_person
from .withdrawn_backing import backing_noun
from ...lexicons.nouns import wordnet_people
from .blows import beats_a_thing, blow_to_a_person, crowd_attack_on_people
from .fired_into import fired_into_people
from .protest_gatherings import protesters_gather
from .rammed_crowds import rams_into_people
from .by_phrases import by_phrase_span
from .mandative_clauses import mandative_clause
from .spoken_attacks import attacked_for, criticizes_someone, goes_after_someone, spoken_attack_on
from .spoken_praise import praises_in_words
from .spoken_protests import protest_by_state, protests_in_words
from .name_calling import calls_names
from .mutual_talks import held_by_two_parties, mutual_talk
from .phone_calls import bare_call, phone_call
from .repelled_forces import REPEL_VERBS, drives_back_armed_party, participle_modifier
from .party_pacts import pact_with_parties
from .shared_meals import shares_a_meal
from .disrupted_gatherings import people_disrupt_gathering
from .triggers import words_of
from .usage_senses import come_to_aid
from .sense_checks import after_adverbs
from .word_gates import GateTable, WordGate
from .admitted_faults import admits_fault
from .sport_adjectives import adjective_on_other_noun
from .passive_attacks import attacked_in_passive
from .seized_buildings import seized_building

Sense = tuple[int, str, "str | None"]


#: ``sense_words.tsv`` by class, once read: the checks ask for their word lists often, and a
#: global is quicker to reach than a cached call (as ``triggers.words_of``).
_SENSE_WORDS: Mapping[str, frozenset[str]] | None = None


class PatternSense(tuple):
    """A sense read from a CAMEO verb pattern alone: no curated trigger, no sense rule of this
    package, and a pattern that does not name its subject.  A plain ``(length, category, mode)``
    tuple to every reader; the events extractor keeps it only when a party is one the pattern was
    written for (:mod:`.pattern_parties`)."""

    __slots__ = ()


def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``sense_words.tsv``, the lexicon of these checks (an unknown class
    raises ``KeyError``)."""
    global _SENSE_WORDS
    if _SENSE_WORDS is None:
        _SENSE_WORDS = word_classes("sense_words.tsv")
    return _SENSE_WORDS[cls]


def event_words(cls: str) -> frozenset[str]:
    """The words of one class of ``sense_words.tsv``, for the other event modules (weapons, attack
    nouns, plan words ...)."""
    return _words(cls)


#: Sector codes of armed actors: their "strike", "attack", "beat" is violence.
_ARMED = ("MIL", "REB", "UAF", "COP", "CRM", "SPY", "INS", "IMG")


def sense(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> tuple[int, str, str | None] | None:
    """The (length, category, mode) the trigger at ``t`` has here, or None for no event.

    The checks for senses that are no event at all (markets, sport, weather, health:
    :func:`.non_event_senses.non_event`) veto whatever the verb's own sense is.  They are asked
    last, only when that sense is an event: both sides only read the document, so the answer is
    the same as asking them first, and about six candidates in seven (the verbs of news text that
    no rule reads as an event) never reach them.
    """
    found = _own_or_pattern_sense(doc, draft, t, curated)
    if found is None or non_event(doc, draft, t, curated):
        return None
    if found[1] in ("COERCE", "ASSAULT") and t.pos == "VERB" and floor_taken(doc, draft, t):
        return found[0], "PROTEST", "demo"  # "Democrats seized the floor of the House": a sit-in (floor_sit_ins)
    return found


def _own_or_pattern_sense(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> tuple[int, str, str | None] | None:
    """:func:`sense` before the non-event veto: the sense the verb's arguments, the CAMEO patterns
    and the curated trigger give ``t``."""
    lemma = t.lemma.lower()
    if curated is None and t.pos == "VERB" and lemma == "insist" and mandative_clause(doc, t) is not None:
        # "insisted that the premier apologize": a demand in the mandative subjunctive (CAMEO 100);
        # "insisted that the budget was balanced" is a claim, and "insisted on" stays the CAMEO
        # patterns' (mandative_clauses; asked before the plain-verb screen, which it leaves as it was)
        return 1, "REQUEST", None
    if curated is None and t.pos == "VERB":
        low = t.text.lower()
        plain = _PLAIN_VERBS.get((lemma, low))
        if plain is None:
            plain = _plain_verb(lemma, low)
        if plain is True and doc.tokens[t.i] is t:
            # of the checks before the CAMEO patterns only _conflict_sense reads this verb ("said
            # any incursion would be met with force"); the others would all fall through
            conflict = _conflict_sense(doc, draft, t, curated)
            return conflict if conflict is not False else _pattern_sense(doc, draft, t, curated, lemma, False)
        if plain is not False and doc.tokens[t.i] is t:
            # no check before the CAMEO patterns reads this verb -- by its lemma, nor by its
            # written form with the ending taken off, as criticism verbs are read ("bashed": the
            # rules lemmatiser's "bashe", spoken_attacks)
            if plain == "":
                return None  # no CAMEO pattern of the verb names an argument: _pattern_sense's None
            return _pattern_sense(doc, draft, t, curated, lemma, False)
    ambiguous = curated is not None and curated[0] == 1 and lemma in words_of("needs-sense")
    # the gates of the word-keyed checks below that can act on this word (module docstring)
    may = (_GATES or pre_pattern_gates()).open_for(lemma, t.text.lower())
    conflict = _conflict_sense(doc, draft, t, curated) if "conflict" in may else False
    if conflict is not False:
        return conflict
    if lemma == "come" and t.pos == "VERB":
        helped = come_to_aid(doc, t)
        if helped is not None:
            return helped  # "came to the aid of the flooded villages": AID, no visit (usage_senses)
    if lemma == "take" and t.pos == "VERB":
        joined = took_part_sense(doc, t)
        if joined is not False:
            return joined  # "took part in a march": PROTEST; "in the talks": CONSULT (idiom_senses)
        if _next_words(doc, t, 1) == {"over"} and floor_taken(doc, draft, t):
            return 1, "PROTEST", "demo"  # "lawmakers took over the floor of the assembly": a sit-in (floor_sit_ins)
    if curated is not None and curated[1] == "CONSULT" and t.pos == "NOUN" and lemma in _words("meal-noun"):
        return curated if shares_a_meal(doc, draft, t) else None  # "had breakfast with the mayor" (shared_meals)
    if curated is not None and curated[1] == "AGREE" and t.pos == "NOUN" and lemma in _words("pact-noun"):
        return curated if pact_with_parties(doc, draft, t) else None  # "the accord between Ghana and Togo" (party_pacts)
    if curated is not None and curated[0] > 1 and curated[1] == "ASSAULT" and lemma == "fire" and _next_words(doc, t, 1) & {"on", "at"} and not _fired_at_someone(doc, t):
        return None  # "came under fire on Monday", "was fired at the end of the season", "fired at will"
    if curated is not None and curated[0] > 1 and curated[1] == "ASSAULT" and lemma == "fire" and "into" in _next_words(doc, t, 1) and not fired_into_people(doc, draft, t):
        return None  # "fired into the air", "into the sea": no one hit; "fired into the crowd" stays (fired_into)
    # (a verb trigger of two words stands as matched even where the tagger took its first word for
    # a noun: "North Korea fires missile into sea", spaCy's "fires" NOUN -- lead at stop 36)
    verb_matched = t.pos == "VERB" or curated is not None and curated[0] > 1 and lemma in ("fire", "launch")
    if verb_matched and (lemma in ("fire", "launch", "test-fire", "test") and (_missile_test(doc, t) or _test_prefix(doc, t)) or t.pos == "VERB" and _tests_weapon(doc, t)):
        # "fired a cruise missile into the sea", "test-fired": a weapons test (the whole trigger when
        # its verb was tagged a noun, so that it is not read as a noun modifying "missile")
        return (1 if t.pos == "VERB" else curated[0] if curated is not None else 1), "MOBILIZE", "weapons"
    if t.pos == "VERB" and lemma in words_of("employ") and _lets_go(doc, t):
        return None  # "fired 300 workers", "dismissed the chief executive": an employer's act
    ordered = court_order_sense(doc, draft, t, curated) if "court-order" in may else False
    if ordered is not False:
        return ordered  # "a court ordered the steelmaker to pay compensation": SANCTION convict (court_orders)
    if t.pos == "VERB" and curated is not None and curated[0] == 1 and lemma in words_of("needs-patient") and _thing_object(doc, draft, t):
        return None  # "released her third album", "freed up funds": no one is let go
    if t.pos == "VERB" and curated is not None and lemma in words_of("needs-addressee"):
        # ("asked that the mayor reconsider": the party asked is a mandative clause's subject, mandative_clauses)
        return curated if _asks_someone(doc, draft, t) or mandative_clause(doc, t) is not None else None
    if t.pos == "VERB" and lemma == "hack" and _hacks_a_person(doc, draft, t):
        return 1, "ASSAULT", None  # "the gang hacked a village elder to death": a blade, not a computer (stop 30)
    if t.pos == "VERB" and lemma == "hack" and _hacks_no_system(doc, draft, t, curated):
        return None  # "hacked together a website", "hacked a path through the jungle": no attack (e66, stop 43)
    if t.pos == "VERB" and (curated is None or curated[1] == "ASSAULT") and lemma in words_of("cyber-verb") and (_cyber_object(doc, t) or _hacker_subject(doc, t)):
        return 1, "COERCE", "cyber"  # "hackers attacked the hospitals' computer systems" (PLOVER COERCE cyber)
    if curated is None and t.pos == "VERB" and lemma in words_of("dispatch") and _to_a_place(doc, draft, t):
        force = force_object(doc, draft, t)
        if force:
            return 1, "MOBILIZE", force  # "sent two frigates to the disputed islands": before CAMEO's aid readings of "send"
    if t.pos == "VERB" and lemma in _words("tell-verb") and _envoy_told_to_leave(doc, t):
        return 1, "SANCTION", "expel"  # "ordered the French ambassador to leave the country"
    if t.pos == "VERB" and lemma in REPEL_VERBS and drives_back_armed_party(doc, draft, t):
        return 1, "ASSAULT", None  # "The army pushed back the rebels", "repelled the insurgents" (repelled_forces)
    if curated is None and t.pos == "VERB" and lemma in _words("displace-verb") and _drives_from_homes(doc, draft, t):
        return 1, "COERCE", "deport"  # "Soldiers forced thousands of villagers from their homes" (CAMEO 174)
    if curated is None and t.pos == "VERB" and lemma == "take" and _armed_takeover(doc, draft, t):
        return 1, "COERCE", "seize"  # "Soldiers took over the state broadcaster" (CAMEO 171, take over)
    if curated is None and t.pos == "VERB" and "press" in may:
        pressed = pressed_attack(doc, draft, t)
        if pressed is not None:
            return pressed  # "fighters pressed their attack on the town" / "pressing his attack that ..." (armed_campaigns)
    if curated is None and t.pos == "VERB" and "disrupt" in may and _disrupt_verb(t) and _protesters_before(doc, t):
        return 1, "PROTEST", "obstruct"  # "Protesters interrupted the senator's speech" (issue 14 batch 61)
    if curated is None and t.pos == "VERB" and "disrupt" in may and _disrupt_verb(t) and people_disrupt_gathering(doc, draft, t):
        return 1, "PROTEST", "obstruct"  # "Supporters disrupted the convention" (disrupted_gatherings, batch 125)
    if (curated is None or curated[1] == "ASSAULT") and t.pos == "VERB" and "ram" in may and rams_into_people(doc, draft, t):
        return (curated[0] if curated is not None else 1), "ASSAULT", None  # "a van rammed into pedestrians" (rammed_crowds, batch 142)
    if (curated is None or curated[1] == "MOBILIZE") and t.pos == "VERB" and lemma in _words("gather-verb") and protesters_gather(doc, t):
        return 1, "PROTEST", "demo"  # "Hundreds of protesters gathered outside parliament" (protest_gatherings, batch 142)
    if curated is None and "push" in may and pushes_someone_to_act(doc, draft, t):
        return 1, "REQUEST", None  # "the union pressed the governor to veto the bill" (pushed_to_act)
    if curated is None and "criticism" in may and criticizes_someone(doc, draft, t):
        return 1, "ACCUSE", "disapprove"  # "blasted the governor", "ripped the attorney general for ..." (spoken_attacks)
    if curated is None and "pursuit" in may and goes_after_someone(doc, draft, t):
        return 2, "ACCUSE", "disapprove"  # "went after the governor": pursuit of a party (spoken_attacks)
    if curated is None and "embrace" in may and embraces_a_party(doc, draft, t):
        return 1, "SUPPORT", None  # "embraced the nominee": a party endorsed (embraced_parties)
    if curated is None and "loyalty" in may and stands_by_a_party(doc, draft, t):
        return 1, "SUPPORT", None  # "the donors stuck by the senator": loyalty kept to a party (loyal_parties)
    if curated is None and t.pos == "VERB":
        named = calls_names(doc, draft, t) if "name-calling" in may else None
        if named is not None:
            # "called the governor a liar", "branded him a traitor": criticism; "called the budget
            # a disaster", "called him a friend": a word put on something (name_calling)
            return (1, "ACCUSE", "disapprove") if named == "abuse" else None
        if "phone-call" in may and (phone_call(doc, draft, t) or bare_call(doc, draft, t)):
            # "called the Turkish leader on Tuesday to discuss the crisis", "Macron called Erdogan
            # on Tuesday" (phone_calls)
            return 1, "CONSULT", "phone"
        if "praise" in may and praises_in_words(doc, draft, t):
            return 1, "SUPPORT", None  # "spoke highly of the minister": praise (spoken_praise; e59, stop 42)
        talks = mutual_talk(doc, draft, t) if "mutual-talk" in may else None
        if talks is not None:
            return 1, "CONSULT", talks or None  # "Macron and Erdogan talked by phone" (mutual_talks)
    if (curated is None or curated[1] == "ASSAULT") and t.pos == "VERB" and "wage" in may and armed_campaign(doc, draft, t):
        return 1, "ASSAULT", None  # "the army launched a campaign against the rebels": force, not CAMEO's appeal (armed_campaigns)
    if curated is None and t.pos == "VERB" and lemma in _words("hand-over-verb"):
        handed = _handover(doc, draft, t)
        if handed is not None:
            return handed  # "France handed over the suspected bomb maker to Belgian authorities"
    if curated is not None:
        verbal = _verbal_sense(doc, draft, t, curated)
        if verbal is not False:
            return verbal
    if curated is None and t.pos == "VERB" and lemma in _words("give-goods-verb") and _goods_to_people_in_need(doc, draft, t):
        return 1, "AID", None  # "Japan sent 500 sleeping bags to displaced families", "distributed nets to flood-hit households"
    if curated is None and t.pos == "VERB" and lemma in _words("give-money-verb") and _money_given(doc, t) and _goods_to_people_in_need(doc, draft, t, money=True):
        return 1, "AID", None  # "Japan has given $50 million to flood victims": money to people in need (issue 14 batch 61)
    if curated is None and "share-information" in may and shares_information(doc, draft, t):
        return 1, "COOPERATE", None  # "gave the border police the names of the smugglers" (shared_information)
    if curated is None and "state-aid" in may and state_aid(doc, draft, t) and not _object_is_trigger(doc, t):
        # (an aid noun as the object carries the event itself: "gave Jordan a $100 million loan")
        return 1, "AID", None  # "Kazakhstan shipped wheat to Afghanistan", "handed Ukraine a consignment of generators" (state_aid)
    if curated is None and t.pos == "VERB" and lemma in _words("admit-verb") and admits_fault(doc, t):
        # "admitted that the government had mishandled the flood response", "admitted it had made a
        # mistake": with "that" or a bare clause (admitted_faults, e86 at stop 47)
        return 1, "CONCEDE", None
    if curated is None and t.pos == "VERB" and "order-or-warning" in may:
        told = _order_or_warning(doc, draft, t)
        if told is not None:
            return told  # before the CAMEO patterns: "ordered X to go" is no visit (CAMEO "order ... to")
    if curated is None and t.pos == "VERB" and lemma in words_of("dispatch"):
        force = force_object(doc, draft, t)
        if force:
            return 1, "MOBILIZE", force  # "dispatched an aircraft carrier": before CAMEO's send = aid (issue 14 batch 8)
    return _pattern_sense(doc, draft, t, curated, lemma, ambiguous)


def _hit_in_words(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A ``reasoned-attack-verb`` no trigger row claims ("hit") said of a person for a reason or in
    a setting of speech (:func:`.spoken_attacks.attacked_for`: "hit her rival for skipping the
    debate", "hit the mayor in a radio interview", "hit the incumbent as out of touch"), in a
    sentence with no armed party, no weapon and no sport: criticism (CAMEO 111), as "attacked X
    for ..." is.  CAMEO's own "hit" patterns read force, and need an armed party (e59, stop 42)."""
    if t.lemma.lower() not in words_of("reasoned-attack-verb"):
        return False
    return attacked_for(doc, draft, t) and not _armed_context(doc, draft, t) and not _with_instrument(doc, t) and not _sport(doc, t)


#: :func:`pre_pattern_gates`, once built (a global is quicker to reach than a cached call).
_GATES: GateTable | None = None


def pre_pattern_gates() -> GateTable:
    """The gates of the word-keyed checks of :func:`_own_or_pattern_sense` before the CAMEO
    patterns (the convention of :mod:`.word_gates`): each name is read as ``"name" in may`` in
    front of its check, and its :class:`.word_gates.WordGate` copies the check's own first guard --
    the same word list, read by lemma, and by written form where the check reads one.

    A new check of the chain whose first guard tests the lemma adds its row here (and its lemmas
    to :func:`_argument_lemmas`, for the verbs no lexicon row claims); a check without a row is
    asked of every word, as before.  ``tests/test_s30_word_gates.py`` asks each gated check with
    its gate and without it on the dev sentences."""
    global _GATES
    if _GATES is None:
        from .armed_campaigns import _PRESS, _WAGE
        from .mutual_talks import _words as talk_words
        from .pushed_to_act import _PUSH

        _GATES = GateTable({
            # _conflict_sense ("charge" only with a curated ACCUSE: no verb of _argument_lemmas)
            "conflict": WordGate(_words("ultimatum-verb") | {"protest", "call", "fire", "haul", "drag", "warn", "say", "declare", "vow", "storm", "retaliate", "strike", "expel", "clash", "charge"}),
            "court-order": WordGate(frozenset({"order", "pay"})),  # court_orders.court_order_sense
            "press": WordGate(_PRESS),  # armed_campaigns.pressed_attack
            "disrupt": WordGate(_words("disrupt-verb"), forms=True),  # _disrupt_verb
            "ram": WordGate(_words("ram-verb"), forms=True),  # rammed_crowds.rams_into_people
            "push": WordGate(_PUSH, forms=True),  # pushed_to_act.pushes_someone_to_act (_push_verb)
            "criticism": WordGate(words_of("criticism-verb"), forms=True),  # spoken_attacks.criticizes_someone
            "pursuit": WordGate(words_of("pursuit-verb")),  # spoken_attacks.goes_after_someone
            "embrace": WordGate(EMBRACE_VERBS),  # embraced_parties.embraces_a_party
            "loyalty": WordGate(LOYALTY_VERBS),  # loyal_parties.stands_by_a_party
            "name-calling": WordGate(words_of("name-calling-verb")),  # name_calling.calls_names
            "phone-call": WordGate(frozenset({"call"})),  # phone_calls.phone_call and bare_call
            "praise": WordGate(words_of("praise-speech-verb")),  # spoken_praise.praises_in_words
            "mutual-talk": WordGate(talk_words("mutual-talk-verb")),  # mutual_talks.mutual_talk
            "wage": WordGate(_WAGE),  # armed_campaigns.armed_campaign
            "share-information": WordGate(INFORMATION_GIVE_VERBS),  # shared_information.shares_information
            "state-aid": WordGate(AID_GIVE_VERBS),  # state_aid.state_aid
            # _order_or_warning ("ordere": the written forms too)
            "order-or-warning": WordGate(_words("order-verb") | {"bar", "ban", "warn"}, texts=frozenset({"order", "orders", "ordered", "ordering"})),
        })
    return _GATES


#: :func:`_argument_lemmas`, once built (a global is quicker to reach than a cached call).
_ARGUMENT_LEMMAS: frozenset[str] | None = None
#: The lemmas of :func:`_argument_lemmas` that only :func:`_conflict_sense` reads, and the
#: lemmas the other checks read (set with it).
_CONFLICT_ONLY: frozenset[str] = frozenset()
_OTHER_ARGUMENT_LEMMAS: frozenset[str] = frozenset()

#: (lower-case lemma, lower-case text) -> :func:`_plain_verb`'s answer, kept for the process (the
#: answer depends on the word alone; strings and False only, so the collector does not track the table).
_PLAIN_VERBS: dict[tuple[str, str], str | bool] = {}


def _plain_verb(lemma: str, low: str) -> str | bool:
    """For a verb that is no curated trigger: True when, of the checks of
    :func:`_own_or_pattern_sense` before the CAMEO patterns, only :func:`_conflict_sense` may
    read it (its lemma in :data:`_CONFLICT_ONLY`: "say", "vow", "declare" ...; its text no
    form another check reads); False when another check may read it (its lemma in
    :func:`_argument_lemmas`, its text in :data:`_ARGUMENT_FORMS`, or its text with the ending
    taken off one of those lemmas); else :func:`..cameo.pattern_key`, "" when no pattern of
    the verb names an argument, so that :func:`_pattern_sense` is None for it wherever it
    stands (its lemma, outside :func:`_argument_lemmas`, is no ``dispatch`` verb either).

    Asked once per word, not per token: the base-form and pattern-key tests were the cost of
    every verb of the text, and "say", the commonest verb of news, ran the whole chain of
    checks (issue 13, s16)."""
    arguments = _ARGUMENT_LEMMAS or _argument_lemmas()
    if lemma in _CONFLICT_ONLY and low not in _ARGUMENT_FORMS and base_form(low, _OTHER_ARGUMENT_LEMMAS) is None:
        plain: str | bool = True
    elif lemma in arguments or low in _ARGUMENT_FORMS or base_form(low, arguments) is not None:
        plain = False
    else:
        plain = pattern_key(lemma, low)
    _PLAIN_VERBS[(lemma, low)] = plain
    return plain

#: Written forms the checks before the CAMEO patterns read besides lemmas: :func:`_tests_weapon`
#: ("tested": the rules tagger's lemma may be "teste") and :func:`_order_or_warning` ("ordere").
_ARGUMENT_FORMS = frozenset({"tested", "tests", "testing", "order", "orders", "ordered", "ordering"})


def _argument_lemmas() -> frozenset[str]:
    """Every lemma that a check of :func:`_own_or_pattern_sense` before the CAMEO patterns can act
    on, for a verb that is no curated trigger.

    Each of those checks opens with a test of the verb's lemma (or, as :data:`_ARGUMENT_FORMS`
    lists, its written form) against a word or a word class, and returns nothing for any other
    verb: :func:`_conflict_sense`, :func:`.usage_senses.come_to_aid` ("come"), the weapons tests,
    :func:`_lets_go` (``employ``), :func:`.court_orders.court_order_sense` ("order", "pay"),
    "hack", ``cyber-verb``, ``dispatch``, ``tell-verb``, ``displace-verb``, "take",
    :func:`.armed_campaigns.pressed_attack` (``_PRESS``), :func:`.pushed_to_act.pushes_someone_to_act`
    (``_PUSH``), :func:`.spoken_attacks.criticizes_someone` (``criticism-verb``),
    :func:`.spoken_attacks.goes_after_someone` (``pursuit-verb``),
    :func:`.embraced_parties.embraces_a_party` (``embrace-verb``),
    :func:`.state_aid.state_aid` (``give-goods-verb``, ``give-money-verb``),
    :func:`.shared_information.shares_information` (``share-information-verb``),
    :func:`.loyal_parties.stands_by_a_party` (``loyalty-phrase``),
    :func:`.armed_campaigns.armed_campaign` (``_WAGE``), ``hand-over-verb``, ``give-goods-verb``,
    ``admit-verb``, :func:`_order_or_warning` (``order-verb``, "bar", "ban", "warn"), and
    :func:`_disrupt_verb` (``disrupt-verb``), the money given to people in need
    (``give-money-verb``), :func:`.name_calling.calls_names` (``name-calling-verb``) and
    :func:`.phone_calls.phone_call` ("call"), :func:`.mutual_talks.mutual_talk` (``mutual-talk-verb``), :func:`.spoken_praise.praises_in_words` (``praise-speech-verb``), :func:`.repelled_forces.drives_back_armed_party` (``repel-verb``), :func:`.protest_gatherings.protesters_gather` (``gather-verb``), :func:`.rammed_crowds.rams_into_people` (``ram-verb``).  A verb read by its written form with the ending taken off
    (:func:`..denial_forms.base_form`, "interrupte") counts as its base form.  A verb
    outside this set goes straight to :func:`_pattern_sense`, where the chain would have gone
    after all of them fell through (tests/test_s13.py compares the two on the dev sentences).
    """
    global _ARGUMENT_LEMMAS
    if _ARGUMENT_LEMMAS is None:
        from .armed_campaigns import _PRESS, _WAGE
        from .pushed_to_act import _PUSH

        conflict = frozenset().union(  # _conflict_sense
            _words("ultimatum-verb"),
            {"call", "fire", "haul", "drag", "warn", "say", "declare", "vow", "storm", "retaliate", "strike", "expel", "clash", "protest"},
        )
        others = frozenset().union(
            {"come", "fire", "launch", "test-fire", "test", "hack", "take", "order", "pay", "bar", "ban", "warn"},
            words_of("employ"), words_of("cyber-verb"), words_of("dispatch"), words_of("criticism-verb"),
            words_of("pursuit-verb"),  # spoken_attacks.goes_after_someone (stop 37)
            EMBRACE_VERBS,  # embraced_parties.embraces_a_party (stop 37)
            AID_GIVE_VERBS,  # state_aid.state_aid (stop 38)
            INFORMATION_GIVE_VERBS,  # shared_information.shares_information (stop 41)
            LOYALTY_VERBS,  # loyal_parties.stands_by_a_party (stop 38)
            words_of("name-calling-verb"),  # name_calling.calls_names (stop 34); phone_calls.phone_call ("call", stop 35)
            _words("mutual-talk-verb"),  # mutual_talks.mutual_talk (stop 35)
            words_of("praise-speech-verb"),  # spoken_praise.praises_in_words (stop 42)
            REPEL_VERBS,  # repelled_forces.drives_back_armed_party (stop 43)
            _words("tell-verb"), _words("displace-verb"), _words("hand-over-verb"), _words("give-goods-verb"),
            _words("admit-verb"), _words("order-verb"),
            # _disrupt_verb (batch 61: "Protesters interrupted the speech"), _money_given (batch 61)
            _words("disrupt-verb"), _words("give-money-verb"),
            _words("gather-verb"), _words("ram-verb"),  # protest_gatherings, rammed_crowds (batch 142, stop 46)
            _words("take-ground-verb"), _words("catch-verb"),  # taken_ground, held_objects (batch 150, stop 47)
            _PRESS, _PUSH, _WAGE,
        )
        global _CONFLICT_ONLY, _OTHER_ARGUMENT_LEMMAS
        _CONFLICT_ONLY, _OTHER_ARGUMENT_LEMMAS = conflict - others, others
        _ARGUMENT_LEMMAS = conflict | others
    return _ARGUMENT_LEMMAS


def _pattern_sense(doc: AnnotatedDocument, draft: Draft, t: Token, curated: Sense | None, lemma: str, ambiguous: bool) -> Sense | None:
    """The rest of :func:`_own_or_pattern_sense` once no check before the CAMEO patterns has
    answered: the CAMEO verb patterns, then the curated trigger's own sense."""
    if curated is None and t.pos == "VERB" and lemma in words_of("reasoned-attack-verb") and _hit_in_words(doc, draft, t):
        # (the word test is _hit_in_words's own first guard, made here: few verbs pass it)
        return 1, "ACCUSE", "disapprove"  # "hit her rival for skipping the debate" (spoken_attacks)
    if t.pos == "VERB":
        vc = specific_verb_code(doc, t)
        if vc is not None and vc.plover in _VERBAL_CONFLICT and (curated is None or curated[1] == "ASSAULT") and _with_instrument(doc, t):
            # "beat protesters with batons", "hit a convoy with grenades": CAMEO's block-wide
            # "(WITH)" pattern reads a threat or an accusation; a weapon after "with" is a blow
            if curated is None:
                return None if _sport(doc, t) or not _armed_context(doc, draft, t) else (1, "ASSAULT", None)
            vc = None
        if vc is not None and vc.plover == "CONSULT" and curated is None and lemma in _words("give-goods-verb"):
            obj = _object_head(doc, t)
            if obj is not None and obj.lemma.lower() in _words("message-noun"):
                return None  # "sent a letter to the U.N. secretary-general": a message, not a meeting
        if vc is not None and curated is None and vc.by_subject and vc.cameo == ARREST_CODE:
            # "- POLICE * [173]" names the subject only: the object decides between an arrest, a
            # seizure and no event ("Police caught the early train": held_objects)
            obj = _direct_object(doc, t)
            mode = police_catch_mode(doc, draft, _counted(doc, obj) if obj is not None else None)
            return (1, "COERCE", mode) if mode is not None else None
        if vc is not None and curated is None and vc.by_subject and vc.cameo == OCCUPY_CODE:
            # "- &MILITARY * [192]" names the subject only: soldiers who caught a train or a cold
            # occupied nothing; people held are an arrest, goods or ground a seizure (held_objects)
            obj = _direct_object(doc, t)
            mode = military_catch_mode(doc, draft, _counted(doc, obj) if obj is not None else None)
            return (1, "COERCE", mode) if mode is not None else None
        if vc is not None and curated is None and vc.cameo == ABDUCT_CODE and custody_restored(doc, draft, t, _direct_object(doc, t)):
            return 1, "COERCE", "arrest"  # "Police caught the escaped prisoner": custody, not a kidnapping (held_objects)
        if vc is not None and (curated is None or ambiguous) and vc.cameo == APPEAL_CODE and campaign_without_aim(doc, _direct_object(doc, t, 2 if _particle_next(doc, t) else 1)):
            return None  # "kicked off her campaign in Des Moines": a run for office, no appeal (campaign_starts)
        if vc is not None and curated is None and not vc.by_subject and vc.cameo == OCCUPY_CODE and unarmed_capture(doc, draft, t):
            return None  # "The ruling party took the town in the local elections": won, not occupied (taken_ground)
        if vc is not None and curated is None and vc.by_subject and vc.cameo == COMPLAINT_CODE and lemma in dispute_verbs() and not opposes_a_party(doc, draft, t):
            return None  # "Officials argued over the budget": "- OFFICIALS * [114]", nobody opposed (disputes)
        if vc is not None:
            if vc.cameo == "---" and curated is not None and curated[1] == "COERCE" and seized_building(doc, t, _object_head(doc, t)):
                return curated  # "seized the ranch house": a building, not CAMEO's &ASYLUM "house" (seized_buildings)
            if vc.cameo == "---" or vc.plover is None:
                return None if curated is None or curated[0] == 1 else _material_sense(doc, draft, t, curated)
            if curated is None and lemma in words_of("light") and _object_is_trigger(doc, t):
                return None  # "began a strike", "launched an attack": the noun carries the event
            if curated is None and lemma in _words("obtain-verb") and _object_is_trigger(doc, t):
                # "won the backing of the teachers' union": CAMEO's "obtain backing" [051] makes the
                # winner the source; the noun carries the support, its giver the agent (stop 35, batch 68)
                return None
            if ambiguous and curated is not None and curated[1] == "ASSAULT" and vc.plover == "THREATEN":
                # "beat protesters with batons": CAMEO's DESTROY block carries "- * (WITH) [130]", written
                # for "break with"; a blow is never a threat, so the verb keeps its own sense
                return _own_sense(doc, draft, t, curated)
            if ambiguous and curated is not None and curated[1] == "ASSAULT" and vc.plover == "COOPERATE" and not _alongside(doc, t):
                # "Soldiers fought insurgents": CAMEO's BATTLE block lists "- * INSURGENTS [062]"
                # beside "- * ALONGSIDE [062]"; the object of a fight is its enemy, unless alongside
                return _own_sense(doc, draft, t, curated)
            if curated is None and vc.plover == "COOPERATE" and lemma in ("battle", "fight", "combat") and not _alongside(doc, t):
                # the same BATTLE block for a fight verb no lexicon row claims ("a military
                # coalition is battling insurgents"): the enemy, not a partner; force only with an
                # armed party ("battling the flu" is left to the sense rules)
                return (1, "ASSAULT", None) if _armed_context(doc, draft, t) and not _sport(doc, t) else None
            if ambiguous and curated is not None and curated[1] == "ASSAULT" and vc.plover == "MOBILIZE":
                return _own_sense(doc, draft, t, curated)  # "warplanes struck targets": force, not a show of it
            if curated is None or ambiguous:
                if vc.plover == "ASSAULT" and (_sport(doc, t) or not _armed_context(doc, draft, t) and not blow_to_a_person(doc, draft, t) and not _with_instrument(doc, t)):
                    # "was ready to return fire" in a campaign: no one armed ("slapped a journalist" is a
                    # blow: blows; "attacked the mayor's car with stones" a weapon used: e87, stop 47)
                    return None
                if vc.plover == "ASSAULT" and _missile_test(doc, t):
                    return 1, "MOBILIZE", "weapons"  # "launched two missiles into the sea"
                if vc.plover == "MOBILIZE" and lemma == "take" and _office_taken_up(doc, draft, t):
                    return None  # "before taking up the post in 2021": an office entered, not posts manned
                if vc.plover == "RETREAT" and vc.mode == "withdraw" and curated is None:
                    return _material_sense(doc, draft, t, (1, vc.plover, vc.mode))  # "pulled its diplomats out of"
                if curated is None and not vc.by_subject:
                    return PatternSense((1, vc.plover, vc.mode))  # the pattern alone: its parties are checked (pattern_parties)
                return 1, vc.plover, vc.mode
            return _material_sense(doc, draft, t, curated)
    if curated is None:
        if t.pos == "VERB" and lemma in _words("catch-verb") and custody_restored(doc, draft, t, _direct_object(doc, t)):
            return 1, "COERCE", "arrest"  # "Guards caught the runaway inmate" (held_objects)
        # (ground_taken's own first guard, taken before the object is read: most verbs here are no verb of taking)
        takers = taker_verbs()
        if t.pos == "VERB" and (lemma in takers or t.text.lower() in takers) and ground_taken(doc, draft, t, _direct_object(doc, t)):
            return 1, "COERCE", "seize"  # "Militants took the customs post", "retook the airport" (taken_ground)
        if t.pos == "VERB" and lemma in words_of("dispatch"):
            force = force_object(doc, draft, t)
            return (1, "MOBILIZE", force) if force else None  # "moved battalions to the border"
        return None
    if ambiguous:
        return _own_sense(doc, draft, t, curated)
    return _material_sense(doc, draft, t, curated)


#: Sector codes of state, security and judicial bodies, whose working together is cooperation.
_OFFICIAL = ("GOV", "MIL", "COP", "SPY", "JUD", "IGO")


#: Second halves of hyphenated adjectives of places or people in need ("flood-hit", "war-torn").
_NEED_SUFFIXES = frozenset({"hit", "stricken", "affected", "ravaged", "torn", "struck"})


def _goods_to_people_in_need(doc: AnnotatedDocument, draft: Draft, t: Token, money: bool = False) -> bool:
    """Goods (no actor, no force) sent, delivered or handed out to people or places in need: the
    to-phrase names them by a word of ``sense_words`` class ``in-need`` ("displaced families",
    "the besieged town", "survivors") or a hyphenated "-hit"/"-stricken" adjective ("famine-hit
    Somalia"). What is sent need not be a relief good the lexicons know (wheat, fuel, mosquito nets):
    sent to people in need, it is humanitarian aid (PLOVER AID; CAMEO 07)."""
    obj = _object_head(doc, t)
    if obj is None and not money:
        return False  # (``money``: a sum the caller found, "$50 million", which may hold no noun)
    if obj is not None and (draft.actor_at(obj.start, obj.end) is not None or force_object(doc, draft, t) or obj.lemma.lower() in _words("message-noun")):
        return False
    sent = doc.sentences[t.sent]
    need = _words("in-need")
    lows = doc.lowered_texts()
    lemmas = doc.lowered_lemmas()
    end = min(sent.token_end, t.i + 20)
    for k in range(t.i + 1, end):
        if lows[k] in (";", ":"):
            return False
        if lows[k] != "to":
            continue
        for j in range(k + 1, min(sent.token_end, k + 10)):
            if lemmas[j] in need or lows[j] in need or (lows[j] in _NEED_SUFFIXES and j > 0 and lows[j - 1] in ("-", "–")):
                return True
            if "-" in lows[j] and lows[j].rsplit("-", 1)[-1] in _NEED_SUFFIXES:
                return True
            if lows[j] in (",", ";", ":") or (doc.tokens[j].pos == "VERB" and not lows[j].endswith(("ed", "ing"))):
                break
        return False
    return False


def _money_given(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is money, a sum or a money word right after it ("has given $50 million",
    "gave 40 million dollars"): what "give" and "hand" move to people in need is then aid, as
    goods are (:func:`_goods_to_people_in_need`; "gave hope to the victims" stays none)."""
    from .kind_senses import _money_moved

    return _money_moved(doc, t)


def _intransitive_active(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb has no object and is no passive: no object child and no passive subject or
    auxiliary in the parse (when there is one), no noun phrase starting right after it and no
    form of "be" or "get" in the two words before it."""
    if doc.has_parse and any(c.dep in ("obj", "dobj", "nsubj:pass", "nsubjpass", "aux:pass", "auxpass") for c in doc.children(t.i)):
        return False
    # the words too, with a parse as well: a parser may take the verb for an adjective of its
    # object ("Beijing loosened controls": "loosened" an amod of "controls")
    lo = doc.sentences[t.sent].token_start
    before = {doc.tokens[j].text.lower() for j in range(max(lo, t.i - 2), t.i)}
    if before & {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"}:
        return False
    return _noun_after(doc, t.i + 1, strict=True) is None


def _under_pressure(doc: AnnotatedDocument, t: Token) -> bool:
    """The sentence names pressure the act yields to: a protest, strike, outcry, criticism ...
    (``sense_words`` class ``pressure-word``)."""
    sent = doc.sentences[t.sent]
    pressure = _words("pressure-word")
    lemmas = doc.lowered_lemmas()
    return any(lemmas[k] in pressure for k in range(sent.token_start, sent.token_end))


def _official_partner(doc: AnnotatedDocument, draft: Draft, k: int) -> bool:
    """A state or a state's security, judicial or governing body named in the phrase opening at
    token ``k`` (up to a comma or six words)."""
    sent = doc.sentences[doc.tokens[k].sent] if k < len(doc.tokens) else None
    if sent is None or k >= sent.token_end:
        return False
    end = k
    while end < min(sent.token_end, k + 6) and doc.tokens[end].text not in (",", ";"):
        end += 1
    if end == k:
        return False
    for _s, _e, a in draft.mentions_between(doc.tokens[k].start, doc.tokens[end - 1].end):
        actor = draft.actor_fields(a)
        if actor is not None and (actor.kind == "country" or any(c in (actor.code or "") for c in _OFFICIAL)):
            return True
    return False


def _alongside(doc: AnnotatedDocument, t: Token) -> bool:
    """"alongside" or "with" within the three words after the verb ("fought alongside the rebels")."""
    end = min(doc.sentences[t.sent].token_end, t.i + 4)
    return any(doc.tokens[k].text.lower() in ("alongside", "with", "beside") for k in range(t.i + 1, end))


_PARTICLES = frozenset({"up", "down", "off", "away", "out", "into", "onto", "over"})
#: Words that put the complement of "assured X that ..." in the future: the promise.
_FUTURE_WORDS = frozenset({"will", "would", "'ll", "shall"})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
#: Verbal conflict (and protest) categories that sport reports use in their own sense.
_VERBAL_CONFLICT = frozenset({"PROTEST", "ACCUSE", "REJECT", "THREATEN", "REQUEST"})
_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE"})


def _verbal_sense(doc: AnnotatedDocument, draft: Draft, t: Token, curated: Sense) -> Sense | None | Literal[False]:
    """Word sense of the verbal triggers (issue 14 batch 4); False when no check applies.

    * "confer" counts without an object only (``no-object``: "the leaders conferred");
    * "plead guilty / not guilty" is a defendant's plea, not a request (``court-plea``);
    * "warn of" is a threat only when what is warned of is an act or a harm the speaker can
      bring ("severe consequences", "an all-out strike"), not a forecast ("heavy rain");
    * "promised harsh punishment", "pledged retaliation": a promise of harm is a threat (CAMEO 13);
    * "agreed that the economy would slow" is an opinion, not an agreement;
    * "backed" needs an object and no particle ("backed into a parked car", "backed up the data");
    * "welcomed" a person or an actor is hosting a visit (CAMEO 043), not praise.
    """
    n, category, _mode = curated
    lemma = t.lemma.lower()
    if (category in _VERBAL_CONFLICT or category == "CONCEDE") and _sport(doc, t):
        return None  # "Barcelona protested the referee's decision", "the striker conceded that ...": a game, not politics
    if category == "PROTEST" and lemma == "rally" and _market_rally(doc, t):
        return None  # "Stock markets rallied after the figures": prices, not a demonstration
    if t.pos != "VERB":
        if lemma == "recognition" and t.i > doc.sentences[t.sent].token_start and doc.tokens[t.i - 1].text.lower() in _words("not-diplomatic"):
            return None  # "in recognition of his work", "facial recognition": no state recognised
        if lemma == "conversation" and n == 1:
            # "had a long conversation with his Tanzanian counterpart": talks with a party; "a
            # conversation about grief", "a brief conversation with reporters" are none (batch 53)
            # ("In a conversation with the host about his film, the actor ...": an interview frame)
            in_frame = t.i > doc.sentences[t.sent].token_start and any(doc.tokens[k].text.lower() == "in" for k in range(max(doc.sentences[t.sent].token_start, t.i - 3), t.i))
            # ("Ruiz and Heller had several conversations": both sides as the subject, mutual_talks)
            return curated if (_partner_after(doc, t.i + 1) or held_by_two_parties(doc, draft, t)) and not in_frame else None
        return False
    if category == "COOPERATE" and lemma == "work" and n == 2 and doc.tokens[t.i + 1].text.lower() == "with":
        # "Police in Colombia worked with U.S. drug agents to dismantle the ring": security or state
        # bodies working together; not "the company worked with Microsoft", "she worked with refugees"
        return curated if _official_partner(doc, draft, t.i + 2) else None
    if category == "THREATEN" and lemma == "threaten" and n == 1 and curated[2] is None:
        # "threatened to arrest any journalist", "threatened to cut off gas supplies": the mode is
        # the content of the threat (PLOVER THREATEN modes), read off the threatened act
        harm = _promised_harm(doc, draft, t)
        return (1, "THREATEN", harm[1]) if harm is not None else curated
    if category == "ACCUSE" and n > 1 and lemma in ("make", "level"):
        # "made charges that the judge was biased", "levelled allegations of fraud against": the
        # charge names what or whom it is about; "the bank made charges for every transfer" is a fee
        # (issue 14 batch 61, second round)
        end = t.i + n
        return curated if end < doc.sentences[t.sent].token_end and doc.tokens[end].text.lower() in ("that", "of", "against", "about") else None
    if category == "CONCEDE" and n == 1 and lemma == "concede":
        obj = _object_head(doc, t)
        if obj is not None and (obj.lemma.lower() in _words("race-word") or obj.text.lower() in _words("race-word")):
            # "conceded the race shortly before midnight": a candidacy ends, no party yields to
            # another (CAMEO.2.0 YIELD block: "- * OUT (OF RACE) [---]"; issue 14 batch 61)
            return None
        if obj is not None and obj.text.lower() in _words("conceded-result"):
            return None  # "conceded defeat on Monday night": an election lost (issue 14 batch 67)
        if obj is not None and obj.text.lower() in _words("conceded-score"):
            return None  # "conceded a penalty in the 80th minute": a score in a game (issue 14 batch 64)
    if category == "CONCEDE" and lemma in _words("ease-verb") and t.pos == "VERB" and _intransitive_active(doc, t):
        # "economists agree that inflation will ease", "tensions eased": a trend; the concession is
        # eased restrictions or curbs relaxed (object or passive; issue 14 batch 64)
        return None
    if category == "CONCEDE" and lemma in _words("drop-verb"):
        obj = _object_head(doc, t)
        from .triggers import object_class

        if obj is not None and obj.lemma.lower() in object_class("own-measure"):
            # "shelved plans to raise fuel prices after nationwide protests": dropping one's own plan is
            # a concession when the sentence names the pressure it yields to; without it ("the
            # ministry abandoned plans for a new airport") a change of policy, no event
            return curated if _under_pressure(doc, t) else None
    if category == "SUPPORT" and lemma == "approve" and n == 1:
        # "the bank approved 40,000 mortgages", "dividends were approved by shareholders": a
        # company's business, not the political approval PLOVER codes (sense_words commerce-object)
        from .triggers import passive_object

        obj = _object_head(doc, t) or (passive_object(doc, t) if doc.has_parse else None)
        if doc.has_parse and t.dep == "acl:relcl" and t.head is not None and (obj is None or obj.text.lower() in ("that", "which")):
            obj = doc.tokens[t.head]  # "the dividend that the board approved": the relative's antecedent
        if obj is not None and obj.lemma.lower() in _words("commerce-object"):
            return None
    if category == "SUPPORT" and lemma == "forgive" and n == 1:
        # "forgive $200 million of Nigeria's loan obligations": debt forgiveness is AID (manual sec.
        # RETREAT); "forgave the protesters" is SUPPORT (CAMEO 056)
        sent = doc.sentences[t.sent]
        debt = words_of("debt-word")
        if any(doc.tokens[k].lemma.lower() in debt for k in range(t.i + 1, min(sent.token_end, t.i + 14))):
            return 1, "AID", None
    if category == "AGREE" and lemma == "assure":
        # "assured mediators that it would take part": a promise (CAMEO.2.0 PROMISE synset); not
        # "assured reporters that the economy was sound", a statement
        return curated if _future_after(doc, t) else None
    if category == "CONSULT" and lemma == "meet" and n == 1:
        obj = _object_head(doc, t)
        if obj is not None and obj.lemma.lower() in words_of("private-relation"):
            return None  # "met his future wife at university": a private life, not a consultation
        if obj is not None and (obj.lemma.lower() in words_of("met-goal") or obj.text.lower() in words_of("met-goal")):
            return None  # "hired workers to meet strong demand", "met the deadline": a goal reached
    if category == "REQUEST" and lemma == "call" and n == 2 and doc.tokens[t.i + 1].lemma.lower() == "on":
        # "called on Ethiopia to pull back", "called on donors for help": what is asked must follow;
        # "called on a childhood friend in Lyon" is a visit to a friend, no request
        return curated if _asks_for_something(doc, t, n) else None
    if category == "REQUEST" and lemma == "call" and n == 2 and doc.tokens[t.i + 1].text.lower() == "for" and calls_to_end_own_conflict(doc, draft, t, n):
        # "the rebel commander called for an end to the war": a party to the conflict states its
        # intent, AGREE (manual sec. REQUEST ambiguities); a third party's call stays REQUEST
        return n, "AGREE", None
    if category == "AGREE" and lemma == "give" and n > 1:
        # "gave the go-ahead for the deployment", "gave the green light to resume talks": an approval
        # is an agreement only when what it approves is an event; "... for an open-air concert" is none
        return curated if _approves_event(doc, t, n) else None
    if category == "CONSULT" and lemma == "sit" and n == 3:
        # "sat down with his Chinese counterpart": talks; "sat down with reporters": an interview
        who = _noun_after(doc, t.i + n, strict=True) if t.i + n < doc.sentences[t.sent].token_end else None
        return None if who is not None and who.text.lower() in _words("audience") else curated
    if category == "CONCEDE" and lemma == "walk" and n == 2:
        # "walked back its plan", "walked back the remarks": a retraction needs what is retracted;
        # "walked back on stage", "walked back to the hotel" are walks
        nxt = doc.tokens[t.i + n] if t.i + n < doc.sentences[t.sent].token_end else None
        return curated if nxt is not None and nxt.pos in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM") else None
    if lemma in words_of("no-object"):
        return None if _object_head(doc, t) is not None else curated
    if lemma == "plead":
        after = _next_words(doc, t, 2)
        return None if after & words_of("court-plea") else curated
    if category == "THREATEN" and lemma == "warn" and n == 2:
        return curated if _threatening(doc, _prep_object(doc, t, n, ("of", "about"))) else None
    if category == "AGREE" and lemma in _words("promise-verb") and n == 1:
        obj = _object_head(doc, t)
        if obj is not None and _threatening(doc, obj):
            return 1, "THREATEN", "violence"
        harm = _promised_harm(doc, draft, t)
        return (1, "THREATEN", harm[1]) if harm is not None else False
    if category == "AGREE" and lemma == "agree" and n == 1:
        return None if _that_clause(doc, t) else curated
    if category == "SUPPORT" and lemma == "back" and n == 1:
        nxt = doc.tokens[t.i + 1] if t.i + 1 < doc.sentences[t.sent].token_end else None
        if nxt is not None and nxt.text.lower() in _PARTICLES:
            return None
        passive = doc.has_parse and any(c.dep in ("nsubj:pass", "aux:pass") for c in doc.children(t.i))
        return curated if passive or _object_head(doc, t) is not None else None
    if category == "SUPPORT" and lemma == "defend" and n == 1:
        # "defended the ambassador against the criticism", "defended the decision" (CAMEO 052),
        # not "troops defended the town" (CAMEO &town 152) or "defended their title"
        vc = specific_verb_code(doc, t)
        if vc is not None:
            return None if vc.cameo == "---" or vc.plover is None else (1, vc.plover, vc.mode)
        obj = _object_head(doc, t)
        if obj is None or obj.text.lower().endswith(("self", "selves")) or _sport(doc, t) or armed_party(doc, draft, t):
            return None  # "defended himself": no one else is supported
        actor = draft.actor_fields(draft.actor_at(obj.start, obj.end))
        if actor is not None and actor.kind in ("location", "country"):
            return None
        return curated
    if category == "SUPPORT" and lemma == "welcome" and n == 1:
        obj = _object_head(doc, t)
        if obj is None and doc.has_parse:
            obj = next((c for c in doc.children(t.i) if c.dep == "nsubj:pass"), None)
        elif obj is None:
            obj = _passive_subject(doc, t)
        possessor = obj is not None and obj.i + 1 < doc.sentences[t.sent].token_end and doc.tokens[obj.i + 1].text.lower() in ("'s", "’s")
        if obj is not None and not possessor and _person_or_actor(doc, draft, obj):
            if welcome_to_act(doc, obj):
                return 1, "AGREE", None  # "welcomed the king to visit the port": an invitation (visit_invitations)
            return 1, "CONSULT", "visit"
        return curated  # "welcomed the EU's financial contribution": the thing welcomed, a possessor's (stop 30, e17)
    return False


def _fired_at_someone(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb "fire" + on/at + a noun phrase whose head is no time: "fired on a column of
    civilians", "fired at the crowd"; not the noun ("came under fire on Monday"), "fired on
    Monday", "fired at the end of the season" (dismissals) or "fired at will"."""
    sent = doc.sentences[t.sent]
    if t.pos != "VERB":
        return False
    k = t.i + 2  # past "on"/"at"
    while k < sent.token_end and (doc.tokens[k].pos in ("DET", "ADJ", "NUM") or doc.tokens[k].text.lower() in POSSESSIVES):
        k += 1
    if k >= sent.token_end or doc.tokens[k].pos not in ("NOUN", "PROPN"):
        return False
    w = doc.tokens[k]
    return not ({w.lemma.lower(), w.text.lower()} & _fired_when())


@lru_cache(maxsize=1)
def _fired_when() -> frozenset[str]:
    """Heads after "fired on/at" that make it a time, not a target: time words, months and
    ``fired-when`` nouns ("was fired at the end of the season", "fired at will")."""
    return _words("time-word") | _words("fired-when") | months()


def _with_instrument(doc: AnnotatedDocument, t: Token) -> bool:
    """A "with" phrase after the verb, in its clause, whose noun is a weapon or a tool of violence
    (``event_cues.tsv`` class ``instrument``: "with batons", "with rocket-propelled grenades")."""
    sent = doc.sentences[t.sent]
    tools = words_of("instrument")
    end = min(sent.token_end, t.i + 12)
    for k in range(t.i + 1, end):
        w = doc.tokens[k]
        if w.text in (",", ";", ":") or w.pos == "SCONJ":
            return False
        if w.text.lower() != "with":
            continue
        for m in range(k + 1, min(sent.token_end, k + 5)):
            x = doc.tokens[m]
            forms = {x.lemma.lower(), x.text.lower(), x.text.lower().removesuffix("s"), *(p.removesuffix("s") for p in x.text.lower().split("-"))}
            if forms & tools:
                return True
            if x.pos not in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PUNCT") and x.text != "-":
                break
        return False
    return False


def _market_rally(doc: AnnotatedDocument, t: Token) -> bool:
    """"Stock markets rallied", "Oil prices staged a strong rally", "a rally in bank shares": a
    market word among the five words before "rally" or after its "in"."""
    sent = doc.sentences[t.sent]
    toks = doc.tokens
    near = [toks[k] for k in range(max(sent.token_start, t.i - 5), t.i)]
    if t.i + 1 < sent.token_end and toks[t.i + 1].text.lower() == "in":
        near += [toks[k] for k in range(t.i + 2, min(sent.token_end, t.i + 6))]
    markets = _words("market")
    return any(w.lemma.lower() in markets or w.text.lower().removesuffix("s") in markets for w in near)


def _future_after(doc: AnnotatedDocument, t: Token) -> bool:
    """A future auxiliary ("would", "will") or an infinitive within the eight words after ``t``."""
    sent = doc.sentences[t.sent]
    words = [doc.tokens[k].text.lower() for k in range(t.i + 1, min(sent.token_end, t.i + 9))]
    return bool(_FUTURE_WORDS & set(words)) or (bool(words) and words[0] == "to")


def _order_or_warning(doc: AnnotatedDocument, draft: Draft, t: Token) -> Sense | None:
    """Two verbs that are no triggers alone (issue 14 batch 4):

    * "ordered the tanker to turn back": an order is a REQUEST (manual, REQUEST: "All requests,
      demands, and orders"); "ordered the arrest of" leaves the event to its noun (a light verb);
    * "warned Beijing against any military action": a warning against an act of force or a
      harm is a threat (CAMEO.2.0 WARN "against strike" 138), not "warned against complacency";
      so is "warned Athens of grave consequences" (of a harm, with the addressee between) and "warned
      (that) it would retaliate" (a party's own force in the future: :func:`_warns_of_force`).
    """
    lemma = t.lemma.lower()
    # the forms as written too: a lemmatizer without a dictionary entry may give "ordere"
    if (lemma in _words("order-verb") or t.text.lower() in ("order", "orders", "ordered", "ordering")) and _told_to(doc, t):
        obj = _object_head(doc, t)
        if obj is None or obj.text.lower() not in _words("audience"):
            return 1, "REQUEST", None  # also "told Hungary to comply", "instructed the bank to" (batch 7)
    if lemma in ("bar", "ban") and _from_entering(doc, t):
        # "Mali barred the UN envoy from entering the country": barring entry is a refusal
        # (PLOVER manual, REJECT: barring a group from entering is REJECT; expelling it COERCE)
        return 1, "REJECT", None
    if lemma == "bar" and (_from_race(doc, t) or _candidate_barred(doc, t)):
        # "The state election board barred two candidates from the ballot", "Two candidates were
        # barred by the commission": a body refusing a candidacy, as the dev file codes it (REJECT,
        # batches 52 and 56)
        return 1, "REJECT", None
    if lemma == "warn" and (_threatening(doc, _prep_object(doc, t, 1, ("against", "of"))) or _warns_of_force(doc, draft, t)):
        return 1, "THREATEN", None
    return None


_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})


def _warns_of_force(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"warned (that) it would retaliate", "warned that Russian forces would target arms shipments":
    a clause after "warn" with a future auxiliary, a verb of force (``event_cues.tsv`` class
    ``harm-verb``) and, as its subject, a pronoun, an actor or armed forces -- the warning party's
    own force, CAMEO 138 (threaten with military force). Not "warned that the storm would hit the
    coast" (a forecast), nor "would not attack" (no threat)."""
    from .triggers import match_trigger

    harm = words_of("harm-verb")
    sent = doc.sentences[t.sent]
    if doc.has_parse:
        for c in doc.children(t.i):
            if c.dep != "ccomp" or c.lemma.lower() not in harm:
                continue
            kids = doc.children(c.i)
            if not any(k.dep == "aux" and k.lemma.lower() in _FUTURE_AUX | {"'ll"} or k.text.lower() in _FUTURE_AUX for k in kids):
                continue
            if any(k.dep == "advmod" and k.lemma.lower() in ("not", "n't", "never") for k in kids):
                continue
            subj = next((k for k in kids if k.dep == "nsubj"), None)
            if subj is not None and subj.pos == "PRON" and match_trigger(doc, c) is not None:
                continue  # "warned it would attack": the package makes the speaker's own attack the threat
            if subj is not None and (
                subj.pos == "PRON" or draft.actor_at(subj.start, subj.end) is not None or subj.lemma.lower() in _words("force-subject")
            ):
                return True
        return False
    k = t.i + 1
    if k < sent.token_end and doc.tokens[k].text.lower() == "that":
        k += 1
    for m in range(k, min(sent.token_end - 1, k + 6)):
        w = doc.tokens[m]
        if w.text in (",", ";") or w.pos == "VERB":
            return False
        if w.text.lower() in _FUTURE_AUX:
            nxt = doc.tokens[m + 1]
            if nxt.text.lower() in ("not", "n't", "never") or nxt.lemma.lower() not in harm and nxt.text.lower() not in harm:
                return False
            between = doc.tokens[k:m]
            if not between:
                return False
            if match_trigger(doc, nxt) is not None and any(b.pos == "PRON" for b in between):
                return False  # "warned it would attack": the package makes the speaker's own attack the threat
            forces = _words("force-subject")
            return any(b.pos == "PRON" or b.lemma.lower() in forces for b in between) or bool(
                draft.mentions_between(between[0].start, between[-1].end)
            )
    return False


def _from_entering(doc: AnnotatedDocument, t: Token) -> bool:
    """"from entering" / "from entry" within the eight words after ``t``."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 9)):
        if doc.tokens[k].text.lower() == "from" and doc.tokens[k + 1].lemma.lower() in ("enter", "entering", "entry"):
            return True
    return False


def _from_race(doc: AnnotatedDocument, t: Token) -> bool:
    """"from" + a race (``race-word``: "from the ballot", "from the presidential race") or
    "from running/standing" within the eight words after ``t``."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 9)):
        if lows[k] != "from":
            continue
        j = k + 1
        while j < min(sent.token_end - 1, k + 5) and doc.tokens[j].pos in ("DET", "ADJ", "NUM"):
            j += 1
        return lows[j] in _words("race-word") or doc.tokens[j].lemma.lower() in _words("race-word") or lows[j] in ("running", "standing")
    return False


def _candidate_barred(doc: AnnotatedDocument, t: Token) -> bool:
    """The one barred is a candidate (``barred-candidate`` of ``sense_words.tsv``): the object, or the
    subject of the passive ("Two opposition candidates were barred by ...")."""
    who = _direct_object(doc, t) or _passive_subject(doc, t)
    return who is not None and (who.lemma.lower() in _words("barred-candidate") or who.text.lower() in _words("barred-candidate"))


def _told_to(doc: AnnotatedDocument, t: Token) -> bool:
    """"<verb> X to <verb>": an object followed by an infinitive ("ordered the tanker to turn back")."""
    if doc.has_parse:
        kids = doc.children(t.i)
        return any(c.dep in ("obj", "iobj") for c in kids) and any(
            c.dep in ("xcomp", "advcl") and c.pos == "VERB" and any(m.text.lower() == "to" for m in doc.children(c.i)) for c in kids
        )
    obj = _noun_after(doc, t.i + 1, strict=True)
    if obj is None or obj.i + 2 >= doc.sentences[t.sent].token_end:
        return False
    # "to" + a verb, which a tagger without a parse may call a noun; not "to the port"
    return doc.tokens[obj.i + 1].text.lower() == "to" and doc.tokens[obj.i + 2].pos not in ("DET", "PROPN", "NUM", "PRON", "PUNCT")


def coded_mention_between(draft: Draft, start: int, end: int, codes: tuple[str, ...]) -> bool:
    """An actor mentioned between offsets ``start`` and ``end`` has a sector code holding one of
    ``codes`` ("UAF" for gunmen, "COP" for police): the one test behind :func:`armed_party` and the
    acting-side checks of ``spoken_attacks`` and ``held_objects``."""
    for _s, _e, a in draft.mentions_between(start, end):
        actor = draft.actor_fields(a)
        if actor is not None and actor.code and any(c in actor.code for c in codes):
            return True
    return False


def armed_party(doc: AnnotatedDocument, draft: Draft, t: Token, words: str = "armed-word") -> bool:
    """An armed party in the sentence of ``t``: an actor with an armed sector code ("gunmen" UAF,
    "suicide bombers" REB), or a word of ``sense_words`` class ``words`` other than ``t`` itself
    ("armed-word": troops, militia; the wider "armed-context" adds police and weapons, but not the
    "shell" of "shelled out"). Stricter than :func:`_armed_context`, which counts any country too
    ("ads in Spanish" names Spain)."""
    sent = doc.sentences[t.sent]
    if coded_mention_between(draft, doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end, _ARMED):
        return True
    armed = _words(words)
    lemmas = doc.lowered_lemmas()
    return any(lemmas[k] in armed for k in range(sent.token_start, sent.token_end) if k != t.i)


def _next_words(doc: AnnotatedDocument, t: Token, k: int) -> set[str]:
    end = min(doc.sentences[t.sent].token_end, t.i + 1 + k)
    return {doc.tokens[j].text.lower() for j in range(t.i + 1, end)}


def _object_head(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb's direct object (parse), or without a parse the head noun of the noun phrase
    right after it."""
    if doc.has_parse:
        return next((c for c in doc.children(t.i) if c.dep in ("obj", "dobj")), None)
    return _noun_after(doc, t.i + 1, strict=True)


def _partner_after(doc: AnnotatedDocument, k: int) -> bool:
    """A with- or between-phrase within three words of token ``k`` that names someone other than
    the press ("a conversation *with his counterpart*", not "... with reporters")."""
    end = min(doc.sentences[doc.tokens[k - 1].sent].token_end, k + 3)
    for j in range(k, end):
        if doc.tokens[j].text.lower() in ("with", "between"):
            who = _noun_after(doc, j + 1) if j + 1 < end + 3 else None
            if who is not None and who.lemma.lower() in _words("amount") and who.i + 2 < doc.sentences[who.sent].token_end and doc.tokens[who.i + 1].text.lower() == "of":
                who = _noun_after(doc, who.i + 2)  # "with dozens of viewers": the people counted
            return who is not None and who.text.lower() not in _words("audience")
    return False


def _noun_after(doc: AnnotatedDocument, k: int, strict: bool = False) -> Token | None:
    """The last noun of the first noun phrase from token ``k`` on (past a preposition such as
    "of", determiners, adjectives, numbers and quotation marks); ``strict``: the phrase must
    start at ``k`` (no preposition)."""
    end = doc.sentences[doc.tokens[k - 1].sent].token_end if k > 0 else 0
    end = min(end, k + 8)
    found = None
    while k < end:
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            found = w
        elif w.text in _QUOTES:
            pass  # "warns of 'merciless' response"
        elif found is not None:
            break
        elif w.pos == "ADP" and not strict and w.text.lower() in ("of", "about", "against"):
            pass
        elif w.text.lower() in POSSESSIVES:
            pass  # a possessive opens the phrase like a determiner ("met his wife")
        elif w.pos in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or w.text in (",", ";", ".", ":"):
            break
        elif strict and w.pos not in ("DET", "ADJ", "NUM", "ADV") and w.text not in ("'s", "’s"):
            break
        k += 1
    return found


def _prep_object(doc: AnnotatedDocument, t: Token, n: int, preps: tuple[str, ...]) -> Token | None:
    """The noun of the verb's prepositional phrase with one of ``preps`` ("warned *of* ... strike")."""
    if doc.has_parse:
        for c in doc.children(t.i):
            if c.dep in ("obl", "obl:arg", "nmod") and any(k.dep == "case" and k.text.lower() in preps for k in doc.children(c.i)):
                return c
        # "warned shipping companies of further attacks": the parser hangs the phrase on the object
        for o in doc.children(t.i):
            if o.dep in ("obj", "dobj") and o.i > t.i:
                for c in doc.children(o.i):
                    if c.dep == "nmod" and c.i > o.i and any(k.dep == "case" and k.text.lower() in preps for k in doc.children(c.i)):
                        return c
        return None
    sent = doc.sentences[t.sent]
    for k in range(t.i + n - 1, min(sent.token_end - 1, t.i + n + 5)):
        w = doc.tokens[k]
        if w.text.lower() in preps:
            return _noun_after(doc, k + 1)
        if k > t.i and w.pos in ("VERB", "AUX", "SCONJ") or w.text in (",", ";"):
            return None
    return None


#: What a promised act of force threatens (PLOVER THREATEN modes, the content of the threat).
_THREAT_MODES = {"ASSAULT": "violence", "COERCE": None, "SANCTION": "restrict"}
#: Modes of those acts that are THREATEN modes too (a threatened arrest or expulsion).
_SAME_THREAT_MODE = frozenset({"arrest", "expel"})


def _promised_harm(doc: AnnotatedDocument, draft: Draft, t: Token) -> tuple[str, str | None] | None:
    """(category, threat mode) of the act a promise verb promises when it is force, coercion or a
    sanction ("pledged to attack the city", "promised to expel the envoys"): a promise of harm is
    a threat (CAMEO 13), as a promised noun is ("pledged retaliation"); None otherwise."""
    from .triggers import _complement, match_trigger

    act = _complement(doc, t)
    if act is None or act.pos != "VERB" or act.i == t.i:
        return None
    got = sense(doc, draft, act, match_trigger(doc, act))
    if got is None or got[1] not in _THREAT_MODES:
        return None
    category, mode = got[1], got[2]
    if mode in _SAME_THREAT_MODE:
        return category, mode  # "pledged to arrest", "promised to expel": the same content
    return category, _THREAT_MODES[category]


def _threatening(doc: AnnotatedDocument, noun: Token | None) -> bool:
    """A noun naming a harm an actor can bring: ``threat-object`` or a conflict event noun."""
    from .triggers import match_trigger

    if noun is None:
        return False
    if noun.lemma.lower() in words_of("threat-object") or noun.text.lower().rstrip("s") in words_of("threat-object"):
        return True
    hit = match_trigger(doc, noun)
    return hit is not None and hit[1] in _CONFLICT


def _asks_for_something(doc: AnnotatedDocument, t: Token, n: int) -> bool:
    """After a request verb of ``n`` words ("called on"): a to-infinitive ("to pull back") or a
    for-phrase ("for calm") names what is asked, in the same clause -- the words up to a comma
    that opens another clause ("..., his office said, declining to give details") or ";"."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + n, min(sent.token_end, t.i + n + 25)):
        w = doc.tokens[k]
        low = w.text.lower()
        nxt = doc.tokens[k + 1] if k + 1 < sent.token_end else None
        if low == "for" or (low == "to" and nxt is not None and nxt.pos not in ("DET", "NUM", "PROPN", "PRON", "ADJ", "PUNCT")):
            # (after "to" a verb, or a word a tagger without a parse read as a noun: "to rally")
            return True
        if low in (";", ":") or (low == "," and nxt is not None and nxt.pos in ("PRON", "DET", "VERB", "AUX", "SCONJ", "ADV")):
            return False
    return False


def _approves_event(doc: AnnotatedDocument, t: Token, n: int) -> bool:
    """After an approval phrase of ``n`` words ("gave the go-ahead"): its for-phrase or
    to-infinitive names an event trigger ("for the deployment of", "to resume talks")."""
    from .triggers import match_trigger

    sent = doc.sentences[t.sent]
    for k in range(t.i + n, min(sent.token_end - 1, t.i + n + 8)):
        low = doc.tokens[k].text.lower()
        if low in ("for", "to"):
            nxt = doc.tokens[k + 1]
            word = nxt if nxt.pos in ("VERB", "AUX") else _noun_after(doc, k + 1)
            if word is not None and match_trigger(doc, word) is not None:
                return True
            if word is not None and word.pos in ("VERB", "AUX") and specific_verb_code(doc, word) is not None:
                return True
            return False
        if low in (",", ";", ":"):
            return False
    return False


def _that_clause(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb takes a that-clause ("agreed that the economy would slow"), not "to" or an object.
    A time phrase or an adverb between the verb and "that" ("agreed Sunday that", "agreed on
    Monday that", "agreed privately that") changes nothing: it is no term of an agreement
    (issue 14, stop 41, e54: PolNeAR train, "agreed <day> that" read as AGREE)."""
    if doc.has_parse:
        kids = doc.children(t.i)
        if any(c.dep in ("xcomp", "obj") or c.dep == "obl" and not _in_time_phrase(doc, c) for c in kids):
            return False
        return any(c.dep == "ccomp" for c in kids)
    sent = doc.sentences[t.sent]
    k = t.i + 1
    while k < sent.token_end and (doc.tokens[k].pos == "ADV" or _in_time_phrase(doc, doc.tokens[k]) or doc.tokens[k].text.lower() == "on" and k + 1 < sent.token_end and _in_time_phrase(doc, doc.tokens[k + 1])):
        k += 1
    return k < sent.token_end and doc.tokens[k].text.lower() == "that"


def _in_time_phrase(doc: AnnotatedDocument, w: Token) -> bool:
    """The word stands in a date or time entity ("Sunday", "last week")."""
    return any(e.label in ("DATE", "TIME") and e.token_start <= w.i < e.token_end for e in doc.entities_in_sentence(w.sent))


def _person_or_actor(doc: AnnotatedDocument, draft: Draft, noun: Token) -> bool:
    from ..nominals import nominal_kind

    return noun.pos in ("NOUN", "PROPN") and (draft.actor_at(noun.start, noun.end) is not None or nominal_kind(noun) is not None)


#: Prepositions after "fire" that open the target of shots ("fired on the crowd", "fired at the
#: marchers"): an employ verb's object follows it directly or after its particle ("laid off").
_SHOT_PREPOSITIONS = frozenset({"on", "at", "upon", "into"})


def _lets_go(doc: AnnotatedDocument, t: Token) -> bool:
    """The object of an employ verb (``event_cues.tsv``) is a post or a person: "fired its
    finance director", "laid off 200 workers"; not "fired shots", "dismissed the claims"."""
    from ..nominals import nominal_kind

    if doc.has_parse:
        objs = [c for c in doc.children(t.i) if c.dep in ("obj", "nsubj:pass")]
    else:
        sent = doc.sentences[t.sent]
        objs = []
        for k in range(t.i + 1, min(sent.token_end, t.i + 6)):
            w = doc.tokens[k]
            if w.pos == "NOUN":
                objs = [w]
                if k + 1 < sent.token_end and doc.tokens[k + 1].pos == "NOUN":
                    continue
                break
            if w.pos not in ("DET", "ADJ", "NUM", "PRON", "ADP", "PART") or w.text.lower() in _SHOT_PREPOSITIONS:
                break  # "fired on the crowd", "fired at the marchers": shots at a target, no one let go
    return any(o.lemma.lower() in words_of("post") or o.text.lower() in words_of("post") or nominal_kind(o) is not None for o in objs)


def _asks_someone(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """Active "asked <actor or person> to <verb>" or "... for <something>": a request, not a
    question ("asked about the strike", "asked the mayor whether ...")."""
    from ..nominals import nominal_kind

    sent = doc.sentences[t.sent]
    if t.i > sent.token_start and doc.tokens[t.i - 1].text.lower() in ("was", "were", "been", "being", "is", "are", "be"):
        # a passive with its asker named: "The mayor was asked by residents to reopen the shelters"
        return _asked_by_to(doc, t)
    k = t.i + 1
    seen = False
    while k < sent.token_end and k < t.i + 12:
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN", "PRON"):
            if w.pos == "PRON" or draft.actor_at(w.start, w.end) is not None or nominal_kind(w) is not None or w.lemma.lower() in _words("addressee-noun"):
                seen = True
        elif participle_modifier(doc, k, sent.token_start):
            pass  # "residents of the flooded district": an -ed modifier the tagger took for a verb
        elif seen and w.pos == "DET" and doc.tokens[k - 1].pos in ("NOUN", "PROPN", "PRON") and w.text.lower() not in ("all", "both", "each"):
            return False  # "asked him a series of questions", "asked the minister a question": a second object, the thing asked
        elif seen and (w.pos == "ADV" or w.text.lower() in _words("time-before-to")):
            pass  # wire copy puts the day between the addressee and the request: "asked the Security Council on Monday to lift"
        elif seen and w.pos == "ADP" and w.text.lower() in _words("addressee-preposition"):
            pass  # a phrase of membership or place on the addressee: "asked lawmakers in both chambers to pass", "the head of the agency" (lead, stop 44)
        elif w.text.lower() in ("to", "for"):
            # "to" + a verb (which a tagger without parse may call a noun), not "to the UN"
            # ("to" + a quoted verb: "asked the campaign to 'cease and desist' from using its emblem", batch 53)
            nxt = k + 2 if k + 2 < sent.token_end and doc.tokens[k + 1].text in _QUOTES else k + 1
            return seen and (w.text.lower() == "for" or (nxt < sent.token_end and doc.tokens[nxt].pos not in ("DET", "PROPN", "NUM", "PRON", "PUNCT")))
        elif w.pos not in ("DET", "ADJ", "NUM", "PUNCT") and w.text not in ("'s", "’s"):
            return False
        k += 1
    return False


def _asked_by_to(doc: AnnotatedDocument, t: Token) -> bool:
    """"was asked by <someone> to <verb>": a request with its asker; "was asked about", "was
    asked by reporters whether" stay questions."""
    sent = doc.sentences[t.sent]
    if not (t.i + 1 < sent.token_end and doc.tokens[t.i + 1].text.lower() == "by"):
        return False
    for k in range(t.i + 2, min(sent.token_end - 1, t.i + 9)):
        w = doc.tokens[k]
        if w.text.lower() == "to":
            # "to" + a verb, which a tagger without a parse may call a noun
            return doc.tokens[k + 1].pos not in ("DET", "PROPN", "NUM", "PRON", "PUNCT")
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and w.text not in ("'s", "’s"):
            return False
    return False


def _thing_object(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb's direct object is a thing: a noun that is no actor and no person noun
    ("released an album"), not "released twelve hostages" or "freed the journalist", nor a noun
    WordNet names a person by that no actor rule typed ("executed a convicted murderer"; stop 45)."""
    from ..nominals import nominal_kind
    from ..role_people import is_person_lemma

    if doc.has_parse:
        objs = [c for c in doc.children(t.i) if c.dep == "obj"]
        if not objs and t.dep == "acl" and t.head is not None and t.text.lower().endswith("ed"):
            objs = [doc.tokens[t.head]]  # a reduced relative: "satellite images released by a company"
    else:
        sent = doc.sentences[t.sent]
        objs = []
        for k in range(t.i + 1, min(sent.token_end, t.i + 6)):
            w = doc.tokens[k]
            if w.pos in ("NOUN", "PROPN"):
                objs = [w]
                if k + 1 < sent.token_end and doc.tokens[k + 1].pos == "NOUN":
                    continue
                break
            if w.pos not in ("DET", "ADJ", "NUM", "PRON"):
                break
    objs = [_counted(doc, o) for o in objs]  # "executed dozens of villagers": the villagers
    return bool(objs) and all(
        o.pos == "NOUN" and draft.actor_at(o.start, o.end) is None and nominal_kind(o) is None
        and o.lemma.lower() not in words_of("post") and o.lemma.lower() not in words_of("captive")
        and not _captive_compound(doc, o) and o.lemma.lower() not in _words("kin")
        and o.lemma.lower() not in _people_objects() and not is_person_lemma(o.lemma.lower()) for o in objs
    )


def _people_objects() -> frozenset[str]:
    """People a release, rescue or evacuation may take whom no actor rule names: the ``endangered``
    object class ("freed 20 schoolchildren", "released the villagers") and people named by a tie
    (``relational-person``: "freed two associates")."""
    from .triggers import object_class

    return object_class("endangered") | _words("relational-person")


def _captive_compound(doc: AnnotatedDocument, o: Token) -> bool:
    """The object is the members of a captive group: "freed 19 crew members" (not "its crew album")."""
    if o.lemma.lower() != "member":
        return False
    if doc.has_parse:
        return any(c.dep == "compound" and c.lemma.lower() in words_of("captive") for c in doc.children(o.i))
    prev = doc.tokens[o.i - 1] if o.i > doc.sentences[o.sent].token_start else None
    return prev is not None and prev.lemma.lower() in words_of("captive")


def _modifiers(doc: AnnotatedDocument, t: Token) -> set[str]:
    """Lower-case words right before a noun trigger and, with a parse, its modifiers."""
    sent = doc.sentences[t.sent]
    out = {doc.tokens[k].text.lower() for k in range(max(sent.token_start, t.i - 2), t.i)}
    if doc.has_parse:
        out |= {c.text.lower() for c in doc.children(t.i) if c.dep in ("compound", "amod", "nmod:poss")}
    return out


def _own_sense(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None]) -> tuple[int, str, str | None] | None:
    n, category, mode = curated
    lemma = t.lemma.lower()
    if category == "ASSAULT" and spectators_strike_a_person(doc, draft, t):
        # "Fans attacked the referee after the match": the crowd does not play (game_spectators); a
        # general assault's mode is beat (PLOVER manual), as crowd_attack_on_people gives it
        return n, "ASSAULT", mode or "beat"
    if category == "ASSAULT" and _sport(doc, t):
        return None  # "Brazil beat Argentina 2-1 in the qualifier"
    if category == "ASSAULT" and beats_a_thing(doc, draft, t):
        return None  # "generals beating their chest", "soldiers beat the drum": no one struck
    if t.pos == "NOUN" and lemma == "strike":
        mods = _modifiers(doc, t)
        if mods & _words("labour") or (t.i > 0 and doc.tokens[t.i - 1].text.lower() == "on"):
            return n, "PROTEST", "boycott"  # "went on strike", "a general strike"
        if (by := by_phrase_span(doc, t, before_verb=True)) is not None and _workers_in(doc, draft, *by):
            # "a strike by dock workers paralysed the port": the strike as the subject of a verb
            # (by_phrases); "Barring a strike by the pilots, ..." names no strike that happened
            return n, "PROTEST", "boycott"
        if mods & _words("military") or _has_prep(doc, t, ("on", "against")):
            return curated
        if _light_object(doc, t):
            # "pilots began a four-day strike" vs "troops launched a strike": who strikes says which
            return curated if _armed_context(doc, draft, t) else (n, "PROTEST", "boycott")
        return None  # "a lightning strike", "a strike of luck"
    if t.pos == "VERB" and lemma == "strike" and _workers_walk_out(doc, draft, t):
        return n, "PROTEST", "boycott"  # "Doctors Strike Over Unpaid Wages", "rail workers struck for pay"
    if category == "ASSAULT":
        if t.pos == "NOUN" and _modifiers(doc, t) & illness_words():
            return None  # "a heart attack", "a panic attack": an illness, not violence
        if crowd_attack_on_people(doc, draft, t) and not _attack_in_words(doc, draft, t):
            return n, category, mode or "beat"  # "Protesters attacked two reporters" (blows)
        if lemma == "attack" and t.pos == "VERB" and _attacks_a_politician(doc, draft, t):
            return n, "ACCUSE", "disapprove"  # "the senator kept attacking the governor": criticism (CAMEO 111)
        if lemma == "attack" and t.pos == "VERB" and _attack_in_words(doc, draft, t):
            return n, "ACCUSE", "disapprove"  # "it attacked the senator, saying he had insulted veterans"
        if _armed_context(doc, draft, t) or casualty_subject(doc, t):
            return curated
        if blow_to_a_person(doc, draft, t):
            return curated  # "was punched in the face by a supporter": a blow, whoever strikes (blows)
        if t.pos == "VERB" and _with_instrument(doc, t):
            return curated  # "beating several with sticks and iron bars": a blow with a weapon, whoever strikes
        if attacked_for(doc, draft, t):
            return n, "ACCUSE", "disapprove"  # "attacked Romney for being a failed candidate" (spoken_attacks)
        if attacked_in_passive(doc, draft, t) and not _sport(doc, t):
            return n, "ACCUSE", "disapprove"  # "was attacked over her tax plan by the senator" (passive_attacks, e86 at stop 47)
        if lemma == "attack" and t.pos == "VERB" and _abstract_object(doc, draft, t):
            return n, "ACCUSE", "disapprove"  # "the senator attacked the bill": criticism (CAMEO 111)
        if spoken_attack_on(doc, draft, t):
            return n, "ACCUSE", "disapprove"  # "unleashed a harsh attack on his rival" (spoken_attacks)
        return None
    return curated


def _disrupt_verb(t: Token) -> bool:
    """A ``disrupt-verb``, by lemma or by written form ("interrupted" whatever a lemmatiser made of it)."""
    verbs = _words("disrupt-verb")
    return t.lemma.lower() in verbs or base_form(t.text.lower(), verbs) is not None


def _protesters_before(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``protester-word`` among the five words before the verb, in its clause ("Protesters
    interrupted", "Dozens of demonstrators disrupted"): who does it are protesters. Read on the
    words, so both engines agree."""
    words = _words("protester-word")
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 5) - 1, -1):
        w = doc.tokens[k]
        if w.text in (",", ";", ":") or w.pos == "VERB":
            return False
        if w.text.lower() in words or w.lemma.lower() in words:
            return True
    return False


def _protesters_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's subject is a ``protester-word`` ("protesters", "demonstrators", "rioters"): their
    clash with police or rivals is a riot, PLOVER PROTEST (manual, PROTEST modes: "riot"; the
    PETRARCH dictionary codes "PROTEST * (WITH)" under CLASH as 145) -- issue 14 batch 51 (e21)."""
    from .non_event_senses import _subject

    subj = _subject(doc, t)
    words = _words("protester-word")
    return subj is not None and (subj.lemma.lower() in words or subj.text.lower() in words)


@lru_cache(maxsize=1)
def _strikers() -> frozenset[str]:
    """Workers whose "strike" (a verb without an object) is a walk-out: the labour words and the
    trades news names (``striker``)."""
    return _words("labour") | _words("striker")


#: Sectors (CAMEO actor codes, ``agents.tsv``) of people whose "strike" is a walk-out: labour,
#: health, education, media, business, farming, civilians, the courts' staff ("Doctors Strike").
_CIVILIAN_TRADES = ("LAB", "HLH", "EDU", "MED", "BUS", "AGR", "CVL", "JUD")


def _workers_walk_out(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"strike" as a verb with no object, whose subject is workers: a labour strike (PLOVER
    PROTEST), whatever state their nationality names ("French Rail Workers Strike Over ...").

    Workers are the labour and trade words (``striker``) or an actor whose code is a civilian
    trade ("doctors", HLH; "teachers", EDU); armed actors and states strike in the other sense.
    An "object" the parser attached after a comma or a preposition is a participle clause's
    ("struck for a third day, halting production") or the preposition's ("Strike Over Unpaid
    Wages"), not the verb's."""
    sent = doc.sentences[t.sent]
    strikers = _strikers()
    if doc.has_parse:
        if any(c.dep in ("obj", "dobj") and not _comma_or_preposition_between(doc, t.i, c.i) for c in doc.children(t.i)):
            return False
        subj = [c for c in doc.children(t.i) if c.dep in ("nsubj",)]
        spans = [_bounds(doc, s) for s in subj]
    else:
        nxt = doc.tokens[t.i + 1] if t.i + 1 < sent.token_end else None
        if nxt is not None and nxt.pos in ("DET", "NOUN", "PROPN", "PRON", "NUM"):
            return False
        lo = max(sent.token_start, t.i - 8)  # the clause before the verb: "Workers at the car plant struck"
        lo = max([lo] + [k + 1 for k in range(lo, t.i) if doc.tokens[k].text in (",", ";", ":")])
        spans = [(lo, t.i)] if lo < t.i else []
    return any(_workers_in(doc, draft, lo, hi, strikers) for lo, hi in spans)


def _workers_in(doc: AnnotatedDocument, draft: Draft, lo: int, hi: int, strikers: frozenset[str] | None = None) -> bool:
    """Tokens ``lo`` to ``hi`` (exclusive) name workers: a labour or trade word (``striker``), or
    an actor whose code is a civilian trade ("doctors", HLH; "teachers", EDU)."""
    if {doc.tokens[k].text.lower() for k in range(lo, hi)} & (strikers if strikers is not None else _strikers()):
        return True
    for _s, _e, a in draft.mentions_between(doc.tokens[lo].start, doc.tokens[hi - 1].end):
        actor = draft.actor_fields(a)
        if actor is not None and actor.kind in ("group", "person") and actor.code and actor.code[:3] in _CIVILIAN_TRADES:
            return True
    return False


def _comma_or_preposition_between(doc: AnnotatedDocument, i: int, j: int) -> bool:
    """A comma or a preposition among the tokens between ``i`` and ``j`` (either order): no
    direct object stands behind one."""
    lo, hi = min(i, j), max(i, j)
    return any(doc.tokens[k].text == "," or doc.tokens[k].pos == "ADP" for k in range(lo + 1, hi))


def _bounds(doc: AnnotatedDocument, head: Token) -> tuple[int, int]:
    from ..tree import subtree_bounds

    lo, hi = subtree_bounds(doc, head.i)
    return lo, hi + 1


def _has_prep(doc: AnnotatedDocument, t: Token, preps: tuple[str, ...]) -> bool:
    """The noun is followed by one of ``preps`` whose phrase is not a date ("strike on Monday")."""
    nxt = t.i + 1
    end = doc.sentences[t.sent].token_end
    if not (nxt < end and doc.tokens[nxt].text.lower() in preps):
        return False
    after = doc.tokens[nxt + 1].lemma.lower() if nxt + 1 < end else ""
    return after not in _words("time-word")


def _light_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun is the object of a light verb ("began a strike", "staged a strike")."""
    if doc.has_parse:
        return t.head is not None and t.dep == "obj" and doc.tokens[t.head].lemma.lower() in words_of("light")
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 4) - 1, -1):
        w = doc.tokens[k]
        if w.pos == "VERB":
            return w.lemma.lower() in words_of("light")
        if w.pos not in ("DET", "ADJ", "NUM", "NOUN"):
            return False
    return False


def _object_is_trigger(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is an event noun of the trigger list (see :func:`sense`) -- not one that is
    an act only after its doer's possessive (``possessed-act-noun``, :mod:`.possessed_acts`: "gave
    its support", "won the support of": the verb keeps the act, e47 at stop 39)."""
    from .triggers import match_trigger

    if doc.has_parse:
        # the noun itself, or a modifier that starts a trigger ending at it ("launch joint air force exercise")
        for c in doc.children(t.i):
            if c.dep == "obj" and c.pos in ("NOUN", "PROPN") and c.lemma.lower() in _words("event-part"):
                # "launched a campaign of air strikes", "a new wave of attacks": the event the part counts
                c = next((x for x in doc.children(c.i) if x.dep == "nmod" and x.i > c.i), c)
            if c.dep in ("obj", "nmod") and c.pos in ("NOUN", "PROPN"):
                for m in (c, *(x for x in doc.children(c.i) if x.i < c.i and x.dep in ("amod", "compound"))):
                    hit = match_trigger(doc, m) if m.lemma.lower() not in _words("possessed-act-noun") else None
                    if hit and (m.i == c.i or m.i + hit[0] - 1 == c.i):  # "a state of emergency" runs past it
                        return True
        return False
    sent = doc.sentences[t.sent]
    k = t.i + 1
    while k < min(sent.token_end, t.i + 8):
        w = doc.tokens[k]
        if w.pos == "NOUN" and w.lemma.lower() not in _words("possessed-act-noun") and match_trigger(doc, w):
            return True
        if w.text.lower() == "of" and k > t.i + 1 and doc.tokens[k - 1].lemma.lower() in _words("event-part"):
            k += 1  # "launched a campaign of air strikes": past the part to the event
            continue
        if w.pos not in ("DET", "ADJ", "NUM", "NOUN") and w.text.lower() not in POSSESSIVES:
            return False  # ("reaffirmed *their* commitment": a possessive opens the object)
        k += 1
    return False


#: Sector codes of people in politics: their attacks on each other, unarmed, are words.
_POLITICAL = ("GOV", "LEG", "ELI", "PTY", "OPP")


def _attacks_a_politician(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"attack" by a person or body in politics against another (actors with a ``_POLITICAL``
    sector code: "the senator", "the governor", a named minister), with no weapon and no armed
    party in the sentence (no armed sector code, no ``armed-context`` word): "the senator kept
    attacking the governor" is criticism (CAMEO 111); "a mob attacked the mayor" and "gunmen
    attacked the governor's convoy" are not."""
    def political(actor_id: str | None) -> bool:
        actor = draft.actor_fields(actor_id) if actor_id else None
        return actor is not None and actor.kind in ("person", "organization") and any(c in (actor.code or "") for c in _POLITICAL)

    def person(w: Token) -> bool:
        # a politician's attack on a person outside politics is words too ("attacked his wife,
        # Heidi": kin nouns are people since stop 36, and "his wife" was once read as a thing)
        from ..nominals import nominal_kind

        actor = draft.actor_fields(draft.actor_at(w.start, w.end))
        return actor.kind == "person" if actor is not None else nominal_kind(w) == "person" and w.lemma.lower() in kin_nouns()

    obj = _object_head(doc, t)
    if obj is None or not (political(draft.actor_at(obj.start, obj.end)) or person(obj)) or _with_instrument(doc, t):
        return False
    sent = doc.sentences[t.sent]
    if doc.has_parse:
        from ..roles import agent_actor

        agent = agent_actor(doc, draft, t)  # (through "got very negative attacking ...")
    else:
        before = draft.mentions_before(t.start, limit=doc.tokens[sent.token_start].start)
        agent = before[0][2] if before else None
    if not political(agent):
        return False  # "a mob attacked the mayor": who attacks must be in politics too
    return not armed_party(doc, draft, t, "armed-context")


#: Participles that report what an attack said ("attacked the senator, saying ...").
_SAYING_PARTICIPLES = frozenset({"saying", "calling", "accusing", "arguing", "claiming", "charging", "describing", "branding", "labeling", "labelling", "writing", "tweeting"})


def _attack_in_words(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"attack" whose object is a person, followed in its clause by a comma and a participle of
    saying ("Meanwhile, it attacked the senator, saying he had insulted veterans", "attacked the
    minister, calling him a liar"): the attack is what was said, criticism (CAMEO 111), whoever the
    speaker is.  A weapon ("with"), a place or a thing as object, or no participle leave it."""
    from ..nominals import nominal_kind

    obj = _object_head(doc, t)
    if obj is None or _with_instrument(doc, t):
        return False
    actor = draft.actor_fields(draft.actor_at(obj.start, obj.end))
    person = actor.kind == "person" if actor is not None else nominal_kind(obj) == "person"
    if not person:
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(obj.i + 1, min(sent.token_end - 1, obj.i + 6)):
        if lows[k] == "," and lows[k + 1] in _SAYING_PARTICIPLES:
            return True
        if lows[k] in (";", "and", "but", "while", "as"):
            return False
    return False


def _abstract_object(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb's object names no participant: a thing said or decided ("attacked the bill",
    "attacked the plan as unrealistic"), not an actor, a place or a person noun."""
    from ..nominals import nominal_kind

    if not doc.has_parse:
        return False  # too uncertain without a parse
    objs = [c for c in doc.children(t.i) if c.dep == "obj"]
    return bool(objs) and all(
        c.pos == "NOUN" and draft.actor_at(c.start, c.end) is None and nominal_kind(c) is None for c in objs
    )


def _armed_context(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """Violence needs a party that uses it: an armed actor, a state, or a noun the CAMEO
    agents call armed, near the trigger ("troops struck", "gunmen attacked")."""
    sent = doc.sentences[t.sent]
    for _s, _e, a in draft.mentions_between(doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end):
        actor = draft.actor_fields(a)
        if actor is None:
            continue
        if actor.kind == "country" or (actor.code and any(c in actor.code for c in _ARMED)) or is_capital(actor):
            return True  # (a capital speaks and acts for its state: "Tehran said it would retaliate")
    words = {doc.tokens[k].lemma.lower() for k in range(sent.token_start, sent.token_end)}
    words |= {doc.tokens[k].text.lower().removesuffix("s") for k in range(sent.token_start, sent.token_end)}  # "Soldiers" as a name
    # (police and armed people too: "riot police beat protesters", "Soldiers beat ..." when no actor was found)
    return bool(words & _words("armed-context"))


# -- material categories (issue 14 batch 5) ------------------------------------------------


def _material_sense(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None]) -> tuple[int, str, str | None] | None:
    """Word sense of withdrawals, resignations and mobilisations by what they act on.

    * RETREAT withdraw (withdraw, pull out, retreat): from an organisation, treaty or talks it is
      SANCTION withdraw (manual tab:sanctionmode); from a place, or with forces or an actor as
      object, RETREAT; with a thing as object ("withdrew $2 billion") or out of a thing that is
      no place ("pulled out of the parking lot") no event;
    * RETREAT resign: from a board, company or club, or by a business actor, no event (PLOVER's
      resignations are officials');
    * MOBILIZE deploy/mobilise/reinforce with an object that is no armed force or weapon
      ("deployed new software", "mobilised the fan base"): no event.
    """
    n, category, mode = curated
    if category == "AID" and t.pos == "VERB" and t.lemma.lower() in ("train", "equip") and n == 1:
        return curated if _trains_foreign_force(doc, draft, t) else None
    if category == "RETREAT" and mode == "release" and t.pos == "VERB":
        # "Police in Barcelona freed 10 human trafficking victims": freeing victims held by others is
        # a rescue, AID (manual sec. AID and RETREAT, "Hostage rescues"); captors release captives
        obj = _direct_object(doc, t, n) or _passive_subject(doc, t)
        if obj is not None and obj.lemma.lower() in ("victim", "victims"):
            return n, "AID", None
        return curated
    if category == "RETREAT" and mode == "withdraw" and t.pos == "VERB" and t.lemma.lower() in ("leave", "abandon") and n == 1:
        # "Russian troops left the city of Kherson", "fighters abandoned the town": an armed party
        # gives up a place (manual sec. RETREAT); not "the minister left the country", "abandoned the plan"
        obj = _direct_object(doc, t, n)
        if obj is None or not armed_party(doc, draft, t):
            return None
        if t.i > doc.sentences[t.sent].token_start and doc.tokens[t.i - 1].text.lower() == "to":
            return None  # "ordered French troops to leave the country": told, not done
        place = draft.actor_fields(a) if (a := draft.actor_at(obj.start, obj.end)) else None
        if obj.lemma.lower() in words_of("territory") or (place is not None and place.kind in ("location", "country")):
            return curated
        return None
    if category == "RETREAT" and mode == "withdraw" and t.pos == "VERB" and t.lemma.lower() == "fall":
        # "Government troops fell back to the outskirts": a force gives ground; not "shares fell
        # back", "the party fell back to third place"
        return curated if armed_party(doc, draft, t) else None
    if category == "RETREAT" and mode == "resign" and t.pos == "VERB" and t.lemma.lower() == "quit":
        # "The foreign minister quit", "quit his post": a resignation (manual tab:retreatmode); "quit
        # the coalition" leaves an organisation (SANCTION withdraw, as "withdrew from"); "quit
        # smoking", "quit the race" are none
        obj = _direct_object(doc, t, n)
        if obj is None:
            return None if _next_is_gerund(doc, t) else curated
        low = obj.lemma.lower()
        if low in words_of("post") or low in _words("office"):
            return curated
        if low in words_of("membership"):
            return n, "SANCTION", "withdraw"
        return None
    if category == "RETREAT" and mode == "withdraw" and t.pos == "VERB" and t.lemma.lower() in ("withdraw", "pull", "retreat", "vacate"):
        obj = _direct_object(doc, t, n)
        if t.lemma.lower() != "vacate" and backing_noun(doc, t) is not None:
            # "withdrew its endorsement of the governor": a reduction of an existing cooperative
            # relation (manual, SANCTION), not a retreat and no SUPPORT (withdrawn_backing)
            return n, "SANCTION", None
        if t.lemma.lower() != "vacate" and _withdraws_envoys(doc, t, n, obj):
            # "pulled its diplomats out of Niger", "withdrew its observers": SANCTION withdraw,
            # "Withdraw oneself or one's non-military resources (e.g., aid, observers, diplomats,
            # peacekeepers) from a group ... or country" (manual tab:sanctionmode)
            return n, "SANCTION", "withdraw"
        if obj is not None:
            if _is_thing(doc, draft, obj) and obj.lemma.lower() not in words_of("territory"):
                return None  # "withdrew $2 billion"; not "vacated two towns", ground given up
            return curated
        source = from_phrase(doc, t, n)
        if source is not None:
            if _sport_party(doc, t):
                return None  # "the Spanish cyclist pulled out of the Tour de France", "of the Giro": a race left
            actor = draft.actor_fields(a) if (a := draft.actor_at(source.start, source.end)) else None
            if source.lemma.lower() in words_of("membership") or (actor is not None and actor.kind == "organization"):
                return n, "SANCTION", "withdraw"  # "withdrew from the regional security alliance"
            if actor is not None or source.lemma.lower() in words_of("territory") or source.pos == "PROPN":
                return curated
            return None
        return curated
    if (category == "COERCE" and mode == "arrest" or category == "RETREAT" and t.lemma.lower() == "hand") and t.pos == "VERB":
        # "rounded up a sampling of the ways", "handed back all federal records": an arrest takes
        # people, a retreat hands back places or people
        obj = _direct_object(doc, t, n if not doc.has_parse else 1)
        if category == "RETREAT" and mode == "disarm" and obj is not None and obj.lemma.lower() not in _words("arms"):
            # "handed over a suspected arms dealer to French authorities": a person, not the arms
            return _handover(doc, draft, t)
        if category == "COERCE" and obj is not None and _counted_people(doc, obj):
            return curated  # "Police arrested 12 after the clashes": a bare count of those taken
        if obj is not None and _is_thing(doc, draft, obj) and obj.lemma.lower() not in words_of("territory") and not (
            category == "RETREAT" and (mode == "disarm" or obj.lemma.lower() == "control")
        ):
            return None  # (weapons handed in and control handed over are the retreat itself)
        return curated
    if category == "COERCE" and mode == "seize" and t.pos == "VERB":
        obj = _direct_object(doc, t, n)
        chances = _words("chance")
        if obj is not None and obj.lemma.lower() in chances or obj is None and not doc.has_parse and _next_words(doc, t, 3) & chances:
            return None  # "seized the initiative", "seized the opportunity": nothing is taken from anyone
        return curated
    if category == "SANCTION" and mode == "expel" and t.pos == "VERB":
        # "expelled foreign journalists": deporting individuals is COERCE (manual, SANCTION: "Expulsions
        # or deportations of individuals ... are coded as COERCE"), envoys and missions stay SANCTION
        obj = _direct_object(doc, t, n) or _passive_subject(doc, t)
        if obj is not None and obj.lemma.lower() not in words_of("envoy") and _person_noun(doc, draft, obj) and from_phrase(doc, t, n) is None and _expels_people(doc, draft, t):
            return n, "COERCE", "deport"  # (office holders and members put out of a body stay SANCTION)
        return curated
    term = doc.tokens[t.i + n - 1] if n > 1 else _direct_object(doc, t) if category == "SANCTION" and mode == "convict" else None
    if category == "SANCTION" and mode == "convict" and t.pos == "VERB" and term is not None and term.lemma.lower() == "term":
        # "given a 20-year prison term": a sentence; not "given a second term", "handed a term as chair"
        before = doc.lowered_texts()[max(doc.sentences[t.sent].token_start, term.i - 2) : term.i]
        return curated if {"prison", "jail"} & set(before) else None
    if category == "SANCTION" and mode == "convict" and t.pos == "VERB" and t.lemma.lower() == "fine" and _sport_party(doc, t):
        return None  # "the club fined its striker two weeks' wages": a club's discipline, no court or state
    if category == "RETREAT" and mode == "resign":
        source = from_phrase(doc, t, n)
        if source is not None and source.lemma.lower() in words_of("business"):
            return None  # "stepped down from the board"
        return curated
    if category == "MOBILIZE" and t.pos == "VERB" and n == 1 and t.lemma.lower() == "mass" and not massed_intransitively(doc, t):
        return None  # "mass atrocities": an adjective; "troops massed on the border" stays (mobilized_forces)
    if category == "MOBILIZE" and t.pos == "VERB" and n == 1 and t.lemma.lower() in words_of("needs-force"):
        obj = _direct_object(doc, t) or _passive_subject(doc, t)
        if t.lemma.lower() in ("mobilize", "mobilise") and obj is not None and not force_object(doc, draft, t) and marchers_called(doc, t):
            return n, "PROTEST", "demo"  # "mobilized workers for a march" (manual sec. MOBILIZE; mobilized_forces)
        if obj is not None and not force_object(doc, draft, t) and draft.actor_at(obj.start, obj.end) is None and not armed_mover(doc, draft, t, obj):
            return None  # "mobilised the fan base"; not "the militia mobilised its members" (mobilized_forces)
    return curated


def _sport_party(doc: AnnotatedDocument, t: Token) -> bool:
    """The sentence is a sport report (:func:`_sport`) or the verb's subject is a sportsperson or a
    sport club (``athlete`` in ``sense_words.tsv``): "the cyclist pulled out of the Tour", "the club
    fined its striker" (issue 14 batch 36)."""
    from .non_event_senses import _subject

    subj = _subject(doc, t)
    return _sport(doc, t) or subj is not None and (subj.lemma.lower() in _words("athlete") or subj.text.lower() in _words("athlete"))


def _office_taken_up(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """CAMEO's "take up post" (154) is troops manning posts; "took up her post as ambassador",
    "before taking up the post in 2021" is a person entering an office (issue 14 batch 15). A
    singular office noun as object and no armed party in the sentence."""
    if doc.has_parse:
        obj = _direct_object(doc, t)
    else:  # the first noun after "up" and its determiner ("taking up the post last year")
        sent = doc.sentences[t.sent]
        obj = next((doc.tokens[k] for k in range(t.i + 1, min(sent.token_end, t.i + 5))
                    if doc.tokens[k].pos == "NOUN" and doc.tokens[k].text.lower() not in _PARTICLES), None)
    return obj is not None and obj.text.lower() in _words("taken-office") and not armed_party(doc, draft, t)


def _next_is_gerund(doc: AnnotatedDocument, t: Token) -> bool:
    """The word after the verb is a gerund ("quit smoking")."""
    k = t.i + 1
    return k < doc.sentences[t.sent].token_end and doc.tokens[k].text.lower().endswith("ing") and doc.tokens[k].pos in ("VERB", "NOUN")


def _trains_foreign_force(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """With a parse: "France trained 2,000 Malian soldiers", "Turkey equipped Libyan forces with
    drones" -- the object is an armed or police force
    of another country than the subject's (military assistance, CAMEO 072; manual sec. AID "Military
    and police assistance"); not "the army trained new recruits", its own."""
    from ..roles import agent_actor

    if not doc.has_parse:
        return False
    obj = _direct_object(doc, t)
    a = draft.actor_at(obj.start, obj.end) if obj is not None else None
    force = draft.actor_fields(a) if a else None
    agent = agent_actor(doc, draft, t)
    trainer = draft.actor_fields(agent) if agent else None
    if force is None or trainer is None or not force.code or not trainer.code:
        return False
    code = force.code
    if len(code) < 6 or not any(code.endswith(s) for s in ("MIL", "COP", "SPY")):
        return False
    return code[:3] != trainer.code[:3]


def _envoy_told_to_leave(doc: AnnotatedDocument, t: Token) -> bool:
    """An envoy told or given time to leave: an expulsion (manual tab:sanctionmode expel: "Aside from
    the expulsion of ambassadors or similar diplomats ..."; CAMEO 166). Not "ordered the troops to
    leave" (no envoy) or "asked the ambassador to stay"."""
    envoys, go = words_of("envoy"), _words("go-verb")
    if doc.has_parse:
        told = any(c.dep in ("obj", "iobj") and c.lemma.lower() in envoys for c in doc.children(t.i))
        return told and any(c.dep in ("xcomp", "advcl") and c.lemma.lower() in go for c in doc.children(t.i))
    sent = doc.sentences[t.sent]
    end = min(sent.token_end, t.i + 10)
    k = next((j for j in range(t.i + 1, end) if doc.tokens[j].lemma.lower() in envoys), None)
    if k is None:
        return False
    return any(doc.tokens[j].text.lower() == "to" and j + 1 < sent.token_end and doc.tokens[j + 1].lemma.lower() in go for j in range(k + 1, min(sent.token_end, k + 6)))


def _handover(doc: AnnotatedDocument, draft: Draft, t: Token) -> Sense | None:
    """A person handed over to someone: judicial cooperation, COOPERATE (manual sec. COOPERATE:
    "Cooperation on judicial matters, such as extraditions") -- "France handed over the suspected
    bomb maker to Belgian authorities", "transferred the jailed smuggler to Libya"; captives handed
    over are released, RETREAT release ("handed over 30 prisoners to the Red Cross"). Needs a
    person as object and a to-phrase; "turn" needs its particle ("turned over").  Things handed
    over (weapons, control, a town) are the lexicon's."""
    sent = doc.sentences[t.sent]
    nxt = doc.tokens[t.i + 1] if t.i + 1 < sent.token_end else None
    over = nxt is not None and nxt.text.lower() == "over"
    if doc.has_parse:
        over = over or any(c.dep == "compound:prt" and c.text.lower() == "over" for c in doc.children(t.i))
    if t.lemma.lower() == "turn" and not over:
        return None
    obj = _direct_object(doc, t, 2 if over and not doc.has_parse else 1)
    if obj is None or not _handed_person(doc, draft, obj):
        return None
    party = _to_party(doc, t, obj)
    if party is None or not _receiving_party(doc, draft, party):
        return None
    if obj.lemma.lower() in words_of("captive") or obj.text.lower() in words_of("captive") or _captured_person(doc, obj):
        return 1, "RETREAT", "release"
    return 1, "COOPERATE", None


def _captured_person(doc: AnnotatedDocument, o: Token) -> bool:
    """A person noun after a ``captured`` modifier within three words ("the captured pilot", "two
    kidnapped aid workers"): a captive, whose handover is a release (PLOVER RETREAT release), though
    no lexicon counts a pilot among captives (issue 14 batch 56)."""
    from ..nominals import nominal_kind
    from ...lexicons.nouns import wordnet_people

    lo = doc.sentences[o.sent].token_start
    if not any(doc.tokens[k].text.lower() in _words("captured") for k in range(max(lo, o.i - 3), o.i)):
        return False
    return nominal_kind(o) is not None or o.lemma.lower() in wordnet_people() or o.text.lower() in wordnet_people()


def _handed_person(doc: AnnotatedDocument, draft: Draft, o: Token) -> bool:
    """A person or group of people: a person noun or actor, a CAMEO agent ("suspect", "militant")
    or a captive word; not a place, a state or an organisation."""
    from ..cameo import longest_agent

    if _person_noun(doc, draft, o) or o.lemma.lower() in words_of("captive") or o.lemma.lower() in _words("handed-people") or _captured_person(doc, o):
        return True
    lo = doc.sentences[o.sent].token_start
    suspected = _words("suspected")
    if any(doc.tokens[k].text.lower() in suspected for k in range(max(lo, o.i - 3), o.i)):
        return True  # "the suspected bomb maker", "a wanted arms dealer": only people are suspected
    a = draft.actor_at(o.start, o.end)
    actor = draft.actor_fields(a) if a else None
    if actor is not None and actor.kind in ("country", "organization", "location"):
        return False
    return o.pos == "NOUN" and longest_agent(doc, o) is not None


#: Sector codes of a receiver that acts for a state or an international body.
_STATE_CODES = ("GOV", "JUD", "COP", "MIL", "IGO", "SPY")


def _to_party(doc: AnnotatedDocument, t: Token, obj: Token) -> Token | None:
    """The head noun of the verb's to-phrase (without a parse: of the words after its object)."""
    if doc.has_parse:
        for c in doc.children(t.i):
            if c.dep in ("obl", "obl:arg") and any(g.dep == "case" and g.text.lower() == "to" for g in doc.children(c.i)):
                return c
        return None
    sent = doc.sentences[t.sent]
    for k in range(obj.i + 1, min(sent.token_end, obj.i + 4)):
        if doc.tokens[k].text.lower() == "to":
            head = None
            for j in range(k + 1, min(sent.token_end, k + 6)):
                w = doc.tokens[j]
                if w.pos in ("NOUN", "PROPN"):
                    head = w
                elif head is not None or w.pos not in ("DET", "ADJ"):
                    break
            return head
    return None


def _receiving_party(doc: AnnotatedDocument, draft: Draft, head: Token) -> bool:
    """A state, an international body or a state's justice: a country, a non-business
    organisation, an actor with a state sector code, or "authorities", "prosecutors", "police"."""
    authorities = _words("authorities")
    if head.lemma.lower() in authorities or head.text.lower() in authorities:
        return True
    a = draft.actor_at(head.start, head.end)
    actor = draft.actor_fields(a) if a else None
    if actor is None:
        return False
    code = actor.code or ""
    if actor.kind == "country" or any(c in code for c in _STATE_CODES):
        return True
    return actor.kind == "organization" and "BUS" not in code


def _withdraws_envoys(doc: AnnotatedDocument, t: Token, n: int, obj: Token | None) -> bool:
    """The withdrawn object is envoys, observers or peacekeepers (``envoy`` in ``event_cues.tsv``):
    the object's head, or without a parse a word inside a split trigger ("pulled its *diplomats* out")."""
    envoys = words_of("envoy")
    if obj is not None and (obj.lemma.lower() in envoys or obj.text.lower() in envoys):
        return True
    return not doc.has_parse and any(doc.tokens[k].lemma.lower() in envoys for k in range(t.i + 1, t.i + n))


def _direct_object(doc: AnnotatedDocument, t: Token, n: int = 1) -> Token | None:
    """The head of the verb's direct object: the parse's ``obj``, or without a parse the noun
    that closes the noun phrase right after the verb (a number or currency sign counts: "$2 billion")."""
    sent = doc.sentences[t.sent]
    if doc.has_parse:
        objs = [c for c in doc.children(t.i) if c.dep == "obj"]
        return objs[0] if objs else None
    relative = object_relative_head(doc, t, doc.tokens[t.i + n - 1])
    if relative is not None:
        return relative  # "the reporter that the soldiers detained last week" (object_relatives)
    k = t.i + n  # past the trigger's own words ("pulled out")
    while k < min(sent.token_end, t.i + n + 6):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN", "NUM", "SYM"):
            nxt = doc.tokens[k + 1] if k + 1 < sent.token_end else None
            if nxt is not None and nxt.pos in ("NOUN", "PROPN", "NUM") and not _time_word(nxt):
                k += 1  # (a word of time closes the phrase: "detained some 3,000 protesters overnight")
                continue
            if w.pos == "NUM" and attributive_participle(doc, k + 1):
                k += 1  # "arrested two *suspected* smugglers": the number counts the noun after the participle (e50, batch 95)
                continue
            return w
        if w.pos not in ("DET", "ADJ", "PRON", "ADV") and not attributive_participle(doc, k):
            return None
        k += 1
    return None


def _particle_next(doc: AnnotatedDocument, t: Token) -> bool:
    """A particle ("off", "up") right after the verb, which the object follows ("kicked off her campaign")."""
    k = t.i + 1
    return k < doc.sentences[t.sent].token_end and doc.tokens[k].text.lower() in _PARTICLES


def attributive_participle(doc: AnnotatedDocument, k: int) -> bool:
    """Without a parse: a past participle between a determiner or adjective and a noun ("the
    *captured* pilot", "the *detained* sailors"), a modifier inside the noun phrase (batch 56).
    Past the last word there is none (a number ending the text: "Killing Two")."""
    if k >= len(doc.tokens):
        return False
    w = doc.tokens[k]
    if w.pos != "VERB" or not w.text.lower().endswith("ed") or k == 0 or k + 1 >= len(doc.tokens):
        return False
    return doc.tokens[k - 1].pos in ("DET", "ADJ", "NUM") and doc.tokens[k + 1].pos in ("NOUN", "ADJ")


def _time_word(w: Token) -> bool:
    """A weekday, month or ``time-noun`` of ``sense_words.tsv`` ("overnight", "yesterday")."""
    low = w.text.lower()
    return low in _words("time-noun") or low in weekdays() or low in months()


def _person_noun(doc: AnnotatedDocument, draft: Draft, o: Token) -> bool:
    """A noun for people that is no state or organisation: a person noun or a group of people."""
    from ..nominals import nominal_kind

    a = draft.actor_at(o.start, o.end)
    actor = draft.actor_fields(a) if a else None
    if actor is not None and actor.kind in ("country", "organization", "location"):
        return False
    return nominal_kind(o) is not None or (actor is not None and actor.kind in ("person", "group"))


def _passive_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The subject of a passive verb ("The software was deployed"): the parse's ``nsubj:pass``, or
    without a parse the noun right before "was/were"."""
    if doc.has_parse:
        subj = [c for c in doc.children(t.i) if c.dep == "nsubj:pass"]
        return subj[0] if subj else None
    k = t.i - 1
    if k > doc.sentences[t.sent].token_start and doc.tokens[k].text.lower() in ("was", "were", "been", "be") and doc.tokens[k - 1].pos in ("NOUN", "PROPN"):
        return doc.tokens[k - 1]
    return None


def _counted_people(doc: AnnotatedDocument, o: Token) -> bool:
    """A bare cardinal as the whole object of an arrest ("arrested 12", "Police Detain 40 After
    Clashes"): news counts the people taken so, the noun left out; no currency sign before it and
    no unit or noun after it ("$12", "12 percent", "12 tonnes" are things). Lead at stop 36."""
    if o.pos != "NUM" or not o.text.replace(",", "").isdigit():
        return False
    before = doc.tokens[o.i - 1].text if o.i > 0 else ""
    after = doc.tokens[o.i + 1] if o.i + 1 < len(doc.tokens) else None
    if before in ("$", "€", "£", "¥") or after is not None and after.sent == o.sent and (after.pos in ("NOUN", "PROPN", "NUM", "SYM") or after.text in ("%",)):
        return False
    return True


def _is_thing(doc: AnnotatedDocument, draft: Draft, o: Token) -> bool:
    """An object that is no participant: money, a number, a noun that is no actor, person or force."""
    from ..cameo import longest_agent
    from ..nominals import nominal_kind

    quantities = _words("quantity")
    if o.lemma.lower() in quantities or o.text.lower() in quantities:
        return False  # "dozens of activists", "hundreds of critics": what is counted decides
    if o.pos in ("NUM", "SYM"):
        return True
    if o.pos != "NOUN" or draft.actor_at(o.start, o.end) is not None or nominal_kind(o) is not None:
        return False
    if o.lemma.lower() in _words("relational-person"):
        return False  # "arrested 11 members of a poaching ring": people named by their tie to others
    if o.lemma.lower() in wordnet_people():
        return False  # "arrested the driver": a noun WordNet knows as people (lead, stop 42)
    return longest_agent(doc, o) is None and o.lemma.lower() not in words_of("post")


def from_phrase(doc: AnnotatedDocument, t: Token, n: int) -> Token | None:
    """The head noun of the trigger's "from" / "out of" phrase ("pulled out of the town")."""
    sent = doc.sentences[t.sent]
    if doc.has_parse:
        # on the verb, or on its particle ("pulled out of the funds": "of the funds" hangs on "out")
        heads = [t, *(c for c in doc.children(t.i) if c.dep == "compound:prt")]
        for h in heads:
            for c in doc.children(h.i):
                if c.dep in ("obl", "nmod") and c.i > t.i and any(g.dep == "case" and g.text.lower() in ("from", "of") for g in doc.children(c.i)):
                    return c
        return None
    k = t.i + n
    if k < sent.token_end and doc.tokens[k].text.lower() in ("from", "of"):
        k += 1
        while k < min(sent.token_end, t.i + n + 8):
            w = doc.tokens[k]
            if w.pos in ("NOUN", "PROPN"):
                nxt = doc.tokens[k + 1] if k + 1 < sent.token_end else None
                if nxt is None or nxt.pos not in ("NOUN", "PROPN"):
                    return w
            elif w.pos not in ("DET", "ADJ", "NUM", "PUNCT"):
                return None
            k += 1
    return None


def force_object(doc: AnnotatedDocument, draft: Draft, t: Token) -> str | None:
    """MOBILIZE mode when the verb's object (or a passive verb's subject) is armed personnel or
    weapons ("battalions", "warships", "tanks", "police reinforcements"): "police" for police
    units, else "troops"; None when it is not."""
    from ..cameo import longest_agent

    sent = doc.sentences[t.sent]
    if doc.has_parse:
        objs = [c for c in doc.children(t.i) if c.dep in ("obj", "nsubj:pass")]
    else:
        o = _direct_object(doc, t) or _passive_subject(doc, t)  # "Police reinforcements were sent"
        objs = [o] if o is not None else []
    objs = [_counted(doc, o) for o in objs]  # "Thousands of National Guard troops were deployed"
    for o in objs:
        codes = []
        a = draft.actor_at(o.start, o.end)
        if a is not None:
            actor = draft.actor_fields(a)
            if actor is not None and actor.code:
                codes.append(actor.code)
        hit = longest_agent(doc, o)
        if hit is not None:
            codes.append(hit[1])
        if o.lemma.lower() in _words("force-unit") or o.text.lower().removesuffix("s") in _words("force-unit"):
            codes.append("MIL")  # also a capitalised "Troops" a tagger took for a name
        elif o.lemma.lower() in ("group", "force") and o.i > sent.token_start and doc.tokens[o.i - 1].lemma.lower() in _words("unit-modifier"):
            codes.append("MIL")  # "a carrier strike group", "a naval task force"
        for compound in (c for c in doc.children(o.i) if c.dep == "compound") if doc.has_parse else ():
            if compound.lemma.lower() == "police":
                return "police"
        if o.i > sent.token_start and doc.tokens[o.i - 1].lemma.lower() == "police":
            return "police"
        if any("COP" in c for c in codes):
            return "police"
        if any(x in c for c in codes for x in ("MIL", "REB", "UAF", "INS")):
            return "troops"
    return None


def _cyber_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is a computer system ("computer systems", "the ministry's servers",
    "its website"; ``event_cues.tsv`` class ``cyber-object``): its head or a compound before it."""
    obj = _direct_object(doc, t)
    if obj is None:
        return False
    words = words_of("cyber-object")
    if obj.lemma.lower() in words or obj.text.lower() in words:
        return True
    return obj.i > 0 and doc.tokens[obj.i - 1].lemma.lower() in words and doc.tokens[obj.i - 1].pos in ("NOUN", "PROPN", "ADJ")


def _drives_from_homes(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A ``displace-verb`` followed within ten words by "from" / "out of" + a possessive + a
    ``home-word`` ("forced thousands of villagers from their homes"), in a sentence that names an
    armed party (an armed sector code or an ``armed-context`` word): people displaced by force."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    homes = _words("home-word")
    hit = False
    for k in range(t.i + 1, min(sent.token_end - 2, t.i + 11)):
        if lows[k] in (";", ":"):
            return False
        if lows[k] in ("from", "of") and lows[k + 1] in POSSESSIVES and lows[k + 2] in homes:
            hit = True
            break
    if not hit:
        return False
    return armed_party(doc, draft, t, "armed-context")


def _armed_takeover(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"take over" whose object is a building, station or institution (``taken-over`` or
    ``struck-thing``) and whose sentence names an armed party (an armed sector code or an
    ``armed-context`` word, not merely a country): "Soldiers took over the state broadcaster".
    "took over as head", "took over the company" are no seizure."""
    lows = doc.lowered_texts()
    if t.i + 1 >= doc.sentences[t.sent].token_end or lows[t.i + 1] != "over":
        return False
    obj = _object_head(doc, t)
    if obj is None and not doc.has_parse:
        obj = _noun_after(doc, t.i + 2, strict=True)
    if obj is None:
        return False
    words = _words("taken-over") | _words("struck-thing")
    if obj.lemma.lower() not in words and obj.text.lower() not in words:
        return False
    return armed_party(doc, draft, t, "armed-context")


def _hacks_a_person(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"hack" whose object is a person or a group of people (an actor, or a person noun), or that
    is followed by "to death": an attack with blades (PLOVER ASSAULT), not COERCE cyber."""
    from ..nominals import nominal_kind

    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if any(lows[k] == "to" and k + 1 < sent.token_end and lows[k + 1] == "death" for k in range(t.i + 1, min(sent.token_end, t.i + 8))):
        return True
    if _cyber_object(doc, t):
        return False
    obj = _direct_object(doc, t)
    if obj is None:
        return False
    actor = draft.actor_fields(draft.actor_at(obj.start, obj.end))
    return (actor is not None and actor.kind in ("person", "group")) or nominal_kind(obj) in ("person", "group")


def _hacks_no_system(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The curated "hack" (COERCE cyber) said of no computer system: a particle of making or
    cutting right after it (``hack-making-particle``: "hacked together a website", "hacked away
    at the budget"), or an object that is neither a computer system (``cyber-object``) nor a
    party whose systems are hit (an organisation or a state: "hacked the election board"), nor an
    account or a device (``hack-object``: "hacked the phones of two ministers"), with
    no hacker as subject ("hacked a path through the jungle").  A cyber attack (PLOVER COERCE
    cyber) needs a system to attack; with no object ("the site was hacked") the trigger stands."""
    if curated is None or curated[1] != "COERCE" or curated[0] != 1:
        return False
    sent = doc.sentences[t.sent]
    if t.i + 1 < sent.token_end and doc.tokens[t.i + 1].text.lower() in words_of("hack-making-particle"):
        return True
    obj = _direct_object(doc, t)
    if obj is None or _cyber_object(doc, t) or _hacker_subject(doc, t):
        return False
    if obj.lemma.lower() in words_of("hack-object") or obj.text.lower() in words_of("hack-object"):
        return False  # "hacked the personal accounts of", "hacked the phones of": devices and accounts
    from ..nominals import names_party

    return not names_party(draft, obj, actor_kinds=("organization", "country"), noun_kinds=("organization",))


def _hacker_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """A hacker (``event_cues.tsv`` class ``cyber-agent``) among the four words before the verb:
    "hackers targeted ...", "Russian hackers attacked ..."."""
    sent = doc.sentences[t.sent]
    agents = words_of("cyber-agent")
    lemmas, lows = doc.lowered_lemmas(), doc.lowered_texts()
    return any(lemmas[k] in agents or lows[k].removesuffix("s") in agents for k in range(max(sent.token_start, t.i - 4), t.i))


def _to_a_place(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A to-phrase within the clause names a place, not a state or organisation that would receive
    what is sent ("to the disputed islands", "to the border"; not "to Mali", "to the UN")."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, min(sent.token_end, t.i + 10)):
        w = doc.tokens[k]
        if w.pos == "VERB" or w.text in (";", ":"):
            return False
        if w.text.lower() != "to":
            continue
        for j in range(k + 1, min(sent.token_end, k + 6)):
            n = doc.tokens[j]
            if n.pos in ("NOUN", "PROPN"):
                nxt = doc.tokens[j + 1] if j + 1 < sent.token_end else None
                if nxt is not None and nxt.pos in ("NOUN", "PROPN"):
                    continue  # the phrase's head comes later
                a = draft.actor_at(n.start, n.end)
                actor = draft.actor_fields(a) if a else None
                return actor is None or actor.kind == "location"
        return False
    return False


def _sport(doc: AnnotatedDocument, t: Token) -> bool:
    """The sentence is about sport: a sport noun (``event_cues.tsv`` class ``sport``; "semi-final" may
    be split into words) or a score ("2-1", "2 - 0"). A plural written in another sense
    (``sport-homograph-plural``: "the strikers" on strike) is no sport noun."""
    sent = doc.sentences[t.sent]
    sport = words_of("sport")
    a, b = sent.token_start, sent.token_end
    lemmas, texts = doc.lowered_lemmas(), doc.lowered_texts()
    if not sport.isdisjoint(lemmas[a:b]) or not sport.isdisjoint(texts[a:b]):
        other_sense = words_of("sport-homograph-plural")
        # (a sport noun used as an adjective on the act itself is no game: "a final demand", "rejected
        # the final offer" -- helper e52 at stop 41, PolNeAR train; "in the final", "attacked on the
        # final climb" stay sport)
        # ("a proposal for a *final* debate", "rushed the *final* vote": an adjective on a noun that
        # is no game -- sport_adjectives, e86 at stop 47)
        if any(
            (lemmas[k] in sport or texts[k] in sport) and texts[k] not in other_sense and not _qualifies_the_act(doc, k, t)
            and not _in_coded_name(doc, k) and not adjective_on_other_noun(doc, k, sport)
            for k in range(a, b)
        ):
            return True
    joined = "".join(texts[a:b])
    if "-" not in joined and "–" not in joined:
        return False  # a score holds a dash, in its one token or as the middle one of three (most sentences: no dash at all)
    toks = doc.tokens
    for k in range(sent.token_start, sent.token_end):
        # a score: "2-1" as one token or three, not a count of something ("10-12 people")
        end = k + 1 if _SCORE.fullmatch(toks[k].text) else k + 3 if (
            k + 2 < sent.token_end and toks[k].text.isdigit() and len(toks[k].text) <= 2
            and toks[k + 1].text in ("-", "–") and toks[k + 2].text.isdigit() and len(toks[k + 2].text) <= 2
        ) else 0
        if end and (end >= sent.token_end or toks[end].pos not in ("NOUN", "PROPN", "NUM")):
            return True
    return False


_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")


def _qualifies_the_act(doc: AnnotatedDocument, k: int, t: Token) -> bool:
    """Token ``k`` is an adjective on the trigger noun ``t`` ("a *final* demand") or on the head of
    the trigger verb's object right after it ("rejected the *final* offer"): it says which act, not
    that a game is played (the same word is a sport noun elsewhere: "in the final")."""
    toks = doc.tokens
    if toks[k].pos != "ADJ" or k + 1 >= len(toks) or toks[k + 1].pos != "NOUN":
        return False
    if k + 1 == t.i:
        return True
    return t.pos == "VERB" and t.i < k and all(toks[j].pos in ("DET", "ADJ", "NUM") or toks[j].text.lower() in POSSESSIVES for j in range(t.i + 1, k))


def _in_coded_name(doc: AnnotatedDocument, k: int) -> bool:
    """Token ``k`` is a word of a name the actor dictionaries code ("Arab League", "Awami League"):
    a sport word inside a political body's name says nothing of sport."""
    from ..cameo import actor_code

    if doc.tokens[k].pos != "PROPN":
        return False
    for e in doc.entities_at(k):
        first = e.token_start + (doc.tokens[e.token_start].pos == "DET")  # "the Arab League"
        if first < e.token_end and actor_code(doc.text[doc.tokens[first].start : doc.tokens[e.token_end - 1].end]) is not None:
            return True
    return False


def _test_prefix(doc: AnnotatedDocument, t: Token) -> bool:
    """"test-fired" split by the tokenizer into "test", "-", "fired"."""
    k = t.i
    return k >= 2 and doc.tokens[k - 1].text in ("-", "–") and doc.tokens[k - 2].text.lower() == "test" and doc.tokens[k - 1].start == doc.tokens[k - 2].end


def _missile_test(doc: AnnotatedDocument, t: Token) -> bool:
    """Missiles or rockets launched or fired into the sea: a weapons test, PLOVER MOBILIZE weapons
    ("Increase readiness of weapons systems", manual tab:mobilizemode), not an attack on anyone."""
    sent = doc.sentences[t.sent]
    words = [doc.tokens[k].lemma.lower() for k in range(t.i + 1, min(sent.token_end, t.i + 10))]
    if not {"missile", "rocket"} & set(words):
        return False
    if "test" in words[words.index("missile") if "missile" in words else words.index("rocket") :]:
        return True  # "launched a ballistic missile in its latest weapons test"
    if any(words[k] in ("into", "toward", "towards") and {"sea", "ocean", "water"} & set(words[k + 1 : k + 4]) for k in range(len(words))):
        return True
    # "fired a salvo of cruise missiles off its west coast": off the firer's own coast
    return any(words[k] == "off" and words[k + 1 : k + 2] in (["its"], ["their"]) and {"coast", "coastline"} & set(words[k + 2 : k + 5]) for k in range(len(words)))


def illness_words() -> frozenset[str]:
    """Words before "attack" that make it an illness ("suffered a heart attack"), not violence."""
    return _words("illness")


def casualty_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The event noun is the subject of "left ... dead/injured/wounded" ("An attack on a police
    checkpoint left two officers dead"): a casualty-count lede, whose attack is violence though its
    attacker goes unnamed (issue 14 batch 8). "A drone strike killed four militants" is not asked
    here: "killed" is its own ASSAULT trigger, with the attack as its subject (``_ATTACKS`` in
    events), so the noun would only repeat it. Needs a parse."""
    if not doc.has_parse or t.head is None or t.dep not in ("nsubj", "nsubj:pass"):
        return False
    verb = doc.tokens[t.head]
    return verb.lemma.lower() == "leave" and any(c.dep == "xcomp" and c.lemma.lower() in _words("casualty-state") for c in doc.children(verb.i))


def _tests_weapon(doc: AnnotatedDocument, t: Token) -> bool:
    """"Iran tested a new medium-range missile": the verb "test" whose object is a missile or
    rocket (its head noun, with a parse; else a word among the next five before any verb)."""
    if doc.lowered_lemmas()[t.i] != "test" and doc.lowered_texts()[t.i] not in ("tested", "tests", "testing"):
        return False  # (the rules tagger's lemma of "tested" may be "teste")
    if doc.has_parse:
        return any(c.dep in ("obj", "nsubj:pass") and c.lemma.lower() in _words("tested-weapon") for c in doc.children(t.i))
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, min(sent.token_end, t.i + 6)):
        w = doc.tokens[k]
        if w.pos == "VERB" or w.text == ",":
            return False
        if w.lemma.lower() in _words("tested-weapon"):
            return True
    return False


_MODALS = frozenset({"would", "will", "'ll", "could"})


def _conflict_sense(doc: AnnotatedDocument, draft: Draft, t: Token, curated: Sense | None) -> Sense | None | Literal[False]:
    """Senses of conflict verbs that their arguments settle (issue 14, batch 13); False: no say.

    * an order or a deadline with "or face ..." is an ultimatum, THREATEN (CAMEO 139 "Give
      ultimatum"): "told foreign troops to leave ... or face consequences";
    * a warning whose clause announces the speaker's reprisal ("warned that Tehran would
      retaliate", "that it would pay a heavy price") is a threat (CAMEO 138), not "warned that
      prices would rise";
    * "stormed" with nothing stormed ("stormed to victory", "stormed out") is no assault;
    * "struck" with no object and workers as its subject is a labour strike (PROTEST), before
      CAMEO's patterns of "strike for" read it otherwise ("Dockers struck for a third day");
    * people expelled -- migrants, refugees, activists -- are deported (COERCE, CAMEO 174); envoys
      and members expelled stay SANCTION;
    * protesters who clash with police or rivals riot (PROTEST, CAMEO 145; batch 51);
    * police or troops who "charge" a crowd attack it (ASSAULT crowd-control; crowd_charges, stop 39);
    * "protested that" + a clause, or a quotation, is a complaint in words (ACCUSE, CAMEO 111;
      spoken_protests, stop 35); a state's protest is a diplomatic one (ACCUSE, manual; stop 44).
    """
    if t.pos != "VERB":
        return False
    lemma = t.lemma.lower()
    if lemma in _words("ultimatum-verb") and _or_face(doc, t):
        return 1, "THREATEN", "relations"
    if lemma == "protest" and protests_in_words(doc, t):
        return 1, "ACCUSE", "disapprove"  # "his campaign protested that the aides had misled reporters" (spoken_protests)
    if lemma == "protest" and protest_by_state(doc, draft, t):
        return 1, "ACCUSE", "disapprove"  # "Beijing protested the sale of jets to Taiwan": a diplomatic protest (spoken_protests)
    if lemma == "call" and _labour_strike_object(doc, t):
        # "Unions called a general strike": CAMEO's "call {AIR STRIKE} [138]", cut to its head, read
        # it as a threat of force; its own "call strike (for resignation) [1431]" is a protest
        return 1, "PROTEST", "boycott"
    if lemma == "fire" and _fired_on(doc, t):
        return 2, "ASSAULT", "firearms"  # "Protesters were fired on by soldiers"
    if lemma in ("haul", "drag") and _takes_people_away(doc, draft, t):
        return 2, "COERCE", "arrest"  # "Police hauled away more than 200 people" (CAMEO 173)
    if lemma == "fire" and _fired_ammunition_at_people(doc, draft, t):
        return 1, "ASSAULT", "firearms"  # "Soldiers fired live rounds at the protesters"
    if lemma == "warn" and _warns_of_reprisal(doc, draft, t):
        return 1, "THREATEN", None
    if lemma in ("say", "declare", "vow") and _says_met_with_force(doc, t):
        return 1, "THREATEN", None  # "The defence minister said any incursion would be met with force"
    if lemma == "storm" and curated is not None and curated[1] == "ASSAULT" and not _stormed_something(doc, t):
        return None
    if lemma == "storm" and curated is not None and curated[1] == "ASSAULT" and stormed_in_protest(doc, draft, t):
        return 1, "PROTEST", "riot"  # "Protesters stormed the parliament": a riot, not armed force (protest_stormings)
    if lemma == "retaliate" and _with_trade_measure(doc, t):
        return 1, "SANCTION", "discontinue"  # "China retaliated with tariffs on soybeans": no force used
    if lemma == "strike" and curated is not None and _workers_walk_out(doc, draft, t):
        return 1, "PROTEST", "boycott"
    if lemma == "expel" and curated is not None and curated[1] == "SANCTION" and _expels_people(doc, draft, t):
        return 1, "COERCE", "deport"
    if lemma == "clash" and curated is not None and _protesters_subject(doc, t):
        return 1, "PROTEST", "riot"  # "Protesters clashed with police": a violent protest (CAMEO "PROTEST * (WITH)" [145])
    if lemma == "charge" and curated is not None and curated[1] == "ACCUSE" and charged_a_crowd(doc, draft, t):
        return 1, "ASSAULT", "crowd-control"  # "Riot police charged the protesters": a baton charge (crowd_charges)
    return False


def _or_face(doc: AnnotatedDocument, t: Token) -> bool:
    """"or face" within the twenty words after the verb, in its sentence."""
    sent = doc.sentences[t.sent]
    end = min(sent.token_end - 1, t.i + 20)
    return any(doc.tokens[k].text.lower() == "or" and doc.tokens[k + 1].lemma.lower() == "face" for k in range(t.i + 1, end))


def _warns_of_reprisal(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"warned (that) <actor> would <reprisal>": a modal within eight words of the verb, right
    after a pronoun or a name (the party who would act), then a reprisal verb, a threat noun
    (``threat-object``: consequences, retaliation, force ...) or "pay ... price" before the
    clause ends."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + 2, min(sent.token_end, t.i + 15)):
        w = doc.tokens[k]
        if w.text.lower() not in _MODALS:
            continue
        if k >= t.i + 9:
            return _met_with_force(doc, k, sent.token_end)  # a longer subject: "any attempt to seize ..."
        before = doc.tokens[k - 1]
        who = draft.actor_at(before.start, before.end)
        if before.pos not in ("PRON", "PROPN") and not (who is not None and _can_act_here(draft, who)):
            # the party who would act: "it", "Tehran", "the army"; not "prices", "the storm", "the
            # central bank" -- unless the clause is a passive met with force: "warned Kosovo that any
            # attempt to seize the north would be met with force" (the warner's force, CAMEO 138)
            return _met_with_force(doc, k, sent.token_end)
        if k + 1 < sent.token_end and doc.tokens[k + 1].text.lower() in ("not", "n't", "never"):
            return False  # "warned that it would not attack the town": restraint, no threat
        rest = []
        for j in range(k + 1, sent.token_end):
            if doc.tokens[j].text in (",", ";", ":"):
                break
            rest.append(doc.tokens[j])
        lemmas = [r.lemma.lower() for r in rest]
        reprisals = _words("reprisal-verb")
        if any(x in reprisals for x in lemmas) or ("pay" in lemmas and "price" in lemmas):
            return True
        threats = words_of("threat-object")
        return any(r.lemma.lower() in threats and r.pos != "VERB" for r in rest)
    return False


def _with_trade_measure(doc: AnnotatedDocument, t: Token) -> bool:
    """A "with" phrase within the next words whose head is a trade measure ("with tariffs", "with
    sanctions of its own"; object class ``trade-measures``)."""
    from .triggers import object_class

    sent = doc.sentences[t.sent]
    measures = object_class("trade-measures")
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 4)):
        if doc.tokens[k].text.lower() == "with":
            head = _noun_after(doc, k + 1)
            return head is not None and (head.lemma.lower() in measures or head.text.lower().rstrip("s") in measures)
    return False


def _says_met_with_force(doc: AnnotatedDocument, t: Token) -> bool:
    """A modal within the dozen words after the speech verb, followed by "be" + participle + "with/by
    force" (:func:`_met_with_force`): the speaker's side answers with force."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + 2, min(sent.token_end, t.i + 13)):
        w = doc.tokens[k]
        if w.text in (";", ":") or w.text in _QUOTES:
            return False
        if w.text.lower() in _MODALS:
            return _met_with_force(doc, k, sent.token_end)
    return False


def _met_with_force(doc: AnnotatedDocument, k: int, end: int) -> bool:
    """After the modal at ``k``: "be" + a participle, then "with"/"by" + "force" before the clause
    ends ("would be met with force", "would be broken up by force")."""
    if k + 2 >= end or doc.tokens[k + 1].lemma.lower() != "be" or doc.tokens[k + 2].pos != "VERB":
        return False
    for j in range(k + 3, min(end - 1, k + 9)):
        w = doc.tokens[j]
        if w.text in (",", ";", ":"):
            return False
        if w.text.lower() in ("with", "by") and doc.tokens[j + 1].lemma.lower() == "force":
            return True
    return False


def _stormed_something(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb has something stormed: an object, or "into"/"through" a place."""
    if doc.has_parse and any(c.dep in ("obj", "dobj") for c in doc.children(t.i)):
        return True
    sent = doc.sentences[t.sent]
    k = after_adverbs(doc, t)
    if k >= sent.token_end:
        return False
    w = doc.tokens[k]
    # (an adjective opens an object too: "Farmers Storm Regional Assembly"; batch 80)
    return w.text.lower() in ("into", "through") or (not doc.has_parse and w.pos in ("DET", "NOUN", "PROPN", "NUM", "ADJ"))


def _expels_people(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The people expelled (object, or a passive's subject; "thousands of migrants" counts its
    migrants) are people who are no envoys or members, and no "from" names an organisation."""
    o = _direct_object(doc, t) or _passive_subject(doc, t)
    if o is None:
        return False
    sent = doc.sentences[t.sent]
    if o.lemma.lower() in _words("expelled-count") and o.i + 2 < sent.token_end and doc.tokens[o.i + 1].text.lower() == "of":
        k = o.i + 2
        while k + 1 < sent.token_end and doc.tokens[k + 1].pos in ("NOUN", "PROPN"):
            k += 1
        o = doc.tokens[k]  # "thousands of migrants", "dozens of asylum seekers"
    envoys, members = words_of("envoy"), words_of("membership")
    if o.lemma.lower() in envoys or o.lemma.lower() in members or o.text.lower() in ("members", "member"):
        return False
    for k in range(t.i + 1, min(sent.token_end - 2, t.i + 8)):
        if doc.tokens[k].text.lower() == "from" and any(doc.tokens[j].lemma.lower() in members or doc.tokens[j].lemma.lower() in ("party", "union", "league") for j in range(k + 1, min(sent.token_end, k + 4))):
            return False  # "expelled two lawmakers from the party": SANCTION, a member put out
    a = draft.actor_at(o.start, o.end)
    actor = draft.actor_fields(a) if a else None
    if actor is not None and actor.code and any(x in actor.code for x in ("GOV", "LEG", "JUD", "PTY", "IGO", "MIL")):
        return False  # "expelled two lawmakers": office holders put out of a body, SANCTION
    return _person_noun(doc, draft, o)


def _labour_strike_object(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is "strike" with a labour word before it ("a nationwide general strike")."""
    obj = _direct_object(doc, t)
    return obj is not None and obj.lemma.lower() == "strike" and bool(_modifiers(doc, obj) & _words("labour"))


#: Words after "fired on" that open no target (a date: "was fired on Monday"; a determiner is
#: left to the "fire on" trigger and :func:`_fired_at_someone`).
_NOT_A_TARGET = frozenset({"the", "a", "his", "her", "their", "its"})


def _fired_on(doc: AnnotatedDocument, t: Token) -> bool:
    """"fired on" + a target, in a passive with a by-phrase of its shooters or with an object after
    "on" ("Protesters were fired on by soldiers", "troops fired on the crowd"): a firearms attack.
    "was fired on Monday", "fired on the spot" are dismissals."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k >= sent.token_end or doc.tokens[k].text.lower() != "on":
        return False
    nxt = doc.tokens[k + 1] if k + 1 < sent.token_end else None
    if nxt is not None and nxt.text.lower() == "by":
        return True  # the passive: its subject was the target
    return nxt is not None and nxt.text.lower() not in _NOT_A_TARGET and nxt.text.lower() not in weekdays() | months() and nxt.pos in ("NOUN", "PROPN") and nxt.lemma.lower() not in ("spot", "day", "time")


def _can_act_here(draft: Draft, actor_id: str) -> bool:
    """An armed actor ("the army", "police"): whose force a warning can announce; "the central
    bank would respond" is a forecast."""
    actor = draft.actor_fields(actor_id)
    return actor is not None and any(c in (actor.code or "") for c in _ARMED)


def _fired_ammunition_at_people(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"fired <ammunition> at <people>": the object is ammunition and an at-phrase within six
    words holds an actor ("fired live rounds at the protesters"); "fired a shot at goal" has
    none, and a shot is no ammunition."""
    obj = _direct_object(doc, t)
    if obj is None or obj.lemma.lower() not in _words("ammunition"):
        return False
    sent = doc.sentences[t.sent]
    for k in range(obj.i + 1, min(sent.token_end - 1, obj.i + 3)):
        if doc.tokens[k].text.lower() == "at":
            end = min(sent.token_end, k + 5)
            return bool(draft.mentions_between(doc.tokens[k + 1].start, doc.tokens[end - 1].end))
    return False


def _counted(doc: AnnotatedDocument, o: Token) -> Token:
    """What a count noun counts ("thousands of troops" -> "troops"): the head noun of its of-phrase
    (the last noun of the run after "of"); any other noun is itself."""
    counts = _words("count")
    if o.lemma.lower() not in counts and o.text.lower() not in counts:
        return o
    sent = doc.sentences[o.sent]
    k = o.i + 1
    if k + 1 >= sent.token_end or doc.tokens[k].text.lower() != "of":
        return o
    k += 1
    while k < sent.token_end and doc.tokens[k].pos in ("DET", "ADJ", "NUM"):
        k += 1
    while k + 1 < sent.token_end and doc.tokens[k + 1].pos in ("NOUN", "PROPN"):
        k += 1
    return doc.tokens[k] if k < sent.token_end and doc.tokens[k].pos in ("NOUN", "PROPN") else o


def _takes_people_away(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """"hauled/dragged away (or off) <people>", "dragged <people> into police vans": police taking people
    is an arrest; "hauled away the rubbish", "dragged off the pitch" are none. Needs "away", "off"
    or "into" right after the verb or its object, and the object a noun for people."""
    sent = doc.sentences[t.sent]
    obj = _direct_object(doc, t, 2) if t.i + 1 < sent.token_end and doc.tokens[t.i + 1].text.lower() in ("away", "off") else _direct_object(doc, t)
    if obj is None:
        return False
    obj = _counted(doc, obj)
    near = {doc.tokens[k].text.lower() for k in range(t.i + 1, min(sent.token_end, obj.i + 3))}
    if not near & {"away", "off", "into"}:
        return False
    return _person_noun(doc, draft, obj) or _people_noun_word(obj)


def _people_noun_word(o: Token) -> bool:
    """"people", "protesters", "demonstrators": nouns for people no actor lexicon needs to type."""
    return o.lemma.lower() in _words("people-word")
