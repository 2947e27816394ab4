"""A title-case headline's past form right after its subject is a passive: "Ministry Accused Of Hiding Deaths".

Headlines tell what was done in the present tense ("Opposition Accuses Ministry Of ...") and drop
the "is" of a passive, so a bare noun phrase opening the line followed by a verb's past form and a
preposition -- no object between -- says the noun phrase *underwent* the act: "Senator Accused Of
Taking Bribes", "Agency Accused Of Covering Up Failures" report an accusation *against* the senator
and the agency, by someone the line leaves unsaid.  A parser trained on running text reads the
first as an active past ("Senator" its subject: the accuser) and the second as a noun with a
participle on it (no subject at all); the rules engine takes the noun before the verb as its
doer.  Found in a hand judgment of spaCy's events on 30 PolNeAR train texts (stop 44, e70; dev
batch 124), where an accused agency was coded as the accuser.

Only accusations (PLOVER ACCUSE) are read so here: their agentless passive is an event the
coder keeps ("The ministry was accused of hiding deaths", ACCUSE with the ministry as target),
and the preposition after the participle is its own ("Of", "For", "Over", "With").  The check reads
words, tags and the line's case only, so both engines agree.

Stop 47 (helper e87, issue 14 batch 150) added violence (PLOVER ASSAULT): "Five Villagers Killed In
Market Blast", "Journalist Beaten By Police In Goma", "Two Protesters Shot Dead In Lagos" -- the
same shape with a preposition of place, time or agent after the participle (or "Dead" between:
``_VIOLENCE_PREPOSITIONS``).  The villagers, the journalist and the protesters are the victims;
the party of a "By" phrase right after the participle is the doer (:func:`headline_by_party`).

Stop 47 (helper e88, issue 14 batch 151): the same shape in a sentence-case headline -- "Journalist
beaten by police in Kinshasa", "Two protesters shot dead in Lagos" -- a line of its own, of a few
words and no closing full stop, that the sentence opens (:func:`_headline_line`).  The parser reads
"beaten" as the line's active verb and the journalist as the beater; the missing "was" is the
headline's, as in title case.  "Soldiers killed five rebels in night raid" keeps its object after
the verb and so stays active.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...engines.headline_case import in_title_case_line
from ...lexicons import rows
from ..nominals import nominal_actor

__all__ = ["headline_by_party", "headline_passive_parties"]

#: Parts of speech a headline's opening noun phrase is made of ("Interior Ministry", "Senate
#: Panel", "Ex-Mayor's Aide"); a verb or a pronoun among them makes it a clause, not a subject.
_NOUN_PHRASE = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "PUNCT"})

#: The prepositions an accusation's passive takes in a headline ("Accused Of", "Blamed For",
#: "Criticized Over", "Charged With").
_PASSIVE_PREPOSITIONS = frozenset({"of", "for", "over", "with"})

#: The words after a participle of violence in a headline's passive ("Killed In", "Beaten By",
#: "Shot Dead At", "Wounded Near"): a preposition of place, time or agent, or "dead".
_VIOLENCE_PREPOSITIONS = frozenset({"in", "at", "by", "near", "during", "after", "on", "outside", "dead", "while", "as"})


def _after_participle(doc: AnnotatedDocument, t: Token) -> int:
    """The index after the participle ``t`` and a "Dead" right after it ("Shot Dead In")."""
    k = t.i + 1
    if k < doc.sentences[t.sent].token_end and doc.lowered_texts()[k] == "dead":
        k += 1
    return k


def headline_by_party(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """The actors of a "By" phrase right after the participle ``t`` of a headline's passive
    ("Beaten *By Police* In Goma"), up to the next preposition; [] when there is none."""
    sent = doc.sentences[t.sent]
    k = _after_participle(doc, t)
    if k >= sent.token_end or doc.lowered_texts()[k] != "by":
        return []
    end = k + 1
    while end < sent.token_end and doc.tokens[end].pos in ("PROPN", "NOUN", "ADJ", "DET", "NUM"):
        end += 1
    if end == k + 1:
        return []
    found: list[str] = []
    for _s, _e, actor in draft.mentions_between(doc.tokens[k + 1].start, doc.tokens[end - 1].end):
        if actor not in found:
            found.append(actor)
    if not found and doc.tokens[end - 1].pos == "NOUN":
        head = nominal_actor(draft, doc.tokens[end - 1], doc.tokens[k + 1].start)
        found = [head] if head else []
    return found


def headline_passive_parties(doc: AnnotatedDocument, draft: Draft, t: Token, category: str = "ACCUSE") -> list[str] | None:
    """The actors of the noun phrase that opens a title-case headline whose verb ``t`` is a past
    form followed by its preposition ("Interior Ministry Accused Of ..."): they underwent the act.
    None when the line is no such headline (a present tense, an object after the verb, a verb
    before it, a line in running-text case).  For ``category`` "ASSAULT" the words after the
    participle are those of ``_VIOLENCE_PREPOSITIONS``."""
    if t.pos != "VERB" or not _past_form(t):
        return None
    sent = doc.sentences[t.sent]
    nxt = t.i + 1
    allowed = _VIOLENCE_PREPOSITIONS if category == "ASSAULT" else _PASSIVE_PREPOSITIONS
    if nxt >= sent.token_end or doc.lowered_texts()[nxt] not in allowed:
        return None
    start = sent.token_start
    if t.i - start < 1 or t.i - start > 6:
        return None
    before = doc.tokens[start : t.i]
    if any(w.pos not in _NOUN_PHRASE for w in before) or not any(w.pos in ("NOUN", "PROPN") for w in before):
        return None
    if not in_title_case_line(doc.text, t.start, t.end) and not _headline_line(doc.text, before[0].start, t.end):
        return None
    parties = []
    for _s, _e, actor in draft.mentions_between(before[0].start, before[-1].end):
        if actor not in parties:
            parties.append(actor)
    if not parties and before[-1].pos == "NOUN":
        # a body the tagger named no organisation ("Transport Agency" lower-cased for the parser):
        # the noun's own actor, as the role rules make one for "the agency"
        head = nominal_actor(draft, before[-1], before[0].start)
        parties = [head] if head else []
    return parties or None


#: The longest line read as a sentence-case headline, in characters.
_HEADLINE_CHARS = 100

#: How a line of running text ends (a headline ends with none of these).
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", '"', "\u201d", "'", "\u2019", ")")


def _headline_line(text: str, start: int, end: int) -> bool:
    """The span ``start:end`` opens a line of its own that reads as a sentence-case headline: it
    starts the line, the line begins with a capital, holds three words or more, is no longer than
    ``_HEADLINE_CHARS`` and ends with no full stop or other closing mark ("Journalist beaten by
    police in Kinshasa")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return (
        0 < len(line) <= _HEADLINE_CHARS and line[0].isupper() and len(line.split()) >= 3 and not line.endswith(_SENTENCE_ENDS)
    )


def _past_form(t: Token) -> bool:
    """``t`` is written as a past form: tagged so, or, without tags, an "-ed" word ("Accused",
    "Blamed") or an irregular past participle ("Shot", "Beaten": ``irregular_verbs.tsv``)."""
    if t.tag in ("VBN", "VBD"):
        return True
    low = t.text.lower()
    return not t.tag and (low.endswith("ed") or low in _irregular_participles())


@lru_cache(maxsize=1)
def _irregular_participles() -> frozenset[str]:
    """The past forms of the irregular verbs table (``form<TAB>lemma``): the forms that differ from
    their lemma, leaving out "be", "have" and "do" and the -s and -ing forms ("shot", "beaten")."""
    return frozenset(
        r[0] for r in rows("irregular_verbs.tsv")
        if len(r) > 1 and r[0] != r[1] and r[1] not in ("be", "have", "do") and not r[0].endswith(("s", "ing"))
    )
