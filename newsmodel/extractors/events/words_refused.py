"""A refusal to call something by a name or to use a term is no rejection (issue 14, stop 39, e44).

"The minister's refusal to call the shooting an act of terrorism", "the senator refused to use the
phrase 'ethnic cleansing'", "has refused to call the killings a massacre": what is refused is a
choice of words, not a proposal, a request, aid, a meeting or a change that PLOVER's REJECT and
its modes (assist, change, yield, meet) are about -- the same reasoning as a refusal to grant a
claim (:mod:`.claims_refused`) or to comment.  The verb after "to" is a verb of naming
(``naming-verb``) with its words after it: for "call", "label", "brand", "describe" an object and
then a second name ("a massacre", "as ...") or a quotation; for "use", "say", "utter" a noun of
words (``term-noun``: term, phrase, word, label) or a quotation.  "Refused to call a meeting",
"refused to call for a ceasefire", "refused to use force" and "refused to allow the inspectors in"
keep their REJECT.

Since stop 42 (lead, dev batch 107 group D), two more refusals of words: a refusal to speak a
judgement -- "declined to criticize the president", "refused to condemn the coup", "declined to
blame the militia" (``withheld-judgement-verb``) -- withholds words as "declined to comment" does
(CAMEO 011, which PLOVER drops); and a refusal to rule something out ("refused to rule out a new
tax", "declined to rule out sanctions") keeps an option open (CAMEO 014, dropped too).  "Refused to
meet the envoy" and "declined to join the talks" keep their REJECT.

Found in a hand judgment of every event of PolNeAR train texts (stop 39, e44; dev batch 87), both
engines, on the noun "refusal" and on the verbs.  The check reads the words after the refusal up to
the end of its clause; it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck, keys, to_verb_after

__all__ = ["checks", "words_refused"]

#: The refusal words this check reads after: the verbs and the noun.
_REFUSALS = frozenset({"refuse", "decline", "refusal"})
#: Verbs of naming whose object is followed by the name given ("call the raid a massacre").
_NAME_GIVING = frozenset({"call", "label", "brand", "describe", "characterize", "characterise"})
#: Words that end the clause of the naming verb.
_CLAUSE_END = frozenset({",", ";", ":", "--", "\u2014", "(", ")", "because", "but", "and", "while"})
#: Words that follow "call" in its other senses: a call for, on, off, up or back is an act.
_CALL_PARTICLES = frozenset({"for", "on", "off", "up", "back", "in", "out", "a", "an"})
#: Opening quotation marks: the words named are quoted.
_QUOTES = frozenset({'"', "'", "\u201c", "\u2018", "``", "''"})
#: The longest stretch read after the naming verb.
_REACH = 12


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the refusal words."""
    return (SenseCheck("words refused: refusal to call X a Y, to use the term", words_refused, lemmas=keys(_REFUSALS)),)


def words_refused(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the refusal at ``t`` is followed by "to" and a verb of naming with the words it
    names (module docstring)."""
    lemma = t.lemma.lower()
    return lemma in _REFUSALS and (_naming_verb_after(doc, t) or _judgement_withheld(doc, t) or _ruled_out(doc, t))


def _judgement_withheld(doc: AnnotatedDocument, t: Token) -> bool:
    """"to" + a verb of speaking a judgement follows ``t`` ("declined to criticize", "refused to
    condemn", "declined to blame")."""
    return to_verb_after(doc, t, word_class("sense_words.tsv", "withheld-judgement-verb")) is not None


def _ruled_out(doc: AnnotatedDocument, t: Token) -> bool:
    """"to rule out" follows ``t`` ("refused to rule out a new tax")."""
    at = to_verb_after(doc, t, frozenset({"rule"}))
    return at is not None and doc.lowered_texts()[at + 1] == "out"


def _naming_verb_after(doc: AnnotatedDocument, t: Token) -> bool:
    """"to" + a verb of naming + the words it names follow ``t``."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    at = to_verb_after(doc, t, word_class("sense_words.tsv", "naming-verb"))
    if at is None:
        return False
    k = at - 1
    verb_lemma = doc.tokens[at].lemma.lower()
    end = k + 2
    while end < min(sent.token_end, k + 2 + _REACH) and lows[end] not in _CLAUSE_END:
        end += 1
    after = lows[k + 2 : end]
    if any(w in _QUOTES for w in after):
        return True
    if verb_lemma in _NAME_GIVING or lows[k + 1] in _NAME_GIVING:
        return _object_then_name(after)
    terms = word_class("sense_words.tsv", "term-noun")
    return any(w in terms for w in after[:4])


def _object_then_name(after: list[str]) -> bool:
    """The words after a verb of giving a name: an object first (not a particle or "a": "call a
    meeting", "call for talks"), then "a", "an" or "as" opening the name given ("call the killings
    a massacre", "describe the raid as revenge")."""
    if not after or after[0] in _CALL_PARTICLES:
        return False
    return any(w in ("a", "an", "as") for w in after[1:])
