"""Without a parse: does a cue verb's bare noun-phrase content fit the verb's frames?

:mod:`.reported_speech` takes what follows a cue verb as its content.  When
that is a noun phrase with no verb and no quote ("continued his tour of the
state", "added 20 points", "charged a $500 fee", "called the governor on
Monday") the verb is read with a direct object, and only verbs whose frames
(``cue_frames.tsv``, else the class default) take an object say something
through one: "cited the report", "noted the attendance", "echoed the
warning".  A verb without an object frame keeps its content only when the
object is itself a speech act ("continued his attacks on the mayor": a
``cue_nouns.tsv`` noun).  With an object-and-predicate frame ("called him a
liar") a predicate must follow the object: a second noun phrase or an
adjective; "called the governor on Monday" has none.  An object that gives
the verb a sense other than speech (``cue_object_senses.tsv``: "claimed the
title") is no content either (issue 14, helper a14 at stop 40), nor is a reflexive
object of a verb whose reflexive use is no speech ("found itself at odds with
...": class ``reflexive-sense-verb``; helper h5 at stop 46).
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import cue_frames, cue_noun_frames, weekdays, word_class
from ..mentions import POSSESSIVES, QUOTE_CHARS

#: Tags that open a noun phrase.
_NP_OPENERS = frozenset({"DET", "NUM", "NOUN", "PROPN", "ADJ"})
#: Object pronouns that open a noun-phrase object ("called him", "found himself").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "himself", "herself", "themselves", "itself"})
#: Determiners that open a second noun phrase, the predicate of "called him *a* liar".
_PREDICATE_OPENERS = frozenset({"a", "an", "the"})


@lru_cache(maxsize=1)
def _other_senses() -> dict[str, frozenset[str]]:
    """Cue lemma -> object nouns that give it a non-speech sense (``cue_object_senses.tsv``)."""
    return {"claim": word_class("cue_object_senses.tsv", "claim-prize")}


@lru_cache(maxsize=1)
def _object_sense_verbs() -> frozenset[str]:
    """Cue verbs with a frequent non-speech transitive sense (``object-sense-verb`` of ``cue_object_senses.tsv``)."""
    return word_class("cue_object_senses.tsv", "object-sense-verb")


@lru_cache(maxsize=1)
def _reflexive_sense_verbs() -> frozenset[str]:
    """Cue verbs whose reflexive object is no speech ("found itself": ``reflexive-sense-verb`` of ``cue_object_senses.tsv``)."""
    return word_class("cue_object_senses.tsv", "reflexive-sense-verb")


#: Reflexive pronouns, the object of "found itself at odds with ...".
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself", "yourselves", "oneself"})


@lru_cache(maxsize=1)
def _said_acts() -> frozenset[str]:
    """Object nouns that are speech themselves ("his attacks": ``said-act`` of ``cue_object_senses.tsv``)."""
    return word_class("cue_object_senses.tsv", "said-act")


def _is_quote(t: Token) -> bool:
    """A quote mark token, the rules tokenizer's "''" and "'" included."""
    return bool(t.text) and all(ch in QUOTE_CHARS or ch in "'`" for ch in t.text)


def _quote_in_sentence(doc: AnnotatedDocument, c0: int) -> bool:
    """A quote mark from ``c0`` to the end of its sentence: "called Valeant's chief, J. Pearson, ''reckless''"."""
    sent = doc.sentences[doc.tokens[c0].sent]
    return any(_is_quote(t) for t in doc.tokens[c0 : sent.token_end])


def reflexive_misfit(doc: AnnotatedDocument, cue: Token, c0: int, c1: int) -> bool:
    """Tokens ``c0..c1-1``, the content read after ``cue``, open with a reflexive object of a verb
    whose reflexive use is no speech ("found itself in a bidding war", "found themselves unable
    to ...": a state reached, not a finding).  Shared by the no-parse reading (h5, stop 46) and
    the parse engines' cue verbs, whose content the parse starts at the pronoun (h6, stop 46)."""
    return c0 < c1 and cue.lemma in _reflexive_sense_verbs() and doc.tokens[c0].text.lower() in _REFLEXIVES


