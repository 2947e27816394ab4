"""People disrupting a gathering protest by obstruction (issue 14, stop 44, e71).

Batch 61 (e28) read "Protesters interrupted the senator's speech" as PLOVER PROTEST obstruct when a
``protester-word`` does it.  Campaign news tells the same act with other people as its doers:
"Several of his supporters disrupted the party convention", "Activists interrupted the governor's
speech", "Farmers disrupted a hearing of the agriculture committee".  The rule reads:

* a ``disrupt-verb`` (disrupt, interrupt, heckle);
* its subject a plural noun for people (WordNet's ``people`` nouns: supporters, activists,
  farmers) -- weather, a power cut or a strike disrupting something is no protest;
* its object, within a few words, a ``gathering-noun`` (rally, convention, speech, hearing, ...)
  with no possessive pronoun before it: "the senator interrupted her speech" is her own pause.

It adds an event only where no other reading found one.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ...lexicons.nouns import wordnet_people
from ..mentions import POSSESSIVES

__all__ = ["people_disrupt_gathering"]

#: How many words after the verb the gathering noun may stand ("disrupted a weekend party convention").
_REACH = 6


def _gathering_object(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``gathering-noun`` heads the words after the verb, with no possessive pronoun before it."""
    sent = doc.sentences[t.sent]
    gatherings = word_class("sense_words.tsv", "gathering-noun")
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 1 + _REACH)):
        w = doc.tokens[k]
        if lows[k] in POSSESSIVES:
            return False  # "interrupted her speech": the speaker's own
        if w.pos in ("NOUN", "PROPN") and (w.lemma.lower() in gatherings or lows[k] in gatherings):
            return True
        if w.pos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ") or w.pos == "ADP" and lows[k] not in ("'s", "’s"):
            return False
    return False


def _people_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's subject is a plural noun for people ("supporters", "activists", "farmers")."""
    from .non_event_senses import _subject

    subj = _subject(doc, t)
    if subj is not None and subj.text.lower() in word_class("actor_words.tsv", "quantity-noun"):
        # "Several of his supporters disrupted": the people are the of-phrase's noun, before the verb
        between = [doc.lowered_texts()[k] for k in range(subj.i + 1, t.i)]
        subj = doc.tokens[t.i - 1] if "of" in between and t.i - 1 > subj.i else None
    if subj is None or subj.pos != "NOUN":
        return False
    lemma, low = subj.lemma.lower(), subj.text.lower()
    return low != lemma and low.endswith("s") and lemma in wordnet_people()


def people_disrupt_gathering(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """True when verb ``t`` (a ``disrupt-verb``) has people for subject and a gathering for object."""
    verbs = word_class("sense_words.tsv", "disrupt-verb")
    if t.pos != "VERB" or not (t.lemma.lower() in verbs or any(t.text.lower().startswith(v) for v in verbs)):
        return False
    return _people_subject(doc, t) and _gathering_object(doc, t)
