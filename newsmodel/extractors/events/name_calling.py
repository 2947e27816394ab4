"""Name-calling: a party called, branded or labelled with a term of abuse is criticised.

"Senator Ruiz called the governor a pathological liar", "branded the prime minister a coward",
"labelled the president a dictator", "called his rival dishonest and unfit": words that put a
person or a body down are PLOVER ACCUSE (disapprove; CAMEO 111, criticize or denounce).  CAMEO's
verb dictionary has some of these as patterns ("call ... liar"), but a pattern alone now needs a
party the dictionaries code (:mod:`.pattern_parties`), and campaign news calls names between
candidates.  The term decides the sense, so the rule reads it: a kind word ("called the governor a
friend", "a genius"), a thing as the object ("called the budget a disaster"), a phone call
("called the governor on Tuesday") and a meeting called ("called a vote") are no criticism.
A party's words or deeds called a term of abuse ("called the mayor's comments a new low", "called
his speech a disgrace") are criticism of that party, as an attack on a person's record is
(:mod:`.spoken_attacks`); a thing with no one's name on it ("called the hailstorm a disgrace") stays
a word put on something (issue 14 batch 75, PolNeAR train recall).
The abusive nouns and adjectives are ``abuse-noun`` and ``abuse-adj`` in ``sense_words.tsv``;
the verbs ``name-calling-verb`` in ``event_cues.tsv``.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import person_nouns
from ..mentions import POSSESSIVES
from ..nominals import names_party, nominal_actor
from .triggers import words_of

__all__ = ["called_roles", "calls_names", "party_after_verb"]

#: Object pronouns that name a person or a body ("called him a liar", "branded them traitors").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: Words that may come between the term and the party: articles, quotation marks (with the
#: doubled apostrophes and backticks some papers print for them: ''predatory''), "and" between
#: two terms ("dishonest and unfit").
_BETWEEN = frozenset({"a", "an", "the", "and", "or", "as", "“", "”", '"', "‘", "’", "'", "''", "``"})
#: Titles that may open a name in apposition to the party ("the chief executive, *Mr.* Haldane,").
_APPOSITION_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})


def _abuse(doc: AnnotatedDocument, w: Token) -> bool:
    """A term of abuse: a listed noun or adjective, or the noun of a listed two-word term
    ("fat cats": ``abuse-noun`` "fat cat", the word before and the noun's lemma)."""
    from .senses import event_words

    low, lemma = w.text.lower(), w.lemma.lower()
    nouns = event_words("abuse-noun")
    if low in nouns or lemma in nouns or low in event_words("abuse-adj"):
        return True
    return w.i > 0 and f"{doc.tokens[w.i - 1].text.lower()} {lemma}" in nouns


def _past_apposition(doc: AnnotatedDocument, end: int, sent_end: int) -> int:
    """The index after a name in apposition to the party, between commas -- "called the chief
    executive*, Mr. Haldane,* dishonest" -- or ``end`` when none follows: the term comes after
    the name, which is the same party, not after the party's first mention."""
    if end >= sent_end or doc.tokens[end].text != ",":
        return end
    k, named = end + 1, False
    while k < min(sent_end, end + 7):
        w = doc.tokens[k]
        if w.text == ",":
            return k + 1 if named else end
        if w.pos == "PROPN":
            named = True
        elif w.text.lower() not in _APPOSITION_TITLES and w.text != ".":
            return end
        k += 1
    return end


def _owned_person_named(doc: AnnotatedDocument, end: int, sent_end: int) -> int | None:
    """After a possessor ("the airline*'s*"), a noun and then a name in apposition between commas
    ("the airline's owner*, Ms. Ferrante,*"): the index after the name, the party the verb names;
    else None (the possessor's thing, "the airline's fees", is read by :func:`_party_thing_then_abuse`)."""
    if end + 2 >= sent_end or doc.tokens[end].text not in ("'s", "’s") or doc.tokens[end + 1].pos != "NOUN":
        return None
    after = _past_apposition(doc, end + 2, sent_end)
    return after if after > end + 2 else None


def _person_noun_next(doc: AnnotatedDocument, k: int, sent_end: int) -> bool:
    """Word ``k`` is a person noun ("executive" after "chief"): the word before it modifies it.
    (The rules tagger tags some terms of abuse nouns -- "reckless", "dishonest" -- so the tag
    alone does not tell.)"""
    return k < sent_end and doc.tokens[k].pos in ("NOUN", "PROPN") and (doc.tokens[k].text.lower() in person_nouns() or doc.tokens[k].lemma.lower() in person_nouns())


def party_after_verb(doc: AnnotatedDocument, draft: Draft, t: Token) -> int | None:
    """The index after the party the verb names right after it -- an object pronoun, an actor's
    whole mention or a noun typed as a person or a body, past determiners, possessives and
    adjectives ("called *his rival*", "branded *the prime minister*") -- or None."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k < sent.token_end and doc.tokens[k].text.lower() in _OBJECT_PRONOUNS:
        return k + 1
    for j in range(k, min(sent.token_end, k + 6)):
        w = doc.tokens[j]
        if w.pos == "ADJ" and w.text.lower() in person_nouns() and j > k and not _person_noun_next(doc, j + 1, sent.token_end):
            # "called his rival reckless": both taggers make the noun an adjective here; one
            # before a person noun modifies it ("the *chief* executive")
            return j + 1
        if w.pos in ("DET", "ADJ") or w.text.lower() in POSSESSIVES:
            continue
        if w.pos not in ("NOUN", "PROPN"):
            return None
        actor = draft.actor_at(w.start, w.end)
        if actor is not None:
            end = j + 1
            while end < sent.token_end and draft.actor_at(doc.tokens[end].start, doc.tokens[end].end) == actor:
                end += 1  # the rest of the name ("the prime minister", "Maria Okoro")
            owned = _owned_person_named(doc, end, sent.token_end)
            if owned is not None:
                return owned  # "called the airline's owner, Ms. Ferrante, a liar": the owner named
            return end if names_party(draft, w, actor_kinds=("person", "organization", "country", "group"), noun_kinds=()) else None
        if names_party(draft, w, actor_kinds=None, noun_kinds=("person", "group", "organization")):
            return j + 1
        continue  # a noun before the head ("the party chairman")
    return None


def calls_names(doc: AnnotatedDocument, draft: Draft, t: Token) -> str | None:
    """How the verb (``name-calling-verb``: "call", "brand", "label", "dub", "describe") names what follows it.

    ``"abuse"``: a party right after it and then, within five words of articles, adjectives and
    quotation marks, a term of abuse (``abuse-noun``, ``abuse-adj``): criticism.  ``"naming"``:
    an object and then "a"/"an" and a term that is no length of time ("called the budget a
    disaster", "called the governor a friend") or an object and then "as" ("described the inquiry
    as a routine review"): a word put on something, no appeal and no call on the phone.  None for any other use ("called the governor on Tuesday", "called a vote").
    """
    if t.pos != "VERB" or t.lemma.lower() not in words_of("name-calling-verb"):
        return None
    sent = doc.sentences[t.sent]
    end = party_after_verb(doc, draft, t)
    if end is not None:
        end = _past_apposition(doc, end, sent.token_end)
        for j in range(end, min(sent.token_end, end + 5)):
            w = doc.tokens[j]
            if _abuse(doc, w):
                return "abuse"
            if w.pos not in ("ADJ", "ADV", "DET", "NOUN") and w.text.lower() not in _BETWEEN:
                break
    if _party_thing_then_abuse(doc, draft, t):
        return "abuse"
    return "naming" if _object_then_term(doc, t) or _object_then_as(doc, t) else None


def called_roles(doc: AnnotatedDocument, draft: Draft, t: Token) -> tuple[str | None, frozenset[str]] | None:
    """For a name-calling verb that criticises (:func:`calls_names` gives ``"abuse"``): the actor
    of the party it names right after it (None for a pronoun no actor holds: "calling *them*
    rapists") and the actors inside the term of abuse that follows ("the migrants *rapists and
    drug dealers*", where an agents dictionary codes "rapists" a criminal group) -- the term is
    said of the party, an object complement, never a second party the words are aimed at
    (issue 14 batch 94, PolNeAR train recall). None for any other use of the verb."""
    if calls_names(doc, draft, t) != "abuse":
        return None
    sent = doc.sentences[t.sent]
    end = party_after_verb(doc, draft, t)
    if end is None:
        return None
    party = None
    for k in range(end - 1, t.i, -1):
        party = draft.actor_at(doc.tokens[k].start, doc.tokens[k].end)
        if party is not None:
            break
    if party is None and doc.tokens[end - 1].pos == "NOUN":
        # a party no actor rule made ("the rebel commanders", "the migrants"): the head of its noun
        # phrase -- the last of its nouns before the term -- named by the nominal lexicons
        head = end - 1
        while head + 1 < sent.token_end and doc.tokens[head + 1].pos == "NOUN" and not _abuse(doc, doc.tokens[head + 1]):
            head += 1
        first = t.i + 1
        while first < head and (doc.tokens[first].pos == "DET" or doc.tokens[first].text.lower() in POSSESSIVES):
            first += 1
        party = nominal_actor(draft, doc.tokens[head], doc.tokens[first].start)
        end = max(end, head + 1)
    terms: set[str] = set()
    for j in range(_past_apposition(doc, end, sent.token_end), min(sent.token_end, end + 9)):
        w = doc.tokens[j]
        if w.pos not in ("ADJ", "ADV", "DET", "NOUN") and w.text.lower() not in _BETWEEN:
            break
        a = draft.actor_at(w.start, w.end)
        if a is not None and a != party:
            terms.add(a)
    return party, frozenset(terms)


def _object_then_as(doc: AnnotatedDocument, t: Token) -> bool:
    """An object noun phrase right after the verb and then "as" ("described the inquiry as a
    routine review", "characterized the probe as a formality"; stop 37, e38): a word put on the
    object, whatever the term -- the object is talked about, not acted on, so an event noun in it
    ("inquiry", "raid") makes no event of its own through CAMEO's explaining-verb patterns.  The
    object may carry one prepositional phrase after its noun ("described his visit *to Hanoi* as a
    great success": CAMEO 013, an optimistic comment; stop 41, e53, batch 103)."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    seen_noun = False
    preposition_seen = False
    while k < min(sent.token_end, t.i + 10):
        w = doc.tokens[k]
        low = w.text.lower()
        if low == "as":
            return seen_noun
        if w.pos in ("NOUN", "PROPN") or low in _OBJECT_PRONOUNS:
            seen_noun = True
        elif seen_noun and not preposition_seen and low in _OBJECT_PREPOSITIONS:
            preposition_seen = True  # the object's own phrase: "his visit to Hanoi", "the raid on the camp"
        elif w.pos not in ("DET", "ADJ", "NUM") and low not in POSSESSIVES and low not in ("'s", "’s"):
            return False
        k += 1
    return False


#: Prepositions that may open one phrase inside the object before "as" ("his visit *to* Hanoi").
_OBJECT_PREPOSITIONS = frozenset({"of", "to", "in", "on", "at", "with", "from", "by", "for", "against"})
#: Possessive pronouns that name a person or a body as the owner of the object ("called *his* speech").
_PARTY_POSSESSIVES = frozenset({"his", "her", "their"})
#: Words that end the object's clause before a term could come: a clause or a list goes on.
_CLAUSE_END = frozenset({",", ";", ":", "that", "which", "who", "because", "while", "and", "but"})


def _party_thing_then_abuse(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb's object is a thing of a party -- "the mayor's comments (on the strike)", "his
    speech" -- and then, in the same clause, "a"/"an" opens a term of abuse ("a new low", "a
    disgrace"): the owner of the words or deeds is criticised."""
    sent = doc.sentences[t.sent]
    k = t.i + 1
    owner = False
    while k < min(sent.token_end, t.i + 6):
        w = doc.tokens[k]
        low = w.text.lower()
        if low in _PARTY_POSSESSIVES:
            owner = True
            break
        if w.text in ("'s", "’s"):
            owner = k > t.i + 1 and names_party(
                draft, doc.tokens[k - 1], actor_kinds=("person", "organization", "country", "group"), noun_kinds=("person", "group", "organization")
            )
            break
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN"):
            return False
        k += 1
    if not owner:
        return False
    for j in range(k + 1, min(sent.token_end, k + 10)):
        w = doc.tokens[j]
        if w.text.lower() in _CLAUSE_END or w.pos in ("VERB", "AUX"):
            return False
        if w.text.lower() in ("a", "an"):
            for m in range(j + 1, min(sent.token_end, j + 5)):
                if _abuse(doc, doc.tokens[m]):
                    return True
                if doc.tokens[m].pos not in ("ADJ", "ADV", "NOUN") and doc.tokens[m].text.lower() not in _BETWEEN:
                    break  # (quotation marks may open the term: 'a "new low"')
            return False
    return False


def _object_then_term(doc: AnnotatedDocument, t: Token) -> bool:
    """An object noun phrase right after the verb and then "a"/"an" opening a second one whose
    head is no length of time ("called the new budget a disaster"; not "called him a day later")."""
    from .senses import event_words

    sent = doc.sentences[t.sent]
    k = t.i + 1
    seen_noun = k < sent.token_end and doc.tokens[k].text.lower() in _OBJECT_PRONOUNS
    if seen_noun:
        k += 1
    while k < sent.token_end and not seen_noun:
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            while k + 1 < sent.token_end and doc.tokens[k + 1].pos in ("NOUN", "PROPN"):
                k += 1
            seen_noun = True
        elif w.pos not in ("DET", "ADJ", "NUM") and w.text.lower() not in POSSESSIVES:
            return False
        k += 1
    if not seen_noun or k >= sent.token_end or doc.tokens[k].text.lower() not in ("a", "an"):
        return False
    for j in range(k + 1, min(sent.token_end, k + 5)):
        w = doc.tokens[j]
        if w.pos == "NOUN":
            return w.lemma.lower() not in event_words("duration-unit") and w.lemma.lower() != "time"
        if w.pos not in ("ADJ", "ADV"):
            return False
    return False
