"""Whether an attribution only relays another party's speech: "According to Reuters, the ministry
said it had ...", "The Globe reported that the senator said she ...".

The content of the outer attribution is itself a statement, with its own speaker and speech verb:
the speaker of what is said is the inner party (the ministry, the senator), and the outlet or person
before it is the source of the report.  Both are kept, as attribution corpora mark them (PolNeAR
marks "According to <outlet>" over the whole clause): the outlet's report, whose content is the inner
party's speech as reported, and the inner party's statement of its own words.  The report is held
back until the indirect-speech rules have run, so that it covers no words and the inner verb's rule
makes the inner statement; the events' and denials' statement of a word is the innermost one holding
it, so a later "it" or "she" in the content is the inner party, not the outlet.  (Where the outlet's
phrase stands between the verb and its content, "X said in a statement, according to <outlet>,
that ...", the phrase makes no statement at all: issue 14, helper a10.)  Issue 14, helper a11 at
stop 39.

Only verbs of saying (``speech_verbs.tsv`` class ``speech``) relay speech: "According to the poll,
voters believe ..." reports a finding, and stays the poll's.
"""

from __future__ import annotations

from ...lexicons import speech_verbs
from ..attribution import Context
from ..mentions import is_negated

#: Words that open a clause inside the content: a speech verb after one is not the content's own.
_CLAUSE_OPENERS = frozenset(("who", "which", "whom", "whose", "if", "when", "after", "before", "because", "while", "as"))
#: Verbs by which an outlet or a person passes on what someone else said: "X reported that Y said ...".
RELAYING_VERBS = frozenset(("report",))
#: How many tokens a subject may run before its speech verb ("the country's deputy foreign minister said").
_SUBJECT_SPAN = 10


def relays_speech(ctx: Context, lo: int, hi: int) -> bool:
    """Whether the content tokens ``lo`` .. ``hi`` (exclusive) open with a subject and its own verb of
    saying, outside quotation marks: "(that) the ministry said ...".

    With a parse the verb must head the content's clause (the sentence's root, or the clausal
    complement of the relaying verb) and have a subject of its own; without one, the words before it
    must be a subject only: no other verb, no clause opener, no comma."""
    doc = ctx.doc
    verbs = speech_verbs()
    tokens = doc.tokens
    lowered = doc.lowered_texts()
    if lo < hi and lowered[lo] == "that":
        lo += 1
    for k in range(lo + 1, min(hi, lo + _SUBJECT_SPAN + 1)):
        t = tokens[k]
        if t.pos == "VERB" and verbs.get(t.lemma) == "speech":
            if ctx.quoted[t.start] or is_negated(doc, t):
                return False
            if doc.has_parse:
                return t.dep in ("root", "ccomp") and any(c.dep in ("nsubj", "nsubj:pass") for c in doc.children(t.i))
            return tokens[lo].pos in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM")
        if t.pos == "VERB" or t.text in (",", ";", ":") or lowered[k] in _CLAUSE_OPENERS or ctx.quoted[t.start]:
            return False
    return False
