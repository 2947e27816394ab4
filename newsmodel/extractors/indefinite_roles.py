"""People introduced by an indefinite role noun -- "a spokeswoman for the ministry said", "an aide
to the senator told reporters", "a senior official warned" -- as person actors, one per phrase.

News quotes and reports acts of people it names only by their role. Before this step such a
phrase had no actor of its own: the statement went to the organisation inside the phrase (the
ministry, the senator) or to the last person named, and an event had no agent or target there.
The nominal actors of :mod:`.nominals` are found by name ("the governor"), which is right for a
definite role holder met before, but would fold two people each introduced as "a spokesman" into
one. So each indefinite phrase here makes an actor of its own (issue 14, helper a9):

* the noun is singular, lower case and names one person (:func:`.role_people.one_person_noun`:
  WordNet's people nouns, the person nouns of ``org_words.tsv``, role titles), and "a" or "an"
  opens its phrase, with at most four modifiers between ("a senior Iranian official");
* the phrase is no apposition or predicate of a named person ("Ana Ruiz, a spokeswoman for the
  army, said", "she became an adviser", "as an aide"): there the name is the participant;
* no name follows it in apposition ("a spokesman, Ivo Berg, said");
* it stands where a participant does (:func:`_participant_slot`): the subject of its clause, or,
  for a noun the hand-written lists know for people, an object or a by/with/to phrase.

The actor is named by the phrase as written less its article ("spokeswoman for the ministry",
"senior official"), as the denial rules name a denier met this way (``denials._np_denier``), and is
a new actor even when another has that name: two people are two. Its mention is the phrase up to
the noun ("A senior official"), which leaves the organisation after it ("for the ministry") its
own mention. The actor it speaks or works for -- an actor in an of/for/to/at/from/with/in phrase
on the noun, or a modifier before it ("a ministry spokeswoman", "a Pentagon adviser") -- is its
``affiliation``. Once the dictionaries have coded the actors
(:func:`code_from_affiliation`), the role holder takes the code of what it speaks for, as
PETRARCH codes "a spokesman for the army" as the army.

A later definite "the spokeswoman" (same noun, after it) is the same person: a mention of the most
recent such actor -- unless a person named with that role as a title came in between.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from .nominals import nominal_actor, nominal_kind
from .role_people import one_person_noun

__all__ = ["add_indefinite_role_people", "code_from_affiliation", "holder_before", "introduces_a_person"]

#: Words that may stand between the article and the noun ("a senior Iranian official").
_MODIFIER_POS = ("ADJ", "NUM", "PROPN", "NOUN")
#: Prepositions that link a role holder to what it speaks or works for.
_AFFILIATION_PREPOSITIONS = ("for", "to", "of", "at", "from", "with", "in")
#: Dependency labels of a phrase that is a named person's apposition or a predicate.
_PREDICATE_DEPS = ("appos", "attr", "xcomp", "acomp")


def _article_start(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the "a"/"an" opening the noun's phrase, None when the phrase is not indefinite."""
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and t.i - k <= 5 and doc.tokens[k].pos in _MODIFIER_POS and doc.tokens[k].text.lower() not in ("a", "an"):
        k -= 1
    if k >= first and doc.tokens[k].text.lower() in ("a", "an") and t.i - k <= 5:
        return k
    return None


