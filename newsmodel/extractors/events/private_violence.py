"""Violence between private persons of one household or circle is a crime CAMEO leaves uncoded
(issue 14, helper e91 at stop 48; dev batch 154).

"A man stabbed his neighbour after an argument", "a jealous boyfriend attacked his girlfriend with
acid", "the man kidnapped his former wife": the attacker and the victim are private persons, the
victim the attacker's own relative, partner, neighbour or classmate.  The CAMEO manual codes
interactions between political actors -- states, governments, armed and organised bodies -- and a
coder leaves crime between private persons uncoded; PLOVER's ASSAULT keeps the same scope
("deliberate actions ... against a target" in political violence).

So an ASSAULT whose direct object is a ``kin`` or ``relation-noun`` word (``sense_words.tsv``) is
no event when no actor of its sentence is a party CAMEO codes (:func:`.pattern_parties.coded_party`:
a state, police, an army, rebels, officials ...).  Traps it leaves alone: "militants killed a
village elder and his son" (an armed party), "a soldier shot his wife" (one too), "a pharmacist was
stabbed by an intruder" (a stranger: the dev set keeps that an ASSAULT), "police arrested the man
who stabbed his neighbour" (COERCE, and police in the sentence).

By construction the check reads the verb's direct object and the sentence's actors only; it can
only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .pattern_parties import coded_party
from .sense_checks import SenseCheck
from .senses import _object_head

__all__ = ["checks", "coded_party_in_sentence", "violence_in_private_life"]


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: curated ASSAULT triggers only."""
    return (SenseCheck("violence against one's own relative or neighbour", violence_in_private_life, categories=frozenset({"ASSAULT"})),)


def violence_in_private_life(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the ASSAULT at ``t`` falls on a relative, partner, neighbour or classmate and no
    actor of the sentence is a party CAMEO codes (module docstring)."""
    if not (curated is not None and curated[1] == "ASSAULT" and t.pos == "VERB"):
        return False  # the key test first, as an equality (tests/test_s12.py reads it)
    obj = _object_head(doc, t)
    if obj is None:
        return False
    close = _words("kin") | _words("relation-noun")
    # the object's head, or a noun of its phrase before it ("shot his brother dead": a tagger
    # without a parse may take "dead" for the phrase's last noun)
    if not any(w.pos == "NOUN" and (w.lemma.lower() in close or w.text.lower() in close) for w in doc.tokens[t.i + 1 : obj.i + 1]):
        return False
    return not coded_party_in_sentence(doc, draft, t)


def coded_party_in_sentence(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """Some actor named in ``t``'s sentence is a party CAMEO codes (:func:`.pattern_parties.coded_party`:
    a state, or a government, armed, judicial, opposition or organised body); also asked by
    :func:`.non_event_senses._private_threat_to_sue`."""
    sent = doc.sentences[t.sent]
    start, end = doc.tokens[sent.token_start].start, doc.tokens[sent.token_end - 1].end
    return any(coded_party(draft, a) for _s, _e, a in draft.mentions_between(start, end))
