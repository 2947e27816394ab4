""""argue" + a clause is a claim made, no act (issue 14, stop 43, e64).

CAMEO files "argue" under its verbs of verbal conflict (110, disapprove), and its patterns give it
REJECT or PROTEST when a noun of opposition or of a fight stands near.  In news the verb mostly
reports a claim: "the adviser went further, arguing the plan would make the threat worse", "the
senator argued that her fight for school funding matters most in poor states".  What follows is a
clause -- "that" + a clause, or a subject and a finite verb with "that" left out --, the content of
what was said, as after "said" or "claimed"; nobody was criticised, refused or protested against by
the arguing itself (a criticism said in the clause is coded, when it is one, by its own verb:
"criticized the plan, arguing it would hurt farmers" keeps "criticized").  "argued with the prime
minister over the budget" (a quarrel) takes no clause and is left as it is.

Found in a hand judgment of the rules engine's events on PolNeAR train texts (Random(620)): both
events on a form of "argue" over all 840 train texts (a REJECT and a PROTEST) were claims of this
shape (dev batch 115).  With a parse the clause is the verb's ``ccomp``; without one, "that" right
after the verb, or a noun phrase followed by an auxiliary or a modal within :data:`_REACH` words
with no comma between.  Like every sense check it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck, after_adverbs

__all__ = ["checks", "argues_a_claim"]

#: How many words after the verb the clause's auxiliary or modal may stand ("argued his drive to fund
#: rural clinics in poor counties is ...").
_REACH = 12
#: Parts of speech a clause's subject phrase (and the words of its modifiers) may have.
_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "ADP", "VERB", "ADV", "CCONJ"})
#: Parts of speech that may open the subject of the clause (a preposition opens no subject: "argued
#: with", "argued over", "argued against").
_OPENING_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a claim made: argued + a clause", argues_a_claim, lemmas=frozenset({"argue"})),)


def argues_a_claim(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb "argue" at ``t`` takes a clause: a ``ccomp`` child with a parse; without
    one, "that" right after it (past adverbs), or a subject phrase opening right after it and an
    auxiliary or modal within :data:`_REACH` words before any comma or other punctuation."""
    if not (t.lemma.lower() == "argue" and t.pos == "VERB"):
        return False
    if doc.has_parse:
        return any(c.dep == "ccomp" for c in doc.children(t.i))
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = after_adverbs(doc, t)
    if k >= sent.token_end:
        return False
    if lows[k] == "that":
        return True  # "argued that ..."
    if doc.tokens[k].pos not in _OPENING_POS:
        return False  # "argued with", "argued over", "argued against"
    for j in range(k + 1, min(sent.token_end, k + _REACH + 1)):
        w = doc.tokens[j]
        if w.pos == "AUX":
            return True  # "arguing the plan would make ...", "argued his drive ... is"
        if w.pos not in _SUBJECT_POS:
            return False  # a comma, a quote, a full stop: no clause's verb before them
    return False
