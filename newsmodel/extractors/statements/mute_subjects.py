"""A cue verb whose only source would be a noun that names no one: "anger", "confusion", "a means".

The spaCy engine's cue verbs take the subject of a participle, a coordinated verb or an
infinitive from the words the parse hangs them on (:func:`..tree.clause_subject`, and the noun
an infinitive relative modifies, as for "Trump, who said ...").  Most of the time that is the
speaker ("The mayor cut the budget, saying ...", "the first senator to endorse her").  When it is
a noun for a state, a quality, a feeling, a motive, a relation or a part of the body
(``mute_nouns_wordnet.tsv``, generated from WordNet by ``scripts/build_mute_nouns.py``), the
cue is the writer's own inference or a misparse -- "The anger among the delegates grew,
*suggesting* ...", "The confusion over the rules has lasted, *underscoring* ...", "her task is
to find a way *to admit* ...", "one of the main reasons *to oppose* the plan" -- and nobody
speaks: no statement (issue 14, helper h6 at stop 46; these were the commonest false speakers
with a right-looking cue on PolNeAR train, sorted index i % 23 in 19, 20).

A subject of the cue's own (a direct ``nsubj``) is left alone: "Concern grew" is no cue, and a
state that "says" something is the writer's figure, rare in news.  A noun of the person, group or
organisation lexicons, a proper noun and a named entity always stand.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class
from ...lexicons.nouns import group_nouns, org_nouns, person_nouns, wordnet_people
from ..tree import child


@lru_cache(maxsize=1)
def mute_nouns() -> frozenset[str]:
    """Nouns for states, qualities, feelings, motives, relations and body parts (``mute`` of
    ``mute_nouns_wordnet.tsv``)."""
    return word_class("mute_nouns_wordnet.tsv", "mute")


def shared_mute_subject(doc: AnnotatedDocument, t: Token, subj: Token) -> bool:
    """``subj``, the subject cue ``t`` shares with the clause it hangs on (not its own), is mute."""
    return subj.head != t.i and _mute(doc, subj)


def infinitive_on_mute_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """Cue ``t`` is an infinitive relative with no subject of its own ("a way to admit",
    "reasons to oppose the plan") on a mute noun."""
    if t.dep not in ("acl:relcl", "acl") or t.head is None or t.tag != "VB":
        return False
    if not any(c.dep == "aux" and c.text.lower() == "to" for c in doc.children(t.i)):
        return False
    return child(doc, t.i, "nsubj", "nsubj:pass") is None and _mute(doc, doc.tokens[t.head])


def _mute(doc: AnnotatedDocument, noun: Token) -> bool:
    """``noun`` is a common noun of ``mute_nouns_wordnet.tsv`` that no party lexicon or entity claims."""
    if noun.pos != "NOUN" or doc.entities_at(noun.i):
        return False
    lemma = noun.lemma.lower()
    if lemma not in mute_nouns():
        return False
    return not any(lemma in kind() for kind in (wordnet_people, person_nouns, group_nouns, org_nouns))
