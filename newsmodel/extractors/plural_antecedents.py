"""The antecedent of a plural "they" / "them" / "their": never one person, and not a prepositional object.

Two causes of wrong plural roles on PolNeAR train (issue 14, helper e63 at stop 42):

* number: a plural pronoun stands for a group, a body or a country, never for one
  person ("The union endorsed Ruiz. Ruiz thanked *them*" -- not Ruiz).  The
  statement resolver already kept people out (16 of 17 such "they" were wrong
  there); the role resolver now reads the same kinds, so both engines agree.
* salience: when the nearest fitting mention lies in an earlier sentence, a
  noun inside a prepositional phrase there ("... should be settled *by the
  courts*. They accused ...") is a background participant; the pronoun carries
  on a mention that is not a prepositional object (usually the sentence's
  subject, "The miners' leaders said ...").  As for he/she
  (:mod:`.pronouns`), a prepositional object is taken only when the sentence
  offers nothing else.  Within the pronoun's own sentence the nearest stays.
* people joined: "Dana Ruiz and Sen. Paul Okafor would have to tell voters that *they*
  ..." -- two people joined by "and" nearer than any group are the plural; the role takes the
  first of them (a role resolves one actor), rather than a body named further back.
* people named by a common noun (a26 at stop 47): a plural people noun no actor covers
  ("moderators", "supporters") is a candidate too (:mod:`.plural_people`); when it is the one
  chosen, the pronoun stands for those people and no actor is returned.  In an earlier sentence a
  body named by a singular common noun ("parliament") gives way, as a prepositional object does,
  to another mention of that sentence ("The farmers gathered outside parliament. They ...");
  so does a possessor ("the nurses' union"); an object "them" is not its own clause's subject
  ("The officers detained them").
* number and continuity (issue 14, helper e92 at stop 48): parties joined by "and" are a plural
  (:mod:`.joined_parties`), so a conjunct of a prepositional object is one too ("the ministers *of
  Chile and Bolivia*") and a weak joined pair gives way only to another plural ("Spain sent aid to
  Greece and Italy. They thanked Madrid": not Spain).  In the pronoun's own sentence a subject
  "they" opening a clause of time or manner ("as they", "before they": class
  ``subject-continuing-conjunction`` of ``actor_words.tsv``) after a main clause that met, clashed
  or argued *with* a group (class ``comitative-preposition``) carries on that clause's plural
  subject, not the with-phrase ("The dock workers clashed with police as they tried to march");
  and a body named by a singular common noun ("the government") that reports nothing gives way to
  a plural of its own or the previous sentence ("The protesters marched. The government ensured
  that police arrested them").
"""

from __future__ import annotations

import re
from typing import Callable

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..schema import Actor
from .joined_parties import conjuncts, is_conjunct

#: The actor kinds a plural pronoun may stand for.
PLURAL_KINDS = ("group", "organization", "country")
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})


def after_preposition(doc: AnnotatedDocument, start: int) -> bool:
    """The mention starting at ``start`` is the object of a preposition ("by the courts", "to states")
    -- not the of-phrase of a quantity ("Hundreds *of migrants*", "dozens of fishermen"), which
    names the people counted, the head of the phrase (as :func:`.roles.actor_of` reads it)."""
    tok = doc.token_at(start)
    if tok is None or tok.i < 1 or doc.tokens[tok.i - 1].pos != "ADP" or doc.tokens[tok.i - 1].sent != tok.sent:
        return False
    return not _partitive_of(doc, tok.i - 1)


def _partitive_of(doc: AnnotatedDocument, k: int) -> bool:
    """Token ``k`` is the "of" after a quantity noun or a number ("hundreds of", "a group of", "300 of")."""
    from .roles import quantity_nouns

    if doc.tokens[k].text.lower() != "of" or k < 1:
        return False
    q = doc.tokens[k - 1]
    return q.pos == "NUM" or q.text.lower() in quantity_nouns() or q.lemma.lower() in quantity_nouns()


def singular_common(doc: AnnotatedDocument, end: int) -> bool:
    """The mention ending at ``end`` is headed by a singular common noun ("parliament", "the
    company"): a body a plural pronoun may stand for, but one that agrees less well in number
    than a plural of the same sentence ("The farmers gathered outside parliament. They ...")."""
    last = doc.token_at(end - 1)
    if last is None or last.pos != "NOUN" or not last.text[:1].islower():
        return False
    if last.tag:
        return last.tag == "NN"
    return last.text.lower() == last.lemma.lower() and not last.text.lower().endswith("s")


