"""A denial noun naming a refusal to face facts, not a party denying a claim (issue 14 item 4, d12, stop 42).

"a stubborn denial of who the real culprit is", "a denial of the scale of the drought": "denial" here is
a state of mind (refusing to accept how things are), and its "of" phrase is a question clause or a
noun of reality or extent, not something anyone said -- no claim is denied.  "his denial of the
report", "a denial of wrongdoing", "denial of the existence of secret talks" deny what they take and
stay.  Words: the ``unfaced-fact`` class of ``denial_words.tsv``.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes

#: Words opening a question clause after "denial of" ("denial of who the real culprit is").
_WH_WORDS = frozenset({"who", "what", "how", "where", "why", "whom", "which"})
#: Words a noun phrase may open with before its head noun.
_NP_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such"})


def denies_unfaced_fact(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` is the noun "denial(s)" and its "of" phrase opens with a question word or has a noun
    of reality or extent as its head ("denial of the scale of ...", "denial of reality")."""
    if not t.text.lower().startswith("denial"):
        return False
    end = doc.sentences[t.sent].token_end
    if t.i + 2 >= end or doc.tokens[t.i + 1].text.lower() != "of":
        return False
    first = doc.tokens[t.i + 2]
    if first.text.lower() in _WH_WORDS:
        return True
    unfaced = word_classes("denial_words.tsv")["unfaced-fact"]
    k = t.i + 2
    while k < end and k < t.i + 6 and doc.tokens[k].text.lower() in _NP_OPENERS | {"very", "full", "sheer", "growing", "true", "real"}:
        k += 1
    return k < end and (doc.tokens[k].text.lower() in unfaced or doc.tokens[k].lemma.lower() in unfaced)
