"""An infinitive cue after an extraposed "it": a stance with no source.

"It is hard to know where the donors will go", "it's premature to assume that
Cruz has won", "It's easy to criticize the campaign": "it" is no party (it
stands in for the infinitive clause, Quirk et al.'s extraposition), and no one
is said to know, assume or criticize.  The parse still hands the cue the
subject "it" (the infinitive is the copula's xcomp), and the cue rule made "it"
the source.  PolNeAR marks these as attributions without a source (the
writer's own stance, like "seems"), so the statement is kept with no source
and no speaker.

The shape: a cue infinitive ("to" + base form) with no subject of its own
(no "for X to": "it was common for reporters to portray ..." names its
source), hung on a clause whose subject is "it" and whose predicate is an
adjective or a noun ("it is a mistake to assume") standing before the cue.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ..tree import case_of, child


def extraposed_infinitive(doc: AnnotatedDocument, t: Token) -> bool:
    """Cue ``t`` is the infinitive of "it is ADJ/NOUN to <cue>"."""
    if t.tag != "VB" or t.head is None or t.dep not in ("xcomp", "csubj", "ccomp", "advcl"):
        return False
    if not any(c.dep in ("aux", "mark") and c.text.lower() == "to" for c in doc.children(t.i)):
        return False
    if child(doc, t.i, "nsubj", "nsubj:pass") is not None:
        return False
    if any(c.dep.startswith("obl") and c.i < t.i and case_of(doc, c.i) == "for" for c in doc.children(t.head)):
        return False  # "for X to ...": X is the infinitive's subject
    head = doc.tokens[t.head]
    subj = child(doc, head.i, "nsubj", "expl")
    if subj is None or subj.text.lower() != "it" or subj.i > t.i:
        return False
    if head.pos in ("ADJ", "NOUN") and child(doc, head.i, "cop") is not None:
        return True
    return head.lemma == "be" and any(c.pos in ("ADJ", "NOUN") and c.dep in ("xcomp", "attr", "acomp") and subj.i < c.i < t.i for c in doc.children(head.i))
