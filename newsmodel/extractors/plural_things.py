"""A plural "they" / "them" / "their" whose nearest plural noun is a thing stands for the things
(issue 14, stop 43, helper e67; dev batch 118).

"Customs officers found 40 rifles in a truck. Police seized *them*": the pronoun agrees in number
with the nearest plural noun before it, and that noun, "rifles", can neither act nor be acted on as
a party.  :func:`.plural_antecedents.plural_antecedent` reads only actor mentions, so it passed
over the things and put a country or a party named further back on the role (helper e63's six
right -> wrong roles on PolNeAR train: tax returns, amendments, files).  Animacy settles it by
construction: when the nearest plural common noun before the pronoun -- its own clause's subject
passed ("Police seized them": Police is no antecedent of its own object) -- is a thing (no actor,
no people noun: :func:`.events.senses._is_thing`, which reads the agents dictionary, the people
lexicons and WordNet's people nouns), the pronoun is that thing and no actor takes the role.  A
plural people noun ("miners", "migrants") or a plural actor ("the unions") leaves the choice to
the actor resolver, as before; a singular name ("Gambia") is no plural and is passed over.  A
subject "they" is read within its own sentence only: in a new sentence it carries on the earlier
sentence's subject, not its last object ("The two envoys dismissed the mayor's demands. When they
talked in Lima ...": the envoys; one right CONSULT on PolNeAR train was lost without this).

Only the event role resolver asks (:func:`.roles._pronoun_actor`); the statement resolver's
"they said" is left as it was.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..draft import Draft

__all__ = ["thing_antecedent"]

#: Parts of speech that may stand between a clause's subject and its object pronoun ("Police
#: *later seized* them", "a magistrate *released* them").
_CLAUSE_INSIDE = frozenset({"VERB", "AUX", "ADV", "PART"})


def thing_antecedent(doc: AnnotatedDocument, draft: Draft, pron: Token, limit: int) -> bool:
    """True when the nearest plural common noun before ``pron`` (from offset ``limit`` on, the
    subject of its own clause passed) is a thing, not a party."""
    from .events.senses import _is_thing
    from .roles import names_people

    k = pron.i - 1
    # the pronoun's own clause: the verb group right before it, then that clause's subject
    while k >= 0 and doc.tokens[k].pos in _CLAUSE_INSIDE and doc.tokens[k].sent == pron.sent:
        k -= 1
    subject = pron.text.lower() == "they"
    own_subject = k if k < pron.i - 1 and not subject else -1
    while k >= 0 and doc.tokens[k].start >= limit:
        if subject and doc.tokens[k].sent != pron.sent:
            return False  # a subject "they" opening its clause carries on an earlier subject: its own sentence only

        w = doc.tokens[k]
        if k != own_subject and _plural_head(doc, w):
            if draft.actor_at(w.start, w.end) is not None or names_people(w):
                return False
            return _is_thing(doc, draft, w)
        k -= 1
    return False


def _plural_head(doc: AnnotatedDocument, w: Token) -> bool:
    """``w`` is a plural common noun heading its phrase (the next word no noun: "weapons
    inspectors" is headed by "inspectors")."""
    if w.pos != "NOUN":
        return False
    nxt = doc.tokens[w.i + 1] if w.i + 1 < len(doc.tokens) else None
    if nxt is not None and nxt.pos == "NOUN" and nxt.sent == w.sent:
        return False
    if w.tag:
        return w.tag == "NNS"
    low, lemma = w.text.lower(), w.lemma.lower()
    return low != lemma and low.endswith("s")
