"""Events: PLOVER category, roles, time and factuality.

One module per step: :mod:`.triggers` (what happened), :mod:`.parse_roles`
or :mod:`.surface_roles` (who did it to whom, with or without a parse),
:mod:`.time_and_place` (when and where) and :mod:`.factuality` (how sure
the text is).

Triggers come from ``event_triggers.tsv`` (lemma + POS -> category and
mode, each entry citing its PLOVER/CAMEO source); multi-word triggers win
over their head word.  Roles:

* verb triggers: agent = subject (parse ``nsubj`` or the nearest actor
  mention before the verb in its clause), targets = actors in the object
  up to the end of the clause;
* noun triggers: agents = actor mentions modifying the noun ("U.S. and
  Israeli strikes"), targets = actors after "on/against/of" ("strikes on
  the Islamic Republic").

Factuality: ``hypothetical`` inside an if-clause, ``negated`` under a
negation, ``denied`` inside a denied claim, ``reported`` inside a statement
(``statement`` links it), else ``asserted``.  Precision over recall: a
trigger with neither agent nor target is dropped.
"""

from __future__ import annotations

from dataclasses import replace

import logging

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...schema import Statement
from ..attribution import context_for
from ...lexicons import gazetteer, group_nouns, org_nouns, person_nouns, titles
from ...lexicons.dates import weekdays
from .factuality import ClaimIndex, event_factuality, going_to, headline_future, intended
from .pattern_parties import known_party
from .promise_parties import promise_without_party
from .trade_bans import trade_ban
from .summit_attendees import members_named, summit_attendee
from .shared_meals import with_partners
from .undergone_acts import possessor_undergoer
from .unarmed_moves import unarmed_move
from .promised_retreats import promised_non_retreat, promised_retreat
from .senses import PatternSense, casualty_subject, event_words, force_object, from_phrase, illness_words, sense
from .act_targets import act_targets
from .alleged_acts import content_parties
from .name_calling import called_roles
from .passive_releases import released_people
from .headline_passives import headline_by_party, headline_passive_parties
from .phone_calls import call_roles
from .seized_from import seized_from_parties
from .started_talks import talk_object_partners
from .pact_names import pact_named_after
from .patient_of_phrases import patient_of_roles
from .withdrawn_backing import withdrawn_from
from .headline_roles import comma_coagent
from .modifier_parties import modifier_targets
from .sanctioned_modifiers import enacted_sanction_roles
from .mandative_clauses import mandative_clause
from ..nominals import nominal_actor
from .ultimatums import ultimatum_speaker, warned_party
from .parse_roles import parse_roles
from .quoted_speakers import quoted_first_person, verb_subject, word_before_verb
from .recipients import aid_recipient, helps_object, partner
from .struck_things import harmed_people, struck_thing
from .surface_roles import agentless_passive, surface_roles, unnamed_crowd
from ..shared_passives import shared_passive_head
from ..joined_parties import with_joined_partners
from .visits import arrival_host, named_before_place
from .visit_nouns import nested_states, visit_destination
from .backing_objects import backing_recipient
from .possessor_agents import possessor_agent
from .weapon_fire import from_phrase_head, weapon_fire
from ..mentions import POSSESSIVES, is_negated
from ..roles import is_capital, mention_phrase, names_people
from .time_and_place import event_time, is_object, location, media_named, resolve_date
from .legal_relief import relieves_no_one
from .mobilized_forces import forces_moved, readiness_setter
from .passive_attacks import passive_critic
from .participle_doers import participle_doer
from .rammed_crowds import rams_into_people
from .scheduled_acts import scheduled
from .triggers import _agreed_debt_relief, _first_lemmas, derived_noun, filtered, governor, match_trigger, words_of
from .triggers import triggers as trigger_table  # renamed: the name `triggers` would hide the submodule

__all__ = ["extract_events", "resolve_date"]

#: Why a trigger candidate gave no event, at DEBUG level (``scripts/why_events.py`` prints it).
#: The level is read once per document, so the loop costs nothing when debugging is off.
log = logging.getLogger("newsmodel.events")


def _drop(doc: AnnotatedDocument, t: Token, last: Token, reason: str, **facts: object) -> None:
    """Log one dropped trigger candidate: its words, the reason and the facts behind it."""
    words = doc.text[t.start : last.end]
    extra = "".join(f"; {k}={v}" for k, v in facts.items())
    log.debug("drop %r (%s, sentence %d): %s%s", words, t.pos, t.sent, reason, extra)


#: PLOVER's "Requires recipient: Yes" categories (manual, per category); the others are complete
#: with an actor alone ("Gunmen killed nine villagers", "North Korea threatened to respond").
_NEEDS_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}
#: Cooperative categories that PLOVER codes as AGREE when reported in the future tense (manual, AGREE).
_FUTURE_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
#: Conflict categories that, announced by their own actor for the future, are threats; the mode
#: follows CAMEO2PLOVER (138 threaten with military force -> violence; 1312 sanctions -> restrict).
_THREAT_OF = {"ASSAULT", "COERCE", "SANCTION"}
_THREAT_MODE = {"ASSAULT": "violence", "COERCE": None, "SANCTION": "restrict", "PROTEST": "restrict"}
#: Protest modes whose announcement by the protesters is a threat: PLOVER THREATEN mode restrict
#: covers threatened "boycotts, strikes, blockades" ("truckers vowed to block the highways unless ...").
_RESTRICTING_PROTEST = {"strike", "boycott", "obstruct"}
#: Targets of these categories are partners: an "against X" phrase names an opponent, not a recipient.
_COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
#: Categories that wire copy reports in an agentless passive ("The town was shelled", "Thousands
#: were expelled"): PLOVER's source actor may be unknown, so these keep the event without one.
_AGENTLESS_PASSIVE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
#: Categories of acts done to a person whose possessive noun names the one undergoing them (undergone_acts).
_UNDERGONE = frozenset({"RETREAT", "COERCE", "ASSAULT"})


#: Relations of a noun's modifiers: a verb in one heads no clause, so its parse gives it no roles.
_NOUN_MODIFIER = frozenset({"compound", "amod", "nmod"})

#: Parts of speech that never start a trigger.
_NO_TRIGGER = frozenset({"PUNCT", "PROPN", "DET", "ADP", "PRON"})


def _candidates(doc: AnnotatedDocument, lemmas: list[str], first_lemmas: frozenset[str]) -> list[Token]:
    """The tokens that may start an event, in order: a trigger's first lemma, any verb (CAMEO's
    patterns and the senses may make one an event), a gerund noun ("the lifting of sanctions")
    and, with a parse, any noun (a headline's verb tagged a noun). Read in one pass, so that the
    rule loop of :func:`extract_events` visits about one word in nine (rules engine, news text); its first tests must let
    through no token this leaves out."""
    nouns = doc.has_parse
    return [
        t for t, lemma in zip(doc.tokens, lemmas)
        if (pos := t.pos) not in _NO_TRIGGER  # (each token's tag read once)
        and (lemma in first_lemmas or pos == "VERB" or (pos == "NOUN" and (nouns or lemma.endswith("ing"))))
    ]