def _definite_start(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the "the" opening the noun's phrase, None when it is not definite."""
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and t.i - k <= 4 and doc.tokens[k].pos in ("ADJ", "NUM") and doc.tokens[k].text.lower() != "the":
        k -= 1
    return k if k >= first and doc.tokens[k].text.lower() == "the" else None


def _predicate_or_apposition(doc: AnnotatedDocument, t: Token, article: int) -> bool:
    """The phrase says what someone named is ("Ana Ruiz, a spokeswoman for the army, said", "she
    is an aide", "served as an adviser"), so it is no participant of its own; nor is a phrase
    followed by a name in apposition ("a spokesman, Ivo Berg, said")."""
    tokens = doc.tokens
    first = doc.sentences[t.sent].token_start
    before = tokens[article - 1] if article > first else None
    if before is not None and before.text.lower() in ("as", "is", "was", "be", "been", "became", "becomes", "remains", "named", "appointed"):
        return True  # "served as an aide", "was named an adviser" (also without a parse)
    if before is not None and before.text == "," and not doc.has_parse and article - 2 >= first and any(
        e.label in ("PERSON", "ORG") for e in doc.entities_at(article - 2)
    ):
        return True  # "Ana Ruiz, a spokeswoman for the army," without a parse ("On Monday, a spokesman said" stays)
    if doc.has_parse:
        if t.dep in _PREDICATE_DEPS:
            return True
        if any(c.dep == "appos" and c.pos == "PROPN" for c in doc.children(t.i)):
            return True
        if any(c.dep == "cop" for c in doc.children(t.i)):
            return True  # "he is an aide to the senator": the noun heads a copular clause
    k = t.i + 1
    return k + 1 < doc.sentences[t.sent].token_end and tokens[k].text == "," and tokens[k + 1].pos == "PROPN" and (
        k + 2 < len(tokens) and tokens[k + 2].pos == "PROPN"
    )


def _affiliation(doc: AnnotatedDocument, draft: Draft, t: Token, article: int) -> tuple[str | None, int]:
    """The actor the role holder speaks or works for, and the last token of its phrase (``t.i`` when none).

    A mention among the modifiers before the noun ("a ministry spokeswoman", "an Iranian official"),
    else one in a prepositional phrase right after it ("a spokeswoman for the interior ministry",
    "an aide to the senator"): up to six words after the preposition, within the sentence."""
    tokens = doc.tokens
    for k in range(t.i - 1, article, -1):
        a = draft.actor_at(tokens[k].start, tokens[k].end)
        if a is not None:
            return a, t.i
    end = doc.sentences[t.sent].token_end
    k = t.i + 1
    if k >= end or tokens[k].text.lower() not in _AFFILIATION_PREPOSITIONS:
        return None, t.i
    head = None
    for j in range(k + 1, min(end, k + 7)):
        w = tokens[j]
        if w.pos in ("VERB", "AUX", "PUNCT", "ADP", "PRON", "SCONJ", "CCONJ") and j > k + 1:
            break
        a = draft.actor_at(w.start, w.end)
        if a is not None:
            last = j
            while last + 1 < end and draft.actor_at(tokens[last + 1].start, tokens[last + 1].end) == a:
                last += 1
            return a, last
        if w.pos in ("NOUN", "PROPN"):
            head = w
        elif head is not None or w.pos not in ("DET", "ADJ", "NUM"):
            break
    if head is not None and nominal_kind(head) is not None:
        # "a spokesman for the opposition", "a lawyer for the journalist": a role, body or group
        # noun no pass has made an actor of yet is one, as the rules that read roles would make it
        return nominal_actor(draft, head, tokens[k + 1].start), head.i
    return None, t.i


def _participant_slot(doc: AnnotatedDocument, t: Token) -> bool:
    """The phrase stands where a participant of its clause stands: its subject, or -- for a noun
    the hand-written lists know as one for people (``org_words.tsv`` person nouns, role titles) --
    also its object or a by/with/to phrase ("met with an aide"). A noun only WordNet lists for
    people is read as one as a subject, or as the object of an event trigger ("shot a shepherd"):
    as the object of any verb its first sense is too often not the one meant ("used a private
    email server", PolNeAR train). Without a parse: a verb right after the phrase (with its
    of/for-phrase), or before its article."""
    lexicon_noun = _lexicon_person(t.lemma.lower())
    if doc.has_parse:
        if t.dep in ("nsubj", "nsubj:pass", "nsubjpass"):
            return True
        if t.dep in ("obj", "dobj", "iobj") and t.head is not None and (lexicon_noun or _event_verb(doc, doc.tokens[t.head])):
            return True
        if not lexicon_noun:
            return False
        return t.dep in ("obl", "nmod", "obl:agent", "agent") and any(c.dep == "case" and c.text.lower() in ("by", "with", "to") for c in doc.children(t.i))
    tokens = doc.tokens
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k < sent.token_end and tokens[k].text.lower() in _AFFILIATION_PREPOSITIONS:
        k += 1
        while k < sent.token_end and tokens[k].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            k += 1
    if k < sent.token_end and tokens[k].pos in ("VERB", "AUX"):
        return True
    article = _article_start(doc, t)
    before = tokens[article - 1] if article is not None and article > sent.token_start else None
    if before is not None and before.pos == "VERB" and (lexicon_noun or _event_verb(doc, before)):
        return True
    return lexicon_noun and before is not None and before.text.lower() in ("by", "with", "to")


def _event_verb(doc: AnnotatedDocument, verb: Token) -> bool:
    """``verb`` is an event trigger of the lexicon ("shot", "kidnapped", "met") whose object is the
    event's target, a person when its noun is one ("shot a shepherd") -- not an AID trigger, whose
    object is what is given ("donating a former quarry to the county")."""
    from .events.triggers import match_trigger

    if verb.pos != "VERB":
        return False
    found = match_trigger(doc, verb)
    return found is not None and found[1] != "AID"


def _lexicon_person(lemma: str) -> bool:
    from ..lexicons import person_nouns, titles

    return lemma in person_nouns() or titles().get((lemma,)) == "role"


def introduces_a_person(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun ``t`` heads an indefinite phrase that brings in a person of its own: "a" or "an"
    opens it, and it is no apposition or predicate of someone named (module docstring)."""
    article = _article_start(doc, t)
    return article is not None and not _predicate_or_apposition(doc, t, article)


def _modifies_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` modifies the noun after it rather than heading its phrase ("a senior official", where
    a tagger may call "senior" a noun; "a police officer")."""
    if doc.has_parse and t.dep == "compound":
        return True
    k = t.i + 1
    return k < doc.sentences[t.sent].token_end and doc.tokens[k].pos == "NOUN"


def holder_before(doc: AnnotatedDocument, draft: Draft, first: int, actor_id: str) -> tuple[str, Token] | None:
    """The role holder whose phrase names ``actor_id`` as what it speaks for, and its noun, the
    mention of ``actor_id`` starting at token ``first``: in "a spokesman for the army said" the
    subject is the spokesman, not the army found nearest the verb. None when no holder stands there."""
    tokens = doc.tokens
    lo = doc.sentences[tokens[first].sent].token_start
    k = first - 1
    if k >= lo and tokens[k].text.lower() == "the":
        k -= 1
    if k - 1 < lo or tokens[k].text.lower() not in _AFFILIATION_PREPOSITIONS:
        return None
    noun = tokens[k - 1]
    holder = draft.actor_at(noun.start, noun.end)
    fields = draft.actor_fields(holder)
    if holder is not None and fields is not None and fields.affiliation == actor_id and holder != actor_id:
        return holder, noun
    return None


def _named_holder_since(draft: Draft, lemma: str, start: int, end: int) -> bool:
    """A person named with ``lemma`` among their titles ("ministry spokeswoman Ana Ruiz") is
    mentioned between ``start`` and ``end``: a later "the spokeswoman" may be that person."""
    for _s, _e, a in draft.mentions_between(start, end):
        actor = draft.actor_fields(a)
        if actor is not None and actor.kind == "person" and not actor.name[:1].islower():
            if any(lemma in title.lower().split() for title in actor.titles):
                return True
    return False


def add_indefinite_role_people(doc: AnnotatedDocument, draft: Draft, *, nouns: list[Token] | None = None) -> list[str]:
    """Make a person actor of each indefinite role phrase, and mention it again by each later
    definite use of its noun (module docstring). Returns the ids made, for
    :func:`code_from_affiliation`. ``nouns``: the tokens ``one_person_noun`` accepts, in text
    order, when the caller collected them already (the actor pass does, in its one scan)."""
    made: list[str] = []
    latest: dict[str, tuple[str, int]] = {}  # lemma -> (actor id, end offset of its last mention)
    if nouns is None:
        nouns = [t for t in doc.tokens if t.pos == "NOUN" and one_person_noun(t)]
    for t in nouns:
        if _modifies_noun(doc, t):
            continue
        coded = draft.actor_at(t.start, t.end)
        if coded is not None:
            # "a lawyer for the journalist": a person the agents dictionary codes (generic_agents made
            # one actor for this phrase alone) is affiliated as the role holders made here are
            fields = draft.actor_fields(coded)
            article = _article_start(doc, t)
            if fields is not None and fields.kind == "person" and fields.affiliation is None and article is not None and introduces_a_person(doc, t):
                owner, _last = _affiliation(doc, draft, t, article)
                if owner is not None and owner != coded:
                    draft.update_actor_fields(coded, affiliation=owner)
            continue
        lemma = t.lemma.lower()
        article = _article_start(doc, t)
        if article is None:
            det = _definite_start(doc, t) if lemma in latest else None
            if det is not None:
                actor_id, since = latest[lemma]
                if not _named_holder_since(draft, lemma, since, t.start):
                    draft.add_mention(actor_id, doc.tokens[det].start, t.end)
                    latest[lemma] = (actor_id, t.end)
            continue
        if _predicate_or_apposition(doc, t, article) or not _participant_slot(doc, t):
            continue
        start = doc.tokens[article].start
        if draft.mentions_between(start, doc.tokens[t.i - 1].end) if t.i - 1 > article else False:
            start = t.start  # "a ministry spokeswoman": the ministry keeps its own mention
        affiliation, last = _affiliation(doc, draft, t, article)
        name = doc.text[doc.tokens[article + 1].start : doc.tokens[last].end]
        actor = draft.add_actor(name=name, kind="person")
        draft.add_mention(actor.id, start, t.end)
        if affiliation is not None and affiliation != actor.id:
            draft.update_actor_fields(actor.id, affiliation=affiliation)
        made.append(actor.id)
        latest[lemma] = (actor.id, t.end)
    return made


def code_from_affiliation(draft: Draft, made: list[str]) -> None:
    """Give each role holder of ``made`` the CAMEO code of the actor it speaks or works for, when that
    actor has one and is no person ("a spokesman for the army" codes as the army; an aide to a
    senator is no senator)."""
    for actor_id in made:
        actor = draft.actor_fields(actor_id)
        if actor is None or actor.code is not None or actor.affiliation is None:
            continue
        owner = draft.actor_fields(actor.affiliation)
        if owner is not None and owner.code is not None and owner.kind != "person":
            draft.update_actor_fields(actor_id, code=owner.code)
