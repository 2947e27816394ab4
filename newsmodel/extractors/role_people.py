"""One person named by a role noun ("the businessman", "the actress", "the billionaire") whom a
later he or she stands for: a person actor, so that the pronoun has its antecedent.

News often introduces a participant by what they are and goes on with a pronoun: "The
businessman arrived on Monday. He said ...". The named-entity pass finds no name there, and the
agents dictionary codes only official and armed roles ("the senator", "the judge"), so without
this step the "he" has no person to stand for, and the statement none to be spoken by.

A noun makes such an actor when it is (issue 14, helper a8):

* singular and a noun for people: WordNet's people nouns (class ``people`` of
  ``noun_kinds_wordnet.tsv``), the person nouns of ``org_words.tsv`` or a role title;
* definite: "the" right before it, or before the adjectives and numbers before it ("the
  45-year-old actress"). An indefinite noun ("a spokeswoman", "a driver") is left out: the actor
  is named by its noun, so two people each introduced as "a spokesman" would fold into one, while
  "the spokesman" is usually the one met before;
* the subject of its clause (by the parse, or, without one, a verb right after it): the
  participant a story continues with; an object or a prepositional object ("fined the driver",
  "with the winner") is left to the rules that read roles;
* not followed by a name in apposition ("the leader of the group, Ana Ruiz,"): the name is the
  participant;
* followed by a he/she/him/his/her, in its own sentence or the next two, whose gender it can
  take: a noun whose word is gendered ("actress", ``gender_words.tsv``) needs a pronoun of that
  gender.  A role noun no pronoun refers back to is a role in the story, not a participant (the
  reason :mod:`.nominals` types only plurals of WordNet's people nouns as parties).

Which he/she is this person, and which a named one, stays for :mod:`.pronouns` to decide.
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import person_nouns, titles
from ..lexicons.nouns import wordnet_people
from .pronouns import pronoun_gender, word_gender
from .titled_antecedents import titled_person

__all__ = ["add_role_people", "is_person_lemma", "one_person_noun", "person_lemmas"]

#: Sentences after the noun's own in which a pronoun referring back to it is looked for.
_PRONOUN_SENTENCES = 2
#: Words that may stand between "the" and the noun ("the former Russian businessman").
_MODIFIER_POS = ("ADJ", "NUM", "PROPN", "NOUN")


def one_person_noun(t: Token) -> bool:
    """``t`` is a lower-case singular common noun for one person ("businessman", "actress")."""
    if t.pos != "NOUN" or not t.text[:1].islower():
        return False
    low, lemma = t.text.lower(), t.lemma.lower()
    if low != lemma and low.endswith("s"):
        return False  # a plural: "the senators" are a group (:mod:`.nominals`)
    return is_person_lemma(lemma)


@lru_cache(maxsize=16384)
def is_person_lemma(lemma: str) -> bool:
    """A lemma the lexicons name one person by; kept per lemma, as every noun of a text asks."""
    return lemma in wordnet_people() or lemma in person_nouns() or titles().get((lemma,)) == "role"


@lru_cache(maxsize=1)
def person_lemmas() -> frozenset[str]:
    """Every lemma :func:`is_person_lemma` accepts, as one set: the actor pass screens each token's
    lemma against it (with its other word lists) before any further test."""
    roles = {key[0] for key, kind in titles().items() if len(key) == 1 and kind == "role"}
    return wordnet_people() | person_nouns() | frozenset(roles)


def _determiner_start(doc: AnnotatedDocument, t: Token) -> int | None:
    """The token index of the "the" that opens the noun's phrase, None when it is not definite."""
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and t.i - k <= 4 and doc.tokens[k].pos in _MODIFIER_POS and doc.tokens[k].text.lower() != "the":
        k -= 1
    if k >= first and doc.tokens[k].text.lower() == "the":
        return k
    return None


def _is_subject(doc: AnnotatedDocument, t: Token) -> bool:
    if doc.has_parse:
        return t.dep in ("nsubj", "nsubjpass")
    k = t.i + 1
    if k >= doc.sentences[t.sent].token_end:
        return False
    nxt = doc.tokens[k]
    return nxt.pos == "AUX" or (nxt.pos == "VERB" and not nxt.text.lower().endswith("ing"))


def _named_in_apposition(doc: AnnotatedDocument, t: Token) -> bool:
    """The noun's phrase goes on with a name set off by a comma ("The leader of the armed group,
    Ana Ruiz, threatened ..."): the name is the participant, and the rules that read names and
    appositions make it the actor."""
    if doc.has_parse and any(c.dep == "appos" and c.pos == "PROPN" for c in doc.children(t.i)):
        return True
    end = doc.sentences[t.sent].token_end
    k = t.i + 1
    while k < end and k - t.i <= 8 and doc.tokens[k].pos in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"):
        k += 1
    return k + 1 < end and doc.tokens[k].text == "," and doc.tokens[k + 1].pos == "PROPN"


def _referred_back(doc: AnnotatedDocument, t: Token, pronouns: list[Token], gender: str | None) -> bool:
    """A he/she/him/his/her after ``t`` within its sentence and the next ones, of ``gender`` if given."""
    last = t.sent + _PRONOUN_SENTENCES
    for p in pronouns:
        if p.i <= t.i:
            continue
        if p.sent > last:
            return False
        g = pronoun_gender(p.text)
        if g is not None and (gender is None or g == gender):
            return True
    return False


def add_role_people(doc: AnnotatedDocument, draft: Draft, person_pronouns: list[Token], *, nouns: list[Token] | None = None) -> None:
    """Make a person actor of each role noun for one person that a later pronoun refers back to
    (module docstring). ``person_pronouns``: the personal pronoun tokens, in text order;
    ``nouns``: the tokens :func:`one_person_noun` accepts, in text order, when the caller
    collected them already (the actor pass does, in its one scan of the tokens)."""
    if not person_pronouns:
        return
    from .nominals import nominal_name

    if nouns is None:
        nouns = [t for t in doc.tokens if t.pos == "NOUN" and one_person_noun(t)]
    last = person_pronouns[-1].i
    for t in nouns:
        if t.i >= last or not _is_subject(doc, t):
            continue
        if draft.actor_at(t.start, t.end) is not None or _named_in_apposition(doc, t):
            continue
        det = _determiner_start(doc, t)
        if det is None or not _referred_back(doc, t, person_pronouns, word_gender(t.text)):
            continue
        start = doc.tokens[det].start
        if draft.mentions_between(start, doc.tokens[t.i - 1].end) if t.i - 1 > det else False:
            start = t.start  # "the Russian businessman": the country keeps its own mention
        actor_id = titled_person(draft, t) or draft.actor_id_named(nominal_name(t), "person")
        draft.add_mention(actor_id, start, t.end)
