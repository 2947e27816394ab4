"""Agents and targets of an event without a parse: the nearest actor mention
before the verb in its clause, the actors after it up to the clause end."""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..attribution import Context
from ..mentions import POSSESSIVES, QUOTE_CHARS, clause_end, noun_before_relative_clause
from ..nominals import nominal_actor, nominal_kind
from ...lexicons import gazetteer, rows, speech_verbs, title_words, word_class
from .possessor_agents import possessor_agent
from ..roles import is_capital, kin_nouns, participle_on_noun, possessor_before, quantity_nouns
from ..role_people import is_person_lemma
from ..political_camps import camp_noun
from ..tree import be_before
from ..shared_passives import shared_passive_head
from .parse_roles import _PLACE_PREPS, _SELF_RETREAT, RECIPROCAL, TARGET_PREPS, _armed, _armed_plural_side
from .reduced_passives import reduced_passive_victim
from .adjunct_gerunds import opening_clause_subject, passive_subject_before
from .apposed_relatives import apposed_person_before
from .topic_phrases import after_owner, before_reason_phrase
from .purpose_infinitives import contact_before_purpose, place_before_purpose
from .jibes import jibe_light
from .pact_names import pact_named_after
from .object_relatives import object_relative_antecedent
from .opening_talks import opening_phrase_holder, opening_phrase_partners
from .participle_lists import previous_listed_participle
from .titled_conjuncts import owner_before_of, person_opens
from .venue_phrases import venue_phrase_end
from .participle_controllers import comma_before_quote_close, one_clause_before_participle, quoted_words_only
from .senses import attributive_participle, event_words
from .triggers import match_trigger, surface_participle_by, surface_participle_object_by, surface_passive_measure, words_of

_SUBORDINATORS = {"when", "while", "after", "before", "because", "since", "if", "which", "who", "as", "although", "but", "saying", "adding"}


def _crowd() -> frozenset[str]:
    """Words for an unnamed crowd: "tens of thousands took to the streets" (class ``crowd`` of
    ``sense_words.tsv``)."""
    return word_class("sense_words.tsv", "crowd")


def surface_roles(ctx: Context, t: Token, last: Token) -> tuple[list[str], list[str]]:
    doc, draft = ctx.doc, ctx.draft
    sent = doc.sentences[t.sent]
    agents: list[str] = []
    targets: list[str] = []
    if t.pos == "NOUN":
        k = t.i - 1  # modifiers before the noun: "U.S. and Israeli strikes"
        while k >= sent.token_start and (doc.tokens[k].pos in ("PROPN", "ADJ", "CCONJ", "NOUN") or doc.tokens[k].text in ("’s", "'s", ",", "'", "’")):
            # (a plural's bare apostrophe too: "the rebels' withdrawal")
            a = draft.actor_at(doc.tokens[k].start, doc.tokens[k].end)
            if a and a not in agents and not pact_named_after(doc, draft, doc.tokens[k], t):
                # ("the Nairobi accord between Sudan and the rebels": the city names the pact; pact_names)
                agents.insert(0, a)
            k -= 1
        if not agents:
            owner = possessor_agent(doc, draft, t)  # "the agency's probe": the possessor acts (possessor_agents)
            agents = [owner] if owner else []
        j = last.i + 1
        agreed = j + 1 < sent.token_end and doc.tokens[j].text.lower().endswith("ed") and doc.tokens[j + 1].text.lower() == "between" and _ceasefire(doc, t)
        if agreed:
            j += 1  # "the ceasefire agreed between the army and the rebels": its parties (issue 14 batch 61)
        if j < sent.token_end and doc.tokens[j].text.lower() in ("between", "among") and not agents and (_reciprocal(doc, t) or agreed):
            agents = _actors_in(doc, draft, j + 1, _party_phrase_end(doc, j))  # "talks between X and Y"
        elif j < sent.token_end and doc.tokens[j].text.lower() == "between" and not agents and _violence(doc, t):
            # "clashes between the army and rebels": both armed sides act, as the parse reading
            # has it (parse_roles, PLOVER's reciprocal actors); "a battle between two candidates"
            # is a figure of speech (stop 37)
            end = _party_phrase_end(doc, j)
            sides = _actors_in(doc, draft, j + 1, end)
            if len(sides) >= 2 and all(_armed(draft, a) for a in sides):
                agents = sides
            else:
                agents = _armed_plural_side(draft, sides, doc.tokens[j + 1 : end])
        elif j < sent.token_end and doc.tokens[j].text.lower() in TARGET_PREPS:
            # ("a critique of Pike's trade policy": up to the owner; topic_phrases)
            targets = _actors_in(doc, draft, j + 1, after_owner(doc, draft, j + 1, _target_end(doc, j + 1, 8)))
            if not targets and doc.tokens[j].text.lower() == "of":
                # "the arrests of six officers": people a lexicon types (batch 56)
                targets = _nominal_object(doc, draft, j + 1, _target_end(doc, j + 1, 8))
            hit = match_trigger(doc, t)
            if doc.tokens[j].text.lower() == "of" and hit is not None and (
                hit[1] == "RETREAT" and hit[2] in _SELF_RETREAT or t.lemma.lower() in word_class("sense_words.tsv", "doer-of-noun") or hit[1] == "CONSULT"
            ):
                # "the withdrawal of Rwandan troops": who withdraws, as with a parse; "the refusal of
                # the rebels to disarm": who refuses (sense_words class doer-of-noun); "a summit of
                # West African leaders", "a meeting of the foreign ministers": who meets, as a parse
                # reads the of-phrase of a CONSULT noun (parse_roles._nominal_roles; batch 79)
                if hit[1] == "CONSULT" and not agents:
                    # only the parties the of-phrase's own noun phrases name: "discussions of fishery
                    # policy toward Iceland" are about a policy, "every discussion of pooling naval
                    # forces" about an act (stop 37, PolNeAR dev check of batch 79's rule)
                    targets = _of_phrase_parties(doc, draft, j + 1, _target_end(doc, j + 1, 12))
                agents = agents or targets
                targets = [x for x in targets if x not in agents]
        elif last.text.lower() == "for" and (to := _for_to_clause(doc, j)) is not None and (match_trigger(doc, t) or (0, None, None))[1] == "REQUEST":
            # "renewed its calls for the cabinet to resign": whom the noun of request asks is the
            # subject of its for-to clause, as after the verb (issue 14 batch 125, e71)
            targets = _actors_in(doc, draft, j, to)
        elif j < sent.token_end and doc.tokens[j].text.lower() == "for" and t.lemma.lower() in event_words("possessed-act-noun"):
            # "Miller's support for Grant": the for-phrase is backed (possessed_acts; e47 at stop 39)
            targets = _actors_in(doc, draft, j + 1, _target_end(doc, j + 1, 8))
        by_roles = _by_phrase_roles(doc, draft, t, last)
        if by_roles is not None:
            # "the arrest of the opposition leader by security forces": the by-phrase acts, the
            # of-phrase undergoes it, as with a parse (issue 14 batch 19)
            return by_roles
        if not agents:
            received = _surface_receipt(ctx, t, last)
            if received is not None:
                return received  # "received a formal apology from the Danish embassy"
            source = _surface_from_source(ctx, t, last)
            if source:
                return source, [x for x in targets if x not in source]  # "ignored the criticism from Senator Ruiz"
            agents = _verb_subject_of_noun(ctx, t)
        if not agents:
            # "After a meeting with the Brazilian president, the chancellor said": the main
            # clause's subject holds the talks of the opening phrase (opening_talks)
            agents = opening_phrase_holder(doc, draft, t)
            if agents:
                targets = [a for a in opening_phrase_partners(doc, draft, t) if a not in agents]
        return agents, targets
    by = surface_participle_object_by(doc, t)
    if by is not None:
        # "the aid sent by Japan to the islands", "sanctions imposed on Iran by the EU": the
        # by-phrase acts; a to/on-phrase between receives
        agents, k = _by_phrase_agents(doc, draft, by, sent.token_end)
        if agents:
            after = _actors_in(doc, draft, k, _target_end(doc, k, 6)) if k < sent.token_end and doc.tokens[k].text.lower() in TARGET_PREPS else []
            between = _actors_in(doc, draft, last.i + 1, by)
            return agents, [a for a in between + after if a not in agents]
    by_head = _participle_by(doc, t)
    if by_head is not None:
        # "a lobby group called Fund77 funded by two bankers", "The group, funded by major donors,
        # is planning ...": a participle with a by-phrase after a noun is passive -- the by-phrase
        # acts, the noun it describes undergoes it (batch 52, rules engine on PolNeAR train)
        by_at, described = by_head
        agents, _k = _by_phrase_agents(doc, draft, by_at, sent.token_end)
        if agents:
            patient = draft.actor_at(described.start, described.end) or nominal_actor(draft, described, described.start)
            return agents, [patient] if patient and patient not in agents else []
    passive = _passive_agents(doc, draft, t, last)
    if passive and surface_passive_measure(doc, t):
        # "New sanctions were imposed on Belarus by Canada": the subject is the measure (the verb
        # + object trigger's object), the on-phrase receives it (issue 14 batch 19)
        on = _actors_in(doc, draft, last.i + 1, _target_end(doc, last.i + 1, 8))
        return passive, [a for a in on if a not in passive]
    if passive:
        # "Nine villagers were killed by gunmen": the by-phrase acts, the subject undergoes it;
        # "was extradited to Spain by Colombian authorities": a to-phrase before the by-phrase receives it
        between = []
        j = last.i + 1
        if j < sent.token_end and doc.tokens[j].text.lower() in TARGET_PREPS:
            by = next((k for k in range(j + 1, min(sent.token_end, j + 8)) if doc.tokens[k].text.lower() == "by"), None)
            between = _actors_in(doc, draft, j + 1, by) if by is not None else []
        patients = _subject(ctx, t) or _nominal_passive_subject(doc, draft, t)
        return passive, [a for a in patients + between if a not in passive]
    ante = object_relative_antecedent(doc, draft, t, last)
    if ante is not None:
        # "the diplomats whom Poland expelled on Monday left Warsaw", "the reporters, whom the
        # militia abducted in May, ...": the clause's object is the noun it hangs on; what follows
        # the verb is a time, a place or the main clause (object_relatives)
        agents = _subject(ctx, t)
        stop = next((j for j in range(last.i + 1, sent.token_end) if doc.tokens[j].pos in ("VERB", "AUX") or doc.tokens[j].text in (",", ";", ":") or doc.tokens[j].text in QUOTE_CHARS), sent.token_end)
        after = _actors_in(doc, draft, last.i + 1, min(stop, last.i + 12))  # "deployed to Somalia": a recipient inside the clause
        return agents, [a for a in [ante, *after] if a not in agents]
    victim = reduced_passive_victim(doc, t)
    if victim is not None:
        # "one of five people killed in the raid", "of slain principal X": the participle's noun
        # is harmed, not harming (reduced_passives)
        harmed = draft.actor_at(victim.start, victim.end) or nominal_actor(draft, victim, victim.start)
        return [], [harmed] if harmed else []
    if agentless_passive(doc, t):
        return [], _subject(ctx, t)  # "Two soldiers were killed": the subject undergoes it, the attacker is unnamed
    if _passive_by(doc, t, last) is not None:
        # "was detained by members of a unit no lexicon names", "was struck by a series of
        # earthquakes": a passive's by-phrase names no actor -- the subject still undergoes the
        # act, it never does it (lead at stop 40, batch 97)
        return [], _subject(ctx, t) or _nominal_passive_subject(doc, draft, t)
    agents = _subject(ctx, t)
    agents += [a for a in _conjoined_before(doc, draft, t, agents) if a not in agents]
    end = _target_end(doc, last.i + 1, 12)
    if t.i > sent.token_start and doc.tokens[t.i - 1].text == ",":
        # a participle opening a comma aside ("Italian police, working with Europol, broke up a
        # ring"): its object ends at the aside's closing comma; the main verb's object is not its
        end = next((j for j in range(last.i + 1, end) if doc.tokens[j].text == ","), end)
    if _whose_clause(doc, t) is not None:
        # "The minister, whose ministry banned the rally, accused ...": the aside's object ends at
        # its closing comma; what the main verb acts on is not the aside's (issue 14 batch 56)
        end = next((j for j in range(last.i + 1, end) if doc.tokens[j].text == ","), end)
    end = _before_coordinated_verb(doc, last.i + 1, end)
    end = _before_place_phrase(doc, draft, t, last.i + 1, end)
    end = before_reason_phrase(doc, draft, last.i + 1, end)  # "criticized X for accepting money from Y" (topic_phrases)
    end = after_owner(doc, draft, last.i + 1, end)  # "mocked X's stance on Y"
    closing = _aside_or_opening_clause_comma(doc, t, last.i + 1, end)
    if closing is not None:
        end = closing
    if _relative_verb(doc, t):
        # "Rebels who seized the town released two hostages": the relative clause's object ends
        # at the main verb; what the main verb acts on is not the clause's (batch 52)
        end = next((j for j in range(last.i + 2, end) if doc.tokens[j].pos in ("VERB", "AUX")), end)
    for j in range(last.i + 1, end):
        # "condemning U.S. and Israeli strikes on Iran": an event noun as the object; its
        # modifiers (the strikes' agents) are what was condemned, as with a parse
        w = doc.tokens[j]
        if w.pos == "NOUN" and j > last.i + 1 and match_trigger(doc, w) and draft.actor_at(doc.tokens[j - 1].start, doc.tokens[j - 1].end) and w.lemma.lower() not in event_words("possessed-act-noun"):
            # (not "pledged his support to the campaign", "threw his support behind Cruz": a noun
            # that is an act only with its possessor -- possessed_acts -- tells the verb's own act
            # here, and the verb's object goes on past it; e47 at stop 39)
            if draft.actor_at(w.start, w.end) is None or draft.actor_at(w.start, w.end) != draft.actor_at(doc.tokens[j - 1].start, doc.tokens[j - 1].end):
                end = j  # (not the word of an actor's own name: "barred the aid group")
                break
        if w.pos in ("VERB", "ADP") and j > last.i + 1:
            break
    # "promised at a Denver rally to ...": where, not whom (venue_phrases; the venue may be an event noun the loop above cut at)
    day = last.i + 2 if last.i + 1 < end and doc.tokens[last.i + 1].text.lower() in _day_words() else last.i + 1  # "promised Sunday at ..."
    first = venue_phrase_end(doc, draft, day, sent.token_end) or last.i + 1
    if first < end and doc.tokens[first].text.lower() == "them" and draft.actor_at(doc.tokens[first].start, doc.tokens[first].end) is None:
        # "The strikers gathered at the gate. The officers detained them": an object "them" right
        # after the verb stands for its antecedent, as the parse engines resolve it (roles; the
        # resolver passes over the verb's own subject; issue 14, e92 at stop 48, from a26's note)
        ctx.resolve_pronoun(doc.tokens[first])
    targets = _actors_in(doc, draft, first, end) or _possessor_object(doc, draft, first, end) or _nominal_object(doc, draft, first, end)
    if last.i > t.i + 1:
        # a verb + object trigger's own object holds actors too ("suspended Niger's membership"),
        # as the parse reads them under the object noun
        targets = [a for a in _actors_in(doc, draft, t.i + 1, last.i + 1) if a not in agents and a not in targets] + targets
    k = t.i - 1  # "with which he signed": the antecedent of the relative pronoun
    while k > sent.token_start and doc.tokens[k].pos in ("PRON", "AUX", "ADV") and doc.tokens[k].text.lower() not in ("which", "whom"):
        k -= 1
    if k > sent.token_start + 1 and doc.tokens[k].text.lower() in ("which", "whom") and doc.tokens[k - 1].text.lower() in TARGET_PREPS:
        ante = draft.mentions_before(doc.tokens[k - 1].start, limit=doc.tokens[max(sent.token_start, k - 8)].start)
        if ante:
            targets.insert(0, ante[0][2])
    return agents, targets


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})

