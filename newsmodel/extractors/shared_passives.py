"""A passive shared by coordinated participles (issue 14, stop 42, e59: PolNeAR train recall).

News tells a sequence of things done to one party with one "was": "the former director was
indicted and convicted", "six aid workers were flown to the capital and deported". The second
participle has no "be" of its own, so the checks for a passive that look at the verb alone --
spaCy's ``aux:pass`` child, the words-only "be" right before the verb -- miss it: spaCy found no
patient for it and dropped it as an agentless act, and the rules engine took the shared subject
for its agent ("the workers deported").  English coordination of participles shares the
auxiliary, so a participle joined by "and" / "or" to a passive one, with no subject, auxiliary
or object of its own, is passive too, and the shared subject is its patient.

A second conjunct with an object of its own is active and keeps the shared subject as its agent
("the prosecutor was appointed in May and convicted three officials"); so is a verb of ``intransitive-act`` (``event_cues.tsv``: "was freed and returned home", "was sacked and
resigned"), which takes no patient -- on either engine, since a parser may tag either a past tense.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import word_class
from .tree import BE_FORMS, be_before

__all__ = ["shared_passive_head"]

#: Words that join the two participles.
_JOINERS = frozenset({"and", "or"})
#: Parts of speech that open a noun phrase: an object of the second participle, which is then active.
_OBJECT_STARTS = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM"})
#: Parts of speech the words-only scan passes over between the first participle and "and"
#: (its own phrases: "flown *to the capital* and", "tried *in absentia* and").
_PHRASE_WORDS = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV", "PART"})
#: Dependencies of a second conjunct's own subject, auxiliary or object (then it is its own clause).
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "aux", "aux:pass", "auxpass", "obj", "dobj", "iobj", "expl"})


def _intransitive(t: Token) -> bool:
    return t.lemma.lower() in word_class("event_cues.tsv", "intransitive-act")


def shared_passive_head(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The passive participle whose "be" the participle ``t`` shares ("was tried and *convicted*"),
    or None when ``t`` is no such second conjunct.  With a parse: ``t`` is a ``conj`` past
    participle (VBN, or VBD as a parser may tag it) with no subject, auxiliary or object of its own, on a passive verb.  Without
    one: "and" / "or" (adverbs after it: "and later convicted") right before ``t``, before that the
    first participle's own phrase and the participle itself with a form of "be" before it
    (adverbs between), and no noun phrase right after ``t``."""
    if t.pos != "VERB" or t.text.lower().endswith("ing") or _intransitive(t):
        return None
    if doc.has_parse:
        if t.dep != "conj" or t.head is None or t.tag not in ("VBN", "VBD"):
            return None  # (a parser tags a participle far from its "be" a past tense: "flown to the capital and deported")
        if any(c.dep in _OWN_CLAUSE_DEPS for c in doc.children(t.i)):
            return None
        head = doc.tokens[t.head]
        passive = any(c.dep in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in doc.children(head.i))
        return head if head.pos == "VERB" and head.i < t.i and passive else None
    sent = doc.sentences[t.sent]
    if t.i + 1 < sent.token_end and doc.tokens[t.i + 1].pos in _OBJECT_STARTS:
        return None  # "and convicted three officials": an object of its own, active
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos == "ADV":
        k -= 1  # "and later convicted"
    if k <= sent.token_start or doc.tokens[k].text.lower() not in _JOINERS:
        return None
    for j in range(k - 1, max(sent.token_start, k - 8), -1):
        w = doc.tokens[j]
        if w.pos == "VERB":
            if w.text.lower().endswith("ing") or w.text.lower() in BE_FORMS:
                return None
            return w if be_before(doc, w) is not None else None
        if w.pos not in _PHRASE_WORDS:
            return None  # a comma, an auxiliary or a subordinator: another clause
    return None