def extract_events(doc: AnnotatedDocument, draft: Draft) -> None:
    claims: ClaimIndex | None = None  # built at the first event
    said: dict[str, Statement] | None = None  # the statements by id, built when a pronoun or a quoted "I" needs its speaker
    ctx = None if doc.has_parse else context_for(doc, draft)  # the surface role rules need it
    skip_until = -1
    first_lemmas = _first_lemmas()
    lemmas = doc.lowered_lemmas()
    debug = log.isEnabledFor(logging.DEBUG)
    for t in _candidates(doc, lemmas, first_lemmas):
        if t.i < skip_until:
            continue
        # match_trigger's own first test, made here: most words start no trigger
        # (and a verb's noun, whose verb may make a trigger with its of-phrase: "the lifting of sanctions",
        # with a parse "the suspension of imports"); a token this test or the two below could let
        # through must be one of _candidates
        low = lemmas[t.i]
        curated = match_trigger(doc, t) if low in first_lemmas or t.pos == "NOUN" and low.endswith("ing") or doc.has_parse and derived_noun(t) else None
        headline_verb = None
        if doc.has_parse and (curated is None and t.pos == "NOUN" or curated is not None and t.pos in ("VERB", "NOUN") and t.dep in _NOUN_MODIFIER):
            # "Zelensky Thanks Canada": a verb tagged a noun; "Hungary Vetoes EU Aid Package": a
            # verb parsed as a modifier of the noun phrase the parser made of the whole line
            headline_verb = _headline_noun_verb(doc, t)
            if headline_verb is not None:
                curated = headline_verb
        if curated is None and t.pos != "VERB":
            continue
        m = headline_verb or sense(doc, draft, t, curated)
        if m is None:
            if curated is not None:
                skip_until = t.i + curated[0]
            if debug:
                _drop_sense(doc, t, curated)
            continue
        n, category, mode = m
        if category == "COERCE" and trade_ban(doc, t):
            category, mode = "SANCTION", "discontinue"  # "Canada's ban on Russian oil imports" (trade_bans)
        skip_until = t.i + n
        last = doc.tokens[t.i + n - 1]
        why = filtered(doc, t, last, category) if headline_verb is None else filtered(doc, replace(t, pos="VERB"), replace(last, pos="VERB"), category)
        if why:
            if debug:
                _drop(doc, t, last, why, category=category)
            continue
        subject_verb = None  # a verb whose subject opens the trigger ("drones struck"), with a parse
        if headline_verb is not None:
            # the parse of the line is wrong around the verb: read its roles from the words, as
            # the parse-less engines do, with the word as a verb
            as_verb = replace(t, pos="VERB")
            agents, targets = surface_roles(context_for(doc, draft), as_verb, as_verb)
        elif doc.has_parse:
            subject_verb = last if t.pos == "NOUN" and last.pos == "VERB" and t.head == last.i and t.dep.startswith("nsubj") else None
            # a noun trigger's roles hang on its head word ("Israeli air *strikes*", "military *exercises*")
            if subject_verb is not None:
                # "Russian drones struck Kyiv" (trigger "drones struck"): the verb's own roles, its
                # subject the drones' owners and its object what was hit
                agents, targets = parse_roles(doc, draft, subject_verb, category=category)
            elif t.pos != "VERB" and last.pos == "NOUN":
                agents, targets = parse_roles(doc, draft, _span_head(doc, t, last), category=category)
            elif t.pos != "VERB" and last.pos == "VERB" and t.head == last.i and all(doc.tokens[k].text == "-" for k in range(t.i + 1, last.i)):
                # a verb split at its hyphen, its prefix hanging on it ("North Korea Test-Fires
                # Ballistic Missile", repaired by the spaCy plugin's headline_repair): the verb's roles
                agents, targets = parse_roles(doc, draft, last, category=category)
            elif last.i > t.i and t.dep == "compound" and t.head is not None and t.i < t.head <= last.i:
                # a hyphenated noun the parser split and read as "verb - adjective" ("staged a go-slow"):
                # its roles hang on the word that heads it
                agents, targets = parse_roles(doc, draft, replace(doc.tokens[t.head], pos="NOUN"), category=category)
            else:
                agents, targets = parse_roles(doc, draft, t, last if last.i != t.i else None, category=category)
        else:
            assert ctx is not None  # made for a document without a parse
            agents, targets = surface_roles(ctx, t, last)
        if category == "SANCTION" and (enacted := enacted_sanction_roles(doc, draft, t, agents, lambda v: parse_roles(doc, draft, v)[0] if ctx is None else surface_roles(ctx, v, v)[0])) is not None:
            # "Congress passed new North Korea sanctions": the country before the noun is sanctioned,
            # the subject of the verb of enacting sanctions (sanctioned_modifiers)
            agents, targets = enacted[0], [*enacted[1], *(x for x in targets if x not in enacted[0] and x not in enacted[1])]
        if category == "REQUEST" and t.pos == "VERB" and (clause := mandative_clause(doc, t)) is not None:
            # "demanded that the governor resign": the clause's subject is the party asked (mandative_clauses)
            asked = draft.mentions_between(doc.tokens[clause[0]].start, doc.tokens[clause[1] - 1].end)
            whom = next((a for _s, _e, a in asked if a not in agents), None)
            if whom is None and doc.tokens[clause[1] - 1].pos == "NOUN":
                # a role or body no rule has met yet ("the treasurer"): the nominal actor it names
                whom = nominal_actor(draft, doc.tokens[clause[1] - 1], doc.tokens[clause[0]].start)
            if whom is not None:
                targets = [whom, *(x for x in targets if x != whom)]
        loc = location(doc, t)
        if loc is not None:
            where = draft.actor_at(*loc)
            targets = [x for x in targets if x != where or (doc.has_parse and is_object(doc, subject_verb or t, loc)) or named_before_place(draft, t, x, loc)]
        if targets:
            media = media_named(doc, draft, t, last)  # "attacked the senator on Twitter": where it was said
            targets = [x for x in targets if x not in media]
        if category in _COOPERATIVE and targets:
            opponents = _against_actors(doc, draft, t)
            targets = [x for x in targets if x not in opponents]
        if doc.has_parse and category == "CONSULT" and mode == "phone" and t.pos == "VERB":
            # "Macron called Erdogan on Tuesday(, the Elysee said)": the party after the bare verb,
            # which the parse may read as a predicate, and the caller the parse hung it on (phone_calls)
            caller, called = call_roles(doc, draft, t)
            if caller is not None:
                agents = [caller]  # the parse's subject there is the reporter of the whole line
            if called is not None and called not in agents and called not in targets:
                targets = [called, *targets]
        if doc.has_parse and category == "COERCE" and mode == "seize":
            # "retook the airport from the rebels": who loses it (seized_from)
            targets = [*targets, *(x for x in seized_from_parties(doc, draft, t, _can_act) if x not in targets and x not in agents)]
        if doc.has_parse and category == "CONSULT" and not targets:
            # "kicked off talks with the unions": the talks' partner (started_talks)
            targets = [x for x in talk_object_partners(doc, draft, t) if x not in agents]
        if debug:
            found = (list(agents), list(targets))
        pron = _pronoun_subject(doc, t) or _possessive_subject(doc, t)
        if pron is not None:
            # "Okafor, who backed the mayor on Monday, said she agrees ...": the pronoun opening the
            # reported clause is its speaker, not the last name before it (batch 52, PolNeAR train)
            claims = claims or ClaimIndex(doc, draft)
            said = said or {st.id: st for st in draft.statements}
            speaker = _reported_pronoun_speaker(doc, draft, claims, said, pron)
            if speaker is not None and speaker not in agents:
                agents = [speaker]
        if _first_person_subject(doc, t):
            # "“I am supporting the governor,” said a local official": the quoted "I" is never the
            # nearest name before the quote (a5, batch 52); it is the quote's speaker for verbal
            # acts only, and not inside a quote within the quote (quoted_speakers, e22, batch 53)
            parties = [x for x in targets if _can_act(draft, x)]
            if not parties and category in ("REJECT", "THREATEN"):
                parties = act_targets(doc, draft, t, last, category, [])  # "I will not meet the rebels"
            agents = quoted_first_person(doc, draft, t, category, parties)
        co = comma_coagent(doc, draft, t, agents)
        if co is not None:
            agents = [co, *agents]  # "Xi, Putin Hold Talks": a headline's comma is an "and"
        # "Brazil and Chile signed a pact. They accused Peru": both states accused (joined_parties)
        agents = with_joined_partners(doc, draft, t, agents, _THEY)
        targets = [x for x in with_joined_partners(doc, draft, t, targets, _THEM) if x not in agents]
        agents = [_document_author(doc, draft, t, x) for x in agents]
        agents = [x for x in agents if _can_act(draft, x) and not (headline_verb is None and _place_named_event(doc, draft, t, x))]
        if not agents:
            # '"I condemn his remarks," the majority leader said': the quote's speaker (quoted_speakers)
            agents = quoted_first_person(doc, draft, t, category, [x for x in targets if _can_act(draft, x)])
        targets = [x for x in targets if x not in agents]
        if category == "ACCUSE" and targets:
            inside = content_parties(doc, draft, t)  # "accused X of arming the rebels": the rebels are no target (alleged_acts)
            targets = [x for x in targets if x not in inside]
        if category == "ACCUSE" and t.pos == "VERB" and (called := called_roles(doc, draft, t)) is not None:
            # "called the migrants rapists": the party named, not the term put on it (name_calling)
            # ("calling them rapists": a pronoun no actor holds leaves the target unknown, not a
            # party named elsewhere in the sentence)
            party, terms = called
            targets = [x for x in targets if x not in terms] if party is not None else []
            if party is not None and party not in agents and party not in targets:
                targets = [party, *targets]
        if not targets and category in ("REJECT", "THREATEN"):
            # "refused to meet the striking doctors", "threatened to expel the envoys": the refused
            # meeting's partner, the threatened act's recipient (act_targets)
            targets = act_targets(doc, draft, t, last, category, agents)
        if category == "CONSULT" and not targets and loc is not None:
            host = arrival_host(draft, t, draft.actor_at(*loc))  # "The delegation arrived in Cairo" (visits)
            if host is not None and host not in agents:
                targets = [host]
        if category == "SUPPORT" and t.pos == "VERB" and not targets and (backed := backing_recipient(doc, draft, t, last)) is not None and backed not in agents:
            targets = [backed]  # "Delegates declaring support for Governor Reyes" (backing_objects, e93 stop 48)
        if category == "CONSULT" and mode == "visit" and t.pos == "NOUN":
            # "The visit of the Chinese premier to Nairobi": the premier visits, not China (named only
            # inside the premier's phrase); a state or capital after "to" hosts (visit_nouns, e93 stop 48)
            nested = nested_states(doc, draft, t, agents)
            if nested and len(nested) < len(agents):
                agents = [x for x in agents if x not in nested]
            dest = visit_destination(doc, draft, t, last)
            if dest is not None and any(x != dest for x in agents):
                agents = [x for x in agents if x != dest]
                targets = [dest, *(x for x in targets if x != dest)]
        if category == "CONSULT" and t.pos == "NOUN":
            goer = summit_attendee(doc, draft, t)
            if goer is not None and _can_act(draft, goer):
                # "The president travelled to Accra for a summit of the West African bloc": who goes
                # meets; the body whose summit it is is the setting (summit_attendees, e50 at stop 40)
                agents = [goer, *(x for x in members_named(doc, draft, t, agents) if x != goer)]
                targets = [x for x in targets if x != goer]
        if category == "CONSULT" and t.pos == "NOUN" and not targets:
            # "had breakfast in Boston with the mayor", "a meeting on Friday with the envoy": the
            # with-phrase past a place or a time names the partner (shared_meals, e66 at stop 43)
            targets = [x for x in with_partners(doc, draft, t) or () if x not in agents and _can_act(draft, x)]
        undergoer = possessor_undergoer(doc, draft, t, last) if category in _UNDERGONE else None
        if undergoer is not None:
            # "Okonjo's release from prison", "Ibrahim's arrest": the possessor is released or
            # arrested, not the one who did it (undergone_acts, e50 at stop 40)
            agents = [x for x in agents if x != undergoer]
            targets = [undergoer, *(x for x in targets if x != undergoer)]
        patient_roles = patient_of_roles(doc, draft, t, last, agents, targets) if t.pos == "NOUN" else None
        if patient_roles is not None:
            # "the rejection of the envoy by the junta": the of-phrase undergoes the act, the
            # by-phrase does it (patient_of_phrases, e87 at stop 47)
            agents, targets = patient_roles
        if not agents and t.pos == "NOUN" and doc.has_parse and (owner := possessor_agent(doc, draft, t)) is not None and owner not in targets:
            # "the party's rejection of the senator": a common-noun possessor no actor rule had made is
            # the doer, as the rules engine's surface_roles reads it (possessor_agents; e93 stop 48)
            agents = [owner]
        if category == "SANCTION" and t.pos == "VERB":
            taken_from = withdrawn_from(doc, draft, t, agents)
            if taken_from:
                # "withdrew its endorsement of the governor": the party whose backing is taken
                # back is the recipient, not the possessive "its" (withdrawn_backing, e89 at stop 47)
                targets = taken_from + [x for x in targets if x not in taken_from and x not in agents]
        if category == "AGREE" and t.pos == "NOUN" and doc.has_parse and len(agents) > 1:
            # "The Lusaka accord between Angola and the rebels": the parse makes the city before the
            # pact a party too; it names the pact (pact_names; the rules engine skips it in surface_roles)
            named = _pact_name_actors(doc, draft, t)
            if named and any(x not in named for x in agents):
                agents = [x for x in agents if x not in named]
        passive_parties = headline_passive_parties(doc, draft, t, category) if category in ("ACCUSE", "ASSAULT") else None
        if passive_parties is not None:
            # "Interior Ministry Accused Of Hiding Deaths": a headline's past form after its subject
            # is a passive -- the ministry is accused, by someone unsaid (headline_passives, e70 at stop 44);
            # "Journalist Beaten By Police In Goma": the journalist is beaten, by the police (e87, stop 47)
            doers = [x for x in headline_by_party(doc, draft, t) if x not in passive_parties]
            agents = [*doers, *(x for x in agents if x not in passive_parties and x not in doers)]
            targets = [*passive_parties, *(x for x in targets if x not in passive_parties and x not in doers)]
        if targets and doc.has_parse and (modifiers := modifier_targets(doc, draft, t, agents, targets)):
            # "opposed by Senate Democrats", "support for U.S. Senate candidate Maria Lopez": a body
            # named only inside the doer's or a person target's name is no target (modifier_parties)
            targets = [x for x in targets if x not in modifiers]
        if category == "COERCE" and mode == "restrict" and agents and all(_business(draft, x) for x in agents):
            # "Airline bans passengers from using power banks": a company's house rule, not the
            # restriction of rights PLOVER codes (its COERCE actors hold power over the target)
            if debug:
                _drop(doc, t, last, "a business's restriction (COERCE restrict by BUS actors only)", category=category)
            continue
        if category in ("ASSAULT", "CONSULT") and agents and all(_business(draft, x) for x in agents) and all(_business(draft, x) or _uncoded_group(draft, x) for x in targets) or (
            category in ("SUPPORT", "REJECT") and agents and targets
            and all(_business(draft, x) for x in agents) and all(_business(draft, x) or _uncoded_group(draft, x) or _clientele(draft, x) for x in targets)
        ):
            # "The company's offensive against cheaper rivals", "Talks between the two companies on
            # a merger": companies' rivalry and deals are commerce, not the force or the political
            # consultation PLOVER codes (as for COOPERATE below; issue 14 batch 19); so is a
            # business serving or refusing its clients ("a law firm that defended mutual fund
            # companies", "any bank that turns down customers"). A business's requests stay REQUEST,
            # as the dev file labels them ("The company asked its customers to update the app").
            if debug:
                _drop(doc, t, last, "commerce (ASSAULT/CONSULT, or SUPPORT/REJECT of clients, among BUS actors only)", category=category)
            continue
        if category in ("MOBILIZE", "RETREAT") and agents and all(_business(draft, x) for x in agents):
            # "The airline dispatched two extra jets", "The bank released its quarterly figures",
            # "Investors withdrew $3 billion": PLOVER's mobilisations are of armed forces and its
            # retreats and releases are of states and armed groups; a company's fleet, figures and
            # money are commerce
            if debug:
                _drop(doc, t, last, "a business's deployment or release (MOBILIZE/RETREAT by BUS actors only)", category=category)
            continue
        if category == "COERCE" and t.lemma.lower() in event_words("obstruct-verb") and agents and all(_civilian(draft, x) for x in agents):
            # "Taxi drivers blockaded the airport road": people without arms or office obstruct in
            # protest (PLOVER PROTEST mode obstruct, CAMEO 144); a state's blockade stays COERCE
            category, mode = "PROTEST", "obstruct"
        if category == "MOBILIZE" and t.pos == "NOUN" and (setter := readiness_setter(doc, draft, t, last)) is not None and _can_act(draft, setter):
            # "put its units on high alert", "raised the combat readiness of its troops": the one who
            # readies the forces, not the forces readied (mobilized_forces, e75 at stop 45)
            agents, targets = [setter], [x for x in targets if x != setter]
        if not agents and category == "MOBILIZE" and t.pos == "NOUN":
            # "a buildup of Russian forces": the forces the of-phrase names move (mobilized_forces)
            if moved := forces_moved(doc, draft, last, targets):
                agents, targets = moved, []  # the forces move; who else the sentence names is no recipient
        if not agents and (doer := participle_doer(doc, draft, t, category)) is not None and _can_act(draft, doer) and doer not in targets:
            # "a group of governors backing the trade deal": a participle's doer is the noun it
            # modifies, which a parse hangs it on (participle_doers, e86 at stop 47)
            agents = [doer]
        if not agents and category == "ACCUSE" and t.pos == "VERB" and (critic := passive_critic(doc, draft, t)) is not None and _can_act(draft, critic):
            # "was attacked for the slow rollout by opposition leaders": a parse may hang the
            # by-phrase on the grievance's noun; the critic is the agent (passive_attacks, e86 at stop 47)
            agents, targets = [critic], [x for x in targets if x != critic]
        if not agents and undergoer is None and not (
            (
                category in _AGENTLESS_PASSIVE and (agentless_passive(doc, t) or _agentless_nominal(doc, t, last, targets))
                and not (category == "ASSAULT" and _accidental_cause(doc, draft, t))  # "were killed when a bus plunged"
                # "the earthquake in Morocco, where 2,900 people were killed", "the journalist, who
                # was arrested in 2019": background about someone, with no actor named (batch 19)
                and not _relative_aside(doc, t)
                and (category != "MOBILIZE" or force_object(doc, draft, t) is not None)  # "Troops were deployed", not "the case was moved"
            )
            or (category == "ASSAULT" and (_weapon_subject(doc, t) or _weapon_by_phrase(doc, t)))
            or (category == "ASSAULT" and targets and _weapon_subject(doc, t, event_words("attack-noun")))
            or (category == "ASSAULT" and (_armed_attack_noun(doc, t, last) or _armed_attack_subject(doc, t)))
            # "A van rammed into pedestrians": the driver of a vehicle driven into people, unnamed (rammed_crowds)
            or (category == "ASSAULT" and rams_into_people(doc, draft, t))
            or (category == "ACCUSE" and mode in ("allege", "investigate") and targets and agentless_passive(doc, t) and not _relative_aside(doc, t))
            or (category in ("ACCUSE", "ASSAULT") and passive_parties is not None and targets)
            # "The energy minister was sharply criticized for the blackout": criticism whose source
            # the wire leaves unsaid (PLOVER's source may be unknown; issue 14 batch 75, PolNeAR
            # train recall), of a party that can act (not "the design was criticized"), by a verb
            # the trigger lexicon lists for it -- not a CAMEO pattern's or a figure's ("were engaged
            # in a debate", "was hammered in the elections"); under a modal or an obligation
            # ("they must be condemned") it is a demand, no event reported
            or (
                category == "ACCUSE" and mode == "disapprove" and curated is not None and curated[1:] == ("ACCUSE", "disapprove")
                and any(_can_act(draft, x) for x in targets)
                and agentless_passive(doc, t) and not _relative_aside(doc, t) and not intended(doc, t) and not _obliged(doc, t)
                and not _habitual_or_free_relative(doc, t)
            )
            or (category == "PROTEST" and unnamed_crowd(doc, t, last))
            # "Hundreds of prisoners were released on Sunday": who was let go is known, who let them go
            # often not (PLOVER RETREAT release; a released report or film names no actor). With a parse
            # only: without one a released "report" can pass for a group of people
            or (category == "RETREAT" and mode == "release" and targets and doc.has_parse and agentless_passive(doc, t) and not _relative_aside(doc, t))
            # without a parse, only people or a group named as the passive's subject (passive_releases)
            or (category == "RETREAT" and mode == "release" and released_people(doc, draft, t, targets, _can_act) and agentless_passive(doc, t) and not _relative_aside(doc, t))
        ):
            if debug:
                _drop_roles(draft, doc, t, last, "no agent actor (and no agentless passive, weapon subject or crowd)", category, found)
            continue  # an event needs its participants (an unnamed attacker of a passive aside)
        if not agents and category == "MOBILIZE":
            agents, targets = targets, []  # "Troops were deployed to the border": the troops move
        if category == "SANCTION" and mode == "withdraw":
            # "Hungary withdrew from the International Criminal Court": what it leaves receives it;
            # "pulled its diplomats out of Niger": the country left, not the envoys, receives it
            source = from_phrase(doc, t, last.i - t.i + 1)
            whom = draft.actor_at(source.start, source.end) if source is not None else None
            if whom and whom not in agents:
                targets = [whom]
            elif not targets:
                targets = []
        if not targets and category == "SANCTION" and mode == "discontinue" and agents:
            # "imposed tariffs on electric vehicles from China", "halted oil purchases from Iran": the
            # country the trade comes from receives the measure
            source = from_phrase(doc, t, last.i - t.i + 1)
            whom = draft.actor_at(source.start, source.end) if source is not None else None
            fields = draft.actor_fields(whom) if whom else None
            if whom is not None and fields is not None and fields.kind == "country" and whom not in agents:
                targets = [whom]
        if category == "COOPERATE":
            # a mutual act's partners act themselves: "resumed flights to Bali" names a destination
            targets = [x for x in targets if _can_act(draft, x)]
            if agents and all(_business(draft, x) for x in agents):
                if debug:
                    _drop(doc, t, last, "a business's trade (COOPERATE by BUS actors only)", category=category)
                continue  # "The airline resumed flights": commerce, not the states' cooperation PLOVER codes
        if not targets and category == "COOPERATE" and agents:
            # "Indonesian and Australian coast guards conducted a joint patrol": the partners of a
            # mutual act stand together in its actor phrase
            agents += [x for x in _partners(doc, draft, t, last) if x not in agents and _can_act(draft, x)]
        if category == "AID" and agents and (not targets or helps_object(t)):
            # "Volunteer doctors treated the wounded": aid goes to people no lexicon names; the one
            # rescued or treated is the recipient, not a place named after it (recipients.py)
            whom = aid_recipient(doc, draft, t, last)
            if whom is not None and whom not in agents:
                targets = [whom]
        if category == "COOPERATE" and agents and not targets and len(agents) < 2:
            # "Pakistan shared intelligence with Afghan authorities": a partner no lexicon names;
            # "began joint patrols in partnership with the coast guard": a partner in a phrase (batch 19)
            whom = aid_recipient(doc, draft, t, last, ("with", "to")) or partner(doc, draft, t, last)
            if whom is not None and whom not in agents:
                targets = [whom]
        if category in _NEEDS_RECIPIENT and agents and not targets and len(agents) < 2 and not doc.has_parse:
            # "Colombia extradited a suspected drug lord known as 'El Tigre' to the United States":
            # without a parse the to/with-phrase may stand past a long object
            whom = _to_phrase_actor(doc, draft, last, ("to",) if category == "AID" else ("to", "with"))
            if whom is not None and whom not in agents:
                targets = [whom]
        needs_recipient = (
            not targets and category in _NEEDS_RECIPIENT and len(agents) < 2
            and not (category == "COOPERATE" and agents and _joint(doc, t, last) and _political(draft, agents[0]))
            and not (category == "COOPERATE" and agents and _pair_subject(doc, draft, t, agents[0]))
            # a state's or a court's sanction is one whoever it hits ("Ottawa imposed an arms embargo
            # on three generals", "A court sentenced the rapper"): PLOVER requires a recipient for
            # COOPERATE and AID only; a company's "tariff" or "cut supplies" without one is commerce
            # (a curated sanction trigger only: CAMEO's "delay plan" [160] reads a state postponing
            # its own plans as reduced relations, which without a recipient is no sanction)
            and not (category == "SANCTION" and curated is not None and any(_state(draft, x) and _named_as_noun(doc, draft, t, x) for x in agents))
            # aid sent to a place or to people no dictionary names ("airlifted supplies to the besieged
            # town", "handed out meals to stranded migrants"): the people there receive it
            # (not by people no dictionary codes: "rescuers on snowmobiles delivered bread to families
            # stranded without power" is a weather story's detail)
            and not (category == "AID" and agents and not all(_business(draft, x) or _uncoded_group(draft, x) for x in agents) and _aid_destination(doc, t, last))
        )
        claims = claims or ClaimIndex(doc, draft)
        factuality, statement = event_factuality(doc, draft, t, claims)
        if (category in _THREAT_OF or category == "PROTEST" and mode in _RESTRICTING_PROTEST) and factuality == "hypothetical" and (_said_by(draft, statement, agents) or _vowed(doc, t)) and not _in_condition(doc, t) and not is_negated(doc, t):
            # "The militia warned it would attack the convoy": a threat (CAMEO's transformation
            # "a (a b WILL_ATTACK) SAY = a b 138"), coded THREATEN on the speaker's own words; "warned
            # it would not attack the town" promises restraint, no threat (issue 14 batch 13)
            category, mode = "THREATEN", mode if mode in ("arrest", "expel") else _THREAT_MODE[category]  # PLOVER THREATEN modes
            factuality = "asserted"
        elif category in _THREAT_OF | {"MOBILIZE"} and factuality == "hypothetical" and not is_negated(doc, t) and (warner := ultimatum_speaker(doc, draft, t, statement)) is not None:
            # "The president warned that troops would be sent in if the blockade was not lifted": an
            # ultimatum is the warner's threat, whoever the clause sends (ultimatums.py)
            category, mode = "THREATEN", "violence" if category in ("ASSAULT", "MOBILIZE") else _THREAT_MODE[category]
            warned = warned_party(doc, draft, statement)
            agents, targets = [warner], [warned] if warned is not None else [x for x in targets if x != warner]
            factuality = "asserted"
        elif category == "RETREAT" and factuality == "hypothetical" and (_said_by(draft, statement, agents) or _vowed(doc, t)) and not _in_condition(doc, t) and not is_negated(doc, t):
            # "Russia announced it would withdraw its troops": an announced retreat is a concession
            # (PLOVER manual, CONCEDE: "announced...would withdraw troops" is coded CONCEDE); so is a
            # release its agent vows, with or without a statement read ("Rebels vowed on Sunday to
            # free the hostages": e46, stop 39)
            category, mode = "CONCEDE", None
            factuality = "asserted"
        elif category == "AGREE" and t.lemma.lower() in event_words("accept-verb") and is_negated(doc, t) and not _in_condition(doc, t) and not _pending(doc, t):
            # "Israel will not accept any deal ...": refusing is a rejection (PLOVER REJECT: "All
            # rejections and refusals"); "has not yet agreed" is still open
            category, mode = "REJECT", None
            factuality = "reported" if statement else "asserted"
        elif category in ("CONCEDE", "RETREAT") and is_negated(doc, t) and _will(doc, t) and not _in_condition(doc, t):
            # "the government would not bow to pressure", "will not lift the curfew": a refusal to
            # yield (PLOVER REJECT, "All rejections and refusals"; mode yield: "easing curfews ...
            # ceasefires"), not a concession
            if category == "RETREAT":
                targets = []  # "would not withdraw its troops": the forces kept are the refuser's own
            category, mode = "REJECT", "yield"
            factuality = "reported" if statement else "asserted"
        elif category == "CONSULT" and t.lemma.lower() in event_words("meet-verb") and is_negated(doc, t) and _will(doc, t) and not _in_condition(doc, t):
            # "the army would never negotiate with terrorists": a refusal to meet (PLOVER REJECT mode
            # meet; CAMEO 125 "reject proposal to meet, discuss, or negotiate"); "did not meet" stays
            category, mode = "REJECT", "meet"
            factuality = "reported" if statement else "asserted"
        elif category == "AGREE" and promised_retreat(doc, draft, t, last, agents):
            # "The rebels agreed to release the hostages", "Ankara pledged to lift the curfew": a
            # retreat promised is a concession, whatever verb of commitment carries it (PLOVER
            # manual, CONCEDE and RETREAT; promised_retreats, e50 at stop 40)
            category, mode = "CONCEDE", None
        elif category == "AID" and _agreed_debt_relief(doc, t, last):
            pass  # "agreed to forgive $200 million of Nigeria's loans": the manual codes AID, not a promise
        elif category in _FUTURE_AGREE and factuality == "hypothetical" and _said_by(draft, statement, agents) and not _in_condition(doc, t):
            # "Kenya said it would send aid to Haiti": a cooperative act announced by its own actor
            # is an intention (PLOVER manual, AGREE: future cooperative acts are AGREE); "said it would
            # not send aid" keeps the AGREE with factuality negated, the dev file's convention (e78)
            category, mode = "AGREE", None
            factuality = "negated" if is_negated(doc, t) else "asserted"
        elif category in _FUTURE_AGREE and _future(doc, t) and not _in_condition(doc, t):
            # "Brazil will provide military training": a promise, coded AGREE (PLOVER manual);
            # "will not support the bill" keeps its negation, as the dev file codes "cannot and will
            # not endorse" (AGREE, negated: e76 and e78 at stop 45, each on its own)
            category, mode = "AGREE", None
            factuality = "negated" if is_negated(doc, t) else "reported" if statement else "asserted"
        if relieves_no_one(category, last, targets):
            # "The senator dismissed the charges against him as a smear": the accused's denial, not a
            # legal relief, which names the person it relieves (legal_relief)
            if debug:
                _drop_roles(draft, doc, t, last, "legal relief with no one relieved (legal_relief)", category, found)
            continue
        if needs_recipient and category in _NEEDS_RECIPIENT:
            # (read after the tense: "Japan will provide $500 million in grants" is a promise, AGREE,
            # which needs no recipient; an aid, cooperation or sanction that happened does)
            if debug:
                _drop_roles(draft, doc, t, last, "recipient required (_NEEDS_RECIPIENT) and none found", category, found)
            continue  # an event needs its participants; reciprocal ones list them all as actors (PLOVER)
        if category == "ASSAULT" and (not doc.has_parse or all(_place(draft, x) for x in targets)) or (category, mode) == ("COERCE", "seize"):
            # (without a parse the words after the verb hold its place phrases too -- "attacked a
            # police station in the town of Bunia" -- so a struck thing as its object wins)
            # "bombed a fuel depot", "shot down a helicopter over Darfur": the place or vehicle hit is
            # the recipient (PLOVER ASSAULT), not the region it happened over
            # a seizure's recipient is the ship, building or town taken (PLOVER COERCE seize, "Seize or
            # damage property"), even beside an actor that only describes it ("a tanker carrying
            # Iranian oil", "a British-flagged tanker"), which stays a further recipient
            struck = struck_thing(doc, draft, subject_verb or t, last) or harmed_people(doc, draft, subject_verb or t, last)
            if struck is not None and struck not in agents:
                targets = [struck, *(x for x in targets if x != struck and not _place(draft, x))]
        if category == "COOPERATE" and not targets and len(agents) > 1:
            agents, targets = _reciprocal_recipient(doc, draft, t, agents)
        _mention_people_phrases(doc, draft, t, agents + targets)
        if isinstance(m, PatternSense) and agents and category != "PROTEST" and not known_party(doc, draft, t, agents, targets):
            # "the candidate held a conference call", "voters took part in the primary": a CAMEO
            # pattern between parties no dictionary codes as a state or a body (pattern_parties)
            if debug:
                _drop_roles(draft, doc, t, last, "a CAMEO pattern alone, and no party a state or a coded body (pattern_parties)", category, found)
            continue
        if category == "MOBILIZE" and unarmed_move(doc, draft, t):
            # "tech firms deployed stronger encryption", "formed a task force on housing": nothing
            # military or police moves (PLOVER MOBILIZE; unarmed_moves)
            if debug:
                _drop_roles(draft, doc, t, last, "a MOBILIZE with no armed party, forces or arms in its sentence (unarmed_moves)", category, found)
            continue
        if category == "AGREE" and (promise_without_party(doc, draft, t, last, agents, targets) or promised_non_retreat(doc, draft, t, last, agents)):
            # "the candidate pledged to lower drug prices", "aides have been promising a bigger
            # ground operation": a promise to no party (promise_parties); "promised to release the
            # budget figures": a retreat's word in no retreat's sense, no party named (promised_retreats)
            if debug:
                _drop_roles(draft, doc, t, last, "a promise to no party: no target, no state or coded body, no party in the promised clause (promise_parties), or a retreat's word in no retreat's sense (promised_retreats)", category, found)
            continue
        time = event_time(doc, t)
        draft.add_event(
            type=category,
            mode=mode,
            trigger=draft.span(t.start, _trigger_end(doc, t, last)),
            agents=agents,
            targets=targets,
            time=draft.span(*time) if time else None,
            location=draft.span(*loc) if loc else None,
            date=resolve_date(doc.text[time[0] : time[1]], draft.published) if time else None,
            factuality=factuality,
            statement=statement,
            confidence=0.6 if targets else 0.45,
        )