#: Conjunctions that join a second verb phrase to the first ("thanking X and congratulating Y").
_VERB_JOINERS = frozenset({"and", "or", "but"})
#: Conjunctions that open an adverbial clause at the start of a sentence ("After the senator backed X, ...").
_OPENING_SUBORDINATORS = frozenset({"after", "before", "when", "while", "since", "as", "because", "although", "though", "if", "once", "until", "unless"})
#: How many words may open a sentence before its adverbial clause's conjunction ("Right after", "Minutes after").
_OPENING_REACH = 3


def _for_to_clause(doc: AnnotatedDocument, j: int) -> int | None:
    """The index of the "to" that closes the noun phrase at ``j`` (the words after a request's
    "for") when a verb follows it -- "calls for *the cabinet* to resign" -- within eight words,
    with no verb or punctuation before it; else None ("calls for talks", "calls for a vote")."""
    end = doc.sentences[doc.tokens[j].sent].token_end if j < len(doc.tokens) else j
    for k in range(j + 1, min(end - 1, j + 8)):
        w = doc.tokens[k]
        if w.text.lower() == "to":
            return k if doc.tokens[k + 1].pos in ("VERB", "AUX") else None
        if w.pos in ("VERB", "AUX", "PUNCT", "SCONJ", "ADP"):
            return None
    return None


def _before_coordinated_verb(doc: AnnotatedDocument, a: int, end: int) -> int:
    """The object region ``a``..``end`` cut before "and" / "or" / "but" that opens a second verb
    phrase ("thanking the chairman *and congratulating* the Democrats", "praise Ms. Okoro in public
    *and courting* Republicans"): the second verb's object is its own, not the first verb's target.
    A participle right before a common noun is the noun's modifier ("and wounded soldiers"), no
    verb phrase (issue 14, stop 41, e54: the rules engine on PolNeAR train)."""
    sent_end = doc.sentences[doc.tokens[a].sent].token_end if a < len(doc.tokens) else a
    for k in range(a + 1, end):
        if doc.tokens[k].text.lower() not in _VERB_JOINERS:
            continue
        j = k + 1
        while j < sent_end and doc.tokens[j].pos == "ADV":
            j += 1
        if j >= sent_end or doc.tokens[j].pos != "VERB":
            continue
        if j + 1 < sent_end and doc.tokens[j + 1].pos == "NOUN" and doc.tokens[j].text.lower().endswith(("ed", "ing")):
            continue  # "and armed groups": a modifier
        return k
    return end


#: Prepositions of place after a verb's direct object: where the act happened, not whom it was done to.
_PLACE_PREPOSITIONS = frozenset({"in", "at"})


def _before_place_phrase(doc: AnnotatedDocument, draft: Draft, t: Token, a: int, end: int) -> int:
    """The object region ``a``..``end`` cut before an "in" / "at" phrase that follows a direct
    object naming an actor: "sued the committee in federal court", "attacked the garrison in
    Kindu", "fined the airline at a hearing in Lagos" -- the phrase says where the act happened,
    and PLOVER's target is whom it was done to (issue 14, stop 41, e55: PolNeAR train, rules engine,
    courts, towns and venues as targets; e54 left "a place after 'at'"). A region that opens with a
    preposition has no direct object, so its phrase may be the target ("fired at the patrol"); an
    object that names no actor keeps the region as it was; after a verb of aiming
    (``aimed-at-verb``: "fired tear gas at the strikers", "hurled stones at police") "at" names the
    one aimed at and stays."""
    if a >= end or doc.tokens[a].pos == "ADP":
        return end
    aimed = t.lemma.lower() in word_class("sense_words.tsv", "aimed-at-verb")
    for j in range(a + 1, end):
        low = doc.tokens[j].text.lower()
        if low in _PLACE_PREPOSITIONS and doc.tokens[j].pos == "ADP" and not (aimed and low == "at"):
            return j if _actors_in(doc, draft, a, j) else end
    return end


def _aside_or_opening_clause_comma(doc: AnnotatedDocument, t: Token, a: int, end: int) -> int | None:
    """The comma that closes the clause ``t`` stands in, when that clause is a who / which aside
    opened by a comma ("Ortega, who said the militia had attacked her convoy in May, spoke to the
    Hartwell Radio Network": the network is the main clause's) or an adverbial clause opening the
    sentence ("Minutes After One Governor Praised Delacroix, Party Bosses Made ..."): the verb's
    object ends there -- for an aside, not at a comma before a name that closes the sentence in
    apposition ("who does not back the senator's rival, Ana Ruiz."). None when ``t`` is in
    neither or no such comma follows within ``end``."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    aside = opening = False
    for k in range(t.i - 1, sent.token_start - 1, -1):
        if lows[k] == ",":
            aside = k + 1 < t.i and lows[k + 1] in ("who", "which")
            break
        if k < sent.token_start + _OPENING_REACH and lows[k] in _OPENING_SUBORDINATORS:
            opening = True
            break
    if not (aside or opening):
        return None
    for j in range(a, end):
        if lows[j] != ",":
            continue
        if opening:
            return j
        v = j + 1
        while v < sent.token_end and doc.tokens[v].pos == "PROPN":
            v += 1
        if v > j + 1 and (v >= sent.token_end or doc.tokens[v].pos == "PUNCT" and lows[v] != ","):
            continue  # (", Ana Ruiz.": a name in apposition to the object, closing the sentence)
        return j
    return None




def _possessor_object(doc: AnnotatedDocument, draft: Draft, a: int, end: int) -> list[str]:
    """"rejected the candidate's appeal": an object opening with a role noun's possessive, read as
    the parse rules read it (``parse_roles._nominal_possessor``): the possessor receives the act.
    Without a parse only the words of the noun phrase right after the verb: ``the`` (adjectives or
    nouns) noun ``'s``."""
    k = a
    if k < end and doc.tokens[k].pos == "DET":
        k += 1
    while k + 1 < end and doc.tokens[k].pos in ("ADJ", "NOUN") and doc.tokens[k + 1].text not in ("'s", "’s"):
        k += 1
    if k + 1 < end and doc.tokens[k].pos == "NOUN" and doc.tokens[k + 1].text in ("'s", "’s"):
        found = nominal_actor(draft, doc.tokens[k], doc.tokens[a].start)
        return [found] if found else []
    return []

def _nominal_object(doc: AnnotatedDocument, draft: Draft, a: int, end: int) -> list[str]:
    """"barred two candidates from the ballot": an object right after the verb whose head is a
    role or group noun the lexicons type (:func:`..nominals.nominal_kind`) is the one acted on, as
    the parse rules read a typed object noun (``roles.actor_of``). Without a parse only the
    words of the noun phrase: determiners, numbers, adjectives, then nouns up to the last
    (issue 14 batch 56)."""
    k = a
    while k < end and (doc.tokens[k].pos in ("DET", "NUM", "ADJ") or attributive_participle(doc, k)):
        k += 1  # ("freed two kidnapped nuns": a participle between a number and its noun is a modifier)
    head = None
    while k < end and doc.tokens[k].pos == "NOUN":
        head = doc.tokens[k]
        k += 1
    if head is None or nominal_kind(head) is None:
        return []
    found = nominal_actor(draft, head, doc.tokens[a].start)
    return [found] if found else []


