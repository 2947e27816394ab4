"""Whether an event noun of support names in its of-phrase the one supported (with a parse).

"The mayor's endorsement of the challenger", "the senator made an endorsement of Governor
Marsh": once the noun has a doer of its own -- a possessor, or the subject of a verb that gives
the support ("make", "announce", "offer": ``sense_words.tsv`` class ``support-giving-verb``) --
its of-phrase names who is endorsed, praised or recognised (class ``patient-of-noun``). Without
one, the of-phrase may name the doer ("the endorsements of three former governors", "the backing
of most Democrats"), as the parse roles read every of-phrase of a SUPPORT noun before, so that
case is left as it was. Issue 14 batch 136 (helper e77 at stop 45: spaCy on PolNeAR train gave the
candidate a politician declined to endorse as the endorser).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class


def of_names_supported(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is a ``patient-of-noun`` with a possessor or the object of a support-giving verb."""
    if t.lemma.lower() not in word_class("sense_words.tsv", "patient-of-noun") and t.text.lower() not in word_class("sense_words.tsv", "patient-of-noun"):
        return False
    if any(c.dep in ("nmod:poss", "poss") for c in doc.children(t.i)):
        return True  # "the union's endorsement of", "its endorsement of"
    if t.dep not in ("obj", "dobj") or t.head == t.i:
        return False
    return doc.tokens[t.head].lemma.lower() in word_class("sense_words.tsv", "support-giving-verb")