def possessor(doc: AnnotatedDocument, start: int) -> bool:
    """The noun phrase starting at ``start`` owns the next one ("the nurses' union", "the miners'
    leaders"): a modifier of the owned noun, which is the party a later plural pronoun carries on."""
    tok = doc.token_at(start)
    if tok is None:
        return False
    j = tok.i
    while j + 1 < len(doc.tokens) and doc.tokens[j + 1].sent == tok.sent and doc.tokens[j + 1].pos in ("NOUN", "PROPN", "ADJ"):
        j += 1
    return j + 1 < len(doc.tokens) and doc.tokens[j + 1].text in ("'", "'s", "\u2019", "\u2019s")


#: Parts of speech between an object pronoun and its own clause's subject ("The officers later detained them").
_CLAUSE_INSIDE = frozenset({"VERB", "AUX", "ADV", "PART"})


def _own_subject_end(doc: AnnotatedDocument, pron: Token) -> int | None:
    """The end offset of the subject of an object "them"'s own clause ("The officers detained
    *them*": "officers"), read as the word before the verb group right before the pronoun; None for
    another pronoun or without a verb group.  A personal pronoun that is an object never stands for
    its own clause's subject (binding: that would be "themselves")."""
    if pron.text.lower() != "them":
        return None
    k = pron.i - 1
    while k >= 0 and (doc.tokens[k].pos in _CLAUSE_INSIDE or infinitive_to(doc, k)) and doc.tokens[k].sent == pron.sent:
        k -= 1
    if k < 0 or k == pron.i - 1 or doc.tokens[k].sent != pron.sent or not any(t.pos == "VERB" for t in doc.tokens[k + 1 : pron.i]):
        return None
    if doc.tokens[k].pos in ("ADP", "SCONJ") and doc.tokens[k + 1].text.lower().endswith("ing"):
        # "Kidnappers in Nigeria freed 20 children, two weeks after seizing them": a gerund after a
        # preposition has the main clause's subject as its own, the sentence's first noun phrase
        return _opening_subject_end(doc, pron.sent)
    return doc.tokens[k].end


def _opening_subject_end(doc: AnnotatedDocument, sent_i: int) -> int | None:
    """The end offset of the noun phrase opening sentence ``sent_i`` ("*Kidnappers* in Nigeria
    freed ..."), read over a determiner and modifiers; None when the sentence opens otherwise."""
    sent = doc.sentences[sent_i]
    k = sent.token_start
    while k < sent.token_end and doc.tokens[k].pos in ("DET", "ADJ", "NUM"):
        k += 1
    if k >= sent.token_end or doc.tokens[k].pos not in ("NOUN", "PROPN"):
        return None
    while k + 1 < sent.token_end and doc.tokens[k + 1].pos in ("NOUN", "PROPN"):
        k += 1
    return doc.tokens[k].end


def infinitive_to(doc: AnnotatedDocument, k: int) -> bool:
    """Token ``k`` is the "to" of an infinitive ("ordered security forces *to* rescue them"), which
    a parse-less tagger may call a preposition: the infinitive's understood subject is the noun
    before it, so an object "them" of the infinitive is not that noun (binding)."""
    return doc.tokens[k].text.lower() == "to" and k + 1 < len(doc.tokens) and doc.tokens[k + 1].pos in ("VERB", "AUX")


def _place_of_people(doc: AnnotatedDocument, draft: Draft, start: int, actor: str | None) -> bool:
    """The mention is a state or place in an "in"-phrase right after a noun ("Kidnappers *in northern
    Nigeria* freed ..."): where those people are, not a party a plural pronoun stands for."""
    fields = draft.actor_fields(actor) if actor else None
    if fields is None or fields.kind not in ("country", "location"):
        return False
    prep = _preposition_before(doc, start)
    return prep is not None and prep.text.lower() == "in" and prep.i > 0 and doc.tokens[prep.i - 1].pos == "NOUN" and doc.tokens[prep.i - 1].sent == prep.sent


def _weak(doc: AnnotatedDocument, draft: Draft, start: int, end: int) -> bool:
    """In an earlier sentence, a mention that gives way to another of its sentence: a prepositional
    object (or a conjunct of one: "the ministers of Chile *and Bolivia*"), a singular common noun
    (:func:`singular_common`) or a possessor (:func:`possessor`)."""
    if after_preposition(doc, start) or singular_common(doc, end) or possessor(doc, start):
        return True
    joined = conjuncts(doc, draft, start, end)
    return len(joined) > 1 and after_preposition(doc, joined[0][0])


