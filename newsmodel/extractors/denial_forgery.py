"""A thing, not a claim, called fake (issue 14, d19, stop 48).

"The museum dismissed the painting as a fake / a forgery": an authenticity verdict (the
``authenticity-verdict`` class of ``denial_words.tsv``: fake, forgery, forged, doctored, counterfeit)
on a thing says it is not genuine -- no claim is denied.  On a claim or on a thing shown as
evidence ("dismissed the leaked memo as a forgery", "the reports as fake", ``evidence``) it denies
what the document or report says, and stays a denial; so does a pointer ("dismissed it as fake").
Other falsity words ("dismissed the plan as absurd") are left to the checks that read them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes

#: Pointers that may stand for a claim or a document named before ("dismissed it as fake").
_POINTERS = frozenset({"it", "this", "that", "these", "those", "them"})


def _classes() -> dict[str, frozenset[str]]:
    return word_classes("denial_words.tsv")


def thing_called_fake(doc: AnnotatedDocument, t: Token, end: int, is_claim_word: Callable[[Token], bool]) -> bool:
    """The denial verb ``t`` takes an object, then "as" + an ``authenticity-verdict`` word within
    its clause (ending at token ``end``), and the object holds no claim word, evidence noun or
    pointer: a thing called fake, no denial."""
    toks = doc.tokens
    classes = _classes()
    verdicts, evidence = classes["authenticity-verdict"], classes["evidence"]
    for k in range(t.i + 1, min(end, t.i + 10)):
        if toks[k].text.lower() != "as":
            continue
        after = [toks[j].text.lower() for j in range(k + 1, min(end, k + 3))]
        if not after or not (after[0] in verdicts or after[0] in ("a", "an") and len(after) > 1 and after[1] in verdicts):
            return False
        obj = toks[t.i + 1 : k]
        if not obj:
            return False
        return not any(is_claim_word(w) or w.text.lower() in evidence or w.text.lower() in _POINTERS for w in obj)
    return False
