"""Agents and targets of an event read off the dependency parse.

Verb triggers: the agent is the verb's agent (:mod:`..roles`), targets the
actors in its objects and in its on/against/to phrases.  Noun triggers:
modifiers are agents ("U.S. and Israeli strikes"), on/against phrases
targets ("strikes on the Islamic Republic").
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..roles import _PRONOUN_KINDS, actor_of, actors_in, agent_actor, agent_token, is_passive, kids, kin_nouns, object_tokens, participle_on_noun
from ..nominals import nominal_actor, nominal_kind
from ..generic_agents import is_generic
from ..tree import subtree_bounds
from ..role_people import is_person_lemma
from .loyal_parties import LOYALTY_VERBS
from .triggers import _passive_pairs, match_trigger, passive_object, words_of, yields_to_passive_verb
from .triggers import triggers as trigger_table
from .opening_talks import opening_phrase_holder, opening_phrase_partners
from .jibes import jibe_light
from .apposed_relatives import apposed_person, relative_clause_noun
from .topic_phrases import owners_of_thing
from .weapon_fire import fire_party
from .endorsed_parties import of_names_supported
from .venue_phrases import parsed_venue

TARGET_PREPS = {"on", "against", "of", "with", "to", "at", "into"}
#: Categories whose "between"-phrase lists the parties as actors ("talks between X and Y"); a
#: "battle between two candidates" is mostly a figure of speech.
RECIPROCAL = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"}
#: Categories whose event nouns take their patient in an of-phrase ("arrest of", "killing of").
_PATIENT_OF = {"COERCE", "ASSAULT", "RETREAT", "SANCTION", "CONCEDE"}
#: Categories whose event nouns name the giver in a from-phrase ("aid from Japan", "a loan from the IMF").
_GIVEN_FROM = {"AID"}
#: RETREAT modes whose of-phrase is who retreats ("the withdrawal of troops", "the resignation of the minister").
_SELF_RETREAT = {"withdraw", "resign", "disarm"}


def parse_roles(
    doc: AnnotatedDocument, draft: Draft, t: Token, last: Token | None = None, category: str | None = None
) -> tuple[list[str], list[str]]:
    """``last``: the trigger's last token, when a verb trigger reaches into its object ("imposed
    fresh sanctions"): that object is part of the event, so the actors in it (its on/with/to
    phrases: "sanctions on Belarus", "cooperation with France") are targets. ``category``: the
    event's PLOVER category (a REQUEST is made of the actor in its from-phrase)."""
    if t.pos == "NOUN" or _subject_gerund(doc, t):
        agents, targets = _nominal_roles(doc, draft, t, category)
        frame = _measure_frame(doc, t)
        if agents and category == "MOBILIZE" and _of_phrase_only(doc, draft, t, agents):
            # "the government ordered a partial mobilisation of reservists": the forces in the
            # of-phrase are what is mobilised; whoever orders or carries it out mobilises them
            agents = _light_verb_agent(doc, draft, t, category) or agents
        if not agents:
            agents = _light_verb_agent(doc, draft, t, category) or _copula_subject(doc, draft, t) or _measure_agent(doc, draft, frame)
        if not agents:
            agents = opening_phrase_holder(doc, draft, t, category)  # "Emerging from a meeting with X, Y said" (opening_talks)
            if agents:
                targets = [a for a in opening_phrase_partners(doc, draft, t) if a not in agents]
        if not targets:
            targets = _held_under(doc, draft, t) or _measure_targets(doc, draft, frame, agents)
        if agents:
            targets += [a for a in _light_verb_targets(doc, draft, t) if a not in targets and a not in agents]
        if category in words_of("noun-from"):
            source, receiver = _receipt(doc, draft, t, category)
            agents = agents or source
            if agents:
                targets += [a for a in receiver if a not in targets and a not in agents]
            if not agents:
                agents = _from_source(doc, draft, t)  # "ignored the criticism from Senator Ruiz"
                targets = [a for a in targets if a not in agents]
        if not targets and (category or (match_trigger(doc, t) or (0, None, None))[1]) == "REQUEST":
            # "renewed its calls for the cabinet to resign": the noun of request names whom it asks
            # in its for-to clause or that-clause, as the verb does (issue 14 batch 125, e71)
            targets = [a for a in _addressee_in_complement(doc, draft, t) if a not in agents]
        return agents, targets
    agent = agent_actor(doc, draft, t)
    ante = relative_clause_noun(doc, t) if agent is not None and not is_passive(doc, t) else None
    if ante is not None and agent == draft.actor_at(ante.start, ante.end):
        # "Tom Vance, a Utah Republican who has met ...": the apposition renames Vance (apposed_relatives)
        agent = apposed_person(doc, draft, ante) or agent
    if agent is None and not is_passive(doc, t):
        agent = _misparsed_subject(doc, draft, t)
    if agent is None and is_passive(doc, t):
        # "was granted asylum by Sweden" with the by-phrase parsed as a plain oblique
        by = [c for c in kids(doc, t.i, ("obl",)) if _case(doc, c) == "by"]
        agent = actor_of(doc, draft, by[0], nominal=False) if by else None
    if agent is None and not is_passive(doc, t):
        agent = _owner_of_subject(doc, draft, t) or fire_party(doc, draft, t) or _named_before(doc, draft, t)
    elif agent is not None and not is_passive(doc, t):
        # "Israel's military said its aircraft had struck": the reporter owns the armed agent
        subj = agent_token(doc, t)
        if subj is not None and subj.pos == "NOUN" and draft.actor_at(subj.start, subj.end) == agent:
            agent = _owner_of_subject(doc, draft, t) or agent
    if agent is None and participle_on_noun(doc, t) and t.head is not None:
        noun = doc.tokens[t.head]
        if noun.pos == "NOUN" and (match_trigger(doc, noun) or any((pair, "VERB") in trigger_table() for pair in _passive_pairs(doc, t, noun))):
            # "the deal between Serbia and Kosovo, reached after weeks of talks": the participle's
            # noun is the event's own noun, whose phrases name its parties (batch 52)
            agent = next(iter(_nominal_roles(doc, draft, noun, category)[0]), None)
    agents = [agent] if agent else []
    head = agent_token(doc, t)
    if agent and head is not None:
        # "Norway and Sweden shared intelligence": every conjoined subject is an actor (PLOVER actor lists)
        for c in doc.children(head.i):
            if c.dep == "conj" or c.dep == "nmod" and _with_partner(doc, c):
                # ("Indonesian police, together with Australian agents, arrested": a partner in
                # the subject phrase acts too -- PLOVER's compound actors; issue 14 batch 19)
                a = actor_of(doc, draft, c)
                if a and a not in agents:
                    agents.append(a)
    targets = []
    objects = object_tokens(doc, t) or _shared_object(doc, t)
    if category == "AID" and any(o.dep == "iobj" for o in objects):
        # "Japan gave Indonesia two coast guard vessels": the first object receives, the second is
        # what is given, no recipient (lead at stop 38, batch 86)
        objects = [o for o in objects if o.dep == "iobj"]
    if last is not None and last.i != t.i and last.pos == "NOUN" and not any(o.i == last.i for o in objects):
        # "The prime minister extended congratulations to the opposition leader" with the verb
        # parsed as the noun's modifier: the trigger noun's own to/with/on-phrases name its targets
        for c in doc.children(last.i):
            if c.dep in ("nmod", "obl") and _case(doc, c) in TARGET_PREPS - {"of"}:
                targets += _actors_under(doc, draft, c)
    for o in objects:
        if last is not None and o.i == last.i:
            targets += _actors_under(doc, draft, o)  # the trigger's own object noun
        else:
            targets += _object_actors(doc, draft, o)
        targets += _name_after_object(doc, draft, t, o)
    if t.head is not None and not kids(doc, t.i, ("obj",)) and (participle_on_noun(doc, t) and (not agents or _by_phrase_agent(doc, t)) or _pressed_aside(doc, t)):
        # "the detainees released on Friday": its patient; so with its doer in a by-phrase ("the
        # governor, pressed by reporters to name a running mate", issue 14 batch 61)
        targets += [a for a in _object_actors(doc, draft, doc.tokens[t.head]) if a not in agents]
    if is_passive(doc, t) and kids(doc, t.i, ("obj",)):
        # "The opposition leader was granted political asylum by Ecuador": the subject receives it
        for s in kids(doc, t.i, ("nsubj:pass",)):
            a = actor_of(doc, draft, s)
            targets += [a] if a else []
    subj = passive_object(doc, t)
    if subj is not None and yields_to_passive_verb(doc, subj):
        # "The loan from the World Bank to Kenya was approved", "Russia's sanctions were lifted":
        # the passive's subject is the event's object noun, and its own phrases name the parties
        # (the noun read as the verb's object gave its own doers as targets: they are the agents)
        of_agents, of_targets = _nominal_roles(doc, draft, subj)
        agents = agents or of_agents
        targets = [a for a in targets + of_targets if a not in agents]
    # a request is made of someone: "sought a loan from the IMF", "requested batteries from its allies"
    preps = TARGET_PREPS | {"from"} if category == "REQUEST" else TARGET_PREPS
    if last is not None and last.i == t.i + 1 and last.text.lower() == "after" and t.lemma.lower() in words_of("pursuit-verb"):
        # "went after the governor" (spoken_attacks.goes_after_someone) names its target in the
        # after-phrase (issue 14 batch 79); other prepositions of a trigger keep their readings
        # ("calls for a single-payer system": what is asked for, no target)
        preps = preps | {"after"}
    loyal_by = category == "SUPPORT" and t.lemma.lower() in LOYALTY_VERBS and t.i + 1 < len(doc.tokens) and doc.tokens[t.i + 1].text.lower() == "by"
    if loyal_by:
        # "the donors stood by the senator" (loyal_parties.stands_by_a_party): the by-phrase of
        # an active verb of loyalty names whom it supports, no passive's agent (a parser may
        # still label it obl:agent)
        preps = preps | {"by"}
    for c in _phrases_of(doc, t):
        if (c.dep in ("obl", "obl:arg", "nmod") or loyal_by and c.dep == "obl:agent") and _recipient_case(doc, c) in preps:
            if _recipient_case(doc, c) == "at" and parsed_venue(doc, draft, c):
                continue  # "at a Denver rally": where, not whom (venue_phrases, batch 136)
            a = actor_of(doc, draft, c, nominal=_case(doc, c) in ("on", "against"))
            targets += [a] if a else _actors_under(doc, draft, c)
    if category == "REQUEST" and not targets:
        targets = _addressee_in_complement(doc, draft, t)
    if category == "THREATEN" and not targets:
        # "threatened to cut off gas supplies to Moldova", "vowed to arrest any journalist who ...":
        # whom the threatened act would hit receives the threat
        for c in kids(doc, t.i, ("xcomp",)):
            if c.pos == "VERB":
                _a, act_targets = parse_roles(doc, draft, c)
                targets = [a for a in act_targets if a not in agents]
                break
    return agents, list(dict.fromkeys(targets))


