"""Organised bodies named by kind: "an armed group", "a hardline faction", "rival clans".

Wire copy often names the party that acts only by what kind of body it is ("An armed group
kidnapped 14 aid workers", "A rival faction seized the party's headquarters"). The agents
dictionary knows a few such phrases ("armed group" UAF); most ("separatist group", "breakaway
faction") it does not, and a bare body noun says too little to be an actor ("the group said" refers
back to a name, "a group of stocks" is no body of people). So a noun of class ``body`` of
``actor_words.tsv`` heading its phrase is an actor when a modifier says what kind of body it is --
an adjective, participle or noun before it ("armed", "hardline", "breakaway", "rebel") -- and
no of-phrase makes it a quantity ("a group of protesters": the protesters are the actor, see
:func:`.roles.actor_of`) or a collection of things ("a coalition of factors"). Called by
:func:`.actors.extract_actors` after the dictionary's generic agents, so a phrase the dictionary
codes keeps its code.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import group_nouns, org_nouns, person_nouns, word_class
from ..lexicons.nouns import member_nouns, people_heads
from .cameo import actor_code, agent_heads, longest_agent
from .generic_agents import CODE

__all__ = ["add_body_agents", "body_nouns", "of_people", "of_things"]


def body_nouns() -> frozenset[str]:
    """Class ``body`` of ``actor_words.tsv`` (lower-case lemmas)."""
    return word_class("actor_words.tsv", "body")


def _people_word(t: Token) -> bool:
    """A common noun for people or for a body of them ("rebels", "student", "party", "movement")."""
    lemma, low = t.lemma.lower(), t.text.lower()
    return any(
        w in lexicon
        for w in (lemma, low)
        for lexicon in (agent_heads(), person_nouns(), group_nouns(), org_nouns(), people_heads(), member_nouns(), body_nouns())
    )


def _of_object(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The object of an of-phrase on ``t`` ("a group *of* stocks" -> stocks), or None."""
    if doc.has_parse:
        for c in doc.children(t.i):
            if c.dep == "nmod" and c.i > t.i and any(k.dep == "case" and k.text.lower() == "of" for k in doc.children(c.i)):
                return c
        return None
    end = doc.sentences[t.sent].token_end
    if t.i + 2 < end and doc.tokens[t.i + 1].text.lower() == "of":
        k = t.i + 2
        while k + 1 < end and doc.tokens[k].pos in ("DET", "ADJ", "NUM"):
            k += 1
        while k + 1 < end and doc.tokens[k].pos == "NOUN" and doc.tokens[k + 1].pos == "NOUN":
            k += 1  # "a coalition of opposition parties": the last noun heads the object
        return doc.tokens[k]
    return None


