"""The first clause of a list of -ing clauses, whose doer the later ones share (rules engine).

English participle clauses hung on a main clause after a comma ("The police raided the office,
*detaining* the editor and *accusing* the paper of sedition") are all controlled by the main
clause's subject; the rules engine reads the first one that way
(``surface_roles._participle_clause_subject``), but gave the second and third clause of a list to
the nearest name before them -- the object of the clause before ("accusing" given to the editor).
A later clause, after "and" or after a comma, continues the list when the nearest verb before
it, with only that clause's own object and adjuncts between, is an -ing word that itself follows
a comma; its doer is then that first clause's. A verb in between that opens no such clause
("accusing it of *polluting* the river and *endangering* residents": a gerund under "of"), a
finite verb, a quotation, a clause word or a semicolon ends the search. Issue 14 batch 136
(helper e77 at stop 45; e69 at stop 44 found the shape on PolNeAR train: the agents of the second
and third -ing clause of a list).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ..mentions import QUOTE_CHARS

#: Words that open a clause of their own: a list of -ing clauses does not reach past them.
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "when", "while", "because", "if", "as", "but", "said", "says"})
#: How far back (in words) the previous clause of the list may open.
_REACH = 15


def _is_ing(tok: Token) -> bool:
    return tok.pos == "VERB" and tok.text.lower().endswith("ing")


def previous_listed_participle(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The -ing word opening the clause before ``t`` in a list of participle clauses after a comma
    (``t`` itself an -ing verb right after "and", ", and" or a comma), or None when ``t`` continues
    no such list."""
    if not _is_ing(t):
        return None
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos == "ADV":
        k -= 1
    if k <= sent.token_start or doc.tokens[k].text.lower() not in ("and", ","):
        return None
    if doc.tokens[k].text.lower() == "and" and doc.tokens[k - 1].text == ",":
        k -= 1  # ", and accusing": a serial comma
    for j in range(k - 1, max(sent.token_start, k - _REACH), -1):
        x = doc.tokens[j]
        low = x.text.lower()
        if x.text in (";", ":", ",", "(", ")") or x.text in QUOTE_CHARS or low in _CLAUSE_WORDS or low == "and":
            return None
        if x.pos in ("VERB", "AUX"):
            if _is_ing(x) and doc.tokens[j - 1].text == ",":
                return x
            return None
    return None
