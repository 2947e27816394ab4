"""A cue verb the rules tagger read as a noun: "Officials on the island *believe* the debt is
too high", "She backs the mayor but *concedes* that ...", "The ad *concludes* that ...".

The rules engine's tagger reads a word that can be a noun and follows a noun ("governor say",
"island believe", "executive tells") as the second noun of a compound, so the no-parse reading of
reported speech (:mod:`.reported_speech`), which asks for a verb, passed the cue over.  On the
PolNeAR train slice (issue 14, helper h7 at stop 47) 15 of the rules engine's missed speakers had
such a cue; read for every speech verb, the rule made as many false statements as true ones on all
of PolNeAR train ("states that have ...", "comments he made"), so only verbs that are never nouns
are read.  A word tagged NOUN is read as the cue verb here when

* its lemma is a ``speech`` or ``cognition`` verb of ``speech_verbs.tsv`` that WordNet lists as
  a verb only (``common_words_wordnet.tsv`` pos ``v``: "believe", "argue", "concede" -- not
  "claim", "comment", "state" or "say", nouns too), written in a finite form ("believe",
  "concedes");
* or, for a word WordNet also lists as a noun ("say", "think", "want"), written in its base form
  after a clause that opens with a plural of people and one modifier ("Sources close to the
  governor say she ...": :func:`.people_subjects.people_subject_before`; issue 14, helper h9 at
  stop 48) -- where a name may open the content too ("think Lowe should ...");
* the word before it can end a subject or join a second verb to one -- a noun, a name, a plural
  pronoun ("many", "others"), "and", "but" -- never a determiner, a possessive, an adjective or a
  preposition, which make it a noun ("his warning", "a question", "with reports of");
* the word after it opens a content clause: "that" or a subject pronoun ("say she will"), or --
  after the base form, whose subject is plural -- a determiner ("believe the debt is").
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import speech_verbs
from ..mentions import POSSESSIVES
from .people_subjects import people_subject_before

__all__ = ["noun_tagged_cue"]

#: Tags of the word before the cue that can end its subject or join a second verb to it.
_BEFORE_TAGS = frozenset({"NOUN", "PROPN", "CCONJ"})
#: Subject pronouns that open a content clause right after the cue ("say she will sign").
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
#: Conjunctions that join a second verb to the subject ("backs the mayor but concedes"); "or" more
#: often joins two nouns ("hecklers or questions").
_VERB_JOINERS = frozenset({"and", "but"})
#: Possessive markers written as tokens of their own.
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


@lru_cache(maxsize=1)
def _verbs_only() -> frozenset[str]:
    """The words WordNet lists as verbs and as nothing else ("believe", "concede", "argue"), read
    from ``common_words_wordnet.tsv``: a word that is also a noun there ("claim", "comment",
    "state", "plan") is left to the tagger, which then has it right more often than not."""
    from importlib import resources

    text = resources.files("newsmodel.lexicons").joinpath("common_words_wordnet.tsv").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        if line and line[0] != "#":
            word, pos = line.split("\t", 2)[:2]
            if pos == "v":
                out.add(word)
    return frozenset(out)


def noun_tagged_cue(doc: AnnotatedDocument, t: Token) -> bool:
    """Whether token ``t``, tagged NOUN, is a finite speech or cognition verb in its sentence."""
    if t.pos != "NOUN" or not t.text.islower():
        return False
    cls = speech_verbs().get(t.lemma)
    if cls not in ("speech", "cognition"):
        return False
    low = t.text.lower()
    if low not in (t.lemma, t.lemma + "s", t.lemma + "es"):
        return False  # "warning", "talking", "claimed": not a finite present form the tagger missed
    if t.lemma not in _verbs_only() and not (low == t.lemma and people_subject_before(doc, t)):
        return False  # "say", "think", "want": nouns too, read as verbs only after a plural of people
    toks = doc.tokens
    if t.i == 0 or t.i + 1 >= len(toks) or toks[t.i - 1].sent != t.sent or toks[t.i + 1].sent != t.sent:
        return False
    before, after = toks[t.i - 1], toks[t.i + 1]
    if before.pos not in _BEFORE_TAGS or before.text.lower() in POSSESSIVES or before.text in _POSSESSIVE_MARKS:
        return False
    if before.pos == "CCONJ" and (before.text.lower() not in _VERB_JOINERS or t.i >= 2 and toks[t.i - 2].pos in ("DET", "ADP")):
        return False  # "the talk and questions about", "hecklers or questions": a list of nouns
    following = after.text.lower()
    # "say that", "say she": a clause opens; "believe the debt ...": a determiner only after the
    # base form, whose subject is plural ("officials believe") -- "knows its gist" is a noun phrase
    if following == "that" or following in _SUBJECT_PRONOUNS or after.pos == "DET" and low == t.lemma:
        return True
    # "some voters think Lowe should ...": a name opens the clause after a plural of people
    return after.pos == "PROPN" and low == t.lemma and people_subject_before(doc, t)