def _nominal_passive_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """"Three candidates were barred by the board": the subject of a passive, right before
    "was/were", when its head is a role or group noun the lexicons type and no actor's mention
    (as :func:`_nominal_object` for the object; issue 14 batch 56)."""
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k > max(lo, t.i - 4) and doc.tokens[k].pos == "ADV":
        k -= 1
    if k - 1 < lo or doc.tokens[k].text.lower() not in _BE:
        return []
    head = doc.tokens[k - 1]
    if head.pos != "NOUN" or nominal_kind(head) is None:
        return []
    first = k - 1
    while first > max(lo, k - 8) and doc.tokens[first - 1].pos in ("DET", "NUM", "ADJ", "NOUN"):
        first -= 1  # (bounded: a text without sentence ends stays linear)
    found = nominal_actor(draft, head, doc.tokens[first].start)
    return [found] if found else []


#: Word classes inside a noun phrase read without a parse ("the opposition leader", "200 political prisoners").
_NP_POS = ("DET", "ADJ", "NUM", "NOUN", "PROPN")


def _np_end(doc: AnnotatedDocument, k: int, end: int, *, lists: bool = False) -> int:
    """The index after the noun phrase starting at ``k`` (possessives and hyphens inside it;
    with ``lists``, names joined by commas and "and": "by Spain, Ireland and Norway")."""
    start = k
    while k < end:
        w = doc.tokens[k]
        if w.pos in _NP_POS or w.text in ("'s", "’s", "-") and k > start:
            k += 1
        elif lists and k > start and (w.text == "," or w.pos == "CCONJ") and k + 1 < end and doc.tokens[k + 1].pos in ("PROPN", "DET", "NOUN"):
            k += 1
        else:
            break
    return k


