"""What an act is about is no target: the reason after the one acted on, and an owner's thing.

PLOVER's target is the party the act is done to. Two phrases after it name something else:

* a reason or a topic opened by "for" or "over" after the party ("criticized the president *for
  accepting money from Exxon*", "rebuked the ambassador *over his remarks about Poland*",
  "thanked Norway *for its aid to Sudan*"): Exxon, Poland and Sudan are what the act is about;
* a thing owned by the party ("mocked the governor's *stance on Cuba*", "a critique of Pike's
  *Chinese trade policy*", "condemned Russia's *attack on Ukraine*"): the act reaches the owner,
  the thing's own words (its on-phrase, its adjective of origin) say what it is.

Without a parse the rules engine read every actor up to the clause's end as a target; with one,
"for" and "over" are no target prepositions already, but a possessed object's own phrases were
read as the object's actors. Issue 14, stop 42, e57: PolNeAR train, the largest group of wrong
rules targets in the judged texts. A person or a group owned ("the mayor's brother", "the
governor's bodyguards", a role the lexicons type) is a party itself, and stays.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..nominals import nominal_kind
from ..role_people import is_person_lemma
from ..roles import actors_in, kin_nouns
from ..tree import subtree_bounds

#: Prepositions that open a reason or a topic after the party acted on.
_REASON_PREPOSITIONS = frozenset({"for", "over"})
#: Words after "over" that show it a particle of a phrasal verb ("handed X over to", "took over from").
_AFTER_PARTICLE = frozenset({"to", "into", "from", "at"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
_PHRASE_WORDS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})


def _owned_thing(draft: Draft, head: Token, *, after_possessive: bool = False) -> bool:
    """``head`` names a thing, not a party: no actor's mention, no kin, person or role noun.
    ``after_possessive``: ``head`` stands right after an owner's "'s", so it is a noun whatever
    its tag."""
    if head.pos != "NOUN" and not (after_possessive and head.pos == "VERB") or draft.actor_at(head.start, head.end) is not None:
        return False
    lemma = head.lemma.lower()
    return lemma not in kin_nouns() and not is_person_lemma(lemma) and nominal_kind(head) is None


def before_reason_phrase(doc: AnnotatedDocument, draft: Draft, a: int, end: int) -> int:
    """Without a parse: the object region ``a``..``end`` cut before a "for" / "over" phrase that
    follows an actor of the region ("the president for accepting ...", "to the union for its
    help"); ``end`` when none does. The region's own first word is never cut ("voted for X"), nor
    a particle, which a preposition or a stop follows ("handed the sailor over to Morocco"), nor
    the phrase of a participle on the object ("extradited a mayor wanted for fraud to Chile": the
    recipient after it stays)."""
    for j in range(a + 1, end):
        w = doc.tokens[j]
        if w.text.lower() not in _REASON_PREPOSITIONS or w.pos not in ("ADP", "SCONJ") or j + 1 >= end:
            continue
        if w.text.lower() == "over" and (doc.tokens[j + 1].pos == "PUNCT" or doc.tokens[j + 1].text.lower() in _AFTER_PARTICLE):
            continue  # a particle, no preposition: "handed the sailor *over* to Morocco"
        if doc.tokens[j - 1].pos == "VERB":
            continue  # the phrase of a participle on the object: "a mayor *wanted for* fraud to Chile"
        if actors_in(doc, draft, a, j - 1):
            return j
    return end


def after_owner(doc: AnnotatedDocument, draft: Draft, a: int, end: int) -> int:
    """Without a parse: the object region ``a``..``end`` cut right after an owner's "'s" when the
    noun phrase it owns names a thing ("Marsh's stance on Cuba": up to "Marsh's"); ``end`` when
    the owned noun is a party ("the mayor's brother") or no owner names an actor."""
    for j in range(a + 1, end):
        if doc.tokens[j].text not in _POSSESSIVE_MARKS or not actors_in(doc, draft, a, j - 1):
            continue
        m = j + 1
        while m < end and (doc.tokens[m].pos in _PHRASE_WORDS or m == j + 1 and doc.tokens[m].pos == "VERB"):
            m += 1  # (the word right after "'s" opens a noun phrase, whatever a tagger calls it: "Russia's attack")
        if m > j + 1 and _owned_thing(draft, doc.tokens[m - 1], after_possessive=m - 1 == j + 1):
            return j + 1
        return end
    return end


def owners_of_thing(doc: AnnotatedDocument, draft: Draft, o: Token) -> list[str]:
    """With a parse: the actors of the possessor of object ``o`` when ``o`` names a thing ("mocked
    the governor's stance on Cuba": the governor) and the possessor is no pronoun; [] otherwise."""
    if not _owned_thing(draft, o):
        return []
    for c in doc.children(o.i):
        if c.dep in ("nmod:poss", "poss") and c.pos != "PRON":
            # (not "regrets her insults of X": a possessive pronoun is mostly the doer's own thing,
            # which reaches no one through its owner -- the thing's phrases are read as before;
            # without a parse only a written "'s" owner is read, after_owner)
            lo, hi = subtree_bounds(doc, c.i)
            return actors_in(doc, draft, lo, hi)
    return []
