"""The writer's gloss on a name that ends a statement's content (parse engines).

"vowed to repeal the Hyde Amendment, a federal rule that ...", "criticised
Ms. Ortiz, a former judge named by ...", "said he backed Mr. Lund, who
toured the plant on Friday": the comma-set apposition or relative clause
after a name describes the name for the reader; it is the writer's, not the
speaker's, and PolNeAR leaves it out of the content.  Only a gloss that runs
to the end of the content is cut (cutting one inside would cut the rest), and
only a common-noun apposition: a name set after a description ("her
predecessor, Sheila Novak,") says who was spoken of and stays.
"""

from __future__ import annotations

from ...document import AnnotatedDocument
from ..tree import after_comma, subtree

__all__ = ["name_glosses"]

#: Dependents that gloss a name when set off by a comma.
_GLOSS_RELATIONS = frozenset({"acl:relcl", "appos"})


def name_glosses(doc: AnnotatedDocument, head: int, *, exclude: frozenset[int] = frozenset()) -> frozenset[int]:
    """Heads of the comma-set glosses on a name inside ``head``'s subtree that end it.

    ``exclude`` is what the caller already leaves out, so that "ends it" is
    read on the content as it will be.
    """
    toks = doc.tokens
    inside = subtree(doc, head, exclude=exclude)
    words = [k for k in inside if toks[k].pos != "PUNCT"]
    if not words:
        return frozenset()
    last = words[-1]
    out = set()
    for k in inside:
        if toks[k].pos != "PROPN":
            continue
        for d in doc.children(k):
            if d.i <= k or d.dep not in _GLOSS_RELATIONS or not after_comma(doc, d.i):
                continue
            if d.dep == "appos" and (toks[d.i].pos != "NOUN" or not toks[d.i].text[:1].islower()
                                     or any(c.dep == "conj" and after_comma(doc, c.i) for c in doc.children(d.i))):
                continue  # "her predecessor, Sheila Novak", "Dover, Del.": a name says who; a list is no gloss
            if max(subtree(doc, d.i)) >= last:
                out.add(d.i)
    return frozenset(out)
