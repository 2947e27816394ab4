"""Shared helpers over the annotated document: mentions, clauses, pronouns.

The extractors (actors, statements, denials, events) all need to ask the
same questions -- "which actor does this span refer to?", "where does this
clause end?", "is this token a speech verb?" -- and must answer them the
same way for every engine, so the answers live here.
"""

from __future__ import annotations

import re

from ..document import AnnotatedDocument, Token
from ..lexicons import speech_verbs

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "we", "us", "our"}
THING_PRONOUNS = {"it", "its"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
NEGATORS = {"not", "n't", "n’t", "never", "no"}
CLAUSE_BREAKS = {";", ":", "—", "–", "--", "(", ")"}
QUOTE_CHARS = set("\"“”‘’«»„‟‹›")

#: The end of "according to (the|a)" or "as reported by (the|a)" right before a mention.
_REPORT_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|as\s+(?:reported|stated|quoted)\s+by)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


def names_report_source(text: str, start: int) -> bool:
    """The mention at ``start`` is the source an "according to" phrase names ("..., according to
    Reuters, that it had ..."): the outlet reports, so it is no antecedent of a later "it" or
    "they" (issue 14, helper a10)."""
    return _REPORT_SOURCE_BEFORE.search(text, max(0, start - 30), start) is not None


#: Possessive determiners ("his statement", "their troops"): they open a noun phrase like an article.
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def is_negated(doc: AnnotatedDocument, tok: Token, window: int = 3) -> bool:
    """A negator among the few tokens before ``tok`` in its sentence."""
    sent = doc.sentences[tok.sent]
    for k in range(max(sent.token_start, tok.i - window), tok.i):
        if doc.tokens[k].lemma in NEGATORS or doc.tokens[k].text.lower() in NEGATORS:
            return True
    if doc.has_parse:
        # a negator the parse hangs on the verb, unless punctuation stands
        # between them ("“… Probably not,” Ms. Moore said")
        return any(
            c.dep in ("neg", "advmod") and c.lemma in NEGATORS
            and not any(doc.tokens[k].pos == "PUNCT" for k in range(min(c.i, tok.i) + 1, max(c.i, tok.i)))
            for c in doc.children(tok.i)
        )
    return False


def clause_end(doc: AnnotatedDocument, start_tok: int, *, stop_at_comma_verb: bool = True) -> int:
    """Token index where the clause that starts at ``start_tok`` ends (exclusive).

    Ends at the sentence end, a clause break (; : dash), or -- when
    ``stop_at_comma_verb`` -- a comma followed by a participle or "according
    to" ("..., adding that", "..., without providing", "..., according to").
    """
    sent = doc.sentences[doc.tokens[start_tok].sent] if doc.tokens else None
    if sent is None:
        return start_tok
    k = start_tok
    while k < sent.token_end:
        t = doc.tokens[k]
        if t.text in CLAUSE_BREAKS and k > start_tok:
            return k
        if t.pos == "CCONJ" and k > start_tok and _coordinated_cue(doc, k + 1, sent.token_end):
            return k - (doc.tokens[k - 1].text == ",")  # "... and said that ...": the next verb's own content
        if t.text == "," and k > start_tok and _subject_and_cue_after(doc, k + 1, sent.token_end):
            return k  # "..., the Kremlin said ...": a new speaker's clause
        if stop_at_comma_verb and t.text == "," and k + 1 < sent.token_end:
            nxt = doc.tokens[k + 1]
            low = nxt.text.lower()
            if low in ("according", "without", "adding", "saying", "noting", "while", "as", "which", "who") or (
                low.endswith("ing") and nxt.pos == "VERB"
            ):
                return k
        k += 1
    # drop sentence-final punctuation
    while k > start_tok and doc.tokens[k - 1].pos == "PUNCT" and doc.tokens[k - 1].text not in QUOTE_CHARS:
        k -= 1
    return k


def _subject_and_cue_after(doc: AnnotatedDocument, k: int, end: int) -> bool:
    """A short subject and a speech verb right after a comma (", the Kremlin said", ", Smith added")."""
    j = k
    while j < end and j - k < 5 and doc.tokens[j].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and doc.tokens[j].text not in QUOTE_CHARS:
        j += 1
    if j == k or j >= end:
        return False
    t = doc.tokens[j]
    return t.pos == "VERB" and t.lemma in speech_verbs() and speech_verbs()[t.lemma] == "speech" and not t.text.lower().endswith("ing")


def _coordinated_cue(doc: AnnotatedDocument, k: int, end: int) -> bool:
    """A speech verb right after a conjunction ("and said", "but also insisted"): a second cue."""
    while k < end and doc.tokens[k].pos == "ADV":
        k += 1
    return k < end and doc.tokens[k].pos == "VERB" and doc.tokens[k].lemma in speech_verbs()


#: Relative pronouns that open a non-restrictive clause after a comma ("The army, which ...,").
_RELATIVE_PRONOUNS = frozenset({"which", "who", "whose", "whom"})


def noun_before_relative_clause(doc: AnnotatedDocument, comma: int) -> int | None:
    """Without a parse: the last token of the noun phrase that a relative clause ending at the
    ``comma`` describes ("The army, which has been accused of ..., denied": *army*), or None when
    the comma closes no such clause (an aside: ", speaking on condition of anonymity,"). Wire copy
    puts whole clauses between a subject and its verb."""
    toks = doc.tokens
    first = doc.sentences[toks[comma].sent].token_start
    for j in range(comma - 1, max(first, comma - 40), -1):
        if toks[j].text.lower() in _RELATIVE_PRONOUNS and toks[j - 1].text == ",":
            k = j - 2
            return k if k >= first and toks[k].pos in ("NOUN", "PROPN") else None
        if toks[j].text in (",", ";", ":") or toks[j].text in QUOTE_CHARS or toks[j].text == "'":
            return None  # another aside or a quotation: not one relative clause
    return None