def object_misfits(doc: AnnotatedDocument, cue: Token, c0: int, c1: int) -> bool:
    """True when tokens ``c0..c1-1``, the content read after ``cue``, are a bare noun-phrase
    object that ``cue``'s frames do not make a thing said (see the module docstring)."""
    if reflexive_misfit(doc, cue, c0, c1):
        return True  # "found itself in a bidding war": a state reached, not a finding (h5, stop 46)
    if cue.lemma not in _object_sense_verbs() or c0 >= c1 or not _bare_noun_phrase(doc, c0, c1):
        return False
    frames = cue_frames().get(cue.lemma, ())
    head = _head_noun(doc, c0, c1)
    if head is not None and head.lemma.lower() in _other_senses().get(cue.lemma, frozenset()):
        return True
    if "obj" in frames:
        return False
    if head is not None and (head.lemma.lower() in cue_noun_frames() or head.lemma.lower() in _said_acts()):
        return False  # "continued his attacks on the mayor": the object is itself speech
    if "obj+xcomp" in frames:
        return not _predicate_follows(doc, c0, c1) and not _quote_in_sentence(doc, c0)
    return True


def _bare_noun_phrase(doc: AnnotatedDocument, c0: int, c1: int) -> bool:
    """The content opens a noun phrase and holds no verb, auxiliary or quote mark."""
    first = doc.tokens[c0]
    low = first.text.lower()
    if not (first.pos in _NP_OPENERS or low in POSSESSIVES or low in _OBJECT_PRONOUNS):
        return False
    if low in ("that", "what", "whether", "if", "how", "why"):
        return False
    return not any(t.pos in ("VERB", "AUX") and not _modifier(doc, t, c1) or _is_quote(t) for t in doc.tokens[c0:c1])


def _modifier(doc: AnnotatedDocument, t: Token, c1: int) -> bool:
    """A participle between a determiner and its noun modifies the noun ("the *flooded* districts")."""
    if t.pos != "VERB" or not t.text.lower().endswith(("ed", "ing")) or t.i + 1 >= c1 or t.i == 0:
        return False
    prev, nxt = doc.tokens[t.i - 1], doc.tokens[t.i + 1]
    return (prev.pos in ("DET", "ADJ") or prev.text.lower() in POSSESSIVES) and nxt.pos == "NOUN"


def _head_noun(doc: AnnotatedDocument, c0: int, c1: int) -> Token | None:
    """The last noun of the first noun phrase (before a preposition or punctuation)."""
    head = None
    for t in doc.tokens[c0:c1]:
        if t.pos in ("ADP", "PUNCT", "CCONJ", "SCONJ"):
            break
        if t.pos in ("NOUN", "PROPN"):
            head = t
    return head


def _predicate_follows(doc: AnnotatedDocument, c0: int, c1: int) -> bool:
    """A predicate follows the object: "called him a liar", "called the plan reckless".

    Without a parse the object's end is not known, so any sign of a predicate
    counts: before the first preposition or punctuation, a second determiner
    or possessive, or a word read or spelt as an adjective; or an object
    fronted before the cue ("what he calls a hoax": the content is the
    predicate).  "called the governor on Monday", "called Ana Ruiz." show none.
    """
    if any(t.text.lower() in _FRONTED for t in doc.tokens[max(0, c0 - 4) : c0 - 1]):
        return True
    k = c0
    while k + 1 < c1 and doc.tokens[k].pos == "PROPN" and doc.tokens[k + 1].pos == "PROPN":
        k += 1
    possessor = k + 1 < c1 and doc.tokens[k + 1].text.lower() in ("'s", "’s")  # "Clinton's squabble": a noun phrase follows
    if not possessor and (doc.tokens[c0].pos == "PROPN" or doc.tokens[c0].text.lower() in _OBJECT_PRONOUNS):
        # a name or pronoun object has a known end: any word after it but an adjunct's
        # is the predicate ("calling them rapists", "calls Ruiz a risk")
        if k + 1 >= c1:
            return False
        nxt = doc.tokens[k + 1]
        return not (nxt.pos in ("ADP", "PUNCT", "CCONJ", "SCONJ", "PART") or nxt.text.lower() in weekdays() or nxt.text.lower() == "to")
    for t in doc.tokens[c0 + 1 : c1]:
        low = t.text.lower()
        if t.pos in ("ADP", "PUNCT", "CCONJ", "SCONJ") or low in weekdays():
            return False
        if low in _PREDICATE_OPENERS or low in POSSESSIVES or t.pos == "ADJ" or low.endswith(_ADJECTIVE_ENDINGS):
            return True
    return False


#: Words that front the object of "call" before its subject: "what he calls a hoax", "whom she called a friend".
_FRONTED = frozenset({"what", "whom", "which"})
#: Endings of adjectives the rules tagger may read as nouns ("calling the moves unconstitutional").
_ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ible", "able", "ful", "less", "ic", "fit", "ent", "ant")