def _drop_sense(doc: AnnotatedDocument, t: Token, curated: tuple[int, str, str | None] | None) -> None:
    """Log a candidate the sense rules rejected, with its lexicon entry and CAMEO pattern; a verb
    that is no trigger is logged only when a specific CAMEO pattern matched it."""
    from ..cameo import verb_code

    vc = verb_code(doc, t) if t.pos == "VERB" else None
    cameo = f"{vc.cameo} -> {vc.plover}/{vc.mode}{'' if vc.specific else ' (bare verb default)'}" if vc else None
    if curated is None and not (vc and vc.specific):
        return
    entry = f"{curated[1]}/{curated[2]}" if curated else "not a trigger"
    last = doc.tokens[t.i + (curated[0] if curated else 1) - 1]
    _drop(doc, t, last, "word sense (senses.sense gave no event)", lexicon=entry, cameo_pattern=cameo)


def _drop_roles(draft: Draft, doc: AnnotatedDocument, t: Token, last: Token, reason: str, category: str, found: tuple[list[str], list[str]]) -> None:
    """Log a candidate dropped for want of participants, with the actors the role rules found
    (before places and things were removed as agents)."""
    def names(ids: list[str]) -> list[str]:
        out = []
        for a in ids:
            f = draft.actor_fields(a)
            out.append(f"{f.name} [{f.kind}{' ' + f.code if f.code else ''}{'' if _can_act(draft, a) else ', cannot act'}]" if f else a)
        return out

    _drop(doc, t, last, reason, category=category, agents=names(found[0]), targets=names(found[1]))


