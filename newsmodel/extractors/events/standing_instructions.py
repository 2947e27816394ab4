"""A text of standing instructions that "directs" people makes no request (issue 14, stop 38, e41).

"A 2011 sales playbook seen by the newspaper directed recruiters to rank applicants", "the staff
handbook instructs managers to report any contact with reporters": the subject is a text written
to guide whoever reads it (``instruction-text`` in ``sense_words.tsv``: a playbook, a manual, a
handbook), not a party asking a party at a time -- PLOVER REQUEST needs an actor
making the request (manual, "Required entities").  Without a parse the rules engine took the
party of a participle phrase on the subject ("seen by the newspaper", "used by the agency") as
the agent.  A person or a body directing stays ("the health minister directed the hospitals to
postpone surgery"), and so do documents that carry one party's act at one time (an order, a memo,
a letter, guidelines a ministry issues "telling hospitals to ..."; found on PolNeAR train),
which the class leaves out.

Found in a hand judgment of every event on PolNeAR train (stop 38, e41; dev batch 82), rules
engine.  The check reads the verb's subject -- in the parse, or the head of the clause's first
noun phrase without one -- and can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck
from .senses import event_words

__all__ = ["checks", "instructed_by_a_text"]

#: Verbs of directing whose subject may be a text of instructions.
_DIRECT_VERBS = frozenset({"direct", "instruct", "tell", "order", "require", "advise", "urge"})
#: Words that close a clause before the verb's own subject starts (no comma: it may open an aside).
_CLAUSE_EDGES = frozenset({";", ":", "that", "which", "who"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the verbs of directing it reads."""
    return (SenseCheck("a text of standing instructions as the subject: no request", instructed_by_a_text, lemmas=_DIRECT_VERBS),)


def instructed_by_a_text(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb of directing at ``t`` (a curated REQUEST, or a CAMEO pattern's) has a text of instructions for its
    subject: "a sales playbook ... directed recruiters to", "the handbook instructs managers to"."""
    lemma = t.lemma.lower()
    if not (lemma in _DIRECT_VERBS and (curated is None or curated[1] == "REQUEST") and t.pos == "VERB"):
        return False  # (a verb of directing with no curated entry is read by the CAMEO patterns: REQUEST)
    head = _subject_head(doc, t)
    texts = event_words("instruction-text")
    return head is not None and (head.lemma.lower() in texts or head.text.lower() in texts)


def _subject_head(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The head noun of the subject of ``t``: its ``nsubj`` in the parse; without one, the last
    noun of the first run of nouns in the clause before ``t`` ("A 2011 sales *playbook* seen by
    the newspaper directed"), a possessor's run passed over ("the company's *handbook*").  The
    clause opens at the sentence's start or after a relative word or a semicolon, not at a comma,
    which may only open an aside ("A playbook published by X, for instance, directed")."""
    if doc.has_parse:
        subj = [doc.tokens[c.i] for c in doc.children(t.i) if c.dep in ("nsubj", "nsubj:pass")]
        return subj[0] if subj else None
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    start = lo
    for k in range(t.i - 1, lo - 1, -1):
        if lows[k] in _CLAUSE_EDGES:
            start = k + 1
            break
    head = None
    for k in range(start, t.i):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            head = w
        elif head is not None and lows[k] in ("'s", "’s", "'", "’"):
            head = None  # a possessor: the head comes after it
        elif head is not None:
            break  # the first noun run is over: a participle, a preposition or the verb follows
    return head