def _shared_object(doc: AnnotatedDocument, t: Token) -> list[Token]:
    """The object of the verb joined right after ``t`` by "and", when ``t`` has none and the other
    verb no subject of its own: "Soldiers punched and kicked the detainees" -- both verbs act on
    the detainees (issue 14 batch 61)."""
    for c in doc.children(t.i):
        if c.dep == "conj" and c.pos == "VERB" and c.i > t.i and all(doc.tokens[k].text.lower() in ("and", ",", "or") for k in range(t.i + 1, c.i)):
            if any(g.dep in ("nsubj", "nsubj:pass") for g in doc.children(c.i)):
                return []
            return object_tokens(doc, c)
    return []


def _pressed_aside(doc: AnnotatedDocument, t: Token) -> bool:
    """A past participle between commas on the noun before it, with its doer in a by-phrase:
    "The governor, pressed by reporters to name a running mate, changed ..." (issue 14 batch 61)
    -- the noun is the one acted on. (Without a by-phrase the aside stays the caller's: "The
    film, shot in Kabul, portrays ...".)"""
    return t.dep == "acl" and t.tag == "VBN" and t.i > 0 and doc.tokens[t.i - 1].text == "," and t.head == t.i - 2 and _by_phrase_agent(doc, t)


def _by_phrase_agent(doc: AnnotatedDocument, t: Token) -> bool:
    """The participle names its doer in a by-phrase ("pressed *by reporters*")."""
    return any(c.dep in ("obl", "obl:agent", "nmod") and _case(doc, c) == "by" for c in doc.children(t.i))


