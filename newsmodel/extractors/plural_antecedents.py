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
"""

from __future__ import annotations

import re
from typing import Callable

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..schema import Actor

#: The actor kinds a plural pronoun may stand for.
PLURAL_KINDS = ("group", "organization", "country")
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})


def after_preposition(doc: AnnotatedDocument, start: int) -> bool:
    """The mention starting at ``start`` is the object of a preposition ("by the courts", "to states")."""
    tok = doc.token_at(start)
    return tok is not None and tok.i > 0 and doc.tokens[tok.i - 1].pos == "ADP" and doc.tokens[tok.i - 1].sent == tok.sent


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
    while k >= 0 and doc.tokens[k].pos in _CLAUSE_INSIDE and doc.tokens[k].sent == pron.sent:
        k -= 1
    if k < 0 or k == pron.i - 1 or doc.tokens[k].sent != pron.sent or not any(t.pos == "VERB" for t in doc.tokens[k + 1 : pron.i]):
        return None
    return doc.tokens[k].end


def _weak(doc: AnnotatedDocument, start: int, end: int) -> bool:
    """In an earlier sentence, a mention that gives way to another of its sentence: a prepositional
    object, a singular common noun (:func:`singular_common`) or a possessor (:func:`possessor`)."""
    return after_preposition(doc, start) or singular_common(doc, end) or possessor(doc, start)


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
    people = people_nouns(doc, draft, offset, limit)
    mentions: list[tuple[int, int, str | None]] = list(draft.mentions_before(offset, limit=limit))
    if people:
        # nearest first, as mentions_before gives them; a people noun (actor None) among them
        mentions = sorted(mentions + [(s, e, None) for s, e in people], key=lambda m: m[1], reverse=True)
    bound = _own_subject_end(doc, here) if here is not None else None
    if bound is not None:
        mentions = [m for m in mentions if m[1] != bound]
    first: tuple[str | None, int] | None = None  # (actor, sentence) of the nearest fitting mention
    later: tuple[int, int, str] | None = None  # the person mention read just before (nearer the pronoun)
    for s, e, a in mentions:
        if a is None:
            actor = None  # plural people no actor names: always fits, and is no person
        else:
            actor = draft.actor_fields(a)
        if actor is not None and actor.kind == "person" and first is None:
            if later is not None and _joined(doc.text[e : later[0]]) and draft.actor_fields(later[2]) is not None:
                return a  # "Ruiz and Sen. Okafor ... they": the first of the people joined
            later = (s, e, a)
            continue
        if a is not None and (actor is None or not fits(s, actor)):
            continue
        tok = doc.token_at(s)
        sent = tok.sent if tok is not None else -1
        if first is None:
            if here is None or tok is None or sent == here.sent or not _weak(doc, s, e):
                return a
            first = (a, sent)
            continue
        if sent != first[1]:
            break
        if not _weak(doc, s, e):
            return a
    return first[0] if first is not None else None