def of_things(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """``t`` has an of-phrase whose object is neither people nor an actor ("a coalition of
    factors", "a group of drugs"): a collection of things, not a body of people."""
    obj = _of_object(doc, t)
    if obj is None:
        return False
    return not (_people_word(obj) or draft.actor_at(obj.start, obj.end) or obj.pos == "PROPN")


def of_people(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` has an of-phrase whose object is a common noun for people ("a coalition of pastors"),
    not a name (helper e93 at stop 48: :func:`.generic_agents._of_common_people`)."""
    obj = _of_object(doc, t)
    return obj is not None and obj.pos == "NOUN" and obj.text[:1].islower() and _people_word(obj)


def _describes(m: Token) -> bool:
    """A lower-case adjective, participle or noun: a word saying what kind of body it is ("armed",
    "hardline", "breakaway", "separatist", "ruling", "rebel") -- a taggers' part of speech for
    such words varies between the three. A word that counts or points ("several", "other", "same":
    class ``counting-adjective`` of ``actor_words.tsv``) says no kind."""
    if not m.text[:1].islower() or m.text.lower() in word_class("actor_words.tsv", "counting-adjective"):
        return False
    return m.pos in ("ADJ", "NOUN") or (m.pos == "VERB" and m.text.lower().endswith(("ed", "ing")))


def _modifiers(doc: AnnotatedDocument, t: Token) -> list[Token]:
    """The describing modifiers before ``t`` ("an *armed* group", "a *breakaway* faction")."""
    if doc.has_parse:
        return [c for c in doc.children(t.i) if c.i < t.i and c.dep in ("amod", "compound") and _describes(c)]
    mods: list[Token] = []
    k = t.i - 1
    while k >= doc.sentences[t.sent].token_start and _describes(doc.tokens[k]):
        mods.insert(0, doc.tokens[k])
        k -= 1
    return mods


def _phrase_start(doc: AnnotatedDocument, t: Token, mods: list[Token]) -> int | None:
    """The first token of the describing words right before ``t`` ("an *armed* group", "a
    *pro - democracy* movement"), or None: no modifier touches the head, or the words are the end of
    a longer hyphenated word ("Washington-based group", "so-called movement": a name or a hedge
    the modifiers do not make a kind of body)."""
    ids = {m.i for m in mods}
    tokens = doc.tokens
    lo = doc.sentences[t.sent].token_start
    first = t.i
    while first - 1 >= lo:
        k = first - 1
        if k in ids:
            first = k
        elif tokens[k].text == "-" and k - 1 >= lo and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[first].start and _describes(tokens[k - 1]):
            first = k - 1  # "pro-democracy", "far-right": one word the tokenizer split
        else:
            break
    if first == t.i:
        return None
    if first > lo and tokens[first - 1].end == tokens[first].start:
        return None  # glued to the word before: part of a longer word ("Washington-based")
    return first


def _heads_phrase(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` heads its noun phrase ("armed *group*", not "group" of "group leader")."""
    if doc.has_parse:
        return t.dep not in ("compound", "flat", "amod")
    nxt = t.i + 1
    return not (nxt < doc.sentences[t.sent].token_end and doc.tokens[nxt].pos in ("NOUN", "PROPN"))


def add_body_agents(doc: AnnotatedDocument, draft: Draft, lemmas: list[str], *, nouns: list[Token] | None = None) -> None:
    """Actors for body nouns with a describing modifier (see the module docstring).

    ``lemmas``: the document's lemmas in lower case (``doc.lowered_lemmas()``);
    ``nouns``: the lower-case nouns whose lemma is a body noun, in text order,
    when the caller collected them already (the actor pass does, in its one scan)."""
    bodies = body_nouns()
    quantities = word_class("actor_words.tsv", "quantity-noun")
    noun_modified = word_class("actor_words.tsv", "noun-modified-body")
    if nouns is None:
        nouns = [t for t, lemma in zip(doc.tokens, lemmas) if lemma in bodies and t.pos == "NOUN" and t.text[:1].islower()]
    for t in nouns:
        lemma = lemmas[t.i]
        if draft.actor_at(t.start, t.end) or not _heads_phrase(doc, t):
            continue
        if _of_object(doc, t) is not None and (lemma in quantities or of_things(doc, draft, t)):
            continue  # "a small group of protesters" (the protesters act), "a coalition of factors"
        if doc.has_parse and any(c.dep in ("appos", "flat", "compound") and c.pos == "PROPN" for c in doc.children(t.i)):
            continue  # "the Wagner group", "an armed group, Ansar Tawhid": the name is the actor
        mods = _modifiers(doc, t)
        if lemma in noun_modified:
            # "a logistics group", "the city council": a business or a local body; only a noun for
            # people ("a rebel group", "a student group") or an adjective ("an armed group") makes a party of it
            mods = [m for m in mods if m.pos != "NOUN" or _people_word(m)]
        first = _phrase_start(doc, t, mods)
        if first is None:
            continue
        phrase = " ".join(doc.tokens[k].text.lower() for k in range(first, t.i + 1))
        plural = t.text.lower() != lemma
        actor_id = draft.actor_id_named(phrase, "group" if plural else "organization")
        actor = draft.actor_fields(actor_id)
        hit = longest_agent(doc, t)
        code = hit[1] if hit is not None else actor_code(phrase, draft.published)
        if actor is not None and actor.code is None and code and CODE.match(code):
            draft.update_actor_fields(actor_id, code=code)
        draft.add_mention(actor_id, doc.tokens[first].start, t.end)