#: Auxiliaries that make a negated act a stated refusal ("would never negotiate", "will not meet").
_WILL = frozenset({"will", "would", "'ll", "’ll", "wo", "shall"})
#: Sector codes of actors who hold arms or office (their blockade is coercion).
_STATE_SECTORS = ("GOV", "MIL", "COP", "REB", "UAF", "SPY", "INS", "JUD", "LEG", "IMG", "CRM")


def _civilian(draft: Draft, actor_id: str) -> bool:
    """A group or person without a state or armed sector code ("drivers", "students", "farmers")."""
    actor = draft.actor_fields(actor_id)
    if actor is None or actor.kind not in ("group", "person"):
        return False
    return not (actor.code and any(s in actor.code for s in _STATE_SECTORS))


def _will(doc: AnnotatedDocument, t: Token) -> bool:
    """A future or conditional auxiliary within the three words before ``t`` ("would never negotiate")."""
    sent = doc.sentences[t.sent]
    return any(doc.tokens[k].text.lower() in _WILL for k in range(max(sent.token_start, t.i - 3), t.i))


def _clientele(draft: Draft, actor_id: str) -> bool:
    """People a business serves, named by a word of ``sense_words`` class ``marketed-to``
    ("customers", "consumers", "borrowers" ...), whatever code the agents dictionary gives them."""
    actor = draft.actor_fields(actor_id)
    return actor is not None and actor.name.lower().split()[-1] in event_words("marketed-to")


