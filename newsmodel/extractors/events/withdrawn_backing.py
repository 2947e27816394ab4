"""A backing taken back is no backing given (issue 14, stop 47, e89; dev batch 152).

"The union withdrew its endorsement of the governor", "the steelworkers pulled their endorsement
of the senator", "rescinded his support": the noun of support (``withdrawn-backing``:
endorsement, backing, support) is the object of a verb of taking back
(``backing-withdraw-verb``: withdraw, pull, rescind, retract, revoke, drop, cancel).  spaCy coded
SUPPORT on the noun (e85's hand judgment of PolNeAR train); PLOVER SUPPORT is support expressed,
and a withdrawal is a reduction of an existing cooperative relation -- SANCTION (manual,
SANCTION: "All reductions in existing, routine, or cooperative relations"), coded on the verb
where the verb is a trigger ("withdraw", "pull": :func:`.senses` reads the object with
:func:`backing_noun`).  This check removes the noun's SUPPORT; words and tags only.  :func:`withdrawn_from` gives the
SANCTION its recipient, the party of the noun's "of"/"for" phrase ("of the governor"), which the
parse hangs on the noun, not on the verb.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["backing_noun", "backing_withdrawn", "checks", "withdrawn_from"]

#: Words that may stand between the verb (and its particle) and the noun ("its early endorsement").
_BETWEEN_POS = frozenset({"DET", "ADJ", "PRON", "ADV"})
#: Particles of phrasal verbs of taking back ("pulled back its support").
_PARTICLES = frozenset({"back", "out"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the nouns of backing."""
    return (SenseCheck("a backing withdrawn", backing_withdrawn, texts=_words("withdrawn-backing"), lemmas=_words("withdrawn-backing")),)


def backing_noun(doc: AnnotatedDocument, verb: Token) -> Token | None:
    """The ``withdrawn-backing`` noun of the object right after ``verb`` (a particle,
    determiners, possessives and adjectives passed: "withdrew its endorsement"), or None."""
    sent = doc.sentences[verb.sent]
    lows = doc.lowered_texts()
    backing = _words("withdrawn-backing")
    for k in range(verb.i + 1, min(sent.token_end, verb.i + 5)):
        w = doc.tokens[k]
        if lows[k] in backing and w.pos == "NOUN":
            return w
        if k == verb.i + 1 and lows[k] in _PARTICLES:
            continue
        if w.pos in _BETWEEN_POS or lows[k] in POSSESSIVES:
            continue
        return None
    return None


def backing_withdrawn(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the SUPPORT noun at ``t`` is the object of a ``backing-withdraw-verb`` (module docstring)."""
    if not (t.pos == "NOUN" and curated is not None and curated[1] == "SUPPORT"):
        return False
    if not (t.lemma.lower() in _words("withdrawn-backing") or t.text.lower() in _words("withdrawn-backing")):
        return False
    sent = doc.sentences[t.sent]
    verbs = _words("backing-withdraw-verb")
    for k in range(t.i - 1, max(sent.token_start, t.i - 5) - 1, -1):
        w = doc.tokens[k]
        if w.lemma.lower() in verbs and w.pos == "VERB":
            found = backing_noun(doc, w)
            return found is not None and found.i == t.i
    return False


def withdrawn_from(doc: AnnotatedDocument, draft: Draft, verb: Token, agents: list[str]) -> list[str]:
    """The actors of the "of" / "for" phrase after the backing noun that ``verb`` takes back
    ("withdrew its endorsement *of the governor*"), other than the agents; [] when none."""
    noun = backing_noun(doc, verb)
    if noun is None:
        return []
    sent = doc.sentences[verb.sent]
    k = noun.i + 1
    if k >= sent.token_end or doc.lowered_texts()[k] not in ("of", "for"):
        return []
    end = k + 1
    while end < min(sent.token_end, k + 7) and (doc.tokens[end].pos in ("DET", "ADJ", "NOUN", "PROPN", "PART") or doc.tokens[end].text in ("'s", "\u2019s")):
        end += 1
    if end == k + 1:
        return []
    found: list[str] = []
    for _s, _e, a in draft.mentions_between(doc.tokens[k + 1].start, doc.tokens[end - 1].end):
        if a not in found and a not in agents:
            found.append(a)
    return found
