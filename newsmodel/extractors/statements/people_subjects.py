"""Whether a plural of people opens the clause before a word: "*Sources* close to the governor say
...", "*People* familiar with the plan say ...", "*Many farmers* in the valley think ...".

The rules tagger reads "say", "think", "want" after a noun as the second noun of a compound
("governor say"), and these words are nouns too ("have their say", "a think tank"), so
:mod:`.noun_tagged_cues` read only cue verbs WordNet lists as verbs alone (issue 14, helper h7 at
stop 47). A base-form "say" whose clause opens with a plural noun for people -- the subject a
plural verb needs -- followed by one short modifier with no verb or comma of its own is the verb:
a noun "say" after such a phrase would need a determiner or a possessive before it, which
:func:`.noun_tagged_cues.noun_tagged_cue` already turns away. The plural is typed by
:func:`.nominals.nominal_kind` (``group``: the hand-written group lexicons and WordNet's people
nouns of ``noun_kinds_wordnet.tsv``). Issue 14, helper h9 at stop 48 (PolNeAR train slice, rules
engine).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class
from ..mentions import POSSESSIVES
from ..modified_subjects import after_opening_adverb
from ..nominals import nominal_kind

__all__ = ["people_subject_before"]

#: Longest stretch read from the plural to the word, in tokens ("People briefed on the talks").
_MAX_SPAN = 9


def people_subject_before(doc: AnnotatedDocument, t: Token) -> bool:
    """Whether the clause of token ``t`` opens with a plural of people (after at most a conjunction
    and two determiners, numbers or counting words) and only a modifier with no verb, auxiliary,
    pronoun or punctuation of its own stands between that plural and ``t``."""
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    h = after_opening_adverb(toks, first, t.i)  # "Instead, people close to the mayor say"
    if h < t.i and toks[h].pos == "CCONJ" or h < t.i and toks[h].pos == "ADV" and toks[h].text[:1].isupper():
        h += 1  # "But people close to the mayor say", "Yet many officials ..."
    start = h
    counting = word_class("actor_words.tsv", "counting-adjective")
    while h < t.i and h - start < 2 and (toks[h].pos in ("DET", "NUM") or toks[h].text.lower() in counting):
        h += 1  # "Some officials", "Two sources", "Many voters"
    adjectives = h
    while h < t.i and h - adjectives < 2 and toks[h].pos == "ADJ":
        h += 1  # "some undecided voters"
    if h >= t.i or t.i - h > _MAX_SPAN or nominal_kind(toks[h]) != "group":
        return False
    return not any(
        w.pos in ("VERB", "AUX", "PUNCT", "PRON") and not (w.pos == "VERB" and w.i == h + 1) and w.text.lower() not in POSSESSIVES
        for w in toks[h + 1 : t.i]
    )  # "close to her office": a possessive is the modifier's own
