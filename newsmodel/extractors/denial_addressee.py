"""A denial verb with its addressee before the claim (issue 14, d17, stop 47).

"He denied to reporters that he had met the envoy", "the minister denied to the committee on Monday
that any files had been destroyed": "to <someone>" right after the verb names whom the denial was
made to, and the that-clause after it is the claim.  Without this the verb rules read "deny ... to"
as a refusal ("denied entry to reporters", "Visa Denied to Opposition Leader": something withheld
from someone).  The two are told apart by what comes between: the addressee phrase follows the verb
at once (adverbs allowed), holds only a short noun phrase (a time phrase may follow it) and ends in
"that" opening a clause with a subject of its own ("denied to reporters | that | he had met ...");
"denied entry to reporters that had no passes" has an object before "to" and a relative "that"
whose clause opens with a verb.  "as" with a ``falsity`` word may stand for the that-clause
("dismissed it to the panel as baseless" is read by the "as" rule already; "denied to us as
ridiculous" by this one).
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes
from .tree import is_time_entity

#: Parts of speech an addressee phrase is made of ("to | the new committee", "to | Mr. Okafor", "to | me").
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})

#: Prepositions inside an addressee or the time phrase after it ("to a member of the panel on Monday").
_PHRASE_PREPS = frozenset({"of", "on", "in", "at", "during"})

#: How far the addressee phrase may run, in tokens, before the claim must open.
_MAX_PHRASE = 10


def addressee_claim_start(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the token opening the claim ("that" or "as") after "to <addressee>" right after
    the denial verb ``t``, or None when the verb has no addressee phrase followed by a claim."""
    toks = doc.tokens
    end = doc.sentences[t.sent].token_end
    k = t.i + 1
    while k < end and toks[k].pos == "ADV":
        k += 1
    if k >= end or toks[k].text.lower() != "to":
        return None
    falsity = word_classes("denial_words.tsv")["falsity"]
    seen_word = False
    for j in range(k + 1, min(end, k + 1 + _MAX_PHRASE)):
        w = toks[j]
        low = w.text.lower()
        if seen_word and low == "that":
            nxt = toks[j + 1] if j + 1 < end else None
            # a clause with its own subject: "that | he had met"; not a relative "that | had no passes"
            ok = nxt is not None and nxt.pos not in ("VERB", "AUX", "PUNCT") and nxt.text.lower() not in ("is", "was", "are", "were", "has", "had", "have")
            return j if ok else None
        if seen_word and low == "as":
            ahead = {toks[m].text.lower() for m in range(j + 1, min(end, j + 5))}
            return j if ahead & falsity else None
        if w.pos in _PHRASE_POS or is_time_entity(doc, j) or (seen_word and low in _PHRASE_PREPS) or (low == "." and seen_word and toks[j - 1].pos == "PROPN"):
            seen_word = seen_word or w.pos in ("NOUN", "PROPN", "PRON")
            continue
        return None
    return None
