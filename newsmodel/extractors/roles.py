"""Who did it, to whom: verb arguments from the dependency parse, as actor ids.

Denials and events ask the same questions of a verb -- "who is its agent?",
"what is its object?" -- so the answers live here.  Everything works on the
engine-neutral :class:`~newsmodel.document.AnnotatedDocument` with UD labels,
and only when the engine gave a parse (``doc.has_parse``); callers keep
their surface fallbacks for parse-less engines.

Agents follow the parse up through non-finite and coordinated verbs,
because English leaves their subject implicit: "the Kremlin took a stance
by *condemning* ..." (advcl), "he has promoted X and *downplayed* Y"
(conj), "she used the hearing to try to *rebut* ..." (xcomp), "made an
attempt to *deflect* ..." (acl of the object).  A passive verb's agent is
its "by" phrase; its subject is the patient.
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..schema import Actor
from .mentions import RELATIVE_PRONOUNS, names_report_source
from .generic_agents import is_generic
from .cameo import agent_heads
from .nominals import nominal_actor, nominal_kind
from .plural_antecedents import PLURAL_KINDS, plural_antecedent, possessor
from .plural_things import thing_antecedent
from .joined_parties import is_conjunct
from .extraposed_it import is_extraposed_it
from .tree import subtree_bounds
from .political_camps import camp_noun, names_camp_seat
from .shared_passives import shared_passive_head
from ..lexicons import gazetteer, speech_verbs, word_class
from ..lexicons.nouns import member_nouns, people_heads
from ..lexicons import words as lexicon_words

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubj:pass", "nsubjpass", "csubj:pass")
AGENT_DEPS = ("obl:agent", "agent")
#: Verbs whose subject is also the subject of a dependent verb they govern.
_CLIMB_DEPS = ("conj", "xcomp", "advcl", "ccomp:xcomp")
_NOMINAL_KINDS = {"organization": "organization", "group": "group", "person": "person"}


def quantity_nouns() -> frozenset[str]:
    """Quantity nouns whose of-phrase names the actor ("thousands of protesters", "a group of
    soldiers"): class ``quantity-noun`` of ``actor_words.tsv``."""
    return word_class("actor_words.tsv", "quantity-noun")


def kin_nouns() -> frozenset[str]:
    """Kin who act and speak as themselves ("the widow of a slain reporter met ...", "her daughter
    said"), not as the one they are kin to: class ``kin-noun`` of ``actor_words.tsv``."""
    return word_class("actor_words.tsv", "kin-noun")


def kids(doc: AnnotatedDocument, i: int, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in doc.children(i) if c.dep in deps]


def is_passive(doc: AnnotatedDocument, verb: Token) -> bool:
    return any(c.dep in PASSIVE_SUBJECT_DEPS or c.dep == "aux:pass" for c in doc.children(verb.i))


def actor_of(doc: AnnotatedDocument, draft: Draft, head: Token, *, nominal: bool = True) -> str | None:
    """The actor a noun phrase headed by ``head`` refers to.

    A mention on the head itself; else on its name-like modifiers
    ("the Moreno campaign" -> Moreno); a relative pronoun refers to the noun
    its clause modifies ("the Saudi government, which ..."); with
    ``nominal`` a bare role or collective noun ("the governor", "liberals",
    "the administration") becomes an actor of its own rather than nothing.
    """
    quantities = quantity_nouns()
    partitive = head.lemma.lower() in quantities or head.text.lower() in quantities or head.pos == "NUM"
    # (a number is a partitive too: "Three of the five candidates criticized": the candidates --
    # unless a name in apposition says which one: "One of them, Acme Corp, has threatened to leave")
    if partitive and not any(c.dep == "appos" and draft.actor_at(c.start, c.end) for c in doc.children(head.i)):
        # "thousands of protesters", "a group of rebels", "a crowd of youths": the people counted,
        # also when the quantity noun is an actor of its own ("crowd", an unnamed crowd), as the
        # words-only reading takes them (surface_roles._phrase_head; lead at stop 36, batch 77)
        for c in doc.children(head.i):
            # (an of-phrase on a quantifier the parser tagged an adjective is an oblique: "Several of the ministers")
            if c.dep in ("nmod", "obl") and any(k.dep == "case" and k.text.lower() == "of" for k in doc.children(c.i)):
                a = actor_of(doc, draft, c, nominal=nominal)
                if a:
                    return a
    a = draft.actor_at(head.start, head.end)
    if a:
        return a
    owned_kin = any(c.dep == "nmod:poss" for c in doc.children(head.i))
    if (nominal or owned_kin) and head.pos == "NOUN" and head.lemma.lower() in kin_nouns() and not any(c.dep == "appos" for c in doc.children(head.i)):
        # ("his wife, Heidi, ...": the apposed name is the actor, read below)
        # "the widow of a slain reporter met ...": the kin act as themselves, not the one they are kin to;
        # so do owned kin in a phrase read without nominals ("met with the senator's father": the
        # father is met, not the senator; helper e94 at stop 48)
        a = _nominal_actor(doc, draft, head)
        if a:
            return a
    if head.pos == "PRON" and head.text.lower() in _PRONOUN_KINDS:
        a = _pronoun_actor(doc, draft, head)
        if a:
            draft.add_mention(a, head.start, head.end)
        return a
    if head.text.lower() in RELATIVE_PRONOUNS:
        clause = doc.tokens[head.head] if head.head is not None else None
        if clause is not None and clause.dep.startswith("acl") and clause.head is not None:
            ante = doc.tokens[clause.head]
            return actor_of(doc, draft, ante, nominal=False) or possessor_before(doc, draft, ante)
        return None
    # an apposed name first ("a lawyer for the outlets, David Schulz"), then the other modifiers
    for c in sorted(doc.children(head.i), key=lambda c: c.dep != "appos"):
        if c.dep in ("compound", "flat", "nmod:poss", "amod", "nmod", "appos"):
            a = draft.actor_at(c.start, c.end) or (actor_of(doc, draft, c, nominal=False) if c.dep in ("nmod", "appos") else None)
            if a and c.dep == "compound" and _place_of_event(doc, draft, head, c, a):
                continue  # "the Paris terror attacks highlight ...": where, not who
            if a and c.dep == "compound" and camp_noun(head):
                return _nominal_actor(doc, draft, head) or a  # "Senate liberals": the camp acts, not the chamber (political_camps, batch 136)
            if a:
                if c.dep in ("compound", "amod", "nmod:poss") and names_people(head):
                    mention_phrase(doc, draft, a, head)
                return a
    return _nominal_actor(doc, draft, head) if nominal else None


def _place_of_event(doc: AnnotatedDocument, draft: Draft, head: Token, mod: Token, actor_id: str) -> bool:
    """A place name compounded with an event noun names where the event was ("the Paris attacks",
    "the Geneva talks"), also when the capital was folded into its country: no actor of the noun
    phrase (issue 14 batch 52, from spaCy on PolNeAR train). A possessive ("Moscow's strikes")
    keeps the state that acts."""
    from ..lexicons import gazetteer
    from .events.triggers import match_trigger

    if head.pos != "NOUN" or match_trigger(doc, head) is None:
        return False
    fields = draft.actor_fields(actor_id)
    if fields is not None and fields.kind == "location" and not is_capital(fields):
        return True
    return (gazetteer().get((mod.text,)) or ("",))[0] == "capital"


def names_people(head: Token) -> bool:
    """A common noun for people ("officers", "counterpart", "crown prince"): the agents dictionary's
    heads, the nominal lexicons, member nouns ("crews") and class ``people_head`` of org_words.tsv."""
    if head.pos != "NOUN":
        return False
    lemma = head.lemma.lower()
    return lemma in agent_heads() or lemma in people_heads() or lemma in member_nouns() or nominal_kind(head) is not None


def mention_phrase(doc: AnnotatedDocument, draft: Draft, actor_id: str, head: Token) -> None:
    """Mention ``actor_id`` by the whole phrase its modifier names it in ("Customs officers", "his
    Chinese counterpart", "Qatar's emir"): the people of that actor the sentence refers to. Adds
    nothing when the actor already has that mention."""
    start = head.i
    for c in doc.children(head.i):
        if c.dep in ("compound", "amod", "nmod:poss") and c.i < head.i:
            start = min(start, subtree_bounds(doc, c.i)[0])
    begin, end = doc.tokens[start].start, head.end
    if not any(s == begin and e == end and a == actor_id for s, e, a in draft.mentions_between(begin, end)):
        draft.add_mention(actor_id, begin, end)


#: The kinds a singular "it" / "its" stands for.
_IT_KINDS = ("organization", "country")

_PRONOUN_KINDS = {
    **{p: ("person",) for p in ("he", "she", "him", "her", "his")},
    **{p: _IT_KINDS for p in ("it", "its")},
    # a plural is never one person (plural_antecedents; as the statement resolver reads it)
    **{p: PLURAL_KINDS for p in ("they", "them", "their")},
}


def _pronoun_actor(doc: AnnotatedDocument, draft: Draft, pron: Token) -> str | None:
    """A pronoun without a mention: in reported speech the reporter ("the Kremlin ... claiming
    it had ..."), else the nearest earlier actor of a fitting kind in the last few sentences --
    for he/him/his and she/her, not a person whose given name says the other gender, and not the
    speaker of the quotation the pronoun stands in (:func:`_quoted_speaker`)."""
    kinds = _PRONOUN_KINDS[pron.text.lower()]
    if is_extraposed_it(doc, pron):
        return None  # "it would be wrong to expel ...": a placeholder, no actor (extraposed_it)
    verb = doc.tokens[pron.head] if pron.head is not None else None
    speaker = _quoted_speaker(doc, draft, pron) if "person" in kinds else None
    if verb is not None and verb.head is not None and (verb.dep == "ccomp" and reports_content(doc.tokens[verb.head]) or _that_clause_of_speech(doc, verb)):
        reporter = agent_token(doc, doc.tokens[verb.head])
        if speaker is not None and reporter is not None and draft.actor_at(reporter.start, reporter.end) == speaker:
            reporter = None  # '"The mayor criticized him," Ruiz said': the speaker of quoted words says "I"
        if reporter is not None and reporter.i != pron.i:
            a = draft.actor_at(reporter.start, reporter.end)
            actor = draft.actor_fields(a) if a else None
            if actor is not None and (actor.kind in kinds or "country" in kinds and is_capital(actor)):
                return a  # ("Beijing said it would scrap ...": a capital speaks for its state)
            if actor is None or actor.kind not in kinds:
                # "The union's leader said it had called off the strike", "the army's spokesman
                # said it had withdrawn": "it" is the body the reporter speaks for, its possessor
                owner = next((c for c in doc.children(reporter.i) if c.dep in ("nmod:poss", "poss") and c.pos != "PRON"), None)
                o = draft.actor_at(owner.start, owner.end) if owner is not None else None
                o_fields = draft.actor_fields(o) if o else None
                if o_fields is not None and o_fields.kind in kinds and o_fields.kind != "person":
                    return o
    first = doc.sentences[max(0, pron.sent - 2)].start

    def fits(s: int, actor: Actor) -> bool:
        # a generic agent is no antecedent of he/she/it, but plural ones ("the strikers") are of
        # they/them/their (a26 at stop 47: people named by a plural common noun)
        generic_ok = not is_generic(actor) or kinds is PLURAL_KINDS and not possessor(doc, s)
        return actor.kind in kinds and generic_ok and not names_report_source(doc.text, s)

    if kinds is PLURAL_KINDS:
        if thing_antecedent(doc, draft, pron, first):
            return None  # "found 40 rifles ... seized them": the things, no party (plural_things)
        return plural_antecedent(doc, draft, pron.start, first, fits)
    from .pronouns import name_gender, pronoun_gender

    gender = pronoun_gender(pron.text.lower())
    own_sentence = doc.sentences[pron.sent].start
    for s, _e, a in draft.mentions_before(pron.start, limit=first):
        actor = draft.actor_fields(a)
        if actor is None or names_camp_seat(doc, _e) or a == speaker:
            continue  # ("some House conservatives who opposed it": the House is no referent; political_camps)
        if kinds is _IT_KINDS and is_conjunct(doc, draft, s, _e):
            continue  # "Argentina criticized Brazil and Chile. It ...": a pair is no "it" (joined_parties)
        if fits(s, actor) or s >= own_sentence and _role_noun_object_antecedent(doc, pron, s, actor):
            if gender is not None and name_gender(actor.name) not in (None, gender):
                continue  # "Rosa Quint criticized the minister, urging him to resign": him is no woman (lead, stop 44)
            return a
    return None


def _quoted_speaker(doc: AnnotatedDocument, draft: Draft, pron: Token) -> str | None:
    """The speaker the frame of the quotation holding ``pron`` names ('"The mayor criticized
    him," Ruiz said': Ruiz), who says "I", so is no antecedent of a he/him inside (quote_speakers)."""
    from .attribution import context_for
    from .quote_speakers import quote_speaker

    ctx = context_for(doc, draft)
    return quote_speaker(ctx, pron.start) if ctx.quoted[pron.start] else None


def _role_noun_object_antecedent(doc: AnnotatedDocument, pron: Token, start: int, actor: Actor) -> bool:
    """An object "him" or "her" may stand for one person named by a role noun earlier in its own
    sentence ("criticized the minister, urging him to resign": the minister), though such generic
    actors are no antecedents of a subject pronoun, which refers back to a named participant -- not
    when that person is the subject of the pronoun's own verb (then English says "himself")."""
    if pron.text.lower() not in ("him", "her") or pron.dep not in ("obj", "dobj", "iobj"):
        return False
    if actor.kind != "person" or not is_generic(actor) or names_report_source(doc.text, start):
        return False
    own_subject = next((c for c in doc.children(pron.head) if c.dep in ("nsubj", "nsubj:pass")), None) if pron.head is not None else None
    return own_subject is None or own_subject.start != start


def reports_content(head: Token) -> bool:
    """The head of a complement clause says or thinks its content: a verb of ``speech_verbs.tsv``
    (speech, cognition, report: "said", "believed", "found that it ...") or no verb at all (an
    adjective or noun head: "was confident that it ...").  The subject of another verb with a
    that-clause ("the laws guaranteed that they ...", "the ministry ensured that police arrested
    them") is no reporter whose words a pronoun of the clause carries on (issue 14, e92 at stop 48,
    from e80's and h8's notes)."""
    return head.pos not in ("VERB", "AUX") or head.lemma.lower() in speech_verbs()


def _that_clause_of_speech(doc: AnnotatedDocument, verb: Token) -> bool:
    """A "that"-clause a parser hung on a speech verb as an adverbial ("said in a statement,
    according to Reuters, that it had ...", advcl): the speech's content, as a ccomp is."""
    if verb.dep != "advcl" or verb.head is None or doc.tokens[verb.head].lemma not in speech_verbs():
        return False
    return any(c.dep == "mark" and c.text.lower() == "that" for c in doc.children(verb.i))


def is_capital(actor: Actor) -> bool:
    """A location the gazetteer lists as a capital ("Beijing", "Moscow"): news uses it for the state."""
    return actor.kind == "location" and (gazetteer().get(tuple(actor.name.split())) or ("",))[0] == "capital"


def possessor_before(doc: AnnotatedDocument, draft: Draft, noun: Token) -> str | None:
    """"Araghchi's more direct criticism" when the parse missed the possessive: the mention before "'s"."""
    lo = max(doc.sentences[noun.sent].token_start, noun.i - 5)
    for k in range(noun.i - 1, lo, -1):
        if doc.tokens[k].text in ("'s", "’s"):
            prev = doc.tokens[k - 1]
            return draft.actor_at(prev.start, prev.end)
        if doc.tokens[k].pos not in ("ADJ", "ADV", "NOUN"):
            return None
    return None


def _nominal_actor(doc: AnnotatedDocument, draft: Draft, head: Token) -> str | None:
    """An actor for "the governor", "liberals", "the administration" (see :func:`actor_of`); none
    for a body noun whose of-phrase names things ("a coalition of factors": :mod:`.body_agents`)."""
    from .body_agents import body_nouns, of_things

    if head.lemma.lower() in body_nouns() and of_things(doc, draft, head):
        return None
    lo, _hi = subtree_bounds(doc, head.i)
    lo = max(lo, doc.sentences[head.sent].token_start)
    return nominal_actor(draft, head, doc.tokens[lo].start)


def agent_token(doc: AnnotatedDocument, verb: Token, depth: int = 0) -> Token | None:
    """The token heading the agent of ``verb`` (see the module docstring)."""
    subj = kids(doc, verb.i, SUBJECT_DEPS)
    if subj:
        before = [s for s in subj if s.i < verb.i]
        first = before[-1] if before else subj[0]
        return _past_dateline(doc, _participle_aside_subject(doc, first))
    agent = kids(doc, verb.i, AGENT_DEPS)
    if agent:
        return agent[0]
    if is_passive(doc, verb):
        # "was given a prison term by the supreme court": a parse may hang the by-phrase of a
        # passive with an object on that object (issue 14 batch 36)
        for o in kids(doc, verb.i, ("obj",)):
            by = next((c for c in doc.children(o.i) if c.dep == "nmod" and c.i > o.i and any(g.dep == "case" and g.text.lower() == "by" for g in doc.children(c.i))), None)
            if by is not None:
                return by
    if is_passive(doc, verb) or depth > 4 or verb.head is None:
        return None
    head = doc.tokens[verb.head]
    if verb.dep == "conj" and head.i < verb.i and is_passive(doc, head) and kids(doc, verb.i, ("obj", "dobj")):
        # "The prosecutor was appointed in May and convicted three officials": an active verb
        # joined to a passive one, with an object of its own, has the shared subject as its
        # agent (the passive's patient); the passive itself has none to lend (shared_passives)
        shared = kids(doc, head.i, PASSIVE_SUBJECT_DEPS)
        if shared:
            return _past_dateline(doc, _participle_aside_subject(doc, shared[0]))
    marks = {c.text.lower() for c in doc.children(verb.i) if c.dep in ("mark", "case")}
    passive_subject = _adjunct_gerund_controller(doc, verb, head)
    if passive_subject is not None:
        return passive_subject
    if verb.dep == "advcl" and marks & {"for", "of"}:
        objs = object_tokens(doc, head)  # "blamed X for attacking Y", "accused X of shelling Y": X attacked
        return objs[0] if objs else None
    if _reporter_participle(doc, verb, head):
        return agent_token(doc, doc.tokens[head.head], depth + 1)  # type: ignore[index]
    if _reporter_conjunct(doc, verb, head):
        return agent_token(doc, doc.tokens[head.head], depth + 1)  # type: ignore[index]
    if verb.dep == "xcomp" and head.pos in ("VERB", "AUX"):
        controller = _controller(doc, head)
        if controller is not None:
            return controller
    controlled = _misparsed_control(doc, verb, head)
    if controlled is not None:
        return controlled
    if verb.dep in _CLIMB_DEPS and head.pos in ("VERB", "AUX", "ADJ"):
        return agent_token(doc, head, depth + 1)
    if verb.dep.startswith("acl") and head.pos in ("NOUN", "PROPN"):
        if _lost_main_verb(doc, verb, head):
            return head  # "The army, which has been accused of ..., denied on Thursday that ..."
        if verb.dep == "acl:relcl":
            return head  # "candidates who say ..." without a relative pronoun subject
        if participle_on_noun(doc, verb):
            # "freed seven men charged with violating sanctions", "a pastor held prisoner in Iran":
            # a past participle describing its noun is passive, the noun its patient; whoever
            # acts in the main clause did not do it (batch 52, spaCy on PolNeAR train)
            return None
        own = _noun_own_agent(doc, head) if verb.dep == "acl" and _infinitive(doc, verb) else None
        if own is not None:
            return own  # "praised efforts by the UN to find a solution", "the opposition's attempts to block"
        if head.head is not None and head.dep in ("obj", "nsubj") and doc.tokens[head.head].pos == "VERB":
            # "made a second attempt to dodge": the attempt's maker
            return agent_token(doc, doc.tokens[head.head], depth + 1)
    return _verbless_root(doc, verb)


def _misparsed_control(doc: AnnotatedDocument, verb: Token, head: Token) -> Token | None:
    """The object of an object-control verb (``control_verbs.tsv``) right before a to-infinitive
    the parser hung on that verb as an adverbial of purpose ("ordered the army *to rescue* them",
    advcl): the infinitive is the verb's complement, done by the one ordered, as for an xcomp
    (:func:`_controller`) -- not by whoever gave the order (issue 14, e92 at stop 48)."""
    if verb.dep != "advcl" or head.pos != "VERB" or not _infinitive(doc, verb) or is_passive(doc, head):
        return None
    if head.lemma.lower() not in object_control_verbs() or doc.tokens[verb.i - 1].text.lower() != "to":
        return None
    objs = [o for o in kids(doc, head.i, ("obj", "dobj")) if o.i < verb.i]
    return objs[-1] if objs and subtree_bounds(doc, objs[-1].i)[1] == verb.i - 2 else None


#: Conjunctions that open a gerund clause of time ("after slamming", "while visiting").
TIME_MARKS = frozenset({"after", "before", "while", "when", "since", "upon", "on"})


def _adjunct_gerund_controller(doc: AnnotatedDocument, verb: Token, head: Token) -> Token | None:
    """The understood subject of a gerund clause of time adjoined to a passive verb ("The columnist
    was suspended *after slamming* the senator", "was cheered by the crowd *after meeting* the
    strikers"): the passive's grammatical subject, as English adjunct clauses are controlled by
    the subject whatever the voice -- not the by-phrase's agent, and not nobody (the passive verb
    has no agent of its own to climb to). Only after a time conjunction (:data:`TIME_MARKS`):
    "was accused of shelling", "was jailed for insulting" name a charge, whose act is no
    report (issue 14 batch 88). None when the gerund has a subject of its own or the head is
    active (the climb handles that)."""
    if verb.dep != "advcl" or verb.tag != "VBG" or head.pos not in ("VERB", "AUX") or not is_passive(doc, head):
        return None
    if not {c.text.lower() for c in doc.children(verb.i) if c.dep in ("mark", "case")} & TIME_MARKS:
        return None  # "was accused of shelling", "was jailed for insulting": a charge's content (alleged_acts)
    if kids(doc, verb.i, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS):
        return None
    subj = kids(doc, head.i, PASSIVE_SUBJECT_DEPS)
    return subj[0] if subj else None


def participle_on_noun(doc: AnnotatedDocument, verb: Token) -> bool:
    """``verb`` is a past participle describing the noun it hangs on ("the detainees released on
    Friday crossed ...", "freed seven men charged with ..."): passive, the noun its patient. Only
    when that noun belongs to a clause with a verb of its own -- a parser that found no main verb
    may hang a simple past on its subject ("The bank released on Wednesday, ..., its figures")."""
    if verb.dep != "acl" or verb.tag != "VBN" or verb.head is None or _infinitive(doc, verb):
        return False
    noun = doc.tokens[verb.head]
    if noun.pos not in ("NOUN", "PROPN") or noun.head is None or noun.head == noun.i:
        return False
    main = doc.tokens[noun.head]
    if main.pos not in ("VERB", "AUX"):
        return False
    if main.i > verb.i:
        # a subject's participle phrase runs up to its verb ("The detainees released on Friday
        # crossed", "The prisoners released on Monday were flown"); a comma between says the
        # parser lost the clause ("The bank released on Wednesday, a day later than planned, ...")
        nxt = subtree_bounds(doc, verb.i)[1] + 1
        return nxt < len(doc.tokens) and (nxt == main.i or doc.tokens[nxt].head == main.i and doc.tokens[nxt].pos in ("AUX", "ADV", "PART"))
    return True


def _infinitive(doc: AnnotatedDocument, verb: Token) -> bool:
    """``verb`` is a to-infinitive ("efforts to find")."""
    return any(c.dep in ("mark", "aux") and c.text.lower() == "to" and c.i < verb.i for c in doc.children(verb.i))


def _noun_own_agent(doc: AnnotatedDocument, noun: Token) -> Token | None:
    """The doer a noun names itself, whose infinitive says what it tries or plans: its by-phrase
    ("efforts by the United Nations to find a solution") or its possessor ("the opposition's
    attempts to block the vote") -- not whoever praises or condemns the effort (issue 14 batch 52,
    from spaCy on PolNeAR train)."""
    for c in doc.children(noun.i):
        if c.dep in ("nmod", "obl") and c.i > noun.i and any(k.dep == "case" and k.text.lower() == "by" for k in doc.children(c.i)):
            return c
    for c in doc.children(noun.i):
        if c.dep in ("nmod:poss", "poss") and c.i < noun.i:
            return c
    return None


def _verbless_root(doc: AnnotatedDocument, verb: Token) -> Token | None:
    """The subject of a finite past verb the parser hung under a noun because it found no main
    verb: "The rebels handed over their heavy weapons" (*rebels* the root, *handed* an ``acl``),
    "Norway and Sweden shared intelligence" (*shared* an ``amod`` of *intelligence*). The tagger
    still reads the verb as a simple past (VBD), not a participle ("the weapons handed over"), and
    the sentence's root is a noun before it: that noun is the subject (issue 14 batch 16)."""
    if verb.dep not in ("acl", "amod") or verb.tag != "VBD":
        return None
    root = verb
    for _ in range(12):
        if root.head is None or root.head == root.i:
            break
        root = doc.tokens[root.head]
    if root.pos not in ("NOUN", "PROPN") or root.i >= verb.i or root.head not in (None, root.i):
        return None
    return _past_dateline(doc, root)  # "NAIROBI, March 3 (Reuters) - Kenya's main opposition party called on ..."


def _participle_aside_subject(doc: AnnotatedDocument, subj: Token) -> Token:
    """The subject behind a participial aside the parser took for the subject: in "Ethiopia's
    government and Tigrayan forces, meeting in Pretoria, agreed ..." the small parser makes
    *meeting* the subject of *agreed* and the real subject the participle's own. A verb in -ing
    closed by a comma, with its own subject before it, hands that subject on."""
    if subj.pos != "VERB" or not subj.text.lower().endswith("ing") or subj.head is None:
        return subj
    inner = [c for c in kids(doc, subj.i, SUBJECT_DEPS) if c.i < subj.i]
    _lo, hi = subtree_bounds(doc, subj.i)
    if not inner or hi + 1 >= len(doc.tokens) or doc.tokens[hi].text != "," and doc.tokens[hi + 1].text != ",":
        return subj
    return inner[-1]


def _reporter_conjunct(doc: AnnotatedDocument, verb: Token, head: Token) -> bool:
    """``verb`` is a simple past the parser coordinated with the reported clause's verb although it
    goes with the reporting verb: "Moldova's president said Russia had tried to stage a coup, and
    called on the EU for help" -- the reported verb is back-shifted ("had tried", "would send"),
    the conjunct, a speech act after ", and", is not and has no auxiliary or subject of its own,
    so it is the speaker's act. A deed stays in the reported clause ("said militants had attacked
    a post and killed two officers"): the form of "killed" does not tell the tenses apart."""
    if verb.dep != "conj" or verb.tag != "VBD" or head.dep != "ccomp" or head.head is None:
        return False
    if verb.lemma not in word_class("actor_words.tsv", "reporter-participle") and verb.lemma not in speech_verbs():
        return False  # "said militants had attacked a post and killed two officers": the militants' deed
    cc = next((c for c in doc.children(verb.i) if c.dep == "cc"), None)
    if cc is None or cc.i < 1 or doc.tokens[cc.i - 1].text != ",":
        return False  # the comma before "and" closes the reported clause
    if any(c.dep in ("aux", "aux:pass", "cop") for c in doc.children(verb.i)):
        return False
    if not any(c.dep == "aux" and c.i < head.i and c.lemma.lower() in ("have", "would", "will", "could", "might") for c in doc.children(head.i)):
        return False
    return doc.tokens[head.head].lemma in speech_verbs() and doc.tokens[head.head].tag == "VBD"


def _controller(doc: AnnotatedDocument, head: Token) -> Token | None:
    """Who does the infinitive a verb governs when that is not the verb's subject: the subject of
    a passive ("the governments are set to sign", "the junta was forced to release" -- the
    passive's subject is the infinitive's, whatever the verb), or the object of an object-control
    verb (``control_verbs.tsv``: "prompting the government to close the roads", "called on Tehran
    to release"). None: the infinitive shares the verb's own subject ("Russia began shelling")."""
    if is_passive(doc, head):
        subj = kids(doc, head.i, PASSIVE_SUBJECT_DEPS)
        return subj[0] if subj else None
    if head.lemma.lower() not in object_control_verbs():
        return None
    objs = kids(doc, head.i, ("obj", "dobj"))
    if not objs and head.lemma.lower() == "call":
        objs = [c for c in kids(doc, head.i, ("obl",)) if any(k.dep == "case" and k.text.lower() == "on" for k in doc.children(c.i))]
    return objs[0] if objs else None


@lru_cache(maxsize=1)
def object_control_verbs() -> frozenset[str]:
    """Lemmas whose object does the infinitive they govern (``control_verbs.tsv``)."""
    return lexicon_words("control_verbs.tsv")


def _lost_main_verb(doc: AnnotatedDocument, verb: Token, head: Token) -> bool:
    """The parser, lost after a long relative clause, made the sentence's noun subject its root and
    the main verb a participle on it: "The army, which has been accused by rights groups of ...,
    denied on Thursday that ..." (wire copy). The verb follows a comma closing that clause and has
    an object or a complement clause, which a participle describing the noun would not have
    ("Soldiers killed in attack" keeps its patient)."""
    if verb.dep != "acl" or verb.i < 2:
        return False
    if head.head is not None and head.head != head.i and not _second_subject(doc, head):
        return False
    if doc.tokens[verb.i - 1].text != "," or not any(c.dep == "acl:relcl" for c in doc.children(head.i)):
        return False
    return any(c.dep in ("obj", "ccomp", "xcomp") for c in doc.children(verb.i))


def _second_subject(doc: AnnotatedDocument, noun: Token) -> bool:
    """``noun`` is one of two subjects the parser gave one verb -- wire copy's closing attribution
    ("Niger's junta, which seized power in July, rejected ..., state television reported"): the
    noun belongs to a main verb the parser lost, the attribution verb has its own subject."""
    if noun.dep != "nsubj" or noun.head is None:
        return False
    return any(c.dep == "nsubj" and c.i != noun.i for c in doc.children(noun.head))


def _reporter_participle(doc: AnnotatedDocument, verb: Token, head: Token) -> bool:
    """``verb`` is a speech-act participle after a comma ("..., accusing X of ...") that the parser
    hung on the reported clause's verb; it belongs to the reporting verb above that clause. Only
    speech acts: a deed participle stays with the clause's subject ("the ministry said rebels had
    shelled the town, killing 12" -- the rebels killed), nor after a reported speech act ("said the
    president had blamed the army, accusing it of ..." -- the president accused)."""
    if verb.dep != "advcl" or verb.lemma not in word_class("actor_words.tsv", "reporter-participle") or not verb.text.lower().endswith("ing"):
        return False
    if verb.i < 1 or doc.tokens[verb.i - 1].text != "," or any(c.dep == "mark" for c in doc.children(verb.i)):
        return False
    if head.dep != "ccomp" or head.head is None or head.pos not in ("VERB", "AUX"):
        return False
    if head.lemma in word_class("actor_words.tsv", "reporter-participle") or head.lemma in speech_verbs():
        return False  # "said the president had blamed the army, accusing it of ...": the president's
    return doc.tokens[head.head].lemma in speech_verbs()


#: Dashes that end a wire-copy dateline ("MADRID (AP) --", "ISTANBUL (Reuters) -").
_DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def _past_dateline(doc: AnnotatedDocument, subj: Token) -> Token:
    """The subject after a dateline the parser took for the subject: in "MADRID (AP) -- Spain
    handed over ...", "KYIV, Ukraine (AP) -- Ukraine and Poland agreed ..." the place opening the
    sentence -- or the bracketed agency ("ISLAMABAD (Reuters) - Pakistan's army chief, Gen. ...,
    travelled": *Reuters* as the subject) -- heads the subject and the real one hangs on a
    dateline word as an apposition after the dash. A dateline is names, commas and a bracketed
    agency before a spaced dash at the sentence start."""
    if subj.pos != "PROPN":
        return subj
    dash = dateline_dash(doc, doc.sentences[subj.sent])
    if dash is None or subj.i > dash:
        return subj
    start = doc.sentences[subj.sent].token_start
    after = [c for i in range(start, dash) for c in doc.children(i) if c.dep == "appos" and c.i > dash]
    return min(after, key=lambda c: c.i) if after else subj


def dateline_dash(doc: AnnotatedDocument, sent) -> int | None:
    """The index of the spaced dash closing a wire-copy dateline that opens ``sent``, or None."""
    first = doc.tokens[sent.token_start]
    if first.pos != "PROPN" and not (first.text.isupper() and len(first.text) > 2):
        return None  # (a small tagger may call an all-caps place an adverb: "BANGUI, ...")
    for k in range(sent.token_start + 1, min(sent.token_end, sent.token_start + 9)):
        tk = doc.tokens[k]
        if tk.text in _DATELINE_DASHES:
            spaced = tk.start > 0 and doc.text[tk.start - 1].isspace() and doc.text[tk.end : tk.end + 1].isspace()
            return k if spaced else None
        if tk.pos != "PROPN" and tk.text not in (",", "(", ")") and not (tk.pos == "NUM" and doc.tokens[k - 1].pos == "PROPN"):
            return None  # (a day after its month is part of it: "NAIROBI, March 3 (Reuters) -")
    return None


def agent_actor(doc: AnnotatedDocument, draft: Draft, verb: Token) -> str | None:
    tok = agent_token(doc, verb)
    return actor_of(doc, draft, tok) if tok is not None else None


def object_tokens(doc: AnnotatedDocument, verb: Token) -> list[Token]:
    """Direct objects, or the patient subject of a passive verb -- for a passive conjoined to a
    verb before it with no subject of its own, the subject they share ("the senator cited the
    flood and was roundly criticized": the senator is criticised; issue 14 batch 75)."""
    objs = kids(doc, verb.i, ("obj", "dobj", "iobj"))
    if not objs:
        objs = kids(doc, verb.i, PASSIVE_SUBJECT_DEPS)
    shared = not objs and shared_passive_head(doc, verb) is not None  # "was tried and convicted" (shared_passives)
    if not objs and verb.dep == "conj" and verb.head is not None and verb.head < verb.i and (shared or is_passive(doc, verb)) and not kids(doc, verb.i, SUBJECT_DEPS):
        head = doc.tokens[verb.head]
        if head.pos in ("VERB", "AUX"):
            objs = kids(doc, head.i, SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS)[:1]
    return objs


def actors_in(doc: AnnotatedDocument, draft: Draft, lo: int, hi: int) -> list[str]:
    """Actor ids with a mention inside tokens ``lo..hi`` (inclusive), in text order."""
    if hi < lo:
        return []
    out: list[str] = []
    for _s, _e, a in draft.mentions_between(doc.tokens[lo].start, doc.tokens[hi].end):
        if a not in out:
            out.append(a)
    return out
