"""Whether a clash is one of words: read who clashed, not what else the sentence names.

"The senator clashed with the governor over the response to the attack on the refinery", "the
defense secretary clashed with senators over the troop drawdown", "two candidates clashed over gun
laws days after the shooting": a dispute in a debate, a hearing or a chamber, no fighting.  Until
stop 35 a clash was kept as ASSAULT whenever any word of force stood in the sentence
(:func:`.opinion_senses._force_in_sentence`), so the topic of the quarrel -- an attack, a shooting,
the military budget, an air strike -- made it a battle (issue 14, the stop-34 hand judgment of
PolNeAR output).  PLOVER ASSAULT is the use of force by the parties that clash; so the parties
decide: the subject of "clashed" (with the nouns joined to it by "and") and the noun phrase
after "with" or "between".  A clash is of words when neither names a party with force: a
state, an actor whose code has an armed or police sector (``_FORCE_CODES``; an official's
government code, even a defence ministry's "GOVMIL", is no force), or an ``armed-context``, ``armed-word`` or ``crowd-word`` noun
("troops", "militants", "police", "protesters").

A clash with no party named ("after the clashes") is left to the sentence-wide reading.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words

__all__ = ["clash_of_words"]

#: Sector codes of parties that can come to blows (no GOV: a minister quarrels with words).
_FORCE_CODES = ("MIL", "REB", "UAF", "COP", "INS", "SPY", "CRM")

#: Tags of the words of a party's noun phrase, read outward from the verb or from "with".
_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ"})


def _has_force(doc: AnnotatedDocument, draft: Draft, w: Token) -> bool:
    low, lemma = w.text.lower(), w.lemma.lower()
    if any(low in _words(c) or lemma in _words(c) for c in ("armed-context", "armed-word", "crowd-word")):
        return True
    actor = draft.actor_fields(draft.actor_at(w.start, w.end))
    if actor is None:
        return False
    # a state; an armed, police or rebel body -- not an official whose code is a government
    # one with the ministry's domain after it ("defense secretary": GOVMIL)
    return actor.kind == "country" or bool(actor.code) and "GOV" not in actor.code and any(c in actor.code for c in _FORCE_CODES)


def _parties(doc: AnnotatedDocument, t: Token) -> list[Token]:
    """The words of the clash's parties: the noun phrase just before a verb (its subject, with
    "and" joining two, or a pronoun), the antecedent of a "with whom" / "between whom" relative
    before that subject ("her rival, with whom she clashed": e89 at stop 47), and the noun phrase
    after "with" or "between" within three words after the trigger."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    out: list[Token] = []
    if t.pos == "VERB":
        k = t.i - 1
        while k >= sent.token_start and doc.tokens[k].pos in ("AUX", "ADV", "PART"):
            k -= 1
        if k >= sent.token_start and doc.tokens[k].pos == "PRON":
            out.append(doc.tokens[k])  # "with whom she clashed": a pronoun subject
            k -= 1
        else:
            while k >= sent.token_start and (doc.tokens[k].pos in _PHRASE or lows[k] in ("'s", "’s")):
                out.append(doc.tokens[k])
                k -= 1
        if k - 1 >= sent.token_start and lows[k] == "whom" and lows[k - 1] in ("with", "between"):
            # "her rival, with whom she clashed": the relative's antecedent is the other party
            j = k - 2
            if j >= sent.token_start and lows[j] == ",":
                j -= 1
            while j >= sent.token_start and (doc.tokens[j].pos in _PHRASE or lows[j] in ("'s", "’s")):
                out.append(doc.tokens[j])
                j -= 1
    for k in range(t.i + 1, min(sent.token_end, t.i + 4)):
        if lows[k] in ("with", "between"):
            j = k + 1
            while j < min(sent.token_end, k + 7) and (doc.tokens[j].pos in _PHRASE or lows[j] in ("'s", "’s")):
                out.append(doc.tokens[j])
                j += 1
            break
    return out


def clash_of_words(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The clash at ``t`` names its parties (a verb's subject, or "with" / "between" after it)
    and none of them has force: "the senator clashed with the governor over the attack"."""
    if t.lemma.lower() != "clash":
        return False
    parties = _parties(doc, t)
    if not any(w.pos in ("NOUN", "PROPN") for w in parties):
        return False
    return not any(_has_force(doc, draft, w) for w in parties)
