"""Without a parse: the noun an object relative clause hangs on undergoes the clause's act.

"The diplomats whom Poland expelled on Monday left Warsaw", "the newspaper that the junta shut down
last year": the relative pronoun stands for the verb's object, so the noun before it is the target,
and what follows the verb (a time, a place, the main clause) is not.  A parse gives this as the
antecedent of the relative pronoun; the rules engine reads it off the words: a noun, "that", "whom"
or "which" (a comma between for an aside), the clause's own subject (a short noun phrase), then the
verb with no object of its own after it.  "the claim that the army shelled the village" has an
object after its verb -- a content clause, not a relative one -- and "the documents that the
ministry released" names a thing, which no lexicon makes an actor.  Lead at stop 40, batch 97.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import rows, word_class
from ...lexicons.dates import months, weekdays
from ..nominals import nominal_actor

#: Relative pronouns that can stand for a verb's object.
_OBJECT_RELATIVES = frozenset({"that", "whom", "which"})
#: Word classes of the relative clause's own subject ("the military government", "Israel and Hamas").
_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ"})
#: Word classes that may open an object of the verb (then the clause has its own object).
_OBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "NUM", "PRON"})
#: Particles of phrasal verbs that stand between the verb and what follows ("shut down").
_PARTICLES = frozenset({"down", "up", "off", "out", "away", "back", "over"})
#: How many words the clause's subject may have (bounded: linear on any text).
_SUBJECT_WORDS = 6


def object_relative_head(doc: AnnotatedDocument, t: Token, last: Token) -> Token | None:
    """The noun an object relative clause with verb ``t`` (its trigger ending at ``last``) hangs
    on, or None when ``t`` heads no such clause."""
    lo = doc.sentences[t.sent].token_start
    hi = doc.sentences[t.sent].token_end
    k = t.i - 1
    while k > lo and doc.tokens[k].pos in ("AUX", "ADV", "PART") and doc.tokens[k].text.lower() not in _OBJECT_RELATIVES:
        k -= 1  # "that the junta had quickly shut down"
    first = k
    while first > lo and first > k - _SUBJECT_WORDS and doc.tokens[first].pos in _SUBJECT_POS and doc.tokens[first].text.lower() not in _OBJECT_RELATIVES:
        first -= 1
    if first == k or doc.tokens[first].text.lower() not in _OBJECT_RELATIVES:
        return None  # no subject between the pronoun and the verb: "rebels who seized", "that shut"
    rel = first
    ante = rel - 1
    if ante > lo and doc.tokens[ante].text == ",":
        ante -= 1  # "The two reporters, whom the militia abducted in May, ..."
    if ante < lo or doc.tokens[ante].pos not in ("NOUN", "PROPN"):
        return None  # "said that the army attacked": a content clause after a verb
    if doc.tokens[ante].pos == "PROPN" and doc.tokens[rel].text.lower() == "that":
        return None  # "telling Ms. Reyes that the senator had opposed ...": a name is told, news hangs no "that" relative on it
    if doc.tokens[rel].text.lower() == "that" and (doc.tokens[ante].lemma.lower() in _content_nouns() or doc.tokens[ante].text.lower() in _content_nouns()):
        return None  # "the news that the governor would quit": the clause is the news, not a relative on it
    j = last.i + 1
    while j < hi and doc.tokens[j].text.lower() in _PARTICLES:
        j += 1
    if j < hi and doc.tokens[j].pos in _OBJECT_POS and doc.tokens[j].text.lower() not in _time_openers():
        return None  # "the claim that the army shelled the village": the verb has its own object
    if j < hi and doc.tokens[j].pos == "VERB" and doc.tokens[j].text.lower().endswith("ing"):
        return None  # "that the senator opposed adding ...": a gerund is its object
    return doc.tokens[ante]


def object_relative_antecedent(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> str | None:
    """The actor of :func:`object_relative_head`'s noun, or None when there is no such noun or
    it names no actor. "whom" stands for people: its noun is a person when no lexicon types it."""
    noun = object_relative_head(doc, t, last)
    if noun is None:
        return None
    lo = doc.sentences[t.sent].token_start
    m = noun.i
    while m > lo and m > noun.i - _SUBJECT_WORDS and doc.tokens[m - 1].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        m -= 1
    whom = any(doc.tokens[k].text.lower() == "whom" for k in range(noun.i + 1, min(t.i, noun.i + 3)))
    return draft.actor_at(noun.start, noun.end) or nominal_actor(draft, noun, doc.tokens[m].start, fallback="person" if whom and noun.pos == "NOUN" else None)


@lru_cache(maxsize=1)
def _content_nouns() -> frozenset[str]:
    """Nouns whose "that" clause states a content ("the claim that", "the news that"): the
    ``acl`` nouns of ``cue_nouns.tsv`` and class ``content-clause-noun`` of ``sense_words.tsv``."""
    acl = frozenset(r[0] for r in rows("cue_nouns.tsv") if len(r) > 1 and "acl" in r[1].split(","))
    return acl | word_class("sense_words.tsv", "content-clause-noun")


@lru_cache(maxsize=1)
def _time_openers() -> frozenset[str]:
    """Words that open a time phrase, not an object, after the verb ("shut down last year",
    "released late on Friday"): classes ``time-before-to``, ``time-noun`` and ``time-word`` of
    ``sense_words.tsv``, months and weekdays."""
    return word_class("sense_words.tsv", "time-before-to") | word_class("sense_words.tsv", "time-noun") | word_class("sense_words.tsv", "time-word") | frozenset(months()) | frozenset(weekdays())
