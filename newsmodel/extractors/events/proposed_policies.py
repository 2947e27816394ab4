"""A policy proposed by its amount or its variant is no offer to a party (issue 14, stop 44,
helper e69; dev batch 123 D).

"Proposed a ban on coal plants" is already no event (``usage_senses``: the object's head is a
``policy-word``).  Campaign news often names the policy through a measure of it: "proposed billions
of dollars in new spending", "are proposing versions of a flat tax", "proposed a VAT of 12
percent".  The head of the object is then a ``policy-measure`` noun (billions, dollars, percent,
versions, a package) whose substance follows after "of", "in" or "on"; when that last noun is a
``policy-word`` (a tax, spending, cuts), the sentence puts a policy to voters and offers no party
anything, so PLOVER's AGREE (an offer or promise to another party) does not apply.  "Proposed a
round of talks", "a package of aid to the rebels" end on no policy word and keep their event.
Found in a hand judgment of every rules event of 30 PolNeAR train texts; both engines made an
AGREE.  The check reads words, so it holds with or without a parse; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "proposes_a_measured_policy"]

#: How many words after the verb the object phrase is read.
_REACH = 12
#: Words inside the object phrase before its head.
_IN_PHRASE = frozenset({"DET", "ADJ", "NUM", "PRON", "ADV", "PART"})
#: Prepositions after a measure noun that lead to what it measures.
_MEASURED = frozenset({"of", "in", "on"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (SenseCheck("a policy proposed by its amount or variant", proposes_a_measured_policy, lemmas=frozenset({"propose"})),)


def proposes_a_measured_policy(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is "propose" whose object phrase ends, past any ``policy-measure`` words and
    the "of" / "in" / "on" after them, on a ``policy-word`` (a tagger's verb reading of "spending"
    included)."""
    if not (t.lemma.lower() == "propose" and t.pos == "VERB"):
        return False
    policy = word_class("sense_words.tsv", "policy-word")
    measure = word_class("sense_words.tsv", "policy-measure")
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    end = min(sent.token_end, t.i + 1 + _REACH)
    while k < end:
        w = doc.tokens[k]
        if lows[k] in measure:
            k += 2 if k + 1 < end and lows[k + 1] in _MEASURED else 1
            continue  # "billions of", "versions of", "a VAT of", "a 10 percent VAT": on to what is measured
        if w.pos in ("NOUN", "PROPN") or lows[k] in policy:
            if k + 1 < end and (doc.tokens[k + 1].pos in ("NOUN", "PROPN") or lows[k + 1] in policy):
                k += 1
                continue  # "a sales tax": the compound's head comes last
            return lows[k] in policy or w.lemma.lower() in policy
        if w.pos not in _IN_PHRASE and lows[k] not in ("$", "-"):
            return False
        k += 1
    return False