def _by_phrase_roles(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> tuple[list[str], list[str]] | None:
    """Without a parse: an event noun's by-phrase, right after it or after its of-phrase ("the
    release of 200 political prisoners by the military government", "an attack by Houthi
    fighters on a border post"), gives its agents; the of-phrase and an on/against-phrase after
    the by-phrase its targets. None when no by-phrase names an actor there."""
    sent = doc.sentences[t.sent]
    end = sent.token_end
    j = last.i + 1
    patients: list[str] = []
    if j < end and doc.tokens[j].text.lower() == "of":
        k = _np_end(doc, j + 1, end)
        if k > j + 1 and doc.tokens[k - 1].pos == "NOUN" and match_trigger(doc, doc.tokens[k - 1]):
            return None  # "the threat of attacks by pirates": the by-phrase is the inner event's
        patients = _actors_in(doc, draft, j + 1, k)
        j = k
    if j < end and doc.tokens[j].text.lower() in ("to", "with"):
        # "the extradition of the former mayor to Peru by the United States": a recipient's
        # phrase between the of-phrase and the by-phrase
        k = _np_end(doc, j + 1, end)
        if k < end and doc.tokens[k].text.lower() == "by":
            patients += [a for a in _actors_in(doc, draft, j + 1, k) if a not in patients]
            j = k
    if j >= end or doc.tokens[j].text.lower() != "by":
        return None
    k = _np_end(doc, j + 1, end, lists=True)
    agents = _actors_in(doc, draft, j + 1, k)
    if not agents and k > j + 1 and doc.tokens[k - 1].pos == "NOUN":
        a = nominal_actor(draft, doc.tokens[k - 1], doc.tokens[j + 1].start)  # "by anti-corruption officers"
        agents = [a] if a else []
    if not agents:
        return None
    if k < end and doc.tokens[k].text.lower() in ("on", "against"):
        patients += [a for a in _actors_in(doc, draft, k + 1, _np_end(doc, k + 1, end)) if a not in patients]
    return agents, [a for a in patients if a not in agents]


@lru_cache(maxsize=1)
def _same_form_participles() -> frozenset[str]:
    """Verbs whose past participle is their base form (``irregular_verbs.tsv`` rows "cut cut",
    "hit hit", "shut shut"): after "was/were" they are passives ("banks were cut off from SWIFT")."""
    return frozenset(r[0] for r in rows("irregular_verbs.tsv") if len(r) > 1 and r[0] == r[1])


def _by_phrase_agents(doc: AnnotatedDocument, draft: Draft, by: int, end: int) -> tuple[list[str], int]:
    """The actors of the noun phrase after "by" at token ``by`` (its head noun as a nominal actor
    when no mention is there), and where that phrase ends."""
    k = _np_end(doc, by + 1, end, lists=True)
    agents = _actors_in(doc, draft, by + 1, k)
    if not agents and k > by + 1 and doc.tokens[k - 1].pos == "NOUN":
        a = nominal_actor(draft, doc.tokens[k - 1], doc.tokens[by + 1].start)
        agents = [a] if a else []
    return agents, k


def agentless_passive(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is a passive verb without a by-phrase ("The town was shelled for a third day")."""
    if t.pos != "VERB" or t.text.lower().endswith("ing"):
        return False
    if not doc.has_parse and (t.tag not in ("VBN", "") or t.text.lower() == t.lemma.lower() and t.text.lower() not in _same_form_participles()):
        return False  # with a parse, its passive labels decide ("was put on trial"); "were cut off" is one without
    sent = doc.sentences[t.sent]
    window = doc.tokens[t.i + 1 : min(sent.token_end, t.i + 5)]
    if any(w.text.lower() == "by" for w in window):
        return False
    if shared_passive_head(doc, t) is not None:
        # "was tried and convicted of fraud": the second participle shares the first's "be"
        # (shared_passives); a by-phrase of its own was ruled out above
        return not doc.has_parse or not any(k.dep == "obl:agent" for k in doc.children(t.i))
    if doc.has_parse:
        kids = doc.children(t.i)
        if participle_on_noun(doc, t) and not any(k.dep in ("obj", "obl:agent") for k in kids):
            return True  # "The detainees released on Friday crossed into Jordan": a participle on its patient
        return any(k.dep in ("nsubj:pass", "aux:pass") for k in kids) and not any(k.dep == "obl:agent" for k in kids)
    if reduced_passive_victim(doc, t) is not None:
        return True  # "people killed in the raid", "slain principal": a participle on its victim (reduced_passives)
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos == "ADV":
        k -= 1
    return k >= sent.token_start and doc.tokens[k].text.lower() in _BE


def _passive_by(doc: AnnotatedDocument, t: Token, last: Token) -> int | None:
    """The index of the by-phrase's "by" of a passive verb ("were freed by the militants"; a form
    of "be" before the verb, adverbs between), within its clause; None when there is none."""
    sent = doc.sentences[t.sent]
    if t.text.lower().endswith("ing"):
        return None  # "was signaling its support by making ...": a progressive, no passive
    if be_before(doc, t) is None and shared_passive_head(doc, t) is None:
        return None  # (a second participle shares the first's "be": "were held and deported by police")
    for j in range(last.i + 1, min(sent.token_end, last.i + 10)):
        w = doc.tokens[j]
        if w.text.lower() == "by":
            return j
        if j > last.i + 3 and (w.pos in ("VERB", "PUNCT") or w.text.lower() in _SUBORDINATORS):
            break  # a late by-phrase ("were imposed on Iran's drone programme on Thursday by Britain"), in the clause
    return None


def _passive_agents(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> list[str]:
    """Actors of the by-phrase of a passive verb ("were freed by the militants on Thursday")."""
    sent = doc.sentences[t.sent]
    j = _passive_by(doc, t, last)
    if j is None:
        return []
    first = _past_quantity(doc, j + 1, sent.token_end)
    found = _first_widest(doc, draft, first, _target_end(doc, first, 6))
    k = _np_end(doc, first, sent.token_end)
    if not found and k > first and doc.tokens[k - 1].pos == "NOUN":
        # "was rejected by the rebel leadership": a body named by a common noun, typed as
        # the event nouns' by-phrases are (_by_phrase_roles); "was banned by the city
        # council": a body noun (``body`` of actor_words.tsv) acts as an organisation (batch 56)
        head = doc.tokens[k - 1]
        body = head.lemma.lower() in word_class("actor_words.tsv", "body")
        a = nominal_actor(draft, head, doc.tokens[first].start, fallback="organization" if body else None)
        found = [a] if a else []
    return found


def _past_quantity(doc: AnnotatedDocument, k: int, end: int) -> int:
    """Where the party of a phrase starting at ``k`` is named: past a quantity or part noun and its
    "of" ("by a majority of lawmakers", "by members of the presidential guard", "by dozens of armed
    men": those counted act; class ``quantity-noun`` of ``actor_words.tsv``), else ``k``. Lead at
    stop 40, batch 97."""
    i = k
    while i < end and doc.tokens[i].pos in ("DET", "ADJ", "NUM"):
        i += 1
    if i + 1 < end and doc.tokens[i + 1].text.lower() == "of" and doc.tokens[i].pos == "NOUN":
        quantities = quantity_nouns()
        if doc.tokens[i].lemma.lower() in quantities or doc.tokens[i].text.lower() in quantities:
            return i + 2
    return k


def _first_widest(doc: AnnotatedDocument, draft: Draft, a: int, b: int) -> list[str]:
    """The first actor of tokens ``a`` .. ``b`` as :func:`_actors_in` finds them, read as the head
    of its noun phrase: of two mentions opening at the same word the wider one, and of a mention
    that a second one follows with only a space between, the second ("by the Spanish *air force*":
    the adjective names the force's country, the force acts). Lead at stop 38, batch 86."""
    found = _actors_in(doc, draft, a, b)
    if b <= a or not found:
        return found[:1]
    mentions = sorted((m for m in draft.mentions_between(doc.tokens[a].start, doc.tokens[b - 1].end) if m[2] in found), key=lambda m: (m[0], -m[1]))
    if len(found) < 2 or not mentions:
        return _camp_instead(doc, draft, mentions[0], a, b) if len(found) == 1 and mentions and mentions[0][2] == found[0] else found[:1]
    head = mentions[0]
    for m in mentions[1:]:
        if m[0] >= head[1] and doc.text[head[1] : m[0]].strip() in ("", "'s", "’s", "'", "’"):
            head = m  # (also past a possessive: "by the bloc's governments" -- the governments act)
        elif m[0] >= head[1] and _titles_only(doc.text[head[1] : m[0]]):
            head = m  # "Party Chairman Paul Ortiz": the body names the title's holder's office; he acts (batch 136)
        elif m[0] >= head[1]:
            break
    return _camp_instead(doc, draft, head, a, b)


def _camp_instead(doc: AnnotatedDocument, draft: Draft, head: tuple[int, int, str], a: int, b: int) -> list[str]:
    """The actor of mention ``head`` -- or, when a political camp's noun follows it right away in
    tokens ``a`` .. ``b`` ("by some House *conservatives*"), the camp: a chamber named before a
    camp says where it sits (political_camps; issue 14 batch 136)."""
    after = next((x for x in doc.tokens[a:b] if x.start >= head[1]), None)
    if after is not None and doc.text[head[1] : after.start].strip() == "" and camp_noun(after):
        camp = nominal_actor(draft, after, after.start)
        if camp:
            return [camp]
    return [head[2]]


def _titles_only(between: str) -> bool:
    """``between`` is one to three capitalised title words ("Chairman", "President"), the words between
    a body's name and a person's in "Party Chairman Paul Ortiz" (issue 14 batch 136, e77)."""
    words = between.split()
    return 0 < len(words) <= 3 and words[-1].lower() in title_words() and all(w[:1].isupper() and w.isalpha() for w in words)


def _target_end(doc: AnnotatedDocument, a: int, limit: int) -> int:
    """End of the object region: the clause end, a quote mark or a subordinate clause, within ``limit`` tokens."""
    end = min(clause_end(doc, a), a + limit) if a < len(doc.tokens) else a
    opened = scare = False
    for k in range(a, end):
        w = doc.tokens[k].text
        if w in QUOTE_CHARS:
            if k == a:
                opened = True  # the object is itself a quotation: run to its close
                continue
            if not opened and _scare_quote(doc, a, k):
                opened = scare = True  # the object's noun phrase goes on in a quotation
                continue
            if not opened:
                return k  # the close of the quotation the trigger is in
            if scare:
                return k  # the quoted noun phrase is the object: what follows its close is not
            opened = False
        elif w.lower() in _SUBORDINATORS and k > a and not opened:
            return k
        elif w.lower() == "to" and k + 1 < end and doc.tokens[k + 1].pos == "VERB" and not opened:
            return k  # "declined to send troops": what is sent is not the one declined
    return end


def _scare_quote(doc: AnnotatedDocument, a: int, k: int) -> bool:
    """The quote mark at ``k`` opens a quotation inside the object's own noun phrase, which starts
    at ``a``: "condemned the “aggressive actions of Israel”" -- an opening mark (or a straight one)
    after nothing but determiners, possessives and adjectives, with a word after it. A closing
    mark of the quotation the trigger stands in follows a word of that quotation, never an article;
    a mark further on ("killed X during a “... Forum”") belongs to another phrase."""
    w = doc.tokens[k].text
    if w not in ("“", "‘", '"') or k == a or k + 1 >= len(doc.tokens):
        return False
    if not all(doc.tokens[x].pos in ("DET", "ADJ") or doc.tokens[x].text.lower() in POSSESSIVES for x in range(a, k)):
        return False
    return doc.tokens[k - 1].pos != "ADJ" or w != '"'  # (a straight mark after an adjective may close)


def _of_phrase_parties(doc: AnnotatedDocument, draft: Draft, a: int, b: int) -> list[str]:
    """The actors of the noun phrases from ``a`` on, joined by "of", "and" or commas ("of island
    chiefs", "of the presidents of Chile, Peru and Bolivia"), up to ``b`` or the first other
    word that is no part of a noun phrase (another preposition, a verb, "that"); each phrase's last
    noun must name an actor, so a topic ("fishery policy toward Iceland") or an act ("pooling
    ...") names none."""
    out: list[str] = []
    k = a
    while k < b:
        start = k
        while k < b and doc.tokens[k].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN") and doc.tokens[k].text.lower() not in ("that", "which", "who"):
            k += 1
        if k == start:
            break
        head = doc.tokens[k - 1]
        people = head.pos == "NOUN" and is_person_lemma(head.lemma.lower())
        if draft.actor_at(head.start, head.end) is None and not people:
            return []
        out += [x for x in _actors_in(doc, draft, start, k) if x not in out]
        if k < b and doc.tokens[k].text.lower() in ("of", "and", ",") and k + 1 < b:
            k += 1
            continue
        break
    return out


def _actors_in(doc: AnnotatedDocument, draft: Draft, a: int, b: int) -> list[str]:
    if b <= a:
        return []
    kin = _kin_head(doc, draft, a, b)
    if kin is not None:
        return [kin]
    out: list[str] = []
    mentions = draft.mentions_between(doc.tokens[a].start, doc.tokens[b - 1].end)
    for s, e, actor in mentions:
        if actor in out:
            continue
        if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) and a2 != actor for s2, e2, a2 in mentions):
            continue  # "Pacific Island" inside "Pacific Island leaders": a modifier of another's phrase (a10)
        out.append(actor)
    return out


#: Possessive determiners that may open a subject phrase read without a parse ("Her daughter", "His lawyer").
_OWNER_WORDS = frozenset({"his", "her", "their", "its", "our", "my"})


def _kin_head(doc: AnnotatedDocument, draft: Draft, a: int, b: int) -> str | None:
    """The kin noun heading the phrase at ``a`` before its of-phrase ("the widow of a slain
    reporter", "her daughter"), as a person or family actor of its own: the kin are the party, not
    the one they are kin to (``kin-noun`` in ``actor_words.tsv``; as ``roles.actor_of`` reads a
    parse). None for any other phrase. Lead at stop 36."""
    k = a
    if k < b and doc.tokens[k].pos == "ADP":
        a = k = k + 1  # "[met] with the senator's father": the phrase after its preposition (e94, stop 48)
    while k < b and doc.tokens[k].pos in ("DET", "ADJ", "PRON", "NUM") and k - a < 4:
        k += 1
    owned = _after_possessor(doc, k, b)  # "the mayor's brother": the brother, not the mayor (a10)
    if owned is not None:
        k = owned
    if k >= b:
        return None
    w = doc.tokens[k]
    if w.pos != "NOUN" or w.lemma.lower() not in kin_nouns() or draft.actor_at(w.start, w.end) is not None:
        return None
    if not (k + 1 < b and doc.tokens[k + 1].text.lower() == "of" or k > a and doc.tokens[k - 1].pos == "PRON" or owned is not None):
        return None
    if k + 2 < b and doc.tokens[k + 1].text in (",", "and") and doc.tokens[k + 2].pos in ("PROPN", "DET", "PRON"):
        return None  # "his wife, Heidi, and his father": the names apposed or joined are the parties
    return nominal_actor(draft, w, doc.tokens[a].start)


def _after_possessor(doc: AnnotatedDocument, k: int, b: int) -> int | None:
    """The token after a possessor of one to three nouns or names at ``k`` ("mayor 's", "Ana Ruiz
    's"), or None."""
    m = k
    while m < b and m - k < 3 and doc.tokens[m].pos in ("NOUN", "PROPN"):
        m += 1
    if m == k or m + 1 >= b or doc.tokens[m].text not in ("'s", "’s"):
        return None
    return m + 1


def _subject(ctx: Context, t: Token, depth: int = 0) -> list[str]:
    """The agent of verb ``t`` read off the words before it: through an infinitive's governing
    verb and a coordinated verb's first conjunct (:func:`_shared_subject_verb`), past a comma
    aside, and to the head of a noun phrase rather than the place in its in/of-phrase."""
    listed = previous_listed_participle(ctx.doc, t)
    if listed is not None:
        # "..., detaining the editor and accusing the paper": every clause of a list of -ing clauses
        # has the first one's doer, the main clause's subject, or none found (participle_lists, batch 136)
        while (earlier := previous_listed_participle(ctx.doc, listed)) is not None:
            listed = earlier
        controller = _participle_clause_subject(ctx, listed)
        return [controller] if controller else []
    gov = _shared_subject_verb(ctx.doc, t) if depth < 4 else None
    if gov is not None:
        found = _subject(ctx, gov, depth + 1)
        if found:
            return found
        # the verb whose subject ``t`` shares has none that is an actor ("Hundreds rallied in front
        # of the Israeli consulate to demand ..."): the nearest name before ``t`` stands in that
        # verb's object or place phrase, never the doer (lead, stop 45, dev batch 130 C)
        return []
    return [_phrase_head(ctx, t, a) for a in _nearest_subject(ctx, t) if not _place_before_event_noun(ctx, t, a)]


def _place_before_event_noun(ctx: Context, t: Token, actor: str) -> bool:
    """The subject found is a place name compounded with the event noun that heads the subject
    ("the Paris terror attacks highlight ...", "the Geneva talks failed"): where, not who, as the
    parse rules read it (``roles._place_of_event``). Only a capital the gazetteer lists or a
    location that is no capital; nouns alone between it and the verb, the last an event noun."""
    doc, draft = ctx.doc, ctx.draft
    k = t.i - 1
    if k < 1 or doc.tokens[k].pos != "NOUN" or match_trigger(doc, doc.tokens[k]) is None:
        return False
    while k > doc.sentences[t.sent].token_start and doc.tokens[k - 1].pos in ("NOUN", "ADJ"):
        k -= 1
    place = doc.tokens[k - 1]
    if draft.actor_at(place.start, place.end) != actor:
        return False
    fields = draft.actor_fields(actor)
    if fields is not None and fields.kind == "location" and not is_capital(fields):
        return True
    return (gazetteer().get((place.text,)) or ("",))[0] == "capital"


def _nearest_subject(ctx: Context, t: Token) -> list[str]:
    doc, draft = ctx.doc, ctx.draft
    k = t.i - 1
    if k > 1 and doc.tokens[k].text.lower() in ("which", "who") and doc.tokens[k - 1].text == ",":
        # "Araghchi's criticism, which condemned": the antecedent or its possessor
        ante = doc.tokens[k - 2]
        a = ctx.draft.actor_at(ante.start, ante.end) or possessor_before(doc, draft, ante)
        return [a] if a else []
    j = k
    while j > 0 and doc.tokens[j].pos in ("AUX", "ADV", "PART"):
        j -= 1
    whose = _whose_clause(doc, t)
    if whose is not None and whose + 1 <= j and all(doc.tokens[x].pos in ("ADJ", "NOUN") for x in range(whose + 1, j + 1)) and doc.tokens[j].pos == "NOUN":
        # "The rebels, whose leader was killed": the clause's subject is the possessed noun (its
        # owner is the antecedent, not the one the verb is said of; issue 14 batch 56)
        owned = doc.tokens[j]
        a = draft.actor_at(owned.start, owned.end) or nominal_actor(draft, owned, doc.tokens[whose + 1].start)
        return [a] if a else []
    if j > 1 and doc.tokens[j].text.lower() == "who" and doc.tokens[j - 1].pos in ("NOUN", "PROPN"):
        named = _who_antecedent(ctx, j)
        if named is not None:
            return [named]
        ante = doc.tokens[j - 1]
        if ante.pos == "NOUN" and ante.text[:1].islower():
            # "the 20 first-graders who were killed": "who" is the noun before it, people no lexicon
            # types ("who" says they are people), not a name further back (issue 14 batch 56, rules
            # on PolNeAR train); as the one a passive is done to, named as written, as the aid
            # recipients are (recipients.py); as a doer, no one ("a fighter who bombs a bridge" in a
            # film's plot is no party)
            if not agentless_passive(doc, t):
                return []
            actor_id = draft.actor_id_named(ante.text.lower(), "group" if ante.text.lower().endswith("s") else "person")
            draft.add_mention(actor_id, ante.start, ante.end)
            return [actor_id]
    rel = _relative_before(doc, t)
    if rel is not None:
        # "The foreign minister who visited Moscow met Putin", "Activists who criticized the army
        # were arrested": the subject the relative clause describes, not a name inside the clause
        subject = _who_antecedent(ctx, rel)
        if subject is not None:
            return [subject]
    controller = _participle_clause_subject(ctx, t)
    if controller is not None:
        # "The tycoon entered the race with harsh words about migrants, calling them ...", "Lena
        # Brandt, a senator, filed a motion with the court, accusing ...": the main clause's
        # subject, before any reading of the words ahead of the comma as an aside (batch 121)
        return [controller]
    if j > 0 and doc.tokens[j].text == ",":
        named = _apposed_name(ctx, j)
        if named is not None:
            return [named]  # "Pakistan's army chief, Gen. Asim Munir, met": the name is the chief
        # "The defence minister, who has faced weeks of criticism over ..., resigned": the noun
        # before the relative clause, not the last one inside it
        ante_i = noun_before_relative_clause(doc, j)
        if ante_i is None:
            ante_i = _noun_before_aside(doc, j)
        if ante_i is not None:
            ante = doc.tokens[ante_i]
            a = draft.actor_at(ante.start, ante.end) or nominal_actor(draft, ante, ante.start)
            if a:
                return [a]
    passive_subject = passive_subject_before(ctx, t)
    if passive_subject is not None:
        return [passive_subject]  # "The envoy was recalled to Ankara after criticizing ...": the envoy
    opening_subject = opening_clause_subject(ctx, t)
    if opening_subject is not None:
        return [opening_subject]  # "After meeting the president, the envoy flew on ...": the envoy (e83)
    src = ctx.subject_of(t)
    label = _label_colon(doc, t)
    if src is not None and src.actor is not None and label is not None and src.start < doc.tokens[label].start:
        src = None  # "Kenya: President Praises Police": the label before the colon is no subject
    if src is not None and src.actor is None and doc.text[src.start : src.end].lower() in _PERSONAL_PRONOUNS and _just_before(doc, t, src.start):
        # "The ministry said he had attacked the guards": the subject is a pronoun no one named
        # before it; the reporter is not the attacker (batch 52, rules engine on PolNeAR train)
        return []
    if src is None or src.actor is None:
        # participles ("by condemning", "declined to send"): the clause's subject
        sent = doc.sentences[t.sent]
        lo = label + 1 if label is not None else sent.token_start
        if lo < t.i and doc.tokens[lo].text.lower() in _OWNER_WORDS and lo + 1 < t.i:
            lo += 1  # "Her daughter accused ...": the phrase after a possessive (lead at stop 36)
        if lo < t.i and doc.tokens[t.i - 1].pos in ("NOUN", "PROPN") and all(doc.tokens[k].pos in ("NOUN", "PROPN", "ADJ") for k in range(lo, t.i)):
            # a bare noun phrase opening the clause, as headlines write it ("Pope Calls for ...",
            # "Iran: Authorities Shut Down ..."): its head, when it names a role or a body
            a = nominal_actor(draft, doc.tokens[t.i - 1], doc.tokens[lo].start)
            if a:
                return [a]
        for k in range(t.i - 1, sent.token_start - 1, -1):
            w = doc.tokens[k]
            if k == label:
                break
            if w.text == "," and k + 1 < t.i and doc.tokens[k + 1].text.lower().endswith("ing"):
                # ", claiming it had taken a stance by condemning": the participle clause hangs on
                # the main clause, whose subject is the sentence's first actor
                first = _first_actor(ctx, sent.token_start, k)
                return [first] if first else []
            if w.pos == "SCONJ" and _own_clause_subject_after(doc, k, t.i):
                # "The mayor called the budget a priority, whereas several councilors criticized the
                # chief": a subordinator opens the verb's own clause, whose subject stands after it;
                # a subject no lexicon names is no licence to take one from the clause before
                # (batch 121, rules engine on PolNeAR train: "..., while Republican candidates went after")
                return []
            a = ctx.draft.actor_at(w.start, w.end)
            if a and w.pos in ("PROPN", "PRON", "NOUN"):
                return [a]
        return []
    return [src.actor]


def _own_clause_subject_after(doc: AnnotatedDocument, sconj: int, verb: int) -> bool:
    """A noun stands between the subordinator at ``sconj`` and the verb at ``verb`` with no comma
    between: the clause the subordinator opens has a subject of its own ("whereas several councilors
    criticized"), unlike a gerund adjunct ("while touring", whose doer is the main clause's). A
    pronoun subject is left to the scan, which reads it through its antecedent ("so they'll think
    twice before agreeing": the workers named before)."""
    words = doc.tokens[sconj + 1 : verb]
    return any(w.pos in ("NOUN", "PROPN") for w in words) and not any(w.text == "," for w in words)


#: Verbs that lend their subject to the infinitive after them when no noun stands between
#: ("Poland plans to deploy", "the Pentagon moved to send", "the authorities went on to arrest",
#: "the government was forced to release"): every verb does, except those whose object would
#: stand between ("prompted the government to close"), which the adjacency test already excludes.
_TO = frozenset({"to"})
#: Words that may stand between a governing verb and its infinitive's "to" ("moved on Sunday to send").
_GAP = frozenset({"on", "in", "at", "last", "this", "next", "early", "late", "also", "then", "later", "quickly", "swiftly", "finally", "again"})


def _past_auxiliaries_to_and(doc: AnnotatedDocument, k: int, start: int) -> int:
    """``k`` moved back past auxiliaries and adverbs when "and" or "but" stands before them: "... and was
    sharply criticized", "... but has been condemned" share the first conjunct's subject (a passive's
    is its patient; issue 14 batch 75); any other position stays where it was."""
    j = k
    while j > start and (doc.tokens[j].pos == "ADV" or doc.tokens[j].pos == "AUX" and doc.tokens[j].text.lower() in _AND_AUX):
        j -= 1
    return j if j < k and doc.tokens[j].text.lower() in ("and", "but") else k


#: Auxiliaries a second conjunct may open with before its verb ("and was criticized", "and has been").
_AND_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "be"})