def _uncoded_group(draft: Draft, actor_id: str) -> bool:
    """A group named by a common noun that no dictionary codes ("cheaper rivals", "countries"): a
    company's rivals are companies."""
    actor = draft.actor_fields(actor_id)
    return actor is not None and actor.kind == "group" and actor.code is None


def _to_phrase_actor(doc: AnnotatedDocument, draft: Draft, last: Token, preps: tuple[str, ...]) -> str | None:
    """Without a parse: the actor named right after the first of ``preps`` ("to", "with") within 15 words
    after the trigger, in its clause (up to ";", ":" or a comma that opens another clause), if it
    is no place."""
    sent = doc.sentences[last.sent]
    end = min(sent.token_end, last.i + 16)
    for k in range(last.i + 1, end):
        w = doc.tokens[k]
        if w.text in (";", ":") or (w.text == "," and k + 1 < end and doc.tokens[k + 1].pos in ("PRON", "VERB", "AUX", "SCONJ")):
            return None
        if w.text.lower() not in preps:
            continue
        j = k + 1
        while j < end and (doc.tokens[j].pos in ("DET", "ADJ", "NUM") or doc.tokens[j].text.lower() in POSSESSIVES):
            j += 1
        if j >= end:
            return None
        a = draft.actor_at(doc.tokens[j].start, doc.tokens[j].end)
        if a is not None and not _place(draft, a):
            return a
        if doc.tokens[j].pos == "VERB":
            continue  # "to help", "to dismantle": an infinitive, not a recipient
        return None
    return None


def _place(draft: Draft, actor_id: str) -> bool:
    """An actor that is a place (a city, a region): where something happens, not who it happens to."""
    actor = draft.actor_fields(actor_id)
    return actor is not None and actor.kind == "location"


def _business(draft: Draft, actor_id: str) -> bool:
    """An actor coded as a business and nothing of the state ("airline", "the firm": BUS)."""
    actor = draft.actor_fields(actor_id)
    code = actor.code or "" if actor is not None else ""
    return "BUS" in code and not any(s in code for s in _STATE_SECTORS)


def _pending(doc: AnnotatedDocument, t: Token) -> bool:
    """"has not yet agreed", "not agreed so far": an open question, not a refusal."""
    sent = doc.sentences[t.sent]
    near = {doc.tokens[k].text.lower() for k in range(max(sent.token_start, t.i - 4), min(sent.token_end, t.i + 3))}
    return bool(near & {"yet", "still", "so"})


def _pact_name_actors(doc: AnnotatedDocument, draft: Draft, t: Token) -> set[str]:
    """The actors of the words before the pact noun ``t`` in its phrase that name the pact
    (:func:`.pact_names.pact_named_after`: "the *Lusaka* accord")."""
    found: set[str] = set()
    k = t.i - 1
    start = doc.sentences[t.sent].token_start
    while k >= start and doc.tokens[k].pos in ("PROPN", "NOUN", "ADJ", "PRON"):
        w = doc.tokens[k]
        a = draft.actor_at(w.start, w.end)
        if a is not None and pact_named_after(doc, draft, w, t):
            found.add(a)
        k -= 1
    return found


def _span_head(doc: AnnotatedDocument, t: Token, last: Token) -> Token:
    """The noun heading a noun trigger's words: the last of "air strikes", the first of "state of
    emergency" (the word whose head lies outside the trigger)."""
    for k in range(t.i, last.i + 1):
        w = doc.tokens[k]
        if w.pos == "NOUN" and (w.head is None or not t.i <= w.head <= last.i):
            return w
    return last


#: Word classes of ``event_cues.tsv`` whose verbs need their parse to tell their sense.
_SENSE_CLASSES = ("needs-sense", "needs-patient", "needs-addressee", "employ", "light", "dispatch")


def _headline_noun_verb(doc: AnnotatedDocument, t: Token) -> tuple[int, str, str | None] | None:
    """(1, category, mode) for a headline's verb that the parser tagged a noun: "Zelensky Thanks
    Canada for Support", "Netanyahu Rebuffs U.S. Call", "Government Apologises for Raid". The
    small spaCy model reads such title-case lines as noun phrases even after case normalisation.
    The word must be the first verb-like word after the line's subject (a name or noun right
    before it, no verb earlier), carry a present-tense ending, open its complement (a name,
    noun, determiner, number or preposition follows), stand in a title-case or capitals line, and
    be a one-word verb trigger whose sense needs no parse (``_SENSE_CLASSES`` left out) or, with the
    noun after it, a verb + object trigger ("Army Lifts Curfew": (2, CONCEDE, None))."""
    from ...engines.headline_case import in_title_case_line

    sent = doc.sentences[t.sent]
    low = t.text.lower()
    if t.i == sent.token_start or t.i + 1 >= sent.token_end or not low.endswith("s"):
        return None
    before = t.i - 1
    if doc.tokens[t.i + 1].pos not in ("PROPN", "NOUN", "DET", "NUM", "ADP", "ADJ"):
        return None
    if doc.tokens[before].pos not in ("PROPN", "NOUN") and not any(e.token_start <= before < e.token_end for e in doc.entities):
        return None  # (a name the tagger made an adjective, "Hungary Vetoes ...", is still a name)
    lemma = t.lemma.lower()
    n = 1
    hit: tuple[str, str | None] | None
    pair = trigger_table().get(((lemma, doc.tokens[t.i + 1].lemma.lower()), "VERB"))
    if pair is not None and doc.tokens[t.i + 1].pos == "NOUN":
        # "Government Lifts Curfew In ...": a verb + object trigger, its object the noun after it
        # (the parser made one noun phrase of the three words)
        hit, n = pair, 2
    else:
        hit = trigger_table().get(((lemma,), "VERB"))
    if hit is None or low not in (lemma + "s", lemma + "es") or n == 1 and any(lemma in words_of(c) for c in _SENSE_CLASSES):
        return None
    if any(doc.tokens[k].pos in ("VERB", "AUX") for k in range(sent.token_start, t.i)):
        return None
    if not in_title_case_line(doc.text, t.start, t.end):
        return None
    return n, hit[0], hit[1]


def _trigger_end(doc: AnnotatedDocument, t: Token, last: Token) -> int:
    """End of the trigger span: a verb + object trigger matched across the object's determiners
    and modifiers ("imposed new sanctions", see :func:`.triggers.match_trigger`) is the verb
    alone; a contiguous multi-word trigger ("pulled out", "air strikes") is all its words."""
    if t.pos != "VERB" or last.i == t.i:
        return last.end
    if all(doc.tokens[k].end == doc.tokens[k + 1].start for k in range(t.i, last.i)):
        return last.end  # one hyphenated word the tokenizer split ("go-slow", "test-fired")
    lemmas = tuple(doc.tokens[k].lemma.lower() for k in range(t.i, last.i + 1))
    return last.end if any((lemmas, p) in trigger_table() for p in ("VERB", "NOUN")) else t.end


def _can_act(draft: Draft, actor_id: str) -> bool:
    """Places are where things happen, not who does them -- except a capital standing for its
    government ("Doha had enabled the ceasefire", "Beijing threatened sanctions"). Nor does a
    thing: a noun the statement rules made a ``group`` source by default, which no lexicon
    types as people or an organisation ("the recipe calls for", "the ticket machine rejected",
    "heavy snow threatens"; issue 14 batch 4). Nor a person named by a singular role noun no
    lexicon types ("the pilot", "the chef", "the coach"): a speaker, or the antecedent of a later
    he or she (:mod:`..role_people`), but more often a role in a story than a party to an event --
    such a source was a ``group`` until issue 14's helper a8 typed it a person."""
    actor = draft.actor_fields(actor_id)
    if actor is not None and actor.kind == "group" and actor.code is None and not _typed_noun(actor.name):
        return False
    if actor is not None and actor.kind == "person" and actor.code is None and _role_in_story(actor.name):
        return False
    if actor is None or actor.kind != "location":
        return True
    if is_capital(actor):
        return True
    # a name the tagger took for a place but the dictionaries code as a person or body ("Erdogan",
    # TURGOV); a place the gazetteer knows is no actor
    return actor.code is not None and len(actor.code) > 3 and tuple(actor.name.split()) not in gazetteer()


def _place_named_event(doc: AnnotatedDocument, draft: Draft, t: Token, actor_id: str) -> bool:
    """A capital among the modifiers right before an event noun names where the event happened,
    not a government that did it: "the Madrid and London train attacks", "the Geneva talks", "the
    Minsk agreement". A possessive ("Moscow's strikes") or a verb ("Moscow struck") keeps the
    capital as the state that acts (see :func:`_can_act`)."""
    if t.pos != "NOUN":
        return False
    actor = draft.actor_fields(actor_id)
    if actor is None:
        return False
    capital = is_capital(actor)
    if not capital and actor.kind != "country":
        return False
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k >= sent.token_start and (doc.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "CCONJ") or doc.tokens[k].text == ","):
        w = doc.tokens[k]
        if draft.actor_at(w.start, w.end) == actor_id and (capital or _capital_word(w)):
            # (a capital folded into its country, the story naming that country too: "the Paris
            # terror attacks" in a story on France -- still where; issue 14 batch 52)
            return True
        k -= 1
    return False


def _first_person_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The subject of verb ``t`` is "I": by the parse, or without one the word before the verb past
    auxiliaries, adverbs and "not" ("I am supporting", "I will never accept")."""
    if t.pos != "VERB":
        return False
    subj = verb_subject(doc, t)  # (through "going to", "cannot and will not": quoted_speakers)
    return subj is not None and subj.text == "I"


#: Plural pronouns whose antecedent's joined parties share the role: a subject, an object.
_THEY = frozenset({"they"})
_THEM = frozenset({"them"})

_REPORTED_PRONOUN_KINDS = {"he": ("person",), "she": ("person",), "it": ("organization", "country"), "they": ("group", "organization", "country")}


def _pronoun_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The personal pronoun subject of verb ``t`` ("he", "she", "it", "they"), by the parse or, without
    one, the word before the verb past auxiliaries, adverbs and "not"."""
    if t.pos != "VERB":
        return None
    if doc.has_parse:
        return next((c for c in doc.children(t.i) if c.dep == "nsubj" and c.text.lower() in _REPORTED_PRONOUN_KINDS and c.i < t.i), None)
    subj = word_before_verb(doc, t)
    return subj if subj is not None and subj.text.lower() in _REPORTED_PRONOUN_KINDS else None