def _plural_form(doc: AnnotatedDocument, draft: Draft, start: int, end: int, actor: str | None) -> bool:
    """The mention agrees with a plural pronoun by its form: people named by a plural noun (no
    actor), a plural noun head ("the strikers", "rebel commanders") or a conjunct of parties joined
    by "and" ("Brazil *and Chile*")."""
    if actor is None:
        return True
    last = doc.token_at(end - 1)
    if last is not None and last.pos in ("NOUN", "PROPN"):
        if last.tag:
            if last.tag in ("NNS", "NNPS"):
                return True
        elif last.pos == "NOUN" and last.text.lower() != last.lemma.lower():
            return True
    return is_conjunct(doc, draft, start, end)


def _preposition_before(doc: AnnotatedDocument, start: int) -> Token | None:
    """The preposition heading the noun phrase that starts at ``start`` ("with *the riot police*"),
    read back over a determiner and modifiers within the sentence; None when no preposition."""
    tok = doc.token_at(start)
    if tok is None:
        return None
    k = tok.i - 1
    while k >= 0 and tok.i - k <= 4 and doc.tokens[k].sent == tok.sent and doc.tokens[k].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        k -= 1
    return doc.tokens[k] if k >= 0 and doc.tokens[k].sent == tok.sent and doc.tokens[k].pos == "ADP" else None


def _with_phrase_object(doc: AnnotatedDocument, start: int) -> bool:
    """The mention is the object of a comitative preposition ("clashed *with* police", "argued
    *with* the guards"): a co-participant of the main clause's act, not its subject."""
    from ..lexicons import word_class

    prep = _preposition_before(doc, start)
    return prep is not None and prep.text.lower() in word_class("actor_words.tsv", "comitative-preposition")


def _continues_subject(doc: AnnotatedDocument, pron: Token) -> bool:
    """``pron`` is a subject "they" opening a clause of time or manner ("as they tried", "before
    they staged"), which carries on the subject of the clause it hangs on (centering: the subject
    is the most salient party of its clause)."""
    from ..lexicons import word_class

    if pron.text.lower() != "they" or pron.i < 1 or doc.tokens[pron.i - 1].sent != pron.sent:
        return False
    return doc.tokens[pron.i - 1].text.lower() in word_class("actor_words.tsv", "subject-continuing-conjunction")


def generic_as_they_say(doc: AnnotatedDocument, pron: Token) -> bool:
    """``pron`` is the generic "they" of a comment clause "as they say" / "as they put it" (present
    tense; class ``generic-they-verb`` of ``actor_words.tsv``): people in general, no antecedent
    (CGEL ch. 17, comment clauses; "as they said" reports particular people and is left alone)."""
    from ..lexicons import word_class

    if pron.text.lower() != "they" or pron.i < 1 or pron.i + 1 >= len(doc.tokens):
        return False
    before, after = doc.tokens[pron.i - 1], doc.tokens[pron.i + 1]
    return before.text.lower() == "as" and before.sent == pron.sent and after.text.lower() in word_class("actor_words.tsv", "generic-they-verb")


def _rescued(doc: AnnotatedDocument, pron: Token) -> bool:
    """``pron`` is an object "them" right after a verb of rescue or release ("to rescue them",
    "freed them"; class ``rescue-verb`` of ``actor_words.tsv``): people held by someone else."""
    from ..lexicons import word_class

    if pron.text.lower() != "them" or pron.i < 1:
        return False
    verb = doc.tokens[pron.i - 1]
    return verb.sent == pron.sent and verb.pos in ("VERB", "NOUN") and verb.lemma.lower() in word_class("actor_words.tsv", "rescue-verb")


def _by_agent(doc: AnnotatedDocument, start: int) -> bool:
    """The mention starting at ``start`` is the agent of a by-phrase ("the abduction of 15 farmers
    *by bandits*", "were seized by gunmen")."""
    prep = _preposition_before(doc, start)
    return prep is not None and prep.text.lower() == "by"


def _reports(doc: AnnotatedDocument, end: int) -> bool:
    """The mention ending at ``end`` is the subject of a speech verb right after it, past
    auxiliaries and adverbs ("the ministry said they ...": the body speaks for its people)."""
    from ..lexicons import speech_verbs

    last = doc.token_at(end - 1)
    if last is None:
        return False
    k = last.i + 1
    while k < len(doc.tokens) and doc.tokens[k].sent == last.sent and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
        k += 1
    return k < len(doc.tokens) and doc.tokens[k].sent == last.sent and doc.tokens[k].pos == "VERB" and doc.tokens[k].lemma.lower() in speech_verbs()