def _shared_subject_verb(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse, the verb whose subject ``t`` shares: the verb governing its infinitive
    ("moved on Sunday to send", "is set to sign") or the first of two coordinated verbs ("Jordan
    condemned the raid ... and recalled its ambassador": the verb before "and" with no subject of
    its own between; issue 14 batch 16)."""
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos == "ADV":
        k -= 1
    if k <= sent.token_start:
        return None
    k = _past_auxiliaries_to_and(doc, k, sent.token_start)
    w = doc.tokens[k]
    if w.text.lower() == "in":
        from .joined_acts import joined_subject_verb

        return joined_subject_verb(doc, t)  # "Spain joined Italy in condemning": Spain's act
    if w.text.lower() in _ADJUNCT_GERUND_HEADS and t.pos == "VERB" and t.text.lower().endswith("ing"):
        # "answered the premier by accusing him", "criticized X before also ripping Y": the one who
        # answered, the critic -- an adjunct gerund's doer is the main clause's subject
        return _verb_before_means(doc, k)
    if w.text.lower() in _TO:
        j = k - 1
        while j > sent.token_start and (doc.tokens[j].text.lower() in _GAP or doc.tokens[j].pos in ("NUM", "ADV") or doc.tokens[j].text[:1].isupper() and doc.tokens[j].text.lower() in _day_words()):
            j -= 1
        v = doc.tokens[j]
        if v.pos == "VERB" or v.pos == "ADJ" and v.text.lower() in word_class("sense_words.tsv", "readiness"):
            return v
        if v.pos == "NOUN" and v.text.lower() in word_class("sense_words.tsv", "entitlement-noun"):
            from .entitled_acts import user_verb

            used = user_verb(doc, v)
            if used is not None:
                return used  # "the governor used her authority to pardon": who used it acts (lead, stop 42)
        # ("phoned the president to thank him": the caller thanks; purpose_infinitives)
        return _journey_before_purpose(doc, k) or contact_before_purpose(doc, k) or place_before_purpose(doc, k)
    if w.text.lower() == "and" and k - 1 > sent.token_start and doc.tokens[k - 1].text == "," and t.lemma.lower() in _SPEECH_ACTS:
        # "The governor said militants had attacked a post, and urged residents to stay indoors":
        # a speech act after ", and" is the reporter's, as with a parse (roles._reporter_conjunct)
        return next((x for x in reversed(doc.tokens[sent.token_start : k]) if x.pos == "VERB" and x.lemma.lower() in speech_verbs() and x.text.lower() != x.lemma.lower()), None)
    contrast = w.text.lower() == "but" and k - 2 > sent.token_start
    if contrast or w.text.lower() == "and" and k - 1 > sent.token_start and doc.tokens[k - 1].text != ",":
        # the first conjunct: the nearest verb before "and" with only its object and adjuncts between;
        # a verb right after "but" (", but") shares it too ("kept their weapons but freed the
        # hostages": the rebels freed them, not the weapons; issue 14 batch 94)
        back = k - 2 if contrast and doc.tokens[k - 1].text == "," else k - 1
        for j in range(back, max(sent.token_start, k - 15) - 1, -1):
            x = doc.tokens[j]
            if x.text in (",", ";", ":") or x.text in QUOTE_CHARS or x.text.lower() in _SUBORDINATORS or x.text.lower() in ("that", "and", "but"):
                return None
            before = doc.tokens[j - 1].pos if j > sent.token_start else ""
            if x.pos == "VERB" and not x.text.lower().endswith("ing") and before and (before not in ("DET", "ADJ", "NOUN") or before == "NOUN" and (x.text.lower().endswith("ed") or x.text.lower() in _irregular_pasts())):
                # (after a determiner, adjective or noun a "verb" is a mistagged noun: "a police post";
                # a past in -ed after a noun is its verb: "Troops evacuated the base and retreated",
                # and so is an irregular past: "The premier met union leaders and rejected their
                # demands" -- the premier rejected them; lead, stop 43, batch 119 E)
                return x
    return None


@lru_cache(maxsize=1)
def _irregular_pasts() -> frozenset[str]:
    """Irregular past forms of ``irregular_verbs.tsv`` that differ from their lemma and end
    neither in -s nor in -ing ("met", "took", "sent", "held"; not "cut", "put", "is", "being"):
    after a noun such a word the tagger calls a verb is a verb, as a past in -ed is."""
    return frozenset(r[0] for r in rows("irregular_verbs.tsv") if len(r) >= 2 and r[0] != r[1] and r[0].isalpha() and not r[0].endswith(("s", "ing")))


#: Prepositions whose gerund adjunct is controlled by the main clause's subject: English adjuncts
#: of means ("by condemning") and of time or manner ("before ripping", "after accusing", "while
#: criticizing", "without naming", "since leaving") take the subject as the doer, never the object
#: (issue 14, stop 41: e54 took "by"; e55 the time and manner heads, which the rules engine gave the
#: nearest name before the gerund -- the main verb's object -- on PolNeAR train).
_ADJUNCT_GERUND_HEADS = frozenset({"by", "before", "after", "while", "without", "since", "upon"})

#: Forms of "be" before a past participle: a passive, whose "by" may name its agent.
_BE_BEFORE_PARTICIPLE = frozenset({"was", "were", "is", "are", "been", "being", "be"})


def _verb_before_means(doc: AnnotatedDocument, by: int) -> Token | None:
    """The verb that an adjunct "by" (or "before", "after", "while" ...: ``_ADJUNCT_GERUND_HEADS``) + gerund hangs on, whose subject does the gerund's act:
    English adjuncts are controlled by the main clause's subject, not by its object or a name in
    between ("The ministry answered the report by criticizing the auditors", "hit back at the
    governor by accusing him": the ministry, the one who hit back).  The nearest verb before "by"
    with only its object and adjuncts between (no punctuation, quotation mark or clause word), not a
    noun the tagger read as a verb after a determiner or an adjective; none after a passive's
    "be", whose by-phrase may be its agent, or when no such verb is near (issue 14, stop 41, e54:
    PolNeAR train, rules engine, a means gerund's doer taken from the object before "by")."""
    sent = doc.sentences[doc.tokens[by].sent]
    for j in range(by - 1, max(sent.token_start, by - 15) - 1, -1):
        x = doc.tokens[j]
        low = x.text.lower()
        if x.pos == "PUNCT" or x.text in QUOTE_CHARS or low in _SUBORDINATORS or low in ("that", "and", "but", "who", "which"):
            return None
        if x.pos != "VERB":
            continue
        before = doc.tokens[j - 1] if j > sent.token_start else None
        if before is not None and before.pos in ("DET", "ADJ"):
            continue  # "a police post": a noun the tagger read as a verb
        if before is not None and before.text.lower() in _BE_BEFORE_PARTICIPLE and not low.endswith("ing"):
            return None  # "was elected by ...": a passive, left to the by-phrase readings
        if _inside_participle_clause(doc, j):
            return None  # ", claiming it had taken a stance by condemning": the participle clause's rule
        return x
    return None


def _inside_participle_clause(doc: AnnotatedDocument, j: int) -> bool:
    """Word ``j`` stands in a participle clause opened after a comma (", claiming it had taken a
    clear stance ..."), with no other comma between: its doer is the main clause's subject, which
    the participle-clause reading of :func:`_nearest_subject` finds; a pronoun inside ("it") would
    be resolved on its own."""
    sent = doc.sentences[doc.tokens[j].sent]
    for k in range(j - 1, sent.token_start, -1):
        if doc.tokens[k].text == ",":
            nxt = doc.tokens[k + 1]
            return nxt.pos == "VERB" and nxt.text.lower().endswith("ing")
    return False


def _journey_before_purpose(doc: AnnotatedDocument, to: int) -> Token | None:
    """The travel verb (``travel-verb``) whose destination and time phrases alone stand between it
    and the purpose infinitive's ``to``: "flew to Doha on Monday to meet", "went to Warsaw last
    week to discuss" -- the traveller meets, not the place (lead at stop 39, dev batch 91).

    Only a verb followed at once by a preposition or "back"/"home" counts, and only words of
    prepositional and time phrases may follow: an object between ("urged Israel to stop") or a
    verb that is no journey ("appealed to the governor to pardon") leaves the infinitive alone."""
    sent = doc.sentences[doc.tokens[to].sent]
    travel = event_words("travel-verb")
    for j in range(to - 1, max(sent.token_start, to - 10) - 1, -1):
        v = doc.tokens[j]
        if v.pos == "VERB":
            if v.lemma.lower() not in travel or j + 1 >= to:
                return None
            if j > sent.token_start and doc.tokens[j - 1].text.lower() == "you":
                return None  # "“You went on television to blame ...”": the one addressed, whom no rule resolves
            after = doc.tokens[j + 1]
            return v if after.pos == "ADP" or after.text.lower() in ("back", "home") else None
        if v.pos not in _PHRASE_POS and v.text.lower() not in _GAP:
            return None
    return None


#: Parts of speech of the words of a destination or time phrase ("to the Polish capital on Monday").
_PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN"})


#: Speech acts a reporter goes on to make after what it reports (as ``roles._REPORTER_PARTICIPLES``).
_SPEECH_ACTS = frozenset({"accuse", "blame", "call", "urge", "demand", "condemn", "criticise", "criticize", "praise", "denounce", "appeal"})


def _day_words() -> frozenset[str]:
    from ...lexicons import weekdays
    return frozenset(w.lower() for w in weekdays())


#: Words that open a comma aside between a subject and its verb without a relative pronoun
#: ("The Pentagon, facing attacks on its bases in Iraq, moved ...", "Thousands of farmers, angry at
#: cheap imports from Ukraine, drove ...", "Iranian authorities, citing ..., arrested ...").
def _apposed_name(ctx: Context, comma: int) -> str | None:
    """The person named between two commas right after a noun and right before the verb ("The
    EU's foreign policy chief, Josep Borrell, condemned ..."): the apposition names the subject.
    Only a name (capitalised words, a title abbreviation) that is one actor's mention."""
    doc, draft = ctx.doc, ctx.draft
    first = doc.sentences[doc.tokens[comma].sent].token_start
    opening = next((k for k in range(comma - 1, max(first, comma - 8) - 1, -1) if doc.tokens[k].text == ","), None)
    if opening is None or opening - 1 < first or opening + 1 >= comma or doc.tokens[opening - 1].pos not in ("NOUN", "PROPN"):
        return None
    words = doc.tokens[opening + 1 : comma]
    if not all(w.text[:1].isupper() or w.text == "." for w in words):
        return None
    found = {a for _s, _e, a in draft.mentions_between(words[0].start, words[-1].end)}
    if len(found) != 1:
        return None
    actor = found.pop()
    fields = draft.actor_fields(actor)
    return actor if fields is not None and fields.kind == "person" else None


_PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def _just_before(doc: AnnotatedDocument, t: Token, start: int) -> bool:
    """The word at offset ``start`` is the one before verb ``t`` past auxiliaries, adverbs and "not"."""
    k = t.i - 1
    lo = doc.sentences[t.sent].token_start
    while k > lo and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
        k -= 1
    return doc.tokens[k].start == start


def _participle_by(doc: AnnotatedDocument, t: Token) -> tuple[int, Token] | None:
    """(the index of "by", the noun described) when verb ``t`` is a past participle with a
    by-phrase right after a noun ("Fund77 funded by ...", :func:`.triggers.surface_participle_by`)
    or opening a comma aside after one ("The group, funded by major donors, ...")."""
    by = surface_participle_by(doc, t)
    if by is not None and by == t.i + 1:
        return by, doc.tokens[t.i - 1]  # (the by-phrase right after it: "praised efforts by Qatar" is active)
    sent = doc.sentences[t.sent]
    if t.i - 2 < sent.token_start or doc.tokens[t.i - 1].text != "," or doc.tokens[t.i - 2].pos not in ("NOUN", "PROPN"):
        return None
    if not t.text.lower().endswith(("ed", "en", "t")) or t.i + 1 >= sent.token_end or doc.tokens[t.i + 1].text.lower() != "by":
        return None
    return t.i + 1, doc.tokens[t.i - 2]


def _whose_clause(doc: AnnotatedDocument, t: Token) -> int | None:
    """The "whose" of a comma aside ", whose ..." that verb ``t`` stands in ("The minister, whose
    ministry banned the rally, said ..."), within eight words before it and no comma between; None
    when ``t`` is in no such aside."""
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 9), -1):
        w = doc.tokens[k].text
        if w in (",", ";", ":") or w in QUOTE_CHARS:
            return None
        if w.lower() == "whose":
            return k if k > lo and doc.tokens[k - 1].text == "," else None
    return None


def _relative_verb(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is the verb of a "who" relative clause hung on a noun ("rebels who seized the town")."""
    k = t.i - 1
    lo = doc.sentences[t.sent].token_start
    while k > lo and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
        k -= 1
    return k > lo and doc.tokens[k].text.lower() == "who" and doc.tokens[k - 1].pos in ("NOUN", "PROPN")


def _relative_before(doc: AnnotatedDocument, t: Token) -> int | None:
    """The "who" of a relative clause inside the subject of verb ``t``: the clause's first words
    are a noun phrase, then "who", then one verb (the relative's, with an infinitive after "to") and its words, then ``t``
    ("The minister who visited Moscow met ..."). None when anything else stands between: another
    verb ("Officials who spoke ... said the army attacked": the army attacked), a comma, a quote."""
    sent = doc.sentences[t.sent]
    lo = max(sent.token_start, t.i - 40)  # (bounded: a text without sentence ends stays linear)
    who = next((k for k in range(t.i - 2, lo, -1) if doc.tokens[k].text.lower() == "who"), None)
    if who is None or doc.tokens[who - 1].pos not in ("NOUN", "PROPN"):
        return None
    if lo != sent.token_start or any(doc.tokens[k].pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART") and doc.tokens[k].text not in ("'s", "’s") for k in range(lo, who)):
        return None  # the noun phrase before "who" opens the clause
    between = doc.tokens[who + 1 : t.i]
    # an infinitive after "to" belongs to the relative's verb ("who used to back the governor",
    # "who wanted to meet": one verb group; stop 43, e67)
    verbs = [w for w in between if w.pos == "VERB" and doc.tokens[w.i - 1].text.lower() != "to"]
    if len(verbs) != 1 or any(w.text in (",", ";", ":") or w.text in QUOTE_CHARS for w in between):
        return None
    k = t.i - 1
    while k > who and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
        k -= 1
    return who if k > verbs[0].i else None


def _who_antecedent(ctx: Context, who: int) -> str | None:
    """The actor a "who" right before the verb refers to: the noun before it ("a former county party
    treasurer who recently signed on"), or the name that noun is apposed to ("Tom Vance, a former
    treasurer who ..."): without a parse, the nearest actor inside the noun phrase is only a
    modifier ("party"; issue 14 batch 52, rules engine on PolNeAR train)."""
    doc, draft = ctx.doc, ctx.draft
    ante = doc.tokens[who - 1]
    first = doc.sentences[ante.sent].token_start
    k = who - 1
    while k > first and doc.tokens[k - 1].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and doc.tokens[k - 1].text not in ("'s", "’s"):
        k -= 1
    named = apposed_person_before(doc, draft, k)
    if named is not None:
        # "Tom Vance, a former treasurer who ...", also when the apposed phrase is an actor of its
        # own ("Tom Vance, a Utah Republican who ...": apposed_relatives, e57 stop 42)
        return named
    a = draft.actor_at(ante.start, ante.end)
    if a:
        return a
    found = nominal_actor(draft, ante, doc.tokens[k].start)
    p = k - 1 if k - 1 >= first and doc.tokens[k - 1].text.lower() in POSSESSIVES else k
    if found is None and p - 2 >= first and doc.tokens[p - 1].text.lower() in _WHO_PLACE_PREPS and doc.tokens[p - 2].pos in ("NOUN", "PROPN"):
        # "sent a lawyer to his office who threatened ...": "who" is said of people, so a place
        # (no actor) is not its antecedent; the one sent or found there is (stop 34, e29)
        return _who_antecedent(ctx, p - 1)
    return found


#: Prepositions of a place phrase between a person and the "who" said of them ("a lawyer *to his
#: office* who ...", "an aide *at the embassy* who ..."). Its own name: it once rebound
#: ``_PLACE_PREPS`` here, so the "talks between X and Y in Paris" cut above read this list
#: instead of parse_roles' place prepositions (stop 37).
_WHO_PLACE_PREPS = frozenset({"to", "at", "in", "into", "from", "outside", "inside"})


def _noun_before_aside(doc: AnnotatedDocument, comma: int) -> int | None:
    """The noun before a comma aside that ends at ``comma`` and opens with a participle or an
    adjective ("The Pentagon, facing ..., moved"), or None (see ``noun_before_relative_clause``)."""
    toks = doc.tokens
    first = doc.sentences[toks[comma].sent].token_start
    for j in range(comma - 1, max(first, comma - 30), -1):
        if toks[j].text == ",":
            opener = toks[j + 1]
            participle = opener.text.lower().endswith(("ing", "ed")) and opener.pos in ("VERB", "ADJ", "NOUN")
            if not (participle or opener.pos == "ADJ") or j - 1 < first:
                return None
            k = j - 1
            return k if toks[k].pos in ("NOUN", "PROPN") else None
        if toks[j].text in (";", ":") or toks[j].text in QUOTE_CHARS:
            return None
    return None


#: Prepositions of a noun phrase's place or part ("security forces in the state of Guerrero",
#: "the authorities in Minsk", "the fighters from the town"): what they govern is not the head.
_PHRASE_PREPS = frozenset({"in", "of", "for", "from", "at", "near", "across", "inside", "outside"})
_PHRASE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
#: Words hedging a count inside a noun phrase ("more than two dozen", "at least 40", "nearly 300").
_COUNT_HEDGES = frozenset({"more", "fewer", "less", "than", "least", "nearly", "almost", "about", "roughly"})


def _phrase_head(ctx: Context, t: Token, actor: str) -> str:
    """The actor heading the noun phrase whose in/of/from-phrase holds ``actor``, the subject
    found before verb ``t`` ("Security forces in the southern state of Guerrero opened fire":
    the forces, not Guerrero; "Families of the hostages petitioned": the families). ``actor``
    stays when the head is a title before a name ("Secretary of State Antony Blinken"), no actor,
    or a word counting people ("Thousands of farmers")."""
    doc, draft = ctx.doc, ctx.draft
    fields = draft.actor_fields(actor)
    if fields is None:
        return actor
    sent = doc.sentences[t.sent]
    hits = [m for m in draft.mentions_before(t.start, limit=doc.tokens[sent.token_start].start) if m[2] == actor]
    if not hits:
        return actor
    start = hits[0][0]
    k = next((j for j in range(t.i - 1, sent.token_start - 1, -1) if doc.tokens[j].start <= start), None)
    head = None
    while k is not None and k > sent.token_start:
        k -= 1
        w = doc.tokens[k]
        if w.text.lower() in _PHRASE_PREPS and w.pos == "ADP":
            if head is None or doc.tokens[k - 1].pos in ("NOUN", "PROPN"):
                # ("Nearly all of the mayors of the country's largest cities": a quantifier before
                # the outer "of" leaves the mayors the head; issue 14 batch 53)
                head = k - 1
        elif w.pos == "VERB" and w.text.lower().endswith("ed") and doc.tokens[k + 1].pos in ("NOUN", "ADJ"):
            continue  # an attributive participle: "the kidnapped engineers"
        elif w.pos == "CCONJ" and doc.tokens[k - 1].pos == "PROPN" and doc.tokens[k + 1].pos in ("PROPN", "DET") and not person_opens(doc, draft, k + 1):
            continue  # names joined inside the phrase: "Police forces from Austria and Slovenia agreed"
        elif w.text.lower() in _COUNT_HEDGES and (doc.tokens[k + 1].pos in ("NUM", "DET", "ADJ") or doc.tokens[k + 1].text.lower() in _COUNT_HEDGES):
            continue  # a hedged count inside the phrase: "Mayors in more than 30 cities" (batch 136)
        elif w.pos not in _PHRASE_WORDS and w.text not in ("'s", "’s", "'", "’"):
            break  # (a plural's bare apostrophe too: "The leader of the farmers' union"; batch 136)
    if head is None or head < sent.token_start or doc.tokens[head].pos not in ("NOUN", "PROPN"):
        return actor
    h = doc.tokens[head]
    if {h.text.lower(), h.lemma.lower()} & (quantity_nouns() | _crowd()):
        return actor  # "Thousands of farmers", "a group of gunmen": the people counted act
    if h.text[:1].isupper() and h.text.lower() in title_words():
        return actor  # "Secretary of State Antony Blinken met": a title before the name
    lo = head
    while lo > sent.token_start and doc.tokens[lo - 1].pos in _PHRASE_WORDS:
        lo -= 1
    found = draft.actor_at(h.start, h.end) or nominal_actor(draft, h, doc.tokens[lo].start)
    return found or actor


def _label_colon(doc: AnnotatedDocument, t: Token) -> int | None:
    """The colon after a headline's label ("Kenya: President Praises ...") before ``t`` in its sentence."""
    sent = doc.sentences[t.sent]
    for k in range(sent.token_start + 1, min(t.i, sent.token_start + 5)):
        if doc.tokens[k].text == ":":
            return k
    return None


def _participle_clause_subject(ctx: Context, t: Token) -> str | None:
    """Without a parse, the doer of an -ing clause after a comma that closes the main clause: the
    main clause's subject, an actor that opens the sentence ("The tycoon entered the race with
    harsh words about migrants, *calling* them rapists": the tycoon, not the migrants named just
    before the comma). English participle clauses are controlled by the subject of the clause they
    hang on (issue 14 batch 94). Only when the sentence opens with its subject (no phrase or clause
    before it: "After the rebels attacked, the army responded, killing ..." is left alone) and no
    quotation or second clause stands between."""
    doc = ctx.doc
    sent = doc.sentences[t.sent]
    comma = comma_before_quote_close(doc.tokens, t.i, sent.token_start)  # '"lazy and vain," accusing' (batch 123)
    if t.pos != "VERB" or not t.text.lower().endswith("ing") or comma <= sent.token_start or doc.tokens[comma].text != ",":
        return None
    first = doc.tokens[sent.token_start]
    if first.pos == "PRON" and first.text.lower() in _SUBJECT_PRONOUNS:
        return _pronoun_clause_subject(ctx, doc.tokens[sent.token_start : comma])
    if first.pos in ("ADP", "SCONJ", "ADV", "VERB", "PRON") or first.text.lower() in _SUBORDINATORS or first.text in QUOTE_CHARS:
        return None
    hits = ctx.draft.mentions_between(first.start, doc.tokens[comma - 1].end)
    if not hits or hits[0][0] > doc.tokens[min(sent.token_start + 3, comma - 1)].start:
        return None  # the sentence does not open with an actor
    between = doc.tokens[sent.token_start : comma]
    if any(w.text in (";", ":") or w.text.lower() in ("who", "which", "that") for w in between) or not quoted_words_only(between):
        return None  # a quoted epithet on the object is no clause of its own (batch 123)
    if not one_clause_before_participle(between):
        return None
    named = _name_apposed_to_subject(ctx, sent.token_start, comma)
    if named is not None:
        return named  # "Clinton's husband, Bill, hurled ..., accusing": Bill, not Clinton
    head = _first_widest(doc, ctx.draft, sent.token_start, comma)  # "Brazilian police": the police, not Brazil
    return head[0] if head else None


def _name_apposed_to_subject(ctx: Context, lo: int, hi: int) -> str | None:
    """The person named between the two commas right before the main clause's verb phrase in
    tokens ``lo`` .. ``hi`` ("Clinton's husband, Bill, hurled ...", "the party's leader, Marine
    Lenoir, voiced ..."): the apposition names the subject, whose own phrase may open with an owner
    (:func:`_apposed_name`); None when no such name stands there."""
    doc = ctx.doc
    commas = [k for k in range(lo, hi) if doc.tokens[k].text == ","]
    for c in commas:
        after = next((x for x in commas if x > c), hi)
        if any(w.pos in ("VERB", "AUX") for w in doc.tokens[c + 1 : after]):
            return _apposed_name(ctx, c) if c != commas[0] else None
    return None


#: Third-person subject pronouns that may open the main clause an -ing clause hangs on.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})


def _pronoun_clause_subject(ctx: Context, between: list[Token]) -> str | None:
    """The actor a pronoun subject opening the main clause stands for, as the reporting-verb step
    resolves it for that clause's verb ("Omar Reyes practises law. He wrote an essay for the
    Gazette, the town's oldest paper, *mocking* the mayor": Reyes), under the same one-clause test
    as a named subject (batch 121)."""
    if any(w.text in (";", ":") or w.text.lower() in ("who", "which", "that") for w in between) or not quoted_words_only(between):
        return None
    if not one_clause_before_participle(between):
        return None
    verb = next((w for w in between[1:] if w.pos == "VERB"), None)
    if verb is None:
        return None
    src = ctx.subject_of(verb)
    if src is None or src.actor is None or src.start != between[0].start:
        return None
    return src.actor


def _first_actor(ctx: Context, lo: int, hi: int) -> str | None:
    """The first actor mentioned in tokens ``lo..hi`` (the subject of a sentence's main clause)."""
    doc = ctx.doc
    for k in range(hi - 1, lo - 1, -1):
        if doc.tokens[k].text in ("–", "—", "--", ":"):
            lo = k + 1  # a dateline or label before a dash is not the clause ("Brussels – On Tuesday, ...")
            break
    if hi <= lo:
        return None
    hits = ctx.draft.mentions_between(doc.tokens[lo].start, doc.tokens[hi - 1].end)
    return hits[0][2] if hits else None


#: Finite forms of "have" that report talks held ("had two conversations with", "has had talks").
_FINITE_HAVE = frozenset({"had", "has"})
#: Particles a phrasal light verb carries before its noun ("carried out", "set up", "called off").
_VERB_PARTICLES = frozenset({"out", "up", "off", "down", "away"})


def _verb_subject_of_noun(ctx: Context, t: Token) -> list[str]:
    """'Doha had enabled the brokered ceasefire': the subject of a light verb just before the noun,
    also past a possessive or an indirect object ("renewed *his* plea", "gave *the government*
    an ultimatum"), or of "be on" ("the premier is on a three-day visit"; issue 14 batch 4)."""
    doc = ctx.doc
    sent = doc.sentences[t.sent]
    traveller = _travel_for(ctx, t)
    if traveller:
        return traveller  # "travelled to Baghdad on Sunday for talks": the traveller talks
    hit = match_trigger(doc, t)
    talk = hit is not None and hit[1] == "CONSULT"
    for k in range(t.i - 1, max(sent.token_start, t.i - 6) - 1, -1):
        v = doc.tokens[k]
        if _received_participle(doc, k):
            # "faced mounting criticism", "drew growing complaints": the word after a verb of
            # receiving describes what was received, so no light verb ("mount an attack"); the
            # subject underwent the act (lead, stop 41)
            return []
        if v.pos == "VERB" and (v.lemma.lower() in words_of("light") or talk and v.lemma.lower() in words_of("talk-light") or jibe_light(v, t)):
            return _subject(ctx, v)  # ("had three brief conversations with": "have" for talks only)
        if talk and v.pos == "AUX" and v.text.lower() in _FINITE_HAVE and v.lemma.lower() in words_of("talk-light") and _noun_phrase_between(doc, k + 1, t.i):
            # "The mayor had two short conversations with": the rules tagger's auxiliary "had" before
            # a noun phrase, no verb for it to help, is the talk noun's own verb; only a finite form --
            # "need to ... have a talk", "would have a discussion", "having conversations" report no
            # talks held (helper e52 at stop 41: of 16 talks this added on 840 PolNeAR train
            # articles, the five wrong ones were all such forms)
            return _subject(ctx, v)
        if v.text.lower() == "in" and k > sent.token_start and doc.tokens[k - 1].lemma.lower() in words_of("engage-verb"):
            return _subject(ctx, doc.tokens[k - 1])  # "troops were engaged in heavy clashes" (batch 53)
        if v.text.lower() == "on" and k > sent.token_start and doc.tokens[k - 1].text.lower() in _BE:
            return _subject(ctx, doc.tokens[k - 1])
        if talk and v.text.lower() == "in" and k > sent.token_start and _with_after(doc, t) and (doc.tokens[k - 1].text.lower() in _BE or doc.tokens[k - 1].lemma.lower() in words_of("stay-verb")):
            # "the government has been in talks with the rebels", "Ethiopia remains in negotiations
            # with Egypt": the subject of "be in" holds the talks, as of "be on a visit"; only with
            # a with-phrase ("is in talks to buy a rival" names no party; e83, stop 46)
            return _subject(ctx, doc.tokens[k - 1])
        if v.pos in ("ADP", "ADV") and v.text.lower() in _VERB_PARTICLES and k > sent.token_start and doc.tokens[k - 1].pos == "VERB":
            continue  # the particle of a phrasal light verb: "carried *out* airstrikes"
        if v.pos not in ("DET", "ADJ", "VERB", "NUM", "NOUN", "PROPN", "PRON", "PUNCT") and v.text.lower() != "on" and not _adverb_in_phrase(doc, k):
            break
        if v.pos == "PUNCT" and v.text not in ("-", "–"):
            break
    return []


def _with_after(doc: AnnotatedDocument, t: Token) -> bool:
    """The word right after the noun ``t`` is "with" ("in talks *with* the rebels")."""
    k = t.i + 1
    sent = doc.sentences[t.sent]
    return k < sent.token_end and doc.tokens[k].text.lower() == "with"


def _noun_phrase_between(doc: AnnotatedDocument, lo: int, hi: int) -> bool:
    """Tokens ``lo..hi`` (the words between a verb and its noun) are a noun phrase's lead-in only:
    determiners, numbers, adjectives and nouns (a tagger's "short"), no verb an auxiliary could help."""
    return all(doc.tokens[j].pos in ("DET", "NUM", "ADJ", "NOUN", "ADV") for j in range(lo, hi))


def _adverb_in_phrase(doc: AnnotatedDocument, k: int) -> bool:
    """An adverb inside the noun phrase, on the adjective or participle after it ("aimed a *thinly*
    veiled jab at": issue 14 batch 75): no break between the light verb and its noun."""
    return doc.tokens[k].pos == "ADV" and k + 1 < len(doc.tokens) and doc.tokens[k + 1].pos in ("ADJ", "VERB") and k > 0 and doc.tokens[k - 1].pos == "DET"


def _source_actors(doc: AnnotatedDocument, draft: Draft, a: int, b: int) -> list[str]:
    """The actors a from-phrase between tokens ``a`` and ``b`` names as the source of an act, less
    the owner a possessive determiner names ("criticism from within *his* own party": the party,
    not the one whose party it is; lead, stop 41)."""
    owner_tokens = [
        k for k in range(a, b - 1)
        if doc.tokens[k].text.lower() in _OWNER_WORDS and doc.tokens[k + 1].pos in ("ADJ", "NOUN")
    ]
    if not owner_tokens:
        return _actors_in(doc, draft, a, b)
    owners = {draft.actor_at(doc.tokens[k].start, doc.tokens[k].end) for k in owner_tokens}
    # an owner also named outright in the phrase stays ("a lawsuit from Mr. Trump, ... his publisher")
    named = {
        actor for s, e, actor in draft.mentions_between(doc.tokens[a].start, doc.tokens[b - 1].end)
        if not any(doc.tokens[k].start == s for k in owner_tokens)
    }
    return [x for x in _actors_in(doc, draft, a, b) if x not in owners or x in named]


def _surface_from_source(ctx: Context, t: Token, last: Token) -> list[str]:
    """Without a parse, of an event noun of a ``noun-from`` category, the actors of a from-phrase
    after it -- right after it or past its of-phrase, with no verb or clause break between ("a
    critique of her housing policy from the opposition leader"): who made the act, as
    :func:`.parse_roles._from_source` reads it with a parse (issue 14 batch 75)."""
    doc, draft = ctx.doc, ctx.draft
    sent = doc.sentences[t.sent]
    hit = match_trigger(doc, t)
    if hit is None or hit[1] not in words_of("noun-from"):
        return []
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos in ("DET", "ADJ", "NUM"):
        k -= 1
    if doc.tokens[k].text.lower() in word_class("sense_words.tsv", "background-cause-prep"):
        return []  # "pulled the app after complaints from users": a cause told in passing
    for j in range(last.i + 1, min(sent.token_end, last.i + 10)):
        w = doc.tokens[j]
        if w.text.lower() == "from":
            return _source_actors(doc, draft, j + 1, _target_end(doc, j + 1, 6))
        modifier = w.pos == "VERB" and w.text.lower().endswith("ing") and (doc.tokens[j - 1].pos == "DET" or doc.tokens[j - 1].text.lower() in POSSESSIVES)
        if w.pos in ("VERB", "AUX", "PUNCT") and not modifier or w.text.lower() in ("that", "who", "which", "to", "for", "against", "on"):
            return []  # (a gerund after a determiner modifies the noun: "her *housing* policy")
    return []


def _received_participle(doc: AnnotatedDocument, k: int) -> bool:
    """The verb-tagged word at ``k`` is a participle between a verb of receiving and what was
    received ("drew *mounting* criticism", "faced *growing* calls"): part of the noun phrase."""
    w = doc.tokens[k]
    return w.pos == "VERB" and w.text.lower().endswith("ing") and k > 0 and doc.tokens[k - 1].pos == "VERB" and doc.tokens[k - 1].lemma.lower() in words_of("receive-verb")


def _surface_receipt(ctx: Context, t: Token, last: Token) -> tuple[list[str], list[str]] | None:
    """Without a parse, 'The ministry received a formal apology from the embassy': an event noun of
    a ``noun-from`` category just after a ``receive-verb`` (past determiners and adjectives) with
    a from-phrase right after it -- the from-phrase made the act, the verb's subject received it
    (as :func:`.parse_roles._receipt` with a parse; issue 14 batch 53)."""
    doc, draft = ctx.doc, ctx.draft
    sent = doc.sentences[t.sent]
    hit = match_trigger(doc, t)
    j = last.i + 1
    cases = ("from", "of") if hit is not None and hit[1] == "SUPPORT" else ("from",)  # "won the endorsement of the union"
    if hit is None or hit[1] not in words_of("noun-from") or j >= sent.token_end or doc.tokens[j].text.lower() not in cases:
        return None
    k = t.i - 1
    while k > sent.token_start and (doc.tokens[k].pos in ("DET", "ADJ", "NUM", "PRON", "NOUN") or _received_participle(doc, k)):
        k -= 1  # (a tagger may call an adjective a noun: "faced *sharp* criticism", "a *key* endorsement")
    if k > sent.token_start and doc.tokens[k].text.lower() == "up":
        k -= 1  # "picked up an endorsement from the union": the phrasal verb's particle
    verb = doc.tokens[k]
    if k < sent.token_start or verb.pos not in ("VERB", "AUX") or verb.lemma.lower() not in words_of("receive-verb"):
        return None
    source = _source_actors(doc, draft, j + 1, _target_end(doc, j + 1, 8))
    if not source:
        return None
    return source, [a for a in _subject(ctx, verb) if a not in source]


def _travel_for(ctx: Context, t: Token) -> list[str]:
    """The subject of a travel verb (``sense_words`` class ``travel-verb``) whose "for" phrase the
    noun ``t`` heads, within ten words before it in its clause: "flew to Moscow for talks"."""
    doc = ctx.doc
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and (doc.tokens[k].pos in ("DET", "ADJ", "NUM") or doc.tokens[k].text.lower() in POSSESSIVES or doc.tokens[k].text.lower() in ("first", "second", "third", "next", "final")):
        k -= 1
    if doc.tokens[k].text.lower() != "for":
        return []
    travel = event_words("travel-verb")
    for j in range(k - 1, max(sent.token_start, k - 10) - 1, -1):
        v = doc.tokens[j]
        if v.text in (";", ":") or v.text.lower() in ("and", "but", "which", "who"):
            return []
        if v.pos == "VERB":
            return _subject(ctx, v) if v.lemma.lower() in travel or v.text.lower() in ("travelled", "traveled", "flew", "went", "came") else []
    return []


def _conjoined_before(doc: AnnotatedDocument, draft: Draft, t: Token, agents: list[str]) -> list[str]:
    """"Argentina and Bhutan established ties": the actor conjoined before the subject found
    (PLOVER lists every party of a joint act as its actor)."""
    if len(agents) != 1:
        return []
    sent = doc.sentences[t.sent]
    lo = doc.tokens[max(sent.token_start, t.i - 8)].start
    mentions = [m for m in draft.mentions_before(t.start, limit=lo) if m[2] == agents[0]]
    if not mentions:
        return []
    start = mentions[0][0]
    k = next((j for j in range(t.i - 1, sent.token_start - 1, -1) if doc.tokens[j].start == start), None)
    if k is not None and k - 1 > sent.token_start and doc.tokens[k - 1].text[:1].isupper() and doc.tokens[k - 1].text.lower() in title_words():
        k -= 1  # "... and Senator Joan Bell": a title before the name
    if k is None or k - 2 < sent.token_start or doc.tokens[k - 1].text.lower() != "and":
        return []
    prev = doc.tokens[k - 2]
    # "Senator Alan Ross of Maine and ...": the person the of-phrase hangs on, not the place (batch 136)
    a = owner_before_of(doc, draft, k - 2, sent.token_start) or draft.actor_at(prev.start, prev.end)
    return [a] if a and a != agents[0] else []


def unnamed_crowd(doc: AnnotatedDocument, t: Token, last: Token) -> bool:
    """A protest reported without a named party (issue 14 batch 4): the event noun is the
    subject of a verb of occurring ("Riots erupted in several cities", "Protests spread"), or a
    crowd counted but not named is the verb's subject ("Tens of thousands took to the streets").
    PLOVER codes the protest; its actor is the unnamed crowd."""
    occur = words_of("occur")
    sent = doc.sentences[t.sent]
    if doc.has_parse and _counted_crowd_heads_headline(doc, t):
        return True  # "Thousands Rally in Tbilisi", which the parser reads as one noun phrase
    if t.pos == "NOUN":
        if doc.has_parse:
            if last.dep == "obj" and last.head is not None:
                # "Thousands joined a march", "Hundreds staged a sit-in": the counted crowd acts (batch 7)
                return any(c.dep == "nsubj" and c.text.lower() in _crowd() for c in doc.children(last.head))
            return last.dep == "nsubj" and last.head is not None and doc.tokens[last.head].lemma.lower() in occur
        nxt = last.i + 1
        if nxt < sent.token_end and doc.tokens[nxt].lemma.lower() in occur:
            return True
        # without a parse: "<crowd> <verb> a march" -- the crowd word opens the sentence, one verb between
        before = doc.tokens[sent.token_start : t.i]
        return (
            1 < len(before) <= 4 and before[0].text.lower() in _crowd()
            and sum(w.pos == "VERB" for w in before[1:]) == 1 and all(w.pos in ("VERB", "DET", "ADJ", "AUX") for w in before[1:])
        )
    if doc.has_parse:
        return any(c.dep == "nsubj" and c.text.lower() in _crowd() for c in doc.children(t.i))
    return any(doc.tokens[k].text.lower() in _crowd() for k in range(max(sent.token_start, t.i - 3), t.i))


def _counted_crowd_heads_headline(doc: AnnotatedDocument, t: Token) -> bool:
    """A title-case headline that opens with a counted crowd right before the trigger ("Tens of
    Thousands March in Belgrade", "Thousands Rally Against ..."): the parser, trained on running
    text, reads the line as a noun phrase, so the crowd is read from the words as without a parse."""
    sent = doc.sentences[t.sent]
    if not 0 < t.i - sent.token_start <= 3 or doc.tokens[t.i - 1].text.lower() not in _crowd():
        return False
    from ...engines.headline_case import is_title_case

    line_start = doc.text.rfind("\n", 0, t.start) + 1
    line_end = doc.text.find("\n", t.end)
    return is_title_case(doc.text[line_start : line_end if line_end >= 0 else len(doc.text)])


def _ceasefire(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun is a ceasefire (RETREAT ceasefire), whose between-phrase names the parties that
    stop fighting, as with a parse (parse_roles)."""
    hit = match_trigger(doc, t)
    return hit is not None and hit[1] == "RETREAT" and hit[2] == "ceasefire"


def _party_phrase_end(doc: AnnotatedDocument, j: int) -> int:
    """The end of the parties after the "between" / "among" at ``j``: the object region, up to a
    place phrase ("negotiations among diplomats in Paris" -- Paris is where)."""
    end = _target_end(doc, j + 1, 8)
    return next((k for k in range(j + 2, end) if doc.tokens[k].text.lower() in _PLACE_PREPS), end)


def _violence(doc: AnnotatedDocument, t: Token) -> bool:
    hit = match_trigger(doc, t)
    return hit is not None and hit[1] == "ASSAULT"


def _reciprocal(doc: AnnotatedDocument, t: Token) -> bool:
    hit = match_trigger(doc, t)
    return hit is not None and hit[1] in RECIPROCAL