#: Possessives that open a reported clause's subject ("said its jets had struck"), with the kinds of
#: reporter that own what they name: as the parse rules read them (``parse_roles._owner_of_subject``).
_REPORTED_POSSESSIVE_KINDS = {"its": ("organization", "country"), "their": ("group",)}


def _possessive_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse: the possessive opening the subject of verb ``t`` when the subject is one
    noun after it ("said its *troops* had fired", "denied that its jets had struck"): the reporter
    of the clause owns the troops and acts through them, as the parse rules read it (stop 41, e53:
    the rules engine named the troops, spaCy the army, for the same denied event)."""
    if doc.has_parse or t.pos != "VERB":
        return None
    subj = word_before_verb(doc, t)
    if subj is None or subj.pos != "NOUN" or subj.i < 1:
        return None
    owner = doc.tokens[subj.i - 1]
    return owner if owner.text.lower() in _REPORTED_POSSESSIVE_KINDS else None


def _reported_pronoun_speaker(doc: AnnotatedDocument, draft: Draft, claims: ClaimIndex, said: dict[str, Statement], pron: Token) -> str | None:
    """The speaker of the reported clause that ``pron`` opens ("said he agrees", "said that it had
    withdrawn"), when the speaker is of the pronoun's kind; None for a pronoun inside the clause, in
    a quotation, or of another kind ("said she had met him")."""
    sid = claims.statement[pron.i]
    st = said.get(sid) if sid is not None else None
    if st is None or st.speaker is None or not st.content:
        return None
    if context_for(doc, draft).quoted[pron.start] and pron.text.lower() in ("he", "she"):
        # '"He threatened me," Ruiz said': quoted words are the speaker's own, who says "I" -- a he/she
        # there is someone else (quote_speakers; issue 14, e80 at stop 46)
        return None
    first = st.content[0]
    k = pron.i - 1
    if k >= 0 and doc.tokens[k].text.lower() == "that":
        k -= 1
    if first.start != pron.start and not (k + 1 < pron.i and doc.tokens[k + 1].start == first.start):
        return None
    speaker = draft.actor_fields(st.speaker)
    kinds = _REPORTED_PRONOUN_KINDS.get(pron.text.lower()) or _REPORTED_POSSESSIVE_KINDS[pron.text.lower()]
    if speaker is None or not (speaker.kind in kinds or "country" in kinds and is_capital(speaker)):
        return None  # ("Beijing said it would scrap ...": a capital speaks for its state)
    return st.speaker


def _capital_word(w: Token) -> bool:
    """The word is a capital the gazetteer lists ("Paris"), whatever actor it was folded into."""
    return (gazetteer().get((w.text,)) or ("",))[0] == "capital"


def _document_author(doc: AnnotatedDocument, draft: Draft, t: Token, actor_id: str) -> str:
    """The author of a document that stands as an event's agent ("A UN report accused Syria", "a
    report by Amnesty International accused the police"): a document takes part in no event, but
    the actor named in its noun phrase -- before the noun, or in a "by" phrase right after it --
    is the accuser.  Any other agent is returned as it is."""
    actor = draft.actor_fields(actor_id)
    if actor is None or actor.kind != "group" or actor.code is not None or actor.name.lower() not in event_words("document-noun"):
        return actor_id
    sent = doc.sentences[t.sent]
    lo = doc.tokens[sent.token_start].start
    for ms, me, a in draft.mentions_before(t.start, limit=lo):
        if a != actor_id:
            continue
        first = doc.token_at(ms)
        if first is None:
            return actor_id
        k = first.i
        j = k
        while j > sent.token_start and doc.tokens[j - 1].pos in ("PROPN", "NOUN", "ADJ", "PART") and doc.tokens[j - 1].text != ",":
            j -= 1  # "the UN's latest report", "an Amnesty International report"
        end = k
        while end < t.i and doc.tokens[end].end <= me:
            end += 1
        spans = [(doc.tokens[j].start, ms)] if j < k else []
        if end + 1 < t.i and doc.tokens[end].text.lower() == "by":
            stop = end + 1
            while stop < t.i and doc.tokens[stop].pos in ("PROPN", "NOUN", "DET", "ADJ", "PART"):
                stop += 1
            spans.append((doc.tokens[end + 1].start, doc.tokens[stop - 1].end))
        for a0, a1 in spans:
            named = [m[2] for m in draft.mentions_between(a0, a1) if m[2] != actor_id and _can_act(draft, m[2])]
            if named:
                return named[0]
        return actor_id
    return actor_id


def _typed_noun(name: str) -> bool:
    """A nominal actor's name (its head noun, plural as written) is a word of the people,
    group or organisation lexicons (``org_words.tsv``, ``titles.tsv``) or of the CAMEO agents."""
    from ...lexicons import group_nouns, org_nouns, person_nouns, titles
    from ...lexicons.nouns import wordnet_people
    from ..cameo import agent_heads

    words = name.lower().split()
    if len(words) != 1 or not name[:1].islower():
        return True  # a name ("Bahrain", "Kyiv"), not a bare common noun
    w = words[0]
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w, w[:-3] + "y" if w.endswith("ies") else w}
    if w.endswith("men"):
        forms.add(w[:-3] + "man")
    if forms & (event_words("no-party-alone") | event_words("document-noun")):
        return False  # "the ticket machine", "the report": a thing, whatever longer agent it ends
    known = org_nouns() | group_nouns() | person_nouns() | agent_heads()
    return bool(forms & known) or any(titles().get((f,)) == "role" for f in forms) or _people_plural(w, wordnet_people())


def _role_in_story(name: str) -> bool:
    """A person actor's name is a singular role noun the people lexicons do not type ("pilot",
    "chef", "captain", "businessman"; :func:`..nominals.nominal_kind` types "governor", "woman",
    "candidate"): made a person as a speaker or a pronoun's antecedent (:mod:`..role_people`), it
    is no party to events, as it was none while such a source was an untyped ``group``."""
    if " " in name or not name[:1].islower():
        return False
    low = name.lower()
    return not (low in person_nouns() or low in org_nouns() or low in group_nouns() or titles().get((low,)) == "role")


def _people_plural(w: str, people: frozenset[str]) -> bool:
    """``w`` is the plural of a WordNet noun for people ("smugglers", "tribesmen"): a group that
    acts. A singular ("the pilot", "the chef") is left untyped, as before: named by default as a
    source, it is more often a role in a story than a party to an event."""
    if w.endswith("men"):
        return w[:-3] + "man" in people
    if not w.endswith("s"):
        return False
    return w[:-1] in people or (w.endswith("es") and w[:-2] in people) or (w.endswith("ies") and w[:-3] + "y" in people)


def _against_actors(doc: AnnotatedDocument, draft: Draft, t: Token) -> set[str]:
    """Actors named within a few words after "against" in the trigger's clause ("back it against
    Israel"); the window is bounded so a run-on text costs no more per event."""
    sent = doc.sentences[t.sent]
    end = min(sent.token_end, t.i + 30)
    out: set[str] = set()
    for k in range(t.i + 1, end):
        w = doc.tokens[k]
        if w.text.lower() == "against" and doc.tokens[k - 1].lemma.lower() in words_of("measure"):
            continue  # "dropped all charges against the activist", "lifted sanctions against Iran": the recipient
        if w.text.lower() == "against":
            stop = min(end, k + 6) - 1
            out.update(a for _s, _e, a in draft.mentions_between(w.end, doc.tokens[stop].end))
        elif w.pos == "VERB" and k > t.i + 1:
            break
    return out


def _habitual_or_free_relative(doc: AnnotatedDocument, t: Token) -> bool:
    """An agentless passive told as a habit -- a ``habit-adverb`` among the four words before the
    verb ("has often been criticized", "has long been attacked") or "for years/decades" right after
    it -- or in a free relative ("in what is being criticized as a partisan move"), whose subject
    is the act, not the party the sentence names: no one occasion of criticism of that party."""
    from ...lexicons import word_class

    start, end = doc.sentences[t.sent].token_start, doc.sentences[t.sent].token_end
    before = [doc.tokens[k] for k in range(max(start, t.i - 4), t.i)]
    if any(w.text.lower() in word_class("sense_words.tsv", "habit-adverb") for w in before):
        return True
    after = [doc.tokens[k].text.lower() for k in range(t.i + 1, min(end, t.i + 5))]
    if any(after[k] == "for" and after[k + 1] in ("years", "decades", "months") for k in range(len(after) - 1)):
        return True
    k = t.i - 1
    while k > start and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
        k -= 1
    return doc.tokens[k].text.lower() == "what"


def _obliged(doc: AnnotatedDocument, t: Token) -> bool:
    """An auxiliary of obligation (``obligation-aux``: "must", "ought", "need") among the four
    words before the verb in its sentence: "they must be held responsible" demands what it names."""
    oblige = event_words("obligation-aux")
    start = doc.sentences[t.sent].token_start
    return any(doc.tokens[k].lemma.lower() in oblige or doc.tokens[k].text.lower() in oblige for k in range(max(start, t.i - 4), t.i))


