"""An act a party is permitted, bound or reluctant to do is not done (issue 14, stop 37, e38).

"The new rule permits delegates to back any candidate", "state law binds the electors to support
the winner", "the verdict allows the governor to pardon the officers", "party leaders have been
reluctant to endorse the nominee": the infinitive names an act made possible, owed or held back
-- no act done, promised or threatened by the party named before "to", so PLOVER has no event in
it.  "Party leaders endorsed the nominee" stays; so does a request ("urged delegates to back
him"), which other checks read.

An infinitive conjoined to such an infinitive is read as that one, with a parse ("reluctant to
campaign beside her or even to back her bid").  The verb of permitting must be a standing permission -- present tense or a gerund ("permits",
"binds", "permitting") -- not a permission given on one occasion ("the president allowed police
to detain the protesters" reports the detention as authorised and stays an event,
tests/test_e24.py).  Two shapes, both read on the words before the infinitive so that both engines agree: a verb of
permitting or binding + a party + "to" (``permit-verb``; the party must be there: "were allowed
to leave" is left alone), and an adjective of reluctance + "to" (``reluctance-adjective``).
Found in a hand judgment of every event of PolNeAR train texts (stop 37, e38; dev batch 78),
both engines.  The check can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, infinitive_to

__all__ = ["checks", "permitted_or_held_back"]

#: Parts of speech of the party between the verb of permitting and "to" ("all 2,472 delegates",
#: "the governor", "them"; the possessive apostrophe may be punctuation without a parse).
_PARTY_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON", "PART"})
#: Articles before a noun "permit" ("a permit to march"; "laws that bind them" is a verb after "that").
_ARTICLES = frozenset({"a", "an", "the", "this", "its", "their", "his", "her"})
#: The longest party read between the verb and "to".
_MAX_PARTY = 6


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: any verb can stand in the infinitive, so it is
    asked of every candidate (it opens with "to" before the candidate)."""
    return (SenseCheck("an act permitted, bound or held back", permitted_or_held_back, any_word=True),)


def permitted_or_held_back(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` is an infinitive after a verb of permitting + a party, or after
    an adjective of reluctance."""
    if t.pos != "VERB":
        return False
    if doc.has_parse and t.dep == "conj" and t.head is not None and t.head < t.i:
        return permitted_or_held_back(doc, draft, doc.tokens[t.head], curated)  # "reluctant to campaign beside her or to back her"
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = infinitive_to(doc, t)
    if k is None:
        return False
    j = k - 1
    if lows[j] in word_class("sense_words.tsv", "reluctance-adjective"):
        return True  # "have been reluctant to endorse"
    party = 0
    while j > lo and party < _MAX_PARTY and (doc.tokens[j].pos in _PARTY_POS or lows[j] in ("'s", "’s", "'", "’")):
        if party and _permit_verb(doc, doc.tokens[j]):
            break  # a tagger without a parse may call "permits" a noun
        j -= 1
        party += 1
    return bool(party) and _permit_verb(doc, doc.tokens[j])


def _permit_verb(doc: AnnotatedDocument, w: Token) -> bool:
    """``w`` is a verb of permitting or binding (``permit-verb``), by lemma or by its form with
    the ending taken off, not a noun after a determiner ("a permit"; a tagger without a parse
    may call the verb "bind" a noun)."""
    low = w.text.lower()
    if w.pos in ("DET", "ADP") or (w.i > 0 and doc.tokens[w.i - 1].text.lower() in _ARTICLES):
        return False
    if low.endswith("ed") or low == "bound":
        return False  # "the president allowed police to detain": a permission given on one occasion
    verbs = word_class("sense_words.tsv", "permit-verb")
    if w.lemma.lower() in verbs or low in verbs:
        return True
    stems = (low[:-1], low[:-2], low[:-3], low[:-3] + "e", low[:-2] + "e")
    return low.endswith(("s", "ed", "ing")) and any(s in verbs for s in stems)