def _addressee_in_complement(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """Whom a request names in what it asks for: the subject of its that-clause ("demanded that
    the electoral commission release the results") or the one whose act its for-phrase names
    ("called for the resignation of the interior minister", ``sense_words`` class ``asked-act``),
    or the subject of a "for ... to" clause ("called for the council to approve the budget", "its
    calls for the cabinet to resign": the parser hangs the infinitive on the request with "for" as
    its mark; a noun's clause may hang on the noun's verb, with its "for" right after the noun:
    "repeated their calls for the junta to free ..."; issue 14 batch 125, e71)."""
    hung = [c for c in doc.children(t.head) if c.i > t.i] if t.pos == "NOUN" and t.head is not None else []
    for c in [*doc.children(t.i), *hung]:
        own = c.head == t.i
        if c.dep in ("advcl", "acl", "ccomp", "xcomp") and c.i > t.i and any(
            m.dep == "mark" and m.text.lower() == "for" and (own or m.i == t.i + 1) for m in doc.children(c.i)
        ):
            for s in doc.children(c.i):
                if s.dep in ("nsubj", "nsubj:pass"):
                    a = actor_of(doc, draft, s)
                    return [a] if a else []
        if not own:
            continue  # the noun's verb's other clauses are the verb's
        if c.dep == "ccomp":
            for s in doc.children(c.i):
                if s.dep in ("nsubj", "nsubj:pass"):
                    a = actor_of(doc, draft, s)
                    return [a] if a else []
        if c.dep in ("obl", "obl:arg") and _case(doc, c) == "for" and c.lemma.lower() in words_of("asked-act"):
            for o in doc.children(c.i):
                if o.dep == "nmod" and _case(doc, o) == "of":
                    a = actor_of(doc, draft, o)
                    return [a] if a else []
    return []


def _named_before(doc: AnnotatedDocument, draft: Draft, t: Token) -> str | None:
    """"A spokesman for the Taliban said the group had released ...": a bare definite subject
    noun of the ``anaphor`` class (``event_cues.tsv``) names again the nearest organisation or
    group named before it in this or the previous sentence (not a generic one: "the ministry")."""
    subj = agent_token(doc, t)
    if subj is None or subj.pos != "NOUN" or subj.lemma.lower() not in words_of("anaphor"):
        return None
    mods = [c for c in doc.children(subj.i) if c.dep not in ("punct",)]
    if len(mods) != 1 or mods[0].dep != "det" or mods[0].text.lower() != "the":
        return None
    first = doc.sentences[max(0, subj.sent - 1)].start
    for _s, _e, a in draft.mentions_before(subj.start, limit=first):
        fields = draft.actor_fields(a)
        if fields is not None and fields.kind in ("organization", "group") and not is_generic(fields):
            return a
    return None


def _name_after_object(doc: AnnotatedDocument, draft: Draft, t: Token, o: Token) -> list[str]:
    """"met his German counterpart Annalena Baerbock": the small parser hangs the name that
    follows a role noun on the verb (``obl:npmod``) instead of apposing it to the object; the
    name right after the object's last word is the object's (issue 14 batch 16)."""
    _lo, hi = subtree_bounds(doc, o.i)
    out: list[str] = []
    for c in doc.children(t.i):
        if c.dep in ("obl:npmod", "npadvmod") and c.pos == "PROPN" and subtree_bounds(doc, c.i)[0] == hi + 1:
            a = draft.actor_at(c.start, c.end)
            out += [a] if a else []
    return out


def _owner_of_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> str | None:
    """A subject that is no actor but is owned by one: "Israel's military said its aircraft had
    struck ...", "the ministry's statement accused ..." -- the owner acts through it (as PLOVER
    codes the actor, not the weapon; issue 14 batch 16)."""
    subj = agent_token(doc, t)
    if subj is None or subj.pos != "NOUN":
        return None
    owner = next((c for c in doc.children(subj.i) if c.dep in ("nmod:poss", "poss")), None)
    if owner is None:
        return None
    kinds = _PRONOUN_KINDS.get(owner.text.lower()) if owner.pos == "PRON" else None
    own = draft.actor_at(subj.start, subj.end)
    if own and (kinds is None or t.dep != "ccomp"):
        return None  # a generic agent of its own ("its aircraft") gives way only to its reporter below
    if owner.text.lower() == "their":
        kinds = ("group",)  # "The rebels said their fighters ...", not "The army said their fighters ..."
    if kinds is not None and t.dep == "ccomp" and t.head is not None:
        # "The ministry said its forces had killed 30 militants": the reporter owns them
        reporter = agent_actor(doc, draft, doc.tokens[t.head])
        fields = draft.actor_fields(reporter) if reporter else None
        if fields is not None and fields.kind in kinds:
            return reporter
    if own:
        return None
    return actor_of(doc, draft, owner, nominal=False)


def _with_partner(doc: AnnotatedDocument, tok: Token) -> bool:
    """A phrase naming a partner of the noun it hangs on: "together with X", "along with X",
    "alongside X" (not a bare "with": "police with dogs", "the party with most votes")."""
    case = [c.text.lower() for c in doc.children(tok.i) if c.dep == "case"]
    if "alongside" in case or case[:2] == ["along", "with"]:
        return True
    return "with" in case and any(c.dep == "advmod" and c.text.lower() in ("together", "jointly") for c in doc.children(tok.i))


def _misparsed_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> str | None:
    """"Turkey massed troops along the border": the small parser reads a subject it takes for a
    noun modifier of the verb ("Turkey" obl:npmod). A verb with no subject whose only name before
    it, opening its clause, is such a modifier and an actor: that actor acts (issue 14 batch 8)."""
    if any(c.dep in ("nsubj", "nsubj:pass", "csubj") for c in doc.children(t.i)):
        return None
    # (or a compound of the verb: "Army Lifts Curfew In Capital", a title-case headline whose
    # subject and verb the parser read as one name; a compound modifies nouns only -- batch 52)
    before = [c for c in doc.children(t.i) if c.i < t.i and c.dep in ("obl:npmod", "npadvmod", "obl:tmod", "compound")]
    if len(before) != 1 or before[0].pos != "PROPN":
        return None
    lo, _hi = subtree_bounds(doc, before[0].i)
    if lo != doc.sentences[t.sent].token_start:
        return None
    return actor_of(doc, draft, before[0])


def _armed(draft: Draft, actor_id: str) -> bool:
    """A state or an actor whose CAMEO sector code is an armed one (military, rebels, police ...)."""
    actor = draft.actor_fields(actor_id)
    if actor is None:
        return False
    return actor.kind == "country" or any(c in (actor.code or "") for c in ("MIL", "REB", "UAF", "COP", "INS", "IMG", "SPY"))


def _armed_plural_side(draft: Draft, sides: list[str], words: list[Token]) -> list[str]:
    """One armed party named by a plural noun in a between-phrase ("fighting between rival
    militias", "skirmishes between border guards of the two countries"): its members fight each
    other, so that one actor is both sides (stop 37). ``words``: the phrase's tokens; a plural is a
    noun whose lemma is not its own lower case. Another actor may only be the party's owner, in an
    of-phrase after it ("of the two countries"); "clashes between police and protesters" names two
    parties, one unarmed, and gives none."""
    armed = [a for a in sides if _armed(draft, a)]
    if len(armed) != 1:
        return []
    head = next((h for h in words if h.pos == "NOUN" and h.lemma.lower() != h.text.lower() and draft.actor_at(h.start, h.end) == armed[0]), None)
    if head is None:
        return []
    of = next((w.i for w in words if w.i > head.i and w.text.lower() == "of"), None)
    for other in sides:
        if other != armed[0] and (of is None or not any(w.i > of and draft.actor_at(w.start, w.end) == other for w in words)):
            return []
    return armed


def _case(doc: AnnotatedDocument, tok: Token) -> str:
    return next((c.text.lower() for c in doc.children(tok.i) if c.dep == "case"), "")


#: Particles the small parser reads as a first case word of the phrase after them ("handed the
#: pilot *over to* Russia", "handed the sailors *back to* Britain").
_PARTICLE_CASES = frozenset({"over", "back"})


def _phrases_of(doc: AnnotatedDocument, t: Token) -> list[Token]:
    """The verb's dependents, and those the parser hung on its particle ("handed the sailors *back*
    to Britain": "to Britain" under "back"; issue 14 batch 56)."""
    out = []
    for c in doc.children(t.i):
        out.append(c)
        if c.dep in ("advmod", "compound:prt") and c.i > t.i and c.text.lower() in _PARTICLE_CASES:
            out += [g for g in doc.children(c.i) if g.dep in ("obl", "nmod")]
    return out


def _recipient_case(doc: AnnotatedDocument, tok: Token) -> str:
    """The preposition of a verb's phrase, past a phrasal verb's particle the parser hung on it as
    a case word ("over to Russia": "to"; issue 14 batch 56)."""
    cases = [c.text.lower() for c in doc.children(tok.i) if c.dep == "case"]
    if len(cases) > 1 and cases[0] in _PARTICLE_CASES:
        return cases[1]
    return cases[0] if cases else ""


def _actors_under(doc: AnnotatedDocument, draft: Draft, tok: Token, *, clauses: bool = True) -> list[str]:
    """The actors mentioned in the phrase ``tok`` heads; without ``clauses``, not in a relative
    clause after it ("the general who led the army": the army is no part of who was arrested;
    issue 14 batch 56)."""
    if (
        tok.pos == "NOUN"
        and tok.lemma.lower() in kin_nouns()
        and draft.actor_at(tok.start, tok.end) is None
        and not any(c.dep in ("appos", "conj") for c in doc.children(tok.i))  # "his wife, Heidi, and his father"
    ):
        kin = actor_of(doc, draft, tok)
        if kin is not None:
            return [kin]  # "met the widow of a slain reporter": the widow, not the reporter (lead, stop 36)
    lo, hi = subtree_bounds(doc, tok.i)
    if not clauses:
        rel = [c for c in doc.children(tok.i) if c.dep in ("acl:relcl", "relcl") and c.i > tok.i]
        if rel:
            hi = subtree_bounds(doc, rel[0].i)[0] - 1
    return _owned_kin(doc, draft, lo, hi, actors_in(doc, draft, lo, hi))


def _owned_kin(doc: AnnotatedDocument, draft: Draft, lo: int, hi: int, found: list[str]) -> list[str]:
    """``found`` with the possessor of a kin noun inside ``lo``..``hi`` replaced by the kin: in
    "held talks with the senator's brother" the brother is met, not the senator (the owner only
    says whose kin; helper e94 at stop 48)."""
    out = list(found)
    for k in range(lo, hi + 1):
        w = doc.tokens[k]
        if w.pos != "NOUN" or w.lemma.lower() not in kin_nouns() or draft.actor_at(w.start, w.end) is not None:
            continue
        poss = [c for c in doc.children(k) if c.dep == "nmod:poss"]
        if not poss:
            continue
        owners = set(actors_in(doc, draft, *subtree_bounds(doc, poss[0].i)))
        if not owners & set(out):
            continue
        kin = actor_of(doc, draft, w)
        if kin is not None:
            out = [kin if a in owners else a for a in out]
            out = [a for n, a in enumerate(out) if a not in out[:n]]
    return out


#: Prepositions of a place phrase inside a party phrase ("negotiations among diplomats *in Paris*").
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across"})


def _parties_under(doc: AnnotatedDocument, draft: Draft, tok: Token) -> list[str]:
    """The actors of a between/among-phrase, less those of a place phrase inside it: in
    "negotiations among diplomats in Paris" the diplomats take part, Paris is where (PLOVER's
    actors are parties, the place is the event's location; issue 14 batch 52)."""
    lo, hi = subtree_bounds(doc, tok.i)
    out = actors_in(doc, draft, lo, hi)
    for k in range(lo, hi + 1):
        w = doc.tokens[k]
        if w.dep in ("nmod", "obl") and k != tok.i and _case(doc, w) in _PLACE_PREPS:
            plo, phi = subtree_bounds(doc, k)
            placed = actors_in(doc, draft, plo, phi)
            out = [a for a in out if a not in placed or not _is_place(draft, a)]
    return out


def _is_place(draft: Draft, actor_id: str) -> bool:
    """A city, region or country: in a place phrase inside a party phrase it is where the talks
    are ("talks between unions and employers across Belgium"), as the surface reading has it."""
    fields = draft.actor_fields(actor_id)
    return fields is not None and fields.kind in ("location", "country")


def _object_actors(doc: AnnotatedDocument, draft: Draft, o: Token) -> list[str]:
    """Actors an object refers to; for an event noun ("condemning U.S. strikes") its agents."""
    if o.pos == "NOUN" and match_trigger(doc, o):
        agents, _targets = _nominal_roles(doc, draft, o)
        if agents:
            return agents
        a = _nominal_possessor(doc, draft, o)  # "rejected the candidate's appeal": the appellant
        return [a] if a else []
    a = draft.actor_at(o.start, o.end)
    if a:
        out = [a]
        for c in doc.children(o.i):
            if c.dep == "conj":
                out += _object_actors(doc, draft, c)
        return out
    owners = owners_of_thing(doc, draft, o)
    if owners:
        return owners  # "mocked the governor's stance on Cuba": the owner, not the topic (topic_phrases)
    under = _actors_under(doc, draft, o, clauses=False)
    if under:
        return under
    # a role or group noun the lexicons know ("Prisoners were pardoned", "sentenced the activist")
    a = actor_of(doc, draft, o)
    if a is None:
        a = _nominal_possessor(doc, draft, o)
    return [a] if a else []


def _subject_gerund(doc: AnnotatedDocument, t: Token) -> bool:
    """A gerund the parser tagged a verb that is itself a clause's subject and has no subject or
    object of its own, and whose parties come in a between/among-phrase ("Fighting between the
    army and rebels resumed"): it names the event as a noun would, and the noun reading takes its
    parties from that phrase (stop 37). A by-phrase ("Shelling by the army of villages") keeps the
    verb reading, which reads the by-agent."""
    if t.pos != "VERB" or not t.text.lower().endswith("ing"):
        return False
    if t.dep not in ("nsubj", "csubj", "nsubj:pass", "csubj:pass") and not (t.dep == "root" and t.i == doc.sentences[t.sent].token_start):
        return False  # (a sentence-opening root: "Fighting between rival militias flared", its verb read as a modifier)
    children = doc.children(t.i)
    return not any(c.dep in ("nsubj", "obj", "nsubj:pass", "expl", "obl:agent") for c in children) and any(
        c.dep in ("obl", "nmod") and _case(doc, c) in ("between", "among") for c in children
    )


def _nominal_possessor(doc: AnnotatedDocument, draft: Draft, o: Token) -> str | None:
    """"rejected the candidate's appeal", "granted the minister's request": an object that is a
    thing its possessor put forward or owns; the act reaches the possessor, a role noun the
    lexicons type (PLOVER's recipient is a party, not the thing; issue 14 batch 52). Named
    possessors are found as actors under the object already."""
    for c in doc.children(o.i):
        if c.pos == "NOUN" and nominal_kind(c) is not None and (
            c.dep in ("nmod:poss", "poss") or c.dep == "nmod" and c.i > o.i and _case(doc, c) == "by"
        ):
            # (or its by-phrase: "condemned attempts by the opposition to block the vote")
            lo, _hi = subtree_bounds(doc, c.i)
            return nominal_actor(draft, c, doc.tokens[max(lo, doc.sentences[c.sent].token_start)].start)
    return None


def _nominal_roles(doc: AnnotatedDocument, draft: Draft, t: Token, category: str | None = None) -> tuple[list[str], list[str]]:
    """'U.S. and Israeli strikes on the Islamic Republic': modifiers are agents, on/against-phrases
    targets. ``category``: the event's, when ``t`` heads a longer trigger that its own word does
    not start ("call" of "phone call")."""
    agents: list[str] = []
    targets: list[str] = []
    hit = match_trigger(doc, t) or ((1, category, None) if category else None)
    if hit is not None and hit[1] == "RETREAT" and hit[2] == "ceasefire":
        # "a ceasefire brokered by Qatar between Israel and Hamas": the parties that stop fighting
        # are its actors (PLOVER RETREAT ceasefire), named in a between-phrase on the noun or on
        # the participle that describes it; the mediators are not
        # (a parser may make the participle right after the noun the sentence's verb: "The ceasefire
        # agreed between the army and the rebels on Monday collapsed"; issue 14 batch 61)
        misread = (doc.tokens[t.head],) if t.dep == "nsubj" and t.head == t.i + 1 and doc.tokens[t.head].text.lower().endswith("ed") else ()
        for h in (t, *(c for c in doc.children(t.i) if c.dep == "acl"), *misread):
            for c in doc.children(h.i):
                if c.dep in ("nmod", "obl") and _case(doc, c) == "between" and c.i > t.i:
                    agents += _actors_under(doc, draft, c)
    # "the arrest of its citizens", "the release of hostages": for acts done to someone the
    # of-phrase names who it was done to; "the visit of the president" names who did it, and so
    # does "the withdrawal of Rwandan troops", "the resignation of the minister" (RETREAT by them)
    of_is_patient = hit is not None and (hit[1] in _PATIENT_OF and not (hit[1] == "RETREAT" and hit[2] in _SELF_RETREAT) or (hit[1], hit[2]) == ("ACCUSE", "investigate"))
    if hit is not None and hit[1] == "ACCUSE" and t.lemma.lower() not in word_class("sense_words.tsv", "doer-of-noun"):
        # "his condemnations of mainstream reporters", "the criticism of the governor": whom the
        # criticism is of, as without a parse (surface_roles; issue 14 batch 56, spaCy on PolNeAR train)
        of_is_patient = True
    # ("the bureau's probe of Clinton's emails", "an investigation of the senator": who is investigated)
    if hit is not None and hit[1] == "SUPPORT" and of_names_supported(doc, t):
        of_is_patient = True  # "the mayor's endorsement of the challenger" (endorsed_parties, batch 136)
    by = _by_phrases(doc, t)
    if by:
        # "the recognition of Palestine by Spain", "the release of prisoners by the junta": with
        # its doer in a by-phrase, a noun's of-phrase names whom the act is done to
        of_is_patient = True
        for b in by:
            agents += _by_agents(doc, draft, b)
    skip = {b.i for b in by}
    for c in doc.children(t.i):
        prep = _case(doc, c)
        if c.i in skip:
            continue
        if c.dep in ("nmod", "obl") and prep == "of" and by and c.i < by[-1].i:
            # the of-phrase up to a by-phrase the parser hung on its noun ("the arrest of the
            # opposition leader by security forces")
            lo, hi = subtree_bounds(doc, c.i)
            nested = [b for b in by if lo <= b.i <= hi]
            targets += actors_in(doc, draft, lo, (subtree_bounds(doc, nested[0].i)[0] - 1) if nested else hi)
        elif c.dep in ("nmod", "obl") and prep in ("between", "among") and hit is not None and hit[1] in RECIPROCAL:
            agents += _parties_under(doc, draft, c)  # "talks between Armenia and Azerbaijan": all take part
        elif c.dep in ("nmod", "obl") and prep == "between" and hit is not None and hit[1] == "ASSAULT":
            # "fighting between the army and separatists": reciprocal violence has both sides as
            # actors (PLOVER manual, compound and reciprocal actors) when both are armed; a "battle
            # between two candidates" is a figure of speech
            sides = _parties_under(doc, draft, c)
            if len(sides) >= 2 and all(_armed(draft, a) for a in sides):
                agents += sides
            else:
                lo, hi = subtree_bounds(doc, c.i)
                agents += _armed_plural_side(draft, sides, doc.tokens[lo : hi + 1])
        elif c.dep in ("nmod", "obl") and prep == "from" and hit is not None and hit[1] in _GIVEN_FROM and c.i > t.i:
            agents += _by_agents(doc, draft, c)  # "aid from the Emirates to earthquake survivors": the giver
            for r in doc.children(c.i):
                if r.dep == "nmod" and _case(doc, r) in ("to", "for"):
                    targets += _actors_under(doc, draft, r)  # "from the Bank to Nepal" hung on "Bank"
        elif c.dep in ("nmod", "obl") and (prep in TARGET_PREPS and prep != "of" or prep == "of" and of_is_patient):
            # ("a critique of Pike's trade policy": Pike, not the policy's own words; topic_phrases)
            under = owners_of_thing(doc, draft, c) or _actors_under(doc, draft, c)
            if not under and prep == "of" and c.pos == "NOUN" and nominal_kind(c) is not None:
                # "the arrests of six officers" (batch 56): the people of the phrase, past its "of"
                lo = min([subtree_bounds(doc, m.i)[0] for m in doc.children(c.i) if m.dep != "case" and m.i < c.i] + [c.i])
                under = [a] if (a := nominal_actor(draft, c, doc.tokens[lo].start)) else []
            targets += under
        elif prep == "of" and c.dep == "nmod" and hit is not None and hit[1] == "THREATEN" and c.pos == "NOUN" and match_trigger(doc, c):
            continue  # "the threat of attacks by pirates": who would attack is not who threatens
        elif prep == "of" and hit is not None and hit[1] == "CONSULT" and _topic_of_talks(draft, c):
            continue  # "discussions of fishery policy toward Iceland": what is discussed, not who (stop 37)
        elif c.dep in ("nmod:poss", "poss", "amod", "compound", "nmod") and prep in ("", "by", "of", "'s", "’s", "'", "’"):
            # (a plural's bare apostrophe too: "the rebels' withdrawal", "the unions' strike")
            agents += _actors_under(doc, draft, c)
    return list(dict.fromkeys(agents)), list(dict.fromkeys(targets))


def _topic_of_talks(draft: Draft, c: Token) -> bool:
    """The of-phrase noun ``c`` of a talks noun names a topic: a common noun that is no actor and
    no noun for people ("discussions of fishery policy", "every discussion of pooling naval
    forces"); "a meeting of the foreign ministers", "a summit of NATO" name who meets."""
    if c.pos == "VERB":
        return True
    return c.pos == "NOUN" and draft.actor_at(c.start, c.end) is None and not is_person_lemma(c.lemma.lower())


def _by_phrases(doc: AnnotatedDocument, t: Token) -> list[Token]:
    """The by-phrases naming who did the act of the event noun ``t``: its own, and one the parser
    hung on the noun of its of-phrase ("the arrest of the opposition leader *by security
    forces*", an attachment the small model often makes), in text order."""
    out = [c for c in doc.children(t.i) if c.dep in ("nmod", "obl") and _case(doc, c) == "by"]
    for c in doc.children(t.i):
        if c.dep in ("nmod", "obl") and _case(doc, c) == "of" and c.i > t.i and not (c.pos == "NOUN" and match_trigger(doc, c)):
            # (not an event noun's own: "the threat of attacks by pirates")
            out += [g for g in doc.children(c.i) if g.dep == "nmod" and _case(doc, g) == "by"]
    return sorted(out, key=lambda tok: tok.i)


def _by_agents(doc: AnnotatedDocument, draft: Draft, by: Token) -> list[str]:
    """The actors a by-phrase names: its noun and the nouns conjoined with it ("by Spain, Ireland
    and Norway"), each read from the noun and its own modifiers -- not from the phrases hung on it
    ("by anti-corruption officers on the offices of the company": the officers, not the company)."""
    out: list[str] = []
    for n in (by, *(c for c in doc.children(by.i) if c.dep == "conj")):
        a = draft.actor_at(n.start, n.end)
        if a is None:
            # (not a possessive determiner: "criticism from within *his* own party" is the party's,
            # not his; a possessive name stays, "by Russia's military": lead, stop 41)
            mods = [c for c in doc.children(n.i) if c.dep in ("compound", "flat", "amod", "nmod:poss") and c.i < n.i and not (c.dep == "nmod:poss" and c.pos == "PRON")]
            lo = min([subtree_bounds(doc, m.i)[0] for m in mods] + [n.i])
            found = actors_in(doc, draft, lo, n.i)
            a = found[-1] if found else actor_of(doc, draft, n) if n.pos == "PRON" else None
            if a is None and nominal_kind(n) is not None:
                a = nominal_actor(draft, n, doc.tokens[lo].start)
            # an of-phrase counts the people ("by thousands of farmers"); another phrase hung on
            # the noun names a place or a thing, not the doer
            of = [c for c in doc.children(n.i) if c.dep == "nmod" and _case(doc, c) == "of"]
            if a is None and of:
                a = actor_of(doc, draft, of[0])
        if a and a not in out:
            out.append(a)
    return out


def _of_phrase_only(doc: AnnotatedDocument, draft: Draft, t: Token, agents: list[str]) -> bool:
    """Every agent the noun's own modifiers gave comes from its of-phrase ("mobilisation *of reservists*")."""
    of_actors = [a for c in doc.children(t.i) if c.dep in ("nmod", "obl") and _case(doc, c) == "of" for a in _actors_under(doc, draft, c)]
    return bool(of_actors) and all(a in of_actors for a in agents)


def _held_under(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """"Police placed the former president under house arrest": the object of the verb whose
    under-phrase the event noun heads is the one it is done to."""
    if t.head is None or t.dep != "obl" or _case(doc, t) != "under":
        return []
    verb = doc.tokens[t.head]
    out: list[str] = []
    for o in kids(doc, verb.i, ("obj",)):
        out += _object_actors(doc, draft, o)
    return out


#: Verbs that apply a measure noun to their object through a preposition: "hit Iranian firms *with*
#: sanctions", "were slapped *with* tariffs", "placed Huawei *on* a blacklist", "added 30 companies *to*
#: its trade blacklist" (issue 14 batch 12).
_MEASURE_FRAMES = {"with": frozenset({"hit", "slap", "target", "punish"}), "on": frozenset({"place", "put"}), "to": frozenset({"add"})}


def _measure_frame(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb of a measure frame (:data:`_MEASURE_FRAMES`) whose prepositional phrase the event
    noun ``t`` heads, or None."""
    if t.head is None or t.dep != "obl":
        return None
    verb = doc.tokens[t.head]
    verbs = _MEASURE_FRAMES.get(_case(doc, t) or "")
    return verb if verbs is not None and verb.pos == "VERB" and verb.lemma.lower() in verbs else None


def _measure_agent(doc: AnnotatedDocument, draft: Draft, verb: Token | None) -> list[str]:
    """Who applies the measure: the frame verb's subject, or its by-phrase in the passive ("were
    hit with sanctions by the European Union")."""
    if verb is None:
        return []
    if is_passive(doc, verb):
        by = [c for c in kids(doc, verb.i, ("obl", "obl:agent")) if _case(doc, c) == "by"]
        a = actor_of(doc, draft, by[0], nominal=False) if by else None
    else:
        a = agent_actor(doc, draft, verb)
    return [a] if a else []


def _measure_targets(doc: AnnotatedDocument, draft: Draft, verb: Token | None, agents: list[str]) -> list[str]:
    """Whom the measure hits: the frame verb's object, or its subject in the passive."""
    if verb is None:
        return []
    out: list[str] = []
    for o in kids(doc, verb.i, ("obj", "nsubj:pass")):
        out += [a for a in _object_actors(doc, draft, o) if a not in agents]
    return out


def _copula_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """'The premier is on a three-day visit to Brazil', 'the talks were a success': the subject
    of the copula the event noun is the predicate of (issue 14 batch 4)."""
    head = doc.tokens[t.head] if t.head is not None and t.dep == "obl" else None
    if head is not None and head.lemma.lower() == "be" and head.pos == "AUX":
        subj = next((c for c in doc.children(head.i) if c.dep == "nsubj"), None)
    elif any(c.dep == "cop" for c in doc.children(t.i)):
        subj = next((c for c in doc.children(t.i) if c.dep == "nsubj"), None)
    else:
        return []
    a = actor_of(doc, draft, subj) if subj is not None else None
    return [a] if a else []


def _light_verb_targets(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """'gave the government an ultimatum', 'gave its backing to the candidate': the light verb's
    indirect object and to/against/with/on-phrases are the event noun's targets (issue 14 batch 4)."""
    if t.head is None or t.dep != "obj":
        return []
    verb = doc.tokens[t.head]
    if not _is_light(verb):
        return []
    out: list[str] = []
    for c in doc.children(verb.i):
        if c.i == t.i:
            continue
        if c.dep == "iobj" or (c.dep in ("obl", "obl:arg") and _case(doc, c) in ("to", "against", "with", "on")):
            a = actor_of(doc, draft, c)
            if a and a not in out:
                out.append(a)
    return out


def _light_verb_agent(doc: AnnotatedDocument, draft: Draft, t: Token, category: str | None = None) -> list[str]:
    """'Doha had enabled the brokered ceasefire': the subject of a light verb governing the noun;
    of a mutual act (:data:`RECIPROCAL`), every conjoined subject ("Washington and Tokyo expanded
    intelligence sharing")."""
    if t.head is None or t.dep not in ("obj", "nsubj:pass", "obl", "nmod"):
        return []
    verb = doc.tokens[t.head]
    if t.dep == "nmod" and t.lemma.lower() == "protest" and _case(doc, t) == "in" and verb.head is not None and verb.dep in ("obl", "obj"):
        # "blocked the motorway with tractors in protest at ...": the parse may hang "in protest"
        # on the noun before it; the protest is still the clause's
        t, verb = verb, doc.tokens[verb.head]
        if verb.pos != "VERB":
            return []
        a = agent_actor(doc, draft, verb)
        return [a] if a else []
    if t.dep == "nmod" and _case(doc, t) in ("in", "of") and verb.dep == "obj" and verb.head is not None and (_amount(verb) or verb.lemma.lower() in word_class("sense_words.tsv", "event-part")):
        # "announced 50 million euros in humanitarian assistance": the sum is the light verb's
        # object and the event noun what it counts; "held a second round of talks", "launched a
        # wave of strikes": the part of the event stands for it
        t, verb = verb, doc.tokens[verb.head]
    if t.dep == "nmod":
        return []
    if t.dep == "obl" and t.lemma.lower() == "protest" and _case(doc, t) == "in" and verb.pos == "VERB":
        a = agent_actor(doc, draft, verb)  # "students occupied the building in protest at ...": they protest
        return [a] if a else []
    if t.dep == "obl" and category == "CONSULT" and _case(doc, t) == "for" and verb.lemma.lower() in word_class("sense_words.tsv", "travel-verb"):
        # "Turkey's foreign minister travelled to Baghdad on Sunday for talks": the traveller talks
        a = agent_actor(doc, draft, verb)
        return [a] if a else []
    if t.dep == "obl" and category == "CONSULT" and _case(doc, t) in word_class("sense_words.tsv", "background-cause-prep") and verb.pos in ("VERB", "AUX"):
        # "the premier vowed to keep the border open after talks with the Kenyan president", "the
        # two candidates promised to cooperate after a meeting": talks with a partner, or a
        # meeting of a subject that is two parties, are the clause subject's own (batch 79)
        a = agent_actor(doc, draft, verb)
        if a and (_with_partner_phrase(doc, draft, t) or _mutual_subject(doc, verb)):
            return [a]
    if t.dep == "obl" and _case(doc, t) == "in" and verb.lemma.lower() in words_of("engage-verb"):
        # "troops were engaged in heavy clashes with an armed group": the subject of "engaged",
        # passive or not, takes part in the event (issue 14 batch 53)
        subj = next((c for c in doc.children(verb.i) if c.dep in ("nsubj", "nsubj:pass")), None)
        a = actor_of(doc, draft, subj) if subj is not None else None
        return [a] if a else []
    if t.dep == "obl" and _case(doc, t) == "in" and verb.pos == "VERB" and not is_passive(doc, verb):
        # "Interpol and Europol dismantled a ring in a joint operation", "Police arrested five in a
        # raid": who did the verb's act did it in the event (issue 14 batch 8)
        a = agent_actor(doc, draft, verb)
        return [a] if a else []
    if t.dep == "obl" and verb.lemma.lower() != "go" and not (_case(doc, t) == "under" and verb.lemma.lower() in ("place", "put", "keep")):
        return []  # "went on strike", "placed him under house arrest" only
    if t.dep == "obl" and verb.lemma.lower() != "go":
        a = agent_actor(doc, draft, verb)
        return [a] if a else []
    if not (_is_light(verb) or category == "CONSULT" and verb.lemma.lower() in words_of("talk-light") or jibe_light(verb, t)):
        return []  # ("had three conversations with the senator": "have" lends its subject to talks only)
    a = agent_actor(doc, draft, verb)
    if not a:
        return []
    out = [a]
    head = agent_token(doc, verb) if category in RECIPROCAL else None
    for c in doc.children(head.i) if head is not None else ():
        # "Washington and Tokyo expanded intelligence sharing": every conjoined subject acts
        b = actor_of(doc, draft, c) if c.dep == "conj" else None
        if b and b not in out:
            out.append(b)
    return out


def _with_partner_phrase(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The event noun has a with-phrase naming an actor ("talks *with the Kenyan president*")."""
    return any(c.dep == "nmod" and _case(doc, c) == "with" and _actors_under(doc, draft, c) for c in doc.children(t.i))


def _mutual_subject(doc: AnnotatedDocument, verb: Token) -> bool:
    """The verb's subject (or, for an infinitive, its controller's) is two parties or more: conjoined
    ("Okafor and Ruiz"), counted ("the two candidates") or acting "together" ("vowed to act
    together after a meeting": whatever the parse made of the subject)."""
    if any(c.text.lower() == "together" for c in doc.children(verb.i)):
        return True
    subj = agent_token(doc, verb)
    return subj is not None and any(c.dep == "conj" or c.dep == "nummod" for c in doc.children(subj.i))


def _receipt(doc: AnnotatedDocument, draft: Draft, t: Token, category: str = "") -> tuple[list[str], list[str]]:
    """'The ministry received a formal apology from the embassy', 'the senator had endorsements from
    the president': of an event noun that is the object of a ``receive-verb`` (``event_cues.tsv``),
    the from-phrase on the noun or on the verb names who made the act and the verb's subject who
    received it (issue 14 batch 53). Backing is received in an of-phrase too ("won the endorsement
    *of* the teachers' union", "secured the backing of the party's leaders"; batch 57), which for the
    other categories may name what the act is about ("drew criticism of the plan")."""
    if t.head is None or t.dep != "obj":
        return [], []
    verb = doc.tokens[t.head]
    if verb.lemma.lower() not in words_of("receive-verb"):
        return [], []
    cases = ("from", "of") if category == "SUPPORT" else ("from",)
    froms = [c for h in (t, verb) for c in doc.children(h.i) if c.dep in ("nmod", "obl") and _case(doc, c) in cases and (h is t or _case(doc, c) == "from") and c.i > t.i]
    if not froms:
        return [], []
    source = [a for c in froms for a in _by_agents(doc, draft, c)]
    a = agent_actor(doc, draft, verb)
    return source, [a] if a and a not in source else []


def _from_source(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """Of an event noun of a ``noun-from`` category, the from-phrase on the noun -- or on the head
    of its of-phrase, where a parse may hang it ("a critique of her housing policy from the
    opposition leader") -- names who made the act, whatever verb governs the noun ("ignored the
    criticism from Senator Ruiz", "a request from the prosecutors"; issue 14 batch 75) -- not in an
    adverbial of cause or time (``background-cause-prep``: "after complaints from users")."""
    if _case(doc, t) in word_class("sense_words.tsv", "background-cause-prep"):
        return []  # "moved the meeting after a request from the hosts": a cause told in passing
    heads = [t, *(c for c in doc.children(t.i) if c.dep == "nmod" and _case(doc, c) == "of")]
    froms = [c for h in heads for c in doc.children(h.i) if c.dep in ("nmod", "obl") and _case(doc, c) == "from" and c.i > t.i]
    return list(dict.fromkeys(a for c in froms for a in _by_agents(doc, draft, c)))


def _amount(tok: Token) -> bool:
    """A number or a money word ("$500 million", "50 million euros")."""
    return tok.pos in ("NUM", "SYM") or tok.lemma.lower() in word_class("sense_words.tsv", "role-amount")


def _is_light(verb: Token) -> bool:
    """A light verb (``event_cues.tsv``) by its lemma or, when the lemmatiser slipped ("staged"
    -> "stag"), by its written form less an inflection ending."""
    light = words_of("light")
    if verb.lemma.lower() in light:
        return True
    low = verb.text.lower()
    return any(low.endswith(e) and low[: len(low) - len(e)] in light for e in ("d", "ed", "s", "es", "ing"))