def _relative_aside(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb heads a relative clause that describes someone or somewhere in passing: "The trial
    of the former minister, who is accused of embezzling public funds, was adjourned", "victims of
    the earthquake in Morocco, where more than 2,900 people were killed" -- background the story
    does not report; with no actor named in an agentless passive there is no event to code.
    A participle sharing a passive's "be" ("who was arrested in 2019 and *released* on bail") is
    in that passive's clause (shared_passives)."""
    shared = shared_passive_head(doc, t)
    if shared is not None:
        return _relative_aside(doc, shared)
    if doc.has_parse:
        return t.dep == "acl:relcl"
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k > first and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
        k -= 1
    # past the clause's own subject, if any: "..., where more than 2,900 people were killed"
    for j in range(k, max(first, k - 8), -1):
        w = doc.tokens[j]
        if w.text.lower() in ("who", "which", "where") and doc.tokens[j - 1].text == ",":
            return True
        if w.pos not in ("NOUN", "PROPN", "ADJ", "NUM", "DET", "ADV") and w.text.lower() not in ("than", "at", "least"):
            return False
    return False


def _agentless_nominal(doc: AnnotatedDocument, t: Token, last: Token, targets: list[str]) -> bool:
    """An event noun with its patient that is its clause's subject: "The detention of three
    reporters drew criticism", "The assassination of the opposition leader sparked riots" -- the
    nominal counterpart of an agentless passive; as the object of another verb ("condemned the
    killing of ...") it stays part of that verb's event."""
    if last.pos != "NOUN":
        return False
    if not targets:
        # "An attack on a police checkpoint left two officers dead": the casualties stand for its patient
        return casualty_subject(doc, last)
    if doc.has_parse:
        return last.dep in ("nsubj", "nsubj:pass")
    sent = doc.sentences[t.sent]
    before = doc.tokens[sent.token_start : t.i]
    nxt = doc.tokens[last.i + 1] if last.i + 1 < sent.token_end else None
    return len(before) <= 2 and all(w.pos in ("DET", "ADJ") for w in before) and nxt is not None and nxt.text.lower() == "of"


def _weapon_subject(doc: AnnotatedDocument, t: Token, weapons: frozenset[str] | None = None) -> bool:
    """The attack's subject is a weapon (``weapons``, by default class ``weapon`` of
    ``sense_words.tsv``): the verb's subject, or for a participle (", killing five officers") its
    clause's; without a parse the noun right before the verb, or for a participle after a comma the
    sentence's opening noun phrase before its verb."""
    default = weapons is None
    if weapons is None:
        weapons = event_words("weapon")
    if doc.has_parse:
        verb = t
        for _ in range(3):
            subj = [c for c in doc.children(verb.i) if c.dep in ("nsubj", "nsubj:pass")]
            if subj:
                mods = {c.lemma.lower() for c in doc.children(subj[0].i) if c.dep in ("compound", "amod")}
                if default and weapon_fire(doc, subj[0]):
                    return True  # "Artillery fire killed four civilians" (weapon_fire)
                return _is_weapon(subj[0], weapons) and not mods & illness_words()  # "a heart attack killed him"
            if verb.head is None or verb.dep not in ("advcl", "xcomp", "conj", "acl"):
                return False
            verb = doc.tokens[verb.head]
        return False
    if t.pos != "VERB":
        return False
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k >= sent.token_start and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
        k -= 1  # "A rocket has reportedly hit"
    if default and k >= sent.token_start:
        # "Mortar fire wounded", "Rocket fire from across the border injured" (weapon_fire)
        fire = from_phrase_head(doc, k) if doc.tokens[k].pos in ("NOUN", "PROPN") else None
        if any(f is not None and weapon_fire(doc, doc.tokens[f]) for f in (k, fire)):
            return True
    if k >= sent.token_start and doc.tokens[k].pos == "NOUN":
        ill = k > sent.token_start and doc.tokens[k - 1].text.lower() in illness_words()  # "A heart attack killed"
        return _is_weapon(doc.tokens[k], weapons) and not ill
    if k >= sent.token_start and doc.tokens[k].text == "," and t.text.lower().endswith("ing"):
        # ", killing five officers": the weapon that opens the sentence, right before its verb
        return any(
            _is_weapon(doc.tokens[j], weapons) and doc.tokens[j + 1].pos == "VERB"
            for j in range(sent.token_start, min(k, sent.token_start + 4))
        )
    return False


def _weapon_by_phrase(doc: AnnotatedDocument, t: Token) -> bool:
    """A passive whose by-phrase names a weapon, not an actor ("Two civilians were killed by a
    roadside bomb"): PLOVER codes the attack with an unidentified actor (manual, sector code UNK:
    "two civilians were killed by a bomb")."""
    if t.pos != "VERB":
        return False
    sent = doc.sentences[t.sent]
    if doc.has_parse:
        return any(c.dep == "obl:agent" and _is_weapon(c, event_words("weapon")) for c in doc.children(t.i))
    for k in range(t.i + 1, min(sent.token_end, t.i + 3)):
        if doc.tokens[k].text.lower() == "by":
            j = k + 1
            while j < sent.token_end and doc.tokens[j].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
                j += 1  # the by-phrase's noun phrase; its head is its last noun
            return j - 1 > k and _is_weapon(doc.tokens[j - 1], event_words("weapon"))
    return False


def _armed_attack_noun(doc: AnnotatedDocument, t: Token, last: Token) -> bool:
    """An attack noun that names its weapon ("An air strike on a house killed a family of six",
    "A drone attack hit a fuel convoy") as its clause's subject: its attacker is unnamed, as with
    a weapon, and the weapon word rules out the noun's other senses ("her late strike"). The
    same noun as the object of another verb ("condemned the drone attack") stays that verb's."""
    if t.pos != "NOUN" or last.lemma.lower() not in event_words("attack-noun"):
        return False
    sent = doc.sentences[t.sent]
    start = max(sent.token_start, t.i - 2)  # "an artillery attack": the trigger may be the noun alone
    if not _armed(doc.tokens[start : last.i]):
        return False
    if doc.has_parse:
        verb = doc.tokens[last.head] if last.head is not None else None
        return last.dep in ("nsubj", "nsubj:pass") and not (verb is not None and verb.lemma.lower() in event_words("kill-verb"))
    before = doc.tokens[sent.token_start : t.i]
    after = doc.tokens[last.i + 1 : min(sent.token_end, last.i + 3)]
    kill_verbs = event_words("kill-verb")
    kills = any(w.lemma.lower() in kill_verbs or w.text.lower().rstrip("s") in ("kill", "wound", "injure") for w in after)
    # the sentence opens with the attack's noun phrase: "A drone attack hit", "An artillery attack hit"
    return len(before) <= 3 and all(w.pos in ("DET", "ADJ", "NOUN", "PROPN") for w in before) and not kills


def _armed(words: list[Token]) -> bool:
    """One of the words names a weapon or an armed means ("air", "drone", "missile")."""
    weapons, means = event_words("weapon"), event_words("armed-means")
    return any(_is_weapon(w, weapons) or w.text.lower() in means for w in words)


def _armed_attack_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """A killing verb whose subject is an armed attack noun ("An air strike on a house killed a
    family of six"): the attack is coded with its attacker unnamed even when the victims are no
    actor (with only "strike" or "attack", the victims must be named: ``attack-noun``)."""
    if t.pos != "VERB" or t.lemma.lower() not in event_words("kill-verb"):
        return False
    if doc.has_parse:
        subj = [c for c in doc.children(t.i) if c.dep in ("nsubj", "nsubj:pass")]
        if not subj or subj[0].lemma.lower() not in event_words("attack-noun"):
            return False
        return _armed([c for c in doc.children(subj[0].i) if c.dep in ("compound", "amod", "nmod")])
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos in ("AUX", "ADV"):
        k -= 1
    # "An air strike killed": the attack noun right before the verb, its means before it
    return doc.tokens[k].lemma.lower() in event_words("attack-noun") and k > sent.token_start and _armed(doc.tokens[max(sent.token_start, k - 2) : k])


def _accidental_cause(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A casualty passive whose when-clause names a cause that is neither a weapon nor anyone who
    can act ("At least 14 people were killed when a bus plunged into a ravine"): an accident, no
    attack. "were killed when a car bomb tore through a market", "when gunmen opened fire" keep
    their attack."""
    sent = doc.sentences[t.sent]
    k = next((k for k in range(t.i + 1, min(sent.token_end, t.i + 6)) if doc.tokens[k].text.lower() == "when"), None)
    if k is None:
        return False
    j = k + 1
    while j < sent.token_end and doc.tokens[j].pos not in ("VERB", "AUX") and j < k + 7:
        j += 1
    nouns = [w for w in doc.tokens[k + 1 : j] if w.pos in ("NOUN", "PROPN")]
    if not nouns or j >= sent.token_end or doc.tokens[j].pos not in ("VERB", "AUX"):
        return False  # "when they ...": no cause named
    weapons, attacks = event_words("weapon"), event_words("attack-noun")
    if any(_is_weapon(w, weapons) or w.lemma.lower() in attacks for w in nouns):
        return False
    return not any(_can_act(draft, a) for _s, _e, a in draft.mentions_between(doc.tokens[k + 1].start, doc.tokens[j - 1].end))


def _is_weapon(w: Token, weapons: frozenset[str]) -> bool:
    """The word names a weapon by its lemma, or by its plain form when a tagger kept a capitalised
    plural as a name ("Rockets slammed into ...": lemma "Rockets")."""
    low = w.text.lower()
    return w.lemma.lower() in weapons or low in weapons or (low.endswith("s") and low[:-1] in weapons)


def _pair_subject(doc: AnnotatedDocument, draft: Draft, t: Token, agent: str) -> bool:
    """The agent is named as a pair before the trigger ("the two countries resumed trade", "both
    governments"): a mutual act whose two parties are the one plural actor (PLOVER COOPERATE:
    "mutual material cooperation"), which needs no other recipient."""
    sent = doc.sentences[t.sent]
    for s, _e, a in draft.mentions_between(doc.tokens[sent.token_start].start, t.start):
        if a != agent:
            continue
        k = next((w.i for w in doc.tokens[sent.token_start : t.i] if w.start == s), None)
        if k is None:
            continue
        words = [w.text.lower() for w in doc.tokens[max(sent.token_start, k - 2) : min(t.i, k + 3)]]
        if ("two" in words or "both" in words) and doc.tokens[t.i - 1].pos != "NUM":
            actor = draft.actor_fields(agent)
            # states named by a plural noun ("the two countries") or a coded official body
            return actor is not None and (_political(draft, agent) or actor.name.lower() in event_words("state-plural"))
    return False


def _joint(doc: AnnotatedDocument, t: Token, last: Token) -> bool:
    """A word making the act mutual ("joint", "coordinated", "together"; ``event_cues.tsv`` class
    ``joint``) in the trigger, just before it or in its object: PLOVER's reciprocal actors."""
    sent = doc.sentences[t.sent]
    joint = words_of("joint")
    lo = max(sent.token_start, t.i - 3)
    for k in range(lo, sent.token_end):
        w = doc.tokens[k]
        if w.text.lower() in joint:
            return True
        if k > last.i and (w.pos in ("VERB", "PUNCT", "ADP") or k > last.i + 3):
            return False  # the object's noun phrase ends
    return False


def _state(draft: Draft, actor_id: str) -> bool:
    """A country, a capital standing for its government ("Ottawa imposed"), or a body whose code
    names a state's or an armed sector (``_OFFICIAL``)."""
    actor = draft.actor_fields(actor_id)
    if actor is None:
        return False
    if actor.kind == "location":
        return is_capital(actor)
    return actor.kind == "country" or any(c in (actor.code or "") for c in _OFFICIAL)


def _aid_destination(doc: AnnotatedDocument, t: Token, last: Token) -> bool:
    """A "to" phrase after the aid trigger, in its clause, whose head is a noun (a place or people,
    "to the besieged town", "to thousands of stranded travellers"), not an infinitive ("to help")."""
    sent = doc.sentences[t.sent]
    if doc.has_parse and t.pos == "VERB":
        # the parse's to-phrase of the verb, or of a verb the parser split off its object list
        # ("sent 500 sleeping bags and hygiene kits to displaced families": "hygiene" read as a verb)
        verbs = [t] + [c for c in doc.children(t.i) if c.dep == "conj" and c.pos == "VERB" and not any(g.dep.startswith("nsubj") for g in doc.children(c.i))]
        for v in verbs:
            for c in doc.children(v.i):
                if c.dep in ("obl", "obl:arg") and c.pos in ("NOUN", "PROPN") and any(g.dep == "case" and g.text.lower() == "to" for g in doc.children(c.i)):
                    return True
    end = min(sent.token_end, last.i + 14)
    for k in range(last.i + 1, end):
        w = doc.tokens[k]
        if w.text in (";", ":") or (w.pos == "VERB" and not w.text.lower().endswith(("ed", "ing")) and k > last.i + 1):
            return False  # the next clause
        if w.text.lower() != "to":
            continue
        for j in range(k + 1, min(sent.token_end, k + 6)):
            n = doc.tokens[j]
            if n.pos in ("NOUN", "PROPN"):
                return True
            if n.pos not in ("DET", "ADJ", "NUM", "PRON") and n.text.lower() not in POSSESSIVES and not n.text.lower().endswith("ed"):
                return False  # "to help", "to be"
        return False
    return False


def _named_as_noun(doc: AnnotatedDocument, draft: Draft, t: Token, actor_id: str) -> bool:
    """The actor is named in the trigger's sentence by a noun, not only by a nationality adjective
    ("The British utility extended its tariff": a British company, not the United Kingdom)."""
    sent = doc.sentences[t.sent]
    lo, hi = doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end
    for ms, me, a in draft.mentions_between(lo, hi):
        if a == actor_id:
            hit = gazetteer().get(tuple(doc.text[ms:me].split()))
            if hit is None or hit[0] != "demonym":
                return True
    return False


def _political(draft: Draft, actor_id: str) -> bool:
    """A state, an organisation or an armed or official body -- not "people" working together."""
    actor = draft.actor_fields(actor_id)
    if actor is None:
        return False
    return actor.kind in ("country", "organization") or any(c in (actor.code or "") for c in _OFFICIAL)


#: CAMEO sector codes of states' and armed bodies (agents.tsv): their joint acts are PLOVER's.
_OFFICIAL = ("GOV", "MIL", "COP", "SPY", "JUD", "LEG", "IGO", "REB", "UAF", "INS")


def _partners(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> list[str]:
    """Actors named inside the actor phrase of the trigger's clause ("Indonesian and Australian
    coast guards", "Police in Spain and Portugal"): with a parse the subject's subtree (of the light
    verb for a noun trigger), without one the words from the sentence start to the trigger when no
    verb stands between."""
    from ..roles import agent_token
    from ..tree import subtree_bounds

    sent = doc.sentences[t.sent]
    if doc.has_parse:
        verb = t
        if t.pos != "VERB" and last.head is not None and doc.tokens[last.head].pos == "VERB":
            verb = doc.tokens[last.head]  # the light verb of a noun trigger ("began joint military drills")
        head = agent_token(doc, verb)
        if head is None:
            return []
        lo, hi = subtree_bounds(doc, head.i)
        lo_tok, hi_tok = doc.tokens[lo], doc.tokens[hi]
        if not any(doc.tokens[k].pos == "CCONJ" or doc.tokens[k].text == "," for k in range(lo, hi + 1)):
            return []  # one actor, not "X and Y"
    else:
        k = t.i  # the trigger verb, or the (light) verb before a noun trigger
        while k > sent.token_start and doc.tokens[k].pos != "VERB":
            k -= 1
        if k <= sent.token_start or any(doc.tokens[j].pos == "VERB" for j in range(sent.token_start, k)):
            return []
        if not any(doc.tokens[j].pos == "CCONJ" or doc.tokens[j].text == "," for j in range(sent.token_start, k)):
            return []  # one actor, not "X and Y"
        lo_tok, hi_tok = doc.tokens[sent.token_start], doc.tokens[k - 1]
    out: list[str] = []
    for _s, _e, a in draft.mentions_between(lo_tok.start, hi_tok.end):
        actor = draft.actor_fields(a)
        if a not in out and actor is not None and actor.kind in ("country", "organization", "group"):
            out.append(a)
    return out


def _in_condition(doc: AnnotatedDocument, t: Token) -> bool:
    sent = doc.sentences[t.sent]
    return any(doc.tokens[k].text.lower() in ("if", "unless", "whether") for k in range(sent.token_start, t.i))


_FUTURE_AUX = {"will", "shall", "'ll", "’ll"}


def _future(doc: AnnotatedDocument, t: Token) -> bool:
    """Future tense, a headline's "X to do Y", or a stated plan ("will provide", "plans to send");
    "would" stays conditional."""
    if doc.has_parse:
        if any(c.dep == "aux" and c.text.lower() in _FUTURE_AUX for c in doc.children(t.i)):
            return True
        noun = doc.tokens[t.head] if t.dep in ("amod", "compound") and t.head is not None else t
        if noun.pos == "NOUN" and noun.dep in ("dobj", "obj") and noun.head is not None and any(
            c.dep == "aux" and c.text.lower() in _FUTURE_AUX for c in doc.children(noun.head)
        ):
            return True  # "will hold joint drills": the tense is on the verb that governs the event noun
    else:
        sent = doc.sentences[t.sent]
        if any(doc.tokens[k].text.lower() in _FUTURE_AUX for k in range(max(sent.token_start, t.i - 3), t.i)):
            return True
        if any(
            doc.tokens[k].text.lower() in event_words("plan-word") and doc.tokens[k + 1].text.lower() == "to"
            for k in range(max(sent.token_start, t.i - 4), t.i - 1)
        ):
            return True  # "is willing to hold talks": without a parse, the word of readiness before it
    if scheduled(doc, t):
        return True  # "Malaysia is to cooperate with Singapore": a scheduled act (scheduled_acts)
    gov = governor(doc, t)
    if headline_future(doc, t) or (t.pos != "VERB" and t.head is not None and headline_future(doc, doc.tokens[t.head])):
        return True  # "Japan to Send Aid to Turkey", "Serbia, Kosovo to Sign Deal": a headline's future
    if going_to(doc, t):
        return True  # "the city is going to back the plan": the future with "going to" (e78, stop 45)
    return gov is not None and gov.lemma.lower() in event_words("plan-word")


def _mention_people_phrases(doc: AnnotatedDocument, draft: Draft, t: Token, participants: list[str]) -> None:
    """A participant named in this sentence only as the modifier of a noun for people ("his Chinese
    counterpart", "Customs officers", "Houthi rebels") is mentioned by the whole phrase: the people
    of that actor the event involves (roles.mention_phrase)."""
    sent = doc.sentences[t.sent]
    lo, hi = doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end
    for start, end, actor_id in draft.mentions_between(lo, hi):
        if actor_id not in participants:
            continue
        if not doc.has_parse:
            _mention_people_after(doc, draft, actor_id, start, end, sent.token_end)
            continue
        m = doc.token_at(start)
        if m is None or m.head is None or m.dep not in ("amod", "compound", "nmod:poss"):
            continue
        head = doc.tokens[m.head]
        if head.i > m.i and draft.actor_at(head.start, head.end) is None and names_people(head):
            mention_phrase(doc, draft, actor_id, head)


def _mention_people_after(doc: AnnotatedDocument, draft: Draft, actor_id: str, start: int, end: int, sent_end: int) -> None:
    """Without a parse: the noun run right after a mention ("Chinese | counterpart", "Saudi | crown
    prince"), when it ends in a noun for people no actor has, extends the mention to it."""
    last = doc.token_at(end - 1)
    if last is None:
        return
    head = None
    for k in range(last.i + 1, min(sent_end, last.i + 4)):
        w = doc.tokens[k]
        if w.pos != "NOUN":
            break
        head = w
    if head is None or draft.actor_at(head.start, head.end) is not None or not names_people(head):
        return
    if not any(s == start and e == head.end and a == actor_id for s, e, a in draft.mentions_between(start, head.end)):
        draft.add_mention(actor_id, start, head.end)


def _reciprocal_recipient(doc: AnnotatedDocument, draft: Draft, t: Token, agents: list[str]) -> tuple[list[str], list[str]]:
    """Agents and recipient of a cooperation its partners carry out together ("Norway and Sweden
    shared intelligence"): PLOVER requires COOPERATE to have a recipient, so the partner named last
    receives it and the others act.
    A common noun that heads the partners ("French and Belgian investigators", "US and South Korean
    forces") stays an actor; the recipient is a partner named by a proper noun or a country's
    adjective, and there must be two such."""
    sent_start = doc.tokens[doc.sentences[t.sent].token_start].start
    first: dict[str, tuple[int, int]] = {}
    for start, end, actor_id in draft.mentions_between(sent_start, doc.tokens[t.i].start):
        first.setdefault(actor_id, (start, end))

    def named(a: str) -> bool:
        fields = draft.actor_fields(a)
        if fields is not None and fields.kind == "country":
            return True
        head = doc.token_at(first[a][1] - 1) if a in first else None
        return head is not None and head.pos == "PROPN"

    partners = [a for a in agents if named(a)]
    if len(partners) < 2:
        return agents, []
    recipient = max(partners, key=lambda a: (first.get(a, (t.start, 0))[0], partners.index(a)))
    return [a for a in agents if a != recipient], [recipient]


def _vowed(doc: AnnotatedDocument, t: Token) -> bool:
    """The trigger is what its subject vows, pledges or promises to do ("truckers vowed to block the
    highways"): the promise is the agent's own, whoever reports it ("..., their association said")."""
    gov = governor(doc, t)
    if gov is not None:
        return gov.lemma.lower() in event_words("promise-verb")
    return doc.has_parse and _vowed_before(doc, t)


def _vowed_before(doc: AnnotatedDocument, t: Token) -> bool:
    """Read on the words when the parse hangs the infinitive elsewhere ("Rebels vowed on Sunday to
    free the hostages" as an adverbial clause; a headline's "Vow to Free"): "to" before the
    trigger and, past a day ("on Sunday"), a ``promise-verb`` (stop 39, e46)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i - 1
    if k <= sent.token_start or lows[k] != "to":
        return False
    k -= 1
    if k - 1 > sent.token_start and lows[k] in weekdays() and lows[k - 1] == "on":
        k -= 2
    return doc.tokens[k].lemma.lower() in event_words("promise-verb") or lows[k].rstrip("sd") in event_words("promise-verb")


def _said_by(draft: Draft, statement: str | None, agents: list[str]) -> bool:
    """The event is reported in a statement whose speaker is one of its agents."""
    if statement is None:
        return False
    st = next((x for x in draft.statements if x.id == statement), None)
    return st is not None and st.speaker is not None and st.speaker in agents