#: What may stand between two people joined as one plural party: "and", a title, a comma ("or" offers a
#: choice, no plural: "free to back Lee, Park or Cho").
_JOIN = re.compile(r"^\s*,?\s*(and|&)\s+((Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Pres)\.\s+|[A-Z][a-z]+\s+){0,2}$")


def _joined(between: str) -> bool:
    """The text between two person mentions joins them ("Dana Ruiz and Sen. Paul Okafor",
    "Lee, Park and Cho" -- the last two)."""
    return bool(_JOIN.match(between))


def plural_antecedent(
    doc: AnnotatedDocument,
    draft: Draft,
    offset: int,
    limit: int,
    fits: Callable[[int, Actor], bool],
) -> str | None:
    """The actor a plural pronoun at ``offset`` stands for, among mentions starting at or after
    ``limit`` whose actor ``fits`` (start, actor) -- the caller's kinds and exclusions.

    The nearest fitting mention, except that in an earlier sentence a mention after a
    preposition gives way to a fitting one of the same sentence that is not."""
    from .plural_people import people_nouns

    here = doc.token_at(offset)
    if here is not None and generic_as_they_say(doc, here):
        return None  # "As they say, ...": people in general, no antecedent
    people = people_nouns(doc, draft, offset, limit)
    mentions: list[tuple[int, int, str | None]] = list(draft.mentions_before(offset, limit=limit))
    if people:
        # nearest first, as mentions_before gives them; a people noun (actor None) among them
        mentions = sorted(mentions + [(s, e, None) for s, e in people], key=lambda m: m[1], reverse=True)
    bound = _own_subject_end(doc, here) if here is not None else None
    if bound is not None:
        mentions = [m for m in mentions if m[1] != bound]
    mentions = [m for m in mentions if not _place_of_people(doc, draft, m[0], m[2])]
    if here is not None and _rescued(doc, here):
        # "The abduction of 15 farmers by bandits ... ordered the army to rescue them": the people
        # held, not those by whom they were taken
        mentions = [m for m in mentions if not _by_agent(doc, m[0])]
    cands: list[tuple[int, int, str | None, int]] = []  # fitting mentions, nearest first: (start, end, actor, sentence)
    later: tuple[int, int, str] | None = None  # the person mention read just before (nearer the pronoun)
    for s, e, a in mentions:
        if a is None:
            actor = None  # plural people no actor names: always fits, and is no person
        else:
            actor = draft.actor_fields(a)
        if actor is not None and actor.kind == "person" and not cands:
            if later is not None and _joined(doc.text[e : later[0]]) and draft.actor_fields(later[2]) is not None:
                return a  # "Ruiz and Sen. Okafor ... they": the first of the people joined
            later = (s, e, a)
            continue
        if a is not None and (actor is None or not fits(s, actor)):
            continue
        tok = doc.token_at(s)
        if here is None or tok is None:
            if not cands:
                return a
            continue
        cands.append((s, e, a, tok.sent))
    if not cands:
        return None
    s, e, a, sent = cands[0]
    if sent == here.sent:
        return _in_own_sentence(doc, draft, here, cands)
    if not _weak(doc, draft, s, e):
        return a
    plural = _plural_form(doc, draft, s, e, a)
    for s2, e2, a2, sent2 in cands[1:]:
        if sent2 != sent:
            break
        if not _weak(doc, draft, s2, e2) and (not plural or _plural_form(doc, draft, s2, e2, a2)):
            return a2
    return a


def _in_own_sentence(doc: AnnotatedDocument, draft: Draft, here: Token, cands: list[tuple[int, int, str | None, int]]) -> str | None:
    """The antecedent when the nearest fitting mention ``cands[0]`` is in the pronoun's own
    sentence: that mention, except that a with-phrase's object gives way to the plural subject of
    the clause a "they" of time or manner hangs on, and a singular common noun that reports nothing
    to a plural of its own or the previous sentence (number agreement)."""
    s, e, a, sent = cands[0]
    if _with_phrase_object(doc, s) and _continues_subject(doc, here):
        for s2, e2, a2, sent2 in cands[1:]:
            if sent2 == sent and not _weak(doc, draft, s2, e2) and _plural_form(doc, draft, s2, e2, a2):
                return a2  # "The dock workers clashed with police as they tried to march"
    if singular_common(doc, e) and not _reports(doc, e):
        for s2, e2, a2, sent2 in cands[1:]:
            if sent2 < sent - 1:
                break
            if _plural_form(doc, draft, s2, e2, a2) and (sent2 == sent or not _weak(doc, draft, s2, e2)):
                return a2  # "The protesters marched. The government ensured that police arrested them"
    return a
