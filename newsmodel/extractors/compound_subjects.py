"""A cue's subject headed by a common noun for people or a body, without a parse.

"The farm group said ...", "Farm groups said ...", "..., but flood specialists say ...", "The
water board office said ...": the subject right before the cue is a noun phrase whose head -- its
last noun -- names people or a body that speaks for them.  The other nouns before the head are
modifiers ("farm", "flood", "water board"): English compounds are headed on the right, so a
modifier is never the subject, and a source read off it ("The farm" for "The farm group") names
the wrong party.  The rules engine's source reading (:meth:`.attribution.Context.source_at`)
took a head it did not know as no source and went on leftwards to the modifier, or found nothing
where the phrase does not open the sentence.

A head is a speaking noun when the lexicons type it as a person, a group or an organisation
(:func:`.nominals.nominal_kind`: "specialists", "union", "senator"), a singular noun for one
person (:func:`.role_people.one_person_noun`: "veteran", "mogul"), or it is a body noun
(``actor_words.tsv`` class ``body``: "group", "coalition") or a noun for the people around one
party (class ``speaking-body``: "office", "team", "camp", "staff").  The phrase must open its
clause -- at the sentence start, after a conjunction, a comma, a dash or a quote mark, or with a
determiner or possessive that does -- so that an object or a prepositional object ("officials at
the budget office said": the officials speak) is not read as the subject.  Heads no list types
("The tax plan said") keep the old reading.

Used by :meth:`.attribution.Context.subject_of` on the rules engine only (a parse gives the
subject itself), for speech and cue verbs only: an event verb's agent ("The Qatari emir hosted
...": Qatar, as PLOVER codes it) is the event rules' own reading.  Issue 14, helper a18 at stop 42.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicons import word_class
from .mentions import POSSESSIVES, QUOTE_CHARS
from .nominals import nominal_kind
from .role_people import one_person_noun

if TYPE_CHECKING:
    from ..document import AnnotatedDocument, Token
    from .attribution import Context, Source

#: Words and marks after which a subject may open its clause ("but flood specialists say").
_CLAUSE_OPENERS = frozenset({"but", "and", "yet", "so", "while", "although", "though", "because", "as", "since", "whereas", ",", ";", ":", "--", "—", "–"}) | frozenset(QUOTE_CHARS)
#: Role nouns that speak for the owner a possessive names ("his spokesman said": he speaks).
_MOUTHPIECES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
#: Longest run of modifiers before the head, in tokens.
_MAX_MODIFIERS = 4


def speaking_head(t: Token) -> bool:
    """``t`` is a lower-case common noun naming people or a body of them (see the module docstring)."""
    if t.pos != "NOUN" or not t.text[:1].islower():
        return False
    if nominal_kind(t) is not None or one_person_noun(t):
        return True
    lemma = t.lemma.lower()
    return lemma in word_class("actor_words.tsv", "body") or lemma in word_class("actor_words.tsv", "speaking-body")


def _modifier(t: Token) -> bool:
    """A word that may modify the head inside the subject: a lower-case noun or adjective ("farm",
    "hacking", "national"), a name ("the Navy veteran", "Ruiz aides"), a hyphen or a number word
    ("two-term")."""
    if t.text in ("-", "–"):
        return True
    if t.pos in ("NOUN", "ADJ", "NUM", "PROPN"):
        return True
    return t.pos == "VERB" and t.text.lower().endswith("ing") and t.text[:1].islower()


def _opens_clause(doc: AnnotatedDocument, k: int, first: int) -> bool:
    """Token ``k`` is the first of a phrase that opens its clause: the sentence starts there, or a
    clause opener stands right before it."""
    if k <= first:
        return True
    prev = doc.tokens[k - 1]
    return prev.text.lower() in _CLAUSE_OPENERS or prev.pos in ("CCONJ", "SCONJ") and prev.text.lower() != "that"


def compound_subject(ctx: Context, head: int, first: int) -> Source | None:
    """The source for a subject ending at token ``head`` (the word before the cue, past adverbs and
    auxiliaries) when its head is a speaking noun and the phrase opens its clause; None otherwise.
    ``first`` is the sentence's first token. The source spans the phrase from its determiner (or
    first modifier) to the head; the actor is the head's own (a body with modifiers is named by the
    whole phrase, "farm group")."""
    from .attribution import Source  # noqa: PLC0415 (attribution imports this module)
    from .body_agents import body_nouns  # noqa: PLC0415
    from .nominals import nominal_actor  # noqa: PLC0415

    doc = ctx.doc
    t = doc.tokens[head]
    if not speaking_head(t) or ctx.draft.actor_at(t.start, t.end):
        return None
    k = head
    while k - 1 >= first and head - (k - 1) <= _MAX_MODIFIERS and _modifier(doc.tokens[k - 1]):
        k -= 1
    if k - 1 >= first and (doc.tokens[k - 1].pos == "DET" or doc.tokens[k - 1].text.lower() in POSSESSIVES) and doc.tokens[k - 1].text.lower() not in ("that", "which"):
        k -= 1
    if not _opens_clause(doc, k, first):
        return None
    if k < head and doc.tokens[k].text.lower() in POSSESSIVES and (t.text.lower() in _MOUTHPIECES or t.lemma.lower() in word_class("actor_words.tsv", "speaking-body")):
        # "his spokesman said", "her office said", "his staff said": they speak for the owner, who
        # stays the speaker (:meth:`.attribution.Context.source_at`); "his brother said" is another person
        return None
    start = doc.tokens[k].start
    lemma = t.lemma.lower()
    modifiers = [x for x in doc.tokens[k:head] if x.pos != "DET" and x.text.lower() not in POSSESSIVES]
    if (lemma in body_nouns() or lemma in word_class("actor_words.tsv", "speaking-body")) and nominal_kind(t) is None or modifiers and lemma in body_nouns():
        # "the farm group", "Farm groups", "the budget office": the body is named by its phrase
        name = " ".join(x.text if x.pos == "PROPN" else x.text.lower() for x in modifiers + [t])
        plural = t.text.lower() != lemma
        actor = ctx.draft.actor_id_named(name, "group" if plural else "organization")
        ctx.draft.add_mention(actor, start, t.end)
        return Source(start, t.end, actor)
    return Source(start, t.end, nominal_actor(ctx.draft, t, start, fallback="group"))
